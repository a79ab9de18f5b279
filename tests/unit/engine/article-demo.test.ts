import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { findArticle } from "../../../src/engine/article";
import { buildTextIndex } from "../../../src/engine/text-index";

const root = join(__dirname, "../../fixtures");
const html = readFileSync(join(root, "pages/demo.html"), "utf8");
// the reference article: headline, blank line, sixteen paragraphs, then the tag line and caption
const reference = readFileSync(join(root, "seed/article.txt"), "utf8").trim().split("\n\n");
const headline = reference[0]!;
const paragraphs = reference.slice(1, 17);
const caption = reference[reference.length - 1]!.split("\n").pop()!;

describe("the demo news page", () => {
  const doc = new JSDOM(html, { url: "https://ledger.example/world/putin-biden" }).window.document;
  const location = findArticle(doc);
  const text = buildTextIndex(location).text;
  // the caption may stay (it describes the story's photo); nothing else may
  const body = text.split("\n\n").filter((p) => p !== caption);

  it("is an article whose headline is the title", () => {
    expect(location.isArticle).toBe(true);
    expect(location.title).toBe(headline);
  });

  it("reads exactly the reference article's sixteen paragraphs", () => {
    expect(paragraphs).toHaveLength(16);
    expect(body).toEqual(paragraphs);
  });

  it("reads a name split over a link as one text", () => {
    expect(text).toContain("FBI Director Christopher Wray confirmed");
    expect(text).toContain("candidate Hillary Clinton in 2016");
  });

  it("leaves out every name that is only in the page around the article", () => {
    for (const name of [
      "Elon Musk", "Taylor Swift", "Boris Johnson", "Emmanuel Macron", "Olaf Scholz", "Nancy Pelosi", "Michael Jordan",
      "Margaret Thompson", "David Alvarez", "Winston Churchill", "Jacinda Ardern", "Serena Williams", "Warren Buffett",
      "Greta Thunberg", "Robert Kessler", "Daily Ledger Staff",
    ]) {
      expect(text, name).not.toContain(name);
    }
    // sanity: those names are on the page, so the test can fail
    expect(doc.body.textContent).toContain("Jacinda Ardern");
  });
});
