import type { Person, Quote } from "./types";

/** Direct quotations in `text` and who said them. (Stub: issue 5.) */
export function findQuotes(_text: string, _people: readonly Person[]): Quote[] {
  return [];
}
