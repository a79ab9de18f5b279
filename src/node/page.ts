/**
 * Reading a saved page in Node, the way the CLI, `npm run eval` and `npm run bench` all do:
 * no scripts, no sub-resources, and no stylesheet parsing. The engine never asks for computed
 * styles (it reads `hidden`, `aria-hidden` and inline `style` attributes only), and jsdom's CSS
 * parser throws on some real-world stylesheets, so `<style>` bodies are dropped before parsing.
 */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { JSDOM, VirtualConsole } from "jsdom";

const STYLE_BODY = /(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi;

export function parsePage(html: string, url = "https://example.invalid/"): JSDOM {
  return new JSDOM(html.replace(STYLE_BODY, "$1$2"), { url, virtualConsole: new VirtualConsole() });
}

export function parseHtml(html: string, url?: string): Document {
  return parsePage(html, url).window.document;
}

/** A file's text, gunzipped when its name ends in `.gz`. Throws on unreadable or corrupt files. */
export function readTextFile(file: string): string {
  const buf = readFileSync(file);
  return (file.endsWith(".gz") ? gunzipSync(buf) : buf).toString("utf8");
}

export function isHtmlFile(file: string): boolean {
  return /\.html?(?:\.gz)?$/i.test(file);
}
