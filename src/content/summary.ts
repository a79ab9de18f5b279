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

/**
 * The worker's reply to engine/analyse, compact: every mention list flat, and a quotation's text
 * left out when it is text.slice(start, end), as the Analysis contract says it always is (the
 * page has the text). The demo article's reply is 61% of its plain JSON, which is
 * serialised, copied and parsed on the way to the first paint. validWorkerAnalysis() reads it back.
 */
export function packWorkerAnalysis(a: Found, text: string): Record<string, unknown> {
  const withSpans = <T extends { mentions: Span[] }>(e: T) => ({ ...e, mentions: flatSpans(e.mentions) });
  return {
    people: a.people.map(withSpans),
    quotes: a.quotes.map((q) => {
      if (q.text !== text.slice(q.start, q.end)) return q;
      const { text: _same, ...rest } = q;
      return rest;
    }),
    organizations: a.organizations.map(withSpans),
    places: a.places.map(withSpans),
  };
}

/** A flat [start, end, …] list back into spans; anything else is left for the checks to judge. */
function spansOf(x: unknown): unknown {
  if (!Array.isArray(x) || x.length % 2 !== 0 || !x.every((n) => typeof n === "number")) return x;
  const out: Span[] = new Array<Span>(x.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = { start: x[2 * i] as number, end: x[2 * i + 1] as number };
  return out;
}

/** A reply entry with its mention list read back (packWorkerAnalysis). */
function unpackMentions(x: unknown): unknown {
  return x && typeof x === "object" && "mentions" in x ? { ...x, mentions: spansOf((x as { mentions: unknown }).mentions) } : x;
}

/** A reply quotation with its text put back from the page's own text when the worker left it out. */
function unpackQuote(x: unknown, text: string): unknown {
  if (!x || typeof x !== "object" || "text" in x) return x;
  const q = x as Record<string, unknown>;
  if (!isInt(q.start) || !isInt(q.end)) return x;
  return { start: q.start, end: q.end, text: text.slice(q.start, q.end), ...q };
}

const mapIfArray = (x: unknown, f: (e: unknown) => unknown): unknown => (Array.isArray(x) ? x.map(f) : x);

/**
 * The worker's analysis of `text` (reply to engine/analyse, packed or not), checked like any
 * message before the page is painted from it: every span must lie inside the text, every id and
 * name must be a string, every speaker must be one of the people. Null when anything is off (the
 * content script then analyses the page itself).
 */
export function validWorkerAnalysis(reply: unknown, text: string): Found | null {
  if (!reply || typeof reply !== "object" || (reply as { ok?: unknown }).ok !== true) return null;
  const raw = reply as Record<string, unknown>;
  const r = {
    people: mapIfArray(raw.people, unpackMentions),
    quotes: mapIfArray(raw.quotes, (q) => unpackQuote(q, text)),
    organizations: mapIfArray(raw.organizations, unpackMentions),
    places: mapIfArray(raw.places, unpackMentions),
  };
  const span = (x: unknown): boolean => {
    if (!x || typeof x !== "object") return false;
    const { start, end } = x as Record<string, unknown>;
    return isInt(start) && isInt(end) && start >= 0 && start <= end && end <= text.length;
  };
  const named = (x: unknown, extra: "role" | "description"): boolean => {
    if (!x || typeof x !== "object") return false;
    const e = x as Record<string, unknown>;
    return isStr(e.id) && isStr(e.name) && isStrArray(e.aliases) && (e[extra] === null || isStr(e[extra])) && Array.isArray(e.mentions) && e.mentions.every(span);
  };
  const { people, quotes, organizations, places } = r;
  if (!Array.isArray(people) || !people.every((p) => named(p, "role"))) return null;
  const ids = new Set((people as { id: string }[]).map((p) => p.id));
  const quote = (x: unknown): boolean => {
    if (!span(x)) return false;
    const q = x as Record<string, unknown>;
    return isStr(q.text) && (q.speaker === null || (isStr(q.speaker) && ids.has(q.speaker))) && (q.cue === null || span(q.cue));
  };
  if (!Array.isArray(quotes) || !quotes.every(quote)) return null;
  if (!Array.isArray(organizations) || !organizations.every((e) => named(e, "description"))) return null;
  if (!Array.isArray(places) || !places.every((e) => named(e, "description"))) return null;
  return { people, quotes, organizations, places } as Found;
}
