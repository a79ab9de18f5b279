/**
 * The gate's second half (`content-article.js`, an ES module listed as web-accessible): the
 * answers to the popup on a page that is not an article (they need the message schemas, valibot),
 * and, once content.js has painted an article, loading the rest of Dramatis (`content-main.js`),
 * which takes that paint over.
 *
 * Why a second file: content.js is compiled and run on every page a user opens, and most of them
 * are not articles; the schemas are built when their module is evaluated. The first paint is not
 * here: with it here, loading this file (fetch, compile, evaluate) came between the finder and
 * the paint (the probe's hop: 47–57 ms median at load 11–14, demo and ×20).
 */
import { parseMessage, type PageState, type Reply } from "../messages";
import { pageTitle } from "./page-title";
import { readSettings, siteAllowed, type EarlyStart } from "./first-paint";
import { warn } from "./warn";

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
  /** performance.now() when content.js started (≈ document_idle; gate.ts sets it). */
  __dramatisGateStart?: number;
  /** Test builds: when the gate's steps ended (performance.now()), so the probe can split the
   *  time before content-main.js runs: the first look, the finder (content.js), this module's
   *  start (`chunk`) and loading content-main.js. */
  __dramatisGateMarks?: { look: number; finder: number; chunk: number; importAt: number };
  /** content.js found an article in another language than English, and painted nothing. */
  __dramatisForeign?: boolean;
}

let loaded: Promise<void> | null = null;
/** The first paint started here (first-paint.ts); the page is not checked again meanwhile. */
let early: EarlyStart | null = null;
/** What content.js does once this page no longer needs checking (its observer stops). */
let onSettled: () => void = () => undefined;

/** An article is being painted or the rest of Dramatis is on its way: no more checks, and the
 *  popup hears "loading". content.js paints before this file loads, so its paint counts too: a
 *  popup opened during the paint loads this file to ask, and must not hear "not an article". */
export const busy = (): boolean => !!(loaded || early || (globalThis as GateGlobal).__dramatisEarly);

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
 * After content.js's first paint of the article it found (`painted`; absent when that paint could
 * not start): content-main.js, which takes the paint over, or analyses in the page without one.
 */
export function start(painted?: EarlyStart): void {
  if (loaded) return;
  onSettled();
  const g = globalThis as GateGlobal;
  if (__TEST_BUILD__ && g.__dramatisGateMarks) g.__dramatisGateMarks.chunk = performance.now();
  const load = () => void loadMain(false).catch((e: unknown) => warn("could not load", e));
  // content.js painted already (or its paint failed, and content-main.js analyses in the page)
  if (painted) early = g.__dramatisEarly = painted;
  load();
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
  const status = !siteEnabled ? "disabled" : (globalThis as GateGlobal).__dramatisForeign ? "not-english" : "not-article";
  const title = pageTitle();
  return { status, analysis: null, colors: {}, enabled: false, siteEnabled, url: location.href, ...(title ? { title } : {}) };
}

/** The gate's answer to a message from the extension (content.js checked the sender), or
 *  undefined to leave it to content-main.js. */
export function answer(raw: unknown): Promise<Reply> | undefined {
  // an article being painted, or content-main.js on its way: the popup hears "loading" and asks again
  const isBusy = busy();
  const parsed = parseMessage(raw);
  if (!parsed.ok) return isBusy ? undefined : Promise.resolve({ ok: false, error: parsed.error } satisfies Reply);
  switch (parsed.message.type) {
    case "page/get-analysis":
      if (isBusy) return Promise.resolve({ ok: true, status: "loading", analysis: null, colors: {}, enabled: false, siteEnabled: true, url: location.href } satisfies Reply);
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
      if (isBusy) return undefined;
      return Promise.resolve({ ok: false, error: "This page is not an article; nothing is highlighted" } satisfies Reply);
    default:
      return undefined;
  }
}
