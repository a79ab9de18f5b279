/**
 * Ships named after people read as people: "the aircraft carrier Carl Vinson", "the carriers
 * Vinson and Enterprise", "the liner Queen Mary". English puts the vessel's noun right before its
 * name, and never before a person's name without a post between ("the ship's captain Ann Lee").
 */
import type { Group } from "./group";
import { strongPersonCue } from "./person-context";
import { asciiWordEndingAt } from "./word-before";

/** A vessel's noun (and a navy's prefix) right before a name. */
const VESSEL_BEFORE = /(?:^|[^\p{L}])(?:aircraft carriers?|carriers|ships?|vessels?|tankers?|frigates?|destroyers?|submarines?|cruisers?|freighters?|warships?|battleships?|liners?|ferry|ferries|yachts?)(?: (?:USS|HMS|HMAS|HMCS|INS))? $/u;

/**
 * The word that ends VESSEL_BEFORE's match (a noun or a navy's prefix): the regex is tried from every
 * character of its window, so a mention whose word before is none of these skips it (most do).
 */
const VESSEL_LAST = new Set(["carrier", "carriers", "ship", "ships", "vessel", "vessels", "tanker", "tankers", "frigate", "frigates", "destroyer", "destroyers", "submarine", "submarines", "cruiser", "cruisers", "freighter", "freighters", "warship", "warships", "battleship", "battleships", "liner", "liners", "ferry", "ferries", "yacht", "yachts", "USS", "HMS", "HMAS", "HMCS", "INS"]);

/** May VESSEL_BEFORE match the 24 characters before `start`: a space, and before it a run of ASCII letters that VESSEL_LAST holds. */
function mayFollowVessel(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 32) return false;
  return VESSEL_LAST.has(asciiWordEndingAt(text, start - 1, Math.max(0, start - 24)));
}

/** Is the group a ship's: a vessel's noun before one mention at least, no title or person's cue at any? */
export function vesselName(text: string, g: Group): boolean {
  let vessel = false;
  for (const m of g.mentions) {
    if (m.titled || strongPersonCue(text, m)) return false;
    if (!vessel) vessel = mayFollowVessel(text, m.start) && VESSEL_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start));
  }
  return vessel;
}
