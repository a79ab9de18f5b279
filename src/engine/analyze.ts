import { findArticle, type ArticleLocation, type FindArticleOptions } from "./article";
import { findEntities } from "./entities";
import { completeMentions, findPersonMentions, groupMentions } from "./people";
import { resetMemo, tagEntities, tagTokens } from "./people/tagger";
import { newAnalysis } from "./analysis-memo";
import { tokenize } from "./people/tokens";
import { findQuotes } from "./quotes";
import { quotesOutsideCode } from "./quotes-in-code";
import { buildTextIndex, type TextIndex } from "./text-index";
import type { Analysis } from "./types";

export type AnalyzeOptions = FindArticleOptions;

/** The phases of one analysis, in order; a caller that must not block (the content script) can
 *  give the event loop back between them. */
export type Phase = "model" | "tokenize" | "tag" | "mentions" | "group" | "quotes" | "entities";

/**
 * The analysis as a sequence of phases: each `next()` runs one phase and yields its name; the
 * generator returns the Analysis. Driving it to the end in one go is exactly analyzeText, so a
 * caller that pauses between phases gets the same result as one that does not.
 */
export function* analysisSteps(text: string, title = ""): Generator<Phase, Analysis, void> {
  // the tagger unpacks its model on first use: a phase of its own (tagging nothing), so that the
  // one-off cost is a task apart from the tagging itself
  tagTokens("", []);
  // the tagger keeps the last text's spans so that people and entities share one tagging; kept
  // across analyses, it let the worker skip tagging a page loaded again (the benchmark reloads
  // one page, and measured analyses without their tagging): every analysis tags its text afresh
  resetMemo();
  // and so do the other scans memoised per text (analysis-memo.ts)
  newAnalysis();
  yield "model";
  // one token list for every matcher: people and entities used to tokenize the text twice
  const tokens = tokenize(text);
  yield "tokenize";
  // findPeople, phase by phase (a unit test holds the two equal): the tagger's spans are
  // memoised for this text, so people and entities tag it once
  tagEntities(text, tokens);
  yield "tag";
  const mentions = completeMentions(text, tokens, findPersonMentions(text, tokens));
  yield "mentions";
  const people = groupMentions(text, mentions);
  yield "group";
  const quotes = findQuotes(text, people);
  yield "quotes";
  const { organizations, places } = findEntities(text, people, tokens);
  yield "entities";
  return { version: 1, article: true, title, byline: null, text, people, quotes, organizations, places };
}

/** Runs every step of a stepwise analysis at once. */
export function finish<T>(steps: Generator<unknown, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Analyses plain text; `text` in the result is the input exactly. */
export function analyzeText(text: string, title = ""): Analysis {
  return finish(analysisSteps(text, title));
}

/** The Analysis of an article already found and indexed, step by step (see analysisSteps). */
export function* indexedSteps(location: ArticleLocation, index: TextIndex): Generator<Phase, Analysis, void> {
  const analysis = yield* analysisSteps(index.text, location.title);
  analysis.article = location.isArticle;
  analysis.byline = location.byline;
  analysis.quotes = quotesOutsideCode(analysis.quotes, index);
  return analysis;
}

/** The Analysis of an article already found and indexed (the content script re-finds and
 *  re-indexes cheaply on every page change, and analyses only when the text changed). */
export function analyzeIndexed(location: ArticleLocation, index: TextIndex): Analysis {
  return finish(indexedSteps(location, index));
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
