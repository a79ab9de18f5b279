/**
 * One pass over the article's text nodes: the flat text a reader sees, and a map from every
 * offset back to (Text node, offset) so a span becomes a DOM Range and a Range a span.
 * (Minimal version; issue 3 refines whitespace and block handling, the interface stays.)
 */
import type { ArticleLocation } from "./article";
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
  /** The text offset of a DOM position inside an indexed Text node, or null. */
  offsetOf(node: Node, offset: number): number | null;
  /** The span of a Range, clipped to indexed text; null if it covers none. */
  spanOf(range: Range): Span | null;
}

const BLOCK = /^(P|DIV|H[1-6]|LI|UL|OL|BLOCKQUOTE|SECTION|ARTICLE|HEADER|FIGURE|FIGCAPTION|TABLE|TR|TD|TH|PRE|BR|HR|DL|DT|DD|MAIN)$/;

interface Piece {
  node: Text;
  /** Where this node's indexed characters start in the flat text. */
  textStart: number;
  /** For each flat character from this node, its offset in node.data. */
  nodeOffsets: number[];
}

export function buildTextIndex(location: ArticleLocation): TextIndex {
  let text = "";
  const pieces: Piece[] = [];
  let pendingBreak = false;
  let pendingSpace = false;

  const walk = (el: Element): void => {
    if (location.isExcluded(el)) return;
    const block = BLOCK.test(el.tagName);
    if (block && text.length) pendingBreak = true;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 1) walk(child as Element);
      else if (child.nodeType === 3) addText(child as Text);
    }
    if (block && text.length) pendingBreak = true;
  };

  const addText = (node: Text): void => {
    const data = node.data;
    const nodeOffsets: number[] = [];
    let chunk = "";
    const textStart = () => text.length;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i]!;
      if (/\s/.test(ch)) {
        pendingSpace = true;
        continue;
      }
      if (pendingBreak || pendingSpace) {
        if (text.length + chunk.length > 0) chunk += pendingBreak ? "\n\n" : " ";
        // separators map to the character that follows them
        while (nodeOffsets.length < chunk.length - 1) nodeOffsets.push(i);
        if (nodeOffsets.length < chunk.length) nodeOffsets.push(i);
        pendingBreak = pendingSpace = false;
      }
      chunk += ch;
      nodeOffsets.push(i);
    }
    if (!chunk) return;
    pieces.push({ node, textStart: textStart(), nodeOffsets });
    text += chunk;
  };

  for (const root of location.roots) walk(root);

  const pieceAt = (offset: number): Piece | null => {
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = pieces[mid]!;
      if (offset < p.textStart) hi = mid - 1;
      else if (offset >= p.textStart + p.nodeOffsets.length) lo = mid + 1;
      else return p;
    }
    return null;
  };

  const pointAt = (offset: number): DomPoint | null => {
    const p = pieceAt(offset);
    if (p) return { node: p.node, offset: p.nodeOffsets[offset - p.textStart]! };
    if (offset === text.length && pieces.length) {
      const last = pieces[pieces.length - 1]!;
      return { node: last.node, offset: last.node.data.length };
    }
    return null;
  };

  const endPointAt = (end: number): DomPoint | null => {
    // the end of a span sits just after its last character
    if (end <= 0) return pointAt(0);
    const p = pieceAt(end - 1);
    if (!p) return null;
    return { node: p.node, offset: p.nodeOffsets[end - 1 - p.textStart]! + 1 };
  };

  const offsetOf = (node: Node, offset: number): number | null => {
    const p = pieces.find((q) => q.node === node);
    if (!p) return null;
    const i = p.nodeOffsets.findIndex((o) => o >= offset);
    return p.textStart + (i < 0 ? p.nodeOffsets.length : i);
  };

  return {
    text,
    pointAt,
    rangeOf(start, end) {
      const a = pointAt(start);
      const b = endPointAt(end);
      if (!a || !b) return null;
      const range = a.node.ownerDocument.createRange();
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
      return range;
    },
    offsetOf,
    spanOf(range) {
      const s = offsetOf(range.startContainer, range.startOffset);
      const e = offsetOf(range.endContainer, range.endOffset);
      if (s === null || e === null || e <= s) return null;
      return { start: s, end: e };
    },
  };
}
