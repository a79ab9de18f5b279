/**
 * The glossary's pure logic: entry shape, name normalisation, merging an article summary into
 * entries, views for the card/popup, and the strict import format. No browser APIs and no
 * IndexedDB here, so every rule is unit-testable in Node; glossary-store.ts runs these functions
 * inside one IndexedDB transaction.
 */
import * as v from "valibot";
import type { GlossaryView, MessageOf } from "../messages";

export type Kind = GlossaryView["kind"];

export interface ArticleRef {
  /** URL without its hash: the identity of an article. */
  url: string;
  title: string;
  /** ISO date when Dramatis first saw the article. */
  date: string;
}

export interface Entry {
  id: string;
  kind: Kind;
  name: string;
  aliases: string[];
  /** Normalised name and aliases: the multiEntry index used to match across articles. */
  keys: string[];
  note: string;
  pinned: boolean;
  hidden: boolean;
  /** Oldest first; one per distinct URL. */
  articles: ArticleRef[];
  /** Oldest first; one per (role, url). */
  roles: { role: string; title: string; url: string; date: string }[];
  /** Oldest first; one per (text, url). */
  quotes: { text: string; title: string; url: string; date: string }[];
  created: string;
  updated: string;
}

/** Bounds so one busy person (or a hostile page) cannot grow an entry without limit. */
export const LIMITS = {
  aliases: 50,
  articles: 2_000,
  roles: 200,
  quotes: 500,
  name: 200,
  note: 100_000,
  text: 5_000,
  url: 4_000,
  title: 1_000,
} as const;

/** Letters NFKD does not decompose, folded the way English-language news usually spells them. */
const FOLD: Record<string, string> = { ø: "o", æ: "ae", œ: "oe", ß: "ss", ł: "l", đ: "d", ð: "d", þ: "th", ı: "i" };

/** Case-, diacritics-, punctuation- and spacing-insensitive form of a name. */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[øæœßłđðþı]/g, (c) => FOLD[c] ?? c)
    .replace(/[’'`´]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, " ")
    .trim();
}

/** The article's identity: its URL without the fragment (the same page scrolled is the same article). */
export function articleKey(url: string): string {
  const hash = url.indexOf("#");
  return (hash >= 0 ? url.slice(0, hash) : url).slice(0, LIMITS.url);
}

export function keysOf(name: string, aliases: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const n of [name, ...aliases]) {
    const k = normalizeName(n);
    if (!k) continue;
    keys.add(k);
    // "Vladimir V. Putin" and "George W. Bush" are the same people without their initials
    const bare = k
      .split(" ")
      .filter((w) => w.length > 1)
      .join(" ");
    if (bare !== k && bare.includes(" ")) keys.add(bare);
  }
  return [...keys];
}

const wordCount = (key: string) => key.split(" ").length;

/** The one-letter words of a name ("george h w bush" → "h w"). */
function initialsOf(name: string): string {
  return normalizeName(name)
    .split(" ")
    .filter((w) => w.length === 1)
    .join(" ");
}

/** Names match without their initials only when at most one side has any, or both the same:
 *  "Vladimir V. Putin" is "Vladimir Putin", but "George W. Bush" is not "George H. W. Bush". */
function initialsAgree(a: string, b: string): boolean {
  const ia = initialsOf(a);
  const ib = initialsOf(b);
  return !ia || !ib || ia === ib;
}

export interface Summary {
  name: string;
  aliases: string[];
  role: string | null;
  quotes: string[];
}

export type ArticleMessage = MessageOf<"article/analysed">;

/**
 * Which existing entry a summary is the same as. A multi-word name or alias (the article's
 * "Vladimir Putin") is specific enough to match on its own; a lone surname ("Putin") only
 * matches when exactly one entry of the kind has it, so two Smiths never merge by accident.
 */
export function findMatch(candidates: readonly Entry[], kind: Kind, s: Summary): Entry | undefined {
  const sameKind = candidates.filter((e) => e.kind === kind);
  const keys = keysOf(s.name, s.aliases);
  const full = keys.filter((k) => wordCount(k) > 1);
  const nameKey = normalizeName(s.name);
  // An exact name beats an alias: "Donald Trump" must not fall into "Donald Trump Jr." via "Trump".
  const byName = sameKind.find((e) => normalizeName(e.name) === nameKey);
  if (byName) return byName;
  if (full.length > 0) {
    const hit = sameKind.filter((e) => e.keys.some((k) => full.includes(k)) && initialsAgree(e.name, s.name));
    if (hit.length >= 1) return hit.sort((a, b) => b.articles.length - a.articles.length)[0];
    // A full name we have never seen may still be the fuller form of a lone surname entry
    // ("Putin" seen alone before, now "Vladimir Putin" with alias "Putin").
  }
  const single = keys.filter((k) => wordCount(k) === 1);
  for (const k of single) {
    const hit = sameKind.filter((e) => e.keys.includes(k));
    if (hit.length !== 1) continue;
    const e = hit[0]!;
    // The lone-word side must be the bare one: "Putin" ↔ "Vladimir Putin" merges, but
    // "Jane Smith" must not swallow an existing "John Smith" entry through "Smith".
    if (full.length === 0 || e.keys.every((ek) => wordCount(ek) === 1)) return e;
  }
  return undefined;
}

function clip(s: string, max: number): string {
  return s.length > max ? s.slice(0, max) : s;
}

/** Keeps the newest `max` items (arrays are oldest first). */
function capNewest<T>(items: T[], max: number): T[] {
  return items.length > max ? items.slice(items.length - max) : items;
}

function addUnique(list: string[], items: readonly string[], max: number): string[] {
  const seen = new Set(list.map(normalizeName));
  const out = [...list];
  for (const raw of items) {
    const item = clip(raw.trim(), LIMITS.name);
    const k = normalizeName(item);
    if (!k || seen.has(k) || out.length >= max) continue;
    seen.add(k);
    out.push(item);
  }
  return out;
}

/** Whether a name would show anything in a list: not only spaces, controls or zero-width
 *  characters. A record without one is a row the user cannot tell from another or act on. */
export function hasVisibleName(name: string): boolean {
  return name.replace(/[\s\p{Z}\p{Cc}\p{Cf}]+/gu, "") !== "";
}

export function newEntry(id: string, kind: Kind, name: string, now: string): Entry {
  const clean = clip(name.trim(), LIMITS.name);
  return {
    id,
    kind,
    name: clean,
    aliases: [clean],
    keys: keysOf(clean, []),
    note: "",
    pinned: false,
    hidden: false,
    articles: [],
    roles: [],
    quotes: [],
    created: now,
    updated: now,
  };
}

/** Folds one summary from one article into an entry (idempotent: the same article twice adds nothing). */
export function foldSummary(e: Entry, s: Summary, article: ArticleRef, now: string): Entry {
  const out: Entry = { ...e };
  // The fullest name wins, so "Putin" seen first becomes "Vladimir Putin" later.
  const candidate = clip(s.name.trim(), LIMITS.name);
  if (candidate && wordCount(normalizeName(candidate)) > wordCount(normalizeName(out.name))) out.name = candidate;
  out.aliases = addUnique(out.aliases, [out.name, s.name, ...s.aliases], LIMITS.aliases);
  out.keys = keysOf(out.name, out.aliases);
  if (!out.articles.some((a) => a.url === article.url)) {
    out.articles = capNewest([...out.articles, article], LIMITS.articles);
  }
  if (s.role && s.role.trim()) {
    const role = clip(s.role.trim(), LIMITS.title);
    if (!out.roles.some((r) => r.url === article.url && r.role === role)) {
      out.roles = capNewest([...out.roles, { role, title: article.title, url: article.url, date: article.date }], LIMITS.roles);
    }
  }
  for (const q of s.quotes) {
    const text = clip(q.trim(), LIMITS.text);
    if (!text || out.quotes.some((x) => x.url === article.url && x.text === text)) continue;
    out.quotes = capNewest([...out.quotes, { text, title: article.title, url: article.url, date: article.date }], LIMITS.quotes);
  }
  out.updated = now;
  return out;
}

/** Every key the summaries of a message can match on: what the store must load first. */
export function keysOfMessage(msg: ArticleMessage): string[] {
  const keys = new Set<string>();
  for (const list of [msg.people, msg.organizations ?? [], msg.places ?? []]) {
    for (const s of list) for (const k of keysOf(s.name, s.aliases)) keys.add(k);
  }
  return [...keys];
}

export interface MergeResult {
  /** Entries to write (new or changed). */
  put: Entry[];
  /** Number of distinct people in the article (for the badge). */
  people: number;
}

/**
 * Merges an analysed article into the glossary. `candidates` are the existing entries sharing
 * a key with the message (the store loads them inside the same transaction that writes the
 * result, so concurrent tabs cannot lose each other's writes).
 */
export function mergeArticle(
  candidates: readonly Entry[],
  msg: ArticleMessage,
  now: string,
  newId: () => string,
): MergeResult {
  const article: ArticleRef = { url: articleKey(msg.url), title: clip(msg.title, LIMITS.title), date: now };
  const pool = new Map<string, Entry>(candidates.map((e) => [e.id, e]));
  const touched = new Set<string>();
  const peopleIds = new Set<string>();
  const groups: [Kind, Summary[]][] = [
    ["person", msg.people],
    ["organization", msg.organizations ?? []],
    ["place", msg.places ?? []],
  ];
  for (const [kind, list] of groups) {
    for (const s of list) {
      if (!normalizeName(s.name)) continue;
      const existing = findMatch([...pool.values()], kind, s);
      const base = existing ?? newEntry(newId(), kind, s.name, now);
      const merged = foldSummary(base, s, article, now);
      pool.set(merged.id, merged);
      touched.add(merged.id);
      if (kind === "person") peopleIds.add(merged.id);
    }
  }
  return { put: [...touched].map((id) => pool.get(id)!), people: peopleIds.size };
}

export function toView(e: Entry): GlossaryView {
  // Views are latest first; storage is oldest first so appends stay cheap.
  return {
    id: e.id,
    kind: e.kind,
    name: e.name,
    aliases: [...e.aliases],
    note: e.note,
    pinned: e.pinned,
    hidden: e.hidden,
    seenIn: e.articles.length,
    roles: [...e.roles].reverse(),
    quotes: [...e.quotes].reverse(),
    articles: [...e.articles].reverse(),
  };
}

/** Pinned first, then most seen, then by name. */
export function compareEntries(a: Entry, b: Entry): number {
  if (a.pinned !== b.pinned) return a.pinned ? -1 : 1;
  if (a.articles.length !== b.articles.length) return b.articles.length - a.articles.length;
  return a.name.localeCompare(b.name);
}

/** Search over name, aliases, note and roles, insensitive like names are. */
export function matchesQuery(e: Entry, query: string): boolean {
  const q = normalizeName(query);
  if (!q) return true;
  // keys are the name and aliases already normalised: most searches end here, cheaply
  if (e.keys.some((k) => k.includes(q))) return true;
  if (e.note && normalizeName(e.note).includes(q)) return true;
  return e.roles.some((r) => normalizeName(r.role).includes(q));
}

// ---------------------------------------------------------------------------------------------
// Export / import

export const EXPORT_FORMAT = "dramatis-glossary";
export const EXPORT_VERSION = 1;
/** Bounds for an import file: generous for a real glossary, small enough to refuse abuse. */
export const IMPORT_LIMITS = { bytes: 20_000_000, entries: 20_000, depth: 8 } as const;

const s = (max: number) => v.pipe(v.string(), v.maxLength(max, `longer than ${max} characters`));
const dateStr = v.pipe(v.string(), v.maxLength(40), v.isoTimestamp("not an ISO date"));
const urlStr = s(LIMITS.url);

const ImportEntry = v.strictObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  kind: v.picklist(["person", "organization", "place", "term"]),
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.name)),
  aliases: v.pipe(v.array(s(LIMITS.name)), v.maxLength(LIMITS.aliases)),
  note: s(LIMITS.note),
  pinned: v.boolean(),
  hidden: v.boolean(),
  articles: v.pipe(
    v.array(v.strictObject({ url: urlStr, title: s(LIMITS.title), date: dateStr })),
    v.maxLength(LIMITS.articles),
  ),
  roles: v.pipe(
    v.array(v.strictObject({ role: s(LIMITS.title), title: s(LIMITS.title), url: urlStr, date: dateStr })),
    v.maxLength(LIMITS.roles),
  ),
  quotes: v.pipe(
    v.array(v.strictObject({ text: s(LIMITS.text), title: s(LIMITS.title), url: urlStr, date: dateStr })),
    v.maxLength(LIMITS.quotes),
  ),
  created: dateStr,
  updated: dateStr,
});

const ImportFile = v.strictObject({
  format: v.literal(EXPORT_FORMAT, `must be "${EXPORT_FORMAT}"`),
  version: v.literal(EXPORT_VERSION, `unsupported version (this Dramatis reads version ${EXPORT_VERSION})`),
  exportedAt: dateStr,
  entries: v.pipe(v.array(ImportEntry), v.maxLength(IMPORT_LIMITS.entries)),
});

export type ExportFile = v.InferOutput<typeof ImportFile>;
export type ExportEntry = v.InferOutput<typeof ImportEntry>;

export function toExport(entries: readonly Entry[], now: string): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now,
    entries: entries.map((e) => ({
      id: e.id,
      kind: e.kind,
      name: e.name,
      aliases: e.aliases,
      note: e.note,
      pinned: e.pinned,
      hidden: e.hidden,
      articles: e.articles,
      roles: e.roles,
      quotes: e.quotes,
      created: e.created,
      updated: e.updated,
    })),
  };
}

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** Rejects keys that could pollute prototypes and nesting beyond what the format has. */
function checkShape(value: unknown, path: string, depth: number): string | null {
  if (depth > IMPORT_LIMITS.depth) return `nested too deeply at ${path || "top level"}`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const err = checkShape(value[i], `${path}[${i}]`, depth + 1);
      if (err) return err;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const key of Object.keys(value)) {
      const here = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) return `forbidden key "${key}" at ${here}`;
      const err = checkShape((value as Record<string, unknown>)[key], here, depth + 1);
      if (err) return err;
    }
  }
  return null;
}

function describePath(issue: v.BaseIssue<unknown>, data: unknown): string {
  const parts: string[] = [];
  for (const p of issue.path ?? []) {
    const key = p.key;
    if (typeof key === "number") parts.push(`[${key}]`);
    else parts.push(parts.length ? `.${String(key)}` : String(key));
  }
  let where = parts.join("") || "top level";
  // Name the entry too: "entries[3] (“Vladimir Putin”)" tells a user where to look.
  const first = issue.path?.[0];
  const second = issue.path?.[1];
  if (first?.key === "entries" && typeof second?.key === "number" && data && typeof data === "object") {
    const entries = (data as { entries?: unknown }).entries;
    const e = Array.isArray(entries) ? entries[second.key] : undefined;
    const name = e && typeof e === "object" ? (e as { name?: unknown }).name : undefined;
    if (typeof name === "string" && name.length <= 80) where += ` (“${name}”)`;
  }
  return where;
}

export type ImportParse = { ok: true; file: ExportFile } | { ok: false; error: string };

/**
 * Strict validation of an import file. Never throws: any problem becomes a sentence saying what
 * is wrong and where, and the caller changes nothing.
 */
export function parseImport(json: unknown): ImportParse {
  try {
    if (typeof json !== "string") return { ok: false, error: "Import refused: the file is not text." };
    if (json.length > IMPORT_LIMITS.bytes) {
      return { ok: false, error: `Import refused: the file is larger than ${IMPORT_LIMITS.bytes / 1_000_000} MB.` };
    }
    if (!json.trim()) return { ok: false, error: "Import refused: the file is empty." };
    let data: unknown;
    try {
      data = JSON.parse(json);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return { ok: false, error: `Import refused: not valid JSON (${why.slice(0, 200)}). Is the file complete?` };
    }
    if (!data || typeof data !== "object" || Array.isArray(data)) {
      return { ok: false, error: "Import refused: expected a Dramatis glossary object at the top level." };
    }
    const shape = checkShape(data, "", 0);
    if (shape) return { ok: false, error: `Import refused: ${shape}.` };
    const result = v.safeParse(ImportFile, data);
    if (!result.success) {
      const issue = result.issues[0]!;
      return { ok: false, error: `Import refused: ${describePath(issue, data)}: ${issue.message}.` };
    }
    const ids = new Set<string>();
    for (const [i, e] of result.output.entries.entries()) {
      if (ids.has(e.id)) return { ok: false, error: `Import refused: entries[${i}].id "${e.id.slice(0, 60)}" appears twice.` };
      ids.add(e.id);
      if (!normalizeName(e.name)) return { ok: false, error: `Import refused: entries[${i}].name has no letters or digits.` };
    }
    return { ok: true, file: result.output };
  } catch (e) {
    // Defence in depth: validation must never let an exception reach the message router.
    return { ok: false, error: `Import refused: ${e instanceof Error ? e.message.slice(0, 200) : "unreadable file"}.` };
  }
}

function mergeByKey<T>(a: T[], b: readonly T[], key: (x: T) => string, max: number): T[] {
  const seen = new Set(a.map(key));
  const out = [...a];
  for (const x of b) {
    const k = key(x);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(x);
  }
  return capNewest(out, max);
}

/** Folds an imported entry into an existing one of the same kind and name; importing twice changes nothing. */
export function mergeImported(existing: Entry | undefined, imp: ExportEntry, newId: () => string): Entry {
  const base: Entry =
    existing ??
    ({
      ...newEntry(newId(), imp.kind, imp.name, imp.created),
      aliases: [],
      created: imp.created,
    } satisfies Entry);
  const out: Entry = { ...base };
  // a new entry keeps the file's alias order, so export → import → export is identical
  out.aliases = addUnique(out.aliases, existing ? [imp.name, ...imp.aliases] : [...imp.aliases, imp.name], LIMITS.aliases);
  if (!existing) out.name = imp.name;
  out.keys = keysOf(out.name, out.aliases);
  const theirs = imp.note.trim();
  if (theirs && !out.note.includes(theirs)) out.note = clip(out.note ? `${out.note}\n\n${theirs}` : theirs, LIMITS.note);
  out.pinned = out.pinned || imp.pinned;
  out.hidden = existing ? out.hidden : imp.hidden;
  const byDate = <T extends { date: string }>(a: T, b: T) => a.date.localeCompare(b.date);
  out.articles = mergeByKey(out.articles, imp.articles, (a) => a.url, LIMITS.articles).sort(byDate);
  out.roles = mergeByKey(out.roles, imp.roles, (r) => `${r.url}\u0000${r.role}`, LIMITS.roles).sort(byDate);
  out.quotes = mergeByKey(out.quotes, imp.quotes, (q) => `${q.url}\u0000${q.text}`, LIMITS.quotes).sort(byDate);
  if (imp.updated > out.updated) out.updated = imp.updated;
  return out;
}

/** Finds the entry an imported one is: same kind and the same normalised name (or, failing that, id). */
export function findImportMatch(candidates: readonly Entry[], imp: ExportEntry): Entry | undefined {
  const k = normalizeName(imp.name);
  return (
    candidates.find((e) => e.kind === imp.kind && normalizeName(e.name) === k) ??
    candidates.find((e) => e.kind === imp.kind && e.id === imp.id)
  );
}
