/**
 * The role or description the article gives a person: a formal title before the name ("FBI
 * Director Christopher Wray"), or an appositive after it ("Angela Davis, a member of the U.S.
 * Communist Party, …", "Biden, the former vice president, …"). The earliest mention that has
 * one wins: articles introduce people once, at first mention.
 *
 * A title before a name counts only when it is capitalised: AP and Reuters style capitalise
 * formal titles before names and lower-case descriptions ("Democratic candidate Hillary
 * Clinton"), which are not roles the article gives.
 */
import { ROLE_MODIFIERS, ROLE_NOUNS, TITLES, HONORIFICS, FUNCTION_WORDS } from "./lexicon/words";
import type { Span } from "./types";

const MAX_ROLE_WORDS = 10;
const lower = (w: string) => w.toLowerCase().replace(/\.$/, "");

/** The title words immediately before a mention on the same line. */
function titleBefore(text: string, start: number): string | null {
  const lineStart = Math.max(text.lastIndexOf("\n", start - 1) + 1, start - 120);
  const before = text.slice(lineStart, start);
  const words = before.split(/[ \u00a0]+/);
  if (words[words.length - 1] === "") words.pop();
  else return null; // the name is glued to something ("Biden-…")
  const role: string[] = [];
  let hasTitle = false;
  for (let i = words.length - 1; i >= 0 && role.length < MAX_ROLE_WORDS; i--) {
    const w = words[i]!;
    if (!/^[\p{L}.\-'’]+$/u.test(w)) break; // punctuation ends the phrase
    const lw = lower(w);
    const capital = /^\p{Lu}/u.test(w);
    if (capital && TITLES.has(lw) && !HONORIFICS.has(lw)) hasTitle = true;
    else if (capital && HONORIFICS.has(lw)) {
      if (role.length === 0) continue; // "Mr." is courtesy, not a role
      break;
    } else if (ROLE_MODIFIERS.has(lw) || (lw === "of" && role.length > 0) || (lw === "the" && role.length > 0 && i > 0 && /of$/i.test(words[i - 1]!))) {
      /* part of the phrase: "former", "Secretary of State" */
    } else if (capital && !FUNCTION_WORDS.has(lw)) {
      /* an organisation or demonym qualifying the title: "FBI", "Russian" */
    } else break;
    role.unshift(w);
  }
  while (role.length && /^(?:of|the)$/i.test(role[0]!)) role.shift();
  if (!hasTitle || !role.length) return null;
  // the phrase must end on a title word ("Russian President"), not on a qualifier
  while (role.length && !TITLES.has(lower(role[role.length - 1]!))) role.pop();
  return role.length ? role.join(" ") : null;
}

/** The end of an appositive clause: a comma, semicolon, bracket, dash or sentence end. */
function clauseEnd(text: string, from: number): number {
  for (let i = from; i < text.length && i < from + 200; i++) {
    const c = text[i]!;
    if (c === "," || c === ";" || c === ":" || c === "(" || c === ")" || c === "—" || c === "–" || c === "\n" || c === '"' || c === "“" || c === "”") return i;
    if (c === "." && !/\p{L}/u.test(text[i + 1] ?? "")) {
      // "U.S." and initials are not sentence ends
      const word = /[\p{L}.]+$/u.exec(text.slice(Math.max(from, i - 10), i))?.[0] ?? "";
      if (!/(?:^|\.)\p{Lu}$/u.test(word)) return i;
    }
  }
  return Math.min(text.length, from + 200);
}

/**
 * Any appositive noun phrase right after a mention (", a Russian state TV channel,"), for
 * organisations and places: no role noun required, at most MAX_ROLE_WORDS words.
 */
export function describeAfter(text: string, end: number): string | null {
  const m = /^(?:['’]s)?,[ \u00a0]+(?=(?:a|an|the)[ \u00a0])/iu.exec(text.slice(end, end + 8));
  if (!m) return null;
  const from = end + m[0].length;
  const phrase = text.slice(from, clauseEnd(text, from)).trim().replace(/[ \u00a0]+(?:who|which|whose|that|where)[ \u00a0].*$/su, "");
  const words = phrase.split(/[ \u00a0]+/);
  return words.length >= 2 && words.length <= MAX_ROLE_WORDS ? phrase : null;
}

/** An appositive right after a mention: ", a member of …," or "—a former …". */
function appositiveAfter(text: string, end: number): string | null {
  const m = /^(?:['’]s)?(?:,[ \u00a0]+(?:\d{1,3},[ \u00a0]+)?|[ \u00a0]?[—–][ \u00a0]?)(?=(?:a|an|the)[ \u00a0])/iu.exec(text.slice(end, end + 12));
  if (!m) return null;
  const from = end + m[0].length;
  let phrase = text.slice(from, clauseEnd(text, from)).trim();
  // a second description joined by "and a/an/the", or a relative clause, is cut off
  phrase = phrase.replace(/[ \u00a0]+(?:and|who|which|whose|that)[ \u00a0].*$/su, "");
  const words = phrase.split(/[ \u00a0]+/);
  if (words.length < 2 || words.length > MAX_ROLE_WORDS + 2) return null;
  if (!words.slice(1, 5).some((w) => ROLE_NOUNS.has(lower(w)) || TITLES.has(lower(w)))) return null;
  return phrase;
}

/** One role (or null) per person, given each person's mentions in text order. */
export function findRoles(text: string, people: readonly (readonly Span[])[]): (string | null)[] {
  return people.map((mentions) => {
    for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
      const role = titleBefore(text, m.start) ?? appositiveAfter(text, m.end);
      if (role) return role;
    }
    return null;
  });
}
