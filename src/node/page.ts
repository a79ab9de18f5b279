/**
 * Reading a saved page in Node, the way the CLI, `npm run eval` and `npm run bench` all do:
 * no scripts, no sub-resources, and no stylesheet parsing. The engine never asks for computed
 * styles (it reads `hidden`, `aria-hidden` and inline `style` attributes only), and jsdom's CSS
 * parser throws on some real-world stylesheets, so `<style>` bodies are dropped before parsing.
 */
import { readFileSync, statSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { JSDOM, VirtualConsole } from "jsdom";

const STYLE_BODY = /(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi;

export function parsePage(html: string, url = "https://example.invalid/"): JSDOM {
  return new JSDOM(html.replace(STYLE_BODY, "$1$2"), { url, virtualConsole: new VirtualConsole() });
}

export function parseHtml(html: string, url?: string): Document {
  return parsePage(html, url).window.document;
}

/** How far the binary check looks (git's and grep's heuristic window). */
const SNIFF_BYTES = 8_000;

/**
 * A page's own declaration of its encoding, from its first 1,024 bytes as the HTML standard's
 * prescan reads them (`<meta charset=…>` or `<meta http-equiv=content-type content=…charset=…>`).
 */
function declaredCharset(head: Buffer): string | null {
  const text = head.subarray(0, 1024).toString("latin1");
  const m = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(text);
  return m ? m[1]!.toLowerCase() : null;
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null; // a label no encoding answers to
  }
}

/**
 * A file's bytes as text, never silently garbled. A UTF-16 byte-order mark decides (Windows
 * tools save 'Unicode' text that way). Bytes that are valid UTF-8 are read as UTF-8 whatever a
 * page declares (a saved page is often re-encoded without its <meta> being updated, and valid
 * UTF-8 that is not ASCII is almost never meant as another encoding); otherwise the page's
 * declared encoding, else windows-1252, the web's fallback and a superset of Latin-1, so old
 * Latin-1 articles keep their 'é' instead of U+FFFD. A NUL byte (no text encoding besides
 * UTF-16 has one) means a binary file: refused, not analysed as noise. The decoded text keeps a
 * leading byte-order mark as the character U+FEFF, as Node's own UTF-8 reading always did, so
 * offsets into a UTF-8 text file's `text` are unchanged.
 */
export function decodeText(buf: Buffer, html = false): string {
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    return new TextDecoder(buf[0] === 0xff ? "utf-16le" : "utf-16be", { ignoreBOM: true }).decode(buf);
  }
  const nul = buf.subarray(0, SNIFF_BYTES).indexOf(0);
  if (nul >= 0) throw new Error(`binary data (a NUL byte at offset ${nul}), not text or HTML (UTF-16 text needs its byte-order mark)`);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(buf);
  } catch {
    /* not UTF-8: read below */
  }
  const declared = html ? declaredCharset(buf) : null;
  const decoder = (declared && !/^(?:utf-?8|utf-?16)/.test(declared) && decoderFor(declared)) || new TextDecoder("windows-1252");
  return decoder.decode(buf);
}

/** A file's text, gunzipped when its name ends in `.gz`. Throws a sentence on unreadable,
 *  corrupt or binary files. */
export function readTextFile(file: string): string {
  if (statSync(file).isDirectory()) throw new Error("is a directory, not a file");
  let buf = readFileSync(file);
  if (file.endsWith(".gz")) {
    try {
      buf = gunzipSync(buf);
    } catch (e) {
      throw new Error(`not a complete gzip file (${e instanceof Error ? e.message : String(e)})`);
    }
  }
  return decodeText(buf, isHtmlFile(file));
}

export function isHtmlFile(file: string): boolean {
  return /\.html?(?:\.gz)?$/i.test(file);
}
