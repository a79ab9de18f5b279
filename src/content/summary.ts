/**
 * The message the worker gets after an article is read, clipped to what the protocol accepts
 * (src/messages.ts), so a page with absurd names or quotations still gets its people stored.
 */
import type { Analysis, Entity } from "../engine/types";
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

/**
 * The worker's analysis of `text` (reply to engine/analyse), checked like any message before
 * the page is painted from it: every span must lie inside the text, every id and name must be
 * a string, every speaker must be one of the people. Null when anything is off (the content
 * script then analyses the page itself).
 */
export function validWorkerAnalysis(reply: unknown, text: string): Found | null {
  if (!reply || typeof reply !== "object" || (reply as { ok?: unknown }).ok !== true) return null;
  const r = reply as Record<string, unknown>;
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
