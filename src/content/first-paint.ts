/**
 * The first paint of an article, done by content.js (the gate) itself.
 *
 * Loading content-main.js (the card, the observer, the popup's answers) costs a fetch, a compile
 * and an evaluation: 15–25 ms in Chromium, longer than the worker takes to analyse the demo
 * article. So the gate does the short path to the painted page on its own, the moment it has
 * found the article: index the text, ask the worker, check its reply, paint with CSS.highlights.
 * content-main.js is imported at the same time and takes this result over (`EarlyStart`) instead
 * of analysing again; it attaches the UI host, answers the popup and watches the page.
 *
 * Everything here is also used by content-main.js (the worker request, the settings, the site
 * switch, the article's roots), so the two bundles read the same rules from one place.
 */
import type { ArticleLocation } from "../engine/article";
import { buildTextIndex, type TextIndex } from "../engine/text-index";
import type { Analysis } from "../engine/types";
import { ANALYSE_PORT, MAX_ANALYSE_TEXT } from "../messages";
import { DEFAULT_SETTINGS, SETTINGS_KEY, normalizeSettings, type Settings } from "../settings";
import { siteAllowed } from "../site-switch";
import { connect, sendMessage, storageGet, type NativePort } from "./ext";
import { collectTargets } from "./lookup";
import { assignSlots, type Theme } from "./palette";
import { noEditableIn, paint, type Painted } from "./paint";
import { validWorkerAnalysis } from "./summary";
import { detectTheme } from "./theme";

export interface Found {
  location: ArticleLocation;
  index: TextIndex;
}

/** How long a page waits for the worker before analysing by itself (a worker that is starting
 *  cold answers well within this; one that is stuck must not leave the page bare). */
export const WORKER_TIMEOUT_MS = 3_000;

/** The stored settings; never rejects (unreadable settings are the defaults). */
export async function readSettings(): Promise<Settings> {
  try {
    const stored = await storageGet(SETTINGS_KEY);
    return normalizeSettings(stored[SETTINGS_KEY] ?? DEFAULT_SETTINGS);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export { siteAllowed };

/** The elements holding indexed text (their nearest common container), for the observer and
 *  for reading the page's own background colour. */
export function rootsOf(ix: TextIndex): Element[] {
  const first = ix.pointAt(0)?.node.parentElement;
  const last = ix.pointAt(Math.max(0, ix.text.length - 1))?.node.parentElement;
  if (!first || !last) return [];
  const r = document.createRange();
  r.setStartBefore(first);
  r.setEndAfter(last);
  const c = r.commonAncestorContainer;
  return [c.nodeType === 1 ? (c as Element) : (c.parentElement ?? document.documentElement)];
}

/** The worker's analysis with what its test probe reports about the round trip. */
export interface WorkerAnswer {
  analysis: Analysis;
  /** ms the page spent checking the reply. */
  checkMs: number;
  phases: Record<string, number>;
}

/** The first reply on `port` to `message`, or null once the port closes without one. */
function askOnPort(port: NativePort, message: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    port.onMessage.addListener(resolve);
    port.onDisconnect.addListener(() => resolve(null));
    try {
      port.postMessage(message);
    } catch {
      // the port closed already (the extension was reloaded, the worker refused it)
      resolve(null);
    }
  });
}

/** A port for askWorker, opened before the text is ready (ANALYSE_PORT); null when it cannot be. */
export function openWorkerPort(): NativePort | null {
  if (__TEST_BUILD__ && location.hash === "#dramatis-test-no-worker") return null;
  return connect(ANALYSE_PORT);
}

/**
 * Asks the background worker (whose engine stays warm across pages) to analyse the article.
 * Null when it cannot give a valid answer within WORKER_TIMEOUT_MS: the caller then analyses in
 * the page. The reply is checked like any message before anything is painted from it. With a
 * `port` (openWorkerPort) the request goes on it and the port is closed after; else by sendMessage.
 */
export async function askWorker(found: Found, port: NativePort | null = null): Promise<WorkerAnswer | null> {
  const text = found.index.text;
  // test builds only: a page can ask to be analysed without the worker (the fallback's e2e test)
  if (text.length > MAX_ANALYSE_TEXT || (__TEST_BUILD__ && location.hash === "#dramatis-test-no-worker")) {
    port?.disconnect();
    return null;
  }
  let timer = 0;
  const sentAt = performance.timeOrigin + performance.now();
  const t0 = performance.now();
  const message = { type: "engine/analyse", text, title: found.location.title.slice(0, 1_000), host: location.hostname.slice(0, 300) };
  const sending = port ? askOnPort(port, message) : sendMessage(message).catch(() => null);
  // the call itself serialises the message on the page's main thread
  const send = performance.now() - t0;
  const reply: unknown = await Promise.race([sending, new Promise((resolve) => (timer = window.setTimeout(() => resolve(null), WORKER_TIMEOUT_MS)))]);
  clearTimeout(timer);
  port?.disconnect();
  const t1 = performance.now();
  const got = validWorkerAnalysis(reply, text);
  if (!got) return null;
  const phases: Record<string, number> = { worker: t1 - t0, send };
  const r = reply as Record<string, unknown>;
  const num = (k: string): number | null => (typeof r[k] === "number" ? (r[k] as number) : null);
  const [ms, age, receivedAt, repliedAt] = [num("ms"), num("age"), num("receivedAt"), num("repliedAt")];
  if (ms !== null && age !== null) {
    phases.workerAnalysis = ms;
    phases.workerAge = age;
  }
  if (receivedAt !== null && repliedAt !== null) {
    // the two crossings of the round trip (clocks of two processes: ±0.1 ms)
    phases.msgTo = receivedAt - sentAt;
    phases.msgBack = performance.timeOrigin + t1 - repliedAt;
    // in the worker, all but the analysis: checking the message, the engine and site switch, packing
    if (ms !== null) phases.workerWait = repliedAt - receivedAt - ms;
    // both crossings together, free of the two clocks' offset (which shifts time between msgTo
    // and msgBack): the round trip minus the worker's own time, so worker = crossings +
    // workerWait + workerAnalysis holds load by load (medians of the parts do not add up)
    phases.crossings = t1 - t0 - (repliedAt - receivedAt);
  }
  for (const [k, phase] of [["parseMs", "workerParse"], ["readyMs", "workerReady"], ["packMs", "workerPack"]] as const) {
    const v = num(k);
    if (v !== null) phases[phase] = v;
  }
  const loc = found.location;
  const analysis: Analysis = { version: 1, article: loc.isArticle, title: loc.title, byline: loc.byline, text, ...got };
  const checkMs = performance.now() - t1;
  phases.check = checkMs;
  return { analysis, checkMs, phases };
}

/** What the gate's first paint ended with, for content-main.js to take over. */
export type EarlyResult =
  /** The site is turned off: nothing was sent to the worker. */
  | { kind: "disabled"; settings: Settings }
  /** The worker gave no valid answer: content-main.js analyses in the page. */
  | { kind: "no-worker"; settings: Settings }
  /** Analysed; painted unless the user turned automatic highlighting off (painted null). */
  | {
      kind: "analysed";
      settings: Settings;
      analysis: Analysis;
      roots: Element[];
      slots: Map<string, number>;
      theme: Theme;
      painted: Painted | null;
      /** Main-thread ms of checking the reply and painting. */
      cost: number;
    };

export interface EarlyStart {
  url: string;
  found: Found;
  result: Promise<EarlyResult>;
  /** Set by content-main.js when it starts an analysis of its own: the gate's late answer must
   *  not paint over it. */
  superseded: boolean;
  /** Test probe: where the time to the first paint went, and the paint's time from the gate's start. */
  phases: Record<string, number>;
}

const registry: HighlightRegistry | null = typeof CSS !== "undefined" && "highlights" in CSS ? CSS.highlights : null;

/**
 * Indexes the found article and starts its first paint: the worker's analysis, the settings
 * (`settings`, a read just started), the paint. The worker request does not wait for the
 * settings: it names the site, and the worker itself refuses a site the user turned off (it
 * keeps the switch in memory), so the storage round trip overlaps the analysis instead of
 * preceding it.
 */
export function startEarly(location: ArticleLocation, settings: Promise<Settings>, gateStart: number): EarlyStart {
  const tStart = performance.now();
  // opened first: the connection is made while the text is indexed
  const port = openWorkerPort();
  const t0 = performance.now();
  let found: Found;
  try {
    found = { location, index: buildTextIndex(location) };
  } catch (e) {
    port?.disconnect();
    throw e;
  }
  const phases: Record<string, number> = { index: performance.now() - t0 };
  if (__TEST_BUILD__) {
    // from the finder's verdict to this start: the task hop a long check takes (TASK_BUDGET_MS)
    const marks = (globalThis as { __dramatisGateMarks?: { finder?: unknown } }).__dramatisGateMarks;
    if (typeof marks?.finder === "number") phases.hop = t0 - marks.finder;
  }
  const early: EarlyStart = { url: window.location.href, found, superseded: false, phases, result: Promise.resolve({ kind: "no-worker", settings: DEFAULT_SETTINGS }) };
  early.result = (async (): Promise<EarlyResult> => {
    const t1 = performance.now();
    const asked = askWorker(found, port);
    // while the worker analyses: what the paint needs that does not depend on the analysis
    const tTheme = performance.now();
    const roots = rootsOf(found.index);
    const pageTheme = detectTheme(document, roots[0] ?? null);
    phases.theme = performance.now() - tTheme;
    // …and what would otherwise wait for it: whether the article holds anything editable (the
    // paint then asks no range's elements), and the palette's colour distances (computed on
    // first use; an empty list computes them and assigns nothing)
    const tReady = performance.now();
    const noEditable = roots.length > 0 && roots.every(noEditableIn);
    assignSlots([]);
    phases.paintPrep = performance.now() - tReady;
    // the task this path started in, up to its first wait (port, index, request, theme, preparation)
    phases.startTask = performance.now() - tStart;
    const s = await settings;
    phases.settingsReady = performance.now() - t1;
    // a site the user turned off is not painted (and the worker did not analyse it)
    if (!siteAllowed(s, window.location.hostname)) return { kind: "disabled", settings: s };
    const answer = await asked;
    if (!answer) return { kind: "no-worker", settings: s };
    Object.assign(phases, answer.phases);
    const t2 = performance.now();
    const { analysis } = answer;
    const slots = assignSlots(analysis.people);
    const theme: Theme = s.theme === "auto" ? pageTheme : s.theme;
    let painted: Painted | null = null;
    if (registry && s.autoHighlight && !early.superseded) {
      painted = paint(registry, { analysis, index: found.index, targets: collectTargets(analysis), slots, theme, kinds: s.kinds, noEditable });
      const end = performance.now();
      phases.paint = end - t2;
      phases.fromIdle = end - gateStart;
    }
    return { kind: "analysed", settings: s, analysis, roots, slots, theme, painted, cost: answer.checkMs + performance.now() - t2 };
  })().catch((e: unknown) => {
    // whatever went wrong here, content-main.js still gets the page analysed (in the page)
    console.warn("Dramatis: first paint failed", e);
    return settings.then((s): EarlyResult => ({ kind: "no-worker", settings: s }));
  });
  return early;
}
