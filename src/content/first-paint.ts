/**
 * The first paint of an article, done by content.js (the gate) itself.
 *
 * Loading content-main.js (the card, the observer, the popup's answers) costs a fetch, a compile
 * and an evaluation: 15–25 ms in Chromium, longer than the worker takes to analyse the demo
 * article. So the gate does the short path to the painted page on its own, the moment it has
 * found the article: index the text, ask the worker, check its reply, paint with CSS.highlights.
 * content-main.js is imported once this paint is done and takes its result over (`EarlyStart`)
 * instead of analysing again; it attaches the UI host, answers the popup and watches the page.
 *
 * Everything here is also used by content-main.js (the worker request, the settings, the site
 * switch, the article's roots), so the two bundles read the same rules from one place.
 */
import type { ArticleLocation } from "../engine/article";
import type { TextIndex } from "../engine/text-index";
import { quotesOutsideCode } from "../engine/quotes-in-code";
import type { Analysis } from "../engine/types";
import { DEFAULT_SETTINGS, SETTINGS_KEY, normalizeSettings, type Settings } from "../settings";
import { siteAllowed } from "../site-switch";
import { now } from "./clock";
import { storageGet } from "./ext";
import { collectTargets } from "./lookup";
import { assignSlots, type Theme } from "./palette";
import { noEditableIn, startPaint, type Painted } from "./paint";
import { validWorkerAnalysis } from "./summary";
import { detectTheme } from "./theme";
import { requestAnalysis, sendAnalysis, WORKER_TIMEOUT_MS, type WorkerRequest } from "./worker-request";
import { warn } from "./warn";

export interface Found {
  location: ArticleLocation;
  index: TextIndex;
}

export { WORKER_TIMEOUT_MS };

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
  /** The stored settings the worker sent with its analysis (normalised here like any stored
   *  settings); null when it sent none. */
  settings: Settings | null;
  /** ms the page spent checking the reply. */
  checkMs: number;
  /** When the reply reached the page (performance.now()): its task's start, or before it. */
  arrivedAt: number;
  phases: Record<string, number>;
}

/**
 * Asks the background worker (whose engine stays warm across pages) to analyse the article.
 * Null when it cannot give a valid answer within WORKER_TIMEOUT_MS: the caller then analyses in
 * the page.
 */
export function askWorker(found: Found): Promise<WorkerAnswer | null> {
  return readReply(sendAnalysis(found.location, found.index, null));
}

/** Test probe: where the worker's round trip went (`t1` its reply's arrival, `readAt` this task's
 *  start of reading it). */
function replyPhases(request: WorkerRequest, r: Record<string, unknown>, t1: number, readAt: number): Record<string, number> {
  const { t0, sentAt, send } = request;
  const phases: Record<string, number> = { worker: t1 - t0, send, replyWait: readAt - t1 };
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
  return phases;
}

/** The worker's answer to `request`, checked like any message before anything is painted from
 *  it; null when there is none or it is not valid. */
export async function readReply(request: WorkerRequest): Promise<WorkerAnswer | null> {
  const { index, location: loc } = request;
  const text = index.text;
  const reply: unknown = await request.reply;
  const readAt = now();
  // when the reply came: it may have waited for this module to load (replyWait)
  const t1 = Number.isFinite(request.arrivedAt) ? request.arrivedAt : readAt;
  const got = validWorkerAnalysis(reply, text);
  if (!got) return null;
  // the probe's split of the round trip: test builds only, so content.js (parsed on every page)
  // does not carry it
  const phases: Record<string, number> = __TEST_BUILD__ ? replyPhases(request, reply as Record<string, unknown>, t1, readAt) : {};
  // the worker reads flat text; only the index knows which quotes sat in code (a program's strings)
  const analysis: Analysis = { version: 1, article: loc.isArticle, title: loc.title, byline: loc.byline, text, ...got, quotes: quotesOutsideCode(got.quotes, index) };
  const r = reply as { settings?: unknown };
  const settings = r.settings && typeof r.settings === "object" ? normalizeSettings(r.settings) : null;
  const checkMs = now() - readAt;
  if (__TEST_BUILD__) phases.check = checkMs;
  return { analysis, settings, checkMs, arrivedAt: t1, phases };
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
      /** The article and index the analysis is of. */
      found: Found;
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
  /** The article and its index; null until the index is done (the request is then sent), and
   *  for good when indexing failed (the result is then "no-worker"). */
  found: Found | null;
  result: Promise<EarlyResult>;
  /** Set by content-main.js when it starts an analysis of its own: the gate's late answer must
   *  not paint over it. */
  superseded: boolean;
  /** Test probe: where the time to the first paint went, and the paint's time from the gate's start. */
  phases: Record<string, number>;
}

/** The page's highlight registry, read when there is something to paint: reading `CSS` at this
 *  file's top level built the CSS namespace and the registry's wrappers in the content script's
 *  world on every page, articles or not (content.js's module evaluation on pages the first look
 *  rejects: 0.8 -> 0.5 ms median, paired builds, 49 WCXB dev-other pages, load 9-10). */
const highlightRegistry = (): HighlightRegistry | null => (typeof CSS !== "undefined" && "highlights" in CSS ? CSS.highlights : null);

/** Past this much of its task, the request's task leaves the paint's preparation (theme, editable
 *  check, colours: 1-5 ms) to a task of its own, still well before the worker answers. */
const PREP_IN_TASK_MS = 25;

/** The line for the task the worker's reply arrives in (from its arrival): the check and the
 *  targets, then ranges until this, the rest in later tasks of PAINT_SLICE_MS. The margin under
 *  50 ms is for what the clock does not see: reading the message before its arrival is noted. */
const PAINT_TASK_MS = 30;
const PAINT_SLICE_MS = 25;

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The reply's path (the check, the code test, the targets, the ranges) run once on a made-up
 * reply of one span, while the worker analyses: this page's content.js has never run that code,
 * and its first run is mostly V8 compiling it and learning its types. Cold, the check, the
 * targets and the paint took 7.3-7.8 ms of the demo's path after the reply (Chromium, medians of
 * 30 loads, load 8); rehearsed, 4.3-4.6, for ~2 ms more here, where the page only waits. Nothing
 * is registered: the job is paused after its first range (of four targets), and the made-up
 * ranges are dropped. A failure here costs the page nothing.
 */
export function rehearse(index: TextIndex, theme: Theme, noEditable: boolean): void {
  try {
    const e = { id: "", name: "", aliases: [], role: null, description: null, mentions: [0, 1] };
    const dry = validWorkerAnalysis({ ok: true, people: [e], quotes: [0, 1, -1, -1, -1], organizations: [e], places: [e] }, index.text);
    if (dry) startPaint(null!, { analysis: { ...dry, quotes: quotesOutsideCode(dry.quotes, index) } as Analysis, index, targets: collectTargets(dry as Analysis), slots: new Map(), theme, kinds: DEFAULT_SETTINGS.kinds, noEditable }).run(() => true);
  } catch {
    // the real reply takes the cold path
  }
}

/**
 * Indexes the found article and starts its first paint: the worker's analysis, the settings, the
 * paint. `taskStart` is when the caller's task began (the gate's check): the index and the
 * request go out in that task while it stays under `deadline` (the gate's line for the task, in
 * performance.now() time), else in slices (worker-request.ts).
 * The worker request does not wait for the settings: it names the site, and the worker itself
 * refuses a site the user turned off (it keeps the settings in memory) and sends the settings
 * with its analysis. The page's own storage read (a second round trip, whose API a new content
 * script first sets up) came back only ~3 ms before the worker's answer on the demo at load 16,
 * and once in 20 loads after it; it is left for when the worker gives no analysis.
 */
export function startEarly(location: ArticleLocation, readSettings: () => Promise<Settings>, gateStart: number, taskStart: number, deadline: number): EarlyStart {
  const tStart = now();
  const requested = requestAnalysis(location, deadline, taskStart);
  const phases: Record<string, number> = {};
  if (__TEST_BUILD__) {
    // from the finder's verdict to the paint path's start (the same task: the gate calls it at once)
    const marks = (globalThis as { __dramatisGateMarks?: { finder?: unknown } }).__dramatisGateMarks;
    if (typeof marks?.finder === "number") phases.hop = tStart - marks.finder;
  }
  const early: EarlyStart = { url: window.location.href, found: null, superseded: false, phases, result: Promise.resolve({ kind: "no-worker", settings: DEFAULT_SETTINGS }) };
  let settings: Promise<Settings> | null = null;
  early.result = (async (): Promise<EarlyResult> => {
    // settles in the task that sent the request: the finder's when the index fit in it
    const sent = await requested;
    const found: Found = (early.found = { location, index: sent.index });
    if (__TEST_BUILD__) {
      phases.index = sent.indexMs;
      phases.send = sent.send;
      phases.indexTasks = sent.indexTasks ?? 1;
      phases.sentLater = sent.sentLater ? 1 : 0;
      const marks = (globalThis as { __dramatisGateMarks?: { finder?: unknown } }).__dramatisGateMarks;
      if (typeof marks?.finder === "number") phases.requestAt = sent.startedAt - marks.finder;
    }
    const asked = readReply(sent);
    // while the worker analyses: what the paint needs that does not depend on the analysis; in a
    // task of its own when the request's task has already run long
    const thisTask = sent.indexTasks === 1 && !sent.sentLater ? taskStart : (sent.sentTask ?? now());
    if (now() - thisTask > PREP_IN_TASK_MS) await nextTask();
    const tTheme = now();
    const roots = rootsOf(found.index);
    const pageTheme = detectTheme(document, roots[0] ?? null);
    if (__TEST_BUILD__) phases.theme = now() - tTheme;
    // …and what would otherwise wait for it: whether the article holds anything editable (the
    // paint then asks no range's elements), and the palette's colour distances (computed on
    // first use; an empty list computes them and assigns nothing)
    const tReady = now();
    const noEditable = roots.length > 0 && roots.every(noEditableIn);
    assignSlots([]);
    rehearse(found.index, pageTheme, noEditable);
    if (__TEST_BUILD__) {
      phases.paintPrep = now() - tReady;
      // from the paint path's start to the end of its preparation (the request's tasks included)
      phases.startTask = now() - tStart;
    }
    const answer = await asked;
    // the settings come with the worker's analysis; read from storage only without one (no
    // worker, or a refusal: the site is turned off)
    let s = answer?.settings ?? null;
    if (!s) {
      const t1 = now();
      s = await (settings = readSettings());
      if (__TEST_BUILD__) phases.settingsReady = now() - t1;
    }
    // a site the user turned off is not painted (and the worker did not analyse it)
    if (!siteAllowed(s, window.location.hostname)) return { kind: "disabled", settings: s };
    if (!answer) return { kind: "no-worker", settings: s };
    if (__TEST_BUILD__) Object.assign(phases, answer.phases);
    const t2 = now();
    const { analysis } = answer;
    const slots = assignSlots(analysis.people);
    const theme: Theme = s.theme === "auto" ? pageTheme : s.theme;
    let painted: Painted | null = null;
    const registry = highlightRegistry();
    if (registry && s.autoHighlight && !early.superseded) {
      const targets = collectTargets(analysis);
      if (__TEST_BUILD__) phases.targets = now() - t2;
      const job = startPaint(registry, { analysis, index: found.index, targets, slots, theme, kinds: s.kinds, noEditable });
      // the reply's task (its arrival, the check, the targets) runs to PAINT_TASK_MS, and a long
      // article's ranges go on in tasks of PAINT_SLICE_MS: the 20x page built them in one ~40 ms
      // task after the check's ~12, a long task of the page
      // test builds only: one range per task, so that the sliced path is what a short page
      // exercises (the e2e test compares its paint with the one-task path's)
      const everySlice = __TEST_BUILD__ && window.location.hash === "#dramatis-test-sliced-paint";
      let until = __TEST_BUILD__ && everySlice ? -Infinity : answer.arrivedAt + PAINT_TASK_MS;
      let tasks = 1;
      while (!(painted = job.run(() => now() >= until))) {
        await nextTask();
        tasks++;
        // content-main.js took over meanwhile (and paints by itself): this paint is dropped
        if (early.superseded) break;
        if (!(__TEST_BUILD__ && everySlice)) until = now() + PAINT_SLICE_MS;
      }
      if (__TEST_BUILD__ && painted) {
        const end = now();
        phases.paint = end - t2;
        phases.paintTasks = tasks;
        phases.fromIdle = end - gateStart;
      }
    }
    return { kind: "analysed", settings: s, found, analysis, roots, slots, theme, painted, cost: answer.checkMs + now() - t2 };
  })().catch((e: unknown) => {
    // whatever went wrong here, content-main.js still gets the page analysed (in the page)
    warn("first paint failed", e);
    return (settings ?? readSettings()).then((s): EarlyResult => ({ kind: "no-worker", settings: s }));
  });
  return early;
}
