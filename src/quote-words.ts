/**
 * A quotation's words as a reader compares two copies of it: a page that prints a passage twice
 * (a pull quote beside the body, a copy for another screen size) breaks its lines and spaces
 * differently in each copy. The card, the popup and the page's jumps all take two quotations
 * with the same words for one thing said.
 */
export function quoteWords(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
