// The finder's cheap stand-ins for costly patterns (plain classes for Unicode ones, Sets for
// alternations) must answer exactly as the patterns did, including on the text where the short
// cut does not apply and the pattern itself still decides.
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { findArticle, urlEvidence } from "../../../src/engine/article";
import { words } from "../../../src/engine/article/dom";
import { buildTextIndex } from "../../../src/engine/text-index";

/** words() as it was: the Unicode classes on every text. */
const unicodeWords = (s: string): string => s.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.join(" ") ?? "";

const LONG = [
  "The committee met for the third time this month to discuss the proposal, which would move the weekly market from the square to the old railway yard, a change traders have resisted for years.",
  "Supporters of the plan said the yard had space for twice as many stalls, proper drainage and a covered area for the winter months, when the square is often too icy for the elderly to cross.",
  "Opponents, including most of the traders who have worked the square for a generation, said customers would not walk the extra distance, and that the move would empty the cafes around the square.",
  "A final vote is expected next month, after a public consultation in which residents will be asked to choose between the two sites, or a third option that keeps the market where it is.",
];

/** The text the finder keeps of a story with `lines` before its paragraphs and `tail` after. */
function story(lines: string, tail = "", url = "https://news.example/2024/05/market-may-move-to-railway-yard"): string {
  const html = `<!doctype html><html><head><title>Market may move to railway yard</title><meta property="og:type" content="article"></head><body><article><h1>Market may move to railway yard</h1>${lines}${LONG.map((t) => `<p>${t}</p>`).join("")}${tail}</article></body></html>`;
  const doc = new JSDOM(html, { url }).window.document;
  return buildTextIndex(findArticle(doc, { url })).text;
}

describe("words", () => {
  it("reads letters and digits of any script, as the Unicode classes do", () => {
    const samples = [
      "Putin Says He Wants to Work With Biden, Claims ‘Shared Values’",
      "Crème brûlée — Ærøskøbing’s 2nd “best” café",
      "x² and ½ of ªº µ",
      "İstanbul and the Kelvin sign \u212a",
      "Москва 2024: итоги года",
      "東京 ２０２４ 年",
      "\u00a0non-breaking\u00a0space · bullet • dash – ellipsis…",
      "emoji 😀 and 𝐛𝐨𝐥𝐝 math letters",
      "",
    ];
    for (const s of samples) expect(words(s), s).toBe(unicodeWords(s));
  });

  it("lower-cases and joins words by single spaces", () => {
    expect(words("  The QUICK, brown—fox’s 3 jumps ")).toBe("the quick brown fox s 3 jumps");
  });
});

describe("urlEvidence", () => {
  it("counts what the host and the path segments say", () => {
    expect(urlEvidence("https://docs.example.com/guide/install")).toBeLessThan(0);
    expect(urlEvidence("https://example.com/forum/thread/123")).toBeLessThan(0);
    expect(urlEvidence("https://example.com/products/kettle")).toBe(-1);
    expect(urlEvidence("https://example.com/news/2024/05/market-moves")).toBe(2);
    expect(urlEvidence("https://example.com/")).toBe(-2);
    // only whole segments count: /topics/ is a publisher's section, /newsroom/ is not /news/
    expect(urlEvidence("https://example.com/topics/health/best-toothbrush")).toBe(0);
    expect(urlEvidence("https://example.com/newsroom/item")).toBe(0);
    // …and only the host's first label: "mydocs." is not "docs."
    expect(urlEvidence("https://mydocs.example.com/a/b")).toBe(0);
    expect(urlEvidence("ftp://docs.example.com/a")).toBe(0);
  });
});

describe("byline lines", () => {
  it("leaves out a 'By' line whether its name starts with an ASCII or another capital", () => {
    for (const name of ["Jane Doe", "Élise Martin", "Øystein Berg"]) {
      const text = story(`<p>By ${name}</p>`);
      expect(text, name).not.toContain(name);
      expect(text).toContain(LONG[0]);
    }
  });

  it("keeps a line where 'by' is followed by a lower-case word", () => {
    const line = "by and large the traders agreed";
    expect(story(`<p>${line}</p>`)).toContain(line);
  });
});

describe("closing headings", () => {
  it("drops the list after a references heading but not after a heading that only starts alike", () => {
    const cited = "Smith, J. (2020). Markets and their squares. Town Press, pages 1 to 20.";
    const withRefs = story("", `<h2>References</h2><p>${cited}</p>`);
    expect(withRefs).toContain(LONG[3]);
    expect(withRefs).not.toContain("Smith");
    const notRefs = story("", `<h2>Referendum results</h2><p>${cited}</p>`);
    expect(notRefs).toContain("Smith");
  });
});
