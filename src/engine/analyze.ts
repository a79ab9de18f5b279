import { findArticle, type ArticleLocation, type FindArticleOptions } from "./article";
import { findEntities } from "./entities";
import { findPeople } from "./people";
import { findQuotes } from "./quotes";
import { buildTextIndex, type TextIndex } from "./text-index";
import type { Analysis } from "./types";

export type AnalyzeOptions = FindArticleOptions;

/** Analyses plain text; `text` in the result is the input exactly. */
export function analyzeText(text: string, title = ""): Analysis {
  const people = findPeople(text);
  const quotes = findQuotes(text, people);
  const { organizations, places } = findEntities(text, people);
  return { version: 1, article: true, title, byline: null, text, people, quotes, organizations, places };
}

/** The Analysis of an article already found and indexed (the content script re-finds and
 *  re-indexes cheaply on every page change, and analyses only when the text changed). */
export function analyzeIndexed(location: ArticleLocation, index: TextIndex): Analysis {
  const analysis = analyzeText(index.text, location.title);
  analysis.article = location.isArticle;
  analysis.byline = location.byline;
  return analysis;
}

/** The Analysis of a live document, and the text index the content script paints from. */
export function analyzeDocument(doc: Document, options: AnalyzeOptions = {}): { analysis: Analysis; index: TextIndex } {
  const location = findArticle(doc, options);
  const index = buildTextIndex(location);
  return { analysis: analyzeIndexed(location, index), index };
}

export function analyze(doc: Document, options: AnalyzeOptions = {}): Analysis {
  return analyzeDocument(doc, options).analysis;
}
