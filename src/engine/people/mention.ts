/**
 * The shape a person's mention has between the steps of src/engine/people.ts: found, completed,
 * grouped. Its own module so that every step can name it without importing the entry.
 */
import type { Span } from "../types";

export interface Mention extends Span {
  /** The words of the name as written (titles and possessive excluded). */
  words: string[];
  /** The title or honorific right before the name, if any ("Director", "Mr."). */
  titled: boolean;
}
