/**
 * Whether the story is dated where a reader looks for it: a date, a byline or a <time> between its
 * headline and its first paragraph, or a dateline opening that paragraph ("WASHINGTON (AP) —").
 * A story says when and by whom it was written right under its headline, however short it is; a
 * listing, a shop, a documentation or a service page rarely does, and where it dates something
 * it dates a card under a linked heading, which this reads as no date of the page's own. Unlike the
 * metadata's date, this is what the reader sees beside the text the finder kept.
 */
import { words } from "./dom";
import { lazyPattern } from "./word-set";

/** Most characters between the headline and the first paragraph: more is another box's text. */
const GAP_MAX_CHARS = 600;
/** Most text nodes read between them (a page of empty wrappers and icons). */
const GAP_MAX_NODES = 400;
/** How far into the first paragraph a date may open it ("March 3, 2012 — The council…"). */
const LEDE_DATE_CHARS = 60;
const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
/** A written date: "March 3, 2012", "3 March 2012", "2012-03-03", "3/3/12". */
const DATE = lazyPattern(() => new RegExp(`\\b(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d\\d-\\d\\d|\\d{1,2}/\\d{1,2}/\\d{2,4})\\b`, "i"));
/** "By Jane Doe" anywhere in the gap ("Staff report | By Jane Doe"). */
const BY = lazyPattern(() => /(?:^|\s)(?:by|By|BY)\s+\p{Lu}/u);
/** A wire story's dateline: a place in capitals, maybe the agency, then a dash. */
const DATELINE = lazyPattern(() => /^\p{Lu}[\p{Lu} .,'’-]{2,40}(?:\([^)]{1,30}\))?\s*[—–-]{1,2}\s/u);
/** Markup that says date or author. */
const MARKED = "time, [datetime], [itemprop=datePublished], [itemprop=author], [rel=author]";
const MARKED_CLASS = /byline|author|dateline|timestamp|pubdate|publish|posted|(?:^|[\s_-])(?:date|time|meta)(?=$|[\s_-])/i;
/** Ancestors of a text node whose class is read (a byline's name sits in a span of a div). */
const MARKED_CLASS_DEPTH = 4;
const NOT_TEXT = new Set(["script", "style", "noscript", "template"]);
const SHOW_TEXT = 4;
const FOLLOWING = 4;

/** The page's <h1> that carries the title (their words, one within the other), or null. */
export function headlineOf(h1s: Element[], title: string): Element | null {
  const t = words(title);
  if (!t) return null;
  for (const h of h1s) {
    const w = words(h.textContent);
    if (w.includes(" ") && (w.includes(t) || t.includes(w))) return h;
  }
  return null;
}

/** A heading that is a link: a teaser card's title, so what stands near it dates another page. */
const SUBHEADING = "h2, h3, h4, h5, h6";
function inCardTitle(el: Element): boolean {
  const h = el.closest(SUBHEADING);
  return h !== null && (h.closest("a") !== null || h.getElementsByTagName("a").length > 0);
}

function marked(el: Element, body: Element): boolean {
  if (el.closest(MARKED)) return true;
  for (let e: Element | null = el, k = 0; e && e !== body && k < MARKED_CLASS_DEPTH; e = e.parentElement, k++) {
    const c = `${e.getAttribute("class") ?? ""} ${e.id}`;
    if (c.length > 1 && MARKED_CLASS.test(c)) return true;
  }
  return false;
}

/** The first characters of the kept text that say who wrote it and when, when the headline and
 *  its byline sit inside the root or the page has no headline the finder can match. */
const HEAD_CHARS = 300;

/** A date or a "By …" in the first HEAD_CHARS characters of the root's text. */
function datedHead(root: Element): boolean {
  const walker = (root.ownerDocument ?? document).createTreeWalker(root, SHOW_TEXT);
  let text = "";
  for (let n = walker.nextNode(); n && text.length < HEAD_CHARS; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || NOT_TEXT.has(parent.localName)) continue;
    const t = (n as Text).data.replace(/\s+/g, " ").trim();
    if (!t) continue;
    // the kept text opens on a card of a listing: its date is that card's
    if (inCardTitle(parent)) return false;
    text += `${t} `;
  }
  text = text.slice(0, HEAD_CHARS);
  return DATE.test(text) || BY.test(text);
}

/** `first` is the kept text's first paragraph (or the root itself when it has none). */
export function datedStory(headline: Element | null, first: Element, root: Element, body: Element): boolean {
  return datedUnderHeadline(headline, first, body) || datedHead(root);
}

function datedUnderHeadline(headline: Element | null, first: Element, body: Element): boolean {
  if (!headline) return false;
  const lede = (first.textContent ?? "").trimStart();
  if (DATELINE.test(lede) || DATE.test(lede.slice(0, LEDE_DATE_CHARS))) return true;
  if (first.contains(headline)) return false;
  // the headline stands above the paragraph as a rule; read whichever comes first to the other
  const above = (headline.compareDocumentPosition(first) & FOLLOWING) !== 0;
  const from = above ? headline : first;
  const to = above ? first : headline;
  const walker = (body.ownerDocument ?? document).createTreeWalker(body, SHOW_TEXT);
  walker.currentNode = from;
  let gap = 0;
  let text = "";
  let sign = false;
  for (let n = walker.nextNode(), i = 0; n && i < GAP_MAX_NODES; n = walker.nextNode(), i++) {
    if (from.contains(n)) continue;
    if (to.contains(n) || to.compareDocumentPosition(n) & FOLLOWING) break;
    const parent = n.parentElement;
    if (!parent || NOT_TEXT.has(parent.localName)) continue;
    const t = (n as Text).data.trim();
    if (!t) continue;
    if (inCardTitle(parent)) return false;
    gap += t.length;
    if (gap > GAP_MAX_CHARS) return false;
    text += `${t}\n`;
    if (!sign) sign = marked(parent, body);
  }
  return sign || DATE.test(text) || BY.test(text);
}
