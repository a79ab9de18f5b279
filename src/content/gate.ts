/**
 * The only script every page pays for (manifest content script `content.js`).
 *
 * It asks one question — is this page an article? — first with the first look (a few metadata
 * tags, native element counts and a bounded sample of paragraphs, no walk of the whole DOM: about
 * three in four pages that are not articles end there), then with the full article finder. On an
 * article it paints at once (first-paint.ts: index, worker request, CSS.highlights); the rest is
 * a second file, `content-article.js` (gate-article.ts: the popup's answers, which need the
 * message schemas, and loading content-main.js after the paint), fetched only after that paint or
 * when the popup asks. It listens for the extension's messages only on an article, or once the
 * popup asks it to (listen()): on other pages it never touches the extension API.
 *
 * Pages that build their article late (single-page apps) are checked again when their DOM has
 * grown a lot or their URL changed, debounced, and never more than MAX_RECHECKS times per URL.
 */
import { moduleStart, now } from "./clock";
import type { Runtime } from "webextension-polyfill";
import { findArticle, startFindArticle, type ArticleLocation, type FindArticleOptions } from "../engine/article";
import { lookVerdict } from "../engine/article/first-look";
import { articleReadsAsEnglish } from "./article-language";
import { extensionId, onMessage } from "./ext";
import { readSettings, startEarly, type EarlyStart } from "./first-paint";
import { warn } from "./warn";

/** The second half's exports; a type-only import, so none of its code is bundled here. */
type ArticleHalf = typeof import("./gate-article");

/** How many nodes a page must add before it is worth asking again. */
const RECHECK_AFTER_NODES = 200;
const RECHECK_DEBOUNCE_MS = 1_000;
const MAX_RECHECKS = 3;

/** Spelled out (not the polyfill's import), because web-ext lint only accepts a dynamic import
 *  of an extension URL when it sees `chrome.runtime.getURL(...)` literally; both browsers have it. */
declare const chrome: { runtime: { getURL(path: string): string } };

interface GateGlobal {
  /** Set by content-main.js once it runs: it answers the popup from then on. */
  __dramatisPageState?: () => unknown;
  /** performance.now() when this script started (≈ document_idle), so the test probe can report
   *  the whole time to painted, including this check and loading the rest. */
  __dramatisGateStart?: number;
  /** Test builds: when the gate's steps ended (performance.now()), so the probe can split the
   *  time before content-main.js runs into the first look, the finder, the second half's start
   *  (gate-article.ts sets `chunk`) and loading content-main.js. */
  __dramatisGateMarks?: { look: number; finder: number; chunk: number; importAt: number };
  /** The first paint this script started, for content-main.js to take over. */
  __dramatisEarly?: EarlyStart;
  /** The article found is in another language than English (gate-article.ts tells the popup). */
  __dramatisForeign?: boolean;
  /** Registers the message listener (once): see listen(). */
  __dramatisListen?: () => void;
}

// clock.ts is this bundle's first module: the start counts evaluating the bundle's modules too
(globalThis as GateGlobal).__dramatisGateStart ??= moduleStart;

let half: Promise<ArticleHalf> | null = null;
/** The second half once it has loaded. */
let loadedHalf: ArticleHalf | null = null;
/** Set from finding an article until the second half has taken it. */
let judging = false;
let scriptMs = 0;
let lastUrl = location.href;
let rechecks = 0;
let added = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
let observer: MutationObserver | null = null;
/** Test builds: the first look's last answer, for the benchmark's probe. */
let lastLook: { verdict: string } | null = null;
/** Test builds: when the last first look ended, and how many tasks the finder after it took (1:
 *  all of it in the first), for the probe's phases; and whether the finder runs in its smallest
 *  slices (see check()). Kept here rather than in check(): a local the test paths alone use is
 *  still declared in what ships, a module's is dropped. */
let lookEnd = 0;
let finderTasks = 0;
let everySlice = false;
/** Test builds: how many checks ran the first look (the first at document_idle, then the
 *  observer's rechecks), and the script time of the first alone: scriptMs sums them all. */
let looks = 0;
let firstCheckMs: number | null = null;
/** Test builds: what this script's top level costs before its first check, which scriptMs does
 *  not count: evaluating the bundle's modules from its first statement (`init`: the finder's
 *  word sets, regular expressions, tables). `listen` stays 0: the message listener (the first use
 *  of the extension API in the page's isolated world builds its bindings: 1.4-1.7 ms in Chromium
 *  at idle) is no longer registered at the top level (see listen()). Compiling the script comes
 *  before both (the trace's). */
const topLevel = { init: 0, listen: 0 };
/** Test builds: the longest task this script's checks ran (the look, the finder's slices and
 *  the first paint's start in the last one), for the benchmark's probe. */
let longestTask = 0;

/** The page needs no more checks: an article is being painted, or Dramatis is loading. */
function settle(): void {
  observer?.disconnect();
  observer = null;
  clearTimeout(timer);
}

function loadHalf(): Promise<ArticleHalf> {
  half ??= (import(chrome.runtime.getURL("content-article.js")) as Promise<ArticleHalf>).then(
    (m) => {
      m.bind(settle);
      return (loadedHalf = m);
    },
    (e: unknown) => {
      half = null;
      throw e;
    },
  );
  return half;
}

/** Test builds: `fn` with its time added to scriptMs, which only the probe reads. */
function timed<T>(fn: () => T): T {
  if (!__TEST_BUILD__) return fn();
  const t0 = now();
  try {
    return fn();
  } finally {
    scriptMs += now() - t0;
  }
}

/** How long each later slice of a long page's finder may run (its first slice runs until the
 *  first task's line, FINDER_FIRST_TASK_MS from the task's start): the finder's first walk of a long
 *  page, cold, is 25-65 ms on a loaded machine, in one task a long task of the page. */
const FINDER_SLICE_MS = 25;
/** The finder's line in the first task (from content.js's first statement), and the index's in
 *  the task the finder ends in (the first paint's start there indexes up to the finder's line,
 *  then goes on in slices). The margin under the long-task line (50 ms) is for what the clock
 *  does not see: compiling content.js (~5 ms), a subtree walked at once past the line, the send
 *  (which serialises the text: 1-4 ms on x20) and the language check after it. Only a long page
 *  meets it (a short page's walk never pauses): with the line at 40 ms the 20x page had a task of
 *  50 ms or more in 10-12 loads of 15, at 32 ms in 4 of 15 (Chromium, load ~2). The index had
 *  40 ms from the task's start, in any of the finder's tasks (25 ms for a later slice's finder). */
const FINDER_FIRST_TASK_MS = 32;
/** What follows the finder's walk (locate: the metadata, the root, the lines to leave out) runs
 *  cold, once per page, and took about this share of the walk's own time on the same page in the
 *  same load: 0.3-1.2, median ~0.65, on 34 WCXB dev pages (Chromium, load 6-8), where the finder's
 *  estimate per element walked (article.ts, LOCATE_MS_PER_ELEMENT) fell 1.1-6 times short (a
 *  page of 318 elements: 4.2 ms estimated, 17-20 taken). The larger of the two decides whether
 *  it still fits in the task; both grow with the page and the machine's load alike. */
const LOCATE_PER_WALK = 0.75;
/** How many times a sliced finder starts over because the page changed meanwhile. */
const MAX_FINDER_RESTARTS = 2;
/** Set while a finder runs in slices: a recheck meanwhile would start a second one. */
let finding = false;

/** `taskStart`: when the task running this check began (the first check's task is the one that
 *  evaluated this script, from its first statement). */
function check(taskStart = now()): void {
  if (judging || finding || loadedHalf?.busy()) return;
  try {
    // the cheap first look settles most pages that are not articles without the full walk
    const verdict = timed(() => lookVerdict(document, location));
    if (__TEST_BUILD__) {
      lastLook = { verdict };
      looks++;
    }
    if (verdict === "not-article") return;
    if (__TEST_BUILD__) [lookEnd, finderTasks, everySlice] = [now(), 0, window.location.hash === "#dramatis-test-sliced-finder"];
  } catch (e) {
    warn("article check failed", e);
    return;
  }
  // the finder runs in this task up to its line (FINDER_FIRST_TASK_MS from the task's start) and, on a
  // long page, goes on in later tasks of FINDER_SLICE_MS each: no task of the page's runs long
  // test builds only (everySlice, set above from the address's hash): the finder in the smallest
  // slices there are, every element on its walk's own stack, so that the sliced path is what a
  // short page exercises (the e2e test compares its paint with the one-task path's)
  // (`__TEST_BUILD__ &&` at each use: the minifier then drops the test path from content.js)
  const options: FindArticleOptions = { url: location.href };
  if (__TEST_BUILD__ && everySlice) options.walkAtOnce = -1;
  let run = startFindArticle(document, options);
  /** The finder's time in the slices before this one. */
  let finderMs = 0;
  /** Between slices the page runs: set when it changed the body meanwhile. */
  let changed = false;
  let watch: MutationObserver | null = null;
  let restarts = 0;
  const slice = (sliceStart: number, until: number): void => {
    let found: ArticleLocation | null;
    try {
      // what was measured before the change may be gone from the page: measure it all again
      // (twice at most; a page that never stops changing is checked again by the observer below)
      if (changed && restarts < MAX_FINDER_RESTARTS) {
        restarts++;
        run = startFindArticle(document, options);
      }
      changed = false;
      if (__TEST_BUILD__) finderTasks++;
      // the walk asks with no reserve every few dozen nodes, and once with locate's before it
      found = timed(() => run.run(__TEST_BUILD__ && everySlice ? () => true : (reserve = 0) => now() + (reserve && Math.max(reserve, (finderMs + now() - sliceStart) * LOCATE_PER_WALK)) >= until));
      finderMs += now() - sliceStart;
    } catch (e) {
      watch?.disconnect();
      finding = false;
      warn("article check failed", e);
      return;
    }
    if (__TEST_BUILD__) longestTask = Math.max(longestTask, now() - sliceStart);
    if (!found) {
      finding = true;
      if (!watch && document.body) {
        watch = new MutationObserver(() => (changed = true));
        watch.observe(document.body, { childList: true, characterData: true, subtree: true });
      }
      setTimeout(() => {
        const t = now();
        slice(t, t + FINDER_SLICE_MS);
      }, 0);
      return;
    }
    watch?.disconnect();
    finding = false;
    if (__TEST_BUILD__) (globalThis as GateGlobal).__dramatisGateMarks = { look: lookEnd, finder: now(), chunk: NaN, importAt: NaN };
    if (!found.isArticle) return;
    judging = true;
    // the first paint starts in this task while it is under the finder's line: first-paint.ts
    // indexes up to the same line and goes on in slices; past it (locate, what follows the walk,
    // runs cold and took 2-4 times its estimate: the last slice with the port, the index to 40 ms
    // and the language check was the long task of 0058, 0359, 4401), in a task of its own
    const article = found;
    if (now() < until) start(article, sliceStart, until);
    else
      setTimeout(() => {
        const t = now();
        start(article, t, t + FINDER_SLICE_MS);
      }, 0);
  };
  const start = (found: ArticleLocation, taskStart: number, until: number): void => {
    const drop = paintArticle(found, taskStart, until);
    // an article in another language: the engine reads English only, and would take every
    // capitalised noun of a German page for a name. Nothing is painted; the popup says why and
    // offers to analyse it anyway. Read after the request has gone, so the worker analyses
    // meanwhile: on the way to an English article's paint it took 1-3 ms (the probe's hop)
    const g = globalThis as GateGlobal;
    g.__dramatisForeign = !timed(() => articleReadsAsEnglish(found));
    if (g.__dramatisForeign) {
      drop();
      judging = false;
    } else settle();
    // after the worker request: its port builds the API's bindings, which the listener then reuses
    listen();
    if (__TEST_BUILD__) {
      // the index's first slice and the worker request ran in this task too
      longestTask = Math.max(longestTask, now() - taskStart);
      const early = (globalThis as GateGlobal).__dramatisEarly;
      if (early) early.phases.gateTask = longestTask;
    }
  };
  slice(taskStart, taskStart + FINDER_FIRST_TASK_MS);
}

/**
 * The first paint, here in content.js: when it sat in the second file, loading that file (a
 * fetch from the extension, a compile, an evaluation: 20–50 ms in Chromium on a busy machine)
 * came between the finder and the paint, longer than the worker's analysis of the demo article.
 * The second file then loads after the paint, for the popup's answers and content-main.js.
 */
function paintArticle(found: ArticleLocation, taskStart: number, deadline: number): () => void {
  const g = globalThis as GateGlobal;
  let early: EarlyStart | undefined;
  let dropped = false;
  try {
    early = g.__dramatisEarly = startEarly(found, readSettings, g.__dramatisGateStart ?? now(), taskStart, deadline);
    // the probe's: how many tasks the finder took (1: all of it in the first)
    if (__TEST_BUILD__) early.phases.finderTasks = finderTasks;
  } catch (e) {
    // content-main.js then finds and analyses the article itself
    warn("first paint failed", e);
  }
  const rest = (): void => {
    if (dropped) return;
    void loadHalf().then(
      (m) => {
        judging = false;
        m.start(early);
      },
      (e: unknown) => {
        judging = false;
        warn("could not load", e);
      },
    );
  };
  // fetching, compiling and evaluating the rest meanwhile would compete for the CPU with the
  // worker's analysis the paint is waiting for
  // (after this task's language check, which may drop the paint)
  if (early) void early.result.then(rest);
  else void Promise.resolve().then(rest);
  // the page is not to be painted after all: the worker's answer paints nothing and loads nothing
  return () => {
    dropped = true;
    if (early) early.superseded = true;
    delete g.__dramatisEarly;
  };
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

/** A message for a page ("page/…"); the others (the worker's broadcasts of settings and glossary
 *  changes) are not the gate's, and must not make every open tab load the second half. */
function forPage(raw: unknown): boolean {
  const type = typeof raw === "object" && raw !== null ? (raw as { type?: unknown }).type : undefined;
  return typeof type === "string" && type.startsWith("page/");
}

/**
 * The popup's way in, registered only on a page that needs it: an article, or a page whose tab
 * the popup asks about (it calls `__dramatisListen` first, with scripting.executeScript, in this
 * script's world). The first use of the extension API in a page's isolated world builds its
 * bindings, ~1.7 ms of every page's main thread in Chromium for a listener most pages, which are
 * not articles, never hear from.
 */
let listening = false;
function listen(): void {
  if (listening) return;
  listening = true;
  onMessage((raw: unknown, sender: Runtime.MessageSender) => {
    // once content-main.js runs, it answers everything itself
    if ((globalThis as GateGlobal).__dramatisPageState || sender.id !== extensionId()) return undefined;
    if (loadedHalf) return loadedHalf.answer(raw);
    if (!forPage(raw)) return undefined;
    // the answer (validated, with the page's state) is the second half's; an undefined answer
    // there is a page busy loading Dramatis: the popup hears nothing and asks again
    return loadHalf().then((m) => m.answer(raw));
  });
}
(globalThis as GateGlobal).__dramatisListen = listen;

if (__TEST_BUILD__) topLevel.init = now() - moduleStart;
check((globalThis as GateGlobal).__dramatisGateStart);
// a sliced finder goes on in later tasks: its slices are the first check's too, but are not in this
if (__TEST_BUILD__) firstCheckMs = scriptMs;
// an article found by this check stops the observer once the second half has judged it
if (document.body) {
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
      const status = judging || loadedHalf?.busy() ? "loading" : (globalThis as GateGlobal).__dramatisForeign ? "not-english" : "not-article";
      window.postMessage(`dramatis-test:reply:${JSON.stringify({ status, firstPaintMs: null, scriptMs, firstCheckMs, topLevel, looks, gateTask: longestTask, firstLook: lastLook, painted: 0, host: false })}`, "*");
    } else if (e.data === "dramatis-test:finder") {
      const t0 = now();
      const isArticle = findArticle(document, { url: location.href }).isArticle;
      window.postMessage(`dramatis-test:finder:${JSON.stringify({ ms: now() - t0, isArticle })}`, "*");
    }
  });
}
