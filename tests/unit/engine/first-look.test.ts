import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { findArticle, urlEvidence } from "../../../src/engine/article";
import { addressShape, firstLook, REJECT_BELOW } from "../../../src/engine/article/first-look";

const pages = join(__dirname, "../../fixtures/pages");

function doc(html: string, url = "https://example.org/local/mill-lane-baths"): Document {
  return new JSDOM(html, { url }).window.document;
}

/** Four paragraphs a reader would call a story. */
const STORY = [
  "The council voted on Tuesday night to close the old swimming baths on Mill Lane at the end of the summer, after an engineer's report found that the roof could not be repaired for less than the cost of a new building.",
  "Swimmers who have used the baths since they opened in 1936 packed the public gallery, and several held up hand-made signs asking the council to look again at the figures before the doors close for good.",
  "The leader of the council said the decision had been the hardest of her time in office, but that keeping an unsafe building open was not something any responsible authority could do, whatever its history.",
  "A new leisure centre with two pools is planned for the former bus depot, although the council admitted that no money has yet been set aside for it and that building work would not start before next year.",
];

const page = ({ head = "", body }: { head?: string; body: string }): string =>
  `<!doctype html><html><head><meta charset="utf-8"><title>Page</title>${head}</head><body>${body}</body></html>`;

const nav = `<header><nav><ul>${["Home", "News", "Sport", "Weather", "Culture", "Contact"].map((t) => `<li><a href="/${t}">${t}</a></li>`).join("")}</ul></nav></header>`;
const footer = `<footer><p>© 2026 Example Media. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>`;

describe("firstLook: pages it lets through", () => {
  it("an article without any metadata, on its paragraphs alone", () => {
    const d = doc(page({ body: `${nav}<main><h1>Mill Lane baths to close</h1>${STORY.map((t) => `<p>${t}</p>`).join("")}</main>${footer}` }));
    const look = firstLook(d);
    expect(look.verdict).toBe("maybe");
    expect(look.reason).toBe("content");
    expect(look.features.oneParentShare).toBe(1);
    expect(look.features.longParagraphs).toBeCloseTo(Math.log1p(4));
  });

  it("a long article: reading stops once one parent holds enough prose", () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `<p>${STORY[i % 4]}</p>`).join("");
    const d = doc(page({ body: `${nav}<article><h1>Mill Lane baths to close</h1>${paragraphs}</article>${footer}` }));
    const look = firstLook(d);
    expect(look.verdict).toBe("maybe");
    expect(look.paragraphs).toBeGreaterThan(5);
    expect(look.paragraphs).toBeLessThan(40);
  });

  it("a single-page app's shell that claims a NewsArticle: not yet, then yes once the story renders", () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({ "@context": "https://schema.org", "@graph": [{ "@type": "WebPage" }, { "@type": "NewsArticle", headline: "Baths to close", datePublished: "2026-05-01", author: { "@type": "Person", name: "A. Writer" } }] })}</script>`;
    const d = doc(page({ head: ld, body: `<div id="root"></div>` }), "https://example.org/news/2026/05/mill-lane-baths-to-close");
    const empty = firstLook(d);
    expect(empty.features.ldArticle).toBe(1);
    expect(empty.features.published).toBe(1);
    expect(empty.features.author).toBe(1);
    // nothing to analyse yet (the full finder needs text too); the content script looks again
    // when the page grows
    expect(findArticle(d).isArticle).toBe(false);
    d.getElementById("root")!.append(...STORY.slice(0, 3).map((t) => Object.assign(d.createElement("p"), { textContent: t })));
    expect(firstLook(d).verdict).toBe("maybe");
    expect(firstLook(d).score).toBeGreaterThan(empty.score);
  });

  it("an article whose paragraphs are in an article element with og:type=article", () => {
    const d = doc(page({ head: `<meta property="og:type" content="article">`, body: `<article><h1>Baths</h1>${STORY.slice(0, 1).map((t) => `<p>${t}</p>`).join("")}</article>` }));
    expect(firstLook(d).verdict).toBe("maybe");
  });

  it("a page that claims to be a product but carries a long article goes on (claims can be wrong)", () => {
    const ld = `<script type="application/ld+json">{"@type":"Product","name":"Swim cap"}</script>`;
    const long = Array.from({ length: 32 }, (_, i) => `<p>${STORY[i % 4]}</p>`).join("");
    const d = doc(page({ head: `${ld}<meta property="og:type" content="product">`, body: `${nav}<div class="content">${long}</div>${footer}` }));
    const look = firstLook(d);
    expect(look.features.ldOther).toBe(1);
    expect(look.features.ogOther).toBe(1);
    expect(look.verdict).toBe("maybe");
  });

  it("a story set the old way, its paragraphs broken by <br><br> in a layout table, goes on to the finder, which calls it an article", () => {
    // no metadata, no <p>: the look cannot read this prose, and its sum alone would reject it
    const side = ["Storm knocks out power", "School board names head", "Team wins state title", "Library to close"].map((t, i) => `<a href="/local/article_${i}.html">${t}</a><br>`).join("");
    const body = `<table><tr><td colspan="2"><a href="/">Home</a> | <a href="/local/">Local</a> | <a href="/sports/">Sports</a></td></tr><tr><td valign="top">${side}<form action="/search"><input name="q"></form></td>` +
      `<td valign="top"><font size="4"><b>Mill Lane baths to close</b></font><br><font size="2">By Jane Doe, Staff Writer<br>May 13, 2009</font><br><br><font size="2">${STORY.join("<br><br>")}</font></td></tr></table>`;
    const url = "http://www.herald.example/local/article_4521.html";
    const d = doc(page({ body }), url);
    const look = firstLook(d, url);
    expect(look.features.prose).toBe(0);
    expect(look.score).toBeLessThan(REJECT_BELOW);
    expect(look.verdict).toBe("maybe");
    expect(findArticle(d, { url }).isArticle).toBe(true);
  });

  it("an old story under its blog's name: the headline is the <h1> the title names, not the first", () => {
    // the site's section sets its name in an <h1> above the story's; the page declares nothing
    // and its address is a number, so the headline's words are what tip the sum
    const links = Array.from({ length: 60 }, (_, i) => `<li><a href="/id/${1000 + i}">Section ${i}</a></li>`).join("");
    const body = `<div class="top"><h1>Town Talk</h1><ul>${links}</ul><form>${"<input>".repeat(10)}</form></div>` +
      `<div class="story"><h1>Council votes to close the Mill Lane baths</h1>${STORY.slice(0, 2).map((t) => `<p>${t}</p>`).join("")}</div>`;
    const html = (title: string): string => page({ body }).replace("<title>Page</title>", `<title>${title}</title>`);
    const url = "https://www.valleyherald.example/id/44613978";
    const story = firstLook(doc(html("Town Talk: Council votes to close the Mill Lane baths - Valley Herald"), url));
    expect(story.features.headlineWords).toBe(8);
    expect(story.verdict).toBe("maybe");
    // a title that names neither keeps the first <h1>, as before
    expect(firstLook(doc(html("Valley Herald"), url)).features.headlineWords).toBe(2);
  });

  it("every fixture page the full finder calls an article", () => {
    const files = readdirSync(pages).filter((f) => f.endsWith(".html"));
    let articles = 0;
    for (const f of files) {
      const d = doc(readFileSync(join(pages, f), "utf8"), `http://127.0.0.1:8080/${f}`);
      if (!findArticle(d).isArticle) continue;
      articles++;
      expect(firstLook(d).verdict, f).toBe("maybe");
    }
    expect(articles).toBeGreaterThan(3);
  });
});

describe("firstLook: pages it rejects", () => {
  it("a home page: headlines and short teasers in cards, at the site's root", () => {
    const cards = STORY.map((t, i) => `<div class="card"><h2><a href="/news/${i}">Headline ${i}</a></h2><p>${t.slice(0, 90)}…</p></div>`).join("");
    const d = doc(page({ head: `<meta property="og:type" content="website">`, body: `${nav}<main>${cards}</main>${footer}` }), "https://example.org/");
    const look = firstLook(d);
    expect(look.verdict).toBe("not-article");
    // the full finder agrees
    expect(findArticle(d, { url: "https://example.org/" }).isArticle).toBe(false);
  });

  it("search results: a list of links with snippets, however many", () => {
    const results = Array.from({ length: 40 }, (_, i) => `<li><a href="/r/${i}">Result ${i}: swimming baths</a><p>${STORY[i % 4]!.slice(0, 120)}</p></li>`).join("");
    const d = doc(page({ head: `<script type="application/ld+json">{"@type":"SearchResultsPage"}</script>`, body: `${nav}<form role="search"><input name="q"></form><ol>${results}</ol>${footer}` }), "https://example.org/search?q=baths");
    const look = firstLook(d);
    expect(look.verdict).toBe("not-article");
    expect(findArticle(d, { url: "https://example.org/search?q=baths" }).isArticle).toBe(false);
  });

  it("a product page: product metadata, a price, a short description", () => {
    const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Swim cap","offers":{"@type":"Offer","price":"9.99"}}</script>`;
    const body = `${nav}<main><h1>Silicone swim cap</h1><p class="price">£9.99</p><p>Comfortable silicone cap that keeps long hair dry in the pool and stays put for your whole session.</p><button>Add to basket</button><ul><li>Colour: blue</li><li>Size: one size</li></ul></main>${footer}`;
    const d = doc(page({ head: `${ld}<meta property="og:type" content="product">`, body }), "https://shop.example.org/products/swim-cap");
    const look = firstLook(d);
    expect(look.verdict).toBe("not-article");
    // what it claims weighed more than what it holds
    expect(look.reason).toBe("claims");
  });

  it("a forum thread: many posts, each in its own box, marked up as a discussion", () => {
    const posts = STORY.map((t, i) => `<div class="post"><div class="meta"><a href="/u/${i}">user${i}</a> <a href="#p${i}">#${i}</a></div><div class="body"><p>${t}</p></div><button>Reply</button> <button>Quote</button></div>`).join("");
    const ld = `<script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Mill Lane baths"}</script>`;
    const url = "https://example.org/forums/thread/mill-lane-baths";
    const d = doc(page({ head: ld, body: `${nav}<main><h1>Mill Lane baths</h1>${posts}<form><textarea></textarea><button>Post</button></form></main>${footer}` }), url);
    const look = firstLook(d);
    expect(look.features.oneParentShare).toBeLessThan(0.5);
    expect(look.features.controls).toBeCloseTo(Math.log1p(10));
    expect(look.verdict).toBe("not-article");
    expect(findArticle(d, { url }).isArticle).toBe(false);
  });

  it("a documentation page: headings, short notes and code blocks", () => {
    const code = (n: number) => `<pre><code>const baths = await council.find("mill-lane-${n}");\nbaths.close();</code></pre>`;
    const body = `${nav}<main><h1>Closing a facility</h1><p>Use the close method on a facility you found before.</p>${code(1)}<h2>Options</h2><p>Pass a date to close it later.</p>${code(2)}${code(3)}</main>${footer}`;
    const url = "https://example.org/docs/api/close";
    const d = doc(page({ body }), url);
    const look = firstLook(d);
    expect(look.features.codeBlocks).toBeCloseTo(Math.log1p(3));
    expect(look.verdict).toBe("not-article");
    expect(findArticle(d, { url }).isArticle).toBe(false);
  });

  it("a section front: many article cards with teasers", () => {
    const cards = Array.from({ length: 12 }, (_, i) => `<article class="card"><h3><a href="/news/story-${i}">Headline number ${i} about the town</a></h3><p>${STORY[i % 4]!.slice(0, 110)}…</p><time>2 hours ago</time></article>`).join("");
    const url = "https://example.org/local";
    const d = doc(page({ head: `<meta property="og:type" content="website">`, body: `${nav}<main><h1>Local</h1><section>${cards}</section></main>${footer}` }), url);
    const look = firstLook(d);
    expect(look.features.manyArticles).toBe(1);
    expect(look.verdict).toBe("not-article");
    expect(findArticle(d, { url }).isArticle).toBe(false);
  });

  it("microdata types count, and only the first items of a long catalogue are read", () => {
    const item = (t: string) => `<div itemscope itemtype="https://schema.org/${t}"><span itemprop="name">Swim cap</span></div>`;
    const many = Array.from({ length: 60 }, () => item("Thing")).join("");
    expect(firstLook(doc(page({ body: item("Product") }))).features.ldOther).toBe(1);
    expect(firstLook(doc(page({ body: item("BlogPosting") }))).features.ldArticle).toBe(1);
    // an article type beyond the first items of a catalogue is not seen
    expect(firstLook(doc(page({ body: many + item("BlogPosting") }))).features.ldArticle).toBe(0);
  });

  it("a page without prose in <p>s and with few <br>s is still judged on what it has", () => {
    // the <br> exception is for text the look cannot read, not for every page without <p>s
    const cells = Array.from({ length: 30 }, (_, i) => `<div class="tile"><a href="/item/${i}">Item ${i}</a><br><span>£${i + 5}.99</span></div>`).join("");
    const few = doc(page({ body: `${nav}<main>${cells.replace(/<br>/g, "")}</main>${footer}` }), "https://example.org/");
    expect(firstLook(few).verdict).toBe("not-article");
    // a listing whose teasers are <p>s is read, <br>s or not, and rejected
    const teasers = Array.from({ length: 12 }, (_, i) => `<div class="card"><h3><a href="/news/story-${i}">Headline ${i}</a></h3><br><p>${STORY[i % 4]!.slice(0, 100)}…</p><br></div>`).join("");
    expect(firstLook(doc(page({ head: `<meta property="og:type" content="website">`, body: `${nav}<main>${teasers}</main>${footer}` }), "https://example.org/")).verdict).toBe("not-article");
  });

  it("an empty page, and a page with no body at all", () => {
    expect(firstLook(doc("<!doctype html><html><head><title>x</title></head><body></body></html>")).verdict).toBe("not-article");
    const bare = new JSDOM("").window.document;
    bare.documentElement.remove();
    expect(firstLook(bare).verdict).toBe("not-article");
  });

  it("a huge page of link lists reads at most its first hundred or so paragraphs", () => {
    const cells = Array.from({ length: 5000 }, (_, i) => `<p><a href="/item/${i}">Item number ${i} in the catalogue, with a long name to fill the line</a></p>`).join("");
    const d = doc(page({ body: `${nav}<div>${cells}</div>${footer}` }));
    const look = firstLook(d);
    expect(look.verdict).toBe("not-article");
    expect(look.paragraphs).toBeLessThanOrEqual(120);
  });

  it("malformed JSON-LD and hostile markup are read as data, never run or trusted", () => {
    const head = `<script type="application/ld+json">{"@type": "NewsArticle",</script><meta property="og:type" content="<img src=x onerror=alert(1)>">`;
    const d = doc(page({ head, body: `<p>Short.</p>` }));
    expect(firstLook(d).verdict).toBe("not-article");
  });
});

describe("firstLook: never changes the page", () => {
  it("leaves the document's markup exactly as it was", () => {
    const d = doc(page({ head: `<meta property="og:type" content="article">`, body: `${nav}<article>${STORY.map((t) => `<p>${t}</p>`).join("")}</article>${footer}` }));
    const before = d.documentElement.outerHTML;
    firstLook(d);
    expect(d.documentElement.outerHTML).toBe(before);
  });
});

/** The address reading the finder's weights were fitted with (regular expressions, as it stood
 *  before both readers moved to Set lookups), frozen here as the reference. */
function referenceUrlEvidence(url: string): number {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 0;
  }
  if (!/^https?:$/.test(u.protocol)) return 0;
  const segments = u.pathname.toLowerCase().split("/").filter(Boolean);
  if (!segments.length) return -2;
  let e = 0;
  if (/^(?:docs?|forums?|community|discuss|support|help|wiki|api|shop|store)\./i.test(u.hostname)) e -= 2;
  for (const seg of segments) {
    if (/^(?:forums?|threads?|topic|discussions?|questions|community|docs?|documentation|api|reference|manual)$/.test(seg)) e -= 2;
    else if (/^(?:products?|shop|store|cart|category|categories|tags?|search|services?|solutions?|pricing|portfolio|sections?)$/.test(seg)) e -= 1;
    else if (/^(?:news|blogs?|articles?|posts?|stories|story|opinion|features?|columns?|reviews?)$/.test(seg)) e += 1;
  }
  if (/\/(?:19|20)\d\d\/(?:0?[1-9]|1[0-2])\//.test(u.pathname)) e += 1;
  return Math.max(-3, Math.min(2, e));
}

describe("addressShape", () => {
  it("reads every address as the reference reading the finder's weights were fitted with", () => {
    const urls = [
      "https://example.org/", "https://example.org", "http://example.org/?p=1", "https://docs.example.org/guide/start",
      "https://forum.example.org/t/123", "https://www.example.org/forums/thread/9", "https://example.org/questions/42/how",
      "https://example.org/products/shoe", "https://example.org/shop/category/shoes", "https://example.org/tag/politics",
      "https://example.org/news/2024/05/17/story", "https://example.org/2024/5/17/story", "https://example.org/2024/13/17/x",
      "https://example.org/1999/12/", "https://example.org/2024/05", "https://example.org/2024//05/x", "https://example.org/blog/post/hello",
      "https://example.org/News/Story", "https://example.org/reviews/features/opinion", "https://example.org/search?q=a",
      "https://help.example.org/articles/1", "ftp://example.org/news/1", "not a url", "", "https://example.org/Sections/world",
      "https://example.org/3024/05/x", "https://example.org/2024/00/x", "https://example.org/2024/012/x", "https://shop.example.org/",
      "https://example.org/docs/api/reference/manual", "https://example.org/blog/blogs/news/stories/story",
      "https://example.org/topic/42", "https://example.org/topics/health/best-toothbrush",
    ];
    for (const u of urls) {
      expect(addressShape(u), u).toBe(referenceUrlEvidence(u));
      expect(urlEvidence(u), u).toBe(referenceUrlEvidence(u));
    }
  });

  it("reads a parsed address (the page's own location) as its string", () => {
    for (const u of ["https://example.org/", "https://docs.example.org/news/2024/05/x", "https://example.org/shop/tag/a"]) {
      const d = doc("<!doctype html><html><body><p>x</p></body></html>", u);
      expect(addressShape(d.location), u).toBe(addressShape(u));
      expect(firstLook(d, d.location).features, u).toEqual(firstLook(d, u).features);
    }
  });
});
