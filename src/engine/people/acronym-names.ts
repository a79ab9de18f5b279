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
  const acronyms = full.filter((w) => isAcronymIn(full, w));
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

const wordChar = (text: string, i: number) => i >= 0 && i < text.length && /[\p{L}\p{N}]/u.test(text[i]!);
