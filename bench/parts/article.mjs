// The article finder + text index against @mozilla/readability's parse(), on the same pages
// (WCXB dev-articles), in the same run. Parsing is excluded from both timings. Readability
// mutates its document, so it gets its own parse of the page.
// Options: --limit N pages, --repeat N (timed runs per page for ours, median kept; default 3).
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";

// a closed JSDOM window is only released after the event loop turns (see the eval part)
const settle = () => new Promise((resolve) => setImmediate(resolve));

export async function run(ctx) {
  const opt = (name) => {
    const i = ctx.args.indexOf(name);
    return i >= 0 ? ctx.args[i + 1] : undefined;
  };
  const limit = opt("--limit") ? Number(opt("--limit")) : undefined;
  const repeat = opt("--repeat") ? Number(opt("--repeat")) : 3;
  const dir = join(ctx.dataDir, "wcxb", "dev-articles", "html");
  const files = readdirSync(dir).filter((f) => f.endsWith(".html.gz")).sort().slice(0, limit);
  const require = createRequire(join(ctx.root, "package.json"));
  const { Readability } = require("@mozilla/readability");

  const oursMs = [];
  const readabilityMs = [];
  const ratios = [];
  for (const f of files) {
    const html = ctx.readPage(join(dir, f));
    const a = ctx.parse(html);
    const doc = a.window.document;
    // warm once (first-call JIT), then keep the median of `repeat` runs on the same document:
    // the finder never mutates it, so every run sees the same page
    ctx.lib.buildTextIndex(ctx.lib.findArticle(doc));
    const t = ctx.time(() => ctx.lib.buildTextIndex(ctx.lib.findArticle(doc)), repeat).median;
    a.window.close();
    await settle();
    const b = ctx.parse(html);
    const t0 = ctx.now();
    try {
      new Readability(b.window.document).parse();
    } catch {
      /* a page Readability cannot handle still cost the time it took */
    }
    const r = ctx.now() - t0;
    b.window.close();
    await settle();
    oursMs.push(t);
    readabilityMs.push(r);
    ratios.push(r / Math.max(t, 1e-3));
  }
  const o = ctx.stats(oursMs);
  const r = ctx.stats(readabilityMs);
  const q = ctx.stats(ratios);
  ctx.table([
    { system: "findArticle+buildTextIndex", pages: o.n, medianMs: o.median, p95Ms: o.p95, meanMs: o.mean },
    { system: "Readability.parse()", pages: r.n, medianMs: r.median, p95Ms: r.p95, meanMs: r.mean },
  ]);
  ctx.log(`speed-up at the median page: ${(r.median / o.median).toFixed(1)}x (ratio of medians); median per-page ratio ${q.median.toFixed(1)}x (bar: >= 5x)`);
}
