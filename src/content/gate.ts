/**
 * The only script every page pays for (manifest content script `content.js`).
 *
 * It asks one question — is this page an article? — first with the first look (a few metadata
 * tags and a bounded sample of paragraphs, no walk of the whole DOM: about three in four pages
 * that are not articles end there), then with the article finder alone. On an article it paints
 * the first highlights itself (first-paint.ts: index, the worker's analysis, CSS.highlights) and
 * then loads the rest of Dramatis (the card, the observer, the popup's answers: `content-main.js`,
 * an ES module listed as web-accessible), which takes that paint over; the user can also ask for
 * it from the popup ("analyse anyway"). On every other page it stays one cheap check, and answers
 * the popup that the page is not an article.
 *
 * Pages that build their article late (single-page apps) are checked again when their DOM has
 * grown a lot or their URL changed, debounced, and never more than MAX_RECHECKS times per URL.
 */
import { moduleStart } from "./clock";
import type { Runtime } from "webextension-polyfill";
import { findArticle, type ArticleLocation } from "../engine/article";
import { firstLook } from "../engine/article/first-look";
import { parseMessage, type PageState, type Reply } from "../messages";
import { extensionId, onMessage } from "./ext";
import { readSettings, siteAllowed, startEarly, type EarlyStart } from "./first-paint";

/** How many nodes a page must add before it is worth asking again. */
const RECHECK_AFTER_NODES = 200;
const RECHECK_DEBOUNCE_MS = 1_000;
const MAX_RECHECKS = 3;
const MAIN_READY_TIMEOUT_MS = 5_000;

/** Spelled out (not the polyfill's import), because web-ext lint only accepts a dynamic import
 *  of an extension URL when it sees `chrome.runtime.getURL(...)` literally; both browsers have it. */
declare const chrome: { runtime: { getURL(path: string): string } };

interface GateGlobal {
  /** Set before content-main.js runs when the user asked to analyse a non-article page. */
  __dramatisForced?: boolean;
  /** Set by content-main.js once it runs: its current PageState. */
  __dramatisPageState?: () => PageState;
  /** The first paint this gate started on the article it found (first-paint.ts), for
   *  content-main.js to take over instead of finding and analysing the article again. */
  __dramatisEarly?: EarlyStart;
  /** performance.now() when this script started (≈ document_idle), so the test probe can report
   *  the whole time to painted, including this check and loading content-main.js. */
  __dramatisGateStart?: number;
  /** Test builds: when the gate's steps ended (performance.now()), so the probe can split the
   *  time before content-main.js runs into the first look, the finder and loading the module. */
  __dramatisGateMarks?: { look: number; finder: number; importAt: number };
}

// clock.ts is this bundle's first module: the start counts evaluating the bundle's modules too
(globalThis as GateGlobal).__dramatisGateStart ??= moduleStart;

let loaded: Promise<void> | null = null;
let scriptMs = 0;
let lastUrl = location.href;
let rechecks = 0;
let added = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
let observer: MutationObserver | null = null;
/** Test builds: the first look's last answer, for the benchmark's probe. */
let lastLook: { verdict: string; reason: string } | null = null;

function timed<T>(fn: () => T): T {
  const t0 = performance.now();
  try {
    return fn();
  } finally {
    scriptMs += performance.now() - t0;
  }
}

function loadMain(forced: boolean): Promise<void> {
  if (forced) (globalThis as GateGlobal).__dramatisForced = true;
  if (!loaded) {
    observer?.disconnect();
    clearTimeout(timer);
    if (__TEST_BUILD__) {
      const g = globalThis as GateGlobal;
      if (g.__dramatisGateMarks) g.__dramatisGateMarks.importAt = performance.now();
    }
    loaded = import(chrome.runtime.getURL("content-main.js")).then(
      () => undefined,
      (e: unknown) => {
        loaded = null;
        throw e;
      },
    );
  }
  return loaded;
}

/** The first paint this gate started (first-paint.ts); the page is not checked again meanwhile. */
let early: EarlyStart | null = null;
/** Set while the first paint waits for its own task (see TASK_BUDGET_MS). */
let starting = false;

/** How long the gate may work in one task before the paint path (indexing, the worker request)
 *  moves to the next one: the first look, the finder and the index together ran past the
 *  long-task line (50 ms) on a very long page, and the page could not answer its user meanwhile.
 *  On an ordinary article the gate stays well under this and pays no task hop. */
const TASK_BUDGET_MS = 20;

function check(): void {
  if (loaded || early || starting) return;
  const checkStart = performance.now();
  let found: ArticleLocation;
  try {
    // the cheap first look settles most pages that are not articles without the full walk
    const look = timed(() => firstLook(document, location));
    if (__TEST_BUILD__) lastLook = { verdict: look.verdict, reason: look.reason };
    if (look.verdict === "not-article") return;
    const lookEnd = performance.now();
    found = timed(() => findArticle(document, { url: location.href }));
    if (__TEST_BUILD__) (globalThis as GateGlobal).__dramatisGateMarks = { look: lookEnd, finder: performance.now(), importAt: NaN };
  } catch (e) {
    console.warn("Dramatis: article check failed", e);
    return;
  }
  if (!found.isArticle) return;
  const load = () => void loadMain(false).catch((e: unknown) => console.warn("Dramatis: could not load", e));
  // the paint path starts now (index, worker, paint); content-main.js loads once it is done and
  // takes it over: fetching, compiling and evaluating it meanwhile would compete for the CPU with
  // the worker's analysis and delay the paint it is waiting for
  const g = globalThis as GateGlobal;
  observer?.disconnect();
  clearTimeout(timer);
  const begin = (): void => {
    starting = false;
    try {
      // the settings are read only now (a page that is no article never pays for the read): the
      // paint needs them, the worker request does not, and the worker takes longer than storage
      early = g.__dramatisEarly = startEarly(found, readSettings(), g.__dramatisGateStart ?? performance.now());
      void early.result.then(load);
    } catch (e) {
      // content-main.js then finds and analyses the article itself
      console.warn("Dramatis: first paint failed", e);
      load();
    }
  };
  if (performance.now() - checkStart > TASK_BUDGET_MS) {
    starting = true;
    setTimeout(begin, 0);
  } else {
    begin();
  }
}

function onMutations(records: MutationRecord[]): void {
  for (const r of records) added += r.addedNodes.length;
  const urlChanged = location.href !== lastUrl;
  if (urlChanged) {
    lastUrl = location.href;
    rechecks = 0;
  }
  if ((urlChanged || added >= RECHECK_AFTER_NODES) && rechecks < MAX_RECHECKS) {
    added = 0;
    clearTimeout(timer);
    timer = setTimeout(() => {
      rechecks++;
      check();
    }, RECHECK_DEBOUNCE_MS);
  }
}

/** content-main.js's own answer, as soon as it has one (it sets the hook after its analysis). */
async function mainState(): Promise<Reply> {
  const g = globalThis as GateGlobal;
  for (let waited = 0; waited < MAIN_READY_TIMEOUT_MS; waited += 25) {
    const state = g.__dramatisPageState?.();
    if (state && state.status !== "loading") return { ok: true, ...state };
    await new Promise((r) => setTimeout(r, 25));
  }
  return { ok: true, status: "loading" };
}

/** The popup's view of a page the gate judged not to be an article. */
async function notArticleState(): Promise<PageState> {
  const siteEnabled = siteAllowed(await readSettings(), location.hostname);
  return { status: siteEnabled ? "not-article" : "disabled", analysis: null, colors: {}, enabled: false, siteEnabled, url: location.href };
}

onMessage((raw: unknown, sender: Runtime.MessageSender) => {
  // once content-main.js runs, it answers everything itself
  if ((globalThis as GateGlobal).__dramatisPageState || sender.id !== extensionId()) return undefined;
  // an article being painted, or content-main.js on its way: the popup hears "loading" and asks again
  const busy = !!(loaded || early || starting);
  const parsed = parseMessage(raw);
  if (!parsed.ok) return busy ? undefined : Promise.resolve({ ok: false, error: parsed.error } satisfies Reply);
  switch (parsed.message.type) {
    case "page/get-analysis":
      if (busy) return Promise.resolve({ ok: true, status: "loading", analysis: null, colors: {}, enabled: false, siteEnabled: true, url: location.href } satisfies Reply);
      return notArticleState().then((state): Reply => ({ ok: true, ...state }));
    case "page/analyse-anyway":
      // content-main.js reads the forced flag when it starts; the answer is its state once it has
      // analysed the page
      return loadMain(true).then(
        () => mainState(),
        (e: unknown): Reply => ({ ok: false, error: `Dramatis could not load its engine on this page: ${String(e)}` }),
      );
    case "page/next-person":
    case "page/scroll-to":
    case "page/toggle":
    case "page/set-enabled":
      if (busy) return undefined;
      return Promise.resolve({ ok: false, error: "This page is not an article; nothing is highlighted" } satisfies Reply);
    default:
      return undefined;
  }
});

check();
if (!loaded && document.body) {
  observer = new MutationObserver(onMutations);
  observer.observe(document.body, { childList: true, subtree: true });
}

// Test builds only (never shipped: __TEST_BUILD__ is a compile-time false there): the benchmark
// asks what the gate cost on pages where content-main.js never loads, what the first look said,
// and ("dramatis-test:finder") what the full finder alone costs on the same page, the gate's
// cost before the first look existed.
if (__TEST_BUILD__) {
  addEventListener("message", (e: MessageEvent) => {
    if ((globalThis as GateGlobal).__dramatisPageState || e.source !== window) return;
    if (e.data === "dramatis-test:probe") {
      const status = loaded || early || starting ? "loading" : "not-article";
      window.postMessage(`dramatis-test:reply:${JSON.stringify({ status, firstPaintMs: null, scriptMs, firstLook: lastLook, painted: 0, host: false })}`, "*");
    } else if (e.data === "dramatis-test:finder") {
      const t0 = performance.now();
      const isArticle = findArticle(document, { url: location.href }).isArticle;
      window.postMessage(`dramatis-test:finder:${JSON.stringify({ ms: performance.now() - t0, isArticle })}`, "*");
    }
  });
}
