import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { POPUP_STRINGS, plural, t } from "../../../src/popup/strings";

const locale = JSON.parse(readFileSync(join(import.meta.dirname, "../../../_locales/en/messages.json"), "utf8")) as Record<string, { message: string }>;

describe("popup strings", () => {
  it("every key the popup uses is in _locales/en with the same English text", () => {
    for (const [key, text] of Object.entries(POPUP_STRINGS)) expect(locale[key]?.message, key).toBe(text);
  });

  it("falls back to English with positional substitutions when there is no i18n API", () => {
    expect(t("popupMentionPosition", 2, 5)).toBe("Mention 2 of 5");
    expect(plural(1, "popupMentionsOne", "popupMentionsMany")).toBe("1 mention");
    expect(plural(4, "popupMentionsOne", "popupMentionsMany")).toBe("4 mentions");
  });

  it("uses the browser's message when it has one, and English when it returns nothing", () => {
    const g = globalThis as { chrome?: unknown };
    const saved = g.chrome;
    try {
      g.chrome = { i18n: { getMessage: (k: string, subs: string[]) => (k === "popupTabCast" ? "Besetzung" : k === "popupError" ? `Fehler: ${subs[0]}` : "") } };
      expect(t("popupTabCast")).toBe("Besetzung");
      expect(t("popupError", "x")).toBe("Fehler: x");
      expect(t("popupTabQuotes")).toBe("Quotes");
    } finally {
      g.chrome = saved;
    }
  });
});
