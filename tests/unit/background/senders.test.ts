/** The worker answers only its own extension, and content scripts only a narrow set. */
import { describe, expect, it } from "vitest";
import { allowed, classifySender } from "../../../src/background/senders";

const ID = "abcdef";
const ORIGIN = "chrome-extension://abcdef/";

describe("classifySender", () => {
  it("tells extension pages (even in a tab) from content scripts, and refuses strangers", () => {
    expect(classifySender({ id: ID, url: `${ORIGIN}options.html`, tab: { id: 3 } }, ID, ORIGIN)).toBe("extension-page");
    expect(classifySender({ id: ID, url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toBe("extension-page");
    expect(classifySender({ id: ID, url: "https://news.example/a", tab: { id: 3 } }, ID, ORIGIN)).toBe("content-script");
    expect(classifySender({ id: "other", url: `${ORIGIN}options.html` }, ID, ORIGIN)).toBeNull();
    expect(classifySender({ id: ID, url: "https://news.example/a" }, ID, ORIGIN)).toBeNull();
    expect(classifySender({ id: ID, url: "chrome-extension://abcdefX/options.html", tab: {} }, ID, ORIGIN)).toBeNull();
  });

  it("lets content scripts report and look up, but not export, import, clear or edit", () => {
    expect(allowed("content-script", "article/analysed")).toBe(true);
    expect(allowed("content-script", "glossary/lookup")).toBe(true);
    for (const t of ["glossary/export", "glossary/import", "glossary/clear", "glossary/update", "glossary/delete", "settings/set"] as const) {
      expect(allowed("content-script", t)).toBe(false);
      expect(allowed("extension-page", t)).toBe(true);
    }
  });
});
