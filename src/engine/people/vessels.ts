/**
 * Ships named after people read as people: "the aircraft carrier Carl Vinson", "the carriers
 * Vinson and Enterprise", "the liner Queen Mary". English puts the vessel's noun right before its
 * name, and never before a person's name without a post between ("the ship's captain Ann Lee").
 */
import type { Group } from "./group";
import { strongPersonCue } from "./person-context";

/** A vessel's noun (and a navy's prefix) right before a name. */
const VESSEL_BEFORE = /(?:^|[^\p{L}])(?:aircraft carriers?|carriers|ships?|vessels?|tankers?|frigates?|destroyers?|submarines?|cruisers?|freighters?|warships?|battleships?|liners?|ferry|ferries|yachts?)(?: (?:USS|HMS|HMAS|HMCS|INS))? $/u;

/** Is the group a ship's: a vessel's noun before one mention at least, no title or person's cue at any? */
export function vesselName(text: string, g: Group): boolean {
  let vessel = false;
  for (const m of g.mentions) {
    if (m.titled || strongPersonCue(text, m)) return false;
    if (!vessel) vessel = VESSEL_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start));
  }
  return vessel;
}
