/**
 * Picture captions and credits between a story's paragraphs ("Scott Olson via Getty Images.",
 * "George Zimmerman (left) shot and killed Trayvon Martin (right) …", "… (AP Photo/Evan Vucci)").
 * Apart because the layout sets them among the paragraphs, yet the writer's "he said" after
 * them points back over them to the story's own sentences.
 */
import { lastStartingAtOrBefore } from "../people/tokens";
import type { Span } from "../types";
import { CAPTION_OPENER } from "./not-speech";

// a picture credit closing a paragraph: an agency or a photographer's line ("Bloomberg via Getty
// Images.", "John Moore/Getty Images.", "(AP Photo/Evan Vucci)", "Handout/Reuters.")
const CREDIT_END = /(?:\bvia Getty Images|\bGetty Images|\(AP Photo[^()]{0,60}\)|\bAP Photo\/[^\n]{0,60}|\/\s*(?:AFP|Reuters|EPA|AP)|\bShutterstock)\)?\.?\)?\s*$/;
// who stands where in the picture ("(left)", ", right,", "from left")
const SIDE = /\((?:left|right|center|centre|top|bottom|above|below)\)|,\s(?:left|right|center|centre),|\bfrom left\b|\bleft to right\b/i;
// a caption holds no quotation of its own (a paragraph with a quote is the story speaking)
const MARK = /["“”]/;

/** The caption paragraphs among `paras`, in order: one the layout marks or credits, one that
 *  says who stands where, and the short line right after a credit standing alone (the caption
 *  a credit line introduces). */
export function captionParas(text: string, paras: readonly Span[]): Span[] {
  const out: Span[] = [];
  let afterCredit = false;
  for (const p of paras) {
    const n = p.end - p.start;
    const s = n <= 300 ? text.slice(p.start, p.end) : "";
    const credit = !!s && CREDIT_END.test(s);
    if (s && !MARK.test(s) && (credit || SIDE.test(s) || CAPTION_OPENER.test(s) || (afterCredit && n <= 250))) out.push(p);
    // (a credit alone on its line: its caption may follow on the next)
    afterCredit = credit && n <= 80;
  }
  return out;
}

/** Whether `pos` lies in one of `captions` (sorted by start). */
export function inCaption(captions: readonly Span[], pos: number): boolean {
  const k = lastStartingAtOrBefore(captions, pos);
  return k >= 0 && captions[k]!.end > pos;
}
