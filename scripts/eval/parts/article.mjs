// The article finder on WCXB dev (../shared/data/wcxb): how much of the article text we find
// and how little else, against the ground truth, with @mozilla/readability as a reference
// column computed in the same run.
//
// Scores (per page, then averaged):
//   P/R/F1   bag-of-words over `\w+` tokens (Unicode letters/digits/_; lower-cased), as
//            multisets, extracted text vs ground_truth.main_content (data/README.md)
//   with     share of `with` snippets found in the extracted text (whitespace and quote style
//            normalised on both sides: the ground truth writes curly quotes as ASCII)
//   without  share of `without` snippets that leaked into it (lower is better)
//   title    our title and the ground truth's, normalised (lower-case, words only), one contains
//            the other (an empty title never matches)
//   author   on pages whose ground truth names an author: the normalised author is contained in
//            our byline or the reverse (empty never matches)
//   isArticle accuracy over dev-articles (should be true) + dev-other (should be false)
// Options: --limit N (first N pages per set), --no-readability, --worst N (list worst pages),
//   --strip-css (empty <style> elements before parsing: 3x faster jsdom parse for iterating;
//   neither system reads stylesheets, only inline styles, so the scores do not change),
//   --dump FILE (every page's output of ours, both sets, as JSON lines: diff two builds with it),
//   --pages FILE (where the per-page scores go; /tmp/article-eval-pages.json by default).
// It also prints F1 and accuracy on the two halves of the pages (even and odd ids), so a change
// fitted to some pages shows as a gain in one half only.
import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";

const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokens(text) {
  return (text.toLowerCase().match(TOKEN) ?? []);
}

export function prf(extracted, truth) {
  const want = new Map();
  for (const t of tokens(truth)) want.set(t, (want.get(t) ?? 0) + 1);
  const got = tokens(extracted);
  const nTruth = [...want.values()].reduce((a, b) => a + b, 0);
  let hit = 0;
  for (const t of got) {
    const c = want.get(t);
    if (c) {
      hit++;
      want.set(t, c - 1);
    }
  }
  const p = got.length ? hit / got.length : nTruth ? 0 : 1;
  const r = nTruth ? hit / nTruth : 1;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { p, r, f };
}

// The ground truth writes typographic quotes and apostrophes as ASCII ("doesn't" for the page's
// "doesn’t"), so snippets are compared with both sides folded the same way.
const squash = (s) => s.replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'").replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"').replace(/\s+/g, " ").trim();
const norm = (s) => (s ?? "").toLowerCase().match(TOKEN)?.join(" ") ?? "";

export function looseMatch(ours, truth) {
  const a = norm(ours);
  const b = norm(truth);
  if (!a || !b) return false;
  return ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `);
}

/** Shares of the ground truth's `with` snippets found and `without` snippets leaked (null: none). */
export function snippetRates(text, gt) {
  const t = squash(text);
  const w = gt.with ?? [];
  const wo = gt.without ?? [];
  return {
    with: w.length ? w.filter((s) => t.includes(squash(s))).length / w.length : null,
    without: wo.length ? wo.filter((s) => t.includes(squash(s))).length / wo.length : null,
  };
}

/**
 * A closed JSDOM window is only released once the event loop has turned (jsdom finishes its
 * teardown in queued tasks); a synchronous loop over hundreds of pages keeps every document
 * alive and runs out of heap. So the loop yields after each page.
 */
export const settle = () => new Promise((resolve) => setImmediate(resolve));

function mean(xs) {
  const v = xs.filter((x) => x !== null && x !== undefined && !Number.isNaN(x));
  return v.length ? v.reduce((a, b) => a + b, 0) / v.length : NaN;
}

function loadSet(ctx, set, limit) {
  const dir = join(ctx.dataDir, "wcxb", set);
  const ids = readdirSync(join(dir, "html"))
    .filter((f) => f.endsWith(".html.gz"))
    .map((f) => f.replace(".html.gz", ""))
    .sort()
    .slice(0, limit);
  return ids.map((id) => {
    const meta = JSON.parse(readFileSync(join(dir, "ground-truth", `${id}.json`), "utf8"));
    return { set, id, file: join(dir, "html", `${id}.html.gz`), url: meta.url, gt: meta.ground_truth ?? {} };
  });
}

function ours(ctx, page, html) {
  const dom = ctx.parse(html, page.url || undefined);
  const doc = dom.window.document;
  const loc = ctx.lib.findArticle(doc, { url: page.url });
  const index = ctx.lib.buildTextIndex(loc);
  const r = { text: index.text, title: loc.title, byline: loc.byline, isArticle: loc.isArticle, evidence: loc.evidence };
  dom.window.close();
  return r;
}

function readability(ctx, page, html, Readability, isProbablyReaderable) {
  const dom = ctx.parse(html, page.url || undefined);
  const doc = dom.window.document;
  const readerable = isProbablyReaderable(doc);
  let parsed = null;
  try {
    parsed = new Readability(doc).parse();
  } catch {
    parsed = null;
  }
  dom.window.close();
  return {
    text: parsed?.textContent ?? "",
    title: parsed?.title ?? "",
    byline: parsed?.byline ?? null,
    isArticle: readerable,
  };
}

function score(page, r) {
  const gt = page.gt;
  const s = { ...prf(r.text, gt.main_content ?? ""), ...snippetRates(r.text, gt) };
  s.title = looseMatch(r.title, gt.title) ? 1 : 0;
  s.author = gt.author ? (looseMatch(r.byline, gt.author) ? 1 : 0) : null;
  return s;
}

export async function run(ctx) {
  const args = ctx.args;
  const opt = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const limit = opt("--limit") ? Number(opt("--limit")) : undefined;
  const worst = opt("--worst") ? Number(opt("--worst")) : 0;
  const withReadability = !args.includes("--no-readability");
  const stripCss = args.includes("--strip-css");
  const dumpFile = opt("--dump");
  if (dumpFile) writeFileSync(dumpFile, "");
  const sets = ["dev-articles", "dev-other"];
  if (!existsSync(join(ctx.dataDir, "wcxb"))) {
    ctx.log("../shared/data/wcxb not found; skipped");
    return;
  }
  const require = createRequire(join(ctx.root, "package.json"));
  const { Readability, isProbablyReaderable } = require("@mozilla/readability");

  const rows = { ours: [], readability: [] };
  const verdicts = { ours: [], readability: [] };
  const perPage = [];
  const halves = [];
  for (const set of sets) {
    for (const page of loadSet(ctx, set, limit)) {
      let html = ctx.readPage(page.file);
      if (stripCss) html = html.replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, "<style></style>");
      const systems = { ours: ours(ctx, page, html) };
      if (dumpFile) {
        const { text, title, byline, isArticle } = systems.ours;
        appendFileSync(dumpFile, JSON.stringify({ set, id: page.id, isArticle, title, byline, text }) + "\n");
      }
      await settle();
      if (withReadability) {
        systems.readability = readability(ctx, page, html, Readability, isProbablyReaderable);
        await settle();
      }
      for (const [name, r] of Object.entries(systems)) {
        verdicts[name].push(r.isArticle === (set === "dev-articles"));
        if (name === "ours") halves.push({ odd: Number(page.id) % 2 === 1, set, right: r.isArticle === (set === "dev-articles") });
        if (set === "dev-articles") {
          const s = score(page, r);
          rows[name].push(s);
          if (name === "ours") perPage.push({ id: page.id, url: page.url, ...s, ourTitle: r.title, gtTitle: page.gt.title, byline: r.byline, gtAuthor: page.gt.author, isArticle: r.isArticle });
        }
      }
    }
  }
  const summary = (name) => ({
    system: name,
    pages: rows[name].length,
    P: mean(rows[name].map((s) => s.p)),
    R: mean(rows[name].map((s) => s.r)),
    F1: mean(rows[name].map((s) => s.f)),
    with: mean(rows[name].map((s) => s.with)),
    without: mean(rows[name].map((s) => s.without)),
    title: mean(rows[name].map((s) => s.title)),
    author: mean(rows[name].map((s) => s.author)),
    isArticleAcc: mean(verdicts[name].map((v) => (v ? 1 : 0))),
  });
  const table = [summary("ours")];
  if (withReadability) table.push(summary("readability"));
  table.push({ system: "bar", F1: 0.95, with: 0.95, without: 0.05, title: 0.9, author: 0.8, isArticleAcc: 0.95 });
  ctx.table(table);
  ctx.log(`author rate over ${rows.ours.filter((s) => s.author !== null).length} pages with a ground-truth author; isArticle over ${verdicts.ours.length} pages`);
  const half = (odd) => {
    const pages = perPage.filter((p) => (Number(p.id) % 2 === 1) === odd);
    const v = halves.filter((h) => h.odd === odd);
    const fn = v.filter((h) => h.set === "dev-articles" && !h.right).length;
    const fp = v.filter((h) => h.set !== "dev-articles" && !h.right).length;
    return `F1 ${mean(pages.map((p) => p.f)).toFixed(4)} acc ${mean(v.map((h) => (h.right ? 1 : 0))).toFixed(4)} (articles missed ${fn}, others taken ${fp})`;
  };
  ctx.log(`halves: even ids ${half(false)}; odd ids ${half(true)}`);
  ctx.log(`ours: F1 ${mean(perPage.map((p) => p.f)).toFixed(4)}, articles missed ${halves.filter((h) => h.set === "dev-articles" && !h.right).length}, others taken ${halves.filter((h) => h.set !== "dev-articles" && !h.right).length}`);
  const dump = opt("--pages") ?? "/tmp/article-eval-pages.json";
  try {
    writeFileSync(dump, JSON.stringify(perPage, null, 1));
    ctx.log(`per-page scores: ${dump}`);
  } catch {
    /* best effort */
  }
  if (worst) {
    perPage.sort((a, b) => a.f - b.f);
    for (const p of perPage.slice(0, worst)) ctx.log(`${p.id} F1 ${p.f.toFixed(3)} P ${p.p.toFixed(3)} R ${p.r.toFixed(3)} ${p.url}`);
  }
}
