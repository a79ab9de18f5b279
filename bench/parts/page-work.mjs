// Issue 9, "harmless": what the painted highlights cost the page afterwards. A page that
// animates or re-renders keeps mutating its DOM after Dramatis has painted; every live Range
// held on the document is moved by the browser on each of those mutations, so a paint held in
// live Ranges taxes every later change the page makes. This part loads the reference article
// x20 in real Chromium with the built extension and without it, waits for the paint, then times
// a fixed workload in the page's own main world (--page-work-loads N loads each, default 10):
// 1,000 elements appended to and removed from the article, and 200 edits of a text node in it.
// Reported: the workload's median with and without the extension, and the difference.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { benchPages, launchChromium, serveWcxb } from "../page-safety.mjs";

export async function run(ctx) {
  const dist = process.env.DRAMATIS_DIST ? `${process.env.DRAMATIS_DIST}-bench` : join(ctx.root, ".bench/dist");
  execFileSync(process.execPath, [join(ctx.root, "scripts/build.mjs"), "--test"], { env: { ...process.env, DRAMATIS_DIST: dist }, stdio: "ignore" });
  const i = ctx.args.indexOf("--page-work-loads");
  const loads = i >= 0 ? Number(ctx.args[i + 1]) : 10;
  const { x20 } = benchPages(ctx.root);
  const server = await serveWcxb(join(ctx.root, "../shared/data/wcxb"), { "/x20.html": x20 });
  const browsers = { with: await launchChromium(join(dist, "test-chrome")), without: await launchChromium(null) };
  const got = { with: [], without: [] };
  let ranges = 0;
  try {
    for (let n = 0; n < loads; n++) {
      // alternate which browser goes first, so both see the same load on average
      for (const which of n % 2 ? ["without", "with"] : ["with", "without"]) {
        const page = await browsers[which].newPage();
        await page.goto(`${server.origin}/x20.html`, { waitUntil: "load" });
        if (which === "with") {
          await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith("dramatis-person")), { timeout: 15_000 });
          ranges = await page.evaluate(() => [...CSS.highlights].reduce((s, [k, h]) => s + (k.startsWith("dramatis") ? h.size : 0), 0));
        }
        const ms = await page.evaluate(() => {
          const p = document.querySelector("article p");
          const t0 = performance.now();
          for (let k = 0; k < 1000; k++) {
            const s = document.createElement("span");
            p.appendChild(s);
            s.remove();
          }
          const text = p.firstChild;
          for (let k = 0; k < 200; k++) text.data = text.data.length % 2 ? text.data + " " : text.data.slice(0, -1);
          return performance.now() - t0;
        });
        got[which].push(ms);
        await page.close();
      }
    }
  } finally {
    await Promise.all(Object.values(browsers).map((b) => b.close()));
    server.close();
  }
  const w = ctx.stats(got.with);
  const wo = ctx.stats(got.without);
  ctx.table(
    [
      { page: "article x20", highlighted: ranges, "with, median ms": +w.median.toFixed(1), p95: +w.p95.toFixed(1), "without, median ms": +wo.median.toFixed(1), p95_: +wo.p95.toFixed(1), "added ms": +(w.median - wo.median).toFixed(1) },
    ],
    "the page's own work after the paint: 1,000 appends/removes and 200 text edits in the article",
  );
}
