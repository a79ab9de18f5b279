/**
 * Does the text around one mention show a person: an attribution dash, a speech verb, "who", an
 * age, a kinship possessive, a results row, a scorecard, a he/she that follows? The grouping's
 * filters ask it of each mention before they drop a name.
 */
import type { Span } from "../types";
import { APPOSITIVE_AFTER, signedLine } from "./cues";
import { PERSON_SAID } from "../lexicon/speech";

/** Does a sentence or a line start at `at` (after spaces, an opening quote or a bullet)? */
export function opensSentence(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0xa0 || "\"“‘'(*•–-".includes(text[k]!))) k--;
  if (k < 0) return true;
  // ("Whole Woman's Health v. Hellerstedt", "St. Clair": a period after an abbreviation ends nothing)
  if (text[k] === "." && /(?:^|[^\p{L}])(?:v|vs|St|Ste|Mt|No)$/u.test(text.slice(Math.max(0, k - 4), k))) return false;
  return ".!?:\n".includes(text[k]!);
}

/** Verbs after a lone word, beside the verbs of saying a person takes (PERSON_SAID), that show a
 *  person ("smiled", "declined"); a few firms take too ("reported", "denied"), kept as before. */
const SINGLE_CUE_VERBS = "tells|adds|writes|asks|replies|reported|notes|argues|explains|insists|recalls|admits|denied|denies|declined|contributed|laughed|laughs|smiled|shrugged|nodded|remembered|remembers|jokes|thinks|thought|believes|believed|claimed|claims|warned|warns|hopes|hoped|wants|wanted|himself|herself".split("|");
/** What after a lone word shows a person: a speech verb, "who", a kinship possessive, an age. */
const SINGLE_CUE_AFTER = new RegExp(
  String.raw`^(?:['’]s? (?:wife|husband|widow|son|daughter|father|mother|brother|sister|family|parents|children|career|death|funeral|arrest|detention|birthday|campaign|lawyer|attorney)\b|,? (?:who|whose|(?:(?:has|had|also|later|then|once|previously|has also|had also|has long|has repeatedly) )?(?:${[...PERSON_SAID, ...SINGLE_CUE_VERBS].join("|")}))\b|, \d{1,2}, | as saying\b)`,
  "u",
);
/** A speech verb after a comma whose subject follows it: the attribution of an inverted quote. */
const INVERTED_AFTER = /^, (?:said|says|told|added|adds|wrote|writes|asked|asks|explained|explains|noted|notes|argued|argues|insisted|insists|recalled|recalls|warned|warns|claimed|claims) (?:\p{Lu}|the |an? )/u;
/** What before a lone word shows a person: a speech verb or "according to". */
const SINGLE_CUE_BEFORE = /\b(?:said|says|told|asked|quoted|according to|thanks to|married|met|interviewed|named|called|name is|I['’]m|I am|(?:my|our|his|her) (?:co-?workers?|colleagues?|friends?|husband|wife|sons?|daughters?|partner|mother|father|mom|dad|sisters?|brothers?|boss|editor|guide|teacher),?)\s$/;
/** "c " or "b " (caught, bowled) or "st " (stumped) before a name in a cricket scorecard. */
const SCORECARD_BEFORE = /(?:^|[\s(])(?:c|b|st)\s$/;
/** He, she and their forms: a lone word a pronoun soon takes up is a person's name. */
const PERSONAL = /\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Hh]imself|[Hh]erself|[Hh]ers)\b/;

/**
 * Does the text around one mention show a person: an attribution dash before it on its line, a
 * person cue after it or before it, a results row, a minute or a citation's initials after it, or
 * a he/she taking it up before the next sentence ends?
 */
export function personContext(text: string, m: Span, pronoun = true, rows = true): boolean {
  // a testimonial's or a quote's attribution line ("— Leslie, customer", "~Elizabeth")
  if (dashLineBefore(text, m.start)) return true;
  const after = text.slice(m.end, m.end + 24);
  // (", says Prouty": the verb's subject follows it; what stands before ends a quotation)
  if (SINGLE_CUE_AFTER.test(after) && !INVERTED_AFTER.test(after)) return true;
  // an appositive that only a person takes ("Alawee, a former army secretary of …")
  if (text.charCodeAt(m.end) === 44 && APPOSITIVE_AFTER.test(text.slice(m.end, m.end + 90))) return true;
  // a results row, a team sheet's minute, a citation's initials ("Zorc\n59th", "Muratori P,", "Wien, H. C.")
  if (rows && /^(?: \(|,?\s\d| \p{Lu}{1,2}[,.]|,? (?:\p{Lu}\.\s?)+(?:[,&]|$))/u.test(after)) return true;
  // (not "according to Stack Overflow's 2025 survey": the source is what the name owns, which
  // a firm's or a body's name owns as often as a person's)
  if (SINGLE_CUE_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)) && !(/according to\s$/.test(text.slice(Math.max(0, m.start - 14), m.start)) && /^['’]s?\s/.test(text.slice(m.end, m.end + 3)))) return true;
  // a cricket scorecard's fielder and bowler ("c Dravid b Kumble 46"): no prose puts a lone
  // lower-case "c" or "b" before a name
  if (SCORECARD_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start))) return true;
  if (!pronoun) return false;
  // a pronoun before the end of the next sentence
  // (within 300 characters: a search to the end of a text with no stop was quadratic)
  const limit = Math.min(text.length, m.end + 300);
  let end = m.end;
  for (let s = 0; s < 2 && end < limit; s++) {
    const stop = text.slice(end, limit).search(/[.!?\n]/);
    end = stop < 0 ? limit : end + stop + 1;
  }
  return PERSONAL.test(text.slice(m.end, Math.min(end, limit)));
}

/** Is the mention at `start` alone on its line after a dash or a tilde ("— Leslie")? Reads back
 *  over spaces only, not to the line's start (a long line made that quadratic). */
function dashLineBefore(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && /\s/.test(text[k]!) && text[k] !== "\n") k--;
  if (k < 0 || !"—–~".includes(text[k]!)) return false;
  k--;
  while (k >= 0 && /\s/.test(text[k]!) && text[k] !== "\n") k--;
  return k < 0 || text[k] === "\n";
}

/** A speech verb right before a name that ends the attribution ("…,” said Khin Zaw Win, an"). */
const SAID_BEFORE = /\b(?:said|says|asked|added)\s$/;
/**
 * Does a mention of two words or more have a cue that only a person takes: an age in commas, a
 * person's appositive (", an activist", ", a pollster"), or a speech verb before it that the name
 * ends ("said KellyAnne Conway,")? Stricter than personContext: no "who", no pronoun, no results
 * row, no "X said" after it and no "told X" or "according to X" before it, which firms, software
 * and groups take too ("Judicial Watch said", "told Bloomberg Politics", "Critics said"); and no
 * lone word, which a comma after an adverb makes look like an appositive ("Previously, a man").
 * The filters that drop a name for its words ask it before they do.
 */
export function strongPersonCue(text: string, m: Span & { words: readonly string[] }): boolean {
  if (m.words.length < 2) return false;
  if (text.charCodeAt(m.end) === 44) {
    const after = text.slice(m.end, m.end + 90);
    if (/^, \d{1,2}, /.test(after) || APPOSITIVE_AFTER.test(after)) return true;
  }
  return (SAID_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)) && /^(?:[,.;]|$)/.test(text.slice(m.end, m.end + 1))) || signedLine(text, m.start, m.end);
}

/**
 * Does a mention show its group to be a person, whatever the name's words say: a title, a strong
 * cue, or a person's context without its pronoun and results-row readings (an artist's biography
 * follows the museums that show her work with "her"; an exhibition list's "Hayward Gallery, London
 * (2018)" is a row)? The filters that drop a name for its shape alone (a work's title, a prize, an
 * institution's first word) ask it of every mention.
 */
export function markedAsPerson(text: string, m: Span & { words: readonly string[]; titled: boolean }): boolean {
  return m.titled || strongPersonCue(text, m) || personContext(text, m, false, false);
}
