/**
 * Firms read as people: a company's short name is one word, often a surname's shape ("Ericsson",
 * "Carrier", "Compaq"), and a firm says things, has a spokesman and a chief executive as a
 * politician does ("Ericsson spokesman Per Zetterquist", "a spokesman for Trump"), so those frames
 * decide nothing. What does is what only a firm has: its legal name elsewhere in the same text
 * ("LM Ericsson AB", "Compaq Computer Corp") or a firm's things after its name ("Carrier's parent
 * company", "Compaq's shares").
 */
import type { Group } from "./group";
import { perAnalysis } from "../analysis-memo";
import { strongPersonCue } from "./person-context";

/** Legal forms that end a firm's name (lowercased, no period): no person's name ends on one. */
const LEGAL_FORM = "Inc|Corp|Corporation|Co|Ltd|Limited|LLC|LLP|Plc|PLC|plc|AB|AG|SA|NV|BV|GmbH|SpA|Bhd|Pty|Oyj|ASA|KK";
// (not before a hyphen or a name: "Apple Co-founder", "Trump AG Jeff Sessions" are a post)
/** Up to three capitalised words, then a legal form: the words are the firm's ("LM Ericsson AB"). */
const FIRM_NAME = new RegExp(`((?:\\p{Lu}[\\p{L}&'’-]* ){1,3})(?:${LEGAL_FORM})\\b(?![-’']| \\p{Lu}\\p{Ll})`, "gu");
/** A legal form after a space, anywhere (every FIRM_NAME match holds one): most texts have none. */
const LEGAL_FORM_AFTER_SPACE = new RegExp(` (?:${LEGAL_FORM})\\b`);
/** What only a firm has, after its name's possessive. */
const FIRM_THINGS = /^['’]s? (?:parent company|subsidiary|subsidiaries|shares|share price|stock|shareholders|board of directors|headquarters|factory|factories|plants?|stores|customers|products|revenues?|profits?|earnings|quarterly|chief executive|chief financial officer|annual report|market share)\b/;
/** What only a person has or does, right after a lone name: "who", a family, an age. */
const PERSON_AFTER = /^(?:,? (?:who|whose)\b|['’]s? (?:wife|husband|widow|son|daughter|father|mother|brother|sister|family|parents|children)\b|, \d{1,2}, )/;

/** Words (lowercased, as group keys are) of a firm's legal name somewhere in the text, found in one pass. */
const firmWords = perAnalysis((text: string): Set<string> => {
  const words = new Set<string>();
  // (FIRM_NAME tries its Unicode classes from every capital: a text with no legal form after a
  // space, nearly every one, cannot match it)
  if (!LEGAL_FORM_AFTER_SPACE.test(text)) return words;
  for (const m of text.matchAll(FIRM_NAME)) for (const w of m[1]!.split(" ")) if (w) words.add(w.toLowerCase());
  return words;
});

/**
 * Is the group a firm's: one word, never titled and never with a person's cue, that the text
 * writes as a firm's legal name elsewhere or gives a firm's things?
 */
export function firmName(text: string, g: Group): boolean {
  if (g.key.length !== 1) return false;
  let firm = firmWords(text).has(g.key[0]!);
  for (const m of g.mentions) {
    if (m.titled || strongPersonCue(text, m)) return false;
    const after = text.slice(m.end, m.end + 40);
    if (PERSON_AFTER.test(after)) return false;
    if (!firm) firm = FIRM_THINGS.test(after);
  }
  return firm;
}
