/**
 * The gate's second half (`content-article.js`, an ES module listed as web-accessible), loaded
 * when content.js's first look says an article is possible, or when the popup asks: the full
 * article finder, the first paint of the article it finds (first-paint.ts), loading the rest of
 * Dramatis (`content-main.js`, which takes that paint over), and the answers to the popup on a
 * page that is not an article (they need the message schemas, valibot).
 *
 * Why a second file: content.js is compiled and run on every page a user opens, and most of them
 * are not articles; compiling the finder and the paint path and running their modules' top level
 * was most of what a rejected page paid. On an article this file's fetch and compile come between
 * the first look and the finder, where they used to be part of content.js's own compile.
 */
import { findArticle, startFindArticle, type ArticleLocation } from "../engine/article";
import type { Message, PageState, Reply } from "../messages";
import { FIRST_TASK_MS, readSettings, siteAllowed, startEarly, type EarlyStart } from "./first-paint";
import type { GateGlobal } from "./gate-global";

const MAIN_READY_TIMEOUT_MS = 5_000;

/** Spelled out (not the polyfill's import), because web-ext lint only accepts a dynamic import
 *  of an extension URL when it sees `chrome.runtime.getURL(...)` literally; both browsers have it. */
declare const chrome: { runtime: { getURL(path: string): string } };

let loaded: Promise<void> | null = null;
/** The first paint started here (first-paint.ts); the page is not checked again meanwhile. */
let early: EarlyStart | null = null;
/** Set from finding an article until content-main.js is on its way. */
let judging = false;
/** Set while a finder runs in slices: a recheck meanwhile would start a second one. */
let finding = false;
/** What content.js does once this page no longer needs checking (its observer stops). */
let onSettled: () => void = () => undefined;

/** The finder is judging the page, an article is being painted or the rest of Dramatis is on its
 *  way: no more checks, and the popup hears "loading", not "not an article". */
export const busy = (): boolean => !!(judging || finding || loaded || early || (globalThis as GateGlobal).__dramatisEarly);

function loadMain(forced: boolean): Promise<void> {
  if (forced) (globalThis as GateGlobal).__dramatisForced = true;
  if (!loaded) {
    onSettled();
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

/** content.js's way to hear that this page needs no more checks (an article, or Dramatis loading). */
export function bind(settled: () => void): void {
  onSettled = settled;
}

/**
 * After the first paint of the article the finder found (`painted`; absent when that paint could
 * not start): content-main.js, which takes the paint over, or analyses in the page without one.
 */
function start(painted?: EarlyStart): void {
  if (loaded) return;
  onSettled();
  const g = globalThis as GateGlobal;
  if (__TEST_BUILD__ && g.__dramatisGateMarks) g.__dramatisGateMarks.chunk = performance.now();
  const load = () => void loadMain(false).catch((e: unknown) => console.warn("Dramatis: could not load", e));
  // content.js painted already (or its paint failed, and content-main.js analyses in the page)
  if (painted) early = g.__dramatisEarly = painted;
  load();
}

let finderMs = 0;
/** Test builds: the longest task the finder's slices and the first paint's start ran. */
let longest = 0;

/** Main-thread ms of the finder and the paint's start here (content.js's probe adds its own). */
export const scriptMs = (): number => finderMs;
export const longestTask = (): number => longest;

/** How long each later slice of a long page's finder may run (its first slice runs until the
 *  first task's line, FIRST_TASK_MS from the task's start): the finder's first walk of a long
 *  page, cold, is 25-65 ms on a loaded machine, in one task a long task of the page. */
const FINDER_SLICE_MS = 25;
/** How many times a sliced finder starts over because the page changed meanwhile. */
const MAX_FINDER_RESTARTS = 2;

function timed<T>(fn: () => T): T {
  const t0 = performance.now();
  try {
    return fn();
  } finally {
    finderMs += performance.now() - t0;
  }
}

/**
 * The full finder, on a page content.js's first look did not rule out, and the first paint when
 * it finds an article. It runs in this task up to its line (FIRST_TASK_MS from the task's start)
 * and, on a long page, goes on in later tasks of FINDER_SLICE_MS each: no task of the page's runs long.
 */
export function judge(): void {
  if (busy()) return;
  const taskStart = performance.now();
  if (__TEST_BUILD__) {
    const marks = (globalThis as GateGlobal).__dramatisGateMarks;
    if (marks) marks.half = taskStart;
  }
  // test builds only: the finder in the smallest slices there are, every element on its walk's
  // own stack, so that the sliced path is what a short page exercises (the e2e test compares its
  // paint with the one-task path's)
  const everySlice = __TEST_BUILD__ && window.location.hash === "#dramatis-test-sliced-finder";
  const options = { url: location.href, ...(everySlice ? { walkAtOnce: -1 } : {}) };
  let run = startFindArticle(document, options);
  let tasks = 0;
  /** Between slices the page runs: set when it changed the body meanwhile. */
  let changed = false;
  let watch: MutationObserver | null = null;
  let restarts = 0;
  const slice = (sliceStart: number, until: number): void => {
    let found: ArticleLocation | null;
    try {
      // what was measured before the change may be gone from the page: measure it all again
      // (twice at most; a page that never stops changing is checked again by content.js's observer)
      if (changed && restarts < MAX_FINDER_RESTARTS) {
        restarts++;
        run = startFindArticle(document, options);
      }
      changed = false;
      tasks++;
      found = timed(() => run.run(everySlice ? () => true : () => performance.now() >= until));
    } catch (e) {
      watch?.disconnect();
      finding = false;
      console.warn("Dramatis: article check failed", e);
      return;
    }
    if (__TEST_BUILD__) longest = Math.max(longest, performance.now() - sliceStart);
    if (!found) {
      finding = true;
      if (!watch && document.body) {
        watch = new MutationObserver(() => (changed = true));
        watch.observe(document.body, { childList: true, characterData: true, subtree: true });
      }
      setTimeout(() => {
        const t = performance.now();
        slice(t, t + FINDER_SLICE_MS);
      }, 0);
      return;
    }
    watch?.disconnect();
    finding = false;
    if (__TEST_BUILD__) {
      const marks = (globalThis as GateGlobal).__dramatisGateMarks;
      if (marks) marks.finder = performance.now();
    }
    if (!found.isArticle) return;
    onSettled();
    judging = true;
    // the first paint starts in this task: first-paint.ts keeps the index and the worker request
    // in it while it stays short, and goes on in slices otherwise
    paintArticle(found, sliceStart, tasks);
    if (__TEST_BUILD__) {
      // the index's first slice and the worker request ran in this task too
      longest = Math.max(longest, performance.now() - sliceStart);
      const painting = (globalThis as GateGlobal).__dramatisEarly;
      if (painting) painting.phases.gateTask = longest;
    }
  };
  slice(taskStart, taskStart + FIRST_TASK_MS);
}

/**
 * The first paint, in this file's task that found the article, before content-main.js loads:
 * loading that file (a fetch, a compile, an evaluation: 20–50 ms in Chromium on a busy machine)
 * between the finder and the paint took longer than the worker's analysis of the demo article.
 */
function paintArticle(found: ArticleLocation, taskStart: number, finderTasks: number): void {
  const g = globalThis as GateGlobal;
  let painting: EarlyStart | undefined;
  try {
    painting = g.__dramatisEarly = startEarly(found, readSettings, g.__dramatisGateStart ?? performance.now(), taskStart);
    // the probe's: how many tasks the finder took (1: all of it in the first)
    if (__TEST_BUILD__) painting.phases.finderTasks = finderTasks;
  } catch (e) {
    // content-main.js then finds and analyses the article itself
    console.warn("Dramatis: first paint failed", e);
  }
  const rest = () => {
    judging = false;
    start(painting);
  };
  // loading content-main.js meanwhile would compete for the CPU with the worker's analysis the
  // paint is waiting for
  if (painting) void painting.result.then(rest);
  else rest();
}

/** Test builds: the full finder alone on this page, what the gate cost before the first look. */
export function finderAlone(): { ms: number; isArticle: boolean } {
  const t0 = performance.now();
  const isArticle = findArticle(document, { url: location.href }).isArticle;
  return { ms: performance.now() - t0, isArticle };
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

/** The message schemas (valibot) are built when their module is evaluated: imported on the
 *  first message, not before an article's finder and paint (esbuild keeps a module imported
 *  this way in the bundle, evaluated on first call). */
let schemas: Promise<typeof import("../messages")> | null = null;
const loadSchemas = () => (schemas ??= import("../messages"));

/** The gate's answer to a message from the extension (content.js checked the sender), or
 *  undefined to leave it to content-main.js. */
export function answer(raw: unknown): Promise<Reply> | undefined {
  // an article being painted, or content-main.js on its way: the popup hears "loading" and asks
  // again; a message for no page (the worker's broadcasts) is not this file's
  const isBusy = busy();
  const type = typeof raw === "object" && raw !== null ? (raw as { type?: unknown }).type : undefined;
  if (typeof type !== "string" || !type.startsWith("page/")) return undefined;
  if (isBusy && type !== "page/get-analysis" && type !== "page/analyse-anyway") return undefined;
  return loadSchemas().then(({ parseMessage }) => {
    const parsed = parseMessage(raw);
    return parsed.ok ? reply(parsed.message, isBusy) : ({ ok: false, error: parsed.error } satisfies Reply);
  });
}

function reply(message: Message, isBusy: boolean): Promise<Reply> | Reply {
  switch (message.type) {
    case "page/get-analysis":
      if (isBusy) return { ok: true, status: "loading", analysis: null, colors: {}, enabled: false, siteEnabled: true, url: location.href };
      return notArticleState().then((state): Reply => ({ ok: true, ...state }));
    case "page/analyse-anyway":
      // content-main.js reads the forced flag when it starts; the answer is its state once it has
      // analysed the page
      return loadMain(true).then(
        () => mainState(),
        (e: unknown): Reply => ({ ok: false, error: `Dramatis could not load its engine on this page: ${String(e)}` }),
      );
    default:
      return { ok: false, error: "This page is not an article; nothing is highlighted" };
  }
}
