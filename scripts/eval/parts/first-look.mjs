// The first look (src/engine/article/first-look.ts) on WCXB dev: the cheap check the content
// script runs on every page before the full article finder. It may only say "certainly not an
// article"; the full finder judges everything it lets through. Scored on dev-articles (711) and
// dev-other (300), parsed with jsdom as the CLI parses them:
//   articles rejected     dev-articles pages it rejects (target <= 0.5%), and of those the ones
//                         the full finder would have called articles (the real loss)
//   non-articles rejected dev-other pages it rejects (the more, the cheaper the web)
//   finder-no rejected    of the pages the full finder calls not-articles (these are the pages
//                         whose cost the content script pays for nothing), the share it rejects
// Two address columns: the page's real URL (as in a browser), and none (a neutral
// http://127.0.0.1/page/N.html, as the browser bench serves the pages) so that what the
// address says is seen apart from what the page says.
// Options: --limit N (first N pages per set), --list (print every rejected article and every
//   article-finder disagreement), --dump FILE (per-page JSON),
//   --fit: refit the first look's weights (logistic regression on its own features, each page at
//   its real and at the neutral address; the label is what the first look stands in for, an
//   article page the full finder accepts, weighted ARTICLE_WEIGHT:1; L2 = L2), print the
//   10-fold cross-validated rejection figures for a range of thresholds and the weights to paste
//   into first-look.ts (LOOK_WEIGHTS, in the features' own units).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { loadMatchers } from "./people.mjs";

/** A closed JSDOM window is only released once the event loop turns (see article.mjs). */
const settle = () => new Promise((resolve) => setImmediate(resolve));

const ARTICLE_WEIGHT = 3;
const L2 = 1;
const FOLDS = 10;

export async function run(ctx) {
  const opt = (name) => {
    const i = ctx.args.indexOf(name);
    return i >= 0 ? ctx.args[i + 1] : undefined;
  };
  const limit = opt("--limit") ? Number(opt("--limit")) : undefined;
  const dump = opt("--dump");
  const list = ctx.args.includes("--list");
  const { firstLook } = await loadMatchers(ctx.root);
  const pages = [];
  for (const set of ["dev-articles", "dev-other"]) {
    const dir = join(ctx.dataDir, "wcxb", set);
    const ids = readdirSync(join(dir, "html")).filter((f) => f.endsWith(".html.gz")).map((f) => f.slice(0, -8)).sort().slice(0, limit);
    for (const id of ids) {
      const meta = JSON.parse(readFileSync(join(dir, "ground-truth", `${id}.json`), "utf8"));
      const url = meta.url || undefined;
      // stylesheets are read by neither the first look nor the finder: emptied for a faster parse
      const html = ctx.readPage(join(dir, "html", `${id}.html.gz`)).replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, "<style></style>");
      const dom = ctx.parse(html, url);
      const doc = dom.window.document;
      let t0 = performance.now();
      const real = firstLook(doc, url ?? doc.URL);
      const flMs = performance.now() - t0;
      const neutral = firstLook(doc, `http://127.0.0.1/page/${id}.html`);
      t0 = performance.now();
      const finder = ctx.lib.findArticle(doc, { url }).isArticle;
      const finderMs = performance.now() - t0;
      pages.push({ set, id, url, finder, real, neutral, flMs, finderMs });
      dom.window.close();
      await settle();
    }
  }
  const rows = [];
  for (const [col, key] of [["page URL", "real"], ["no URL", "neutral"]]) {
    const rej = (p) => p[key].verdict === "not-article";
    const arts = pages.filter((p) => p.set === "dev-articles");
    const others = pages.filter((p) => p.set === "dev-other");
    const finderNo = pages.filter((p) => !p.finder);
    const reasons = (ps) => ["claims", "content"].map((r) => `${r} ${ps.filter((p) => p[key].reason === r && rej(p)).length}`).join(", ");
    rows.push({
      address: col,
      articles: arts.length,
      "articles rejected": arts.filter(rej).length,
      "rejected %": (100 * arts.filter(rej).length) / arts.length,
      "of which finder-yes": arts.filter((p) => rej(p) && p.finder).length,
      others: others.length,
      "others rejected": others.filter(rej).length,
      "others rejected %": (100 * others.filter(rej).length) / others.length,
      "finder-no rejected %": (100 * finderNo.filter(rej).length) / finderNo.length,
      "finder-yes rejected": pages.filter((p) => p.finder && rej(p)).length,
    });
    ctx.log(`${col}: what weighed most in rejections: articles (${reasons(arts)}); others (${reasons(others)})`);
    if (list) {
      for (const p of pages.filter((p) => rej(p) && (p.set === "dev-articles" || p.finder))) {
        ctx.log(`  ${col} rejected ${p.set}/${p.id} (finder ${p.finder ? "article" : "not"}) score ${p[key].score.toFixed(2)} ${p.url}`);
      }
    }
  }
  ctx.table(rows);
  ctx.log(`target: articles rejected <= 0.5%; finder-no rejected: the share of not-article pages that skip the full finder`);
  const med = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.floor((s.length - 1) / 2)] ?? NaN;
  };
  const rejected = pages.filter((p) => p.neutral.verdict === "not-article");
  ctx.log(
    `jsdom time (indicative only; the browser bench measures Chromium): first look median ${med(pages.map((p) => p.flMs)).toFixed(3)} ms, ` +
      `on pages it rejects ${med(rejected.map((p) => p.flMs)).toFixed(3)} ms; full finder median ${med(pages.map((p) => p.finderMs)).toFixed(3)} ms`,
  );
  if (dump) writeFileSync(dump, JSON.stringify(pages, null, 1));
  if (ctx.args.includes("--fit")) fitWeights(ctx, pages);
}

/** Logistic regression by full-batch gradient descent on standardised features; returns the
 *  weights in the features' own units (and the bias). */
function fit(X, y, names) {
  const d = names.length;
  const mu = names.map((_, j) => X.reduce((a, x) => a + x[j], 0) / X.length);
  const sd = names.map((_, j) => Math.sqrt(X.reduce((a, x) => a + (x[j] - mu[j]) ** 2, 0) / X.length) || 1);
  const Z = X.map((x) => x.map((v, j) => (v - mu[j]) / sd[j]));
  const w = new Float64Array(d + 1);
  const rate = 0.5;
  for (let it = 0; it < 3000; it++) {
    const g = new Float64Array(d + 1);
    for (let i = 0; i < Z.length; i++) {
      let s = w[d];
      for (let j = 0; j < d; j++) s += w[j] * Z[i][j];
      const err = (1 / (1 + Math.exp(-s)) - y[i]) * (y[i] ? ARTICLE_WEIGHT : 1);
      for (let j = 0; j < d; j++) g[j] += err * Z[i][j];
      g[d] += err;
    }
    for (let j = 0; j <= d; j++) w[j] -= (rate * (g[j] + (j < d ? L2 * w[j] : 0))) / Z.length;
  }
  const weights = {};
  let bias = w[d];
  names.forEach((n, j) => {
    weights[n] = w[j] / sd[j];
    bias -= (w[j] * mu[j]) / sd[j];
  });
  return { weights, bias };
}

function fitWeights(ctx, pages) {
  const names = Object.keys(pages[0].real.features);
  const vec = (f) => names.map((n) => f[n]);
  const label = (p) => (p.set === "dev-articles" && p.finder ? 1 : 0);
  const train = (ps) => {
    const X = [];
    const y = [];
    for (const p of ps) {
      for (const v of ["real", "neutral"]) {
        X.push(vec(p[v].features));
        y.push(label(p));
      }
    }
    return fit(X, y, names);
  };
  const scoreOf = (m, f) => names.reduce((s, n) => s + m.weights[n] * f[n], m.bias);
  // folds by page (both addresses of a page in the same fold), in a fixed shuffled order
  const order = pages.map((_, i) => i).sort((a, b) => ((a * 7919) % 1013) - ((b * 7919) % 1013));
  const fold = new Array(pages.length);
  order.forEach((i, k) => (fold[i] = k % FOLDS));
  const cv = pages.map(() => ({ real: 0, neutral: 0 }));
  for (let k = 0; k < FOLDS; k++) {
    const m = train(pages.filter((_, i) => fold[i] !== k));
    pages.forEach((p, i) => {
      if (fold[i] === k) cv[i] = { real: scoreOf(m, p.real.features), neutral: scoreOf(m, p.neutral.features) };
    });
  }
  const rows = [];
  for (let t = -3; t <= 0.001; t += 0.25) {
    const row = { threshold: t };
    for (const v of ["real", "neutral"]) {
      const rej = (i) => cv[i][v] < t;
      const idx = pages.map((_, i) => i);
      const arts = idx.filter((i) => pages[i].set === "dev-articles");
      const others = idx.filter((i) => pages[i].set !== "dev-articles");
      const fno = idx.filter((i) => !pages[i].finder);
      row[`${v} articles rej`] = arts.filter(rej).length;
      row[`${v} finder-yes rej`] = arts.filter((i) => rej(i) && pages[i].finder).length;
      row[`${v} others rej %`] = (100 * others.filter(rej).length) / others.length;
      row[`${v} finder-no rej %`] = (100 * fno.filter(rej).length) / fno.length;
    }
    rows.push(row);
  }
  ctx.log(`${FOLDS}-fold cross-validated rejections by threshold (articles out of ${pages.filter((p) => p.set === "dev-articles").length}):`);
  ctx.table(rows);
  const m = train(pages);
  const r = (x) => Math.round(x * 100) / 100;
  ctx.log(`weights fitted on all pages: ${JSON.stringify(Object.fromEntries([...Object.entries(m.weights).map(([k, v]) => [k, r(v)]), ["bias", r(m.bias)]]))}`);
}
