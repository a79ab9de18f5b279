/**
 * Picture captions and credits between a story's paragraphs ("Scott Olson via Getty Images.",
 * "George Zimmerman (left) shot and killed Trayvon Martin (right) …", "… (AP Photo/Evan Vucci)").
 * Apart because the layout sets them among the paragraphs, yet the writer's "he said" after
 * them points back over them to the story's own sentences.
 */
import { lastStartingAtOrBefore } from "../people/tokens";
import type { Span } from "../types";

// the layout's marker opening a caption ("Above:", "Photo:", "Pictured:", "Credit |")
const CAPTION_OPENER = /^\s*(?:above|below|top|bottom|left|right|pictured|photo|photograph|image|picture|caption|illustration|credit)s?(?:\s+(?:left|right|top|bottom))?\s*[:|]/i;
// a picture credit inside it ("Photograph by …", "image courtesy of …")
// ("courtesy of" only closing the paragraph, as a credit does: "Clinton made an appearance,
// courtesy of Wes Nakagiri, a delegate who …" is the story)
const CAPTION_CREDIT = /\b(?:photo(?:graph)?|image|picture|illustration)s?\s+(?:by|courtesy|credit)\b|\bcourtesy of [^,;:.!?]{0,60}\.?\)?\s*$/i;
// a picture credit closing a paragraph: an agency or a photographer's line ("Bloomberg via Getty
// Images.", "John Moore/Getty Images.", "(AP Photo/Evan Vucci)", "Handout/Reuters.")
const CREDIT_END = /(?:\bvia Getty Images|\bGetty Images|\(AP Photo[^()]{0,60}\)|\bAP Photo\/[^\n]{0,60}|\/\s*(?:AFP|Reuters|EPA|AP)|\bShutterstock)\)?\.?\)?\s*$/;
// who stands where in the picture ("(left)", ", right,", "from left")
const SIDE = /\((?:left|right|center|centre|top|bottom|above|below)\)|,\s(?:left|right|center|centre),|\bfrom left\b|\bleft to right\b/i;
// a quotation mark: the story speaking, which a caption known only by a side or a credit line is not
const MARK = /["“”]/;

/**
 * Whether a paragraph is a picture's caption or credit, by the layout's own marks: it opens on
 * the layout's marker (up to 600 characters), or, short (300), carries a credit ("Photograph by
 * …", "… via Getty Images.", "(Photo courtesy of …)"). Every rule that steps over captions asks
 * this: a quotation running on past one, the paragraph before a quote, a pronoun's person.
 */
export function isCaption(text: string, p: Span): boolean {
  const n = p.end - p.start;
  if (n > 600) return false;
  const s = text.slice(p.start, p.end);
  return CAPTION_OPENER.test(s) || (n <= 300 && (CAPTION_CREDIT.test(s) || CREDIT_END.test(s)));
}

/**
 * The caption paragraphs among `paras`, in order, for a pronoun looking back: isCaption's, and
 * two weaker signs a pronoun may step over but no other rule does: a paragraph saying who stands
 * where ("George Zimmerman (left) shot and killed Trayvon Martin (right) …"), and the short line
 * right after a credit standing alone (the caption a credit line introduces). Weaker because
 * such a caption may go on with the story's own sentence ("… He is now selling the handgun."),
 * which the paragraph-before rule reads: taking them as captions there moved 1 quote right ->
 * wrong on PolNeAR train and none right.
 */
export function captionParas(text: string, paras: readonly Span[]): Span[] {
  const out: Span[] = [];
  let afterCredit = false;
  for (const p of paras) {
    const n = p.end - p.start;
    const s = n <= 300 ? text.slice(p.start, p.end) : "";
    const credit = !!s && CREDIT_END.test(s);
    if (isCaption(text, p) || (!!s && !MARK.test(s) && (SIDE.test(s) || (afterCredit && n <= 250)))) out.push(p);
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
