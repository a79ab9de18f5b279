import { describe, expect, it } from "vitest";
import { analyzeText } from "../../../src/engine/analyze";

describe("analyzeText", () => {
  it("keeps the input text exactly and speaks the contract's version", () => {
    const text = "Line one.\n\nLine  two.\n";
    const a = analyzeText(text);
    expect(a.version).toBe(1);
    expect(a.text).toBe(text);
    expect(a.article).toBe(true);
  });
});
