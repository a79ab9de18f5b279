// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { CARD_CSS } from "../../../src/content/ui";

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
