import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { findArticle, type ArticleLocation } from "../../../src/engine/article";
import { buildTextIndex, startTextIndex, type TextIndex } from "../../../src/engine/text-index";
import { buildTextIndexReference } from "./text-index-reference";

/** An index over the whole body of a small page: the finder is not under test here. */
function indexOf(bodyHtml: string, excluded: (el: Element) => boolean = () => false): { doc: Document; index: TextIndex } {
  const doc = new JSDOM(`<!doctype html><html><body>${bodyHtml}</body></html>`).window.document;
  const location: ArticleLocation = { isArticle: true, roots: [doc.body], title: "", byline: null, isExcluded: excluded };
  return { doc, index: buildTextIndex(location) };
}

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walker = root.ownerDocument!.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

describe("the flat text", () => {
  it("reads a word split over inline elements as one word", () => {
    const { index } = indexOf("<p>FBI Director Christopher <a href='/w'>Wray</a> confirmed it. Chris<b>to</b><i>pher</i>.</p>");
    expect(index.text).toBe("FBI Director Christopher Wray confirmed it. Christopher.");
  });

  it("collapses whitespace runs, no-break spaces and newlines as a reader sees them", () => {
    const { index } = indexOf("<p>  one \n\t two\u00a0\u00a0three  <span> four </span> five </p>");
    expect(index.text).toBe("one two three four five");
  });

  it("turns block edges into one paragraph break and <br> into a line break", () => {
    const { index } = indexOf("<div><p>First.</p><p>Second<br>line.</p></div><ul><li>Item one</li><li>Item two</li></ul><h2>Head</h2>Tail<br><br>After");
    expect(index.text).toBe("First.\n\nSecond\nline.\n\nItem one\n\nItem two\n\nHead\n\nTail\n\nAfter");
  });

  it("drops soft hyphens and zero-width spaces but keeps the mapping exact", () => {
    const { index } = indexOf("<p>extra\u00adordinary zero\u200bwidth</p>");
    expect(index.text).toBe("extraordinary zerowidth");
    const r = index.rangeOf(0, "extraordinary".length)!;
    expect(r.toString()).toBe("extra\u00adordinary");
  });

  it("keeps whitespace inside <pre>", () => {
    const { index } = indexOf("<p>Before</p><pre>a  b\n  c</pre><p>After</p>");
    expect(index.text).toBe("Before\n\na  b\n  c\n\nAfter");
  });

  it("leaves out hidden elements and what the location excludes", () => {
    const { index } = indexOf(
      "<p>Shown.</p><p hidden>Hidden attr.</p><p aria-hidden='true'>Aria hidden.</p>" +
        "<p style='color: red; display: none'>Display none.</p><template><p>Template.</p></template>" +
        "<noscript>Noscript.</noscript><div class='ad'>Advert.</div><p>Also shown.</p>",
      (el) => el.classList.contains("ad"),
    );
    expect(index.text).toBe("Shown.\n\nAlso shown.");
  });

  it("is empty for a page with no visible text", () => {
    const { index } = indexOf("<p hidden>nothing</p>");
    expect(index.text).toBe("");
    expect(index.rangeOf(0, 0)).toBeNull();
  });
});

describe("offsets and ranges", () => {
  const html =
    "<h2>A title</h2><p>Putin  met <a href='/b'>Joe <b>Bid</b>en</a> on\nTuesday.<br>Later, more.</p>" +
    "<div><span>   </span><em>x</em>y z</div><p>Tail end\u00a0here</p>";

  it("maps every non-break character to a Text node character equal to it (after collapse)", () => {
    const { index } = indexOf(html);
    for (let i = 0; i < index.text.length; i++) {
      const ch = index.text[i]!;
      if (ch === "\n") continue;
      const pt = index.pointAt(i)!;
      expect(pt, `offset ${i}`).not.toBeNull();
      const src = pt.node.data[pt.offset]!;
      if (ch === " ") expect(/\s/.test(src), `offset ${i} ${JSON.stringify(src)}`).toBe(true);
      else expect(src, `offset ${i}`).toBe(ch);
    }
  });

  it("turns every span into a Range and back into the same span", () => {
    const { index } = indexOf(html);
    const n = index.text.length;
    for (let s = 0; s < n; s++) {
      for (let e = s + 1; e <= n; e++) {
        // spans that start or end on a break character have no visible edge of their own
        if (/\s/.test(index.text[s]!) || /\s/.test(index.text[e - 1]!)) continue;
        const r = index.rangeOf(s, e)!;
        expect(index.spanOf(r), `${s}-${e}`).toEqual({ start: s, end: e });
      }
    }
  });

  it("gives ranges whose DOM text reads as the span once whitespace collapses", () => {
    const { index } = indexOf(html);
    const find = (w: string) => {
      const s = index.text.indexOf(w);
      expect(s, w).toBeGreaterThanOrEqual(0);
      return index.rangeOf(s, s + w.length)!;
    };
    expect(find("Joe Biden").toString()).toBe("Joe Biden");
    expect(find("met Joe").toString()).toBe("met Joe");
    expect(find("on Tuesday").toString().replace(/\s+/g, " ")).toBe("on Tuesday");
    expect(find("xy z").toString()).toBe("xy z");
    expect(find("end here").toString()).toBe("end\u00a0here");
  });

  it("maps a Text node offset to its flat offset and back", () => {
    const { doc, index } = indexOf(html);
    const bid = textNodes(doc.body).find((t) => t.data === "Bid")!;
    const at = index.offsetOf(bid, 1)!;
    expect(index.text.slice(at, at + 4)).toBe("iden");
    expect(index.pointAt(at)).toEqual({ node: bid, offset: 1 });
    // a node that holds only collapsed whitespace has no characters of its own
    const blank = textNodes(doc.body).find((t) => t.data === "   ")!;
    expect(index.offsetOf(blank, 0)).toBeNull();
  });

  it("reads a user's selection across elements as the span it covers", () => {
    const { doc, index } = indexOf(html);
    const r = doc.createRange();
    const p = doc.querySelector("p")!;
    // from the start of the paragraph element to the end of the <b> element
    r.setStart(p, 0);
    r.setEnd(doc.querySelector("b")!, 1);
    const span = index.spanOf(r)!;
    expect(index.text.slice(span.start, span.end)).toBe("Putin met Joe Bid");
  });

  it("gives no span for a range over text the index left out", () => {
    const { doc, index } = indexOf("<p>Kept words.</p><div class='ad'>Buy now.</div><p>More kept.</p>", (el) => el.classList.contains("ad"));
    const ad = doc.querySelector(".ad")!.firstChild as Text;
    const r = doc.createRange();
    r.setStart(ad, 0);
    r.setEnd(ad, 3);
    expect(index.spanOf(r)).toBeNull();
    expect(index.offsetOf(ad, 0)).toBeNull();
  });
});

describe("the run-based map agrees with the per-character map it replaced", () => {
  /** Every answer of both indexes over one location: text, points, ranges, node offsets, spans.
   *  Collected into one list each (nodes by their position in the page) and compared once. */
  function expectSame(doc: Document, location: ArticleLocation, label: string, build: (l: ArticleLocation) => TextIndex = buildTextIndex): void {
    const nodes = new Map<Node, number>();
    const walker = doc.createTreeWalker(doc.body, 1 | 4);
    const points: [Node, number][] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.set(node, nodes.size);
      points.push([node, 0]);
      points.push([node, node.nodeType === 3 ? (node as Text).data.length : node.childNodes.length]);
    }
    const answers = (ix: TextIndex): unknown[] => {
      const out: unknown[] = [ix.text];
      const n = ix.text.length;
      const pt = (p: { node: Node; offset: number } | null) => (p ? `${nodes.get(p.node)}:${p.offset}` : null);
      for (let i = -1; i <= n + 1; i++) out.push(`pointAt ${i} ${pt(ix.pointAt(i))}`);
      for (let s = 0; s <= n; s++) {
        // every start with a few lengths, up to a whole sentence
        for (const len of [0, 1, 13]) {
          const r = ix.rangeOf(s, Math.min(n, s + len));
          out.push(`rangeOf ${s}+${len} ${r && `${pt({ node: r.startContainer, offset: r.startOffset })}-${pt({ node: r.endContainer, offset: r.endOffset })}`}`);
          const b = ix.boundsOf(s, Math.min(n, s + len));
          out.push(`boundsOf ${s}+${len} ${b && `${pt({ node: b.startContainer as Text, offset: b.startOffset })}-${pt({ node: b.endContainer as Text, offset: b.endOffset })}`}`);
        }
      }
      for (const t of textNodes(doc.body)) for (let o = 0; o <= t.data.length; o++) out.push(`offsetOf ${nodes.get(t)}:${o} ${ix.offsetOf(t, o)}`);
      // ranges a user could select: between element boundaries and text positions
      const step = Math.max(1, Math.floor(points.length / 80));
      for (let a = 0; a < points.length; a += step) {
        for (let b = a; b < points.length; b += step + 1) {
          const r = doc.createRange();
          r.setStart(...points[a]!);
          r.setEnd(...points[b]!);
          out.push(`spanOf ${a}-${b} ${JSON.stringify(ix.spanOf(r))}`);
        }
      }
      return out;
    };
    expect(answers(build(location)), label).toEqual(answers(buildTextIndexReference(location)));
  }

  it("on the demo news page", () => {
    const html = readFileSync(join(__dirname, "../../fixtures/pages/demo.html"), "utf8");
    const doc = new JSDOM(html, { url: "https://ledger.example/world/putin-biden" }).window.document;
    const location = findArticle(doc);
    expect(location.isArticle).toBe(true);
    expectSame(doc, location, "demo");
  });

  it("on the demo news page indexed a slice at a time, as the first paint does on a long page", () => {
    const html = readFileSync(join(__dirname, "../../fixtures/pages/demo.html"), "utf8");
    const doc = new JSDOM(html, { url: "https://ledger.example/world/putin-biden" }).window.document;
    let slices = 0;
    // stop at every chance: the walk must carry its place (open elements, pending breaks and
    // spaces, <pre>) from one slice to the next
    expectSame(doc, findArticle(doc), "demo, sliced", (l) => {
      const build = startTextIndex(l);
      for (;;) {
        slices++;
        const ix = build.run(() => true, 1);
        if (ix) return ix;
      }
    });
    expect(slices).toBeGreaterThan(100);
  });

  it("on pages built at random from every kind of whitespace, invisible character and element", () => {
    // a fixed seed: the same pages every run
    let seed = 12345;
    const rnd = (k: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % k;
    };
    const bits = ["word", "Wray", " ", "  ", "\n", "\t", "\u00a0", " \u00a0 ", "\u00ad", "\u200b", "x\u200by", "“quote”", "a b c", "   lead", "trail   ", "é"];
    const text = (): string => Array.from({ length: 1 + rnd(5) }, () => bits[rnd(bits.length)]!).join("");
    const tree = (depth: number): string => {
      let out = "";
      for (let k = 1 + rnd(4); k > 0; k--) {
        const r = rnd(10);
        if (depth > 3 || r < 4) out += text();
        else if (r === 4) out += "<br>";
        else if (r === 5) out += `<p>${tree(depth + 1)}</p>`;
        else if (r === 6) out += `<pre>${tree(depth + 1)}</pre>`;
        else if (r === 7) out += `<span hidden>${text()}</span>`;
        else out += `<${["a", "b", "em", "div"][rnd(4)]}>${tree(depth + 1)}</${["a", "b", "em", "div"][rnd(4)]}>`;
      }
      return out;
    };
    for (let page = 0; page < 60; page++) {
      const body = tree(0);
      const doc = new JSDOM(`<!doctype html><html><body>${body}</body></html>`).window.document;
      const location: ArticleLocation = { isArticle: true, roots: [doc.body], title: "", byline: null, isExcluded: () => false };
      expectSame(doc, location, `page ${page}: ${body}`);
      // and with the body's children as several roots, indexed a slice at a time
      const roots = [...doc.body.children];
      if (roots.length > 1) {
        expectSame(doc, { ...location, roots }, `page ${page} in slices: ${body}`, (l) => {
          const build = startTextIndex(l);
          for (let k = 1; ; k++) {
            const ix = build.run(() => true, 1 + (k % 3));
            if (ix) return ix;
          }
        });
      }
    }
  });
});
