/**
 * What the page says about itself: JSON-LD, Open Graph and <meta> tags, the title and byline.
 * Read-only over <head> and a few selectors; never walks the whole body.
 */
import { squash, words } from "./dom";

export interface PageMeta {
  /** schema.org @type values found in JSON-LD (and itemtype), e.g. "NewsArticle". */
  types: Set<string>;
  ogType: string | null;
  ogTitle: string | null;
  ldHeadline: string | null;
  ldAuthors: string[];
  metaAuthor: string | null;
  published: boolean;
  siteName: string | null;
}

function metaContent(doc: Document, selector: string): string | null {
  const v = doc.querySelector(selector)?.getAttribute("content");
  return v ? squash(v) || null : null;
}

function collectLd(node: unknown, meta: PageMeta, depth: number): void {
  if (depth > 6 || node === null || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const n of node) collectLd(n, meta, depth + 1);
    return;
  }
  const o = node as Record<string, unknown>;
  const type = o["@type"];
  const types = Array.isArray(type) ? type : type ? [type] : [];
  const typeNames = types.filter((t): t is string => typeof t === "string");
  for (const t of typeNames) meta.types.add(t);
  const articleLike = typeNames.some((t) => ARTICLE_TYPES.has(t));
  if (articleLike) {
    if (!meta.ldHeadline && typeof o["headline"] === "string") meta.ldHeadline = squash(o["headline"]);
    if (!meta.ldAuthors.length) meta.ldAuthors = authorNames(o["author"] ?? o["creator"]);
    if (o["datePublished"]) meta.published = true;
  }
  if (o["@graph"]) collectLd(o["@graph"], meta, depth + 1);
  if (o["mainEntity"] && typeof o["mainEntity"] === "object") collectLd(o["mainEntity"], meta, depth + 1);
}

function authorNames(a: unknown): string[] {
  if (!a) return [];
  if (typeof a === "string") return looksLikeUrl(a) ? [] : [squash(a)];
  if (Array.isArray(a)) return a.flatMap(authorNames);
  if (typeof a === "object") {
    const name = (a as Record<string, unknown>)["name"];
    if (typeof name === "string" && !looksLikeUrl(name)) return [squash(name)];
  }
  return [];
}

const looksLikeUrl = (s: string): boolean => /^(https?:)?\/\//i.test(s.trim());

/** schema.org types that mean "this page is an article". */
export const ARTICLE_TYPES = new Set([
  "Article", "NewsArticle", "BlogPosting", "Blog", "Report", "ReportageNewsArticle", "AnalysisNewsArticle",
  "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "LiveBlogPosting", "ScholarlyArticle",
  "SocialMediaPosting", "Review", "HowTo", "Recipe", "MedicalWebPage", "AdvertiserContentArticle", "SatiricalArticle",
]);

/** Types that mean some other kind of page. */
export const OTHER_TYPES = new Set([
  "Product", "ProductGroup", "Offer", "AggregateOffer", "ItemList", "CollectionPage", "SearchResultsPage",
  "QAPage", "DiscussionForumPosting", "FAQPage", "SoftwareApplication", "Course", "Event", "JobPosting",
  "Store", "LocalBusiness", "Restaurant", "Service", "ProfilePage", "TechArticle",
]);

export function readMeta(doc: Document): PageMeta {
  const meta: PageMeta = {
    types: new Set(),
    ogType: metaContent(doc, 'meta[property="og:type"]')?.toLowerCase() ?? null,
    ogTitle: metaContent(doc, 'meta[property="og:title"]') ?? metaContent(doc, 'meta[name="twitter:title"]'),
    ldHeadline: null,
    ldAuthors: [],
    metaAuthor: null,
    published: false,
    siteName: metaContent(doc, 'meta[property="og:site_name"]'),
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      collectLd(JSON.parse(s.textContent ?? ""), meta, 0);
    } catch {
      // malformed JSON-LD is common; the page's other signals still count
    }
  }
  for (const el of Array.from(doc.querySelectorAll("[itemtype]"))) {
    const t = el.getAttribute("itemtype")?.split("/").pop();
    if (t) meta.types.add(t);
  }
  const author = metaContent(doc, 'meta[name="author"]') ?? metaContent(doc, 'meta[property="article:author"]') ??
    metaContent(doc, 'meta[name="parsely-author"]') ?? metaContent(doc, 'meta[name="sailthru.author"]');
  meta.metaAuthor = author && !looksLikeUrl(author) ? author : null;
  meta.published = meta.published || doc.querySelector(
    'meta[property="article:published_time"], meta[name="date"], meta[itemprop="datePublished"], [itemprop="datePublished"]',
  ) !== null;
  return meta;
}

/** Separators sites put between a headline and their own name in <title>/og:title. */
const TITLE_SEPARATORS = /\s+[|\-–—:·•»«/]\s+|\s+::\s+/;

/**
 * The headline: an <h1> the page's own metadata agrees with, else the metadata's headline with
 * the site name cut off, else the first <h1>, else <title>.
 */
export function findTitle(doc: Document, meta: PageMeta, near: Element[]): string {
  const docTitle = squash(doc.title);
  const claimed = [meta.ldHeadline, meta.ogTitle, docTitle].filter((t): t is string => !!t);
  const h1s = Array.from(doc.querySelectorAll("h1")).map((h) => squash(h.textContent)).filter((t) => t.length > 0);
  const nearH1s = near.flatMap((r) => Array.from(r.querySelectorAll("h1, h2")).slice(0, 2)).map((h) => squash(h.textContent));
  const agreeing = (t: string): boolean => {
    const w = words(t);
    return w.length > 0 && claimed.some((c) => {
      const cw = words(c);
      return cw === w || (w.length >= 10 && cw.includes(w)) || (cw.length >= 10 && w.includes(cw) && cw.length > w.length * 0.6);
    });
  };
  const h = h1s.find(agreeing) ?? nearH1s.find(agreeing);
  if (h) return h;
  if (meta.ldHeadline) return meta.ldHeadline;
  const fromMeta = meta.ogTitle ?? docTitle;
  if (fromMeta) return stripSiteName(fromMeta, meta.siteName);
  return h1s[0] ?? "";
}

function stripSiteName(title: string, siteName: string | null): string {
  const parts = title.split(TITLE_SEPARATORS).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return title;
  const site = words(siteName);
  const kept = parts.filter((p) => !(site && (words(p) === site || site.includes(words(p)))));
  const candidates = kept.length ? kept : parts;
  // the headline is the longest part; site names are short
  return candidates.reduce((a, b) => (words(b).length > words(a).length ? b : a));
}

const BY_PREFIX = /^(?:(?:written|posted|published|reviewed|story|text|words|reporting)\s+)?by\s*[:\-]?\s+/i;

function cleanByline(s: string | null | undefined): string | null {
  if (!s) return null;
  let t = squash(s).replace(BY_PREFIX, "");
  // cut trailing dates/roles glued on by templates ("Jane Doe | May 3, 2024", "Jane Doe, Staff")
  t = t.split(/\s+[|•·]\s+|\s+(?:on|updated|published)\s+(?=\w+\s+\d)/i)[0]!.trim();
  if (!t || t.length > 120 || looksLikeUrl(t)) return null;
  if (!/\p{L}/u.test(t)) return null;
  return t;
}

const BYLINE_SELECTORS = [
  '[rel="author"]', '[itemprop="author"] [itemprop="name"]', '[itemprop="author"]', ".byline", ".author-name",
  ".article-author", ".post-author", ".entry-author", ".author", '[class*="byline"]', '[class*="author-name"]', '[class*="AuthorName"]',
];

/** The author(s): JSON-LD, then <meta>, then the page's byline markup. */
export function findByline(doc: Document, meta: PageMeta, roots: Element[]): string | null {
  const ld = meta.ldAuthors.map((a) => cleanByline(a)).filter((a): a is string => !!a);
  if (ld.length) return [...new Set(ld)].join(", ");
  const m = cleanByline(meta.metaAuthor);
  if (m) return m;
  for (const sel of BYLINE_SELECTORS) {
    // the byline near the article first, then anywhere on the page
    const inRoots = roots.map((r) => r.querySelector(sel)).find((e) => e !== null);
    const el = inRoots ?? doc.querySelector(sel);
    if (!el) continue;
    const b = cleanByline(el.textContent);
    if (b && b.length < 80) return b;
  }
  return null;
}
