/**
 * "The company's chief executive, X," / "the bureau's director, X," / "the president's deputy
 * national security adviser X": a possessive that opens a role in lower case points back to a
 * body or a person the sentence does not name, and on a card, away from that sentence, it reads
 * as a puzzle ("company's chief executive": which company?). The card shows the job alone.
 * A named possessor says which one and stays ("Twitter's chief executive"), and so does any
 * possessor of a relation ("the prime minister's wife": "wife" alone says nothing).
 */
import { RELATIONS } from "./card";

// lower-case words up to a possessive ("company's", "state’s", "prime minister's"), then the job
// (no word of a complement before it: "head of the company's board" is the head's job, whole)
const LOWER_POSSESSOR = /^(?:(?!(?:of|for|to|at|in|with|on|from|and|or|by)[ \u00a0])\p{Ll}[\p{Ll}-]*[ \u00a0]+){0,2}\p{Ll}[\p{Ll}-]*(?:['’]s|s['’])[ \u00a0]+(?=\p{L})/u;

/** `role` without a lower-case possessive opening it; unchanged when none does. */
export function withoutPossessor(role: string): string {
  const m = LOWER_POSSESSOR.exec(role);
  if (!m) return role;
  const rest = role.slice(m[0].length);
  // (the job's head: the last word before a complement, "head of music programming")
  const head = (rest.split(/[ \u00a0]+(?:of|for|to|at|in|with|on|from|and)[ \u00a0]+/u)[0] ?? rest).split(/[ \u00a0]+/).pop()!.toLowerCase();
  return RELATIONS.has(head) ? role : rest;
}
