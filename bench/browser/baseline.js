// The pipeline a user would otherwise assemble, run in the page's main world by the benchmark:
// @mozilla/readability finds the article, compromise finds people and quotations, mark.js
// paints the names. Bundled by bench/parts/browser.mjs with esbuild; never shipped.
import { Readability } from "@mozilla/readability";
import nlp from "compromise";
import Mark from "mark.js";

globalThis.__baseline = () => {
  const t0 = performance.now();
  const article = new Readability(document.cloneNode(true)).parse();
  const doc = nlp(article?.textContent ?? "");
  const people = [...new Set(doc.people().out("array"))];
  const quotes = doc.quotations().out("array");
  const root = document.querySelector("article") ?? document.body;
  if (people.length) new Mark(root).mark(people, { separateWordSearch: false, acrossElements: true });
  return { ms: performance.now() - t0, people: people.length, quotes: quotes.length };
};
