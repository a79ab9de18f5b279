/**
 * What is painted where: every painted span with what it stands for, searchable by text offset
 * (the caret fallback of the hover hit test) and by Range (highlightsFromPoint answers ranges).
 */
import type { Analysis, Span } from "../engine/types";

export type TargetKind = "person" | "quote" | "organization" | "place" | "term";

export interface Target {
  kind: TargetKind;
  /** people[]/organizations[]/places[] id, `q<index>` for a quote, the term's id for a term. */
  id: string;
  /** Which mention of that id (0-based, text order); 0 for a quote. */
  index: number;
  start: number;
  end: number;
}

/** Quote ids are not in the Analysis: the popup and the content script agree on `q<index>`. */
export const quoteId = (i: number): string => `q${i}`;

export interface TermMatch {
  id: string;
  spans: Span[];
}

/** Every target of an Analysis (and the user's terms), in text order. */
export function collectTargets(analysis: Analysis, terms: readonly TermMatch[] = []): Target[] {
  const out: Target[] = [];
  for (const p of analysis.people) p.mentions.forEach((m, index) => out.push({ kind: "person", id: p.id, index, start: m.start, end: m.end }));
  analysis.quotes.forEach((q, i) => out.push({ kind: "quote", id: quoteId(i), index: 0, start: q.start, end: q.end }));
  for (const o of analysis.organizations ?? []) o.mentions.forEach((m, index) => out.push({ kind: "organization", id: o.id, index, start: m.start, end: m.end }));
  for (const p of analysis.places ?? []) p.mentions.forEach((m, index) => out.push({ kind: "place", id: p.id, index, start: m.start, end: m.end }));
  for (const t of terms) t.spans.forEach((m, index) => out.push({ kind: "term", id: t.id, index, start: m.start, end: m.end }));
  return out.filter((t) => t.end > t.start).sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Kinds a reader means first when spans nest: a name inside a quotation is the name. */
const RANK: Record<TargetKind, number> = { person: 0, term: 1, organization: 2, place: 3, quote: 4 };

/**
 * Offset → target. Spans may nest (names inside quotations) but are few (hundreds), so a sorted
 * array with a binary search for the last span starting at or before the offset and a short
 * backward scan is plenty.
 */
export class TargetTable {
  private readonly byStart: Target[];
  /** Longest span, bounding the backward scan. */
  private readonly maxLength: number;

  constructor(targets: readonly Target[]) {
    this.byStart = [...targets].sort((a, b) => a.start - b.start);
    this.maxLength = this.byStart.reduce((m, t) => Math.max(m, t.end - t.start), 0);
  }

  get size(): number {
    return this.byStart.length;
  }

  /** Every target whose span holds the character at `offset`, most specific first. */
  allAt(offset: number): Target[] {
    const a = this.byStart;
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (a[mid]!.start <= offset) lo = mid + 1;
      else hi = mid;
    }
    const hits: Target[] = [];
    for (let i = lo - 1; i >= 0; i--) {
      const t = a[i]!;
      if (offset - t.start >= this.maxLength) break;
      if (t.start <= offset && offset < t.end) hits.push(t);
    }
    return hits.sort((x, y) => RANK[x.kind] - RANK[y.kind] || x.end - x.start - (y.end - y.start));
  }

  /** The target a reader points at when the caret sits at `offset`. */
  at(offset: number): Target | null {
    return this.allAt(offset)[0] ?? null;
  }
}

/**
 * Where the user's terms occur: whole words, case-insensitively, never inside a longer word.
 * Bounded so a term list or page built to be slow cannot stall the tab.
 */
export function findTermSpans(text: string, forms: readonly string[], limit = 2_000): Span[] {
  const spans: Span[] = [];
  const lower = text.toLowerCase();
  const isWord = (c: string | undefined): boolean => !!c && /[\p{L}\p{N}_]/u.test(c);
  for (const form of new Set(forms.map((f) => f.trim().toLowerCase()).filter((f) => f.length >= 2))) {
    for (let i = lower.indexOf(form); i >= 0 && spans.length < limit; i = lower.indexOf(form, i + form.length)) {
      if (isWord(lower[i - 1]) || isWord(lower[i + form.length])) continue;
      spans.push({ start: i, end: i + form.length });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
