// The article / not-article verdict on small pages written by hand, one of each kind the finder
// meets: what a reader would call them, whatever the fitted weights are.
import { describe, expect, it } from "vitest";
import { verdict } from "./article-verdict-page";

const STORY = [
  "The town council voted on Tuesday night to move the weekly market from the square to the old railway yard, ending a dispute that has divided traders and residents for almost three years.",
  "“We have listened to everyone, and we believe the yard gives the market a future,” said Maria Lopez, the council leader, after the vote, which passed by seven votes to four.",
  "Traders who have worked the square for a generation said they would appeal. “Our customers are old, and they will not walk the extra half mile in winter,” said Tom Briggs, who has sold cheese there since 1998.",
  "The move is expected to take place in the spring, once drainage work at the yard is finished and a covered area for forty stalls has been built at a cost of about £400,000.",
  "Shop owners around the square fear the loss of the market will empty their cafes on Saturdays, the busiest day of their week, and several have asked the council for a cut in business rates.",
];

const EXPLAINER = [
  "A heat pump moves heat rather than making it. In winter it takes warmth from the outside air, even on a cold day, and carries it into the house; in summer it can run the other way and cool the rooms.",
  "Inside the unit a refrigerant boils at a very low temperature. As it takes up heat from the air it turns into a gas, which a compressor squeezes until it is hot enough to warm the water in your radiators.",
  "Because most of the energy comes from the air, a heat pump gives out three or four times as much heat as the electricity it uses, which is why it costs less to run than an electric heater.",
  "It works best in a well insulated house with large radiators or underfloor heating, since it heats water to a lower temperature than a gas boiler does, for longer, and the rooms warm up more slowly.",
];

const html = (head: string, body: string): string =>
  `<!doctype html><html><head>${head}</head><body><header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About</a></nav></header>${body}<footer><p>© 2024 Example Media. All rights reserved.</p></footer></body></html>`;

describe("the article verdict on the kinds of page the finder meets", () => {
  it("calls a news story an article", () => {
    const page = html(
      `<title>Council votes to move market to railway yard | Town News</title><meta property="og:type" content="article"><meta name="author" content="Jane Doe">`,
      `<main><article><h1>Council votes to move market to railway yard</h1><p class="byline">By Jane Doe</p>${STORY.map((p) => `<p>${p}</p>`).join("")}</article></main>`,
    );
    expect(verdict(page, "https://town.example/news/2024/05/14/council-votes-to-move-market-to-railway-yard")).toBe(true);
  });

  it("calls an explainer an article even without any article metadata", () => {
    const sections = ["What a heat pump does", "How it works", "What it costs to run", "Which homes suit one"];
    const page = html(
      `<title>How does a heat pump work? | Home Energy Guide</title>`,
      `<main><h1>How does a heat pump work?</h1>${EXPLAINER.map((p, i) => `<h2>${sections[i]}</h2><p>${p}</p>`).join("")}</main>`,
    );
    expect(verdict(page, "https://energy.example/guides/how-does-a-heat-pump-work")).toBe(true);
  });

  it("does not call a blog's listing of posts an article, though every teaser is a sentence", () => {
    const cards = STORY.concat(EXPLAINER)
      .map((p, i) => `<article class="card"><h2><a href="/blog/post-${i}">Post number ${i} about the market and the town</a></h2><time datetime="2024-05-0${i % 9 + 1}">May ${i + 1}, 2024</time><p>${p.slice(0, 120)}…</p><a href="/blog/post-${i}">Read more</a></article>`)
      .join("");
    const page = html(`<title>Blog | Town News</title><meta property="og:type" content="website">`, `<main><h1>Blog</h1>${cards}</main>`);
    expect(verdict(page, "https://town.example/blog")).toBe(false);
  });

  it("does not call a forum thread an article for the question in its headline, though the question over paragraphs is one", () => {
    // no metadata and an address that says nothing of a forum: what is left is the headline and
    // the body; a thread's posts stand in boxes of their own, an explainer's text in paragraphs
    const posts = [
      "My loaves rise well in the basket overnight, but as soon as I turn them out they spread into a flat disc and bake up dense. I use a wet dough and a young starter. What am I doing wrong?",
      "That is a lot of water for a beginner's flour. Try a stiffer dough for a few bakes and see whether the loaf holds its shape; you can add water again once your shaping is tighter.",
      "Sounds like overproofing to me. A night on the counter in summer is far too long. Put the basket in the fridge and bake straight from cold, it will hold its shape much better.",
      "Thanks both! I tried the fridge last night and the loaf came out taller than any I have made so far. I will try the stiffer dough next weekend as well.",
    ];
    const question = "How do I keep my sourdough from going flat?";
    const thread = html(
      `<title>${question} - Bakers' Forum</title>`,
      `<main><h1>${question}</h1><div class="thread">${posts.map((t, i) => `<div class="post"><div class="post-author"><a href="/u/${i}">member${i}</a></div><div class="post-body">${t}</div></div>`).join("")}</div></main>`,
    );
    const explainer = html(`<title>${question} - Bakers' Guide</title>`, `<main><h1>${question}</h1>${posts.map((t) => `<p>${t}</p>`).join("")}</main>`);
    const url = "https://www.bakers.example/bread/4821";
    expect(verdict(thread, url)).toBe(false);
    expect(verdict(explainer, url)).toBe(true);
  });

  it("does not call a documentation page of options and code an article", () => {
    const options = ["timeout", "retries", "cache", "logLevel", "proxy", "userAgent"]
      .map((o) => `<dt><code>${o}</code></dt><dd>Sets the ${o} used for every request the client sends; when it is not given, the default described in the table above applies.</dd>`)
      .join("");
    const page = html(
      `<title>Configuration - Client docs</title>`,
      `<div class="docs"><h1>Configuration</h1><p>Pass an options object when you create the client.</p><pre><code>const client = createClient({ timeout: 5000, retries: 2 });</code></pre><h2>Options</h2><dl>${options}</dl><h2>Environment</h2><pre><code>CLIENT_TIMEOUT=5000</code></pre></div>`,
    );
    expect(verdict(page, "https://client.example/docs/configuration")).toBe(false);
  });

  it("does not call a product page an article, though its description is prose", () => {
    const specs = ["Solid oak top, 140 × 70 cm", "Powder-coated steel legs", "Height 74 cm", "Assembly takes about 20 minutes", "Ten-year guarantee"]
      .map((s) => `<li>${s}</li>`)
      .join("");
    const page = html(
      `<title>Oak desk 140 cm | Furniture Shop</title><meta property="og:type" content="product"><script type="application/ld+json">{"@type":"Product","name":"Oak desk","offers":{"@type":"Offer","price":"349.00"}}</script>`,
      `<main><h1>Oak desk, 140 cm</h1><p class="price">£349.00</p><form><select name="finish"><option>Natural</option><option>Dark</option></select><input type="number" name="qty" value="1"><button>Add to basket</button></form>
       <h2>Description</h2><p>A generous desk made from solid oak, with room for two screens and a lamp. The top is oiled by hand, so it darkens gently over the years and every scratch can be sanded away.</p><h2>Specifications</h2><ul>${specs}</ul>
       <h2>Delivery</h2><p>Free delivery within five working days to most addresses on the mainland.</p></main>`,
    );
    expect(verdict(page, "https://shop.example/products/oak-desk-140")).toBe(false);
  });

  it("tells sentences set as a page's paragraphs from the same sentences set as the items of lists", () => {
    // nothing else on the page says article or not: no metadata, a short address, a plain headline
    const asParagraphs = html(`<title>The market move and the traders</title>`, `<main><h1>The market move and the traders</h1>${STORY.map((p) => `<p>${p}</p>`).join("")}</main>`);
    const asItems = html(`<title>The market move and the traders</title>`, `<main><h1>The market move and the traders</h1>${STORY.map((p) => `<ul><li>${p}</li></ul>`).join("")}</main>`);
    const url = "https://town.example/traders/market-move";
    expect(verdict(asParagraphs, url)).toBe(true);
    expect(verdict(asItems, url)).toBe(false);
  });

  it("does not call a service page an article when calls to action break its prose, though the same prose alone is one", () => {
    // an installer's page: a headline, four short sections, no metadata; the second copy adds
    // what such pages add, a "Get a free quote" under the headline and after every section
    const sections = ["What it does", "How it works", "Running costs", "Is it for you?"];
    const actions = ["Get a free quote", "Book a survey", "Call us today", "See our prices"];
    const page = (cta: boolean): string =>
      html(
        `<title>Heat pump installation | Warm Homes</title>`,
        `<main><h1>Heat pump installation</h1>${cta ? `<p>Fitted by certified engineers across the county. <a class="btn" href="/quote">Get a free quote</a></p>` : ""}${EXPLAINER.map(
          (p, i) => `<h2>${sections[i]}</h2><p>${p}</p>${cta ? `<div class="cta"><a class="button" href="/contact">${actions[i]}</a></div>` : ""}`,
        ).join("")}</main>`,
      );
    const url = "https://warmhomes.example/heat-pump-installation";
    expect(verdict(page(false), url)).toBe(true);
    expect(verdict(page(true), url)).toBe(false);
  });
});

// A page as news sites made them before og:type and JSON-LD: no metadata at all, a layout table
// with a menu and sidebars of links beside the story, the headline in <font><b>, a "By …" line
// and a date, a dateline, and the paragraphs broken by <br><br> instead of set in <p>s.
const OLD_NAV = ["Home", "Local", "Sports", "Business", "Obituaries", "Classifieds", "Weather", "Contact"].map((n) => `<a href="/${n.toLowerCase()}/">${n}</a>`).join(" | ");
const OLD_SIDE = ["School board names new head", "Storm knocks out power to 2,000 homes", "Police seek driver in hit-and-run", "High school team wins state title", "Library to close for repairs"]
  .map((t, i) => `<a href="/local/article_${4500 + i}.html">${t}</a><br>`)
  .join("");
const oldPage = (title: string, main: string): string =>
  `<html><head><title>${title} - The Valley Herald</title></head><body><table width="100%"><tr><td colspan="3"><img src="/img/logo.gif" alt="The Valley Herald"><br>${OLD_NAV}</td></tr>` +
  `<tr><td width="160" valign="top">${OLD_SIDE}<form action="/search"><input name="q"><input type="submit" value="Search"></form></td><td valign="top">${main}</td>` +
  `<td width="160" valign="top"><b>Most read</b><br>${OLD_SIDE}</td></tr><tr><td colspan="3"><font size="1">Copyright 2009 The Valley Herald. All rights reserved.</font></td></tr></table></body></html>`;

describe("the article verdict on older and plainer pages, which declare nothing about themselves", () => {
  it("calls a story an article when its paragraphs are broken by <br><br> in a layout table", () => {
    const page = oldPage(
      "Council votes to move market to railway yard",
      `<font size="4"><b>Council votes to move market to railway yard</b></font><br><font size="2">By Jane Doe, Herald Staff Writer<br>Published: Wednesday, May 13, 2009</font><br><br><font size="2">SPRINGFIELD — ${STORY.join("<br><br>")}</font>`,
    );
    expect(verdict(page, "http://www.valleyherald.example/local/article_4521.html")).toBe(true);
  });

  it("does not call a section's list of headlines and teasers an article, set the same old way", () => {
    const teasers = STORY.map((p, i) => `<b><a href="/local/article_${4600 + i}.html">Market story number ${i} of the week</a></b><br>${p.slice(0, 110)}… <a href="/local/article_${4600 + i}.html">more</a><br><br>`).join("");
    const page = oldPage("Local news", `<font size="4"><b>Local news</b></font><br><br>${teasers}`);
    expect(verdict(page, "http://www.valleyherald.example/local/")).toBe(false);
  });

  it("does not call a shop's product page an article, set the same old way", () => {
    const page = oldPage(
      "Oak desk 140 cm",
      `<font size="4"><b>Oak desk, 140 cm</b></font><br><b>Price: $349.00</b><br><br>${EXPLAINER[0]!.replace("heat pump", "desk")}<br><br>Solid oak top, 140 x 70 cm<br>Powder-coated steel legs<br>Height 74 cm<br>Ten-year guarantee<br><br>` +
        `<form action="/cart"><select name="finish"><option>Natural</option><option>Dark</option></select> Qty <input name="qty" value="1"> <input type="submit" value="Add to cart"></form>`,
    );
    expect(verdict(page, "http://www.furniture.example/shop/product.php?id=1402")).toBe(false);
  });
});

describe("the article verdict on what a publishing tool writes for a post and not for a fixed page", () => {
  const TRIP = [
    "We spent the first week of the holiday in a small stone cottage above the harbour, and most mornings began with a slow walk down the hill to buy bread before the fishing boats came back in.",
    "The weather turned on the fourth day. Rain came in sideways off the sea, and we spent a long afternoon in the village museum, which turned out to hold a fine collection of old ship models and maps.",
    "By the end of the week we had found a favourite cafe, learned the names of two of the fishermen, and decided, somewhat rashly, that we would come back every summer for as long as we could.",
  ];
  it("calls a blog's front page that shows its latest post in full an article when readers are asked to comment under it", () => {
    const replies = `<div id="respond" class="comment-respond"><h3>Leave a reply</h3><form id="commentform" class="comment-form"><textarea name="comment"></textarea><input name="author"><button type="submit">Post comment</button></form></div>`;
    const post = (after: string): string =>
      html(`<title>A week by the harbour</title>`, `<main><div class="post"><h1>A week by the harbour</h1>${TRIP.map((p) => `<p>${p}</p>`).join("")}</div>${after}</main>`);
    // the front page's address says "home page", which alone outweighs three paragraphs of prose
    expect(verdict(post(""), "https://jane.example/")).toBe(false);
    expect(verdict(post(replies), "https://jane.example/")).toBe(true);
  });

  it("does not call a shop's product page an article for the review form the shop puts under it", () => {
    const reviews = `<div id="reviews"><h2>Reviews</h2><p>There are no reviews yet.</p><div id="review_form_wrapper"><div id="review_form"><div id="respond" class="comment-respond"><h3>Be the first to review this jacket</h3><form id="commentform" class="comment-form"><textarea name="comment"></textarea><input name="author"><button type="submit">Submit</button></form></div></div></div></div>`;
    const page = html(
      `<title>Waxed cotton jacket</title>`,
      `<main><div class="product"><h1>Waxed cotton jacket</h1>${TRIP.map((p) => `<p>${p}</p>`).join("")}<p class="price">$189.00</p><form class="cart"><input name="quantity" value="1"><button type="submit">Add to basket</button></form></div>${reviews}</main>`,
    );
    expect(verdict(page, "https://outfitters.example/product/waxed-cotton-jacket/")).toBe(false);
  });

  it("calls a short page of headed sections an article when it declares the time it was published", () => {
    const ADVICE = [
      "A boiler that is checked every year runs more safely, keeps its warranty valid, and usually pays for the visit in lower bills over the following winter.",
      "The engineer looks at every radiator, the flue and the pipes in the loft, and should tell you on the day what needs doing before any work begins.",
      "Autumn is the busiest time of the year for engineers, so a visit booked in late summer is often quicker to arrange and finds any faults before the cold weather arrives.",
    ];
    const sections = ["Why once a year", "What is checked", "When to book"];
    const page = (head: string): string =>
      html(
        `<title>Boiler servicing</title><meta property="og:type" content="article">${head}`,
        `<main><h1>Boiler servicing</h1>${ADVICE.map((p, i) => `<h2>${sections[i]}</h2><p>${p}</p>`).join("")}</main>`,
      );
    const url = "https://heat.example/boiler-servicing";
    // og:type "article" alone is what a site's fixed pages carry too
    expect(verdict(page(""), url)).toBe(false);
    expect(verdict(page(`<meta property="article:published_time" content="2024-09-02T08:00:00+00:00">`), url)).toBe(true);
  });
});
