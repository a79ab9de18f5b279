/**
 * Content script: analyses the page's article, paints people, quotations, organisations, places
 * and the user's terms with the CSS Custom Highlight API, shows the hover card in one closed
 * shadow root, and answers the popup and the worker. The page's DOM is never changed except for
 * that one host element, which goes away when highlights are turned off.
 */
import { moduleStart } from "./clock";
import browser from "webextension-polyfill";
import type { Phase } from "../engine/analyze";
import { findArticle, type ArticleLocation } from "../engine/article";
import { findByline } from "../engine/article/metadata";
import { buildTextIndex } from "../engine/text-index";
import type { Analysis } from "../engine/types";
import { readsAsEnglish } from "../engine/language";
import type { TextIndex } from "../engine/text-index";
import { parseMessage, type GlossaryView, type Message, type PageState, type Reply } from "../messages";
import { DEFAULT_SETTINGS, SETTINGS_KEY, normalizeSettings, type Settings } from "../settings";
import { askWorker, readSettings, rootsOf, siteAllowed as siteAllowedBy, type EarlyStart, type Found } from "./first-paint";
import { entityCard, mentionedTimes, personCard, quoteCard, termCard, type CardModel } from "./card-model";
import { TargetTable, collectTargets, findTermSpans, type Target, type TargetKind, type TermMatch } from "./lookup";
import { PALETTE, assignSlots, type Theme } from "./palette";
import { clearHighlights, flash, liveRange, paint, stillHolds, unflash, type Painted } from "./paint";
import { summarize, validGlossaryView } from "./summary";
import { quoteWords } from "../quote-words";
import { pageTitle } from "./page-title";
import { runInSlices, yieldToPage } from "./slices";
import { detectTheme } from "./theme";
import { bringIntoView, Ui } from "./ui";

const DWELL_MS = 300;
const GRACE_MS = 300;
/** A pointer moved this recently is on its way somewhere: a repaint under it may open a card. */
const RECENT_MOVE_MS = 1_000;
const FLASH_MS = 1_200;
const DEBOUNCE_MS = 500;
/** How long the host outlives "highlights off", so the aria-live note can still be read. */
const ANNOUNCE_MS = 700;

// ── failure containment ──────────────────────────────────────────────────────────────────────
let logged = 0;
/** An exception in Dramatis must never break the page nor flood its console: log a few, then stay quiet. */
function report(e: unknown): void {
  if (logged++ < 3) console.warn(`Dramatis: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
}
function guard<A extends unknown[]>(fn: (...a: A) => void): (...a: A) => void {
  return (...a) => {
    try {
      fn(...a);
    } catch (e) {
      report(e);
    }
  };
}

// ── state ────────────────────────────────────────────────────────────────────────────────────
type Status = PageState["status"];

let settings: Settings = DEFAULT_SETTINGS;
let status: Status = "loading";
let analysis: Analysis | null = null;
let index: TextIndex | null = null;
/** Roots the analysis came from: a mutation elsewhere does not change the article. */
let roots: Element[] = [];
let forced = false;
let enabled = false;
let siteEnabled = true;
let theme: Theme = "light";
let slots = new Map<string, number>();
let painted: Painted | null = null;
let terms: GlossaryView[] = [];
let termMatches: TermMatch[] = [];
let lastUrl = location.href;
let lastSummary = "";
/** Milliseconds from content.js's first statement (≈ document_idle, the start the issue
 *  measures from) to the first paint, whoever painted (the benchmark reads it in test builds). */
let firstPaintMs: number | null = null;
/** When content.js started (gate.ts records it), else this module's start. */
const idleStart = (): number => {
  const gateStart = (globalThis as { __dramatisGateStart?: unknown }).__dramatisGateStart;
  return typeof gateStart === "number" ? gateStart : moduleStart;
};
const started = performance.now();
/** Where the time to the first paint went (test probe; the benchmark prints the medians). */
const phases: Record<string, number> = { moduleEval: started - moduleStart };
/** Bumped by every analysis, so an analysis that paused (analyseInSlices) and was overtaken by a
 *  newer one (a message, a settings change) throws its stale result away. */
let generation = 0;
/** What the last analysis cost, to space out re-analyses on pages that never stop changing. */
let analyseCost = 0;
/** What finding and indexing the article cost (every page change pays this much). */
let locateCost = 0;
let lastFullAt = 0;
/** What the last paint cost (test probe). */
let paintCost = 0;
/** All the synchronous time Dramatis spent on this page's main thread: analyses and paints. */
let scriptMs = 0;

const registry: HighlightRegistry | null = typeof CSS !== "undefined" && "highlights" in CSS ? CSS.highlights : null;

const ui = new Ui(document, {
  onQuote: guard((id: string) => {
    const keyboard = cardByKeyboard;
    // the pressed button goes with the old card; Esc on the next must still return the reader
    // to where they were before the first
    const back = focusBefore;
    closeCard();
    const t = jump("quote", id, 0);
    if (t && keyboard) {
      openCard(t, true);
      focusBefore = back;
    }
  }),
  onClose: guard(() => closeCard(true)),
});

// ── analysis and painting ────────────────────────────────────────────────────────────────────

/** Finds the article and indexes its text: cheap (a few ms), so it runs on every page change. */
function locate(): { location: ArticleLocation; index: TextIndex } {
  const t0 = performance.now();
  const where = findArticle(document, { url: location.href });
  const ix = buildTextIndex(where);
  locateCost = performance.now() - t0;
  scriptMs += locateCost;
  return { location: where, index: ix };
}

type Engine = typeof import("../engine/analyze");
let engineLoad: Promise<Engine> | null = null;

/** Spelled out (not the polyfill's), because web-ext lint only accepts a dynamic import of an
 *  extension URL when it sees `chrome.runtime.getURL(...)` literally; both browsers have it. */
declare const chrome: { runtime: { getURL(path: string): string } };

/**
 * The engine's own modules (lexicons, the tagger's model) live in their own file,
 * engine-page.js, fetched and evaluated only when this page has to analyse by itself: the
 * worker normally does it, and the file is half of what content-main.js would otherwise weigh.
 */
function loadEngine(): Promise<Engine> {
  return (engineLoad ??= (import(chrome.runtime.getURL("engine-page.js")) as Promise<Engine>).catch((e: unknown) => {
    engineLoad = null;
    throw e;
  }));
}

/**
 * The analysis of a located article: by the worker, or else here, in slices. Resolves true
 * when adopted, false when a newer analysis overtook it or `stop()` says it is unwanted.
 */
async function analyse(found: Found, stop: () => boolean = () => false): Promise<boolean> {
  // the gate's first paint, should its answer still be on the way, must not paint over this one
  if (early) early.superseded = true;
  const t0 = performance.now();
  const byWorker = await analyseInWorker(found, stop);
  phases.worker ??= performance.now() - t0;
  if (byWorker !== null) return byWorker;
  const local = performance.now();
  const done = await analyseInSlices(found, stop);
  // wall-clock time of the sliced analysis minus its own running time: the page's turns
  phases.paused ??= performance.now() - local - analyseCost;
  return done;
}

/** Analyses, then paints and tells the worker, unless a newer analysis took over meanwhile. */
async function analyseAndPaint(found: Found, stop?: () => boolean): Promise<boolean> {
  if (!(await analyse(found, stop))) return false;
  repaint();
  sendSummary();
  return true;
}

/** Longest stretch of analysis run before the page gets its event loop back. */
const SLICE_MS = 20;

/**
 * The same analysis as analyse(), phase by phase, giving the page its event loop back whenever
 * a slice has run SLICE_MS, so a long article does not freeze the page in one long task.
 * Resolves false when a newer analysis overtook it or `stop()` says the result is unwanted.
 */
async function analyseInSlices(found: Found, stop: () => boolean): Promise<boolean> {
  const mine = ++generation;
  const engine = await loadEngine();
  if (mine !== generation || stop()) return false;
  const run = await runInSlices(engine.indexedSteps(found.location, found.index), {
    sliceMs: SLICE_MS,
    stop: () => mine !== generation || stop(),
    onStep: (step: Phase, ms) => (phases[step] = ms),
  });
  if (!run) return false;
  adopt(run.value, found, run.busy);
  analysedBy = "page";
  return true;
}

/** Who made the current analysis (test probe). */
let analysedBy: "worker" | "page" | null = null;

/**
 * The analysis, made by the background worker: it lives across pages, so its engine is already
 * compiled and warm where this tab's would start cold, and the page's main thread only waits.
 * Resolves true when adopted, false when overtaken or unwanted (like analyseInSlices), null
 * when the worker could not give a valid answer (the caller then analyses here).
 */
async function analyseInWorker(found: Found, stop: () => boolean): Promise<boolean | null> {
  const mine = ++generation;
  const answer = await askWorker(found);
  if (mine !== generation || stop()) return false;
  if (!answer) return null;
  for (const [k, v] of Object.entries(answer.phases)) phases[k] ??= v;
  adopt(answer.analysis, found, answer.checkMs);
  analysedBy = "worker";
  return true;
}

/** `known`: the roots and colours the gate's first paint already worked out for this analysis
 *  (takeOver), so they are not worked out again (the colour distances alone cost this module
 *  ~2 ms on first use). */
function adopt(result: Analysis, found: Found, cost: number, known?: { roots: Element[]; slots: Map<string, number> }): void {
  analyseCost = cost;
  scriptMs += cost;
  lastFullAt = performance.now();
  // content.js painted without the byline, whose code it leaves to this file
  if (result.byline === null && found.location.laterByline) result.byline = found.location.laterByline(findByline);
  analysis = result;
  index = found.index;
  roots = known?.roots ?? rootsOf(found.index);
  // an article in another language (a single-page app's next page, say) is left unpainted,
  // as content.js leaves it: the engine reads English only
  status = forced ? "article" : !analysis.article ? "not-article" : readsAsEnglish(analysis.text) ? "article" : "not-english";
  slots = known?.slots ?? assignSlots(analysis.people);
  matchTerms();
}

function matchTerms(): void {
  termMatches =
    analysis && settings.kinds.terms
      ? terms.map((t) => ({ id: t.id, spans: findTermSpans(analysis!.text, [t.name, ...t.aliases]) })).filter((m) => m.spans.length)
      : [];
}

function shouldPaint(): boolean {
  return !!registry && enabled && siteEnabled && status === "article" && !!analysis && !!index;
}

function repaint(): void {
  if (!registry) return;
  if (!shouldPaint()) {
    // nothing to show (a new page that is no article, say): the page gets its DOM back too
    const hadPaint = !!painted;
    unpaint();
    if (hadPaint && enabled) ui.remove();
    return;
  }
  const t00 = performance.now();
  ui.ensure();
  const t01 = performance.now();
  theme = settings.theme === "auto" ? detectTheme(document, roots[0] ?? null) : settings.theme;
  const t02 = performance.now();
  const targets = collectTargets(analysis!, termMatches);
  counts.repaints++;
  const t0 = performance.now();
  painted = paint(registry, { analysis: analysis!, index: index!, targets, slots, theme, kinds: settings.kinds });
  paintCost = performance.now() - t0;
  scriptMs += paintCost;
  if (firstPaintMs === null) {
    phases.paint = paintCost;
    phases.host = t01 - t00;
    phases.theme = t02 - t01;
    // from content.js's start (≈ document_idle): adds the gate's check and loading this module
    phases.fromIdle = firstPaintMs = performance.now() - idleStart();
  }
  if (current) {
    // the open card follows its word onto the fresh ranges, or closes if the word is gone
    const again = painted.targets.find((t) => sameTarget(t, current));
    if (again) {
      current = again;
      ui.position();
      // while the page had replaced its words (a re-render) the pointer was on no painted word:
      // where it is now decides whether the card stays
      if (!cardByKeyboard) onHover(underPointer());
    } else closeCard();
  } else if (pending || performance.now() - movedAt < RECENT_MOVE_MS) {
    // a word reached just as the page re-rendered it still gets its card; a pointer resting for
    // long opens nothing by itself
    onHover(underPointer());
  }
  ui.setTheme(theme);
}

function unpaint(): void {
  if (registry) clearHighlights(registry);
  painted = null;
  closeCard();
}

/** Tells the worker what this article holds (badge, glossary); it may not be listening yet. */
function sendSummary(): void {
  if (!analysis || status !== "article") return;
  const msg = summarize(analysis, location.href);
  const key = JSON.stringify(msg);
  if (key === lastSummary) return;
  lastSummary = key;
  browser.runtime.sendMessage(msg).catch(() => {});
}

async function loadTerms(): Promise<void> {
  try {
    const reply: unknown = await browser.runtime.sendMessage({ type: "terms/list" });
    const list = reply && typeof reply === "object" && (reply as { ok?: unknown }).ok === true ? (reply as { terms?: unknown }).terms : null;
    terms = Array.isArray(list) ? list.filter(validGlossaryView).slice(0, 2_000) : [];
  } catch {
    terms = [];
  }
}

function pageState(): PageState {
  const colors: Record<string, string> = {};
  if (analysis) for (const p of analysis.people) colors[p.id] = PALETTE[theme][slots.get(p.id) ?? 0]!.name;
  // url: the popup's site switch needs the host, and tab.url is hidden without "tabs"/activeTab
  const shown = siteEnabled && analysis ? drawnMentions(analysis) : null;
  const title = shown ? "" : pageTitle();
  return { status, analysis: shown, colors, enabled: enabled && siteEnabled, siteEnabled, url: location.href, ...(title ? { title } : {}) };
}

/** The analysis with each person's, organisation's and place's mentions cut to those the page
 *  draws (see occurrences), so the popup's counts and its "Mention k of N" steps match what the
 *  reader sees and where a jump lands. The same object when the page hides none. */
function drawnMentions(a: Analysis): Analysis {
  if (!painted) return a;
  const groups = new Map<string, Target[]>();
  for (const t of painted.targets) {
    if (t.kind !== "person" && t.kind !== "organization" && t.kind !== "place") continue;
    const key = `${t.kind}\u0000${t.id}`;
    const g = groups.get(key);
    if (g) g.push(t);
    else groups.set(key, [t]);
  }
  const hiddenAt = new Map<string, Set<number>>();
  for (const [key, list] of groups) {
    const shown = drawnOnly(list);
    if (shown.length < list.length) {
      const kept = new Set(shown);
      hiddenAt.set(key, new Set(list.filter((t) => !kept.has(t)).map((t) => t.start)));
    }
  }
  if (!hiddenAt.size) return a;
  const cut = <T extends { id: string; mentions: { start: number }[] }>(kind: TargetKind, list: T[]): T[] =>
    list.map((e) => {
      const hidden = hiddenAt.get(`${kind}\u0000${e.id}`);
      return hidden ? { ...e, mentions: e.mentions.filter((m) => !hidden.has(m.start)) } : e;
    });
  return {
    ...a,
    people: cut("person", a.people),
    ...(a.organizations ? { organizations: cut("organization", a.organizations) } : {}),
    ...(a.places ? { places: cut("place", a.places) } : {}),
  };
}

function setEnabled(on: boolean): void {
  if (on === enabled && (on ? !!painted || status !== "article" : !painted)) return;
  enabled = on;
  if (on) {
    const announce = () => painted && ui.announce("Dramatis highlights on");
    // not analysed yet (the first analysis is still under way): paint once it is
    if (!analysis) return void analyseAndPaint(locate()).then(guard((ok) => ok && enabled && announce()), report);
    repaint();
    announce();
    sendSummary();
  } else {
    const had = ui.attached;
    unpaint();
    if (had) {
      ui.announce("Dramatis highlights off");
      ui.remove(ANNOUNCE_MS);
    }
  }
}

// ── hover card ───────────────────────────────────────────────────────────────────────────────

let current: Target | null = null;
let cardByKeyboard = false;
let focusBefore: Element | null = null;
let pending: Target | null = null;
let dwellTimer = 0;
let closeTimer = 0;

const sameTarget = (a: Target | null, b: Target | null): boolean => !!a && !!b && a.kind === b.kind && a.id === b.id && a.start === b.start;

/** The card counts the mentions the reader can see (see occurrences). */
function withShownCount(model: CardModel | null, t: Target): CardModel | null {
  const shown = occurrences(t.kind, t.id).length;
  return model && shown ? { ...model, mentions: mentionedTimes(shown) } : model;
}

function modelFor(t: Target): CardModel | null {
  if (!analysis) return null;
  switch (t.kind) {
    case "person":
      return withShownCount(personCard(analysis, t.id), t);
    case "quote":
      return quoteCard(analysis, Number(t.id.slice(1)));
    case "organization":
    case "place":
      return withShownCount(entityCard(analysis, t.kind, t.id), t);
    case "term": {
      const term = terms.find((x) => x.id === t.id);
      const n = termMatches.find((m) => m.id === t.id)?.spans.length ?? 0;
      return term ? termCard(term, n) : null;
    }
  }
}

function swatchFor(t: Target): { fill: string; line: string } | null {
  if (!analysis) return null;
  const personId = t.kind === "person" ? t.id : t.kind === "quote" ? analysis.quotes[Number(t.id.slice(1))]?.speaker : null;
  const slot = personId ? slots.get(personId) : undefined;
  if (slot === undefined) return null;
  const s = PALETTE[theme][slot]!;
  return { fill: s.name, line: s.line };
}

/** Which line box of the open card's range it stands beside: the one the pointer opened it on. */
let anchorLine = 0;

/** The line box of `t`'s range under (x, y), or 0 (its first line). */
function lineAt(t: Target, x: number, y: number): number {
  const rects = rangeFor(t)?.getClientRects();
  if (!rects) return 0;
  for (let i = 0; i < rects.length; i++) {
    const b = rects[i]!;
    if (x >= b.left - 1 && x <= b.right + 1 && y >= b.top - 1 && y <= b.bottom + 1) return i;
  }
  return 0;
}

/** The line box the card stands beside: the line the pointer opened it on (a name broken over
 *  two lines, a long quotation read from its middle) while that line is on screen, else the
 *  first line on screen (the card hides while none is). */
function anchorRect(t: Target): DOMRect | null {
  const r = rangeFor(t);
  if (!r) return null;
  const rects = r.getClientRects();
  const vh = document.documentElement.clientHeight || window.innerHeight;
  const onScreen = (b: DOMRect | undefined): b is DOMRect => !!b && b.bottom > 0 && b.top < vh && b.width > 0;
  if (onScreen(rects[anchorLine])) return rects[anchorLine]!;
  for (let i = 0; i < rects.length; i++) if (onScreen(rects[i])) return rects[i]!;
  return rects[0] ?? r.getBoundingClientRect();
}

function openCard(t: Target, byKeyboard: boolean): void {
  const model = modelFor(t);
  if (!model) return;
  clearTimeout(closeTimer);
  if (byKeyboard && !cardByKeyboard) {
    // from one keyboard card to the next (a quotation button), focus is already ours: keep
    // remembering where the reader was before the first
    const active = document.activeElement;
    if (active && active.localName !== "dramatis-ui") focusBefore = active;
  }
  current = t;
  cardByKeyboard = byKeyboard;
  anchorLine = byKeyboard ? 0 : lineAt(t, moveX, moveY);
  ui.showCard(model, () => (current ? anchorRect(current) : null), { theme, swatch: swatchFor(t), focus: byKeyboard });
  if (t.kind !== "quote" && t.kind !== "term") void lookupGlossary(t, model.heading);
}

async function lookupGlossary(t: Target, name: string): Promise<void> {
  try {
    const reply: unknown = await browser.runtime.sendMessage({ type: "glossary/lookup", names: [name.slice(0, 200)] });
    if (!sameTarget(current, t) || !reply || typeof reply !== "object" || (reply as { ok?: unknown }).ok !== true) return;
    const entries = (reply as { entries?: unknown }).entries;
    const entry = entries && typeof entries === "object" ? (entries as Record<string, unknown>)[name] : undefined;
    if (!validGlossaryView(entry)) return;
    const here = location.href;
    const model = (t.kind === "person" ? personCard(analysis!, t.id, entry, here) : entityCard(analysis!, t.kind as "organization" | "place", t.id, entry, here))!;
    ui.appendGlossary(model);
  } catch {
    /* no worker, no glossary yet: the card simply has no glossary lines */
  }
}

function closeCard(restoreFocus = false): void {
  clearTimeout(dwellTimer);
  clearTimeout(closeTimer);
  pending = null;
  const wasKeyboard = cardByKeyboard;
  current = null;
  cardByKeyboard = false;
  ui.hideCard();
  if (restoreFocus && wasKeyboard && focusBefore instanceof HTMLElement && focusBefore.isConnected) focusBefore.focus({ preventScroll: true });
  if (!wasKeyboard || restoreFocus) focusBefore = null;
}

interface HitResult {
  highlight?: Highlight;
  ranges?: AbstractRange[];
}
type HighlightsFromPoint = (x: number, y: number) => (HitResult | Highlight)[];

/** What the pointer is over: highlightsFromPoint where it gives ranges, else caret + index. */
function hitTest(x: number, y: number): Target | null {
  if (!painted || !index) return null;
  const fromPoint = (registry as unknown as { highlightsFromPoint?: HighlightsFromPoint } | null)?.highlightsFromPoint;
  if (fromPoint) {
    // indexed loops, not for…of: Firefox cannot iterate page objects from a content script
    const hits = fromPoint.call(registry, x, y);
    const found: Target[] = [];
    for (let i = 0; i < hits.length; i++) {
      const ranges = (hits[i] as HitResult).ranges;
      if (!ranges) continue;
      for (let j = 0; j < ranges.length; j++) {
        const t = painted.targetOf.get(ranges[j]!);
        if (t) found.push(t);
      }
    }
    if (found.length) return best(found);
    // no early "nothing here": Chromium 156 answers [] at every point once devicePixelRatio is
    // not 1 (HiDPI screens, most laptops and phones), so the caret must still be asked
  }
  return caretHit(x, y);
}

const RANK: Record<TargetKind, number> = { person: 0, term: 1, organization: 2, place: 3, quote: 4 };
function best(found: Target[]): Target | null {
  found.sort((a, b) => RANK[a.kind] - RANK[b.kind] || a.end - a.start - (b.end - b.start));
  return found[0] ?? null;
}

/** Each paint's offset → target table, built on a reader's first hover that needs it (kept out
 *  of paint.ts: content.js, which every page parses, paints too but never hit-tests). */
const tables = new WeakMap<Painted, TargetTable>();
function tableOf(p: Painted): TargetTable {
  let table = tables.get(p);
  if (!table) tables.set(p, (table = new TargetTable([...p.rangeOf.keys()])));
  return table;
}

function caretHit(x: number, y: number): Target | null {
  if (!painted || !index) return null;
  let node: Node | null = null;
  let offset = 0;
  const doc = document as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };
  if (typeof doc.caretPositionFromPoint === "function") {
    const p = doc.caretPositionFromPoint(x, y);
    if (p) ({ offsetNode: node, offset } = p);
  } else if (typeof doc.caretRangeFromPoint === "function") {
    const r = doc.caretRangeFromPoint(x, y);
    if (r) ({ startContainer: node, startOffset: offset } = r);
  }
  if (!node) return null;
  const at = index.offsetOf(node, offset);
  if (at === null) return null;
  // the caret lands before or after the character under the pointer; check both, then the rects
  const table = tableOf(painted);
  const candidates = [...table.allAt(at), ...(at > 0 ? table.allAt(at - 1) : [])];
  const inside = candidates.filter((t) => {
    const p = painted!.rangeOf.get(t);
    const r = p && liveRange(p);
    if (!r) return false;
    const rects = r.getClientRects();
    for (let i = 0; i < rects.length; i++) {
      const b = rects[i]!;
      if (x >= b.left && x <= b.right && y >= b.top && y <= b.bottom) return true;
    }
    return false;
  });
  return best(inside);
}

let moveX = 0;
let moveY = 0;
let moveInUi = false;
let movedAt = -Infinity;
let moveQueued = false;

const onPointerMove = guard((e: PointerEvent) => {
  if (!painted) return;
  moveX = e.clientX;
  moveY = e.clientY;
  movedAt = performance.now();
  moveInUi = ui.contains(e);
  if (moveQueued) return;
  moveQueued = true;
  requestAnimationFrame(guard(() => {
    moveQueued = false;
    const t = underPointer();
    // the page changed its article and the repaint waits for quiet: a reader pointing at the
    // text brings it forward (at most every DEBOUNCE_MS), so a page re-rendering on a timer
    // still answers a hover
    if (!t && mutationTimer && performance.now() - rerunAt > DEBOUNCE_MS) schedule(0);
    onHover(t);
  }));
});

/** What the pointer's last known position is over: our UI, a painted word, or nothing. */
function underPointer(): Target | "card" | null {
  return moveInUi ? "card" : hitTest(moveX, moveY);
}

/** Whether the page has moved `t`'s painted words away since the last paint. */
function stale(t: Target): boolean {
  const p = painted?.rangeOf.get(t);
  return !!p && !stillHolds(p);
}

function onHover(t: Target | "card" | null): void {
  if (t === "card") {
    clearTimeout(closeTimer);
    clearTimeout(dwellTimer);
    pending = null;
    return;
  }
  if (t && sameTarget(t, current)) {
    clearTimeout(closeTimer);
    clearTimeout(dwellTimer);
    pending = null;
    return;
  }
  // the page has just replaced the words under the pointer (a framework re-render): nothing is
  // painted there until Dramatis repaints, which then looks again; the card or the dwell stays
  if (!t && [current, pending].some((x) => x && stale(x))) return;
  if (!sameTarget(t, pending)) {
    pending = t;
    clearTimeout(dwellTimer);
    if (t) dwellTimer = window.setTimeout(guard(() => sameTarget(pending, t) && openCard(t, false)), DWELL_MS);
  }
  // off the card and off its word: close after a grace period, unless the keyboard opened it
  if (current && !cardByKeyboard && !t) {
    clearTimeout(closeTimer);
    closeTimer = window.setTimeout(guard(() => closeCard()), GRACE_MS);
  }
}

const onKeyDown = guard((e: KeyboardEvent) => {
  if (e.key === "Escape" && current) {
    closeCard(true);
    e.stopPropagation();
  }
});

const onPointerDown = guard((e: PointerEvent) => {
  if (current && !ui.contains(e)) closeCard();
});

const onScroll = guard(() => {
  if (current) ui.position();
});

// ── keyboard navigation and jumps ───────────────────────────────────────────────────────────

let flashTimer = 0;
let cursor = -1;

/** A live Range over a target: over its painted range, or a fresh one when its kind is not
 *  painted (the popup may still jump to a quotation while the user hides quotations). */
function rangeFor(t: Target): Range | null {
  const p = painted?.rangeOf.get(t);
  if (p) return liveRange(p);
  return index?.rangeOf(t.start, t.end) ?? null;
}

function reveal(t: Target): boolean {
  const range = rangeFor(t);
  if (!range || !registry) return false;
  bringIntoView(range);
  flash(registry, theme, range);
  clearTimeout(flashTimer);
  flashTimer = window.setTimeout(guard(() => registry && unflash(registry)), FLASH_MS);
  return true;
}

/** Every occurrence of kind/id in text order, painted or not, that the page draws. Many pages
 *  carry a second copy of a passage for another screen size under display:none; the engine reads
 *  it, but a jump there would land on nothing and a count would double what the reader sees.
 *  When the page draws none of them (all hidden, or no layout), all are kept. */
function occurrences(kind: TargetKind, id: string): Target[] {
  return drawnOnly((painted?.targets ?? []).filter((t) => t.kind === kind && t.id === id));
}

function drawnOnly(list: Target[]): Target[] {
  const shown = list.filter(drawn);
  return shown.length ? shown : list;
}

/** Scrolls the index-th occurrence of kind/id into view; returns it. */
function jump(kind: TargetKind, id: string, at: number): Target | null {
  const list = occurrences(kind, id);
  let t = list[Math.min(Math.max(0, at), list.length - 1)];
  // the card lists a quotation printed twice once, at its first place, which may be the copy
  // the page hides: the jump goes to a copy the reader can see
  if (t && kind === "quote" && !drawn(t)) t = drawnTwin(t) ?? t;
  return t && reveal(t) ? t : null;
}

/** Another quotation of the same words that the page draws. */
function drawnTwin(t: Target): Target | null {
  const text = analysis?.quotes[Number(t.id.slice(1))]?.text;
  if (!text || !painted) return null;
  const words = quoteWords(text);
  return painted.targets.find((o) => o.kind === "quote" && o !== t && quoteWords(analysis!.quotes[Number(o.id.slice(1))]?.text ?? "") === words && drawn(o)) ?? null;
}

/** Whether the page draws any of the target's text: a copy the page hides (display:none, a
 *  collapsed block) has no box, and a jump there would land on nothing. */
function drawn(t: Target): boolean {
  const range = rangeFor(t);
  return !!range && [...range.getClientRects()].some((b) => b.width > 0 && b.height > 0);
}

function nextPerson(direction: 1 | -1): Target | null {
  if (!painted) return null;
  const people = painted.targets.filter((t) => t.kind === "person");
  if (!people.length) return null;
  const from = current?.kind === "person" ? people.findIndex((t) => sameTarget(t, current)) : cursor;
  const first = from < 0 ? (direction === 1 ? 0 : people.length - 1) : (from + direction + people.length) % people.length;
  // the next mention the reader can see; when the page shows none, the next one as before
  cursor = first;
  for (let step = 0; step < people.length; step++) {
    const at = (first + step * direction + people.length) % people.length;
    if (drawn(people[at]!)) {
      cursor = at;
      break;
    }
  }
  const t = people[cursor]!;
  reveal(t);
  // after the scroll has settled, so the card sits beside the word where it now is
  requestAnimationFrame(guard(() => openCard(t, true)));
  return t;
}

// ── messages ────────────────────────────────────────────────────────────────────────────────

function handle(message: Message): Reply | Promise<Reply> | null {
  switch (message.type) {
    case "page/get-analysis":
      return { ok: true, ...pageState() };
    case "page/analyse-anyway":
      if (!siteEnabled) return { ok: false, error: "Dramatis is turned off for this site" };
      forced = true;
      enabled = true;
      return analyseAndPaint(locate()).then(() => ({ ok: true, ...pageState() }));
    case "page/toggle":
      if (!siteEnabled) return { ok: false, error: "Dramatis is turned off for this site" };
      setEnabled(!enabled);
      return { ok: true, enabled };
    case "page/set-enabled":
      if (!siteEnabled && message.enabled) return { ok: false, error: "Dramatis is turned off for this site" };
      setEnabled(message.enabled);
      return { ok: true, enabled };
    case "page/next-person": {
      if (!painted) return { ok: false, error: "No highlights on this page" };
      const t = nextPerson(message.direction ?? 1);
      return t ? { ok: true, id: t.id, index: t.index } : { ok: false, error: "No people on this page" };
    }
    case "page/scroll-to": {
      if (!painted) return { ok: false, error: "No highlights on this page" };
      const count = occurrences(message.kind, message.id).length;
      if (!count) return { ok: false, error: `Dramatis: no ${message.kind} "${message.id.slice(0, 60)}" on this page` };
      const t = jump(message.kind, message.id, message.index ?? 0);
      return t ? { ok: true, index: Math.min(message.index ?? 0, count - 1), count } : { ok: false, error: "Could not scroll there" };
    }
    case "terms/changed":
      void loadTerms().then(
        guard(() => {
          matchTerms();
          if (painted) repaint();
        }),
      );
      return { ok: true };
    default:
      return null;
  }
}

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  // only the extension's own contexts talk to us
  if (sender.id !== browser.runtime.id) return undefined;
  const parsed = parseMessage(raw);
  if (!parsed.ok) return Promise.resolve({ ok: false, error: parsed.error });
  const failed = (e: unknown): Reply => {
    report(e);
    return { ok: false, error: `Dramatis: ${e instanceof Error ? e.message : String(e)}` };
  };
  try {
    const reply = handle(parsed.message);
    return reply ? Promise.resolve(reply).catch(failed) : undefined;
  } catch (e) {
    report(e);
    return Promise.resolve({ ok: false, error: `Dramatis: ${e instanceof Error ? e.message : String(e)}` });
  }
});

// ── pages that change ───────────────────────────────────────────────────────────────────────

let mutationTimer = 0;
let rerunAt = -Infinity;
let urlChanged = false;

/** A page that is no article is looked at again only when it grew this much (an SPA loading its
 *  article late), and only so many times per URL: web apps mutate forever. */
const RECHECK_AFTER_NODES = 100;
const MAX_RECHECKS = 5;
let addedSinceCheck = 0;
let rechecks = 0;

/** Counters the test build's probe reports: how the page's changes were handled. */
const counts = { mutationBatches: 0, reruns: 0, repaints: 0 };

/** Our own host arriving or leaving: never a reason to look at the page again. */
function onlyOurHost(rec: MutationRecord): boolean {
  if (rec.type !== "childList" || rec.target !== document.documentElement) return false;
  const all = [rec.addedNodes, rec.removedNodes];
  for (const list of all) for (let i = 0; i < list.length; i++) if (list[i]!.nodeName !== "DRAMATIS-UI") return false;
  return true;
}

function affectsArticle(records: MutationRecord[]): boolean {
  if (status !== "article") {
    for (const rec of records) if (!onlyOurHost(rec)) addedSinceCheck += rec.addedNodes.length;
    if (addedSinceCheck < RECHECK_AFTER_NODES || rechecks >= MAX_RECHECKS) return false;
    addedSinceCheck = 0;
    rechecks++;
    return true;
  }
  if (roots.some((r) => !r.isConnected)) return true;
  for (const rec of records) {
    const target = rec.target;
    if (onlyOurHost(rec)) continue;
    if (roots.some((r) => r.contains(target) || target.contains(r))) return true;
  }
  return false;
}

function onMutations(records: MutationRecord[]): void {
  counts.mutationBatches++;
  if (location.href !== lastUrl) {
    lastUrl = location.href;
    urlChanged = true;
    rechecks = 0;
    addedSinceCheck = 0;
  }
  if (!urlChanged && !affectsArticle(records)) return;
  schedule();
}

let firstPending = 0;

/**
 * Debounced and bounded: waits for the page to be quiet for a while (longer when analysis is
 * costly, so a page that never stops changing spends at most ~10% of its main thread on us),
 * but never longer than twice that since the first change, or a page that re-renders on a timer
 * faster than the quiet period would never be re-analysed.
 */
function schedule(delay?: number): void {
  const now = performance.now();
  const quiet = Math.max(DEBOUNCE_MS, Math.min(locateCost * 10, 5_000));
  if (!mutationTimer) firstPending = now;
  clearTimeout(mutationTimer);
  const wait = delay ?? Math.max(0, Math.min(quiet, firstPending + quiet * 2 - now));
  mutationTimer = window.setTimeout(
    guard(() => {
      mutationTimer = 0;
      rerun();
    }),
    wait,
  );
}

/**
 * After the page changed: find and index the article again (cheap). Same text → only the
 * ranges are rebuilt on the new nodes (a framework re-rendering the same article). Different
 * text → a full analysis, at most one per ten times its own cost, so a page that keeps
 * rewriting its article spends at most ~10% of its main thread on us.
 */
function rerun(): void {
  counts.reruns++;
  rerunAt = performance.now();
  if (!siteEnabled) return;
  const newPage = urlChanged;
  if (urlChanged) {
    // a new article: forget the forced state, the cursor, the card
    urlChanged = false;
    forced = false;
    cursor = -1;
    closeCard();
  }
  if (!enabled && !settings.autoHighlight) return;
  const found = locate();
  if (!newPage && analysis && found.index.text === analysis.text && found.location.isArticle === analysis.article) {
    index = found.index;
    roots = rootsOf(found.index);
    const stale = !painted || [...painted.rangeOf.values()].some((r) => !stillHolds(r));
    if (stale) repaint();
    return;
  }
  const gap = analyseCost * 10 - (performance.now() - lastFullAt);
  if (!newPage && gap > 0) {
    schedule(gap);
    return;
  }
  void analyseAndPaint(found).catch(report);
}

const observer = new MutationObserver(guard(onMutations));

// ── settings ────────────────────────────────────────────────────────────────────────────────

function siteAllowed(): boolean {
  return siteAllowedBy(settings, location.hostname);
}

function applySettings(next: Settings): void {
  const prev = settings;
  settings = next;
  const allowed = siteAllowed();
  if (!allowed) {
    // the gate's first paint, still waiting for the worker, must not paint after this
    if (early) early.superseded = true;
    siteEnabled = false;
    status = "disabled";
    setEnabled(false);
    return;
  }
  if (!siteEnabled) {
    siteEnabled = true;
    status = "loading";
    enabled = settings.autoHighlight;
    void analyseAndPaint(locate()).catch(report);
    listen();
    void loadTerms().then(guard(() => {
      matchTerms();
      if (painted) repaint();
    }));
    return;
  }
  if (JSON.stringify(prev.kinds) !== JSON.stringify(next.kinds) || prev.theme !== next.theme) {
    matchTerms();
    if (painted) repaint();
  }
}

let listening = false;

/** Page listeners, registered once the site is allowed (a disabled site pays for none of them). */
function listen(): void {
  if (listening) return;
  listening = true;
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  addEventListener(
    "popstate",
    guard(() => {
      if (location.href !== lastUrl) {
        lastUrl = location.href;
        urlChanged = true;
        rechecks = 0;
        schedule();
      }
    }),
  );
  document.addEventListener("pointermove", onPointerMove, { passive: true, capture: true });
  document.addEventListener("pointerdown", onPointerDown, { passive: true, capture: true });
  document.addEventListener("keydown", onKeyDown, { capture: true });
  addEventListener("scroll", onScroll, { passive: true, capture: true });
  addEventListener("resize", onScroll, { passive: true });
  matchMedia("(prefers-color-scheme: dark)").addEventListener("change", guard(() => painted && repaint()));
}

// ── start ───────────────────────────────────────────────────────────────────────────────────

/** The gate's first paint of this page (first-paint.ts), taken over by start(). */
let early: EarlyStart | null = null;

/**
 * Takes over what the gate started: its analysis, its paint, its settings. Resolves true when
 * the page is analysed (by the worker or, when the worker gave no answer, here in slices).
 */
async function takeOver(e: EarlyStart): Promise<boolean> {
  const mine = generation;
  const t0 = performance.now();
  const r = await e.result;
  Object.assign(phases, e.phases);
  // how long this module, once running, still waited for the gate's answer
  phases.mainWait = performance.now() - t0;
  const marks = (globalThis as { __dramatisGateMarks?: { look: number; finder: number; importAt: number } }).__dramatisGateMarks;
  if (__TEST_BUILD__ && marks) {
    const gateStart = idleStart();
    phases.gateLook = marks.look - gateStart;
    phases.gateFinder = marks.finder - marks.look;
    // the import() call to this module's first statement (fetch, compile, link), and when that
    // was, from content.js's start: off the first paint's way unless it is later than fromIdle
    phases.importLoad = moduleStart - marks.importAt;
    phases.mainStart = moduleStart - gateStart;
  }
  // a newer analysis (the popup's, a settings change) took over meanwhile: it paints
  if (e.superseded || mine !== generation) return false;
  settings = r.settings;
  siteEnabled = siteAllowed();
  if (!siteEnabled) {
    status = "disabled";
    return false;
  }
  if (r.kind === "analysed") {
    adopt(r.analysis, r.found, r.cost, r);
    analysedBy = "worker";
    enabled = settings.autoHighlight || forced;
    if (!r.painted) {
      repaint();
      return true;
    }
    painted = r.painted;
    theme = r.theme;
    slots = r.slots;
    counts.repaints++;
    paintCost = e.phases.paint ?? 0;
    firstPaintMs = e.phases.fromIdle ?? null;
    const t1 = performance.now();
    ui.ensure();
    ui.setTheme(theme);
    phases.host = performance.now() - t1;
    return true;
  }
  // the worker gave no answer: the page analyses by itself
  // (found again when the gate's index itself failed)
  const done = await analyseInSlices(e.found ?? locate(), () => !siteEnabled);
  if (done) {
    enabled = settings.autoHighlight || forced;
    repaint();
  }
  return done;
}

async function start(): Promise<void> {
  const g = globalThis as { __dramatisEarly?: EarlyStart };
  early = g.__dramatisEarly?.url === location.href ? g.__dramatisEarly : null;
  delete g.__dramatisEarly;
  // the gate (gate.ts) loads this module with the flag set when the user chose "analyse anyway"
  if ((globalThis as { __dramatisForced?: boolean }).__dramatisForced === true) forced = true;
  // …and answers that request with the state once this module has analysed (content-script
  // global, not the page's)
  (globalThis as { __dramatisPageState?: () => PageState }).__dramatisPageState = pageState;
  browser.storage.onChanged.addListener(
    guard((changes: Record<string, browser.Storage.StorageChange>, area: string) => {
      if (area === "local" && changes[SETTINGS_KEY]) applySettings(normalizeSettings(changes[SETTINGS_KEY].newValue));
    }),
  );
  phases.setup = performance.now() - started;
  if (early) {
    await takeOver(early);
    await afterFirstPaint();
    return;
  }
  // the settings are read while the article is found: the storage round trip is the browser's
  // time, not the page's
  const reading = readSettings().then((s) => {
    phases.settingsReady = performance.now() - moduleStart;
    return s;
  });
  const found = locate();
  phases.locate = locateCost;
  const t0 = performance.now();
  settings = await reading;
  phases.settingsWait = performance.now() - t0;
  siteEnabled = siteAllowed();
  // a site the user turned off is not analysed at all, not even by the worker
  if (!siteEnabled) {
    status = "disabled";
    return;
  }
  // …nor once the user turns it off while the analysis is under way
  const done = await analyse(found, () => !siteEnabled);
  // overtaken by a newer analysis (a popup request): that one has painted
  if (done) {
    enabled = settings.autoHighlight || forced;
    repaint();
  }
  await afterFirstPaint();
}

/** Once the page is painted (or could not be): the page's listeners, then the summary for the
 *  worker and the user's terms. */
async function afterFirstPaint(): Promise<void> {
  if (!siteEnabled) return;
  listen();
  // after the paint, in a task of their own: the worker's summary and the user's terms
  await yieldToPage();
  const t1 = performance.now();
  sendSummary();
  phases.summary = performance.now() - t1;
  await loadTerms();
  if (terms.length) {
    matchTerms();
    if (painted) repaint();
  }
}

start().catch(report);

// ── test-build probe ────────────────────────────────────────────────────────────────────────
// Firefox's accessibility snapshot does not reach into a closed shadow root, so the test build
// (never what ships: __TEST_BUILD__ is a compile-time false there) answers a main-world
// postMessage with what the card shows. It writes nothing to the page.
if (__TEST_BUILD__) {
  addEventListener("message", (e: MessageEvent) => {
    if (e.source !== window || e.data !== "dramatis-test:probe") return;
    const probe = {
      status,
      enabled,
      host: ui.attached,
      cardOpen: ui.cardOpen,
      cardText: ui.cardText(),
      cardLabel: ui.cardLabel(),
      cardRect: ui.cardRect(),
      cardFocused: ui.cardFocused(),
      painted: painted?.count ?? 0,
      firstPaintMs,
      phases,
      /** performance.now() of content.js's start, to place the page's long tasks on its timeline */
      idleAt: idleStart(),
      analysedBy,
      theme,
      people: analysis?.people.length ?? 0,
      kinds: settings.kinds,
      slots: [...slots.values()],
      counts,
      analyseCost,
      locateCost,
      paintCost,
      scriptMs,
      roots: roots.map((r) => `${r.localName}.${r.className}:${r.isConnected}`),
    };
    window.postMessage(`dramatis-test:reply:${JSON.stringify(probe)}`, "*");
  });
}
