import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { findArticle } from "../../../src/engine/article";
import { buildTextIndex } from "../../../src/engine/text-index";

const PARAS = [
  "Zero-waste living starts with refusing what you do not need: the free pen, the extra bag, the straw that comes with a drink you could sip from the glass.",
  "Reducing comes next, and it is mostly a matter of choosing things that last, such as a steel bottle, a cloth bag and a cup you carry to the café.",
  "Reusing means repairing before replacing, and finding a second job for jars, tins and old shirts before any of them reaches the bin by the door.",
  "Recycling is what is left once the first three have done their work, and it works best when each material goes clean into the right container.",
];
const URL = "https://coffee.example/blogs/news/zero-waste-for-beginners";

function find(body: string) {
  const html = `<!doctype html><html><head><title>Zero waste for beginners</title></head><body>${body}</body></html>`;
  const doc = new JSDOM(html, { url: URL }).window.document;
  return buildTextIndex(findArticle(doc, { url: URL })).text;
}

const story = `<article><h1>Zero waste for beginners</h1>${PARAS.map((p) => `<p>${p}</p>`).join("")}</article>`;
// a sidebar list of the site's other posts: each a bold linked title over its excerpt, no heading
const popular = [
  ["importance-of-good-coffee", "Importance of good coffee in hotels", "Did you know that most travellers value a great cup of coffee at their hotel more than..."],
  ["pod-alternatives", "Exploring plastic coffee pod alternatives", "Exploring plastic coffee pod alternatives that fit the machine you already own at home..."],
  ["espresso-machines", "How espresso machines work", "How espresso machines work: the pressure, the heat and the grind that make the shot..."],
  ["decaf-facts", "Decaffeinated espresso: facts and myths", "Decaffeinated espresso is not caffeine free, and the way it is made matters for the taste..."],
]
  .map(([slug, title, excerpt]) => `<li><strong><a href="/blogs/news/${slug}">${title}</a></strong><p>${excerpt}</p></li>`)
  .join("");

describe("teasers whose title is a bold link instead of a heading", () => {
  it("leaves a sidebar column of the site's other posts out of the story beside it", () => {
    const text = find(`<div class="table"><div class="col-1">${story}</div><div class="col-2"><div class="blog_list"><h5>Popular</h5><ul>${popular}</ul></div></div></div>`);
    for (const p of PARAS) expect(text).toContain(p);
    expect(text).not.toContain("Importance of good coffee");
    expect(text).not.toContain("Decaffeinated espresso");
  });

  it("keeps a box of the story that closes on a bold link to the site's page on its subject", () => {
    const pick = `<div class="product-widget"><p>Our pick for a small kitchen is a countertop composter that turns a week of scraps into soil in a single night.</p><p>It is quiet, it does not smell, and the filters last about three months in our tests.</p><p><a href="/reviews/countertop-composter"><strong>Read our full review.</strong></a></p></div>`;
    const text = find(`<main><article><h1>Zero waste for beginners</h1>${PARAS.slice(0, 2).map((p) => `<p>${p}</p>`).join("")}${pick}${PARAS.slice(2).map((p) => `<p>${p}</p>`).join("")}</article></main>`);
    expect(text).toContain("Our pick for a small kitchen");
    for (const p of PARAS) expect(text).toContain(p);
  });

  it("keeps a paragraph with a bold link inside its sentence", () => {
    const linked = `<p>Start with the kitchen, where our <strong><a href="/blogs/news/compost-guide">compost guide</a></strong> shows how little room a bin for scraps really needs.</p>`;
    const text = find(`<main><article><h1>Zero waste for beginners</h1>${PARAS.slice(0, 2).map((p) => `<p>${p}</p>`).join("")}<div class="tip">${linked}</div>${PARAS.slice(2).map((p) => `<p>${p}</p>`).join("")}</article></main>`);
    expect(text).toContain("compost guide shows how little room");
    for (const p of PARAS) expect(text).toContain(p);
  });
});
