/**
 * Whether the article the finder found is written in English, read from the start of its text:
 * the engine's readers know English only (src/engine/language.ts says why and how).
 */
import type { ArticleLocation } from "../engine/article";
import { readsAsEnglish } from "../engine/language";

/** Characters read from the article's start: a few hundred words, however long the page. */
const SAMPLE_CHARS = 3_000;

export function articleReadsAsEnglish(found: Pick<ArticleLocation, "roots">): boolean {
  let text = "";
  for (const root of found.roots) {
    const walk = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n && text.length < SAMPLE_CHARS; n = walk.nextNode()) {
      const parent = n.parentElement?.localName;
      if (parent === "script" || parent === "style" || parent === "noscript" || parent === "template") continue;
      text += " " + (n as Text).data;
    }
    if (text.length >= SAMPLE_CHARS) break;
  }
  return readsAsEnglish(text);
}
