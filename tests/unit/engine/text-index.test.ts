import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import type { ArticleLocation } from "../../../src/engine/article";
import { buildTextIndex, type TextIndex } from "../../../src/engine/text-index";

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
