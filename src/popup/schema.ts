/**
 * Replies the popup receives are checked before use: the content script lives in a page that
 * may be hostile, and the Analysis carries the page's own text. Objects are loose (the
 * contract lets fields be added) but every field the popup reads is type-checked and bounded.
 */
import * as v from "valibot";
import type { PageState, GlossaryView } from "../messages";
import type { Analysis } from "../engine/types";
import type { Settings } from "../settings";

const int = v.pipe(v.number(), v.integer(), v.minValue(0));
const str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const Span = v.looseObject({ start: int, end: int });
const list = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max));

const PersonSchema = v.looseObject({
  id: str(100),
  name: str(500),
  aliases: list(str(500), 500),
  role: v.nullable(str(2_000)),
  mentions: list(Span, 100_000),
});
const EntitySchema = v.looseObject({
  id: str(100),
  name: str(500),
  aliases: list(str(500), 500),
  description: v.nullish(str(2_000), null),
  mentions: list(Span, 100_000),
});
const QuoteSchema = v.looseObject({
  start: int,
  end: int,
  text: str(100_000),
  speaker: v.nullable(str(100)),
  cue: v.nullable(Span),
});

export const AnalysisSchema = v.looseObject({
  version: v.literal(1),
  article: v.optional(v.boolean(), true),
  title: v.optional(str(5_000), ""),
  byline: v.nullish(str(5_000), null),
  text: str(20_000_000),
  people: list(PersonSchema, 10_000),
  quotes: list(QuoteSchema, 10_000),
  organizations: v.optional(list(EntitySchema, 10_000), []),
  places: v.optional(list(EntitySchema, 10_000), []),
});

export const PageStateSchema = v.looseObject({
  ok: v.literal(true),
  status: v.picklist(["loading", "article", "not-article", "not-english", "disabled", "error"]),
  analysis: v.nullish(AnalysisSchema, null),
  colors: v.optional(v.record(str(100), str(200)), {}),
  enabled: v.optional(v.boolean(), true),
  siteEnabled: v.optional(v.boolean(), true),
  error: v.optional(str(2_000)),
  url: v.optional(str(8_000)),
  title: v.optional(str(5_000)),
});

const ErrorReply = v.looseObject({ ok: v.literal(false), error: v.optional(str(2_000), "unknown error") });

export type ParsedReply<T> = { ok: true; value: T } | { ok: false; error: string };

/** Its start and end, which say what was expected and what came. */
const clipped = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max - 41)}…${s.slice(-40)}` : s);

function describe(issues: v.BaseIssue<unknown>[]): string {
  const i = issues[0];
  // valibot quotes what it received, which here is page text up to megabytes long: the popup
  // shows this sentence, so it names the place and the fault and no more
  const path = clipped(i?.path?.map((p) => String(p.key)).join(".") ?? "", 120);
  return `malformed reply${path ? ` at ${path}` : ""}: ${clipped(i?.message ?? "invalid", 300)}`;
}

/** The content script's answer to page/get-analysis. */
export function parsePageState(raw: unknown): ParsedReply<PageState> {
  const err = v.safeParse(ErrorReply, raw);
  if (err.success) return { ok: false, error: err.output.error };
  const r = v.safeParse(PageStateSchema, raw);
  if (!r.success) return { ok: false, error: describe(r.issues) };
  const { status, analysis, colors, enabled, siteEnabled, error, url, title } = r.output;
  return {
    ok: true,
    value: { status, analysis: (analysis as Analysis | null) ?? null, colors, enabled, siteEnabled, ...(error ? { error } : {}), ...(url ? { url } : {}), ...(title ? { title } : {}) },
  };
}

const GlossaryViewSchema = v.looseObject({
  id: str(200),
  kind: v.optional(v.picklist(["person", "organization", "place", "term"]), "person"),
  name: str(500),
  aliases: v.optional(list(str(500), 500), []),
  note: v.optional(str(100_000), ""),
  pinned: v.optional(v.boolean(), false),
  hidden: v.optional(v.boolean(), false),
  seenIn: v.optional(int, 0),
  roles: v.optional(v.array(v.unknown()), []),
  quotes: v.optional(v.array(v.unknown()), []),
});
const LookupSchema = v.looseObject({ ok: v.literal(true), entries: v.record(str(500), GlossaryViewSchema) });

/** The worker's answer to glossary/lookup: entries by name (missing names are absent). */
export function parseLookup(raw: unknown): ParsedReply<Record<string, GlossaryView>> {
  const r = v.safeParse(LookupSchema, raw);
  if (!r.success) return { ok: false, error: describe(r.issues) };
  return { ok: true, value: r.output.entries as unknown as Record<string, GlossaryView> };
}

const SettingsReply = v.looseObject({ ok: v.literal(true), settings: v.record(v.string(), v.unknown()) });

/** The worker's answer to settings/get; the caller normalises the settings object. */
export function parseSettingsReply(raw: unknown): ParsedReply<Record<string, unknown>> {
  const r = v.safeParse(SettingsReply, raw);
  if (!r.success) return { ok: false, error: describe(r.issues) };
  return { ok: true, value: r.output.settings };
}

const ScrollReply = v.looseObject({ ok: v.literal(true), index: v.optional(int), count: v.optional(int) });

export function parseScrollReply(raw: unknown): ParsedReply<{ index?: number; count?: number }> {
  const r = v.safeParse(ScrollReply, raw);
  if (!r.success) return { ok: false, error: describe(r.issues) };
  return { ok: true, value: { index: r.output.index, count: r.output.count } };
}

export type { Settings };
