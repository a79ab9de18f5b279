import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { findArticle } from "../../../src/engine/article";
import { buildTextIndex } from "../../../src/engine/text-index";

const PARAS = [
  "Building wealth in your thirties starts with a budget you can keep, not one that looks good on paper and is forgotten by the second month of the year.",
  "Start by writing down what comes in and what goes out for a month, then sort the spending into what you need, what you want and what you could drop tomorrow.",
  "An emergency fund of three to six months of expenses keeps a lost job or a broken boiler from turning into debt that takes years to pay back.",
  "Once the fund is in place, money left over each month can go to retirement accounts, where the years ahead do more of the work than the amount you put in.",
  "Review the plan every year, and whenever your income or your household changes, so that the budget still describes the life you are actually living.",
];
const URL = "https://bank.example/learn/money-management-for-young-savers";

function find(body: string) {
  const html = `<!doctype html><html><head><title>Money management for young savers</title></head><body>${body}</body></html>`;
  const doc = new JSDOM(html, { url: URL }).window.document;
  const loc = findArticle(doc, { url: URL });
  return { isArticle: loc.isArticle, text: buildTextIndex(loc).text };
}

const chrome = `<header><nav><a href="/">Home</a> <a href="/learn">Learn</a> <a href="/rates">Rates</a></nav></header>`;
const category = `<section class="article-info"><p>Category: Personal Finance 101</p><p>Topic: Saving Money, Budgeting</p></section>`;

describe("a body whose sections are all named with a word of boilerplate", () => {
  it("reads sections named alike ('content-nav-section': the targets of an in-page menu) as the story, not as menus", () => {
    const sections = [PARAS.slice(0, 2), PARAS.slice(2, 4), PARAS.slice(4)]
      .map((ps) => `<div class="content-nav-section">${ps.map((p) => `<p>${p}</p>`).join("")}</div>`)
      .join("");
    const { isArticle, text } = find(`${chrome}<main><h1>Money management for young savers</h1>${category}${sections}</main>`);
    for (const p of PARAS) expect(text).toContain(p);
    expect(isArticle).toBe(true);
  });

  it("still leaves out boxes named alike that hold less than half the page's prose (the related posts under a story)", () => {
    const story = `<article><h1>Money management for young savers</h1>${PARAS.slice(0, 4).map((p) => `<p>${p}</p>`).join("")}</article>`;
    const related = [0, 1].map((i) => `<div class="related-post"><p>More reading: ${PARAS[4 - i]}</p></div>`).join("");
    const { text } = find(`${chrome}<main>${story}${related}</main>`);
    expect(text).toContain(PARAS[0]);
    expect(text).not.toContain("More reading");
  });
});
