// @vitest-environment node
/**
 * Every string the extension's pages and worker look up by key must be in the English catalogue
 * (_locales/en/messages.json): the catalogue is what a translation starts from, so a key missing
 * there stays English in every language, silently (the code's fallback hides it in English).
 * The popup keeps its own typed table (src/popup/strings.ts), checked here against the same file.
 */
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "../../..");
const catalogue = JSON.parse(readFileSync(join(root, "_locales/en/messages.json"), "utf8")) as Record<string, { message: string }>;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|html)$/.test(name) ? [path] : [];
  });
}

/** Keys looked up in source: t("key", …) in the options page and worker, data-i18n="key" in
 *  markup, __MSG_key__ in the manifest. */
function usedKeys(): Map<string, string> {
  const used = new Map<string, string>();
  const sources = [...files(join(root, "src")), join(root, "manifest.json")];
  for (const file of sources) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/\bt\(\s*"([A-Za-z0-9_]+)"\s*,|data-i18n(?:-[a-z]+)?="([A-Za-z0-9_]+)"|__MSG_([A-Za-z0-9_]+)__/g)) {
      used.set(m[1] ?? m[2] ?? m[3]!, file.slice(root.length + 1));
    }
  }
  return used;
}

describe("the English message catalogue", () => {
  it("holds every key the options page, the worker and the manifest ask for", () => {
    const used = usedKeys();
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter(([key]) => !(key in catalogue)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it("holds the popup's strings with the same placeholders", async () => {
    const { POPUP_STRINGS } = await import("../../../src/popup/strings");
    const placeholders = (s: string) => [...s.matchAll(/\$\d/g)].map((m) => m[0]).sort().join();
    const wrong = Object.entries(POPUP_STRINGS as Record<string, string>).filter(
      ([key, english]) => !(key in catalogue) || placeholders(catalogue[key]!.message) !== placeholders(english),
    );
    expect(wrong).toEqual([]);
  });
});
