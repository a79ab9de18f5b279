/**
 * What the page says about itself: JSON-LD, Open Graph and <meta> tags, the title and byline.
 * No CSS selectors: jsdom's selector engine made them most of the finder's time, so the few
 * elements needed here are collected by the finder's one walk over the body (`PageFacts`) and
 * by tag-name lookups, which are a plain tree scan.
 */
import { squash, words } from "./dom";

/** Elements of the body the metadata needs, gathered during the finder's walk. */
export interface PageFacts {
  /** schema.org types named by itemtype attributes. */
  itemtypes: string[];
  /** An element carries itemprop="datePublished". */
  datePublished: boolean;
  hasArticleElement: boolean;
  /** <h1> and <h2> elements in document order. */
  headings: Element[];
  /** Byline candidates by how sure their markup is: 0 rel/itemprop=author, 1 byline class, 2 author class. */
  bylines: [Element[], Element[], Element[]];
}

export function emptyFacts(): PageFacts {
  return { itemtypes: [], datePublished: false, hasArticleElement: false, headings: [], bylines: [[], [], []] };
}

const BYLINE_CLASS = /byline|author-?name|authorname/;
const AUTHOR_CLASS = /(?:^|[\s_-])(?:author|authors|post-author|entry-author|article-author)(?=$|[\s_-])/;

/** Records what one element tells about the page; called once per element of the body. */
export function noteElement(el: Element, ci: string, facts: PageFacts): void {
  const tag = el.localName;
  if (tag === "h1" || tag === "h2") facts.headings.push(el);
  else if (tag === "article") facts.hasArticleElement = true;
  const itemtype = el.getAttribute("itemtype");
  if (itemtype) {
    const t = itemtype.trim().split(/\s+/)[0]!.split("/").pop();
    if (t) facts.itemtypes.push(t);
  }
  const itemprop = el.getAttribute("itemprop");
  if (itemprop) {
    if (itemprop === "datePublished") facts.datePublished = true;
    else if (itemprop === "author") facts.bylines[0].push(el);
  }
  if (tag === "a" && el.getAttribute("rel") === "author") {
    facts.bylines[0].push(el);
    return;
  }
  if (!ci) return;
  if (BYLINE_CLASS.test(ci)) facts.bylines[1].push(el);
  else if (AUTHOR_CLASS.test(ci)) facts.bylines[2].push(el);
}

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

/** Every <meta> of the page by its name, property or itemprop (lower-case), first one kept. */
function metaTags(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  const metas = doc.getElementsByTagName("meta");
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i]!;
    const key = m.getAttribute("property") ?? m.getAttribute("name") ?? m.getAttribute("itemprop");
    const content = m.getAttribute("content");
    if (!key || content === null) continue;
    const k = key.toLowerCase();
    if (!out.has(k)) out.set(k, content);
  }
  return out;
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

export function readMeta(doc: Document, facts: PageFacts): PageMeta {
  const tags = metaTags(doc);
  const get = (...keys: string[]): string | null => {
    for (const k of keys) {
      const v = tags.get(k);
      const t = v ? squash(v) : "";
      if (t) return t;
    }
    return null;
  };
  const meta: PageMeta = {
    types: new Set(facts.itemtypes),
    ogType: get("og:type")?.toLowerCase() ?? null,
    ogTitle: get("og:title", "twitter:title"),
    ldHeadline: null,
    ldAuthors: [],
    metaAuthor: null,
    published: false,
    siteName: get("og:site_name"),
  };
  const scripts = doc.getElementsByTagName("script");
  for (let i = 0; i < scripts.length; i++) {
    const s = scripts[i]!;
    if (s.getAttribute("type")?.trim().toLowerCase() !== "application/ld+json") continue;
    try {
      collectLd(JSON.parse(s.textContent ?? ""), meta, 0);
    } catch {
      // malformed JSON-LD is common; the page's other signals still count
    }
  }
  const author = get("author", "article:author", "parsely-author", "sailthru.author");
  meta.metaAuthor = author && !looksLikeUrl(author) ? author : null;
  meta.published = meta.published || facts.datePublished || get("article:published_time", "date", "datepublished") !== null;
  return meta;
}

/** Separators sites put between a headline and their own name in <title>/og:title. */
const TITLE_SEPARATORS = /\s+[|\-–—:·•»«/]\s+|\s+::\s+/;

/**
 * The headline: an <h1> the page's own metadata agrees with, else the metadata's headline with
 * the site name cut off, else the first <h1>, else <title>.
 */
export function findTitle(doc: Document, meta: PageMeta, facts: PageFacts, near: Element[]): string {
  const docTitle = squash(doc.title);
  const claimed = [meta.ldHeadline, meta.ogTitle, docTitle].filter((t): t is string => !!t);
  const h1s = facts.headings.filter((h) => h.localName === "h1").map((h) => squash(h.textContent)).filter((t) => t.length > 0);
  const nearH1s = near
    .flatMap((r) => facts.headings.filter((h) => r.contains(h)).slice(0, 2))
    .map((h) => squash(h.textContent));
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

/** The author(s): JSON-LD, then <meta>, then the page's byline markup. */
export function findByline(meta: PageMeta, facts: PageFacts, roots: Element[]): string | null {
  const ld = meta.ldAuthors.map((a) => cleanByline(a)).filter((a): a is string => !!a);
  if (ld.length) return [...new Set(ld)].join(", ");
  const m = cleanByline(meta.metaAuthor);
  if (m) return m;
  for (const group of facts.bylines) {
    // the byline near the article first, then anywhere on the page
    const ordered = [...group.filter((e) => roots.some((r) => r.contains(e))), ...group];
    for (const el of ordered) {
      const b = cleanByline(el.textContent);
      if (b && b.length < 80) return b;
    }
  }
  return null;
}
