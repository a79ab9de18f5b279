import { afterEach, describe, expect, it, vi } from "vitest";
import type { ArticleLocation } from "../../../src/engine/article";
import { buildTextIndex } from "../../../src/engine/text-index";
import { requestAnalysis } from "../../../src/content/worker-request";

/** The worker's end of the analyse port: records what the page posts and answers each at once. */
function fakeWorker(): { posted: unknown[] } {
  const posted: unknown[] = [];
  const listeners: ((m: unknown) => void)[] = [];
  const port = {
    postMessage(m: unknown) {
      posted.push(m);
      queueMicrotask(() => listeners.forEach((l) => l({ ok: true, people: [], quotes: [] })));
    },
    disconnect() {},
    onMessage: { addListener: (l: (m: unknown) => void) => listeners.push(l) },
    onDisconnect: { addListener() {} },
  };
  (globalThis as { chrome?: unknown }).chrome = { runtime: { id: "test", connect: () => port } };
  return { posted };
}

function article(paragraphs: number): ArticleLocation {
  document.body.innerHTML = "";
  for (let i = 0; i < paragraphs; i++) {
    const p = document.createElement("p");
    p.append(`Paragraph ${i} says `, Object.assign(document.createElement("a"), { textContent: "Christopher Wray" }), " spoke.");
    document.body.append(p);
  }
  return { isArticle: true, roots: [document.body], title: "t", byline: null, isExcluded: () => false };
}

afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
  vi.restoreAllMocks();
});

/** Stops the page's clock: a task then takes no time however loaded the machine running the
 *  test is, so "sent in the caller's own task" is decided by the text's size alone. */
function frozenClock(at = 1_000): number {
  vi.spyOn(performance, "now").mockReturnValue(at);
  return at;
}

describe("the first paint's worker request", () => {
  it("indexes and sends a short article in the caller's own task", async () => {
    const worker = fakeWorker();
    const location = article(20);
    const now = frozenClock();
    const pending = requestAnalysis(location, now + 1_000, now);
    // sent before the call returns: no turn of the event loop between the finder and the request
    expect(worker.posted).toHaveLength(1);
    const sent = await pending;
    expect(sent.indexTasks).toBe(1);
    expect((worker.posted[0] as { text: string }).text).toBe(buildTextIndex(location).text);
    expect(await sent.reply).toMatchObject({ ok: true });
  });

  it("indexes an article over later tasks once its task is past the line, then sends it whole, once", async () => {
    const worker = fakeWorker();
    const location = article(400);
    const pending = requestAnalysis(location, performance.now() - 1);
    // the caller's task reads only a few nodes and goes on: nothing is sent from it
    expect(worker.posted).toHaveLength(0);
    const sent = await pending;
    expect(sent.indexTasks).toBeGreaterThan(1);
    expect(worker.posted).toHaveLength(1);
    expect((worker.posted[0] as { type: string; text: string }).type).toBe("engine/analyse");
    expect((worker.posted[0] as { text: string }).text).toBe(buildTextIndex(location).text);
    expect(sent.index.text).toBe(buildTextIndex(location).text);
  });

  it("sends a long text in a task of its own when sending it would make the index's task long", async () => {
    const worker = fakeWorker();
    const location = article(400);
    // the whole index fits before the caller's line, but the task began 44 ms ago: serialising
    // the text on top would take it past the long-task line
    const pending = requestAnalysis(location, Infinity, performance.now() - 44);
    expect(worker.posted).toHaveLength(0);
    const sent = await pending;
    expect(sent.indexTasks).toBe(1);
    expect(sent.sentLater).toBe(true);
    expect(worker.posted).toHaveLength(1);
    expect((worker.posted[0] as { text: string }).text).toBe(buildTextIndex(location).text);
    // …and a task that has just begun sends at once
    const second = fakeWorker();
    const t = frozenClock();
    const atOnce = requestAnalysis(location, Infinity, t);
    expect(second.posted).toHaveLength(1);
    expect((await atOnce).sentLater).toBe(false);
  });

  it("reads the article again when the page changed it between two slices, so the request carries the text the page now shows", async () => {
    const worker = fakeWorker();
    const location = article(400);
    const pending = requestAnalysis(location, performance.now() - 1);
    // the first slice has read the first paragraph; the page rewrites it before the next slice
    const first = document.querySelector("p")!.firstChild as Text;
    first.data = "Rewritten by the page ";
    await new Promise((resolve) => setTimeout(resolve, 0));
    const sent = await pending;
    const text = (worker.posted[0] as { text: string }).text;
    expect(text.startsWith("Rewritten by the page Christopher Wray")).toBe(true);
    expect(text).toBe(buildTextIndex(location).text);
    // every point of the index is in the page as it is now
    expect(sent.index.pointAt(0)?.node).toBe(first);
  });
});
