/**
 * Posts "of" a department before a name ("Minister of Trade and Industry Tungky Ariwibowo",
 * "Speaker of the House of Representatives Wahono"): the tagger runs the department into the
 * name, and the word right before the name is the department's, not a title, so the name is not
 * read as titled. Shared by the retyping of tagger spans and the mentions' titles.
 */
import { ORG_HEADS } from "../lexicon/entity-words";
import { FUNCTION_WORDS, MONTHS_DAYS, NON_PERSON_HEADS } from "../lexicon/words";
import { GIVEN, nameShaped, NON_NAME, PLACE, isDemonym, lower } from "./name-words";
import { isTitle } from "./titles";
import { type Token, isCapitalised } from "./tokens";

/** A department's word: an ordinary word of the news, an organisation's head, a function word. */
const departmentWord = (t: Token) => {
  const l = lower(t.text);
  return t.kind === "word" && (!isCapitalised(t.text) || NON_NAME.has(l) || ORG_HEADS.has(l) || FUNCTION_WORDS.has(l));
};
/** A department's last word: a capitalised one or an organisation's head ("parliament"), not a
 *  function word ("Saint of the Gutters", "King of the Hill") or a noun before a firm's name
 *  ("CEO of telecom operator Salam"). */
const departmentEnd = (t: Token) => {
  const l = lower(t.text);
  return departmentWord(t) && !FUNCTION_WORDS.has(l) && (isCapitalised(t.text) || ORG_HEADS.has(l));
};
/** A name's word after a department: name-shaped, and no place, month, nationality or title. */
export const holderWord = (t: Token) => {
  const l = lower(t.text);
  return t.kind === "word" && nameShaped(t.text) && !departmentWord(t) && !PLACE.has(l) && !MONTHS_DAYS.has(l) && !isDemonym(t.text) && !isTitle(l) && (!NON_PERSON_HEADS.has(l) || GIVEN.has(l));
};

/** The function words inside a department's name ("Trade and Industry", "the Interior"). */
const DEPARTMENT_JOINS = new Set(["the", "and", "for", "&"]);

/**
 * Does a post's department end right before token k: its last word there, and read back over at
 * most eight words, "of" after a capitalised title ("of" after another department word is the
 * department's own: "House of Representatives")? A line break before `from` ends the search.
 */
export function afterDepartment(tokens: readonly Token[], k: number, from = k): boolean {
  if (k === 0 || !departmentEnd(tokens[k - 1]!)) return false;
  for (let j = k - 1, n = 0; j > 0 && n < 8; j--, n++) {
    const t = tokens[j]!;
    if (t.kind !== "word" || (t.afterBreak && j < from)) return false;
    if (t.text !== "of") {
      // (a preposition or a verb's word ends the department: "Director of Horticulture at the High Line")
      if (FUNCTION_WORDS.has(t.text) && !DEPARTMENT_JOINS.has(t.text)) return false;
      continue;
    }
    const p = tokens[j - 1]!;
    if (p.kind === "word" && isCapitalised(p.text) && isTitle(lower(p.text))) return j < k - 1;
  }
  return false;
}
