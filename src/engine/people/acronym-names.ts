/**
 * Names with an acronym in them that the text also uses on its own: "Helios HR" on a page about
 * HR, "Vertex AI" and "AI Era" on pages about AI, "Zoho CRM", "Green Roads CBD". A product's, a
 * firm's or a heading's name; a person's capitals ("JD Vance", "Hecht FM" in a citation) are
 * initials the text writes only in the name.
 */
import type { Group } from "./group";
import { fullestWords } from "./mention";
import { isAcronymIn } from "./lone-words";
import { strongPersonCue } from "./person-context";

/** Does the group's fullest name hold an acronym the text uses apart from the group's mentions? */
export function acronymName(text: string, g: Group): boolean {
  const full = fullestWords(g.mentions);
  if (full.length < 2) return false;
  const acronyms = capsAcronyms(text, g, full) ?? full.filter((w) => isAcronymIn(full, w));
  if (!acronyms.length) return false;
  const inside = (at: number) => g.mentions.some((m) => m.start <= at && at < m.end);
  const apart = acronyms.some((w) => {
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
      if (wordChar(text, at - 1) || wordChar(text, at + w.length)) continue;
      if (!inside(at)) return true;
    }
    return false;
  });
  // ("said AJ Brown": a person's cue outweighs the capitals)
  return apart && !g.mentions.some((m) => strongPersonCue(text, m));
}

/**
 * A name all in short capitals ("AI CLI", "ROG NX") is a run of acronyms where every mention of
 * it stands amid lower case ("I tested five AI CLI tools"): its words, then; null for any other
 * name. (A byline's or a headline's capitals come with capitals around them, and a person's name
 * in capitals has a word of five letters or more as often as not: "AL GORE" is left alone by
 * neither test alone, by both together.)
 */
function capsAcronyms(text: string, g: Group, full: readonly string[]): string[] | null {
  if (!full.every((w) => SHORT_CAPS.test(w))) return null;
  for (const m of g.mentions) {
    // (the name's own words around it say nothing: "Kilocode CLI is one of the CLI tools")
    const around = (text.slice(Math.max(0, m.start - 20), m.start) + " " + text.slice(m.end, m.end + 20)).split(/[^\p{L}]+/u).filter((w) => !full.includes(w));
    if (around.some((w) => CAPS_WORD.test(w)) || !around.some((w) => /\p{Ll}{2}/u.test(w))) return [];
  }
  return full.slice();
}
/** Two to four capitals; a word of two capitals or more. */
const SHORT_CAPS = /^\p{Lu}{2,4}$/u;
const CAPS_WORD = /^\p{Lu}{2,}$/u;

const wordChar = (text: string, i: number) => i >= 0 && i < text.length && /[\p{L}\p{N}]/u.test(text[i]!);
