/**
 * The only script every page pays for (manifest content script `content.js`).
 *
 * It asks one question — is this page an article? — with the first look only (a few metadata
 * tags, native element counts and a bounded sample of paragraphs, no walk of the whole DOM: about
 * three in four pages that are not articles end there). Everything past a "maybe" is the second
 * file, `content-article.js` (gate-article.ts): the full article finder, the first paint
 * (first-paint.ts: index, worker request, CSS.highlights), the popup's answers, and loading
 * content-main.js after the paint. content.js is compiled afresh on every page (content scripts
 * get no code cache): with the finder and the first paint in it (56 KB), its task cost 18 ms of
 * CPU on pages the look rejects, against 8 ms for the look alone (bench/browser/trace.mjs).
 *
 * Pages that build their article late (single-page apps) are checked again when their DOM has
 * grown a lot or their URL changed, debounced, and never more than MAX_RECHECKS times per URL.
 */
import { moduleStart } from "./clock";
import type { Runtime } from "webextension-polyfill";
import { lookVerdict } from "../engine/article/first-look";
import { extensionId, onMessage } from "./ext";
import type { GateGlobal } from "./gate-global";

/** The second half's exports; a type-only import, so none of its code is bundled here. */
type ArticleHalf = typeof import("./gate-article");

/** How many nodes a page must add before it is worth asking again. */
const RECHECK_AFTER_NODES = 200;
const RECHECK_DEBOUNCE_MS = 1_000;
const MAX_RECHECKS = 3;

/** Spelled out (not the polyfill's import), because web-ext lint only accepts a dynamic import
 *  of an extension URL when it sees `chrome.runtime.getURL(...)` literally; both browsers have it. */
declare const chrome: { runtime: { getURL(path: string): string } };

// clock.ts is this bundle's first module: the start counts evaluating the bundle's modules too
(globalThis as GateGlobal).__dramatisGateStart ??= moduleStart;

let half: Promise<ArticleHalf> | null = null;
/** The second half once it has loaded. */
let loadedHalf: ArticleHalf | null = null;
/** Set from a "maybe" of the look until the second half has taken the page to judge. */
let handingOver = false;
let scriptMs = 0;
let lastUrl = location.href;
let rechecks = 0;
let added = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
let observer: MutationObserver | null = null;
/** Test builds: the first look's last answer, for the benchmark's probe. */
let lastLook: { verdict: string } | null = null;
/** Test builds: the longest task this script's looks ran, for the benchmark's probe. */
let longestLook = 0;

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

/** `taskStart`: when the task running this check began (the first check's task is the one that
 *  evaluated this script, from its first statement). */
function check(taskStart = performance.now()): void {
  if (handingOver || loadedHalf?.busy()) return;
  try {
    // the cheap first look settles most pages that are not articles without the full walk
    const verdict = lookVerdict(document, location);
    const end = performance.now();
    scriptMs += end - taskStart;
    if (__TEST_BUILD__) {
      lastLook = { verdict };
      longestLook = Math.max(longestLook, end - taskStart);
      (globalThis as GateGlobal).__dramatisGateMarks = { look: end, half: NaN, finder: NaN, chunk: NaN, importAt: NaN };
    }
    if (verdict === "not-article") return;
  } catch (e) {
    console.warn("Dramatis: article check failed", e);
    return;
  }
  // "maybe": the full finder, and the first paint on an article, are the second half's
  handingOver = true;
  loadHalf().then(
    (m) => {
      handingOver = false;
      m.judge();
    },
    (e: unknown) => {
      handingOver = false;
      console.warn("Dramatis: could not load", e);
    },
  );
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

function listenToPopup(): void {
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

check((globalThis as GateGlobal).__dramatisGateStart);
listenToPopup();
// an article found by this check stops the observer once the second half has judged it
if (document.body) {
  observer = new MutationObserver(onMutations);
  observer.observe(document.body, { childList: true, subtree: true });
}

// Test builds only (never shipped: __TEST_BUILD__ is a compile-time false there): the benchmark
// asks what the gate cost on pages where content-main.js never loads, what the first look said,
// and ("dramatis-test:finder") what the full finder alone costs on the same page, the gate's
// cost before the first look existed (the second half, loaded for it, runs it).
if (__TEST_BUILD__) {
  addEventListener("message", (e: MessageEvent) => {
    if ((globalThis as GateGlobal).__dramatisPageState || e.source !== window) return;
    if (e.data === "dramatis-test:probe") {
      const status = handingOver || loadedHalf?.busy() ? "loading" : "not-article";
      const gateTask = Math.max(longestLook, loadedHalf?.longestTask() ?? 0);
      window.postMessage(`dramatis-test:reply:${JSON.stringify({ status, firstPaintMs: null, scriptMs: scriptMs + (loadedHalf?.scriptMs() ?? 0), gateTask, firstLook: lastLook, painted: 0, host: false })}`, "*");
    } else if (e.data === "dramatis-test:finder") {
      void loadHalf().then((m) => window.postMessage(`dramatis-test:finder:${JSON.stringify(m.finderAlone())}`, "*"));
    }
  });
}
