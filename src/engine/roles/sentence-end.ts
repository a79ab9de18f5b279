/**
 * Whether a word met while reading back from a name ends the sentence before the name: a role
 * is read within the name's own sentence ("… from his post in January. Apple's chief operating
 * officer, Tim Cook," is Cook's "Apple's chief operating officer"; "… to hamstring the CFPB.
 * Senate Majority Leader Mitch McConnell" is McConnell's "Senate Majority Leader"). An
 * abbreviation's period ends none: "Gov.", "Fla.", "U.S.", "Inc.", "George W.".
 */
import { HONORIFICS, TITLES } from "../lexicon/words";
import { stateOf } from "./spell-out";

// (titles and states are looked up apart; these are the other short words news style abbreviates
// before a name or inside an organisation's)
const ABBREVIATIONS = new Set(
  `jr sr inc corp co ltd bros st mt ft no vs jan feb mar apr jun jul aug sep sept oct nov dec
  dept univ assn atty asst ret dep det amb insp pvt cpl supt cong sgt lt col maj capt adm cmdr gen`.split(/\s+/),
);

export function endsSentence(w: string): boolean {
  const last = w.charCodeAt(w.length - 1);
  if (last === 33 || last === 63) return true; // "!", "?"
  if (last !== 46 || w.length < 2) return false;
  const stem = w.slice(0, -1);
  // an initial or an initialism: "W.", "U.S.", "D.C."
  if (/^\p{L}$/u.test(stem) || /\p{L}\.\p{L}$/u.test(stem)) return false;
  const lw = stem.toLowerCase();
  if (ABBREVIATIONS.has(lw)) return false;
  // (a title or a state abbreviated is written with its capital: "Sen.", "Gov.", "Ky."; "president."
  // in lower case ends a sentence)
  if (!/^\p{Lu}/u.test(stem) || lw.length > 5) return true;
  // (plurals too: "Sens. Jon Tester and David Vitter")
  if (TITLES.has(lw) || HONORIFICS.has(lw) || (lw.endsWith("s") && TITLES.has(lw.slice(0, -1)))) return false;
  // (a state's whole name is no abbreviation: "… in Ohio. Senator X")
  const state = stateOf(lw);
  return state === null || state.toLowerCase() === lw;
}
