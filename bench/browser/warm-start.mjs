#!/usr/bin/env node
// The worker's first analysis after it starts, two builds in turns: written for session 19's study
// of a worker that warms its engine on a built-in text of a few sentences when it starts (dropped:
// no paired win; the first real text after a warm-up still paid most of the cold cost, since V8
// tiers up on the work done, which a short text does not give it; see the session-19 commit).
//   cold:   the worker is stopped and the analysis request itself starts it (a reader's first
//           article after a pause: the page's request wakes the worker)
//   woken:  the worker is stopped, started by another message ("hello", as the popup or a glossary
//           change would), and asked GAP ms later (default 1000)
//   warm:   not stopped: the same text asked again GAP ms after the last analysis (the floor)
// Prints per build the median of the worker's own analysis ms (`ms` in its reply) and of the round
// trip seen by the extension page that asks, for the reference article (--x20: twenty times).
//   node bench/browser/warm-start.mjs DIST_A DIST_B [--rounds N] [--gap MS] [--x20] [--only cold|woken|warm]
// DIST_x is a DRAMATIS_DIST of `node scripts/build.mjs --test`.
import { execFileSync } from "node:child_process";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium } from "../page-safety.mjs";
import { isWorker, median, studyText, workerAndPage } from "./worker-study.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const argv = process.argv.slice(2);
const opt = (name, d) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : d;
};
const dists = argv.filter((a, i) => !a.startsWith("--") && !argv[i - 1]?.startsWith("--"));
if (dists.length !== 2) throw new Error("usage: warm-start.mjs DIST_A DIST_B [--rounds N] [--gap MS] [--x20] [--only cold|woken|warm]");
const rounds = Number(opt("--rounds", 10));
const gap = Number(opt("--gap", 1000));
const only = opt("--only", null);
const text = studyText(root, argv.includes("--x20"));

const up = () => execFileSync("uptime").toString().trim();

console.log(up());
const builds = [];
for (const d of dists) {
  const browser = await launchChromium(join(resolve(d), "test-chrome"));
  const { page } = await workerAndPage(browser);
  builds.push({ dist: d, browser, page });
}

async function stopWorker(browser) {
  const worker = await browser.targets().find(isWorker)?.worker().catch(() => null);
  await worker?.close().catch(() => {});
  const end = Date.now() + 5_000;
  while (Date.now() < end && browser.targets().some(isWorker)) await new Promise((r) => setTimeout(r, 20));
}

/** One first analysis after a stop: the worker's ms and the round trip's. */
async function first({ browser, page }, mode) {
  if (mode !== "warm") await stopWorker(browser);
  return page.evaluate(
    async (text, mode, gap) => {
      if (mode === "warm") await new Promise((r) => setTimeout(r, gap));
      if (mode === "woken") {
        await chrome.runtime.sendMessage({ type: "hello" });
        await new Promise((r) => setTimeout(r, gap));
      }
      const t0 = performance.now();
      const a = await chrome.runtime.sendMessage({ type: "engine/analyse", text, title: "" });
      if (!a?.ok) throw new Error(JSON.stringify(a));
      return { ms: a.ms, trip: performance.now() - t0, age: a.age };
    },
    text,
    mode,
    gap,
  );
}

try {
  for (const mode of ["cold", "woken", "warm"]) {
    if (only && !only.split(",").includes(mode)) continue;
    const got = builds.map(() => []);
    for (let r = 0; r < rounds; r++)
      for (const k of r % 2 ? [1, 0] : [0, 1]) got[k].push(await first(builds[k], mode));
    for (const [k, b] of builds.entries()) {
      const g = got[k];
      console.log(`${mode} ${"AB"[k]} ${b.dist}: n=${g.length} analysis ${median(g.map((x) => x.ms)).toFixed(1)} ms, round trip ${median(g.map((x) => x.trip)).toFixed(1)} ms, age ${median(g.map((x) => x.age)).toFixed(0)} ms  [${g.map((x) => x.trip.toFixed(0)).join(" ")}]`);
    }
  }
} finally {
  for (const b of builds) await b.browser.close();
}
console.log(up());
