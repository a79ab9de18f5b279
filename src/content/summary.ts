/**
 * The message the worker gets after an article is read, clipped to what the protocol accepts
 * (src/messages.ts), so a page with absurd names or quotations still gets its people stored.
 */
import type { Analysis, Entity, Span } from "../engine/types";
import type { GlossaryView, MessageOf } from "../messages";

type Summary = MessageOf<"article/analysed">;
type PersonSummary = Summary["people"][number];

const cut = (s: string, max: number): string => (s.length > max ? s.slice(0, max) : s);

export function summarize(analysis: Analysis, url: string): Summary {
  const people: PersonSummary[] = analysis.people.slice(0, 500).map((p) => ({
    name: cut(p.name, 200),
    aliases: p.aliases.slice(0, 50).map((a) => cut(a, 200)),
    role: p.role === null ? null : cut(p.role, 300),
    mentions: p.mentions.length,
    quotes: analysis.quotes
      .filter((q) => q.speaker === p.id)
      .slice(0, 200)
      .map((q) => cut(q.text, 5_000)),
  }));
  const entity = (e: Entity): PersonSummary => ({
    name: cut(e.name, 200),
    aliases: e.aliases.slice(0, 50).map((a) => cut(a, 200)),
    role: e.description === null ? null : cut(e.description, 300),
    mentions: e.mentions.length,
    quotes: [],
  });
  return {
    type: "article/analysed",
    url: cut(url, 4_000),
    title: cut(analysis.title, 1_000),
    people,
    organizations: (analysis.organizations ?? []).slice(0, 500).map(entity),
    places: (analysis.places ?? []).slice(0, 500).map(entity),
  };
}

/** The worker's answers are checked too: only the fields the card reads, with their types. */
export function validGlossaryView(x: unknown): x is GlossaryView {
  if (!x || typeof x !== "object") return false;
  const v = x as Record<string, unknown>;
  return (
    typeof v.id === "string" &&
    typeof v.name === "string" &&
    Array.isArray(v.aliases) &&
    v.aliases.every((a) => typeof a === "string") &&
    typeof v.note === "string" &&
    typeof v.seenIn === "number"
  );
}

type Found = Pick<Analysis, "people" | "quotes" | "organizations" | "places">;

const isInt = (x: unknown): x is number => typeof x === "number" && Number.isInteger(x);
const isStr = (x: unknown): x is string => typeof x === "string";
const isStrArray = (x: unknown): x is string[] => Array.isArray(x) && x.every(isStr);

/** Spans as one flat list [start, end, start, end, …], or as they are when a span carries more
 *  than its two offsets (nothing is lost whatever the engine adds). */
function flatSpans(spans: readonly Span[]): number[] | readonly Span[] {
  const out: number[] = new Array<number>(spans.length * 2);
  for (let i = 0; i < spans.length; i++) {
    const m = spans[i]!;
    if (Object.keys(m).length !== 2) return spans;
    out[2 * i] = m.start;
    out[2 * i + 1] = m.end;
  }
  return out;
}

/** Quotations as one flat list of five numbers each [start, end, speaker, cue start, cue end]:
 *  the speaker as its index in `people`, -1 for none (and -1, -1 for no cue). Null when any
 *  quotation does not fit that form (its text is not the slice, it carries another field, its
 *  speaker is not one of the people): the list then goes as objects, and nothing is lost. */
function flatQuotes(a: Found, text: string): number[] | null {
  const at = new Map(a.people.map((p, i) => [p.id, i]));
  const out: number[] = [];
  for (const q of a.quotes) {
    const speaker = q.speaker === null ? -1 : at.get(q.speaker);
    if (Object.keys(q).length !== 5 || q.text !== text.slice(q.start, q.end) || speaker === undefined || (q.cue && Object.keys(q.cue).length !== 2)) return null;
    out.push(q.start, q.end, speaker, q.cue ? q.cue.start : -1, q.cue ? q.cue.end : -1);
  }
  return out;
}

/**
 * The worker's reply to engine/analyse, compact: every mention list flat, the quotations flat
 * (flatQuotes) or, when they do not fit that form, with a quotation's text left out when it is
 * text.slice(start, end), as the Analysis contract says it always is (the page has the text).
 * The demo article's reply is 61% of its plain JSON, which is serialised, copied and parsed on
 * the way to the first paint. validWorkerAnalysis() reads it back.
 */
export function packWorkerAnalysis(a: Found, text: string): Record<string, unknown> {
  const withSpans = <T extends { mentions: Span[] }>(e: T) => ({ ...e, mentions: flatSpans(e.mentions) });
  return {
    people: a.people.map(withSpans),
    quotes:
      flatQuotes(a, text) ??
      a.quotes.map((q) => {
        if (q.text !== text.slice(q.start, q.end)) return q;
        const { text: _same, ...rest } = q;
        return rest;
      }),
    organizations: a.organizations.map(withSpans),
    places: a.places.map(withSpans),
  };
}

/**
 * The worker's analysis of `text` (reply to engine/analyse, packed or not), checked like any
 * message before the page is painted from it: every span must lie inside the text, every id and
 * name must be a string, every speaker must be one of the people. Null when anything is off (the
 * content script then analyses the page itself). One pass reads the packed form back and checks
 * it (packWorkerAnalysis): on the way to the first paint, for every mention of a long article.
 */
export function validWorkerAnalysis(reply: unknown, text: string): Found | null {
  if (!reply || typeof reply !== "object" || (reply as { ok?: unknown }).ok !== true) return null;
  const raw = reply as Record<string, unknown>;
  const n = text.length;
  const inText = (start: unknown, end: unknown): boolean => isInt(start) && isInt(end) && start >= 0 && start <= end && end <= n;
  const isSpan = (x: unknown): boolean => !!x && typeof x === "object" && inText((x as Span).start, (x as Span).end);
  /** A mention list, flat [start, end, …] or spans, checked and read back into spans. */
  const mentionsOf = (x: unknown): Span[] | null => {
    if (!Array.isArray(x)) return null;
    if (x.length === 0 || typeof x[0] !== "number") return x.every(isSpan) ? (x as Span[]) : null;
    if (x.length % 2 !== 0) return null;
    const out = new Array<Span>(x.length / 2);
    for (let i = 0; i < x.length; i += 2) {
      const start: unknown = x[i];
      const end: unknown = x[i + 1];
      if (!inText(start, end)) return null;
      out[i >> 1] = { start: start as number, end: end as number };
    }
    return out;
  };
  const named = <T>(list: unknown, extra: "role" | "description"): T[] | null => {
    if (!Array.isArray(list)) return null;
    const out: T[] = new Array<T>(list.length);
    for (let i = 0; i < list.length; i++) {
      const x: unknown = list[i];
      if (!x || typeof x !== "object") return null;
      const e = x as Record<string, unknown>;
      if (!isStr(e.id) || !isStr(e.name) || !isStrArray(e.aliases) || !(e[extra] === null || isStr(e[extra]))) return null;
      const mentions = mentionsOf(e.mentions);
      if (!mentions) return null;
      out[i] = { ...e, mentions } as T;
    }
    return out;
  };
  const people = named<Found["people"][number]>(raw.people, "role");
  if (!people) return null;
  const ids = new Set(people.map((p) => p.id));
  if (!Array.isArray(raw.quotes)) return null;
  let rq: unknown[] = raw.quotes;
  // flat (flatQuotes): read back into the objects the loop below checks and fills in
  if (typeof rq[0] === "number") {
    if (rq.length % 5) return null;
    const flat = rq;
    rq = [];
    for (let i = 0; i < flat.length; i += 5) {
      const [start, end, who, cs, ce] = flat.slice(i, i + 5);
      rq.push({ start, end, speaker: who === -1 ? null : isInt(who) ? people[who]?.id : who, cue: cs === -1 && ce === -1 ? null : { start: cs, end: ce } });
    }
  }
  const quotes: Found["quotes"] = new Array(rq.length);
  for (let i = 0; i < rq.length; i++) {
    const x: unknown = rq[i];
    if (!isSpan(x)) return null;
    const q = x as Record<string, unknown> & Span;
    // a quotation's text left out by the worker is the page's own text there
    const quoteText = "text" in q ? q.text : text.slice(q.start, q.end);
    if (!isStr(quoteText) || !(q.speaker === null || (isStr(q.speaker) && ids.has(q.speaker))) || !(q.cue === null || isSpan(q.cue))) return null;
    if ("text" in q) quotes[i] = q as unknown as Found["quotes"][number];
    else {
      // in the order the engine writes a quotation's fields (exports list them as they come)
      const { start, end, ...rest } = q;
      quotes[i] = { start, end, text: quoteText, ...rest } as unknown as Found["quotes"][number];
    }
  }
  const organizations = named<Found["organizations"][number]>(raw.organizations, "description");
  const places = named<Found["places"][number]>(raw.places, "description");
  if (!organizations || !places) return null;
  return { people, quotes, organizations, places };
}
