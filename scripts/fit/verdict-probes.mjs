#!/usr/bin/env node
// Candidate signals for the non-articles the verdict takes (session 20: price marks, same-shaped
// siblings, cards, shop words, tel: links, inputs, person of the prose, lines ending on a stop),
// read over the kept text and the root with a second parse, outside the engine, to see whether any
// is worth a place in the finder's walk. Writes the cache's rows with "p_" signals added, to fit
// beside the shipped ones:
//   node scripts/fit/verdict-probes.mjs /tmp/classify/signals.json /tmp/classify/probed.json
//   node scripts/fit/article-verdict.mjs --cache /tmp/classify/probed.json --features <shipped>,p_we
// (reads DRAMATIS_DIST or dist/; ~30 min for the 1,011 WCXB dev pages at load 15; goose rows kept
// without probes). The same-shape scan asks no element whether it is left out: asking isExcluded
// of every child held one dev-other page after 0956 for over ten minutes (cause not found);
// session 20 read the first 850 rows with that test, the last 161 without.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const [cacheFile, outFile] = process.argv.slice(2);
const dist = process.env.DRAMATIS_DIST ? resolve(process.env.DRAMATIS_DIST) : join(root, "dist");
const lib = await import(pathToFileURL(join(dist, "lib/index.js")).href);
const rows = JSON.parse(readFileSync(cacheFile, "utf8"));
const data = resolve(root, "../shared/data/wcxb");
const PRICE = /(?:[$€£¥]\s?\d[\d,.]*|\d[\d,.]*\s?(?:€|USD|EUR|GBP)\b)/g;
const WE = new Set(["we", "us", "our", "ours", "we're", "we've", "we'll"]);
const YOU = new Set(["you", "your", "yours", "you're", "you'll", "you've"]);
const I = new Set(["i", "me", "my", "i'm", "i've"]);
const DATE_RE = /\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|\d{4}-\d\d-\d\d|\d{1,2}\/\d{1,2}\/\d{2,4})\b/gi;
let n = 0;
for (const row of rows) {
  if (row.set === "goose") continue;
  const html = gunzipSync(readFileSync(join(data, row.set, "html", `${row.id}.html.gz`))).toString("utf8").replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, "<style></style>");
  const dom = lib.parsePage(html, row.url || undefined);
  const doc = dom.window.document;
  const loc = lib.findArticle(doc, { url: row.url });
  const text = lib.buildTextIndex(loc).text;
  const chars = Math.max(text.replace(/\s/g, "").length, 1);
  const words = (text.match(/[\p{L}\p{N}'’]+/gu) ?? []).map((w) => w.toLowerCase().replace(/’/g, "'"));
  const nw = Math.max(words.length, 1);
  const x = {};
  x.p_price = Math.log1p((text.match(PRICE) ?? []).length);
  x.p_pricePer1k = ((text.match(PRICE) ?? []).length / chars) * 1000;
  x.p_we = words.filter((w) => WE.has(w)).length / nw;
  x.p_you = words.filter((w) => YOU.has(w)).length / nw;
  x.p_i = words.filter((w) => I.has(w)).length / nw;
  x.p_dates = Math.log1p((text.replace(/\s+/g, " ").match(DATE_RE) ?? []).length);
  const lines = text.split(/\n+/).map((l) => l.trim()).filter(Boolean);
  x.p_shortLines = lines.filter((l) => l.length < 40).length / Math.max(lines.length, 1);
  x.p_meanLine = Math.log1p(text.length / Math.max(lines.length, 1));
  x.p_sentEnd = lines.filter((l) => /[.!?]["”’)]?$/.test(l)).length / Math.max(lines.length, 1);
  // same-shaped siblings: the largest run of siblings of one tag + class (not p/br/inline), ≥3,
  // each with text; the share of the root's text they hold, and whether they hold links
  let bestShare = 0, bestN = 0, bestLinked = 0, cardShare = 0;
  const root = loc.roots[0];
  const INLINE = new Set(["p", "br", "span", "a", "em", "strong", "b", "i", "img", "source", "script", "style", "svg", "path", "sup", "sub", "code", "hr", "noscript", "figure", "picture", "input", "option", "tr", "td", "th", "h2", "h3", "h4", "h5", "h6"]);
  // one post-order pass: visible chars, links, card marks per element
  const C = new Map(), A = new Map(), K = new Map();
  const all = root ? [root, ...root.getElementsByTagName("*")] : [];
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i];
    let c = 0, a = el.localName === "a" ? 1 : 0, k = /^(?:h2|h3|h4|h5|img)$/.test(el.localName) ? 1 : 0;
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) c += n.data.replace(/\s/g, "").length;
      else if (n.nodeType === 1) { c += C.get(n) ?? 0; a += A.get(n) ?? 0; k = k || K.get(n) || 0; }
    }
    C.set(el, c); A.set(el, a); K.set(el, k);
  }
  const rootChars = Math.max(C.get(root) ?? 0, 1);
  for (const el of all) {
    const groups = new Map();
    for (const c of el.children) {
      if (INLINE.has(c.localName)) continue;
      const key = `${c.localName}.${(c.getAttribute("class") ?? "").trim().split(/\s+/).filter((k) => !/\d/.test(k)).sort().join(".")}`;
      (groups.get(key) ?? groups.set(key, []).get(key)).push(c);
    }
    for (const [, g] of groups) {
      if (g.length < 3) continue;
      let t = 0, linked = 0, card = 0;
      for (const c of g) {
        const ct = C.get(c) ?? 0;
        t += ct;
        const a = A.get(c) ?? 0;
        if (a) linked++;
        if (a && (K.get(c) || c.localName === "li" && ct > 60)) card += ct;
      }
      if (t / rootChars > bestShare) {
        bestShare = t / rootChars;
        bestN = g.length;
        bestLinked = linked / g.length;
      }
      cardShare = Math.max(cardShare, card / rootChars);
    }
  }
  x.p_sameShare = bestShare;
  x.p_sameN = Math.log1p(bestN);
  x.p_sameLinked = bestShare * bestLinked;
  x.p_cardShare = cardShare;
  const body = doc.body;
  const bodyText = body?.textContent ?? "";
  x.p_cart = /\badd to (?:cart|bag|basket)\b|\bbuy now\b|\bin stock\b|\bout of stock\b|\bcheckout\b/i.test(bodyText) ? 1 : 0;
  x.p_tel = Math.log1p(doc.querySelectorAll('a[href^="tel:"]').length);
  x.p_rating = /aggregateRating|ratingValue|star-rating|stars?-\d/i.test(html) ? 1 : 0;
  x.p_forms = Math.log1p(body?.getElementsByTagName("form").length ?? 0);
  x.p_inputs = Math.log1p(root ? root.querySelectorAll("input:not([type=hidden]),select,textarea").length : 0);
  x.p_rootLinksPer1k = ((root?.getElementsByTagName("a").length ?? 0) / chars) * 1000;
  x.p_lists = root ? root.querySelectorAll("li").length / Math.max(root.querySelectorAll("p").length + 1, 1) : 0;
  x.p_liShare = all.filter((l) => l.localName === "li" && l.parentElement?.closest("li") === null).reduce((a, l) => a + (C.get(l) ?? 0), 0) / rootChars;
  Object.assign(row.s, x);
  dom.window.close();
  await new Promise((r) => setImmediate(r));
  if (++n % 100 === 0) process.stderr.write(`${n} pages\n`);
}
writeFileSync(outFile, JSON.stringify(rows));
