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
