/**
 * Quotation marks inside code are a program's strings (`"failed to store key: %v"`,
 * `f"import subprocess…"`), a shell's arguments or a diagram's labels, never anyone's words. On
 * the WCXB dev pages with code, 129 such quotes were found on 25 pages, none a quotation. The
 * engine reads the article as flat text, where a code block is one more paragraph; only the text
 * index still knows which element each stretch of text came from, so the quotes are sorted out
 * against it once an analysis meets its index (in the page, and in the CLI's analysis of a
 * document).
 */
import type { TextIndex } from "./text-index";
import type { Quote } from "./types";

/** Elements whose text is code or a program's input and output, not prose. */
const CODE = "pre, code, samp, kbd";

/**
 * The quotes none of whose ends lies inside code (a quoted term in inline code, `"<code>init</code>"`,
 * is the code's name, not a quotation either). An element holding half the article or more is
 * its body set in a fixed font (a mailing-list archive, an old plain-text page), not code.
 */
export function quotesOutsideCode(quotes: readonly Quote[], index: Pick<TextIndex, "pointAt" | "text">): Quote[] {
  const body = new Map<Element, boolean>();
  const inCode = (offset: number): boolean => {
    const el = index.pointAt(offset)?.node.parentElement?.closest(CODE);
    if (!el) return false;
    let code = body.get(el);
    if (code === undefined) body.set(el, (code = (el.textContent?.length ?? 0) * 2 < index.text.length));
    return code;
  };
  return quotes.filter((q) => !inCode(q.start) && !inCode(Math.max(q.start, q.end - 1)));
}
