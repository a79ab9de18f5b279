#!/usr/bin/env node
// Our longest task per page, from Chromium's trace (trace-cpu.mjs's "own longest task": the
// longest task that ran any content script of ours, wall and thread time), for one or more test
// builds loaded in turns page by page, so a shared machine's load falls on all of them alike.
// Unlike long-tasks.mjs (the page's long-task observer, wall time of any task) it needs no
// plain browser and names only tasks our code ran in; thread time is what load stretches least.
//   node bench/browser/own-tasks.mjs DIST [DIST...] [--pages 40] [--loads 3] [--only a,b] [--list]
// --pages N: bench/page-safety.mjs sampleWcxb's N WCXB dev pages (long-tasks.mjs's sample);
// --only dev-articles/0058,dev-other/4401: those pages instead; --list prints every page's row.
import { join, resolve } from "node:path";
import { launchChromium, sampleWcxb, serveWcxb } from "../page-safety.mjs";
import { TRACE_CATEGORIES, attribute } from "./trace-cpu.mjs";

const argv = process.argv.slice(2);
const opt = (name, d) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : d);
const dists = argv.filter((a, i) => !a.startsWith("--") && !argv[i - 1]?.startsWith("--"));
if (!dists.length) throw new Error("usage: own-tasks.mjs DIST [DIST...] [--pages N] [--loads N] [--only PAGES]");
const wcxbDir = resolve(import.meta.dirname, "../../../shared/data/wcxb");
const only = opt("only", null);
const pages = only ? only.split(",").map((p) => `/${p}.html`) : sampleWcxb(wcxbDir, Number(opt("pages", 40))).map((p) => p.path);
const loads = Number(opt("loads", 3));
const list = argv.includes("--list");
const server = await serveWcxb(wcxbDir);
const browsers = [];
for (const d of dists) browsers.push(await launchChromium(join(resolve(d), "test-chrome")));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function traced(browser, url) {
  const page = await browser.newPage();
  await page.tracing.start({ categories: TRACE_CATEGORIES });
  await page.goto(url, { waitUntil: "load" }).catch(() => {});
  await new Promise((r) => setTimeout(r, 1500));
  const json = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
  await page.close();
  const a = attribute(json.traceEvents ?? json);
  return { wall: a["own longest task"] ?? 0, cpu: a["own longest task cpu"] ?? 0 };
}

const rows = dists.map(() => []);
try {
  for (const [j, path] of pages.entries()) {
    const got = dists.map(() => []);
    for (let l = 0; l < loads; l++)
      for (let k = 0; k < dists.length; k++) {
        const b = (j + l + k) % dists.length;
        got[b].push(await traced(browsers[b], server.origin + path));
      }
    const cells = got.map((g, b) => {
      const r = { path, wall: median(g.map((x) => x.wall)), cpu: median(g.map((x) => x.cpu)), loads: g };
      rows[b].push(r);
      return `${r.wall.toFixed(1)}/${r.cpu.toFixed(1)} (${g.map((x) => x.wall.toFixed(0)).join(" ")})`;
    });
    if (list || got.some((g) => median(g.map((x) => x.wall)) >= 40)) console.log(`${path}: ${cells.join(" | ")}`);
  }
} finally {
  for (const b of browsers) await b.close();
  server.close();
}
for (const [k, d] of dists.entries()) {
  const r = rows[k];
  const walls = r.map((x) => x.wall);
  const all = r.flatMap((x) => x.loads.map((y) => y.wall));
  console.log(`${d}: ${r.length} pages; own longest task, median per page: max ${Math.max(...walls).toFixed(1)} ms, median ${median(walls).toFixed(1)}, pages >= 50 ms ${walls.filter((w) => w >= 50).length}; loads >= 50 ms ${all.filter((w) => w >= 50).length}/${all.length}; cpu max ${Math.max(...r.map((x) => x.cpu)).toFixed(1)}, median ${median(r.map((x) => x.cpu)).toFixed(1)}`);
}
