import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { firstLook, lookVerdict } from "../../../src/engine/article/first-look";

// lookVerdict is what the content script runs on every page: firstLook's verdict, reading the
// page's parts only while they can still change it. These tests hold the two to the same answer
// and check that the parts it skips are the ones that could not have mattered.

const pages = join(__dirname, "../../fixtures/pages");

const STORY = [
  "The council voted on Tuesday night to close the old swimming baths on Mill Lane at the end of the summer, after an engineer's report found that the roof could not be repaired for less than the cost of a new building.",
  "Swimmers who have used the baths since they opened in 1936 packed the public gallery, and several held up hand-made signs asking the council to look again at the figures before the doors close for good.",
];

const NEWS_URL = "https://example.org/news/mill-lane-baths-to-close-after-vote";

function page(head: string, body: string, url: string): Document {
  return new JSDOM(`<!doctype html><html><head><title>Page</title>${head}</head><body>${body}</body></html>`, { url }).window.document;
}

function both(d: Document, url: string): { full: string; quick: string; stages: string[] } {
  const stages: string[] = [];
  const quick = lookVerdict(d, url, stages);
  return { full: firstLook(d, url).verdict, quick, stages };
}

describe("lookVerdict: firstLook's verdict", () => {
  it("on every fixture page, at its own address and at one that says nothing", () => {
    const files = readdirSync(pages).filter((f) => f.endsWith(".html"));
    const verdicts = new Set<string>();
    for (const f of files) {
      const html = readFileSync(join(pages, f), "utf8");
      for (const url of [`http://127.0.0.1:8080/${f}`, "https://example.org/"]) {
        const d = new JSDOM(html, { url }).window.document;
        const { full, quick } = both(d, url);
        expect(quick, `${f} at ${url}`).toBe(full);
        verdicts.add(full);
      }
    }
    // both answers occur, or the comparison would prove nothing
    expect([...verdicts].sort()).toEqual(["maybe", "not-article"]);
  });

  it("on pages around the line, with and without each kind of claim", () => {
    const heads = [
      "",
      `<meta property="og:type" content="article">`,
      `<meta property="og:type" content="product">`,
      `<meta name="author" content="A. Writer">`,
      `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-05-01","author":"A. Writer"}</script>`,
      `<script type="application/ld+json">{"@type":"ItemList"}</script>`,
      `<div itemscope itemtype="https://schema.org/BlogPosting"></div>`,
    ];
    const urls = [NEWS_URL, "https://example.org/local/mill-lane-baths", "https://example.org/", "http://127.0.0.1/page/7.html"];
    let compared = 0;
    for (const url of urls)
      for (const head of heads)
        for (const n of [0, 1, 2])
          for (const h1 of ["", "<h1>Why are the Mill Lane baths closing?</h1>"]) {
            const d = page(head, h1 + STORY.slice(0, n).map((t) => `<p>${t}</p>`).join(""), url);
            const { full, quick } = both(d, url);
            expect(quick, `${url} ${head} ${n} ${h1}`).toBe(full);
            compared++;
          }
    expect(compared).toBe(urls.length * heads.length * 6);
  });

  it("a type spelled with a \\u escape in JSON-LD counts as the type (its text is not skipped unparsed)", () => {
    // here the structured data alone decides: without it the page is rejected
    const plain = page("", "", NEWS_URL);
    expect(both(plain, NEWS_URL)).toMatchObject({ full: "not-article", quick: "not-article" });
    for (const ld of [`{"@type":"NewsArticle"}`, `{"@type":"News\\u0041rticle"}`]) {
      const d = page(`<script type="application/ld+json">${ld}</script>`, "", NEWS_URL);
      expect(firstLook(d, NEWS_URL).features.ldArticle, ld).toBe(1);
      expect(both(d, NEWS_URL), ld).toMatchObject({ full: "maybe", quick: "maybe" });
    }
    // JSON-LD that names no type the look knows changes nothing
    const site = page(`<script type="application/ld+json">{"@type":"WebSite","name":"Example"}</script>`, "", NEWS_URL);
    expect(both(site, NEWS_URL)).toMatchObject({ full: "not-article", quick: "not-article" });
  });
});

describe("lookVerdict: reads only what can change the verdict", () => {
  it("an empty page at a plain address is settled without reading its metadata", () => {
    const d = page(`<script type="application/ld+json">{"@type":"NewsArticle"}</script>`, "<div>Menu</div>", "https://example.org/local/mill-lane-baths");
    const { quick, stages } = both(d, "https://example.org/local/mill-lane-baths");
    expect(quick).toBe("not-article");
    expect(stages).not.toContain("structured");
  });

  it("a story at a news address goes on to the finder on its prose alone", () => {
    const d = page("", STORY.map((t) => `<p>${t}</p>`).join(""), NEWS_URL);
    expect(both(d, NEWS_URL)).toMatchObject({ full: "maybe", quick: "maybe", stages: ["prose"] });
  });

  it("a page whose text has no <p>s but is broken by <br>s goes on after the prose sample, unless its address speaks against an article, as firstLook says", () => {
    const links = Array.from({ length: 8 }, (_, i) => `<a href="/local/${i}.html">Story ${i}</a><br>`).join("");
    const body = `<table><tr><td>${links}</td><td><b>Mill Lane baths</b><br>${STORY.join("<br><br>")}</td></tr></table>`;
    for (const url of [NEWS_URL, "http://127.0.0.1/page/7.html"]) {
      expect(both(page("", body, url), url), url).toMatchObject({ full: "maybe", quick: "maybe", stages: ["prose"] });
    }
    // a forum's thread or a site's front page is judged by the sum, and the two agree
    for (const url of ["https://example.org/forums/thread/mill-lane-baths", "https://example.org/"]) {
      const { full, quick } = both(page("", body, url), url);
      expect(quick, url).toBe(full);
      expect(full, url).toBe("not-article");
    }
    for (const url of [NEWS_URL, "https://example.org/", "http://127.0.0.1/page/7.html"]) {
      // the same page with its text in <p>s is judged on that text (and its few <br>s do nothing)
      const set = page("", `<table><tr><td>${links}</td><td><b>Mill Lane baths</b>${STORY.map((t) => `<p>${t}</p>`).join("")}</td></tr></table>`, url);
      const { full, quick } = both(set, url);
      expect(quick, url).toBe(full);
    }
  });
});
