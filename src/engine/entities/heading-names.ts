/**
 * A listicle's or a guide's heading taken for an organisation: "Best Mirrorless Cameras", "Top
 * Social Media Marketing Agency", "Ultimate Wedding Budget Checklist". The tagger reads a run of
 * capitals as a name; a heading in title case opens on a superlative or a guide's adjective, which
 * a firm's name rarely does, and when one does ("Best Buy", "Top Gear") the name is two words and
 * ends on a singular. On the 1,011 WCXB dev pages this takes 128 names (148 mentions) off the
 * organisations, every one a heading or a category when read ("Best VPN Services", "Ultimate
 * Wedding Checklist PDF", "Latest News"). "Free", "New" and "Popular" are no openers here ("Free
 * People", "New York", Spain's "Popular Party"), nor is an opener alone (CoNLL-2003 train has a
 * firm called "Best").
 */
import { isCommonNoun } from "../people/common-nouns";

/** Superlatives and the adjectives a guide's headings open on. Closed class of general English. */
const OPENERS = new Set(["best", "top", "ultimate", "most", "cheapest", "greatest", "essential", "complete", "recommended", "latest"]);

/** A firm's legal form closing its name ("Best Products Co"): a heading has none. */
const LEGAL_FORMS = new Set(["co", "corp", "corporation", "inc", "ltd", "llc", "plc", "company", "gmbh", "ag", "sa"]);

/** One form of the name: is it such a heading (three words or more, or two ending on a plural
 *  noun: "Most People"), with no legal form at its end? */
function heading(form: string): boolean {
  const words = form.split(/\s+/);
  if (words.length < 2 || !OPENERS.has(words[0]!.toLowerCase())) return false;
  if (LEGAL_FORMS.has(words[words.length - 1]!.toLowerCase().replace(/\.$/, ""))) return false;
  if (words.length >= 3) return true;
  const last = words[1]!.toLowerCase();
  return last.endsWith("s") && !last.endsWith("ss") && isCommonNoun(last);
}

/** Is every form of an organisation's name a heading's? */
export function headingName(forms: string[]): boolean {
  return forms.length > 0 && forms.every(heading);
}
