/**
 * The only script every page pays for (manifest content script `content.js`).
 *
 * It asks one question — is this page an article? — first with the first look (a few metadata
 * tags, native element counts and a bounded sample of paragraphs, no walk of the whole DOM: about
 * three in four pages that are not articles end there), then with the full article finder. On an
 * article it paints at once (first-paint.ts: index, worker request, CSS.highlights); the rest is
 * a second file, `content-article.js` (gate-article.ts: the popup's answers, which need the
 * message schemas, and loading content-main.js after the paint), fetched only after that paint or
 * when the popup asks.
 *
 * Pages that build their article late (single-page apps) are checked again when their DOM has
 * grown a lot or their URL changed, debounced, and never more than MAX_RECHECKS times per URL.
 */
import { moduleStart } from "./clock";
import type { Runtime } from "webextension-polyfill";
import { findArticle, type ArticleLocation } from "../engine/article";
import { lookVerdict } from "../engine/article/first-look";
import { extensionId, onMessage } from "./ext";
import { readSettings, startEarly, type EarlyStart } from "./first-paint";

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

function timed<T>(fn: () => T): T {
  const t0 = performance.now();
  try {
    return fn();
  } finally {
    scriptMs += performance.now() - t0;
  }
}

/** `taskStart`: when the task running this check began (the first check's task is the one that
 *  evaluated this script, from its first statement). */
function check(taskStart = performance.now()): void {
  if (judging || loadedHalf?.busy()) return;
  let found: ArticleLocation;
  try {
    // the cheap first look settles most pages that are not articles without the full walk
    const verdict = timed(() => lookVerdict(document, location));
    if (__TEST_BUILD__) lastLook = { verdict };
    if (verdict === "not-article") return;
    const lookEnd = performance.now();
    found = timed(() => findArticle(document, { url: location.href }));
    if (__TEST_BUILD__) (globalThis as GateGlobal).__dramatisGateMarks = { look: lookEnd, finder: performance.now(), chunk: NaN, importAt: NaN };
  } catch (e) {
    console.warn("Dramatis: article check failed", e);
    return;
  }
  if (!found.isArticle) return;
  settle();
  judging = true;
  // the first paint starts in this task: first-paint.ts keeps the index and the worker request
  // in it while it stays short, and goes on in slices otherwise
  paintArticle(found, taskStart);
}

/**
 * The first paint, here in content.js: when it sat in the second file, loading that file (a
 * fetch from the extension, a compile, an evaluation: 20–50 ms in Chromium on a busy machine)
 * came between the finder and the paint, longer than the worker's analysis of the demo article.
 * The second file then loads after the paint, for the popup's answers and content-main.js.
 */
function paintArticle(found: ArticleLocation, taskStart: number): void {
  const g = globalThis as GateGlobal;
  let early: EarlyStart | undefined;
  try {
    early = g.__dramatisEarly = startEarly(found, readSettings, g.__dramatisGateStart ?? performance.now(), taskStart);
  } catch (e) {
    // content-main.js then finds and analyses the article itself
    console.warn("Dramatis: first paint failed", e);
  }
  const rest = () =>
    loadHalf().then(
      (m) => {
        judging = false;
        m.start(early);
      },
      (e: unknown) => {
        judging = false;
        console.warn("Dramatis: could not load", e);
      },
    );
  // fetching, compiling and evaluating the rest meanwhile would compete for the CPU with the
  // worker's analysis the paint is waiting for
  if (early) void early.result.then(rest);
  else void rest();
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

onMessage((raw: unknown, sender: Runtime.MessageSender) => {
  // once content-main.js runs, it answers everything itself
  if ((globalThis as GateGlobal).__dramatisPageState || sender.id !== extensionId()) return undefined;
  if (loadedHalf) return loadedHalf.answer(raw);
  if (!forPage(raw)) return undefined;
  // the answer (validated, with the page's state) is the second half's; an undefined answer
  // there is a page busy loading Dramatis: the popup hears nothing and asks again
  return loadHalf().then((m) => m.answer(raw));
});

check((globalThis as GateGlobal).__dramatisGateStart);
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
      const status = judging || loadedHalf?.busy() ? "loading" : "not-article";
      window.postMessage(`dramatis-test:reply:${JSON.stringify({ status, firstPaintMs: null, scriptMs, firstLook: lastLook, painted: 0, host: false })}`, "*");
    } else if (e.data === "dramatis-test:finder") {
      const t0 = performance.now();
      const isArticle = findArticle(document, { url: location.href }).isArticle;
      window.postMessage(`dramatis-test:finder:${JSON.stringify({ ms: performance.now() - t0, isArticle })}`, "*");
    }
  });
}
