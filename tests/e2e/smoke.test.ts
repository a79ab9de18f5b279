/**
 * The foundation works in both browsers: the extension installs, its content script runs on
 * the demo page and hears back from the background worker, and the popup page opens.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BROWSERS, launch, until, type Session } from "./harness";

/** The slice of the extension API an extension page offers that this test uses. */
type ExtensionGlobal = { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };

describe.each(BROWSERS)("smoke in %s", (name) => {
  let s: Session;
  const errors: string[] = [];
  beforeAll(async () => {
    s = await launch(name);
  });
  afterAll(async () => {
    await s?.close();
  });

  it("the popup page opens and reaches the background worker", async () => {
    const popup = await s.openExtensionPage("popup.html");
    popup.on("pageerror", (e) => errors.push(String(e)));
    const reply = await until(
      () => popup.evaluate(() => (globalThis as unknown as ExtensionGlobal).chrome.runtime.sendMessage({ type: "hello" })),
      "a reply to hello",
    );
    expect(reply).toMatchObject({ ok: true, context: "background" });
    expect(errors).toEqual([]);
  });
});
