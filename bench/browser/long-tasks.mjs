#!/usr/bin/env node
// Which WCXB pages have a long task (≥ 50 ms) with the extension, and is it ours? Each sampled
// page is loaded `--loads` times with the extension and without it (the page's own scripts have
// long tasks too); a page is listed when its median longest task with the extension is ≥ 50 ms,
// beside the median without and the probe's phases of the gate (look, finder) and the index.
// Usage: node bench/browser/long-tasks.mjs DIST [--pages 40] [--loads 3]
import { join, resolve } from "node:path";
import { launchChromium, probeDramatis, sampleWcxb, serveWcxb, watchLongTasks } from "../page-safety.mjs";

const args = process.argv.slice(2);
const dist = args[0];
if (!dist) throw new Error("usage: long-tasks.mjs DIST [--pages N] [--loads N]");
const opt = (name, def) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : def);
const wcxbDir = resolve(import.meta.dirname, "../../../shared/data/wcxb");
const pages = sampleWcxb(wcxbDir, opt("pages", 40));
const loads = opt("loads", 3);
const server = await serveWcxb(wcxbDir);
const withExt = await launchChromium(join(dist, "test-chrome"));
const plain = await launchChromium(null);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function longest(browser, url, probe) {
  const page = await browser.newPage();
  await watchLongTasks(page);
  await page.goto(url, { waitUntil: "load" }).catch(() => {});
  await new Promise((r) => setTimeout(r, 1500));
  const p = probe ? await probeDramatis(page).catch(() => null) : null;
  const tasks = (await page.evaluate(() => globalThis.__longTasks).catch(() => null)) ?? [];
  await page.close();
  return { longest: Math.max(0, ...tasks), phases: p?.phases ?? null, status: p?.status ?? null };
}

try {
  for (const { path } of pages) {
    const url = server.origin + path;
    const ours = [];
    const theirs = [];
    try {
      for (let i = 0; i < loads; i++) {
        ours.push(await longest(withExt, url, true));
        theirs.push((await longest(plain, url, false)).longest);
      }
    } catch (e) {
      // a browser that went away (out of memory on a loaded machine) ends the run, named
      console.log(`${path}: could not be measured (${e instanceof Error ? e.message : e}); stopping`);
      break;
    }
    const m = median(ours.map((o) => o.longest));
    if (m < 50) continue;
    const ph = ours.find((o) => o.phases)?.phases ?? {};
    const pick = (k) => (typeof ph[k] === "number" ? ph[k].toFixed(1) : "-");
    console.log(`${path}: with ${ours.map((o) => o.longest.toFixed(0)).join("/")} ms, without ${theirs.map((t) => t.toFixed(0)).join("/")} ms; status ${ours[0].status}; gateLook ${pick("gateLook")} gateFinder ${pick("gateFinder")} index ${pick("index")} indexTasks ${pick("indexTasks")} paint ${pick("paint")}`);
  }
} finally {
  await withExt.close();
  await plain.close();
  server.close();
}
