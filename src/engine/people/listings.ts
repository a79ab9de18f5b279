/**
 * Items of a shop's listing: a name that opens its line and whose entry, before the next blank
 * line, shows a price or a stock number ("Graphite Grey\n$30", "Arm Tank\nslim fit\nBlack\n$24",
 * "Wrenthorpe Pancheon\nSKU: X59082\n$44.25"). A shop lists products, colours and materials
 * so; a person's name is not priced.
 */
import type { Mention } from "./mention";
import { personContext } from "./person-context";

/** A price at a line's start ("$30", "From $29.00", "£12", "Price: €9") or a stock number. */
const PRICED = /(?:^|\n)[ \t]*(?:(?:From|Price:?|Sale|Now|Regular price)[ \t]+)?[$£€¥][ \t]?\d|\bSKU\b/u;
/** How far an entry is read after the name, at most (to the next blank line before that). */
const ENTRY_MAX = 100;

/** Does the mention open its line (a bullet at most before it) in an entry that shows a price? */
function pricedEntry(text: string, m: Mention): boolean {
  const from = text.lastIndexOf("\n", m.start - 1) + 1;
  if (!/^[ \t]*(?:[-*•·][ \t]*)?$/.test(text.slice(from, m.start))) return false;
  // (a figure after the name on its line is an item's about a person: "Julie Newmar 8 x 10
  // Photograph Art Print", "GABBIE CARTER #50 - Art Print"; a product's line is its name)
  let eol = text.indexOf("\n", m.end);
  if (eol < 0) eol = text.length;
  if (/[\d#]/.test(text.slice(m.end, eol))) return false;
  let end = text.indexOf("\n\n", m.end);
  if (end < 0 || end > m.end + ENTRY_MAX) end = Math.min(text.length, m.end + ENTRY_MAX);
  return PRICED.test(text.slice(m.end, end));
}

/**
 * A name every mention of which opens a priced entry (pricedEntry) and has no figure after it on
 * its line, with no title and no person's cue (a speech verb, an age, "who") at any of them.
 */
export function listedItem(text: string, g: { key: string[]; mentions: Mention[] }): boolean {
  for (const m of g.mentions) if (m.titled || !pricedEntry(text, m) || personContext(text, m, false, false)) return false;
  return true;
}
