import { JSDOM } from "jsdom";
import { findArticle } from "../../../src/engine/article";

/** The finder's verdict on a page written by hand, read at `url`. */
export function verdict(html: string, url: string): boolean {
  const doc = new JSDOM(html, { url }).window.document;
  return findArticle(doc, { url }).isArticle;
}
