/**
 * An organisation's possessive right before a name: "CNN’s Tara Setmayer", "The Huffington
 * Post’s Scott Conroy", "Fox News’ Megyn Kelly". It says whom the person works or plays for,
 * not their job, so the card says so ("of CNN") rather than show the organisation as if it were a
 * title; roles.ts keeps it only when no mention gives a job.
 */
import { isCountry, isDemonym } from "../lexicon/place-sets";
import { FUNCTION_WORDS, HONORIFICS, MONTHS_DAYS, TITLES } from "../lexicon/words";

const MAX_ORG_WORDS = 4;
const NEAR = 4000;

/** "of <organisation>" for the possessive before `start`, or null. `nameIn(s, e)` is ≥ 0 where a person's name stands in s..e. */
export function affiliationBefore(text: string, start: number, nameIn: (s: number, e: number) => number): string | null {
  // (most names follow no possessive: two character checks before any slicing)
  const c = text.charCodeAt(start - 2);
  if (text.charCodeAt(start - 1) !== 32 || (c !== 39 && c !== 0x2019 && c !== 115)) return null;
  const lo = Math.max(0, start - 80);
  const lineStart = lo + text.slice(lo, start).lastIndexOf("\n") + 1;
  const words = text.slice(lineStart, start - 1).split(/[ \u00a0]+/);
  const last = words.pop()!;
  const m = /^(\p{Lu}[\p{L}\d&.-]*?)(?:['’]s|(?<=s)['’])$/u.exec(last);
  if (!m) return null;
  const org = [m[1]!];
  if (blocked(m[1]!)) return null;
  let from = start - 1 - last.length;
  while (words.length && org.length < MAX_ORG_WORDS) {
    const w = words[words.length - 1]!;
    if (/^[Tt]he$/.test(w)) {
      org.unshift("the");
      break;
    }
    // (a full stop ends the sentence before: "November. Democracy Corps’")
    if (!/^\p{Lu}[\p{L}\d&-]*$/u.test(w) || blocked(w)) break;
    org.unshift(words.pop()!);
    from -= w.length + 1;
  }
  // (an organisation’s name cut at its "of" is not its name: "the Art of Living’s …"; "and" joins a list)
  if (words.length && org[0] !== "the" && /^(?:of|&|de|du|des)$/i.test(words[words.length - 1]!)) return null;
  // a person's possessive is a relation, not an affiliation ("Trump’s Mike Pence")
  if (nameIn(from, start - 1) >= 0) return null;
  // a country's is a nationality ("Germany’s Angela Merkel"); a word the text also writes in
  // lower case is a common noun, not an organisation's name ("Nature’s Sunshine", "the 5th
  // District’s", "Calls Trump’s …" in a title-case headline); looked for near the name only
  if (org[0] !== "the") {
    const lw = org[0]!.toLowerCase();
    // (a country's or people's word opening a longer name is the organisation's: "American
    // Action Forum’s", "British Museum’s")
    if (org.length === 1 && (isCountry(lw) || isDemonym(lw))) return null;
    if (standsAlone(text.slice(Math.max(0, start - NEAR), start + NEAR), lw)) return null;
  }
  return `of ${org.join(" ")}`;
}

/** Words that open no organisation's name: function words, courtesy and job titles, days and months. */
function blocked(w: string): boolean {
  const lw = w.toLowerCase();
  return FUNCTION_WORDS.has(lw) || HONORIFICS.has(lw) || TITLES.has(lw) || MONTHS_DAYS.has(lw);
}

/** Whether `w` stands as a whole word in `s` (case as given). */
function standsAlone(s: string, w: string): boolean {
  for (let at = s.indexOf(w); at >= 0; at = s.indexOf(w, at + 1)) {
    if (!/\p{L}/u.test(s[at - 1] ?? "") && !/\p{L}/u.test(s[at + w.length] ?? "")) return true;
  }
  return false;
}
