// Short single stories: one headline, a byline or a date under it, a few paragraphs, on a page
// whose menus, headline lists and footer outweigh the story. Readers call them articles; the
// verdict read them as a portal's furniture around a fragment.
import { describe, expect, it } from "vitest";
import { verdict } from "./article-verdict-page";

const STORY = [
  "The town council voted on Tuesday night to move the weekly market from the square to the old railway yard, ending a dispute that has divided traders and residents for almost three years.",
  "“We have listened to everyone, and we believe the yard gives the market a future,” said Maria Lopez, the council leader, after the vote, which passed by seven votes to four.",
  "Traders who have worked the square for a generation said they would appeal. “Our customers are old, and they will not walk the extra half mile in winter,” said Tom Briggs, who has sold cheese there since 1998.",
  "The move is expected to take place in the spring, once drainage work at the yard is finished.",
];
const HEADLINES = [
  "School board names new head", "Storm knocks out power to 2,000 homes", "Police seek driver in hit-and-run", "High school team wins state title",
  "Library to close for repairs", "Bridge repairs to start in June", "New bakery opens on Main Street", "Council approves budget for parks",
  "Road closures this weekend", "Fire crews tackle barn blaze", "Museum gets a new director", "Hospital parking fees to rise",
];
const SECTIONS = ["Home", "Local", "Sports", "Business", "Opinion", "Obituaries", "Classifieds", "Weather", "Entertainment", "Lifestyle", "Jobs", "Autos", "Real estate", "Contact"];
const menu = SECTIONS.map((n) => `<li><a href="/${n.toLowerCase().replace(" ", "-")}/">${n}</a></li>`).join("");
const rail = HEADLINES.map((t, i) => `<li><a href="/local/${4500 + i}">${t}</a></li>`).join("");

/** A regional paper's story page without metadata: menus, a rail of headlines, a footer. */
const portal = (head: string, story: string[], underHeadline: string): string =>
  `<!doctype html><html><head><title>Council votes to move market to railway yard - Valley Herald</title>${head}</head><body>` +
  `<div class="top"><ul>${menu}</ul><form action="/search"><input name="q"><button>Search</button></form></div>` +
  `<div class="wrap"><div class="main"><h1>Council votes to move market to railway yard</h1>${underHeadline}${story.map((p) => `<p>${p}</p>`).join("")}</div>` +
  `<div class="rail"><h3>Most read</h3><ul>${rail}</ul><h3>Latest</h3><ul>${rail}</ul></div></div>` +
  `<div class="bottom"><ul>${menu}</ul><p>© 2024 Valley Herald. All rights reserved.</p></div></body></html>`;

const URL = "https://www.valleyherald.example/local/4521";

describe("the article verdict on short single stories", () => {
  it("calls a short story on a page of menus and headline lists an article when it is dated and signed under its headline", () => {
    const page = portal("", STORY, `<div class="info">By Jane Doe, Herald staff · May 14, 2024</div>`);
    expect(verdict(page, URL)).toBe(true);
  });

  it("calls a brief of four to five hundred characters an article", () => {
    const page = portal(`<meta property="og:type" content="article">`, STORY.slice(0, 3), `<p class="meta"><time datetime="2024-05-14">May 14, 2024</time></p>`);
    expect(verdict(page, URL)).toBe(true);
    // a teaser box of two sentences stays too little to be one, dated or not
    expect(verdict(portal(`<meta property="og:type" content="article">`, STORY.slice(0, 2), `<p class="meta"><time datetime="2024-05-14">May 14, 2024</time></p>`), URL)).toBe(false);
  });
});
