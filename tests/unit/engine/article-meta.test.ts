import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { findArticle } from "../../../src/engine/article";

// Small hand-written news pages: how their title and byline are marked, and what a reader would
// call the headline and the author.

const PROSE = [
  "The council voted on Tuesday night to close the old swimming baths at the end of the summer, after an inspection found cracks in the main pool that would cost more to repair than the building is worth.",
  "Swimmers who have used the baths for decades packed the public gallery, and several spoke before the vote to ask for more time to raise money for the repairs through a community share offer.",
  "The leader of the council said the decision was painful but that the money could not be found this year, and promised that a new pool would be part of the leisure centre planned for the north of the town.",
  "Campaigners said they would ask the national heritage body to list the building, which opened in 1906 and still has its original tiled changing cubicles, before the council can sell the site.",
].map((t) => `<p>${t}</p>`).join("\n");

function load(head: string, body: string, url = "https://www.towngazette.example/news/2025/06/baths-to-close"): Document {
  const html = `<!doctype html><html><head><title>Baths to close after council vote | Town Gazette</title><meta property="og:type" content="article"><meta property="og:site_name" content="Town Gazette">${head}</head><body>${body}</body></html>`;
  return new JSDOM(html, { url }).window.document;
}

const story = (header: string) => `<header><a href="/">Town Gazette</a></header><main><article><h1>Baths to close after council vote</h1>${header}${PROSE}</article></main>`;
const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
const byline = (head: string, header: string) => findArticle(load(head, story(header))).byline;

describe("byline", () => {
  it("takes the writer the page shows over a publisher named as the metadata's author", () => {
    const org = ld({ "@type": "NewsArticle", headline: "Baths to close after council vote", author: { "@type": "Organization", name: "Town Gazette" } });
    expect(byline(org, `<div class="post-author">Priya Natarajan</div>`)).toBe("Priya Natarajan");
    // the site's own name in <meta name=author>, or its host
    expect(byline(`<meta name="author" content="Town Gazette">`, `<p class="byline">By Tomasz Wierzbicki</p>`)).toBe("Tomasz Wierzbicki");
    expect(byline(`<meta name="author" content="towngazette">`, `<p class="byline">By Tomasz Wierzbicki</p>`)).toBe("Tomasz Wierzbicki");
    // …and a CMS login
    expect(byline(`<meta name="author" content="jdoe42">`, `<span class="author">Jane Doe</span>`)).toBe("Jane Doe");
  });

  it("keeps the publisher when the page names nobody else", () => {
    const org = ld({ "@type": "NewsArticle", headline: "Baths to close after council vote", author: { "@type": "Organization", name: "Town Gazette" } });
    expect(byline(org, "")).toBe("Town Gazette");
  });

  it("keeps a person the metadata names before the page's markup", () => {
    const person = ld({ "@type": "NewsArticle", headline: "Baths to close after council vote", author: { "@type": "Person", name: "Ana Ruiz" } });
    expect(byline(person, `<div class="post-author">Town Gazette staff</div>`)).toBe("Ana Ruiz");
  });

  it("lists several authors as a byline writes them", () => {
    const two = ld({ "@type": "NewsArticle", headline: "x", author: [{ "@type": "Person", name: "Ana Ruiz" }, { "@type": "Person", name: "Ben Okafor" }] });
    expect(byline(two, "")).toBe("Ana Ruiz and Ben Okafor");
    const three = ld({ "@type": "NewsArticle", headline: "x", author: ["Ana Ruiz", "Ben Okafor", "Chloe Park"] });
    expect(byline(three, "")).toBe("Ana Ruiz, Ben Okafor and Chloe Park");
  });

  it("reads an unmarked byline under the headline: a label, then the name in the next element", () => {
    expect(byline("", `<div><p>Written by</p><p><a href="/people/ana">Ana Ruiz</a></p></div>`)).toBe("Ana Ruiz");
    expect(byline("", `<div><span>By</span><span>Ben Okafor</span></div>`)).toBe("Ben Okafor");
    expect(byline("", `<div><span>Written by:</span> <span>Chloe Park</span></div>`)).toBe("Chloe Park");
    expect(byline("", `<p><span>Posted by David Lee at June 3, 2025 11:15 AM</span></p>`)).toBe("David Lee");
    // under a standfirst and a photo's caption
    const dek = "A century after it opened, the town's Edwardian swimming baths will shut for good in September, the council decided after a three-hour debate on Tuesday night.";
    const caption = "Swimmers at the old baths on the last warm weekend of the summer, when the queue for the main pool reached the end of the street (Photo: Town Gazette archive).";
    expect(byline("", `<p>${dek}</p><figure><figcaption>${caption}</figcaption></figure><div><span>By</span><span>Daryl Austin</span></div>`)).toBe("Daryl Austin");
  });

  it("does not take prose or a date under the headline for a byline", () => {
    expect(byline("", `<p>By 2030 the town will need a new pool.</p>`)).toBeNull();
    expect(byline("", `<div class="byline">Sat, 20 Dec, 2025 - 06:36</div>`)).toBeNull();
  });

  it("cuts the label a template glued to the name, and the role laid out under it", () => {
    expect(byline("", `<div class="byline">ByAmy Roeder</div>`)).toBe("Amy Roeder");
    expect(byline("", `<div class="byline">Byron Hale</div>`)).toBe("Byron Hale");
    expect(byline("", `<div class="post-author"><div>Matt Check</div><div>Head Winemaker, Co-Founder</div></div>`)).toBe("Matt Check");
    // inline name and role: the box defers to its name's own element
    expect(byline("", `<div class="article__author"><span class="article__author__name">Mateusz Haberny</span><span class="article__author__position">Founder at Oakywood</span></div>`)).toBe("Mateusz Haberny");
    // an avatar's initials over the name
    expect(byline("", `<div class="post-author"><div class="avatar">NB</div><div>Nicole Burke</div></div>`)).toBe("Nicole Burke");
    expect(byline("", `<div class="post-author"><div>AP</div></div>`)).toBe("AP");
    // …but not when the box lists more names after it
    expect(byline("", `<div class="byline">By <a class="author-name" href="/a">Ana Ruiz</a> and <a class="author-name" href="/b">Ben Okafor</a></div>`)).toBe("Ana Ruiz and Ben Okafor");
  });

  it("returns a hostile name as plain text", () => {
    expect(byline("", `<div class="byline">By &lt;img src=x onerror=alert(1)&gt;</div>`)).toBe("<img src=x onerror=alert(1)>");
  });
});

describe("title", () => {
  const titled = (title: string, head: string, body: string) =>
    findArticle(new JSDOM(`<!doctype html><html><head><title>${title}</title>${head}</head><body>${body}</body></html>`, { url: "https://www.agency.example/topics/climate" }).window.document).title;

  it("takes a short headline that opens the <title>, not the site's name after it", () => {
    expect(titled("Climate Change | Economic Research Service", "", `<main><h1>Climate Change</h1>${PROSE}</main>`)).toBe("Climate Change");
    const og = `<meta property="og:title" content="Keep Your Teeth Healthy">`;
    expect(titled("Keep Your Teeth Healthy | BlueCross Health Plan of the South", og, `<main><h1>Keep Your Teeth Healthy</h1>${PROSE}</main>`)).toBe("Keep Your Teeth Healthy");
    // the site's name as a heading of its own is still no headline
    expect(titled("Baths to close after council vote | Town Gazette", "", `<header><h1>Town Gazette</h1></header><main><h2>Baths to close after council vote</h2>${PROSE}</main>`)).toBe("Baths to close after council vote");
  });

  it("does not take the heading of a box appended after the story for its headline", () => {
    // the story's headline is no <h1> (a styled <div>); the only <h1> heads a promo box that the
    // template put after the last paragraph, inside the story's column
    const promo = `<div class="after-content"><h1>A message from Jane Roe, co-founder of the Gazette:</h1><p>Support our mission to keep the news free, open and independent.</p></div>`;
    const og = `<meta property="og:title" content="Baths to close after council vote - Town Gazette"><meta property="og:site_name" content="Town Gazette">`;
    const body = `<main><div class="headline">Baths to close after council vote</div><div class="post-content">${PROSE}${promo}</div></main>`;
    expect(titled("Baths to close after council vote - Town Gazette", og, body)).toBe("Baths to close after council vote");
    // an <h1> above the story's first paragraph is still its headline, whatever the metadata says
    const above = `<main><div class="post-content"><h1>Swimming baths will shut in September</h1>${PROSE}${promo}</div></main>`;
    expect(titled("Baths to close after council vote - Town Gazette", og, above)).toBe("Swimming baths will shut in September");
  });
});
