/** The Node library: `import { analyze, analyzeText } from "dramatis"`. */
export { analyze, analyzeText, analyzeDocument } from "./engine/analyze";
export type { AnalyzeOptions } from "./engine/analyze";
// The finder and the index on their own, for evaluation and benchmarks.
export { findArticle } from "./engine/article";
export type { ArticleLocation, FindArticleOptions } from "./engine/article";
export { buildTextIndex } from "./engine/text-index";
export type { TextIndex, DomPoint } from "./engine/text-index";
export type { Analysis, Person, Quote, Entity, Span } from "./engine/types";
// Reading saved pages in Node exactly as the CLI does (used by eval and bench).
export { parseHtml, parsePage, readTextFile, isHtmlFile } from "./node/page";
