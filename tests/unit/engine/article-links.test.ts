import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { findArticle } from "../../../src/engine/article";
import { linkKind, siteOf, AWAY_LINK, SITE_LINK } from "../../../src/engine/article/links";
import { buildTextIndex } from "../../../src/engine/text-index";

const LONG = [
  "The maintainers spent the autumn on the compiler's new back end, which now builds the standard library and most of the test suite without the patches it needed in the spring.",
  "Most of the work went into the garbage collector, whose pauses were long enough on large programs that two of the project's biggest users had asked for a way to turn it off altogether.",
  "The next release is planned for February, after a round of testing on the three platforms the project supports and a review of the documentation, which still describes the old back end.",
];
const prose = LONG.map((t) => `<p>${t}</p>`).join("\n");
const page = (body: string) =>
  `<!doctype html><html><head><title>Compiler progress report | Dev Notes</title><meta property="og:type" content="article"></head><body>${body}</body></html>`;
const text = (html: string): string => {
  const doc = new JSDOM(html, { url: "https://blog.devnotes.example/2025/11/progress-report" }).window.document;
  return buildTextIndex(findArticle(doc)).text;
};

describe("where a link leads", () => {
  it("reads the host from the href alone; sister hosts and relative links are the site", () => {
    expect(siteOf("https://www.devnotes.example/a")).toBe("devnotes.example");
    expect(linkKind("https://devnotes.example/b", "devnotes.example")).toBe(SITE_LINK);
    expect(linkKind("//shop.devnotes.example/c", "devnotes.example")).toBe(SITE_LINK);
    expect(linkKind("/about", "devnotes.example")).toBe(SITE_LINK);
    expect(linkKind("#notes", "devnotes.example")).toBe(SITE_LINK);
    expect(linkKind("https://github.com/acme/compiler/pull/7", "devnotes.example")).toBe(AWAY_LINK);
    expect(linkKind("HTTP://Example.ORG:8080/x/y", "devnotes.example")).toBe(AWAY_LINK);
    // tracked: an affiliate or campaign link sells, it does not cite
    expect(linkKind("https://www.amazon.com/dp/B0B?tag=site-20", "devnotes.example")).toBe(SITE_LINK);
  });
});

describe("link-dense blocks inside the story", () => {
  it("keeps a section whose list links away to the work it reports (patches, sources)", () => {
    const patches = ["Allow casts between integers and pointers", "Add support for sixteen-bit floating point types", "Fix memory use when splitting deeply nested expressions", "Move the shared library into a target directory"];
    const section = `<div class="sect"><h2>Patches sent</h2><div class="ulist"><ul>${patches.map((p, i) => `<li><p><a href="https://github.com/acme/compiler/pull/${i + 10}">${p}</a></p></li>`).join("")}</ul></div></div>`;
    const t = text(page(`<article><h1>Compiler progress report</h1>${prose}${section}<p>${LONG[0]}</p></article>`));
    for (const p of patches) expect(t).toContain(p);
  });

  it("still leaves out a list of the site's own pages and a row of share links", () => {
    const related = `<div class="more"><ul>${["Progress report for October", "Progress report for September", "How the new back end works"].map((p, i) => `<li><a href="/2025/${i}/report">${p}</a></li>`).join("")}</ul></div>`;
    const share = `<div class="links"><a href="https://twitter.com/intent/tweet">Twitter</a> <a href="https://facebook.com/sharer">Facebook</a></div>`;
    const shops = `<div class="buy">${["Acme Store", "Big River", "Outdoor Co-op"].map((s, i) => `<a href="https://shop${i}.example/item/42?tag=devnotes-20">Check price at ${s} (on sale!)</a>`).join("")}</div>`;
    const t = text(page(`<article><h1>Compiler progress report</h1>${prose}${related}${share}${shops}</article>`));
    expect(t.split("\n\n")).toEqual(LONG);
  });
});

describe("code inside the story", () => {
  it("keeps the comments of a highlighted code block, whose class names them comments", () => {
    const code = `<pre><code class="language-bash"><span class="hljs-comment"># stage only the files named on the command line</span>\ngit add notes.txt\n<span class="token comment"># record the change with its message</span>\ngit commit -m "notes"</code></pre>`;
    const t = text(page(`<article><h1>Compiler progress report</h1>${prose}${code}<p>${LONG[1]}</p></article>`));
    expect(t).toContain("# stage only the files named on the command line");
    expect(t).toContain("# record the change with its message");
  });
});

describe("older pages that set their lines with <br>s", () => {
  const story = LONG.join("<br><br>");
  const nav = `<td><a href="/">Home</a><br><a href="/news">News</a><br><a href="/sports">Sports</a></td>`;
  const old = (cell: string) =>
    `<!doctype html><html><head><title>Compiler progress report - Dev Notes</title></head><body><table><tr>${nav}<td valign="top">${cell}</td></tr></table></body></html>`;

  it("leaves out a byline set inline on a line of its own", () => {
    for (const cell of [
      `<h1>Compiler progress report</h1><font size="2">By Jane Doe, Staff Writer</font><br><br>${story}`,
      `<h1>Compiler progress report</h1><font face="Arial"><b>BY JANE DOE</b><br>${story}</font>`,
    ]) {
      expect(text(old(cell)).split("\n\n")).toEqual(LONG);
    }
  });

  it("keeps words in bold inside a line of the story, and a bold line that is not the headline", () => {
    const t = text(old(`<h1>Compiler progress report</h1><b>Compiler progress report</b> is what the team calls its monthly letter.<br><br><b>By Friday</b> the builds were green.<br><br>The team read <a href="/books/1"><em>By Design</em></a> over the winter.<br><br>${story}`));
    expect(t).toContain("Compiler progress report is what the team calls its monthly letter.");
    expect(t).toContain("By Friday the builds were green.");
    expect(t).toContain("The team read By Design over the winter.");
  });
});
