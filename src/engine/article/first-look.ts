/**
 * The first look: a cheap check, run before the full article finder on every page, that answers
 * "certainly not an article" on most pages that are not and "maybe" on everything else.
 *
 * The full finder (findArticle) walks and measures every element of the body: ~15 ms on a
 * typical non-article page in Chromium. The first look reads only what a page says about itself
 * and a bounded sample of its paragraphs, with no layout, no getComputedStyle and no walk of the
 * whole DOM in script:
 *  1. Metadata: schema.org types in JSON-LD and microdata, og:type, a publication date, an
 *     <article> element, and the address's shape (read as the full finder's urlEvidence does).
 *     Summed like the full finder's decision, so the two agree on what the page claims to be.
 *  2. Prose: the <p> elements' text (at most MAX_PARAGRAPHS of them), counting only paragraphs
 *     a reader would call prose (long enough, mostly not links), grouped by their parent: an
 *     article's paragraphs stand side by side; a listing's teasers each sit in their own card.
 * A page is rejected only when both say "not an article":
 *  - it claims nothing article-like (claims below CLAIMS_ARTICLE) and has no run of prose
 *    paragraphs side by side (PROSE_IF_NO_CLAIMS characters under one parent), or
 *  - it claims to be another kind of page (claims at or below CLAIMS_AGAINST, where the full
 *    finder's decision cannot reach "article" however long the body) and has no long run of
 *    prose (PROSE_IF_CLAIMS_AGAINST), which would mean the claims may be wrong.
 * Measured on WCXB dev (npm run eval -- --only first-look): it rejects about half of the pages
 * the full finder calls non-articles and under 0.5% of the article pages.
 * Everything else goes on to the full finder, which stays the judge. A page that builds its
 * article later (single-page apps) is looked at again by the content script when it grows.
 *
 * Like the full finder it never mutates the page and reads only attributes and text.
 */
import { ARTICLE_TYPES, OTHER_TYPES } from "./metadata";

/** At most this many <p> elements are read: enough for any article's first screens. */
const MAX_PARAGRAPHS = 300;
/** A <p> needs this many visible characters to be a sentence of prose rather than a label. */
const MIN_PROSE_CHARS = 60;
/** …and at most this share of them in links (teasers and link lists are not prose). */
const MAX_PROSE_LINK_SHARE = 0.5;
/** Claims at or above this (an article type, og:type=article or a publication date, less
 *  what the address says) are never rejected: the full finder needs little prose to accept them. */
const CLAIMS_ARTICLE = 0.5;
/** Claims at or below this are against an article (a product, a forum, a listing…); the full
 *  finder cannot accept such a page however long its body. */
const CLAIMS_AGAINST = -1;
/** Prose under one parent (paragraphs side by side, as an article's are) that sends a page
 *  claiming nothing on to the full finder… */
const PROSE_IF_NO_CLAIMS = 200;
/** …and a page claiming to be another kind of page: only a long run of paragraphs, where the
 *  claims may be wrong (an article with FAQ or product markup for search engines). */
const PROSE_IF_CLAIMS_AGAINST = 1000;
/** JSON-LD beyond this many characters in all is not parsed (a page's own claims are short;
 *  megabytes of embedded data are a product catalogue or a state dump). */
const MAX_LD_CHARS = 200_000;
/** How deep JSON-LD is searched for @type (graphs, mainEntity). */
const MAX_LD_DEPTH = 6;

export type FirstLookVerdict = "not-article" | "maybe";

export interface FirstLook {
  verdict: FirstLookVerdict;
  /** Why, in a few words (for the eval's breakdown and for debugging). */
  reason: "claims-other" | "no-prose" | "prose" | "claims-article";
  /** What the page claims to be: > 0 article-like, < 0 another kind (same scale as the finder). */
  claims: number;
  /** Visible characters of prose paragraphs: in all, and the most under one parent. */
  prose: number;
  proseUnderOneParent: number;
  /** <p> elements read. */
  paragraphs: number;
}

interface Claims {
  article: boolean;
  other: boolean;
  published: boolean;
}

function collectTypes(node: unknown, claims: Claims, depth: number): void {
  if (depth > MAX_LD_DEPTH || node === null || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const n of node) collectTypes(n, claims, depth + 1);
    return;
  }
  const o = node as Record<string, unknown>;
  const type = o["@type"];
  const types = Array.isArray(type) ? type : [type];
  let articleLike = false;
  for (const t of types) {
    if (typeof t !== "string") continue;
    if (ARTICLE_TYPES.has(t)) articleLike = true;
    else if (OTHER_TYPES.has(t)) claims.other = true;
  }
  if (articleLike) {
    claims.article = true;
    if (o["datePublished"]) claims.published = true;
  }
  if (o["@graph"]) collectTypes(o["@graph"], claims, depth + 1);
  if (o["mainEntity"]) collectTypes(o["mainEntity"], claims, depth + 1);
}

/** The page's own claims, scored as the full finder scores them (metadata.ts, article.ts).
 *  Tag-name collections and two simple attribute scans: one long selector list was as cheap in
 *  Chromium but a hundred times slower in jsdom, where the eval and the tests run. */
function claimsScore(doc: Document, url: string | Address): number {
  const claims: Claims = { article: false, other: false, published: false };
  let ogType: string | null = null;
  const metas = doc.getElementsByTagName("meta");
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i]!;
    const key = m.getAttribute("property") ?? m.getAttribute("name") ?? m.getAttribute("itemprop");
    if (!key) continue;
    const k = key.toLowerCase();
    if (k !== "og:type" && k !== "article:published_time" && k !== "date" && k !== "datepublished") continue;
    const content = m.getAttribute("content")?.trim();
    if (!content) continue;
    if (k === "og:type") ogType ??= content.toLowerCase();
    else claims.published = true;
  }
  // one native scan for the JSON-LD blocks instead of an attribute read per script of the page
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  let ldChars = 0;
  for (let i = 0; i < scripts.length; i++) {
    const text = scripts[i]!.textContent ?? "";
    ldChars += text.length;
    if (ldChars > MAX_LD_CHARS) break;
    try {
      collectTypes(JSON.parse(text), claims, 0);
    } catch {
      // malformed JSON-LD is common; the other claims still count
    }
  }
  const micro = doc.querySelectorAll('[itemtype],[itemprop="datePublished"]');
  for (let i = 0; i < micro.length; i++) {
    const el = micro[i]!;
    const itemtype = el.getAttribute("itemtype");
    if (itemtype === null) {
      claims.published = true;
      continue;
    }
    const t = itemtype.trim().split(/\s+/)[0]?.split("/").pop();
    if (t && ARTICLE_TYPES.has(t)) claims.article = true;
    else if (t && OTHER_TYPES.has(t)) claims.other = true;
  }
  const articleElement = doc.getElementsByTagName("article").length > 0;
  let s = 0;
  if (claims.article) s += 2;
  if (claims.other) s -= 2;
  if (ogType === "article") s += 1;
  else if (ogType && ogType !== "website") s -= 1;
  if (claims.published) s += 1;
  if (articleElement) s += 0.5;
  return s + addressShape(url);
}

// What the address says, read as the full finder's urlEvidence reads it (a unit test holds the
// two equal) but with set lookups instead of regular expressions: compiling those is most of
// the first look's cost on a cold page.
const HOSTS_OTHER = new Set(["doc", "docs", "forum", "forums", "community", "discuss", "support", "help", "wiki", "api", "shop", "store"]);
const SEGMENTS_FAR = new Set([
  "forum", "forums", "thread", "threads", "topic", "topics", "discussion", "discussions", "questions", "community",
  "doc", "docs", "documentation", "api", "reference", "manual",
]);
const SEGMENTS_OTHER = new Set([
  "product", "products", "shop", "store", "cart", "category", "categories", "tag", "tags", "search", "service", "services",
  "solution", "solutions", "pricing", "portfolio", "section", "sections",
]);
const SEGMENTS_ARTICLE = new Set([
  "news", "blog", "blogs", "article", "articles", "post", "posts", "stories", "story", "opinion", "feature", "features",
  "column", "columns", "review", "reviews",
]);

const isDigits = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return s.length > 0;
};

/** A year and a month as path segments (/2024/05/…): how news and blog posts are filed. */
function datedPath(raw: string[]): boolean {
  for (let i = 0; i + 2 < raw.length; i++) {
    const y = raw[i]!;
    const m = raw[i + 1]!;
    if (y.length !== 4 || !isDigits(y) || !(y.startsWith("19") || y.startsWith("20"))) continue;
    if (m.length < 1 || m.length > 2 || !isDigits(m)) continue;
    const month = Number(m);
    if (month >= 1 && month <= 12) return true;
  }
  return false;
}

/** The parts of an address the first look reads: a URL, or the page's own `location` (already
 *  parsed: the content script passes it rather than have the address parsed again). */
export interface Address {
  protocol: string;
  hostname: string;
  pathname: string;
}

/** > 0 article-like, < 0 another kind of page, 0 when the address says nothing. */
export function addressShape(url: string | Address): number {
  let u: Address;
  if (typeof url === "string") {
    try {
      u = new URL(url);
    } catch {
      return 0;
    }
  } else u = url;
  if (u.protocol !== "http:" && u.protocol !== "https:") return 0;
  const path = u.pathname.toLowerCase();
  const segments = path.split("/").filter(Boolean);
  if (!segments.length) return -2;
  let e = 0;
  const dot = u.hostname.indexOf(".");
  if (dot > 0 && HOSTS_OTHER.has(u.hostname.slice(0, dot).toLowerCase())) e -= 2;
  for (const seg of segments) {
    if (SEGMENTS_FAR.has(seg)) e -= 2;
    else if (SEGMENTS_OTHER.has(seg)) e -= 1;
    else if (SEGMENTS_ARTICLE.has(seg)) e += 1;
  }
  // the pattern needs "/year/month/" with slashes on both sides: the empty strings of the raw
  // split keep "//" from joining segments that are not neighbours
  if (datedPath(u.pathname.split("/"))) e += 1;
  return Math.max(-3, Math.min(2, e));
}

const SPACES = /[\s\u00a0]+/g;

/** Visible characters of a text: its length without whitespace (one native replace; a loop over
 *  the characters would run cold in the interpreter on every page). */
function visible(text: string): number {
  return text.replace(SPACES, "").length;
}

/** Visible characters of `p` inside links. */
function linkChars(p: Element): number {
  if (!p.firstElementChild) return 0;
  const links = p.getElementsByTagName("a");
  let n = 0;
  for (let i = 0; i < links.length; i++) n += visible(links[i]!.textContent ?? "");
  return n;
}

/** Prose in the page's paragraphs: in all, and the most under one parent. Stops as soon as one
 *  parent holds `enough`. */
function proseSample(doc: Document, enough: number): { all: number; oneParent: number; read: number } {
  const ps = doc.getElementsByTagName("p");
  const byParent = new Map<Element | null, number>();
  let all = 0;
  let oneParent = 0;
  let read = 0;
  const n = Math.min(ps.length, MAX_PARAGRAPHS);
  for (; read < n; read++) {
    const p = ps[read]!;
    const chars = visible(p.textContent ?? "");
    if (chars < MIN_PROSE_CHARS || linkChars(p) > chars * MAX_PROSE_LINK_SHARE) continue;
    all += chars;
    const parent = p.parentElement;
    const under = (byParent.get(parent) ?? 0) + chars;
    byParent.set(parent, under);
    if (under > oneParent) oneParent = under;
    if (oneParent >= enough) {
      read++;
      break;
    }
  }
  return { all, oneParent, read };
}

export function firstLook(doc: Document, url: string | Address = doc.URL): FirstLook {
  const claims = claimsScore(doc, url);
  if (claims >= CLAIMS_ARTICLE) return { verdict: "maybe", reason: "claims-article", claims, prose: 0, proseUnderOneParent: 0, paragraphs: 0 };
  const against = claims <= CLAIMS_AGAINST;
  const needed = against ? PROSE_IF_CLAIMS_AGAINST : PROSE_IF_NO_CLAIMS;
  const sample = proseSample(doc, needed);
  const found = { claims, prose: sample.all, proseUnderOneParent: sample.oneParent, paragraphs: sample.read };
  if (sample.oneParent >= needed) return { verdict: "maybe", reason: "prose", ...found };
  return { verdict: "not-article", reason: against ? "claims-other" : "no-prose", ...found };
}
