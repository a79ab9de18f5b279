/**
 * A job given as a label before the name, as lists, course pages and company roundups write it:
 * "Company in focus: IBM CEO: Arvind Krishna", "(Instructor: Ann Lee)", "Corresponding Author:
 * Ann Lee, PhD", "About the Writer: Ann Lee is …". The label's last word must be a job word, the
 * words before it capitalised qualifiers ("IBM", "Google Cloud", "Corresponding"), so a headline's
 * speaker ("Pence: Flowers Won't Be at Debate") or a field name ("Location:", "By:") is never
 * taken.
 */
import { FUNCTION_WORDS, HONORIFICS, ROLE_NOUNS, TITLES } from "../lexicon/words";
import { RELATIONS } from "./card";
import { DESCRIPTION_HEADS } from "./lexicon";

const MAX_QUALIFIERS = 3;
// what a list labels people as that is no job
const NOT_JOBS = new Set(["suspect", "victim", "winner", "loser", "guest", "patient", "customer", "client", "user", "member", "student", "name", "contact"]);

const isJob = (w: string) => {
  const lw = w.toLowerCase();
  return (TITLES.has(lw) || ROLE_NOUNS.has(lw) || DESCRIPTION_HEADS.has(lw)) && !HONORIFICS.has(lw) && !RELATIONS.has(lw);
};

/** The label before a mention starting at `start` ("IBM CEO" for "IBM CEO: Arvind Krishna"), or null. */
export function labelBefore(text: string, start: number): string | null {
  // (most names follow no colon: one character check before any slicing)
  if (text.charCodeAt(start - 2) !== 58 || text.charCodeAt(start - 1) !== 32) return null;
  const before = text.slice(Math.max(0, start - 60), start - 2);
  // (the label's own line only: "Company in focus: IBM\n\nCEO: Arvind Krishna")
  const words = before.slice(before.lastIndexOf("\n") + 1).split(/[ \u00a0]+/);
  const head = words[words.length - 1]!.replace(/^\(/, "");
  // (a job word, capitalised as a label's is: "CEO", "Instructor", "Author")
  // (a word in capitals is an acronym's, "CEO", or a shouted heading's, "POSSIBLE SUSPECT:")
  if (!/^\p{Lu}/u.test(head) || !isJob(head) || (/^\p{Lu}{5,}$/u.test(head)) || NOT_JOBS.has(head.toLowerCase())) return null;
  const label = [head];
  if (head === words[words.length - 1]) {
    for (let i = words.length - 2; i >= 0 && label.length <= MAX_QUALIFIERS; i--) {
      const w = words[i]!;
      const bare = w.replace(/^\(/, "");
      // a qualifier: a capitalised word that is no function word ("IBM", "Cloud", "Corresponding")
      if (!/^\p{Lu}[\p{L}\d&.-]*$/u.test(bare) || FUNCTION_WORDS.has(bare.toLowerCase())) break;
      label.unshift(bare);
      if (bare !== w) break;
    }
  }
  return label.join(" ");
}
