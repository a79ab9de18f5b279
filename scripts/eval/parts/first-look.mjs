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
//   article-finder disagreement), --dump FILE (per-page JSON).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { loadMatchers } from "./people.mjs";

/** A closed JSDOM window is only released once the event loop turns (see article.mjs). */
const settle = () => new Promise((resolve) => setImmediate(resolve));

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
    const reasons = (ps) => ["claims-other", "no-prose"].map((r) => `${r} ${ps.filter((p) => p[key].reason === r && rej(p)).length}`).join(", ");
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
    ctx.log(`${col}: why rejected: articles (${reasons(arts)}); others (${reasons(others)})`);
    if (list) {
      for (const p of pages.filter((p) => rej(p) && (p.set === "dev-articles" || p.finder))) {
        ctx.log(`  ${col} rejected ${p.set}/${p.id} (finder ${p.finder ? "article" : "not"}) ${p[key].reason} claims ${p[key].claims} prose ${p[key].prose}/${p[key].proseUnderOneParent} ${p.url}`);
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
}
