import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { findArticle, squashedEnds } from "../../../src/engine/article";
import { squash } from "../../../src/engine/article/dom";
import { buildTextIndex } from "../../../src/engine/text-index";

const LONG = [
  "The committee met for the third time this month to discuss the proposal, which would move the weekly market from the square to the old railway yard, a change traders have resisted for years.",
  "Supporters of the plan said the yard had space for twice as many stalls, proper drainage and a covered area for the winter months, when the square is often too icy for the elderly to cross.",
  "Opponents, including most of the traders who have worked the square for a generation, said customers would not walk the extra distance, and that the move would empty the cafes around the square.",
  "A final vote is expected next month, after a public consultation in which residents will be asked to choose between the two sites, or a third option that keeps the market where it is.",
];
const prose = LONG.map((t) => `<p>${t}</p>`).join("\n");
const page = (body: string) =>
  `<!doctype html><html><head><title>Market may move to railway yard | Town News</title><meta property="og:type" content="article"></head><body>${body}</body></html>`;
const text = (html: string): string => {
  const doc = new JSDOM(html, { url: "https://news.example/2024/05/market-may-move" }).window.document;
  return buildTextIndex(findArticle(doc)).text;
};

describe("what sites append after the story inside its box", () => {
  it("leaves out the author's bio and the lists of related and trending posts under their own headings", () => {
    const bio = `<h3>About the author</h3><p>Jane Doe is a reporter who has covered the town council for a decade and lives by the old railway yard.</p>`;
    const related = `<h3>Related articles</h3><ul><li>Council approves new cycle lanes on the high street and beside the station</li><li>Traders protest parking charges outside the covered market hall</li></ul>`;
    const trending = `<h4>Trending stories in your town</h4><p>The cheapest places to park this winter include the station, a short walk from the square.</p>`;
    for (const tail of [bio, related, trending, bio + related]) {
      const t = text(page(`<article><h1>Market may move to railway yard</h1>${prose}${tail}</article>`));
      expect(t.split("\n\n")).toEqual(LONG);
    }
  });

  it("keeps a section of the story that only starts like one ('Recommended approach', 'More from the council's report')", () => {
    const section = `<h3>Recommended approach</h3><p>The council's own report recommends keeping the market in the square through the winter and moving it in spring.</p>`;
    const t = text(page(`<article><h1>Market may move to railway yard</h1>${prose}${section}</article>`));
    expect(t).toContain("Recommended approach");
    expect(t).toContain("moving it in spring");
  });

  it("keeps what follows such a heading when it is most of the box (a page that is the list)", () => {
    const items = Array.from({ length: 10 }, (_, i) => `<p>Related story ${i}: ${LONG[i % 4]}</p>`).join("");
    const t = text(page(`<article><h1>Market may move to railway yard</h1><p>${LONG[0]}</p><h3>Related articles</h3>${items}</article>`));
    expect(t).toContain("Related story 9");
  });
});

describe("squashedEnds, the cheap key duplicate blocks are compared by first", () => {
  it("gives equal keys to texts whose squashed forms are equal, however their whitespace differs", () => {
    const words = Array.from({ length: 400 }, (_, i) => `word${i % 37}${i % 5 ? "" : "."}`);
    const spaced = (seed: number): string =>
      words.map((w, i) => w + [" ", "\n   ", "\t", " \u00a0 ", "  \n\n  "][(i * seed) % 5]).join("");
    for (const n of [10, 80]) {
      const keys = [1, 2, 3, 7].map((s) => squashedEnds(`  ${spaced(s)}  `, n));
      expect(new Set(keys).size).toBe(1);
      expect(squash(spaced(1)).length).toBeGreaterThan(2 * n);
      expect(keys[0]).toBe(`${squash(spaced(1)).slice(0, n)}\u0000${squash(spaced(1)).slice(-n)}`);
    }
    // short texts are their squash
    expect(squashedEnds("  a \n b  ")).toBe("a b");
  });

  it("tells apart texts that differ at their start or their end", () => {
    const body = "x ".repeat(500);
    expect(squashedEnds(`first ${body} end`)).not.toBe(squashedEnds(`other ${body} end`));
    expect(squashedEnds(`first ${body} end`)).not.toBe(squashedEnds(`first ${body} fin`));
  });
});

describe("a blog post over a long comment section", () => {
  it("keeps the whole post when the comments under it are many times its length", () => {
    const comment = (i: number) =>
      `<article class="comment"><div class="comment-author">Reader ${i}</div><div class="comment-content"><p>I have shopped at that market for thirty years and I would follow it to the railway yard or anywhere else, comment number ${i}.</p></div></article>`;
    const comments = `<div id="comments" class="comments-wrapper"><h3>${60} responses</h3>${Array.from({ length: 60 }, (_, i) => comment(i)).join("")}</div>`;
    const t = text(page(`<div class="postarea"><h1>Market may move to railway yard</h1>${prose}${comments}</div>`));
    expect(t.split("\n\n")).toEqual(LONG);
  });
});

describe("lists the story's own sentences announce", () => {
  const links = (items: string[], to = "https://venues.example/") => `<ul>${items.map((t, i) => `<li><a href="${to}${i}">${t}</a></li>`).join("")}</ul>`;
  const venues = ["The old railway yard on Station Road", "The covered car park behind the library", "The playing field beside the river"];

  it("keeps a list of links that a paragraph ending on a colon introduces", () => {
    const intro = "<p>The council has shortlisted three sites for the market, each with room for at least sixty stalls:</p>";
    const t = text(page(`<article><h1>Market may move to railway yard</h1>${prose}${intro}${links(venues)}<p>${LONG[0]}</p></article>`));
    for (const v of venues) expect(t).toContain(v);
  });

  // (a menu links to the site's own pages: a block of links away is the story's list of things
  // elsewhere, kept, see article-links.test.ts)
  it("still leaves out a list of links that no sentence introduces (a menu, a block of links under a label)", () => {
    for (const before of ["", "<p>More from the council</p>", `<p>${LONG[1]}</p>`]) {
      const t = text(page(`<article><h1>Market may move to railway yard</h1>${prose}${before}${links(venues, "/venues/")}<p>${LONG[0]}</p></article>`));
      for (const v of venues) expect(t).not.toContain(v);
    }
  });
});

describe("boxes a site adds inside the story's box", () => {
  it("leaves out a consent banner whose class glues 'cookie' or 'consent' to another word", () => {
    for (const cls of ["cmplz-cookiebanner", "consentmanager-box"]) {
      const banner = `<div class="${cls}"><p>To provide the best experiences, we use technologies like cookies to store and access device information on this site.</p></div>`;
      const t = text(page(`<article><h1>Market may move to railway yard</h1>${prose}${banner}</article>`));
      expect(t.split("\n\n")).toEqual(LONG);
    }
  });

  it("leaves out a closing list under a longer heading ('Related articles that may interest you')", () => {
    const related = `<h3>Related articles that may interest you</h3><ul><li>Council approves new cycle lanes on the high street and beside the station</li><li>Traders protest parking charges outside the covered market hall</li></ul>`;
    const t = text(page(`<article><h1>Market may move to railway yard</h1>${prose}${related}</article>`));
    expect(t.split("\n\n")).toEqual(LONG);
  });
});

describe("<header> elements inside the story", () => {
  it("leaves out the article's own header but keeps the headers of its sections", () => {
    const section = (name: string, i: number) => `<section><header><h3>${name}</h3><p>Option ${i}</p></header><p>${LONG[i]}</p></section>`;
    const html = page(
      `<article><header><h1>Market may move to railway yard</h1><p>Town News staff</p></header><p>${LONG[0]}</p>${section("The railway yard", 1)}${section("The square", 2)}<p>${LONG[3]}</p></article>`,
    );
    const t = text(html);
    expect(t).toContain("The railway yard\n\nOption 1");
    expect(t).toContain("The square\n\nOption 2");
    expect(t).not.toContain("Town News staff");
    for (const p of LONG) expect(t).toContain(p);
  });
});

describe("ids made of a heading's own words", () => {
  it("keeps sections and headings whose anchor ids happen to hold a boilerplate word ('social', 'popular', 'share')", () => {
    const html = page(
      `<article><h1>Market may move to railway yard</h1><p>${LONG[0]}</p>` +
        `<section id="how-popular-is-the-market-with-shoppers"><h2 id="how-to-share-the-square-with-the-traders">How to share the square with the traders</h2><p>${LONG[1]}</p></section>` +
        `<h2 id="what-social-media-says-about-the-move">What social media says about the move</h2><p>${LONG[2]}</p><p>${LONG[3]}</p></article>`,
    );
    const t = text(html);
    for (const p of LONG) expect(t).toContain(p);
    expect(t).toContain("How to share the square with the traders");
    expect(t).toContain("What social media says about the move");
  });

  it("still reads a component's name in an id ('related-posts-widget', 'div-gpt-ad-1588612288483-0')", () => {
    for (const id of ["related-posts-widget", "div-gpt-ad-1588612288483-0"]) {
      const box = `<div id="${id}"><p>Council approves new cycle lanes on the high street and beside the station, and more.</p></div>`;
      const t = text(page(`<article><h1>Market may move to railway yard</h1>${prose}${box}</article>`));
      expect(t.split("\n\n")).toEqual(LONG);
    }
  });
});
