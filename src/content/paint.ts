/**
 * Painting with the CSS Custom Highlight API: ranges go into Highlight objects registered in
 * CSS.highlights under dramatis-* names; content.css styles them with ::highlight(). No page
 * node is touched. Kept apart from the controller so the same code paints on load, on repaint
 * after the page changed and on toggle.
 */
import type { Analysis } from "../engine/types";
import type { TextIndex } from "../engine/text-index";
import type { Settings } from "../settings";
import { highlightName, type Theme } from "./palette";
import type { Target } from "./lookup";

/** Stacking order when highlights overlap: a name inside a quotation shows as the name. */
const PRIORITY = { quote: 1, place: 2, organization: 3, term: 4, person: 5, flash: 10 } as const;

export const OUR_PREFIX = "dramatis-";

export interface Painted {
  /** The StaticRange of each painted target (liveRange() makes a Range of one for geometry). */
  rangeOf: Map<Target, StaticRange>;
  /** Range → target, for highlightsFromPoint answers. */
  readonly targetOf: WeakMap<AbstractRange, Target>;
  /** Every target in text order, painted or not (keyboard navigation needs all people). */
  targets: Target[];
  count: number;
}

const EDITABLE = 'input, textarea, select, [contenteditable]:not([contenteditable="false" i])';

/** Never paint where the user types: the text there is theirs, and a highlight there confuses editing. */
export function isEditable(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return false;
  if ((el as HTMLElement).isContentEditable) return true;
  return !!el.closest(EDITABLE);
}

/**
 * Names we registered. Firefox cannot iterate the page's registry from a content script ("Xray
 * wrapping of iterators not supported"), so we delete by name rather than by scanning.
 * content.js (the first paint) and content-main.js each bundle this module, so the set lives on
 * the content script's global, which both share: either one clears what the other painted.
 */
const registered: Set<string> = ((globalThis as { __dramatisRegistered?: Set<string> }).__dramatisRegistered ??= new Set<string>());

export function clearHighlights(registry: HighlightRegistry): void {
  for (const name of registered) registry.delete(name);
  registered.clear();
}

function register(registry: HighlightRegistry, name: string, h: Highlight): void {
  registry.set(name, h);
  registered.add(name);
}

/**
 * True when nothing under `root` (nor `root` itself, nor the document) is editable, so no range
 * built from text under it can be: the paint then skips asking every range's elements. One
 * native selector scan of the article, which the first paint runs while the worker analyses.
 * (Editability from the CSS `-webkit-user-modify` property alone, on an element under the root
 * with no contenteditable attribute, is not seen here; browsers keep it only for compatibility.)
 */
export function noEditableIn(root: Element): boolean {
  return root.ownerDocument.designMode !== "on" && !isEditable(root) && !root.querySelector(EDITABLE);
}

export interface PaintInput {
  analysis: Analysis;
  index: TextIndex;
  targets: Target[];
  slots: Map<string, number>;
  theme: Theme;
  kinds: Settings["kinds"];
  /** Set when the caller knows every indexed node sits under an element for which noEditableIn() holds. */
  noEditable?: boolean;
}

/** Most ranges one Highlight constructor call takes at once (spread into arguments: a page
 *  with tens of thousands of names must not overflow the stack); the rest are added. */
const RANGES_PER_CALL = 4_096;

/** A Highlight holding `ranges`: built with one constructor call rather than one add() per
 *  range, each a crossing into the browser (on a long article, a paint's thousands of ranges). */
function highlightOf(ranges: AbstractRange[]): Highlight {
  const h = new Highlight(...ranges.slice(0, RANGES_PER_CALL));
  for (let i = RANGES_PER_CALL; i < ranges.length; i++) h.add(ranges[i]!);
  return h;
}

/** Replaces every dramatis-* highlight with a fresh paint of `targets`. */
export function paint(registry: HighlightRegistry, input: PaintInput): Painted {
  return startPaint(registry, input).run(() => false)!;
}

/** A paint that can pause between ranges. */
export interface PaintJob {
  /** Builds ranges until `pause()` says stop (asked between targets): null while ranges are
   *  left, else the paint, registered at once (no half-painted article is ever shown). */
  run(pause: () => boolean): Painted | null;
}

/**
 * The paint of `targets`, in as many calls of run() as the caller gives it: a long article's
 * thousands of ranges (the 20x page: ~40 ms of range building in one task on a quiet machine)
 * are built over several tasks so the page is not blocked by one long task. The old paint
 * stays on screen until the new one replaces it in one step.
 */
export function startPaint(registry: HighlightRegistry, input: PaintInput): PaintJob {
  const { analysis, index, targets, slots, theme, kinds, noEditable = false } = input;
  /** Each highlight's ranges, by its name, and its stacking priority. */
  const byName = new Map<string, { priority: number; ranges: AbstractRange[] }>();
  const rangeOf = new Map<Target, StaticRange>();
  // most ranges start and end in the same few paragraphs: each element is asked once
  const editable = new Map<Element, boolean>();
  const inEditable = (node: Node): boolean => {
    if (noEditable) return false;
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!el) return false;
    let yes = editable.get(el);
    if (yes === undefined) editable.set(el, (yes = isEditable(el)));
    return yes;
  };
  const speakerSlot = analysis.quotes.map((q) => (q.speaker ? slots.get(q.speaker) : undefined));
  const shown = (t: Target): boolean =>
    t.kind === "person" ? kinds.people : t.kind === "quote" ? kinds.quotes : t.kind === "organization" ? kinds.organizations : t.kind === "place" ? kinds.places : kinds.terms;

  // each name is spelled once, not once per mention
  const names = new Map<string, string>();
  const nameOf = (kind: "person" | "quote" | "org" | "place" | "term", slot?: number): string => {
    const key = slot === undefined ? kind : `${kind}${slot}`;
    let name = names.get(key);
    if (name === undefined) names.set(key, (name = highlightName(theme, kind, slot)));
    return name;
  };

  const add = (t: Target): void => {
    if (!shown(t)) return;
    let name: string;
    if (t.kind === "person") name = nameOf("person", slots.get(t.id) ?? 0);
    else if (t.kind === "quote") {
      // a quotation nobody is named for: neutral grey, no person's colour
      name = nameOf("quote", speakerSlot[Number(t.id.slice(1))]);
    } else if (t.kind === "organization") name = nameOf("org");
    else if (t.kind === "place") name = nameOf("place");
    else name = nameOf("term");
    if (t.end <= t.start) return;
    const bounds = index.boundsOf(t.start, t.end);
    if (!bounds || inEditable(bounds.startContainer) || inEditable(bounds.endContainer)) return;
    // Static, not live: a live Range is one more object the document must move on every
    // mutation of the page, for as long as the paint lasts, and costs several times as much to
    // make (a long article's paint has thousands). A page change that moves the text is caught
    // by the observer, which repaints (painted() below says when the old ranges no longer hold).
    const range = new StaticRange(bounds);
    let h = byName.get(name);
    if (!h) byName.set(name, (h = { priority: PRIORITY[t.kind], ranges: [] }));
    h.ranges.push(range);
    rangeOf.set(t, range);
  };

  let next = 0;
  let done: Painted | null = null;
  return {
    run(pause: () => boolean): Painted | null {
      if (done) return done;
      // every call builds at least one range, so a job always ends
      do {
        if (next < targets.length) add(targets[next++]!);
      } while (next < targets.length && !pause());
      if (next < targets.length) return null;
      clearHighlights(registry);
      for (const [name, { priority, ranges }] of byName) {
        const h = highlightOf(ranges);
        h.priority = priority;
        register(registry, name, h);
      }
      return (done = paintedOf(rangeOf, targets));
    },
  };
}

/** What a paint left, with the hover's lookup range → target built on first use: a reader's
 *  first hover, not the paint, pays for it (the other, offset → target, is content-main.js's
 *  tableOf(), so content.js, parsed on every page, does not carry its class). */
function paintedOf(rangeOf: Map<Target, StaticRange>, targets: Target[]): Painted {
  let targetOf: WeakMap<AbstractRange, Target> | null = null;
  return {
    rangeOf,
    targets,
    count: rangeOf.size,
    get targetOf(): WeakMap<AbstractRange, Target> {
      if (!targetOf) {
        targetOf = new WeakMap();
        for (const [t, r] of rangeOf) targetOf.set(r, t);
      }
      return targetOf;
    },
  };
}

/** A short-lived highlight on one range (after a jump), removed by the caller's timer. */
export function flash(registry: HighlightRegistry, theme: Theme, range: AbstractRange): void {
  unflash(registry);
  const h = new Highlight(range);
  h.priority = PRIORITY.flash;
  register(registry, highlightName(theme, "flash"), h);
}

export function unflash(registry: HighlightRegistry): void {
  for (const name of [...registered]) {
    if (!name.endsWith("-flash")) continue;
    registry.delete(name);
    registered.delete(name);
  }
}

/** Whether a painted range still spans what it was made for: its nodes in the page and its
 *  offsets inside their text (a StaticRange is not moved when the page edits the text). */
export function stillHolds(r: AbstractRange): boolean {
  const { startContainer: a, endContainer: b } = r;
  return a.isConnected && b.isConnected && !r.collapsed && r.startOffset <= lengthOf(a) && r.endOffset <= lengthOf(b);
}

function lengthOf(node: Node): number {
  return node.nodeType === 3 || node.nodeType === 8 ? (node as CharacterData).length : node.childNodes.length;
}

/** A live Range over a painted range, for what only a Range has (its boxes on screen); null once
 *  the page has moved the text away from it. */
export function liveRange(r: StaticRange): Range | null {
  if (!stillHolds(r)) return null;
  const live = r.startContainer.ownerDocument!.createRange();
  live.setStart(r.startContainer, r.startOffset);
  live.setEnd(r.endContainer, r.endOffset);
  return live;
}
