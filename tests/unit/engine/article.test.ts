import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { findArticle, type ArticleLocation } from "../../../src/engine/article";
import { buildTextIndex } from "../../../src/engine/text-index";

const pages = join(__dirname, "../../fixtures/pages");

function load(html: string, url = "https://news.example/2024/story"): Document {
  return new JSDOM(html, { url }).window.document;
}

function read(name: string): { doc: Document; location: ArticleLocation; text: string; paragraphs: string[] } {
  const doc = load(readFileSync(join(pages, name), "utf8"));
  return analyse(doc);
}

function analyse(doc: Document): { doc: Document; location: ArticleLocation; text: string; paragraphs: string[] } {
  const location = findArticle(doc);
  const text = buildTextIndex(location).text;
  return { doc, location, text, paragraphs: text.split("\n\n") };
}

/** The <p> texts of the page that a reader would call the story, whitespace-collapsed. */
function storyParagraphs(doc: Document, selector: string): string[] {
  return Array.from(doc.querySelectorAll(selector)).map((p) => (p.textContent ?? "").replace(/\s+/g, " ").trim());
}

/** A page wrapped around the given body, with enough prose to be an article. */
const LONG = [
  "The committee met for the third time this month to discuss the proposal, which would move the weekly market from the square to the old railway yard, a change traders have resisted for years.",
  "Supporters of the plan said the yard had space for twice as many stalls, proper drainage and a covered area for the winter months, when the square is often too icy for the elderly to cross.",
  "Opponents, including most of the traders who have worked the square for a generation, said customers would not walk the extra distance, and that the move would empty the cafes around the square.",
  "A final vote is expected next month, after a public consultation in which residents will be asked to choose between the two sites, or a third option that keeps the market where it is.",
];
const prose = (cls = "") => LONG.map((t) => `<p${cls}>${t}</p>`).join("\n");
const page = (body: string, head = "") =>
  `<!doctype html><html><head><title>Market may move to railway yard | Town News</title>${head}<meta property="og:type" content="article"></head><body>${body}</body></html>`;

describe("finding the article in the structures real pages use", () => {
  it("reaches through deeply nested layout wrappers to the story and leaves the side column out", () => {
    const { doc, paragraphs, location } = read("article-nested.html");
    expect(paragraphs).toEqual(storyParagraphs(doc, ".story-text p"));
    expect(location.title).toBe("Harbour bridge reopens after two years of repairs");
    expect(location.byline).toBe("Priya Natarajan");
    expect(location.isArticle).toBe(true);
  });

  it("picks the main story among several <article> elements and leaves the teasers out", () => {
    const { doc, paragraphs, text, location } = read("article-several.html");
    expect(paragraphs).toEqual(storyParagraphs(doc, ".main-story p:not(.byline)"));
    expect(text).not.toContain("choir");
    expect(location.byline).toBe("Tomasz Wierzbicki");
  });

  it("keeps every entry of a live blog and none of their share tools", () => {
    const { doc, text } = read("article-liveblog.html");
    for (const p of storyParagraphs(doc, ".post p")) expect(text).toContain(p);
    expect(text).not.toMatch(/Share|Post\b/);
    expect(text).not.toContain("Live coverage by the politics desk");
    expect(text).not.toContain("Home");
  });

  it("joins a body split by an advert and a newsletter box, and leaves both (and the related links) out", () => {
    const { doc, paragraphs } = read("article-adverts.html");
    expect(paragraphs).toEqual(storyParagraphs(doc, ".article-body p"));
  });

  it("leaves out share bars, related, newsletter, author-bio, tag and comment boxes inside the article element", () => {
    const doc = load(
      page(`<nav><a href="/">Home</a> <a href="/x">World</a></nav>
        <article>
          <h1>Market may move to railway yard</h1>
          <div class="social-share"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email this story to a friend</a></div>
          ${prose().split("\n").slice(0, 2).join("")}
          <div class="related-content"><h4>Read more</h4><p>Town hall clock to be repaired after storm damage, council says it will take weeks</p></div>
          ${prose().split("\n").slice(2).join("")}
          <div class="newsletter"><p>Sign up to the Town News daily newsletter for the stories that matter to you most.</p></div>
          <div class="author-bio"><p>Ines Moreau covers local government and has reported for Town News since 2015.</p></div>
          <ul class="tags"><li><a href="/t/market">market</a></li><li><a href="/t/council">council</a></li></ul>
          <section id="comments"><h3>3 comments</h3><p>What a terrible idea, the square is the heart of this town and always has been.</p></section>
        </article>`),
    );
    const { paragraphs } = analyse(doc);
    expect(paragraphs).toEqual(LONG);
  });

  it("leaves out author-details, call-to-action, testimonial and donation boxes longer than a byline", () => {
    const doc = load(
      page(`<article>
          <h1>Market may move to railway yard</h1>
          ${prose().split("\n").slice(0, 2).join("")}
          <div class="article-cta-box"><p>Enjoyed this piece? Our reporting is free to read because readers like you chip in every month.</p><p>Give what you can today and keep local news alive.</p></div>
          ${prose().split("\n").slice(2).join("")}
          <div class="post__author-details"><p>Ines Moreau has covered local government for twenty years, including three mayors, two floods and one very long bypass inquiry.</p><p>She lives by the square with her two dogs.</p></div>
          <div class="wpmtst-testimonial"><p>"The best local paper I have ever read, and I have read a great many of them over the years."</p></div>
          <div class="donation-appeal"><p>Town News is a non-profit kept alive by donations from readers, with no paywall and no adverts.</p></div>
        </article>`),
    );
    const { paragraphs, text } = analyse(doc);
    expect(paragraphs).toEqual(LONG);
    expect(text).not.toMatch(/Enjoyed|twenty years|best local paper|non-profit/);
  });

  it("leaves out the closing list of works cited under its own heading, but not a section of the story that mentions sources", () => {
    const refs = `<div class="refs"><h2>References</h2></div><ol><li>Smith, J. (2019). Markets and towns. Journal of Urban Trade, 12(3), 45-67.</li><li>Okafor, N. and Lind, P. (2021). The covered market. Routledge.</li></ol>`;
    const doc = load(page(`<article><h1>Market may move to railway yard</h1>${prose()}<h2>Sources of funding</h2><p>The move would be paid for by the regional development fund and a loan from the county.</p>${refs}</article>`));
    const { paragraphs, text } = analyse(doc);
    expect(paragraphs).toEqual([...LONG, "Sources of funding", "The move would be paid for by the regional development fund and a loan from the county."]);
    expect(text).not.toMatch(/References|Smith|Okafor/);
    // a page that is mostly its bibliography keeps it
    const list = Array.from({ length: 12 }, (_, i) => `<li>Author ${i}, A. (20${10 + i}). A long and careful study of weekly markets in small towns, volume ${i}.</li>`).join("");
    const biblio = load(page(`<article><h1>Market may move to railway yard</h1><p>${LONG[0]}</p><h2>Sources</h2><ol>${list}</ol></article>`));
    expect(analyse(biblio).text).toContain("Author 11");
  });

  it("leaves out lines that are only a date or a reading time, but keeps dates inside sentences", () => {
    const doc = load(
      page(`<article><h1>Market may move to railway yard</h1>
        <div><span>Published:</span> <span>March 3, 2025</span></div><p>13 min read</p><div>2025-03-03</div>
        ${prose()}<p>The vote was held on March 3, 2025 in the town hall.</p>
        <table><tr><th>Meeting</th><th>Date</th></tr><tr><td>First reading</td><td><span>1/14/2025</span></td></tr></table></article>`),
    );
    const { paragraphs, text } = analyse(doc);
    expect(paragraphs.slice(0, LONG.length + 1)).toEqual([...LONG, "The vote was held on March 3, 2025 in the town hall."]);
    expect(text).not.toMatch(/Published|13 min|2025-03-03/);
    expect(text).toContain("1/14/2025");
  });

  it("never reads hidden elements: hidden, aria-hidden, inline display:none, template, noscript", () => {
    const doc = load(
      page(`<article><h1>Market may move to railway yard</h1>
        ${prose().split("\n").slice(0, 2).join("")}
        <p hidden>Hidden attribute paragraph that should never be read by anyone at all.</p>
        <p aria-hidden="true">Aria hidden paragraph that should never be read by anyone at all.</p>
        <div style="margin:0;display: none !important"><p>Display none paragraph that should never be read at all.</p></div>
        <template><p>Template paragraph that should never be read by anyone at all.</p></template>
        <noscript><p>Noscript paragraph that should never be read by anyone at all.</p></noscript>
        ${prose().split("\n").slice(2).join("")}
      </article>`),
    );
    const { paragraphs, text } = analyse(doc);
    expect(paragraphs).toEqual(LONG);
    expect(text).not.toMatch(/never be read/);
  });

  it("does not mutate the document it reads", () => {
    const doc = load(readFileSync(join(pages, "demo.html"), "utf8"));
    const before = doc.documentElement.outerHTML;
    analyse(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it("calls a listing page with short teasers not an article", () => {
    const items = Array.from({ length: 12 }, (_, i) =>
      `<li class="card"><h3><a href="/p/${i}">Product number ${i} with a longer name</a></h3><p>From 19.99</p><a href="/cart/${i}">Add to cart</a></li>`,
    ).join("");
    const doc = load(
      `<!doctype html><html><head><title>Shop: kitchen</title><meta property="og:type" content="website"></head><body><nav><a href="/">Home</a></nav><h1>Kitchen</h1><ul class="grid">${items}</ul></body></html>`,
      "https://shop.example/category/kitchen",
    );
    expect(findArticle(doc).isArticle).toBe(false);
  });

  it("calls a page of prose with article metadata an article", () => {
    const doc = load(page(`<main><h1>Market may move to railway yard</h1>${prose()}</main>`, '<meta property="article:published_time" content="2024-01-01">'));
    expect(findArticle(doc).isArticle).toBe(true);
  });

  it("reads through page-builder wrappers whose names sound like boilerplate (widget, content-sidebar, right-rail)", () => {
    const widgets = LONG.map((t) => `<div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>${t}</p></div></div>`).join("");
    const doc = load(
      page(`<div class="content-sidebar-wrap"><main class="content"><section class="layout--right-rail"><h1>Market may move to railway yard</h1>${widgets}</section></main>
        <aside class="sidebar"><p>Our newsroom is independent and funded by readers like you, every single day of the year.</p></aside></div>`),
    );
    const { paragraphs } = analyse(doc);
    expect(paragraphs).toEqual(LONG);
  });

  it("leaves out a comment section even when it is longer than the story", () => {
    const comments = Array.from({ length: 8 }, (_, i) =>
      `<li class="comment"><p>Reader ${i} writes: the square has always been the heart of this town, and moving the market would be a terrible mistake for everyone.</p></li>`,
    ).join("");
    const doc = load(page(`<main><article><h1>Market may move to railway yard</h1>${prose()}</article><div id="comments"><ol class="commentlist">${comments}</ol></div></main>`));
    const { paragraphs, text } = analyse(doc);
    expect(paragraphs).toEqual(LONG);
    expect(text).not.toContain("Reader");
  });

  it("leaves out standalone furniture lines inside the body but keeps the same words inside prose", () => {
    const doc = load(
      page(`<article><h1>Market may move to railway yard</h1><a class="skip" href="#c">Skip to content</a>
        ${prose().split("\n").slice(0, 2).join("")}<div>Advertisement</div><h3>Related</h3>
        <p>Traders said they would share the cost of a survey, and that the advertisement for it is already printed.</p>
        ${prose().split("\n").slice(2).join("")}<div>Back to top</div></article>`),
    );
    const { paragraphs } = analyse(doc);
    expect(paragraphs).toEqual([...LONG.slice(0, 2), "Traders said they would share the cost of a survey, and that the advertisement for it is already printed.", ...LONG.slice(2)]);
  });

  it("takes the visible headline beside the body as the title, not the site's name in an outer <h1>", () => {
    const doc = load(
      `<!doctype html><html><head><title>Town News | Market may move</title><meta property="og:site_name" content="Town News"></head>
       <body><header><h1>Town News</h1></header><main><h1>Market may move to the railway yard next spring</h1>${prose()}</main></body></html>`,
    );
    expect(findArticle(doc).title).toBe("Market may move to the railway yard next spring");
  });

  it("never calls a site's front page an article", () => {
    const doc = load(page(`<main><h1>Market may move to railway yard</h1>${prose()}${prose()}</main>`), "https://news.example/");
    expect(findArticle(doc).isArticle).toBe(false);
  });

  it("never takes a logo <h1> linking to the front page as the headline", () => {
    const doc = load(
      `<!doctype html><html><head><title>A short guide to markets</title></head>
       <body><header><h1><a href="/">Gabby Goes Places</a></h1></header><div class="entry"><h2>Markets</h2>${prose()}</div></body></html>`,
    );
    expect(findArticle(doc).title).toBe("A short guide to markets");
  });

  it("reads the author out of bylines templates glue to labels and dates", () => {
    const byline = (markup: string) =>
      findArticle(load(page(`<main><h1>Market may move to railway yard</h1><div class="byline">${markup}</div>${prose()}</main>`))).byline;
    expect(byline("Written by<a href='/a/dan'>Dan Pantelo</a>")).toBe("Dan Pantelo");
    expect(byline("Nick van Mead<time>2022-11-23T08:10+02:00</time>")).toBe("Nick van Mead");
    expect(byline("By Chris Carroll · 30 Sep 2022")).toBe("Chris Carroll");
    expect(byline("August 28, 2025 • 5 min read")).toBeNull();
  });

  it("reads a chunk streamed by React's server renderer (hidden div#S:0, moved into place by script) but no other hidden div", () => {
    const doc = load(
      page(`<main><template id="B:0"></template></main>
        <div hidden id="S:0"><article><h1>Market may move to railway yard</h1>${prose()}</article></div>
        <div hidden id="promo"><p>A hidden promotion that nobody ever sees on the page, even after it loads.</p></div>`),
    );
    const { paragraphs, text } = analyse(doc);
    expect(paragraphs).toEqual(LONG);
    expect(text).not.toContain("promotion");
  });

  it("reads a body the template rendered twice (a mobile and a desktop copy) once, but keeps lines the story repeats", () => {
    const copy = `<h2>Where the market goes next</h2>${prose()}`;
    const doc = load(
      page(`<article><h1>Market may move to railway yard</h1>
        <div class="body-mobile">${copy}</div><div class="body-desktop">${copy}</div>
        <h3>Week one</h3><ul><li>Monday: rest day, a walk around the square</li><li>Tuesday: rest day, a walk around the square</li></ul>
      </article>`),
    );
    const { paragraphs } = analyse(doc);
    expect(paragraphs.filter((p) => p === LONG[0])).toHaveLength(1);
    expect(paragraphs.filter((p) => p === "Where the market goes next")).toHaveLength(1);
    expect(paragraphs.slice(1, 1 + LONG.length)).toEqual(LONG);
    expect(paragraphs.filter((p) => p.endsWith("rest day, a walk around the square"))).toHaveLength(2);
  });

  it("leaves out disclosures, credit and copyright lines and call-to-action boxes, but not the same words inside the story", () => {
    const doc = load(
      page(`<article><h1>Market may move to railway yard</h1>
        <p>We may earn a commission from links on this page, but we only recommend what we like.</p>
        <div>Written by Ines Moreau</div>
        ${prose().split("\n").slice(0, 2).join("")}
        <div class="promo-box"><h4>Ready to sell at the market?</h4><p>Book your stall in two minutes.</p><a class="btn btn-primary" href="/stalls">Book now</a></div>
        <p>Traders who want a say before the vote can <a href="/contact">contact us</a>, the council said, adding that no official would earn a commission on stall referrals.</p>
        ${prose().split("\n").slice(2).join("")}
        <div>Sign up</div><p>Copyright © 2024 Town News. All rights reserved.</p>
      </article>`),
    );
    const { paragraphs, text } = analyse(doc);
    expect(paragraphs).toEqual([
      LONG[0],
      LONG[1],
      "Traders who want a say before the vote can contact us, the council said, adding that no official would earn a commission on stall referrals.",
      LONG[2],
      LONG[3],
    ]);
    expect(text).not.toMatch(/Written by|Book now|Ready to sell|Copyright|Sign up|may earn/);
  });

  it("tells a service page (headings over short pitches, a contact form) from a blog post with the same amount of prose", () => {
    const pitches = ["Strategy", "Design", "Engineering", "Support", "Training", "Audits"]
      .map((h) => `<h2>${h} consulting for growing teams</h2><p>Our ${h.toLowerCase()} experts help your business move faster with proven methods and friendly people.</p><a class="btn" href="/contact">Get a quote</a>`)
      .join("");
    const service = new JSDOM(
      `<!doctype html><html><head><title>Consulting services | Acme</title></head><body><main><h1>Consulting services</h1>${pitches}${prose()}
        <form><input name="name"><input name="email"><input name="phone"><select name="topic"></select><textarea></textarea><button>Send</button></form></main></body></html>`,
      { url: "https://acme.example/services/consulting" },
    ).window.document;
    expect(findArticle(service).isArticle).toBe(false);
    const post = new JSDOM(
      `<!doctype html><html><head><title>Why the market may move to the railway yard | Town Blog</title><meta name="author" content="Ines Moreau"></head>
        <body><main><article><h1>Why the market may move to the railway yard</h1>${prose()}</article></main></body></html>`,
      { url: "https://town.example/blog/why-the-market-may-move-to-the-railway-yard" },
    ).window.document;
    expect(findArticle(post).isArticle).toBe(true);
  });

  it("leaves out teasers of the site's other stories beside the body, but keeps a roundup made of them", () => {
    const teaser = (i: number) =>
      `<div class="card"><h3><a href="/2024/other-story-${i}">Council approves new cycle lanes on the high street, number ${i}</a></h3><p>The lanes will run from the station to the school and take a year to build, the council said on Monday.</p></div>`;
    const doc = load(
      page(`<div class="layout"><article><h1>Market may move to railway yard</h1>${prose()}</article>
        <div class="latest">${[1, 2, 3].map(teaser).join("")}</div></div>`),
    );
    const { paragraphs, text } = analyse(doc);
    expect(paragraphs).toEqual(LONG);
    expect(text).not.toContain("cycle lanes");
    const roundup = load(page(`<main><h1>The week's council stories</h1><p>Our pick of the week.</p>${[1, 2, 3, 4, 5, 6].map(teaser).join("")}</main>`));
    expect(analyse(roundup).text).toContain("number 6");
  });

  it("takes a section label in the <h1> ('Our Blog') for what it is and names the story from its metadata", () => {
    const doc = load(
      `<!doctype html><html><head><title>Market may move to railway yard - Town News</title><meta property="og:title" content="Market may move to railway yard - Town News"></head>
        <body><header><h1>Our Blog</h1></header><main><div class="post-content">${prose()}</div></main></body></html>`,
    );
    expect(findArticle(doc).title).toBe("Market may move to railway yard");
  });

  it("leaves out a page footer of testimonials as long as the story, even when its inner wrapper is named 'content'", () => {
    const quotes = Array.from({ length: 6 }, (_, i) =>
      `<div class="testimonial"><p>Reviewer ${i}: the staff were friendly, the clinic was spotless and we never waited long for an appointment.</p></div>`,
    ).join("");
    const doc = load(page(`<main><article><h1>Market may move to railway yard</h1>${prose()}</article></main><footer role="contentinfo"><div class="bar-content">${quotes}</div></footer>`));
    const { paragraphs, text } = analyse(doc);
    expect(paragraphs).toEqual(LONG);
    expect(text).not.toContain("Reviewer");
  });
});
