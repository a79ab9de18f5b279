/**
 * The message protocol between the extension's contexts: one typed union, validated on
 * receipt (valibot: small and tree-shakable, so the content script stays light). A message that
 * does not match is answered with a clear error and never acted on.
 *
 * Directions:
 *   content → background   hello, article/analysed, glossary/lookup, engine/analyse
 *   popup   → background   glossary/*, settings/*
 *   options → background   glossary/*, settings/*
 *   popup   → content      page/*   (tabs.sendMessage)
 *   background → content   page/toggle, page/next-person (keyboard commands), terms/changed
 */
import * as v from "valibot";

import { MAX_ANALYSE_TEXT } from "./wire";

export { ANALYSE_PORT, MAX_ANALYSE_TEXT } from "./wire";

const MAX_TEXT = 100_000;
const str = (max = 2_000) => v.pipe(v.string(), v.maxLength(max));
const int = () => v.pipe(v.number(), v.integer(), v.minValue(0));

/** The schema of every message, built on first use: content-main.js and content-article.js each
 *  carry their own copy, and built at their load it cost every article page (after its paint)
 *  about a millisecond of valibot objects per file, though most pages never get a message. */
function buildSchema() {
  const PersonSummary = v.strictObject({
    name: str(200),
    aliases: v.pipe(v.array(str(200)), v.maxLength(50)),
    role: v.nullable(str(300)),
    mentions: int(),
    quotes: v.pipe(v.array(str(5_000)), v.maxLength(200)),
  });

  return v.variant("type", [
    /** Liveness check; answered with { ok: true, context }. */
    v.strictObject({ type: v.literal("hello") }),
    /** The content script read an article: the worker merges its people into the glossary. */
    v.strictObject({
      type: v.literal("article/analysed"),
      url: str(4_000),
      title: str(1_000),
      people: v.pipe(v.array(PersonSummary), v.maxLength(500)),
      organizations: v.optional(v.pipe(v.array(PersonSummary), v.maxLength(500))),
      places: v.optional(v.pipe(v.array(PersonSummary), v.maxLength(500))),
    }),
    /** What the glossary knows of these names (for the hover card and popup). */
    v.strictObject({ type: v.literal("glossary/lookup"), names: v.pipe(v.array(str(200)), v.maxLength(500)) }),
    /** `limit`: at most this many entries (the reply's `total` says how many matched). */
    v.strictObject({
      type: v.literal("glossary/list"),
      query: v.optional(str(200)),
      limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000))),
    }),
    v.strictObject({
      type: v.literal("glossary/update"),
      id: str(200),
      note: v.optional(str(MAX_TEXT)),
      pinned: v.optional(v.boolean()),
      hidden: v.optional(v.boolean()),
    }),
    v.strictObject({ type: v.literal("glossary/delete"), id: str(200) }),
    /** Undo of a delete: the entry comes back from the worker's own copy, never from the sender. */
    v.strictObject({ type: v.literal("glossary/restore"), id: str(200) }),
    v.strictObject({ type: v.literal("glossary/export") }),
    v.strictObject({ type: v.literal("glossary/import"), json: v.pipe(v.string(), v.maxLength(20_000_000)) }),
    v.strictObject({ type: v.literal("glossary/clear") }),
    v.strictObject({ type: v.literal("terms/add"), term: str(200), note: v.optional(str(MAX_TEXT)) }),
    /** The user's own glossary terms, to highlight on every page. */
    v.strictObject({ type: v.literal("terms/list") }),
    v.strictObject({ type: v.literal("settings/get") }),
    v.strictObject({ type: v.literal("settings/set"), settings: v.record(str(100), v.unknown()) }),
    /** Popup → content: the tab's Analysis and state. */
    v.strictObject({ type: v.literal("page/get-analysis") }),
    v.strictObject({ type: v.literal("page/analyse-anyway") }),
    v.strictObject({
      type: v.literal("page/scroll-to"),
      kind: v.picklist(["person", "quote", "organization", "place"]),
      id: str(100),
      index: v.optional(int()),
    }),
    v.strictObject({ type: v.literal("page/set-enabled"), enabled: v.boolean() }),
    v.strictObject({ type: v.literal("page/toggle") }),
    v.strictObject({ type: v.literal("page/next-person"), direction: v.optional(v.picklist([1, -1])) }),
    v.strictObject({ type: v.literal("terms/changed") }),
    /** Content → background: analyse this article text with the worker's warm engine (the reply
     *  is the Analysis's people, quotes, organizations and places; the sender keeps the text). */
    v.strictObject({
      type: v.literal("engine/analyse"),
      text: v.pipe(v.string(), v.maxLength(MAX_ANALYSE_TEXT)),
      title: str(1_000),
      /** The page's host: the worker refuses to analyse a site the user turned off. */
      host: v.optional(str(300)),
    }),
  ]);
}

let schema: ReturnType<typeof buildSchema> | null = null;

export type Message = v.InferOutput<ReturnType<typeof buildSchema>>;
export type MessageType = Message["type"];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/** Every reply is either { ok: true, … } or { ok: false, error }. */
export type Reply<T = Record<string, unknown>> = ({ ok: true } & T) | { ok: false; error: string };

export type ParseResult = { ok: true; message: Message } | { ok: false; error: string };

/** Its start and end, which say what was expected and what came. */
const clipped = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max - 41)}…${s.slice(-40)}` : s);

/** Validates an incoming message; never throws. */
export function parseMessage(raw: unknown): ParseResult {
  const result = v.safeParse((schema ??= buildSchema()), raw);
  if (result.success) return { ok: true, message: result.output };
  const type =
    raw && typeof raw === "object" && "type" in raw && typeof (raw as { type: unknown }).type === "string"
      ? (raw as { type: string }).type.slice(0, 60)
      : null;
  const issue = result.issues[0];
  // valibot's sentence quotes what it received, and a key or a value can be megabytes long:
  // the reply names the place and the kind of fault, never echoes the sender's data at length
  const path = clipped(issue?.path?.map((p) => String(p.key)).join(".") ?? "", 120);
  return {
    ok: false,
    error: `Dramatis: malformed message${type ? ` "${type}"` : ""}${path ? ` at ${path}` : ""}: ${clipped(issue?.message ?? "invalid", 300)}`,
  };
}

/** What the content script answers to "page/get-analysis" (and pushes nowhere else). */
export interface PageState {
  /** "unsupported" is decided by the popup itself (browser pages, stores, PDFs). */
  /** "not-english": an article in another language, left unpainted (the engine reads English). */
  status: "loading" | "article" | "not-article" | "not-english" | "disabled" | "error";
  analysis: import("./engine/types").Analysis | null;
  /** CSS colour per people[] id, the same the page is painted with. */
  colors: Record<string, string>;
  /** Highlights currently shown in this tab. */
  enabled: boolean;
  /** False when the user turned Dramatis off for this site. */
  siteEnabled: boolean;
  /** The page's URL: the popup cannot read tab.url without the "tabs" permission or activeTab. */
  url?: string;
  /** The page's title, on a page left unanalysed (not an article, another language): Chromium
   *  gives the popup no tab.title without the "tabs" permission, and without it the popup's
   *  header can only name the site. */
  title?: string;
  error?: string;
}

/** One glossary entry as the card and popup see it (reply to glossary/lookup, glossary/list). */
export interface GlossaryView {
  id: string;
  kind: "person" | "organization" | "place" | "term";
  name: string;
  aliases: string[];
  note: string;
  pinned: boolean;
  hidden: boolean;
  /** How many distinct articles (by URL) this entry appeared in. */
  seenIn: number;
  /** Latest first. */
  roles: { role: string; title: string; url: string; date: string }[];
  quotes: { text: string; title: string; url: string; date: string }[];
  /** The articles it appeared in, latest first (the worker's replies carry them; optional for older senders). */
  articles?: { url: string; title: string; date: string }[];
}

/** glossary/lookup → { ok: true, entries: { [name]: GlossaryView } } (names not known are absent).
 *  terms/list → { ok: true, terms: GlossaryView[] } (kind "term"). */
export type LookupReply = Reply<{ entries: Record<string, GlossaryView> }>;
export type TermsReply = Reply<{ terms: GlossaryView[] }>;
