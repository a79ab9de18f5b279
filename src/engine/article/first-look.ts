/**
 * The first look: a cheap check, run before the full article finder on every page, that answers
 * "certainly not an article" on most pages that are not and "maybe" on everything else.
 *
 * The full finder (findArticle) walks and measures every element of the body: ~12 ms on a
 * typical non-article page in Chromium, and most pages a user opens are not articles. The first
 * look reads only what a page says about itself, a few native element counts and a bounded
 * sample of its paragraphs, with no layout, no getComputedStyle and no walk of the DOM in script:
 *  - claims: schema.org types in JSON-LD and microdata, og:type, a publication date, an author,
 *    and the address's shape (read as the full finder's urlEvidence reads it, plus the slug and
 *    the depth of the path);
 *  - structure: <article> and <main> elements, how many links, form controls and code blocks
 *    (native tag counts: a shop, a tool or a documentation page has many);
 *  - prose: the <p> elements' text (at most MAX_PARAGRAPHS), counting only paragraphs a reader
 *    would call prose (long enough, mostly not links), in all and grouped by their parent: an
 *    article's paragraphs stand side by side, a listing's or a forum's teasers each sit in their
 *    own card; and the headline's shape (words, a question).
 * These are summed with the weights of a logistic regression (LOOK_WEIGHTS) fitted on WCXB dev
 * (`npm run eval -- --only first-look --fit` refits them and prints the 10-fold cross-validated
 * figures), each page seen both at its own address and at a neutral one so that the page alone,
 * without its address, still decides most of them. A page is rejected only when its sum falls
 * below REJECT_BELOW, set on the article side of the regression's boundary: a rejected article
 * is a page where Dramatis silently does nothing.
 * Everything else goes on to the full finder, which stays the judge. A page that builds its
 * article later (single-page apps) is looked at again by the content script when it grows.
 *
 * Cost in Chromium (npm run bench -- --only gate; a cold isolated world, as a content script's):
 * on a rejected page ~2.5-3.3 ms at a machine load of 7-20, and mostly fixed. Measured as the CPU
 * time (trace) of content scripts doing only part of it, paired on 30 WCXB pages at load ~12:
 * the look adds ~3.3 ms to an empty script's task (itself ~0.3 ms, after ~2 ms of the isolated
 * world's own creation that any content script costs); run a second time, warm, it adds ~0.5 ms.
 * Of the cold rest, the world's first element access builds the wrappers of Document, Node,
 * Element, HTMLElement… (~0.65 ms; each further element type ~20 µs more), compiling this code
 * on its first call ~0.4 ms (an eager-compile hint moves it into the script's compile, no net
 * gain), the two regular expressions ~0.1-0.3 ms. Two exact trims showed no difference paired
 * runs could see: the headline's question test without a regular expression, and leaving the
 * metadata unread (read last) on pages even the most article-like metadata could not save. The
 * size of the script around the look does not change its time (the same with 8 KB or 52 KB of
 * content.js), but it costs the page in compile: content.js holds nothing more than it needs.
 * Measured again in session 6 (throwaway builds doing part of the look, paired on 44-67 WCXB
 * dev-other pages at load 11-16; script time median, and task CPU from the trace): a look that
 * reads nothing 0.2 ms of script; one tag count 0.3-0.5; the first element's text +0.5 (+0.25
 * CPU); five tag counts +0.1; the metadata ~0.85 ms CPU, the prose sample 0.5-0.75. Whole-page
 * attribute selectors are the dear reads: a stage one of numbers only (six tag counts, six
 * meta/structured-data selector counts, the title, the address) cost 2.4 ms of script, three
 * XPath counts of long paragraphs 1.7. A stage one of tag counts, the title and the address
 * alone cannot be safe: a logistic regression on them, at no finder-accepted article lost in
 * 10-fold CV on WCXB dev, rejects 42% of the pages the finder turns away at their own addresses
 * and 2% at neutral ones (with og/author/date/structured-data presence 48% / 12%), too few to
 * move the median. Two exact trims showed no difference in paired runs at load 16-21 (102 pairs
 * at real addresses, twice; script median +0.0-0.1 ms, task CPU +0.02-0.3): reading the headline
 * and the metadata last, only when their bounded weights could still change the verdict (the
 * same verdicts on all 2,022 dev looks; the metadata skipped on 42% of them), and counting the
 * form controls with four tag counts instead of one selector. Neither was kept then; session 31
 * timed the controls step alone (0.24 -> 0.11 ms cold) and kept the four counts (lookVerdict).
 *
 * Session 8, per step (a test build marking each step with performance.now(), 60 WCXB dev-other
 * pages, the 49/44 the look rejects at real/neutral addresses, means, load 5-11): the first
 * `document` access 0.15-0.23 ms and the first element's 0.27-0.41 (the wrappers of Document,
 * Element, HTMLElement… in a fresh world: any look pays them), entering the look 0.17-0.25 and the
 * address 0.17-0.36 (pure string work: lazily compiling the small functions is most of it), tag
 * counts 0.08-0.15, <main>/controls/<pre> 0.13-0.2, the prose sample 0.4-0.65, the headline
 * 0.15-0.26, the head's metadata 0.12-0.25, the structured data 0.37-0.67. In the trace of the
 * task that runs content.js on such pages, lazy compilation inside it is ~0.75 ms and compiling
 * the file ~1.6-2 ms. So the fixed part (wrappers and compiling) is already ~1 ms.
 * lookVerdict (what the content script runs) reads the parts in that order, cheapest and most
 * decisive first, and stops as soon as the rest cannot change the verdict; JSON-LD is parsed only
 * when it can name a type the look knows. Same verdicts on all 2,022 dev looks; the structured
 * data skipped on 14% (neutral) / 52% (real) of the pages the look rejects, the head's metadata
 * on 3% / 42%.
 *
 * Like the full finder it never mutates the page and reads only attributes and text.
 */
import { ARTICLE_TYPES, OTHER_TYPES } from "./metadata";

/** At most this many <p> elements are read: enough for any article's first screens. */
const MAX_PARAGRAPHS = 120;
/** Reading stops once one parent holds this much prose: an article, whatever follows. */
const ENOUGH_UNDER_ONE_PARENT = 3000;
/** A <p> needs this many visible characters to be a sentence of prose rather than a label. */
const MIN_PROSE_CHARS = 60;
/** …and at most this share of them in links (teasers and link lists are not prose). */
const MAX_PROSE_LINK_SHARE = 0.5;
/** A paragraph this long is a story's paragraph rather than a teaser or a caption. */
const LONG_PARAGRAPH_CHARS = 150;
/** JSON-LD beyond this many characters in all is not parsed (a page's own claims are short;
 *  megabytes of embedded data are a product catalogue or a state dump). */
const MAX_LD_CHARS = 200_000;
/** How deep JSON-LD is searched for @type (graphs, mainEntity). */
const MAX_LD_DEPTH = 6;
/** As in the full finder: a slug of this many words ("how-to-prune-clematis"); the depth and the
 *  headline's words count up to these. */
const SLUG_MIN_WORDS = 4;
const DEPTH_CAP = 5;
const HEADLINE_WORDS_CAP = 15;
/** More <article> elements than this make a listing. */
const MAX_STORY_ARTICLES = 2;
/** A page whose <p>s hold no prose at all but that has at least this many <br>s may set its
 *  paragraphs the old or plain way (text<br><br>text, in table cells, fonts and bare boxes): the
 *  look reads prose from <p>s only, so it cannot judge such a page's text, and without metadata
 *  (the norm on such pages) its sum would reject a story for what it does not declare. Unless its
 *  address speaks against an article (a forum's, whose posts are <br>-broken too: on WCXB dev
 *  that kept 10 of the 13 pages this would pass on rejected), it passes the page on to the full
 *  finder, which reads <br>-broken paragraphs. */
const UNREAD_PROSE_BREAKS = 10;

/** What the first look reads off a page, as numbers (0/1 for yes/no). */
export interface LookFeatures {
  /** JSON-LD or microdata says Article, NewsArticle, BlogPosting… / Product, ItemList, QAPage… */
  ldArticle: number;
  ldOther: number;
  /** og:type "article" / another og:type than "website". */
  ogArticle: number;
  ogOther: number;
  /** A publication date, an author in the metadata. */
  published: number;
  author: number;
  /** The address: the full finder's urlEvidence (-3…2), a slug of words, the path's depth. */
  url: number;
  slug: number;
  depth: number;
  /** <article> elements: one or two are a story, more the cards of a listing; a <main>. */
  articleElement: number;
  manyArticles: number;
  main: number;
  /** ln(1 + count) of links, of form controls, of code blocks on the page. */
  links: number;
  controls: number;
  codeBlocks: number;
  /** ln(1 + visible characters) of prose paragraphs in all, and of the most under one parent;
   *  ln(1 + long paragraphs); the share of the prose under that one parent. */
  prose: number;
  proseUnderOneParent: number;
  longParagraphs: number;
  oneParentShare: number;
  /** ln(1 + prose characters per link on the page). */
  prosePerLink: number;
  /** The first <h1>'s words (or the title's), and whether it asks a question. */
  headlineWords: number;
  headlineQuestion: number;
}

/**
 * How much each feature counts towards "maybe an article": a logistic regression fitted on WCXB
 * dev's 1,011 pages (each at its own address and at a neutral one), L2-regularised, predicting
 * what the first look stands in for: an article page that the full finder accepts (weighted 3:1).
 * The 38 dev articles the finder itself turns away count as pages to reject: Dramatis does
 * nothing on them either way. Refit with `npm run eval -- --only first-look --fit`.
 */
export const LOOK_WEIGHTS: Readonly<Record<keyof LookFeatures | "bias", number>> = {
  ldArticle: 2.2, ldOther: -2.8, ogArticle: 1.26, ogOther: -1.69, published: 0.16, author: 1.7,
  url: 3.2, slug: 0.94, depth: 0.42,
  articleElement: 1.67, manyArticles: -2.01, main: 0.39, links: 0.53, controls: -0.39, codeBlocks: -1.04,
  prose: -0.7, proseUnderOneParent: 0.29, longParagraphs: 1.31, oneParentShare: 3.01, prosePerLink: 0.91,
  headlineWords: 0.22, headlineQuestion: 1.73,
  bias: -7.58,
};
/** Pages scoring below this are rejected. In 10-fold cross-validation on WCXB dev it rejects 1
 *  of the 673 articles the full finder accepts at their own addresses (5 at neutral ones), 22 of
 *  all 711 articles, and 79% of the other pages (70% at neutral addresses); from -3 to -1 the
 *  articles lost the finder would accept stay at 1, above -1 they start to climb. */
export const REJECT_BELOW = -1;

export type FirstLookVerdict = "not-article" | "maybe";

export interface FirstLook {
  verdict: FirstLookVerdict;
  /** The weighted sum: > REJECT_BELOW goes on to the full finder. */
  score: number;
  /** Which part of the sum weighed more towards the verdict: what the page claims (metadata and
   *  address), or what it holds (structure and prose). For the eval's breakdown and debugging. */
  reason: "claims" | "content";
  features: LookFeatures;
  /** <p> elements read. */
  paragraphs: number;
}

interface Claims {
  article: boolean;
  other: boolean;
  published: boolean;
  author: boolean;
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
    if (o["author"]) claims.author = true;
  }
  if (o["@graph"]) collectTypes(o["@graph"], claims, depth + 1);
  if (o["mainEntity"]) collectTypes(o["mainEntity"], claims, depth + 1);
}

/** The metadata tags read, found by one native selector scan of the <head> (reading every <meta>
 *  from script costs a JS wrapper and three attribute reads per tag, and each selector another
 *  parse and scan: most of the first look's cost on a cold page in Chromium). */
const HEAD_TAGS =
  'meta[property="og:type" i],meta[name="og:type" i],meta[property="article:published_time" i],meta[name="date" i],' +
  'meta[name="datepublished" i],meta[itemprop="datePublished" i],meta[name="author" i],meta[property="article:author" i]';
/** JSON-LD and microdata can be anywhere: one scan of the whole page for both. */
const STRUCTURED = 'script[type="application/ld+json"],[itemtype],[itemprop="datePublished"]';
/** At most this many structured-data elements are read (a shop's listing marks up every product). */
const MAX_STRUCTURED = 50;

/** The claims of the <head>'s metadata tags (into `claims`); returns og:type, lower-case. */
function readHeadClaims(doc: Document, claims: Claims): string | null {
  let ogType: string | null = null;
  const tags = (doc.head ?? doc).querySelectorAll(HEAD_TAGS);
  for (let i = 0; i < tags.length; i++) {
    const m = tags[i]!;
    const content = m.getAttribute("content")?.trim();
    if (m.getAttribute("itemprop")?.toLowerCase() === "datepublished") claims.published = true;
    if (!content) continue;
    const key = (m.getAttribute("property") ?? m.getAttribute("name") ?? "").toLowerCase();
    if (key === "og:type") ogType ??= content.toLowerCase();
    else if (key === "author" || key === "article:author") claims.author = true;
    else if (key) claims.published = true;
  }
  return ogType;
}

/** Each type collectTypes looks for, as it stands in JSON source: in quotes. Made when a page's
 *  JSON-LD is first read, not when content.js is evaluated (on every page). */
let quotedTypes: string[] | undefined;

/** Whether JSON `text` can hold a string equal to one of the types collectTypes looks for (and
 *  so whether it is worth parsing: most pages' JSON-LD names only WebSite, Organization,
 *  BreadcrumbList…). The names are letters only, so such a string is written out in quotes
 *  unless a \u escape spells some of it. */
function mayNameAType(text: string): boolean {
  if (text.includes("\\u")) return true;
  const quoted = (quotedTypes ??= [...ARTICLE_TYPES, ...OTHER_TYPES].map((t) => `"${t}"`));
  for (let i = 0; i < quoted.length; i++) if (text.includes(quoted[i]!)) return true;
  return false;
}

/** The claims of the page's structured data, JSON-LD and microdata (into `claims`). */
function readStructuredClaims(doc: Document, claims: Claims): void {
  const found = doc.querySelectorAll(STRUCTURED);
  let ldChars = 0;
  for (let i = 0; i < found.length && i < MAX_STRUCTURED; i++) {
    const el = found[i]!;
    if (el.localName === "script") {
      const text = el.textContent ?? "";
      ldChars += text.length;
      if (ldChars > MAX_LD_CHARS || !mayNameAType(text)) continue;
      try {
        collectTypes(JSON.parse(text), claims, 0);
      } catch {
        // malformed JSON-LD is common; the other claims still count
      }
      continue;
    }
    const itemtype = el.getAttribute("itemtype");
    if (itemtype === null) {
      claims.published = true;
      continue;
    }
    const t = itemtype.trim().split(/\s+/)[0]?.split("/").pop();
    if (t && ARTICLE_TYPES.has(t)) claims.article = true;
    else if (t && OTHER_TYPES.has(t)) claims.other = true;
  }
}

/** The page's own claims in its metadata. */
function readClaims(doc: Document): { claims: Claims; ogType: string | null } {
  const claims: Claims = { article: false, other: false, published: false, author: false };
  const ogType = readHeadClaims(doc, claims);
  readStructuredClaims(doc, claims);
  return { claims, ogType };
}

// What the address says, read as the full finder's urlEvidence reads it (a unit test holds the
// two equal) but with set lookups instead of regular expressions: compiling those is most of
// the first look's cost on a cold page.
const HOSTS_OTHER = new Set(["doc", "docs", "forum", "forums", "community", "discuss", "support", "help", "wiki", "api", "shop", "store"]);
const SEGMENTS_FAR = new Set([
  "forum", "forums", "thread", "threads", "topic", "discussion", "discussions", "questions", "community",
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

/** Words of the path's last segment (the one before it when the last is a number: /story/12345),
 *  and the path's depth, as the full finder reads them. */
function slugAndDepth(pathname: string): { slugWords: number; depth: number } {
  const segments = pathname.split("/").filter(Boolean);
  let last = segments[segments.length - 1] ?? "";
  const dot = last.lastIndexOf(".");
  if (dot > 0 && WEB_EXTENSIONS.has(last.slice(dot + 1).toLowerCase())) last = last.slice(0, dot);
  if (segments.length > 1 && isNumberish(last)) last = segments[segments.length - 2]!;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < last.length; i++) {
    const c = last[i]!;
    const sep = c === "-" || c === "_" || c === "+" || c === ".";
    if (!sep && !inWord) words++;
    inWord = !sep;
  }
  return { slugWords: words, depth: segments.length };
}
const WEB_EXTENSIONS = new Set(["html", "htm", "php", "asp", "aspx", "cfm"]);
/** Digits and dashes only (the full finder's /^[\d-]+$/). */
function isNumberish(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 45 && (c < 48 || c > 57)) return false;
  }
  return s.length > 0;
}

const SPACES = /[\s\u00a0]+/g;
const QUESTION = /^(?:how|what|why|when|where|who|which|is|are|can|should|do|does)\b|\?/i;

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

/** Prose in the page's first paragraphs: in all, the most under one parent, long paragraphs. */
function proseSample(doc: Document): { all: number; oneParent: number; long: number; read: number } {
  const ps = doc.getElementsByTagName("p");
  const byParent = new Map<Element | null, number>();
  let all = 0;
  let oneParent = 0;
  let long = 0;
  let read = 0;
  const n = Math.min(ps.length, MAX_PARAGRAPHS);
  while (read < n && oneParent < ENOUGH_UNDER_ONE_PARENT) {
    const p = ps[read++]!;
    const text = p.textContent ?? "";
    // too short even before its spaces are taken out: no need to count them
    if (text.length < MIN_PROSE_CHARS) continue;
    const chars = visible(text);
    if (chars < MIN_PROSE_CHARS || linkChars(p) > chars * MAX_PROSE_LINK_SHARE) continue;
    all += chars;
    if (chars >= LONG_PARAGRAPH_CHARS) long++;
    const parent = p.parentElement;
    const under = (byParent.get(parent) ?? 0) + chars;
    byParent.set(parent, under);
    if (under > oneParent) oneParent = under;
  }
  return { all, oneParent, long, read };
}

/** What the address says: urlEvidence's reading, a slug of words, the path's depth. */
function addressFeatures(url: string | Address): Pick<LookFeatures, "url" | "slug" | "depth"> {
  let pathname = "";
  if (typeof url === "string") {
    try {
      pathname = new URL(url).pathname;
    } catch {
      pathname = "";
    }
  } else pathname = url.pathname;
  const { slugWords, depth } = slugAndDepth(pathname);
  return { url: addressShape(url), slug: slugWords >= SLUG_MIN_WORDS ? 1 : 0, depth: Math.min(depth, DEPTH_CAP) };
}

/** The claims in the metadata, as features. */
function claimFeatures(doc: Document): Pick<LookFeatures, "ldArticle" | "ldOther" | "ogArticle" | "ogOther" | "published" | "author"> {
  const { claims, ogType } = readClaims(doc);
  return {
    ldArticle: claims.article ? 1 : 0,
    ldOther: claims.other ? 1 : 0,
    ogArticle: ogType === "article" ? 1 : 0,
    ogOther: ogType && ogType !== "article" && ogType !== "website" ? 1 : 0,
    published: claims.published ? 1 : 0,
    author: claims.author ? 1 : 0,
  };
}

/** Most <h1>s read for the headline (a page with more is a listing's cards or a template's). */
const MAX_H1S = 8;
/** The <h1> the title names, the longest when several are in it: an older page sets its site's or
 *  blog's name in an <h1> above the story's ("Market Insider" over "Fed's Statement on Operation
 *  Twist…", the title "…: Fed's Statement on Operation Twist with a Twist - CNBC"). Else the first. */
function headlineH1(doc: Document): Element | undefined {
  const h1s = doc.getElementsByTagName("h1");
  if (h1s.length < 2) return h1s[0];
  const title = (doc.title ?? "").replace(SPACES, " ").toLowerCase();
  let best: Element | undefined;
  let bestLength = 0;
  for (let i = 0; i < h1s.length && i < MAX_H1S; i++) {
    const text = (h1s[i]!.textContent ?? "").replace(SPACES, " ").trim().toLowerCase();
    if (text.length > bestLength && title.includes(text)) [best, bestLength] = [h1s[i], text.length];
  }
  return best ?? h1s[0];
}

/** The headline's words and whether it asks a question: the <h1> (headlineH1), or the title. */
function headlineFeatures(doc: Document): Pick<LookFeatures, "headlineWords" | "headlineQuestion"> {
  const h1 = headlineH1(doc);
  const headline = (h1?.textContent ?? "").trim() || (doc.title ?? "").trim();
  const headlineWords = headline ? headline.split(SPACES).length : 0;
  return { headlineWords: Math.min(headlineWords, HEADLINE_WORDS_CAP), headlineQuestion: QUESTION.test(headline) ? 1 : 0 };
}

/** Everything the first look reads, and how many paragraphs it read for it. */
export function lookFeatures(doc: Document, url: string | Address = doc.URL): { features: LookFeatures; paragraphs: number } {
  const claims = claimFeatures(doc);
  const address = addressFeatures(url);
  const count = (tag: string): number => doc.getElementsByTagName(tag).length;
  const articles = count("article");
  const links = count("a");
  const sample = proseSample(doc);
  const headline = headlineFeatures(doc);
  // the keys in LOOK_WEIGHTS' order: firstLook sums them in this order
  const features: LookFeatures = {
    ...claims,
    ...address,
    articleElement: articles > 0 ? 1 : 0,
    manyArticles: articles > MAX_STORY_ARTICLES ? 1 : 0,
    main: count("main") > 0 ? 1 : 0,
    links: Math.log1p(links),
    controls: Math.log1p(count("input") + count("select") + count("textarea") + count("button")),
    codeBlocks: Math.log1p(count("pre")),
    prose: Math.log1p(sample.all),
    proseUnderOneParent: Math.log1p(sample.oneParent),
    longParagraphs: Math.log1p(sample.long),
    oneParentShare: sample.all ? sample.oneParent / sample.all : 0,
    prosePerLink: Math.log1p(sample.all / Math.max(links, 1)),
    ...headline,
  };
  return { features, paragraphs: sample.read };
}

/** Whether the page's text may be prose the look cannot read and nothing it says argues against
 *  an article: no prose in its <p>s, an address that says nothing against one (`url`, the
 *  addressShape feature, >= 0), and enough <br>s to break paragraphs with (UNREAD_PROSE_BREAKS).
 *  `prose` is the sample's feature (0 when no <p> holds prose). */
function unreadProse(doc: Document, prose: number, url: number): boolean {
  return prose === 0 && url >= 0 && doc.getElementsByTagName("br").length >= UNREAD_PROSE_BREAKS;
}

const CLAIM_FEATURES: ReadonlySet<keyof LookFeatures> = new Set(["ldArticle", "ldOther", "ogArticle", "ogOther", "published", "author", "url", "slug", "depth"]);

export function firstLook(doc: Document, url: string | Address = doc.URL): FirstLook {
  const { features, paragraphs } = lookFeatures(doc, url);
  let score = LOOK_WEIGHTS.bias;
  let claims = 0;
  for (const k in features) {
    const key = k as keyof LookFeatures;
    const points = features[key] * LOOK_WEIGHTS[key];
    score += points;
    if (CLAIM_FEATURES.has(key)) claims += points;
  }
  const content = score - LOOK_WEIGHTS.bias - claims;
  const verdict: FirstLookVerdict = score < REJECT_BELOW && !unreadProse(doc, features.prose, features.url) ? "not-article" : "maybe";
  // the part that pushed hardest towards the verdict
  const reason = (verdict === "maybe") === claims > content ? "claims" : "content";
  return { verdict, score, reason, features, paragraphs };
}

/** The least and the most a group of features can add to the score (`part`: each feature's
 *  largest value; all are 0 at their smallest). */
function range(part: Partial<Record<keyof LookFeatures, number>>): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (const k in part) {
    const w = LOOK_WEIGHTS[k as keyof LookFeatures] * part[k as keyof LookFeatures]!;
    if (w < 0) min += w;
    else max += w;
  }
  return { min, max };
}
const HEADLINE_RANGE = range({ headlineWords: HEADLINE_WORDS_CAP, headlineQuestion: 1 });
/** The <head>'s og:type (article and another type exclude each other, but the bound need not
 *  know), and the structured data's types. */
const OG_RANGE = range({ ogArticle: 1, ogOther: 1 });
const LD_RANGE = range({ ldArticle: 1, ldOther: 1 });
/** A date and an author count once, whichever of the two places says so. */
const [PUBLISHED_W, AUTHOR_W] = [LOOK_WEIGHTS.published, LOOK_WEIGHTS.author];

/**
 * firstLook's verdict, for the content script, reading no more of the page than it needs: what
 * needs no element (the address, native tag counts) and the prose first, then the headline, the
 * <head>'s metadata, and last the structured data (a selector scan of the whole page, and
 * parsing any JSON-LD), each only while the least and the most the parts not yet read could add
 * to the sum leave the verdict open. The same verdict as firstLook's on every page (a unit test
 * and the eval compare the two); `stages`, when given, gets the name of each part read.
 */
export function lookVerdict(doc: Document, url: string | Address = doc.URL, stages?: string[]): FirstLookVerdict {
  const count = (tag: string): number => doc.getElementsByTagName(tag).length;
  const articles = count("article");
  const links = count("a");
  const W = LOOK_WEIGHTS;
  const address = addressFeatures(url);
  let score = W.bias + address.url * W.url + address.slug * W.slug + address.depth * W.depth;
  if (articles > 0) score += W.articleElement;
  if (articles > MAX_STORY_ARTICLES) score += W.manyArticles;
  if (count("main") > 0) score += W.main;
  score += Math.log1p(links) * W.links;
  // four tag counts, not one selector list ("input,select,textarea,button"), which Chromium
  // matches against every element: the step took 0.24-0.26 ms cold (0.15 run again warm), the
  // four counts 0.11-0.12 (0.0 warm), mean of 20 WCXB dev-other pages the look rejects, session 31
  score += Math.log1p(count("input") + count("select") + count("textarea") + count("button")) * W.controls;
  score += Math.log1p(count("pre")) * W.codeBlocks;
  const sample = proseSample(doc);
  stages?.push("prose");
  if (unreadProse(doc, sample.all, address.url)) return "maybe";
  score += Math.log1p(sample.all) * W.prose + Math.log1p(sample.oneParent) * W.proseUnderOneParent + Math.log1p(sample.long) * W.longParagraphs;
  if (sample.all) score += (sample.oneParent / sample.all) * W.oneParentShare;
  score += Math.log1p(sample.all / Math.max(links, 1)) * W.prosePerLink;
  // what the rest can still add: the headline, og:type, the structured data's types, a date and
  // an author (from either place) while neither has been read
  let min = HEADLINE_RANGE.min + OG_RANGE.min + LD_RANGE.min + Math.min(0, PUBLISHED_W) + Math.min(0, AUTHOR_W);
  let max = HEADLINE_RANGE.max + OG_RANGE.max + LD_RANGE.max + Math.max(0, PUBLISHED_W) + Math.max(0, AUTHOR_W);
  const open = (): boolean => score + max >= REJECT_BELOW && score + min < REJECT_BELOW;
  if (!open()) return score + max < REJECT_BELOW ? "not-article" : "maybe";
  stages?.push("headline");
  const headline = headlineFeatures(doc);
  score += headline.headlineWords * W.headlineWords + headline.headlineQuestion * W.headlineQuestion;
  [min, max] = [min - HEADLINE_RANGE.min, max - HEADLINE_RANGE.max];
  if (!open()) return score + max < REJECT_BELOW ? "not-article" : "maybe";
  stages?.push("head");
  const claims: Claims = { article: false, other: false, published: false, author: false };
  const ogType = readHeadClaims(doc, claims);
  if (ogType === "article") score += W.ogArticle;
  else if (ogType && ogType !== "website") score += W.ogOther;
  [min, max] = [min - OG_RANGE.min, max - OG_RANGE.max];
  // a date or an author the head names is counted now, and the structured data cannot add it again
  const [published, author] = [claims.published, claims.author];
  if (published) [score, min, max] = [score + PUBLISHED_W, min - Math.min(0, PUBLISHED_W), max - Math.max(0, PUBLISHED_W)];
  if (author) [score, min, max] = [score + AUTHOR_W, min - Math.min(0, AUTHOR_W), max - Math.max(0, AUTHOR_W)];
  if (!open()) return score + max < REJECT_BELOW ? "not-article" : "maybe";
  stages?.push("structured");
  readStructuredClaims(doc, claims);
  if (claims.article) score += W.ldArticle;
  if (claims.other) score += W.ldOther;
  if (claims.published && !published) score += PUBLISHED_W;
  if (claims.author && !author) score += AUTHOR_W;
  return score < REJECT_BELOW ? "not-article" : "maybe";
}
