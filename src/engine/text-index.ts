/**
 * One pass over the article's text nodes: the flat text a reader sees, and a map from every
 * offset back to (Text node, offset) so a span becomes a DOM Range and a Range a span.
 *
 * Reading rules: block edges become one paragraph break "\n\n"; <br> a line break "\n";
 * whitespace runs collapse to one space (in <pre>, whitespace is kept); no-break spaces read as
 * spaces; soft hyphens and zero-width spaces vanish; words split over inline elements
 * (`Christopher <a>Wray</a>`) read as one text.
 *
 * Mapping: every flat character comes from a real character of one Text node, except the
 * break characters ("\n\n", "\n") which sit between nodes. A "run" is a stretch of flat
 * characters copied from consecutive characters of one node, so both directions are a Map lookup
 * plus a binary search, and the index costs a few numbers per run, not one per character (it is
 * built on the way to every first paint). A break maps to the end of the text before it.
 */
import type { ArticleLocation } from "./article";
import { isBlock, isInvisible } from "./article/dom";
import type { Span } from "./types";

export interface DomPoint {
  node: Text;
  offset: number;
}

export interface TextIndex {
  text: string;
  /** The DOM position of a text offset (the start side at a node boundary). */
  pointAt(offset: number): DomPoint | null;
  /** A live Range over text[start, end). */
  rangeOf(start: number, end: number): Range | null;
  /** The boundary points of text[start, end), as a StaticRange takes them: painting thousands of
   *  names needs no live Range (each one the document must update on every mutation). */
  boundsOf(start: number, end: number): StaticRangeInit | null;
  /** The text offset of a DOM position inside an indexed Text node, or null. */
  offsetOf(node: Node, offset: number): number | null;
  /** The span of a Range, clipped to indexed text; null if it covers none. */
  spanOf(range: Range): Span | null;
}

/**
 * A run of flat characters copied from consecutive characters of one node: flat [start,
 * start + length) is node.data[nodeStart, nodeStart + length). One node gives several runs when
 * whitespace collapses or invisible characters drop out inside it; ordinary prose ("one two
 * three") is one run, so the map costs a few numbers per node rather than one per character.
 */
interface Run {
  node: Text;
  start: number;
  nodeStart: number;
  length: number;
}

const enum Pending {
  None = 0,
  Space = 1,
  Line = 2,
  Paragraph = 3,
}

/** Characters a reader never sees. */
const isInvisibleChar = (c: number): boolean => c === 0xad || c === 0x200b || c === 0x2060 || c === 0xfeff;
/** Collapsible whitespace (and the no-break space, which reads as a space). */
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0;

/**
 * Where a stretch that reads exactly as written ends, from a visible character on: at an
 * invisible character, a no-break space, any whitespace but a space, or a space not followed by
 * a visible character (what collapsing would change). In <pre> only invisible characters and
 * no-break spaces end it. A native regex scan: the character loop it replaces ran interpreted in
 * a content script's first (cold) index, every character of a long article.
 */
const STRETCH_END = /[\t\n\r\f\u00a0\u00ad\u200b\u2060\ufeff]| (?![^\t\n\r\f \u00a0\u00ad\u200b\u2060\ufeff])/g;
const PRE_STRETCH_END = /[\u00a0\u00ad\u200b\u2060\ufeff]/g;

/** How many nodes the walk reads between two questions to its `pause`. */
const NODES_PER_PAUSE_CHECK = 64;

/** An index being built, a slice at a time when the caller must give the page its turn. */
export interface TextIndexBuild {
  /** Reads on until the index is done (returned) or `pause()` says to stop (null: call again,
   *  in a later task). `pause` is asked every `every` nodes (a few dozen: asking the clock
   *  costs more than reading a node). */
  run(pause?: () => boolean, every?: number): TextIndex | null;
}

/** The article's index, in one go. */
export function buildTextIndex(location: ArticleLocation): TextIndex {
  return startTextIndex(location).run()!;
}

/** An element the walk has entered: what leaving it writes. */
interface Open {
  el: Element;
  block: boolean;
  pre: boolean;
}

export function startTextIndex(location: ArticleLocation): TextIndexBuild {
  const parts: string[] = [];
  let length = 0;
  const runs: Run[] = [];
  /** Each indexed node's runs: they are consecutive in `runs` (a node is read in one go, and the
   *  space pending after it is written before any later node's characters). */
  const runsOf = new Map<Text, { first: number; last: number }>();
  let lastOf: { first: number; last: number } | null = null;
  let pending = Pending.None;
  /** Where a pending space came from: a collapsed space maps to the first whitespace of its run. */
  let spaceNode: Text | null = null;
  let spaceOffset = 0;
  let brs = 0;
  let preDepth = 0;

  /** Appends `str`, read from node.data at nodeStart (character for character). */
  const emit = (node: Text, nodeStart: number, str: string): void => {
    parts.push(str);
    const last = runs[runs.length - 1];
    if (last && last.node === node && last.start + last.length === length && last.nodeStart + last.length === nodeStart) {
      last.length += str.length;
    } else {
      runs.push({ node, start: length, nodeStart, length: str.length });
      if (last && last.node === node && lastOf) lastOf.last = runs.length - 1;
      else runsOf.set(node, (lastOf = { first: runs.length - 1, last: runs.length - 1 }));
    }
    length += str.length;
  };

  /** Writes whatever break or space is pending, before a visible character. */
  const flushPending = (): void => {
    if (length === 0) {
      pending = Pending.None;
      brs = 0;
      return;
    }
    if (pending >= Pending.Line || brs > 0) {
      const brk = pending === Pending.Paragraph || brs > 1 ? "\n\n" : "\n";
      parts.push(brk);
      length += brk.length;
    } else if (pending === Pending.Space && spaceNode) {
      emit(spaceNode, spaceOffset, " ");
    }
    pending = Pending.None;
    brs = 0;
    spaceNode = null;
  };

  const addText = (node: Text): void => {
    const data = node.data;
    const n = data.length;
    const pre = preDepth > 0;
    const end = pre ? PRE_STRETCH_END : STRETCH_END;
    let i = 0;
    while (i < n) {
      const c = data.charCodeAt(i);
      if (isInvisibleChar(c)) {
        i++;
        continue;
      }
      if (!pre && isSpace(c)) {
        if (pending === Pending.None) {
          pending = Pending.Space;
          spaceNode = node;
          spaceOffset = i;
        }
        i++;
        continue;
      }
      if (pending !== Pending.None || brs > 0) flushPending();
      if (c === 0xa0) {
        // in <pre>: a no-break space is read as a space (everywhere else it collapsed above)
        emit(node, i, " ");
        i++;
        continue;
      }
      // the longest stretch that reads exactly as written: visible characters, and single
      // spaces between them (what a collapsed run of one space would give anyway)
      end.lastIndex = i + 1;
      const j = end.exec(data)?.index ?? n;
      emit(node, i, i === 0 && j === n ? data : data.slice(i, j));
      i = j;
    }
  };

  const breakHere = (kind: Pending): void => {
    if (kind > pending) pending = kind;
  };

  // the walk, a loop with its own stack so that it can stop between any two nodes and go on later
  let rootAt = 0;
  /** The elements entered and not yet left, innermost last (a root first). */
  const open: Open[] = [];
  /** The next node to read, a child of open's last element; null when that element is done. */
  let next: ChildNode | null = null;

  const enter = (el: Element, block: boolean): void => {
    const pre = el.localName === "pre";
    if (block) breakHere(Pending.Paragraph);
    if (pre) preDepth++;
    open.push({ el, block, pre });
    next = el.firstChild;
  };

  const leave = (): void => {
    const o = open.pop()!;
    if (o.pre) preDepth--;
    if (o.block) breakHere(Pending.Paragraph);
    next = open.length ? o.el.nextSibling : null;
  };

  /** Reads nodes until every root is done (true) or `pause` says to stop (false). */
  const walk = (pause: (() => boolean) | undefined, every: number): boolean => {
    // asked after `every` steps, never before the first: each run moves on
    let count = 0;
    for (;;) {
      if (pause && count++ >= every) {
        if (pause()) return false;
        count = 1;
      }
      const c = next;
      if (!c) {
        if (open.length) {
          leave();
          continue;
        }
        if (rootAt >= location.roots.length) return true;
        // a root: a paragraph break before and after it, whatever its tag
        enter(location.roots[rootAt++]!, true);
        continue;
      }
      next = c.nextSibling;
      if (c.nodeType === 3) {
        addText(c as Text);
        continue;
      }
      if (c.nodeType !== 1) continue;
      const child = c as Element;
      if (child.localName === "br") {
        brs++;
        continue;
      }
      if (isInvisible(child) || location.isExcluded(child)) continue;
      enter(child, isBlock(child));
    }
  };

  let done: TextIndex | null = null;
  return {
    run(pause, every = NODES_PER_PAUSE_CHECK) {
      if (!done && walk(pause, Math.max(1, every))) done = finish();
      return done;
    },
  };

  function finish(): TextIndex {
    const text = parts.join("");

    /** The last run starting at or before `offset`, or null. */
    const runBefore = (offset: number): Run | null => {
      let lo = 0;
      let hi = runs.length - 1;
      let found: Run | null = null;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const r = runs[mid]!;
        if (r.start <= offset) {
          found = r;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return found;
    };

    const pointAt = (offset: number): DomPoint | null => {
      if (offset < 0 || offset > text.length) return null;
      const r = runBefore(offset);
      if (!r) {
        const first = runs[0];
        return first ? { node: first.node, offset: first.nodeStart } : null;
      }
      const i = offset - r.start;
      // past the run: a break character or the end of the text, just after the text before it
      return { node: r.node, offset: r.nodeStart + Math.min(i, r.length) };
    };

    const endPointAt = (end: number): DomPoint | null => {
      if (end <= 0) return pointAt(0);
      if (end > text.length) return null;
      const r = runBefore(end - 1);
      if (!r) return pointAt(0);
      const i = Math.min(end - 1 - r.start, r.length - 1);
      return { node: r.node, offset: r.nodeStart + i + 1 };
    };

    /** The flat offset of a DOM point in an indexed node: its characters before the point. */
    const offsetOf = (node: Node, offset: number): number | null => {
      const own = runsOf.get(node as Text);
      if (!own) return null;
      // the node's last run starting before `offset`
      let lo = own.first;
      let hi = own.last;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (runs[mid]!.nodeStart < offset) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (found < 0) return runs[own.first]!.start;
      const r = runs[found]!;
      return r.start + Math.min(offset - r.nodeStart, r.length);
    };

    /** Any DOM point (in an element, an unindexed node…): the flat offset of the first indexed
     *  character at or after it. */
    const offsetNear = (node: Node, offset: number): number => {
      const exact = offsetOf(node, offset);
      if (exact !== null) return exact;
      const doc = node.ownerDocument ?? (node as Document);
      const probe = doc.createRange();
      probe.setStart(node, offset);
      let lo = 0;
      let hi = runs.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        // runs before the point end before it
        if (probe.comparePoint(runs[mid]!.node, 0) < 0) lo = mid + 1;
        else hi = mid;
      }
      return lo < runs.length ? runs[lo]!.start : text.length;
    };

    const boundsOf = (start: number, end: number): { startContainer: Text; startOffset: number; endContainer: Text; endOffset: number } | null => {
      if (start > end) return null;
      const a = pointAt(start);
      const b = endPointAt(end);
      if (!a || !b) return null;
      return { startContainer: a.node, startOffset: a.offset, endContainer: b.node, endOffset: b.offset };
    };

    return {
      text,
      pointAt,
      rangeOf(start, end) {
        const b = boundsOf(start, end);
        if (!b) return null;
        const range = b.startContainer.ownerDocument.createRange();
        range.setStart(b.startContainer, b.startOffset);
        range.setEnd(b.endContainer, b.endOffset);
        return range;
      },
      boundsOf,
      offsetOf,
      spanOf(range) {
        if (!runs.length) return null;
        const s = offsetNear(range.startContainer, range.startOffset);
        const e = offsetNear(range.endContainer, range.endOffset);
        if (e <= s) return null;
        return { start: s, end: e };
      },
    };
  }
}
