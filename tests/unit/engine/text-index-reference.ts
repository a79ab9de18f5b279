/**
 * The text index as it was before runs (session 4, commit 03d33ac): one node offset per flat
 * character. Kept only as the reference the run-based index must agree with offset for offset
 * (text-index.test.ts), so painted ranges cannot move when the index gets faster.
 */
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
 * break characters ("\n\n", "\n") which sit between nodes. A "piece" is a run of flat characters
 * from one node with their node offsets (strictly increasing), so both directions are a Map
 * lookup plus a binary search. A break maps to the end of the text before it.
 */
import type { ArticleLocation } from "../../../src/engine/article";
import { isBlock, isInvisible } from "../../../src/engine/article/dom";
import type { Span } from "../../../src/engine/types";

interface DomPoint {
  node: Text;
  offset: number;
}

interface TextIndex {
  text: string;
  /** The DOM position of a text offset (the start side at a node boundary). */
  pointAt(offset: number): DomPoint | null;
  /** A live Range over text[start, end). */
  rangeOf(start: number, end: number): Range | null;
  /** The boundary points of text[start, end), as a StaticRange takes them. */
  boundsOf(start: number, end: number): StaticRangeInit | null;
  /** The text offset of a DOM position inside an indexed Text node, or null. */
  offsetOf(node: Node, offset: number): number | null;
  /** The span of a Range, clipped to indexed text; null if it covers none. */
  spanOf(range: Range): Span | null;
}

interface Piece {
  node: Text;
  /** Where this node's flat characters start in the text. */
  start: number;
  /** For each flat character of this piece, its offset in node.data (strictly increasing). */
  offsets: number[];
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

export function buildTextIndexReference(location: ArticleLocation): TextIndex {
  const parts: string[] = [];
  let length = 0;
  const pieces: Piece[] = [];
  const pieceOf = new Map<Text, Piece>();
  let pending = Pending.None;
  /** Where a pending space came from: a collapsed space maps to the first whitespace of its run. */
  let spaceNode: Text | null = null;
  let spaceOffset = 0;
  let brs = 0;
  let preDepth = 0;

  const pieceFor = (node: Text): Piece => {
    const last = pieces[pieces.length - 1];
    if (last && last.node === node && last.start + last.offsets.length === length) return last;
    const p: Piece = { node, start: length, offsets: [] };
    pieces.push(p);
    pieceOf.set(node, p);
    return p;
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
      const p = pieceFor(spaceNode);
      p.offsets.push(spaceOffset);
      parts.push(" ");
      length += 1;
    }
    pending = Pending.None;
    brs = 0;
    spaceNode = null;
  };

  const addText = (node: Text): void => {
    const data = node.data;
    let piece: Piece | null = null;
    let run = "";
    for (let i = 0; i < data.length; i++) {
      const c = data.charCodeAt(i);
      if (isInvisibleChar(c)) continue;
      if (preDepth === 0 && isSpace(c)) {
        if (pending === Pending.None) {
          pending = Pending.Space;
          spaceNode = node;
          spaceOffset = i;
        }
        continue;
      }
      if (pending !== Pending.None || brs > 0) {
        if (run) {
          parts.push(run);
          length += run.length;
          run = "";
        }
        flushPending();
        piece = null;
      }
      if (!piece) piece = pieceFor(node);
      piece.offsets.push(i);
      // in <pre> a newline is kept as it is; a no-break space is read as a space everywhere
      run += c === 0xa0 ? " " : data[i]!;
      if (run.length > 512) {
        parts.push(run);
        length += run.length;
        run = "";
      }
    }
    if (run) {
      parts.push(run);
      length += run.length;
    }
  };

  const breakHere = (kind: Pending): void => {
    if (kind > pending) pending = kind;
  };

  const walk = (el: Element): void => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        addText(c as Text);
        continue;
      }
      if (c.nodeType !== 1) continue;
      const child = c as Element;
      const tag = child.localName;
      if (tag === "br") {
        brs++;
        continue;
      }
      if (isInvisible(child) || location.isExcluded(child)) continue;
      const block = isBlock(child);
      if (block) breakHere(Pending.Paragraph);
      if (tag === "pre") preDepth++;
      walk(child);
      if (tag === "pre") preDepth--;
      if (block) breakHere(Pending.Paragraph);
    }
  };

  for (const root of location.roots) {
    breakHere(Pending.Paragraph);
    if (root.localName === "pre") preDepth++;
    walk(root);
    if (root.localName === "pre") preDepth--;
  }
  const text = parts.join("");

  /** The last piece starting at or before `offset`, or null. */
  const pieceBefore = (offset: number): Piece | null => {
    let lo = 0;
    let hi = pieces.length - 1;
    let found: Piece | null = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = pieces[mid]!;
      if (p.start <= offset) {
        found = p;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };

  const pointAt = (offset: number): DomPoint | null => {
    if (offset < 0 || offset > text.length) return null;
    const p = pieceBefore(offset);
    if (!p) {
      const first = pieces[0];
      return first ? { node: first.node, offset: first.offsets[0]! } : null;
    }
    const i = offset - p.start;
    if (i < p.offsets.length) return { node: p.node, offset: p.offsets[i]! };
    // a break character or the end of the text: just after the text before it
    return { node: p.node, offset: p.offsets[p.offsets.length - 1]! + 1 };
  };

  const endPointAt = (end: number): DomPoint | null => {
    if (end <= 0) return pointAt(0);
    if (end > text.length) return null;
    const p = pieceBefore(end - 1);
    if (!p) return pointAt(0);
    const i = Math.min(end - 1 - p.start, p.offsets.length - 1);
    return { node: p.node, offset: p.offsets[i]! + 1 };
  };

  /** The flat offset of a DOM point in an indexed node: characters before it. */
  const offsetInPiece = (p: Piece, offset: number): number => {
    let lo = 0;
    let hi = p.offsets.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (p.offsets[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return p.start + lo;
  };

  const offsetOf = (node: Node, offset: number): number | null => {
    const p = pieceOf.get(node as Text);
    return p ? offsetInPiece(p, offset) : null;
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
    let hi = pieces.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      // pieces before the point end before it
      if (probe.comparePoint(pieces[mid]!.node, 0) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo < pieces.length ? pieces[lo]!.start : text.length;
  };

  return {
    text,
    pointAt,
    rangeOf(start, end) {
      if (start > end) return null;
      const a = pointAt(start);
      const b = endPointAt(end);
      if (!a || !b) return null;
      const range = a.node.ownerDocument.createRange();
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
      return range;
    },
    boundsOf(start, end) {
      if (start > end) return null;
      const a = pointAt(start);
      const b = endPointAt(end);
      if (!a || !b) return null;
      return { startContainer: a.node, startOffset: a.offset, endContainer: b.node, endOffset: b.offset };
    },
    offsetOf,
    spanOf(range) {
      if (!pieces.length) return null;
      const s = offsetNear(range.startContainer, range.startOffset);
      const e = offsetNear(range.endContainer, range.endOffset);
      if (e <= s) return null;
      return { start: s, end: e };
    },
  };
}
