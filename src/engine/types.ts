/**
 * The Analysis contract (DESIGN.md, version 1). Other tools read this as JSON:
 * fields may be added, never changed in meaning. Every offset is a UTF-16 index into `text`.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Person {
  /** Stable within one Analysis: "p1", "p2", … in order of first mention. */
  id: string;
  /** The fullest form of the name used in the article. */
  name: string;
  /** Every distinct surface form used for this person (the name included). */
  aliases: string[];
  /** The role or description the article gives them, e.g. "FBI Director"; null if none. */
  role: string | null;
  mentions: Span[];
}

export interface Quote extends Span {
  /** The quoted words, marks excluded: equals text.slice(start, end). */
  text: string;
  /** A people[] id, or null when nobody is named. */
  speaker: string | null;
  /** The words naming the speaker ("Putin", "he", "the former"), or null. */
  cue: Span | null;
}

/** Organisations and places: shaped like a person, with a description instead of a role. */
export interface Entity {
  id: string;
  name: string;
  aliases: string[];
  description: string | null;
  mentions: Span[];
}

export interface Analysis {
  version: 1;
  /** Whether the page carries an article (always true for plain text). */
  article: boolean;
  title: string;
  byline: string | null;
  text: string;
  people: Person[];
  quotes: Quote[];
  organizations: Entity[];
  places: Entity[];
}
