/**
 * Finds the article in the LIVE document without cloning or mutating it: whether the page is an
 * article, the element(s) holding its body, its title and byline, and which elements inside
 * those roots are not article text (boilerplate, hidden).
 *
 * The algorithm, in three passes over the body and nothing else:
 *  1. Measure: one walk gives every element its visible characters and link characters, and
 *     scores each paragraph (a block with enough inline text, little of it links) by its length
 *     and commas; the score flows to its container and, damped, to a few ancestors
 *     (Readability's idea). Paragraphs inside obvious boilerplate (nav, aside, comments…)
 *     score nothing.
 *  2. Choose: the container with the best score, damped by its link density and nudged by its
 *     class/id; then its siblings that carry enough text of their own join it as roots (a
 *     body split by adverts or a live blog's entries).
 *  3. Exclude: inside the roots, boilerplate by tag, by class/id, by link density, the headline
 *     and byline/date lines, plus everything hidden.
 * Then the page is called an article or not from its metadata and the amount of prose found.
 */
import { classAndId, countCommas, isBlock, isHidden, isInvisible, visibleLength, words, squash } from "./article/dom";
import { ARTICLE_TYPES, OTHER_TYPES, emptyFacts, findByline, findTitle, noteElement, readMeta, type PageFacts, type PageMeta } from "./article/metadata";

export interface ArticleLocation {
  /** Whether the page carries an article at all. */
  isArticle: boolean;
  /** Elements holding the article body, in document order (never nested in each other). */
  roots: Element[];
  title: string;
  byline: string | null;
  /** True for an element inside a root that is not article text (ads, share bars, related…). */
  isExcluded(el: Element): boolean;
}

export interface FindArticleOptions {
  url?: string;
}

/** A block needs this many visible characters of its own to count as a paragraph. */
const MIN_PARAGRAPH_CHARS = 25;
/** A paragraph whose text is more than this share links is navigation, not prose. */
const MAX_PARAGRAPH_LINK_DENSITY = 0.5;
/** How far up a paragraph's score flows, and how it is damped per level. */
const SCORE_LEVELS = 5;
const levelDivider = (level: number): number => (level === 0 ? 1 : level === 1 ? 2 : level * 3);
/** Class/id hints move a candidate's score by this much. */
const CLASS_WEIGHT = 25;
/** A sibling joins the roots when its score reaches this share of the best (and at least the floor). */
const SIBLING_SHARE = 0.2;
const SIBLING_FLOOR = 10;
/** A block inside the roots whose text is more than this share links is excluded… */
const EXCLUDE_LINK_DENSITY = 0.5;
/** …and byline/date/meta-like blocks are excluded while shorter than this. */
const SHORT_BLOCK_CHARS = 200;
/** Prose needed (visible characters in the roots) before the page may be called an article. */
const MIN_ARTICLE_CHARS = 500;

/** Tags that are page furniture wherever they stand. */
const BOILERPLATE_TAGS = new Set(["nav", "aside", "footer", "form", "menu"]);

const NEGATIVE = /(?:^|[\s_-])(?:share|sharing|sharebar|social|socials|related|recommended|recommendations?|newsletter|subscribe|subscription|signup|comments?|commentlist|disqus|respond|replies|advert|advertisement|adverts|ads|ad|adslot|adunit|sponsor|sponsored|promo|promotion|bio|authorbio|author-bio|about-author|author-box|authorbox|tags|tag-list|taglist|tagcloud|breadcrumb|breadcrumbs|pagination|pager|navigation|nav|navbar|menu|sidebar|widget|widgets|footer|toolbar|popular|trending|mostread|most-read|readmore|read-more|more-stories|see-also|also-read|cookie|cookies|consent|gdpr|banner|outbrain|taboola|rating|skip|hidden|modal|popup|print|masthead|subnav|meta-nav|follow|paywall)(?=$|[\s_-])/;
const POSITIVE = /(?:^|[\s_-])(?:article|articlebody|article-body|articlecontent|body|content|entry|entry-content|hentry|h-entry|main|post|post-body|post-content|text|blog|story|story-body|prose|rich-text|richtext)(?=$|[\s_-])/;
const BYLINE_LIKE = /(?:^|[\s_-])(?:byline|dateline|date|time|timestamp|published|posted|updated|author|authors|meta|post-meta|entry-meta|article-meta|read-time|reading-time|readtime|credit|credits|caption)(?=$|[\s_-])/;

interface Stats {
  chars: number;
  linkChars: number;
  /** Paragraph score received from descendants. */
  score: number;
  /** Visible characters of inline text directly in this block (not in child blocks). */
  inlineChars: number;
  inlineLinkChars: number;
  inlineCommas: number;
}

interface Measure {
  stats: Map<Element, Stats>;
  candidates: Element[];
  facts: PageFacts;
}

function measure(body: Element): Measure {
  const stats = new Map<Element, Stats>();
  const candidates: Element[] = [];
  const facts = emptyFacts();

  const score = (el: Element, st: Stats): void => {
    const len = st.inlineChars;
    if (len < MIN_PARAGRAPH_CHARS || st.inlineLinkChars > len * MAX_PARAGRAPH_LINK_DENSITY) return;
    const s = 1 + st.inlineCommas + Math.min(Math.floor(len / 100), 3);
    // a paragraph scores its container; a block with text and no container role (a bare div of
    // text) is its own paragraph, so its parent is the container either way
    let anc: Element | null = el.parentElement;
    for (let level = 0; anc && level < SCORE_LEVELS; level++, anc = anc.parentElement) {
      const a = stats.get(anc);
      if (!a) break;
      if (a.score === 0) candidates.push(anc);
      a.score += s / levelDivider(level);
    }
  };

  const walk = (el: Element, inLink: boolean, inBoilerplate: boolean): Stats => {
    const st: Stats = { chars: 0, linkChars: 0, score: 0, inlineChars: 0, inlineLinkChars: 0, inlineCommas: 0 };
    stats.set(el, st);
    noteElement(el, facts);
    const link = inLink || el.localName === "a";
    const boiler = inBoilerplate || isBoilerplate(el);
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const data = (c as Text).data;
        const n = visibleLength(data);
        if (!n) continue;
        st.chars += n;
        st.inlineChars += n;
        st.inlineCommas += countCommas(data);
        if (link) {
          st.linkChars += n;
          st.inlineLinkChars += n;
        }
      } else if (c.nodeType === 1) {
        const child = c as Element;
        if (isInvisible(child)) continue;
        const cs = walk(child, link, boiler);
        st.chars += cs.chars;
        st.linkChars += cs.linkChars;
        if (!isBlock(child) && child.localName !== "br") {
          st.inlineChars += cs.inlineChars;
          st.inlineLinkChars += cs.inlineLinkChars;
          st.inlineCommas += cs.inlineCommas;
        }
      }
    }
    if (isBlock(el) && !boiler) score(el, st);
    return st;
  };
  walk(body, false, false);
  return { stats, candidates, facts };
}

function isBoilerplate(el: Element): boolean {
  if (BOILERPLATE_TAGS.has(el.localName)) return true;
  const role = el.getAttribute("role");
  if (role === "navigation" || role === "complementary" || role === "banner" || role === "contentinfo") return true;
  const ci = classAndId(el);
  return ci !== "" && NEGATIVE.test(ci) && !POSITIVE.test(ci);
}

function classWeight(el: Element): number {
  const ci = classAndId(el);
  if (!ci) return 0;
  let w = 0;
  if (POSITIVE.test(ci)) w += CLASS_WEIGHT;
  if (NEGATIVE.test(ci)) w -= CLASS_WEIGHT;
  return w;
}

function linkDensity(st: Stats | undefined): number {
  return st && st.chars ? st.linkChars / st.chars : 0;
}

function finalScore(el: Element, st: Stats): number {
  let s = st.score + classWeight(el);
  const tag = el.localName;
  if (tag === "article" || tag === "main") s += 10;
  else if (tag === "div" || tag === "section") s += 5;
  else if (tag === "td" || tag === "blockquote" || tag === "pre") s += 3;
  else if (tag === "ul" || tag === "ol" || tag === "li" || tag === "dl" || tag === "form") s -= 3;
  return s * (1 - linkDensity(st));
}

/** The best container, then the siblings that carry the same article. */
function chooseRoots(m: Measure, body: Element): { roots: Element[]; top: Element | null } {
  let top: Element | null = null;
  let best = -Infinity;
  const scores = new Map<Element, number>();
  for (const el of m.candidates) {
    const s = finalScore(el, m.stats.get(el)!);
    scores.set(el, s);
    if (s > best) {
      best = s;
      top = el;
    }
  }
  if (!top) return { roots: [body], top: null };
  // a container that holds almost nothing but the top candidate is the same article, and its
  // parent may hold the headline-adjacent parts (lead, first paragraph) the top one missed
  for (let p = top.parentElement; p && p !== body.parentElement; p = p.parentElement) {
    const ps = m.stats.get(p);
    const ts = m.stats.get(top)!;
    if (!ps || ts.chars < ps.chars * 0.9) break;
    top = p;
  }
  const parent = top.parentElement;
  if (!parent || top === body) return { roots: [top], top };
  const threshold = Math.max(SIBLING_FLOOR, best * SIBLING_SHARE);
  const roots: Element[] = [];
  for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
    if (c === top) {
      roots.push(c);
      continue;
    }
    if (isInvisible(c) || isBoilerplate(c)) continue;
    const st = m.stats.get(c);
    if (!st || !st.chars) continue;
    const s = scores.get(c);
    if (s !== undefined && s >= threshold) {
      roots.push(c);
      continue;
    }
    // a lone paragraph beside the body (lead, standfirst) belongs to it
    const ld = linkDensity(st);
    if (st.inlineChars >= 80 && ld < 0.25 && st.inlineChars === st.chars) roots.push(c);
  }
  return { roots, top };
}

/** Every element inside the roots that is not article text. */
function excludedInside(roots: Element[], m: Measure, title: string): Set<Element> {
  const out = new Set<Element>();
  const titleWords = words(title);
  const visit = (el: Element, rootChars: number): void => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (excludeHere(c, rootChars)) out.add(c);
      else visit(c, rootChars);
    }
  };
  const excludeHere = (el: Element, rootChars: number): boolean => {
    if (isInvisible(el)) return true;
    const st = m.stats.get(el);
    const chars = st?.chars ?? 0;
    // a misleading class on a wrapper that holds most of the article never removes it
    const small = chars < rootChars * 0.5;
    const tag = el.localName;
    if (BOILERPLATE_TAGS.has(tag) && (small || tag !== "form")) return true;
    if (tag === "header" && chars < 400) return true;
    if (tag === "h1" && titleWords && overlaps(words(el.textContent), titleWords)) return true;
    if (!small) return false;
    const ci = classAndId(el);
    if (ci && NEGATIVE.test(ci) && !POSITIVE.test(ci)) return true;
    if (ci && BYLINE_LIKE.test(ci) && chars < SHORT_BLOCK_CHARS && !/^(?:p|blockquote|li)$/.test(tag)) return true;
    const role = el.getAttribute("role");
    if (role === "navigation" || role === "complementary" || role === "contentinfo") return true;
    if (isBlock(el) && st && chars > 0 && linkDensity(st) > EXCLUDE_LINK_DENSITY && tag !== "p" && !/^h[2-6]$/.test(tag)) return true;
    return false;
  };
  for (const r of roots) visit(r, m.stats.get(r)?.chars ?? 0);
  return out;
}

function overlaps(a: string, b: string): boolean {
  return a.length > 0 && (a === b || (a.length > 12 && b.includes(a)) || (b.length > 12 && a.includes(b)));
}

/** Prose actually kept: visible characters in the roots minus what is excluded. */
function keptChars(roots: Element[], m: Measure, excluded: Set<Element>): { chars: number; linkChars: number } {
  let chars = 0;
  let linkChars = 0;
  for (const r of roots) {
    const st = m.stats.get(r);
    chars += st?.chars ?? 0;
    linkChars += st?.linkChars ?? 0;
  }
  for (const e of excluded) {
    const st = m.stats.get(e);
    chars -= st?.chars ?? 0;
    linkChars -= st?.linkChars ?? 0;
  }
  return { chars: Math.max(0, chars), linkChars: Math.max(0, linkChars) };
}

function decideArticle(meta: PageMeta, facts: PageFacts, kept: { chars: number; linkChars: number }, url: string): boolean {
  if (kept.chars < MIN_ARTICLE_CHARS) return false;
  let s = 0;
  const types = [...meta.types];
  if (types.some((t) => ARTICLE_TYPES.has(t))) s += 2;
  if (types.some((t) => OTHER_TYPES.has(t))) s -= 2;
  if (meta.ogType === "article") s += 1;
  else if (meta.ogType && meta.ogType !== "website") s -= 1;
  if (meta.published) s += 1;
  if (facts.hasArticleElement) s += 0.5;
  if (kept.chars > 2500) s += 1;
  if (kept.chars > 5000) s += 0.5;
  if (kept.chars && kept.linkChars / kept.chars > 0.3) s -= 1;
  if (/\/(?:products?|shop|store|cart|forums?|threads?|docs?|documentation|api|reference|category|categories|tags?|search)(?:\/|$|\?)/i.test(url)) s -= 1;
  return s >= 1;
}

export function findArticle(doc: Document, options: FindArticleOptions = {}): ArticleLocation {
  const body = doc.body ?? doc.documentElement;
  if (!body) {
    return { isArticle: false, roots: [], title: squash(doc.title), byline: null, isExcluded: () => true };
  }
  const m = measure(body);
  const meta = readMeta(doc, m.facts);
  const { roots } = chooseRoots(m, body);
  const title = findTitle(doc, meta, m.facts, roots);
  const excluded = excludedInside(roots, m, title);
  const byline = findByline(meta, m.facts, roots);
  const url = options.url ?? doc.URL ?? "";
  const isArticle = decideArticle(meta, m.facts, keptChars(roots, m, excluded), url);
  return {
    isArticle,
    roots,
    title,
    byline,
    // elements measured at find time answer from the set; anything newer is judged on its own
    isExcluded: (el) => excluded.has(el) || (!m.stats.has(el) && (isInvisible(el) || isHidden(el))),
  };
}
