// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { bringIntoView, CARD_CSS } from "../../../src/content/ui";

/** The card's stylesheet parsed by the CSSOM, as the shadow root gets it. */
function rules(): CSSRuleList {
  const style = document.createElement("style");
  style.textContent = CARD_CSS;
  document.head.append(style);
  const sheet = style.sheet!;
  style.remove();
  return sheet.cssRules;
}

describe("card stylesheet", () => {
  it("in forced colours the colour swatch is not drawn (it would be an empty box posing as a checkbox)", () => {
    const forced = [...rules()].filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && /forced-colors:\s*active/.test(r.conditionText));
    const swatch = forced.flatMap((m) => [...m.cssRules]).find((r): r is CSSStyleRule => r instanceof CSSStyleRule && r.selectorText === ".swatch");
    expect(swatch?.style.display).toBe("none");
  });
});

describe("bringIntoView", () => {
  afterEach(() => vi.restoreAllMocks());

  /** A range over a word whose box is `rect`, in a document of `view` px high (jsdom has no layout). */
  function word(rect: { top: number; width: number; height: number }, view = 600) {
    document.body.innerHTML = "<p>Hello Wray there</p>";
    const text = document.querySelector("p")!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 6);
    range.setEnd(text, 10);
    const box = { top: rect.top, bottom: rect.top + rect.height, left: 0, right: rect.width, x: 0, y: rect.top, width: rect.width, height: rect.height, toJSON: () => ({}) } as DOMRect;
    range.getClientRects = () => (rect.width || rect.height ? [box] : []) as unknown as DOMRectList;
    range.getBoundingClientRect = () => box;
    vi.spyOn(document.documentElement, "clientHeight", "get").mockReturnValue(view);
    const into = vi.fn();
    Element.prototype.scrollIntoView = into;
    const by = vi.fn();
    // jsdom has no scrollingElement: the document's root is it in standards mode
    Object.defineProperty(document, "scrollingElement", { configurable: true, get: () => document.documentElement });
    document.documentElement.scrollBy = by as unknown as typeof document.documentElement.scrollBy;
    return { range, into, by };
  }

  it("scrolls at once (over a page's smooth scrolling) and centres the word itself", () => {
    const { range, into, by } = word({ top: 40, width: 30, height: 20 });
    bringIntoView(range);
    expect(into).toHaveBeenCalledWith(expect.objectContaining({ behavior: "instant" }));
    // the word's middle (50) to the screen's middle (300)
    expect(by).toHaveBeenCalledWith({ top: -250, behavior: "instant" });
  });

  it("leaves the scroll alone for a word with no box (in a hidden part of the page)", () => {
    const { range, by } = word({ top: 0, width: 0, height: 0 });
    bringIntoView(range);
    expect(by).not.toHaveBeenCalled();
  });
});
