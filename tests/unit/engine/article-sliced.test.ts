import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { findArticle, LOCATE_RESERVE_MS, startFindArticle, type ArticleLocation } from "../../../src/engine/article";
import { findByline } from "../../../src/engine/article/metadata";
import { buildTextIndex } from "../../../src/engine/text-index";

const root = join(__dirname, "../../fixtures");
const html = readFileSync(join(root, "pages/demo.html"), "utf8");

/** Runs a sliced finder to its end, pausing as often as it can, every element on the walk's own
 *  stack; returns the location and the slices. */
function sliced(doc: Document): { location: ArticleLocation; slices: number } {
  const run = startFindArticle(doc, { url: doc.URL, walkAtOnce: -1 });
  for (let slices = 1; ; slices++) {
    const location = run.run(() => true);
    if (location) return { location, slices };
  }
}

/** What a location says of a page: its verdict, title, byline, roots, the excluded elements and the text it reads. */
function verdictOf(doc: Document, l: ArticleLocation) {
  return {
    isArticle: l.isArticle,
    title: l.title,
    // (the gate's search leaves the byline for later: it must be the one found at once)
    byline: l.byline ?? l.laterByline?.(findByline) ?? null,
    roots: l.roots,
    excluded: [...doc.body.querySelectorAll("*")].filter((el) => l.isExcluded(el)),
    evidence: l.evidence,
    text: buildTextIndex(l).text,
  };
}

describe("the article finder in slices", () => {
  it("finds on the demo page, walking a few dozen nodes a slice, exactly what it finds in one go", () => {
    const doc = new JSDOM(html, { url: "https://ledger.example/world/putin-biden" }).window.document;
    const { location, slices } = sliced(doc);
    expect(slices).toBeGreaterThan(2);
    const once = findArticle(doc, { url: doc.URL });
    expect(verdictOf(doc, location)).toEqual(verdictOf(doc, once));
    // the gate paints without the byline; content-main.js reads it later from the same search
    expect(location.byline).toBeNull();
    expect(once.byline).not.toBeNull();
    expect(location.laterByline?.(findByline)).toBe(once.byline);
    expect(location.isArticle).toBe(true);
  });

  it("calls a page of links no article, in slices as in one go", () => {
    const links = Array.from({ length: 200 }, (_, i) => `<li><a href="/p/${i}">Product number ${i} in the catalogue</a></li>`).join("");
    const doc = new JSDOM(`<html><head><title>Shop</title></head><body><nav><ul>${links}</ul></nav></body></html>`, { url: "https://shop.example/" }).window.document;
    const { location, slices } = sliced(doc);
    expect(slices).toBeGreaterThan(2);
    expect(verdictOf(doc, location)).toEqual(verdictOf(doc, findArticle(doc, { url: doc.URL })));
    expect(location.isArticle).toBe(false);
  });

  it("leaves what follows the walk to the next slice when the slice has less than that part's time left, then finds the same", () => {
    const doc = new JSDOM(html, { url: "https://ledger.example/world/putin-biden" }).window.document;
    const run = startFindArticle(doc, { url: doc.URL });
    // a slice whose line is nearer than the part after the walk needs: the walk ends, nothing more
    const asked: (number | undefined)[] = [];
    const nearLine = (reserve?: number): boolean => {
      asked.push(reserve);
      return (reserve ?? 0) > 0;
    };
    expect(run.run(nearLine)).toBeNull();
    // a short page's steps after the walk are asked little time (a turn of the event loop
    // costs more than they do), a long page's most of the reserve
    expect(asked.at(-1)).toBeGreaterThan(0);
    expect(asked.at(-1)).toBeLessThan(LOCATE_RESERVE_MS / 5);
    const article = /<article>[\s\S]*?<\/article>/.exec(html)![0];
    const long = new JSDOM(html.replace(article, article.repeat(20)), { url: "https://ledger.example/world/putin-biden" }).window.document;
    const longRun = startFindArticle(long, { url: long.URL });
    while (!longRun.run(nearLine));
    expect(asked.at(-1)).toBeGreaterThan(LOCATE_RESERVE_MS / 2);
    expect(asked.at(-1)).toBeLessThanOrEqual(LOCATE_RESERVE_MS);
    // the next slice, with time to spare, finds what one go finds
    const later = run.run(() => false);
    expect(later).not.toBeNull();
    expect(verdictOf(doc, later!)).toEqual(verdictOf(doc, findArticle(doc, { url: doc.URL })));
  });

  it("does not pause when not asked to: one run finds the article", () => {
    const doc = new JSDOM(html, { url: "https://ledger.example/world/putin-biden" }).window.document;
    expect(startFindArticle(doc, { url: doc.URL, walkAtOnce: -1 }).run()?.isArticle).toBe(true);
  });

  it("pauses on a long page only between subtrees it walks at once, and finds the same", () => {
    // the demo's story six times over, each copy numbered (a long page of 20x the usual elements)
    const body = /<article>([\s\S]*?)<\/article>/.exec(html)![1]!;
    const long = html.replace(/<article>[\s\S]*?<\/article>/, Array.from({ length: 6 }, (_, i) => `<article>${body.replace(/<\/p>/g, ` [${i + 1}]</p>`)}</article>`).join(""));
    const doc = new JSDOM(long, { url: "https://ledger.example/world/putin-biden" }).window.document;
    const run = startFindArticle(doc, { url: doc.URL });
    let slices = 1;
    let location = run.run(() => true);
    for (; !location; slices++) location = run.run(() => true);
    expect(slices).toBeGreaterThan(1);
    expect(verdictOf(doc, location)).toEqual(verdictOf(doc, findArticle(doc, { url: doc.URL })));
    expect(location.isArticle).toBe(true);
  });
});
