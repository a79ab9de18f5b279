import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

/** What content.js (gate.ts) did on a page: the worker requests it posted (and whether the page
 *  had read the article's language by then) and the extension files it asked for. */
interface Seen {
  posted: { message: unknown; foreignKnown: boolean }[];
  urls: string[];
  /** How many ports to the worker the page had opened when content.js's first task ended. */
  portsInFirstTask: number;
}

const g = globalThis as { chrome?: unknown; __dramatisForeign?: boolean; __dramatisEarly?: unknown; __dramatisGateStart?: number; __dramatisListen?: unknown };

/** Loads the fixture page `file` at an article's address and runs content.js's top level on it
 *  (its first task starting at `start`, performance.now() time: by default once the modules are
 *  compiled for the test, which is no part of the task on a page). */
async function gateOn(file: string, start = performance.now() + 5_000): Promise<Seen> {
  const html = readFileSync(join(__dirname, "../../fixtures/pages", file), "utf8");
  document.open();
  document.write(html);
  document.close();
  history.replaceState(null, "", "/2024/05/07/city-council-votes-on-the-new-bridge.html");
  const seen: Seen = { posted: [], urls: [], portsInFirstTask: 0 };
  let ports = 0;
  let answer: (m: unknown) => void = () => undefined;
  const port = {
    postMessage(message: unknown) {
      seen.posted.push({ message, foreignKnown: g.__dramatisForeign !== undefined });
      // a worker that cannot analyse (the page would then analyse by itself), at once
      queueMicrotask(() => answer({ ok: false, error: "no engine in this test" }));
    },
    disconnect() {},
    onMessage: { addListener: (l: (m: unknown) => void) => void (answer = l) },
    onDisconnect: { addListener() {} },
  };
  g.chrome = {
    runtime: {
      id: "test",
      connect: () => (ports++, port),
      getURL: (path: string) => (seen.urls.push(path), `chrome-extension://test/${path}`),
      onMessage: { addListener() {} },
      sendMessage: () => Promise.resolve(null),
    },
    storage: { local: { get: () => Promise.resolve({}) } },
  };
  // content.js's first task runs from its first statement to a line (32 ms for the finder)
  g.__dramatisGateStart = start;
  vi.resetModules();
  await import("../../../src/content/gate");
  seen.portsInFirstTask = ports;
  // the first paint's next steps (its preparation, the worker's answer, loading the rest)
  await new Promise((r) => setTimeout(r, 50));
  return seen;
}

/** The finder content.js starts, as `wrap` makes it of the real one (vi.doMock: the gate is imported
 *  afresh in each test, and afterEach unmocks it). */
type FinderRun = ReturnType<typeof import("../../../src/engine/article").startFindArticle>;
function wrapFinder(wrap: (real: FinderRun) => Pick<FinderRun, "run">): void {
  vi.doMock("../../../src/engine/article", async (original) => {
    const real = await original<typeof import("../../../src/engine/article")>();
    return { ...real, startFindArticle: (doc: Document, options: object) => wrap(real.startFindArticle(doc, options)) };
  });
}

afterEach(() => {
  // a new document: the observers content.js left on the old one see no more changes
  document.open();
  document.close();
  vi.doUnmock("../../../src/engine/article");
  vi.restoreAllMocks();
  for (const k of ["chrome", "__dramatisForeign", "__dramatisEarly", "__dramatisGateStart", "__dramatisListen"] as const) delete g[k];
});

describe("content.js on an article", () => {
  it("sends an English article's text to the worker before it reads the article's language, so the worker analyses while the page reads it", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const seen = await gateOn("demo.html");
    expect(seen.posted).toHaveLength(1);
    expect(seen.posted[0]!.message).toMatchObject({ type: "engine/analyse" });
    expect((seen.posted[0]!.message as { text: string }).text).toContain("Putin");
    // the request left before the language was read…
    expect(seen.posted[0]!.foreignKnown).toBe(false);
    // …which then found English: the paint goes on
    expect(g.__dramatisForeign).toBe(false);
    // and the rest of Dramatis loads after the first paint (here: its worker could not analyse)
    expect(seen.urls).toEqual(["content-article.js"]);
    // (no such file in a test: its import fails, and the warning must come in this test, not
    // late in the next one, which checks that nothing warns; under load it came after the wait)
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith("Dramatis: could not load", expect.anything()), { timeout: 10_000 });
    warn.mockRestore();
  });

  it("paints nothing and loads nothing more on an article in German, whose tab tells the popup so", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const seen = await gateOn("german-article.html");
    expect(g.__dramatisForeign).toBe(true);
    // no first paint left for content-main.js to take over, and neither half of Dramatis loads
    expect(g.__dramatisEarly).toBeUndefined();
    // …even once the worker has answered the request that went before the language was read
    expect(seen.posted).toHaveLength(1);
    expect(seen.urls).toEqual([]);
    // the popup's way in is there (it asks this tab, and hears "not-english")
    expect(typeof g.__dramatisListen).toBe("function");
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it("leaves the worker request and the language check to a task of their own when finding the article took its task past the line, so the page never waits 50 ms on it", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    // the page's clock, which the finder below moves on: its task's last step (reading the
    // metadata, the root, the lines to leave out) ran 45 ms, past the first task's line
    let clock = 1_000;
    vi.spyOn(performance, "now").mockImplementation(() => clock);
    wrapFinder((run) => ({
      run: () => {
        const found = run.run(() => false);
        clock += 45;
        return found;
      },
    }));
    const seen = await gateOn("demo.html", clock);
    // the first task found the article and stopped there: no port, no index, no language read…
    expect(seen.portsInFirstTask).toBe(0);
    // …which the next task did: the article was sent, read as English and goes on to its paint
    expect(seen.posted).toHaveLength(1);
    expect((seen.posted[0]!.message as { text: string }).text).toContain("Putin");
    expect(g.__dramatisForeign).toBe(false);
    expect(seen.urls).toEqual(["content-article.js"]);
    warn.mockRestore();
  });

  it("leaves what follows a walk that took most of the first task to the next task, so finding the article never makes the page wait 50 ms", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    let clock = 1_000;
    vi.spyOn(performance, "now").mockImplementation(() => clock);
    /** The finder's answers when it asked whether what follows its walk (a few ms by its own
     *  estimate per element) still fits in the task. */
    const asked: boolean[] = [];
    wrapFinder((run) => {
      let walked = false;
      return {
        run: (pause?: (reserveMs?: number) => boolean) => {
          if (!walked) {
            // a walk of 20 ms (of the task's 32): on a page where it took that long, what
            // follows it takes 10-20 ms more, cold, though its estimate says 2
            walked = true;
            clock += 20;
            asked.push(pause!(2));
            if (asked.at(-1)) return null;
          }
          return run.run(() => false);
        },
      };
    });
    const seen = await gateOn("demo.html", clock);
    expect(asked).toEqual([true]);
    // the next task found the article, and sent it
    expect(seen.posted).toHaveLength(1);
    expect(g.__dramatisForeign).toBe(false);
    warn.mockRestore();
  });

  it("sends a short article found well within the first task from that task", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const seen = await gateOn("demo.html");
    expect(seen.portsInFirstTask).toBe(1);
    expect(seen.posted).toHaveLength(1);
    warn.mockRestore();
  });
});
