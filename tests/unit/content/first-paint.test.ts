import { describe, expect, it } from "vitest";
import type { ArticleLocation } from "../../../src/engine/article";
import { buildTextIndex } from "../../../src/engine/text-index";
import { readReply } from "../../../src/content/first-paint";
import { DEFAULT_SETTINGS } from "../../../src/settings";
import type { WorkerRequest } from "../../../src/content/worker-request";

/** A request for a one-paragraph article whose worker answers `reply`. */
function requestAnswered(reply: unknown): WorkerRequest {
  document.body.innerHTML = "<p>FBI Director Christopher Wray said the bureau was ready.</p>";
  const location: ArticleLocation = { isArticle: true, roots: [document.body], title: "t", byline: null, isExcluded: () => false };
  return { location, index: buildTextIndex(location), reply: Promise.resolve(reply), t0: 0, sentAt: 0, send: 0, indexMs: 0, startedAt: 0, arrivedAt: NaN };
}

const analysed = { ok: true, people: [], quotes: [], organizations: [], places: [] };

describe("the worker's answer to the first paint", () => {
  it("brings the stored settings, read as any stored settings are (unknown keys dropped, the rest defaulted)", async () => {
    const got = await readReply(requestAnswered({ ...analysed, settings: { theme: "dark", kinds: { places: false }, junk: "<img src=x onerror=alert(1)>" } }));
    expect(got?.settings).toEqual({ ...DEFAULT_SETTINGS, theme: "dark", kinds: { ...DEFAULT_SETTINGS.kinds, places: false } });
  });

  it("without settings, or with settings that are no object, says so (the page then reads storage itself)", async () => {
    expect((await readReply(requestAnswered(analysed)))?.settings).toBeNull();
    expect((await readReply(requestAnswered({ ...analysed, settings: "dark" })))?.settings).toBeNull();
    // …and a refusal is no answer at all
    expect(await readReply(requestAnswered({ ok: false, error: "Dramatis is turned off for this site", settings: DEFAULT_SETTINGS }))).toBeNull();
  });
});
