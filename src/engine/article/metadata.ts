/**
 * What the page says about itself: JSON-LD, Open Graph and <meta> tags, the title and byline.
 * No CSS selectors: jsdom's selector engine made them most of the finder's time, so the few
 * elements needed here are collected by the finder's one walk over the body (`PageFacts`) and
 * by tag-name lookups, which are a plain tree scan.
 */
import { isBlockTag, isHidden, isNeverTextTag, squash, words } from "./dom";
import { lazyPattern, lazyWords } from "./word-set";

/** Elements of the body the metadata needs, gathered during the finder's walk. */
export interface PageFacts {
  /** schema.org types named by itemtype attributes. */
  itemtypes: string[];
  /** An element carries itemprop="datePublished". */
  datePublished: boolean;
  hasArticleElement: boolean;
  /** <article> elements: one is a story, many are the cards of a listing. */
  articles: number;
  /** Form controls (button, input, select, textarea) in the body. */
  controls: number;
  /** <h1> and <h2> elements in document order. */
  headings: Element[];
  /** Byline candidates by how sure their markup is: 0 rel/itemprop=author, 1 byline class, 2 author class. */
  bylines: [Element[], Element[], Element[]];
}

export function emptyFacts(): PageFacts {
  return { itemtypes: [], datePublished: false, hasArticleElement: false, articles: 0, controls: 0, headings: [], bylines: [[], [], []] };
}

const BYLINE_CLASS = /byline|author-?name|authorname/;
const AUTHOR_CLASS = /(?:^|[\s_-])(?:author|authors|post-author|entry-author|article-author)(?=$|[\s_-])/;

/**
 * Records what one element tells about the page; called once per element of the body, with
 * what the finder has already read of it: its tag, class and id (`ci`), whether it has
 * attributes at all, and its itemprop.
 */
export function noteElement(el: Element, tag: string, ci: string, facts: PageFacts, attributed: boolean, itemprop: string | null): void {
  if (tag === "h1" || tag === "h2") facts.headings.push(el);
  else if (tag === "article") {
    facts.hasArticleElement = true;
    facts.articles++;
  }
  if (!attributed) return;
  const itemtype = el.getAttribute("itemtype");
  if (itemtype) {
    const t = itemtype.trim().split(/\s+/)[0]!.split("/").pop();
    if (t) facts.itemtypes.push(t);
  }
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
  /** Which of ldAuthors are typed as an organisation (the publisher, not a writer). */
  ldAuthorOrgs?: boolean[];
  metaAuthor: string | null;
  published: boolean;
  /** An Open Graph article:published_time tag. Apart from \`published\` (which also takes a
   *  JSON-LD datePublished, that CMSs write for every page of a site): the tag is the page's own
   *  claim to be a post of a date, which publishing tools write for posts and not for the site's
   *  fixed pages (a WordPress "page" gets og:type article and a modified time, no published one). */
  publishedTime: boolean;
  siteName: string | null;
  /** JSON-LD nodes by @id, to resolve author references. */
  ldNodes: Map<string, Record<string, unknown>>;
  /** The first article-like node's author value, as written. */
  ldAuthorValue?: unknown;
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
  const id = o["@id"];
  if (typeof id === "string" && typeof o["name"] === "string") meta.ldNodes.set(id, o);
  const type = o["@type"];
  const types = Array.isArray(type) ? type : type ? [type] : [];
  const typeNames = types.filter((t): t is string => typeof t === "string");
  for (const t of typeNames) meta.types.add(t);
  const articleLike = typeNames.some((t) => ARTICLE_TYPES.has(t));
  if (articleLike) {
    if (!meta.ldHeadline && typeof o["headline"] === "string") meta.ldHeadline = decodeEntities(squash(o["headline"]));
    // resolved once every node is known: a graph names its Person after the article
    if (meta.ldAuthorValue === undefined) meta.ldAuthorValue = o["author"] ?? o["creator"];
    if (o["datePublished"]) meta.published = true;
  }
  if (o["@graph"]) collectLd(o["@graph"], meta, depth + 1);
  if (o["mainEntity"] && typeof o["mainEntity"] === "object") collectLd(o["mainEntity"], meta, depth + 1);
}

interface LdAuthor {
  name: string;
  org: boolean;
}

/** schema.org types of a publisher rather than a person who wrote. */
const ORG_TYPES = lazyWords("Organization NewsMediaOrganization Corporation EducationalOrganization GovernmentOrganization NGO LocalBusiness Brand WebSite");

/** Author names of a JSON-LD author value; `{"@id": …}` references (Yoast's graphs) are looked up. */
function authorNames(a: unknown, nodes: Map<string, Record<string, unknown>>): LdAuthor[] {
  if (!a) return [];
  if (typeof a === "string") return looksLikeUrl(a) ? [] : [{ name: decodeEntities(squash(a)), org: false }];
  if (Array.isArray(a)) return a.flatMap((x) => authorNames(x, nodes));
  if (typeof a === "object") {
    let o = a as Record<string, unknown>;
    const ref = o["@id"];
    if (typeof o["name"] !== "string" && typeof ref === "string") o = nodes.get(ref) ?? o;
    const name = o["name"];
    const type = o["@type"];
    const org = (Array.isArray(type) ? type : [type]).some((t) => typeof t === "string" && ORG_TYPES.has(t));
    if (typeof name === "string" && !looksLikeUrl(name)) return [{ name: decodeEntities(squash(name)), org }];
  }
  return [];
}

/** JSON-LD written by templates often carries HTML entities ("Maria &amp; Katerina"). */
function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  const named: Record<string, string> = { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">", nbsp: " " };
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return named[e.toLowerCase()] ?? m;
  });
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
    publishedTime: get("article:published_time") !== null,
    siteName: get("og:site_name"),
    ldNodes: new Map(),
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
  const ld = authorNames(meta.ldAuthorValue, meta.ldNodes);
  meta.ldAuthors = ld.map((a) => a.name);
  meta.ldAuthorOrgs = ld.map((a) => a.org);
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
  const notSiteName = siteNameTest(meta, docTitle);
  const h1s = facts.headings
    .filter((h) => h.localName === "h1" && !linksHome(h))
    .map((h) => squash(h.textContent))
    .filter((t) => t.length > 0 && notSiteName(t));
  const inRoots = near
    .flatMap((r) => facts.headings.filter((h) => r.contains(h)).slice(0, 2))
    .map((h) => squash(h.textContent))
    .filter(notSiteName);
  const claimedWords = claimed.map(words);
  const agreeing = (t: string): boolean => {
    const w = words(t);
    return w.length > 0 && claimedWords.some((cw) => {
      return cw === w || (w.length >= 10 && cw.includes(w)) || (cw.length >= 10 && w.includes(cw) && cw.length > w.length * 0.6);
    });
  };
  // a heading of the body itself first: an <h1> elsewhere may be the site's name that its
  // og:title repeats
  const h = inRoots.find(agreeing) ?? h1s.find(agreeing);
  if (h) return h;
  // the headline the reader sees beside the body beats a title rewritten for search and sharing
  const visible = headlineBeside(facts, near, notSiteName);
  if (visible) return visible;
  if (meta.ldHeadline) return meta.ldHeadline;
  const fromMeta = meta.ogTitle ?? docTitle;
  if (fromMeta) return stripSiteName(fromMeta, meta.siteName);
  return h1s[0] ?? "";
}

/**
 * A test that a heading is not the site's name (og:site_name, or a short part of <title> other
 * than its first: titles are written "Headline | Site", so a heading equal to the first part is
 * the headline however short, "Climate Change | Economic Research Service").
 */
function siteNameTest(meta: PageMeta, docTitle: string): (t: string) => boolean {
  const site = words(meta.siteName);
  const titleParts = docTitle.split(TITLE_SEPARATORS).map(words).filter(Boolean);
  const longest = titleParts.reduce((a, b) => (b.length > a.length ? b : a), "");
  return (t: string): boolean => {
    const w = words(t);
    if (!w) return false;
    if (site && (w === site || site.includes(w))) return false;
    return !(titleParts.length > 1 && titleParts.includes(w) && w !== longest && w !== titleParts[0]);
  };
}

/** A logo heading: it links to the site's front page. */
function linksHome(h: Element): boolean {
  const links = h.getElementsByTagName("a");
  for (let i = 0; i < links.length; i++) {
    const href = links[i]!.getAttribute("href");
    if (!href) continue;
    try {
      const u = new URL(href, h.ownerDocument.URL);
      if (u.pathname === "/" || u.pathname === "") return true;
    } catch {
      // an unparsable href is no evidence either way
    }
  }
  return false;
}

const MIN_HEADLINE_WORDS = 3;

/** The first <h1> inside the body, else the last one before it; never the site's name. */
function headlineBeside(facts: PageFacts, roots: Element[], notSiteName: (t: string) => boolean): string | null {
  const root = roots[0];
  if (!root) return null;
  // a heading of one or two words that the page's metadata does not repeat is a section label
  // ("Our Blog", "News"), not the headline
  const plausible = (t: string): boolean => words(t).split(" ").length >= MIN_HEADLINE_WORDS && t.length <= 250 && notSiteName(t);
  const h = headingBeside(facts, root, plausible);
  return h ? squash(h.textContent) : null;
}

/** A paragraph this long is the story under way (the headline stands above it). */
const STORY_PARAGRAPH_CHARS = 150;
/** How many of the root's <p>s are read for its first paragraph of prose. */
const STORY_PARAGRAPH_LOOKS = 40;

/**
 * The first <h1> inside the root whose text passes `ok` and that stands above the story's first
 * paragraph of prose, else the last such one before the root. An <h1> after the story has begun
 * heads a box the template appended ("A message from our co-founder:", a newsletter's pitch),
 * never the story.
 */
function headingBeside(facts: PageFacts, root: Element, ok: (t: string) => boolean): Element | null {
  let before: Element | null = null;
  let prose: Element | null | undefined;
  const storyBegun = (h: Element): boolean => {
    if (prose === undefined) {
      prose = null;
      const ps = root.getElementsByTagName("p");
      for (let i = 0; i < ps.length && i < STORY_PARAGRAPH_LOOKS; i++) {
        if ((ps[i]!.textContent ?? "").length >= STORY_PARAGRAPH_CHARS) {
          prose = ps[i]!;
          break;
        }
      }
    }
    // 4: Node.DOCUMENT_POSITION_FOLLOWING (the engine names no DOM globals)
    return prose !== null && (prose.compareDocumentPosition(h) & 4) !== 0;
  };
  for (const h of facts.headings) {
    if (h.localName !== "h1" || linksHome(h)) continue;
    const pos = root.compareDocumentPosition(h);
    const t = squash(h.textContent);
    if (pos & 16 /* inside the root */) {
      if (ok(t) && !storyBegun(h)) return h;
    } else if (pos & 2 /* before the root */) {
      if (ok(t)) before = h;
    } else break;
  }
  return before;
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

// "Written byDan Pantelo" (a template glued the label to the name) reads as "Dan Pantelo"
const BY_PREFIX = /^(?:(?:written|posted|published|reviewed|authored|story|text|words|reporting)\s+by\s*[:-]?\s*|by\s*[:-]?\s+|author(?:s|\(s\))?\s*:\s*)/i;
/** "ByAmy Roeder": a "By" glued to a capitalised word is the label (no name starts "ByA"; "Byron"
 *  and "BYRNE" go on, as the letter after the capital is no lower-case one or none is capital). */
const GLUED_BY = /^[Bb][Yy](?=[A-Z][a-z])/;

const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
/** Where a date glued to a name starts ("Nick van Mead2022-11-23", "Chris Carroll30 Sep 2022"). */
const GLUED_DATE = lazyPattern(() => new RegExp(`\\d{4}-\\d\\d|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d|${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4}`, "i"));
/** A line opening on a weekday before a date ("Sat, 20 Dec, 2025 - 06:36") is a dateline. */
const WEEKDAY_DATE = lazyPattern(() => new RegExp(`^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+(?:\\d|${MONTH}\\s+\\d)`, "i"));

/** A month and day alone ("Jun 2"): the date of a post from this year. */
const MONTH_DAY = lazyPattern(() => new RegExp(`^${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?$`, "i"));
/** A line opening on a time of day ("6:01 PM ET"). */
const CLOCK = /^\d{1,2}:\d\d/;

const HAS_DIGIT = /\d/;
const ASCII_LETTER = /[A-Za-z]/;
/** No ASCII letter, nor any character outside ASCII, NBSP, © « ® · » and General Punctuation
 *  (none of which is a letter): then no letter at all, without the costly Unicode class. */
// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included, on purpose
const MAYBE_LETTER = /[^\u0000-\u007f\u00a0\u00a9\u00ab\u00ae\u00b7\u00bb\u2000-\u206f]/;
function hasLetter(t: string): boolean {
  return ASCII_LETTER.test(t) || (MAYBE_LETTER.test(t) && /\p{L}/u.test(t));
}

/** Labels a byline's markup puts before (or above) the name, with nothing after them. */
const BARE_LABEL = /^(?:by|updated|posted|published|written|author|authors|author\(s\)|the author|staff)$/i;

function cleanByline(s: string | null | undefined): string | null {
  if (!s) return null;
  let t = squash(s).replace(GLUED_BY, "").replace(BY_PREFIX, "");
  // cut trailing dates/roles glued on by templates ("Jane Doe | May 3, 2024", "Jane Doe, Staff",
  // "Posted by David at December 16, 2025")
  t = t.split(/\s+[|•·]\s+|\s+(?:on|at|updated|published)\s+(?=\w+\s+\d)/i)[0]!.trim();
  // both patterns need a digit; most bylines have none, and need neither compiled
  const digits = HAS_DIGIT.test(t);
  if (digits) t = t.replace(/\s*\d+\s*min(?:ute)?s?\s+read\b.*$/i, "");
  const date = digits ? GLUED_DATE.exec(t) : null;
  // a line that starts with its date ("August 28, 2025 • 5 min read") names no one
  if (date && date.index === 0) return null;
  if (digits && (WEEKDAY_DATE.test(t) || CLOCK.test(t) || MONTH_DAY.test(t))) return null;
  if (date) t = t.slice(0, date.index).trim();
  t = t.replace(/^[\s,;:|•·●-]+|[\s,;|•·●-]+$/g, "");
  // a label with nothing after it ("Posted by:", "Jane says:", "Written By", "Updated") is not a name
  if (t.endsWith(":") || /(?:^|\s)by$/i.test(t) || BARE_LABEL.test(t)) return null;
  if (!t || t.length > 120 || looksLikeUrl(t)) return null;
  if (!hasLetter(t)) return null;
  return t;
}

const BYLINE_MAX_CHARS = 80;

/** A byline box is a line or two; an element with more text is an author's bio, a card or the
 *  story (a template's class like "author-jane" on <article> or <body>). */
const BYLINE_BOX_MAX_CHARS = 200;

/**
 * An element's text as the lines a reader sees: block edges and <br> end a line, so a name and
 * the role or date laid out under it ("Jane Doe" / "Staff Writer") do not run together as
 * textContent runs them ("Jane DoeStaff Writer"). Superscripts are left out: they are the
 * affiliation marks of a paper's authors ("Jane Doe¹"). Null for a box longer than a byline's,
 * or one that holds a form control (a comment form's "Name *").
 */
function textLines(el: Element): string[] | null {
  const lines: string[] = [];
  let line = "";
  let chars = 0;
  let ok = true;
  const visit = (n: Element, depth: number): void => {
    for (let c = n.firstChild; c && ok; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const data = (c as Text).data;
        line += data;
        chars += data.length;
        if (chars > BYLINE_BOX_MAX_CHARS * 2 && squash(lines.join(" ") + line).length > BYLINE_BOX_MAX_CHARS) ok = false;
      } else if (c.nodeType === 1 && depth < 16) {
        const e = c as Element;
        const tag = e.localName;
        if (tag === "input" || tag === "textarea" || tag === "select") ok = false;
        // a button's label is text a reader sees (sites make the author's name one, for a card)
        if ((isNeverTextTag(tag) && tag !== "button") || tag === "sup" || isHidden(e)) continue;
        const breaks = tag === "br" || isBlockTag(tag);
        if (breaks) {
          lines.push(line);
          line = "";
        }
        visit(e, depth + 1);
        if (breaks) {
          lines.push(line);
          line = "";
        }
      }
    }
  };
  visit(el, 0);
  lines.push(line);
  if (!ok) return null;
  const out = lines.map(squash).filter(Boolean);
  return out.join(" ").length > BYLINE_BOX_MAX_CHARS ? null : out;
}

/** A line that is a label or a date and time, over or before the name. */
const LEAD_LINE = /^(?:(?:written|posted|published|reviewed|authored|story|words|reporting)\s+by|by|authors?|author\(s\)|the author)\s*:?$|^\d/i;

/** Words a name holds in lower case ("Ludwig van Beethoven", "Matt De La O"). */
const NAME_PARTICLES = lazyWords("and van von de der den da di du del la le bin al y of the");
/** Every word capitalised but a name's particles: "Julian K. Arni", not "Heard on All Things". */
function nameLike(t: string): boolean {
  return t.split(/[\s,&]+/).every((w) => !w || NAME_PARTICLES.has(w) || !/^[a-z]/.test(w));
}

/** `a` is one to three letters, the initials of the words of `b` (or its first letter). */
function initialsOf(a: string, b: string): boolean {
  if (a.length > 3 || !hasLetter(a)) return false;
  const x = a.toLowerCase();
  const w = words(b).split(" ");
  return w.map((p) => p[0]).join("").startsWith(x);
}

/** The byline an element gives: its first line, or the line after a label or a date on top
 *  ("Written by" / "Jane Doe", "Dec 17, 2025" / "Jane Doe"). */
function bylineOf(el: Element): string | null {
  const lines = textLines(el);
  if (!lines?.length) return null;
  // an avatar's initials over the name ("NB" / "Nicole Burke") are no byline
  if (lines.length > 1 && initialsOf(lines[0]!, lines[1]!)) lines.shift();
  const first = cleanByline(lines[0]);
  if (first) return first.length < BYLINE_MAX_CHARS ? first : null;
  if (lines.length < 2) return null;
  const label = LEAD_LINE.test(lines[0]!);
  // under a date, only a name: a date line is followed by anything ("Heard on All Things Considered")
  const dated = !label && (GLUED_DATE.exec(lines[0]!)?.index === 0 || WEEKDAY_DATE.test(lines[0]!) || MONTH_DAY.test(lines[0]!));
  const b = label || dated ? cleanByline(lines[1]) : null;
  if (dated && b && !nameLike(b)) return null;
  return b && b.length < BYLINE_MAX_CHARS ? b : null;
}

/** Names as English lists them in a byline: "A", "A and B", "A, B and C". */
function joinNames(names: string[]): string {
  const seen = new Set<string>();
  const u = names.filter((n) => {
    const w = words(n);
    return !seen.has(w) && !!seen.add(w);
  });
  return u.length <= 1 ? (u[0] ?? "") : `${u.slice(0, -1).join(", ")} and ${u[u.length - 1]!}`;
}

/**
 * A name that is no writer's: the publisher (a schema.org organisation, the site's own name or
 * its host) or a CMS login ("jdoe42", "jane.doe"). Sites put these in their metadata's author
 * while the page names the person who wrote; they are the answer only when nobody else is.
 */
function weakAuthor(name: string, org: boolean, site: string, host: string): boolean {
  if (org) return true;
  const w = words(name);
  // only the site's exact name: a personal site is often named after its author ("Jane Doe
  // Photography")
  if (w === site) return true;
  if (w.length >= 4 && ` ${host} `.includes(` ${w} `)) return true;
  return !name.includes(" ") && (HAS_DIGIT.test(name) || /[a-z][._][a-z]/i.test(name));
}

/**
 * The byline the page's markup holds: candidates by how sure their markup is, those near the
 * article first. A byline box around a more specific one ("author" around "author-name" and
 * "author-role") gives the inner one's name, unless the box lists more names after it.
 */
function markedByline(facts: PageFacts, roots: Element[], anywhere: boolean): string | null {
  for (const group of facts.bylines) {
    // the byline near the article first, then anywhere on the page
    const near = group.filter((e) => roots.some((r) => r.contains(e)));
    const ordered = anywhere ? [...near, ...group] : near;
    for (const el of ordered) {
      const b = bylineOf(el);
      if (!b) continue;
      for (const inner of group) {
        if (inner === el || !el.contains(inner)) continue;
        const i = bylineOf(inner);
        if (!i || i === b) continue;
        if (b.startsWith(i) && !/^\s*(?:,|and\b|&)/i.test(b.slice(i.length))) return i;
        break;
      }
      return b;
    }
  }
  return null;
}

/** A label the name follows in the next text ("Written by" | "Jane Doe"). */
const LABEL_TEXT = /^(?:(?:written|posted|published|authored|story|words|reporting)\s+by|by|authors?|author\(s\))\s*:?$/i;
/** "By Jane Doe" in one text. */
const BY_TEXT = /^(?:(?:[Ww]ritten|[Pp]osted|[Pp]ublished|[Aa]uthored|[Ss]tory|[Ww]ords|[Rr]eporting)\s+)?(?:[Bb]y|BY)\s*:?\s*[A-Z\u00c0-\u00de]/;
/** How many texts after the headline are searched, and how long a text of prose is: the search
 *  ends at the third (a standfirst and a photo's caption often come between headline and byline;
 *  then the story has begun). */
const NEAR_HEADLINE_TEXTS = 30;
const PROSE_CHARS = 150;
const PROSE_TEXTS = 3;

/**
 * The byline where news pages print it, under the headline: "By Jane Doe" or a "Written by"
 * label with the name in the next element, found by reading the few texts that follow the
 * headline up to the story's first long paragraph. For pages whose byline carries no marking
 * class or attribute at all.
 */
function bylineUnderHeadline(facts: PageFacts, roots: Element[]): string | null {
  const root = roots[0];
  const h = root ? headingBeside(facts, root, (t) => t.length > 0) : null;
  if (!h) return null;
  const doc = h.ownerDocument;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  walker.currentNode = h;
  let afterLabel = false;
  let seen = 0;
  let prose = 0;
  for (let n = walker.nextNode(); n && seen < NEAR_HEADLINE_TEXTS; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || h.contains(n) || (isNeverTextTag(parent.localName) && parent.localName !== "button")) continue;
    const t = squash((n as Text).data);
    if (!t) continue;
    seen++;
    if (t.length > PROSE_CHARS) {
      if (++prose === PROSE_TEXTS) break;
      afterLabel = false;
      continue;
    }
    if (afterLabel) {
      afterLabel = false;
      const b = cleanByline(t);
      if (b && b.length < BYLINE_MAX_CHARS) return b;
    } else if (LABEL_TEXT.test(t)) afterLabel = true;
    else if (BY_TEXT.test(t)) {
      const b = cleanByline(t);
      if (b && b.length < BYLINE_MAX_CHARS) return b;
    }
  }
  return null;
}

/**
 * The author(s): JSON-LD, then <meta>, then the page's byline markup, then a byline under the
 * headline; a publisher's name or a login from the metadata only when none of those names anyone.
 */
export function findByline(meta: PageMeta, facts: PageFacts, roots: Element[]): string | null {
  const site = words(meta.siteName);
  let host = "";
  try {
    host = words(new URL(roots[0]?.ownerDocument.URL ?? "").hostname);
  } catch {
    // no address: the host is no evidence
  }
  const people: string[] = [];
  const weak: string[] = [];
  meta.ldAuthors.forEach((a, i) => {
    const c = cleanByline(a);
    if (c) (weakAuthor(c, meta.ldAuthorOrgs?.[i] ?? false, site, host) ? weak : people).push(c);
  });
  if (people.length) return joinNames(people);
  const m = cleanByline(meta.metaAuthor);
  if (m) {
    if (!weakAuthor(m, false, site, host)) return m;
    weak.push(m);
  }
  // against a publisher's name the metadata gives, only a byline by the article: one elsewhere
  // on the page may be a filter's "By Event Type" or another story's card
  const marked = markedByline(facts, roots, weak.length === 0) ?? bylineUnderHeadline(facts, roots);
  if (marked) return marked;
  return weak.length ? joinNames(weak) : null;
}
