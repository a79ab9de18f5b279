/** The popup's view of an Analysis: ordering, counting and filtering, with no DOM. */
import type { Analysis, Entity, Person } from "../engine/types";

export interface CastRow {
  person: Person;
  mentions: number;
  quotes: number;
  /** Offset of the first mention (Infinity when none), the tie-breaker after mentions. */
  first: number;
}

/** People by prominence: most mentions first, then who appears earlier, then id for stability. */
export function castRows(analysis: Analysis): CastRow[] {
  const quotesBy = new Map<string, number>();
  for (const q of analysis.quotes) if (q.speaker) quotesBy.set(q.speaker, (quotesBy.get(q.speaker) ?? 0) + 1);
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
