/**
 * Cheap, layout-free facts about elements: what is never text, what is hidden, what is a block.
 * Only attributes are read (no getComputedStyle, no innerText): the finder runs on every page.
 */
import { wordSet } from "./word-set";

/** Elements whose content is never article text. */
const NEVER_TEXT = wordSet(
  "script style noscript template svg math iframe object embed canvas video audio picture img " +
  "head title meta link select option textarea input button dialog map",
);

/** Elements that start a new line of reading: their edges become paragraph breaks. */
const BLOCKS = wordSet(
  "address article aside blockquote body caption center dd details dialog dir div dl dt " +
  "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu " +
  "nav ol p pre section summary table tbody td tfoot th thead tr ul legend frameset",
);

// React numbers the chunks in hexadecimal: S:9, S:a, S:1f
const STREAMED_CHUNK = /^S:[0-9a-f]+$/;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

export function isNeverText(el: Element): boolean {
  return NEVER_TEXT.has(el.localName);
}

/** isNeverText by a tag already read (each localName read is a call into the DOM). */
export function isNeverTextTag(tag: string): boolean {
  return NEVER_TEXT.has(tag);
}

export function isBlock(el: Element): boolean {
  return BLOCKS.has(el.localName);
}

export function isBlockTag(tag: string): boolean {
  return BLOCKS.has(tag);
}

/**
 * Hidden by its own markup: `hidden`, aria-hidden, inline display:none / visibility:hidden;
 * a collapsed panel the reader opens with one click is not hidden.
 */
export function isHidden(el: Element): boolean {
  // a hidden <div id="S:0"> is a chunk streamed by React's server renderer that an inline script
  // moves into place on load: the reader sees it, and a saved page read without scripts must too
  const style = el.getAttribute("style");
  const hidden =
    (el.hasAttribute("hidden") && !STREAMED_CHUNK.test(el.id)) ||
    el.getAttribute("aria-hidden") === "true" ||
    (style !== null && style.length > 6 && HIDDEN_STYLE.test(style));
  return hidden && !collapsedPanel(el);
}

/**
 * A closed panel of an accordion or a disclosure (a step of a guide, an FAQ's answer, "Read
 * more"): the page hides it until its heading is clicked, but it is the story's text. WAI-ARIA's
 * accordion marks it as a region labelled by its heading (or wraps such a region); a disclosure's
 * toggle just before it says it is collapsed. Menus and dialogs are neither.
 */
function collapsedPanel(el: Element): boolean {
  const inner = el.firstElementChild;
  if (labelledRegion(el) || (inner && !inner.nextElementSibling && labelledRegion(inner))) return true;
  const prev = el.previousElementSibling;
  return prev !== null && (prev.getAttribute("aria-expanded") === "false" || holdsCollapsed(prev));
}

/** An element inside `el` says it is collapsed (a toggle wrapped in a heading). Read child by
 *  child, not by a querySelector: in jsdom each call of that costs ~0.3 ms, even on a few
 *  elements, and a page may hide hundreds of icons behind a sibling. */
function holdsCollapsed(el: Element): boolean {
  for (let e = el.firstElementChild; e; e = e.nextElementSibling) if (e.getAttribute("aria-expanded") === "false" || holdsCollapsed(e)) return true;
  return false;
}

const labelledRegion = (el: Element): boolean => el.getAttribute("role") === "region" && el.hasAttribute("aria-labelledby");

/** Not text at all: never-text elements and hidden ones. */
export function isInvisible(el: Element): boolean {
  return NEVER_TEXT.has(el.localName) || isHidden(el);
}

/** Visible characters of a text node's data: whitespace does not count. */
export function visibleLength(data: string): number {
  // control characters, space and NBSP are gaps; everything else is a character. One native
  // regex pass: a character loop runs interpreted in a cold content script (~20 ns a character)
  return data.replace(GAP_RUNS, "").length;
}
// eslint-disable-next-line no-control-regex -- control characters are gaps: a reader never sees them
const GAP_RUNS = /[\u0000-\u0020\u00a0]+/g;

export function countCommas(data: string): number {
  let n = 0;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c === 44 || c === 0xff0c || c === 0x3001) n++;
  }
  return n;
}

/** The class and id of an element as one lower-case string ("" when neither is set). */
export function classAndId(el: Element): string {
  const cls = el.getAttribute("class");
  const id = el.getAttribute("id");
  if (!cls && !id) return "";
  return `${cls ?? ""} ${id ?? ""}`.toLowerCase();
}

/** Normalised text for comparisons: lower-case words joined by single spaces. */
export function words(s: string | null | undefined): string {
  const t = (s ?? "").toLowerCase();
  // Most text is ASCII with typographic punctuation: there the letters and digits are [a-z0-9],
  // and a plain class does the work of the Unicode one, which V8 is slow to compile and to run
  // cold (the finder calls this on every headline candidate of every page).
  if (!NOT_PLAIN.test(t)) return t.match(/[a-z0-9]+/g)?.join(" ") ?? "";
  return t.match(/[\p{L}\p{N}]+/gu)?.join(" ") ?? "";
}
/** A character outside ASCII, NBSP, © « ® · » and General Punctuation (U+2000–U+206F): none
 *  of those is a letter or a digit, so a text without any other has only [a-z0-9] words. */
// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included, on purpose
const NOT_PLAIN = /[^\u0000-\u007f\u00a0\u00a9\u00ab\u00ae\u00b7\u00bb\u2000-\u206f]/;

export function squash(s: string | null | undefined): string {
  return (s ?? "").replace(/[\s\u00a0]+/g, " ").trim();
}
