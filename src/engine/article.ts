/**
 * Finds the article in the LIVE document without cloning or mutating it.
 * (Minimal version: the first <article>, else <main>, else <body>. Issue 3 replaces the
 * heuristics; the interface stays.)
 */

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

export function findArticle(doc: Document, _options: FindArticleOptions = {}): ArticleLocation {
  const root = doc.querySelector("article") ?? doc.querySelector("main") ?? doc.body;
  const h1 = doc.querySelector("h1");
  return {
    isArticle: root !== null,
    roots: root ? [root] : [],
    title: (h1?.textContent ?? doc.title ?? "").trim(),
    byline: null,
    isExcluded: (el) => /^(NAV|ASIDE|FOOTER|SCRIPT|STYLE|NOSCRIPT|TEMPLATE|BUTTON|FORM)$/.test(el.tagName),
  };
}
