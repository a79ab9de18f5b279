import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { findArticle } from "../../../src/engine/article";
import { buildTextIndex } from "../../../src/engine/text-index";

// The writer's note a template appends to a post ("Karina Cohen is the owner of…") is not the
// story; the story's own sentences about people stay, even ones that open with a name.

const STORY = [
  "Spring cleaning is easier when the work is split into rooms and the rooms into days, so that no single weekend disappears under buckets and cloths.",
  "Start with the rooms you use least, because they collect the most dust and the fewest daily messes, and finish with the kitchen, which will need a second pass anyway.",
  "Karina Cohen, who runs a cleaning company in Coral Springs, says most clients underestimate how long windows take: an hour a room is a fair guess for a first clean.",
  "Keep one box for things that belong in another room and empty it at the end of each day, or it becomes a room of its own by the end of the week.",
];

function text(head: string, tail: string): string {
  const html = `<!doctype html><html><head><title>How to plan a spring clean | CR Maids</title><meta property="og:type" content="article">${head}</head>
    <body><main><article><h1>How to plan a spring clean</h1>${STORY.map((p) => `<p>${p}</p>`).join("")}${tail}</article></main></body></html>`;
  const doc = new JSDOM(html, { url: "https://crmaids.example/blog/how-to-plan-a-spring-clean" }).window.document;
  return buildTextIndex(findArticle(doc)).text;
}

const NOTE = "Karina Cohen is the owner of CR Maids, a local cleaning company serving Coral Springs and Parkland, and a mother of three who has cleaned houses for twenty years.";
const BOX = `<div class="saboxplugin-wrap"><div class="saboxplugin-gravatar"><img src="/k.jpg" alt=""></div><div class="saboxplugin-authorname"><a href="/author/karina">Karina Cohen</a></div><div class="saboxplugin-desc"><p>${NOTE}</p><p>Karina holds a business degree from Duke University and homeschools her children when she is not leading the team.</p></div></div>`;

describe("the writer's note after the story", () => {
  it("leaves out a note about the author the metadata names, in a box or a bare paragraph", () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({ "@type": "BlogPosting", headline: "How to plan a spring clean", author: { "@type": "Person", name: "Karina Cohen" } })}</script>`;
    const boxed = text(ld, BOX);
    expect(boxed).not.toContain("owner of CR Maids");
    expect(boxed).not.toContain("homeschools");
    for (const p of STORY) expect(boxed).toContain(p);
    const bare = text(`<meta name="author" content="Karina Cohen">`, `<p>${NOTE}</p>`);
    expect(bare).not.toContain("owner of CR Maids");
    expect(bare).toContain(STORY[3]);
  });

  it("keeps the note when no author is named, and the story's sentences about others", () => {
    expect(text("", `<p>${NOTE}</p>`)).toContain("owner of CR Maids");
    const other = `<p>Maria Lopez is the owner of a rival company in Parkland, and she says the same about windows: allow an hour a room the first time.</p>`;
    expect(text(`<meta name="author" content="Karina Cohen">`, other)).toContain("Maria Lopez is the owner");
    // a company as the author: the story's sentences about it are the story
    const company = `<p>Parkland Cleaning has also started a window service this spring, with two teams that do nothing but glass from March to June.</p>`;
    expect(text(`<meta name="author" content="Parkland Cleaning">`, company)).toContain("has also started a window service");
    expect(text(`<meta name="author" content="Parkland">`, company.replace("Parkland Cleaning", "Parkland"))).toContain("has also started a window service");
  });

  it("knows a note that opens with the writer's given name alone", () => {
    const note = `<p>Karina is a mother of three and has cleaned houses in Coral Springs for twenty years; she runs CR Maids with her sister.</p>`;
    expect(text(`<meta name="author" content="Karina Cohen">`, note)).not.toContain("mother of three");
  });
});
