/** The popup's view of an Analysis: ordering, counting and filtering, with no DOM. */
import type { Analysis, Entity, Person } from "../engine/types";
import { quoteWords } from "../quote-words";

export interface CastRow {
  person: Person;
  mentions: number;
  quotes: number;
  /** Offset of the first mention (Infinity when none), the tie-breaker after mentions. */
  first: number;
}

/** The article's quotations with their index in analysis.quotes (the scroll-to contract), in
 *  article order, each said once: a quotation a page prints twice (a pull quote beside the body,
 *  a copy of the passage for another screen size) by the same speaker is one row, at its first
 *  place (the page's jump goes on to a copy the reader can see). */
export function distinctQuotes(analysis: Analysis): [Analysis["quotes"][number], number][] {
  const seen = new Set<string>();
  return analysis.quotes
    .map((q, i) => [q, i] as [Analysis["quotes"][number], number])
    .sort(([x, i], [y, j]) => x.start - y.start || i - j)
    .filter(([q]) => {
      const key = `${q.speaker ?? ""}\u0000${quoteWords(q.text)}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** People by prominence: most mentions first, then who appears earlier, then id for stability. */
export function castRows(analysis: Analysis): CastRow[] {
  const quotesBy = new Map<string, number>();
  for (const [q] of distinctQuotes(analysis)) if (q.speaker) quotesBy.set(q.speaker, (quotesBy.get(q.speaker) ?? 0) + 1);
  return analysis.people
    .map((person) => ({
      person,
      mentions: person.mentions.length,
      quotes: quotesBy.get(person.id) ?? 0,
      first: person.mentions.reduce((m, s) => Math.min(m, s.start), Infinity),
    }))
    .sort((a, b) => b.mentions - a.mentions || a.first - b.first || a.person.id.localeCompare(b.person.id));
}

/** Entities (organisations, places) by mentions, then first mention. */
export function sortEntities(list: readonly Entity[]): Entity[] {
  const first = (e: Entity) => e.mentions.reduce((m, s) => Math.min(m, s.start), Infinity);
  return [...list].sort((a, b) => b.mentions.length - a.mentions.length || first(a) - first(b));
}

/** Case- and accent-insensitive, so "cafe" finds "Café" and "wray" finds "Wray". */
export function fold(s: string): string {
  return s.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
}

/** Rows whose name, any alias or role contains every word of the query. */
export function filterRows(rows: readonly CastRow[], query: string): CastRow[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [...rows];
  return rows.filter(({ person }) => {
    const hay = fold([person.name, ...person.aliases, person.role ?? ""].join("\n"));
    return words.every((w) => hay.includes(w));
  });
}

/** Shortens long text at a word boundary with an ellipsis; whitespace runs become one space. */
export function truncate(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  // break at a word unless that throws away more than a third of the room
  const base = space > max * 0.66 ? cut.slice(0, space) : cut;
  return base.replace(/[\s,;:.!?—–-]+$/u, "") + "…";
}

/** Next index in a ring of `count` mentions (wraps both ways). */
export function wrapIndex(index: number, step: number, count: number): number {
  if (count <= 0) return 0;
  return (((index + step) % count) + count) % count;
}

/**
 * The words around a person's first mention, inside its sentence, for a row with no role: on
 * real pages most of a big cast has none, and a column of "No role given" tells a reader
 * nothing, where "…said theCUBE's Savannah Peterson." places the name. At most `max`
 * characters, cut at words, with "…" where the sentence goes on; null when there is no mention.
 */
export function firstContext(text: string, person: Person, max = 90): string | null {
  let first: { start: number; end: number } | null = null;
  for (const m of person.mentions) if (!first || m.start < first.start) first = m;
  if (!first || first.end > text.length) return null;
  // a sentence ends at . ! or ? (and any closing quote or bracket) before a space, or at a line break
  const END = /[.!?][”’"')\]]*\s|\n/g;
  let from = Math.max(0, first.start - 400);
  // "Dr. ", "Mr. ", "St. ", an initial: a short capitalised word before a full stop ends no sentence
  const ends = (m: RegExpExecArray): boolean => m[0] === "\n" || text[m.index] !== "." || !/(^|[^\p{L}])\p{Lu}\p{Ll}{0,2}$/u.test(text.slice(Math.max(0, m.index - 4), m.index));
  END.lastIndex = from;
  for (let m = END.exec(text); m && m.index + m[0].length <= first.start; m = END.exec(text)) if (ends(m)) from = m.index + m[0].length;
  END.lastIndex = first.end;
  let next = END.exec(text);
  while (next && !ends(next)) next = END.exec(text);
  const to = next && next.index < first.end + 400 ? next.index + (next[0] === "\n" ? 0 : next[0].trimEnd().length) : Math.min(text.length, first.end + 400);
  let start = from;
  let end = to;
  if (end - start > max) {
    // keep the name, with about a third of the room before it and the rest after
    const room = Math.max(0, max - (first.end - first.start));
    start = Math.max(from, first.start - Math.floor(room / 3));
    end = Math.min(to, first.end + (room - (first.start - start)));
    start = Math.max(from, end - max);
    if (start > from) start = Math.min(first.start, text.indexOf(" ", start) + 1 || first.start);
    if (end < to) end = Math.max(first.end, text.lastIndexOf(" ", end));
  }
  const words = text.slice(start, end).replace(/\s+/g, " ").trim();
  // A mention alone on its line (a heading, a table cell, a caption's label) tells the reader
  // nothing the name doesn't: without two more words it is no context, and the row would
  // just repeat the name under itself.
  const rest = text.slice(start, first.start) + " " + text.slice(first.end, end);
  if ((rest.match(/\p{L}{2,}/gu) ?? []).length < 2) return null;
  return (start > from ? "…" : "") + words + (end < to ? "…" : "");
}
