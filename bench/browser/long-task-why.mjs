#!/usr/bin/env node
// What is in our longest task on a page: each load is traced (Chromium's timeline and its CPU
// profiler's samples); the longest task that ran any content script of ours is taken apart into
// the timeline events inside it (script, style, layout, GC, compile; wall and thread time) and the
// profiler's samples in it, by the function on top of the stack and by our outermost function.
//   node bench/browser/long-task-why.mjs DIST PAGE [PAGE...] [--loads 3] [--top 12]
// PAGE is a WCXB path such as dev-articles/0058 or dev-other/4401. Build DIST readable
// (`DRAMATIS_READABLE=1 DRAMATIS_DIST=DIR node scripts/build.mjs --test`) to read our functions'
// names; minified names are ones the build chose.
import { join, resolve } from "node:path";
import { launchChromium, serveWcxb } from "../page-safety.mjs";
import { TRACE_CATEGORIES } from "./trace-cpu.mjs";

const argv = process.argv.slice(2);
const opt = (name, d) => (argv.includes(`--${name}`) ? Number(argv[argv.indexOf(`--${name}`) + 1]) : d);
const [dist, ...rest] = argv.filter((a, i) => !a.startsWith("--") && !argv[i - 1]?.startsWith("--"));
if (!dist || !rest.length) throw new Error("usage: long-task-why.mjs DIST PAGE [PAGE...] [--loads N]");
const loads = opt("loads", 3);
const top = opt("top", 12);
const server = await serveWcxb(resolve(import.meta.dirname, "../../../shared/data/wcxb"));
const browser = await launchChromium(join(resolve(dist), "test-chrome"));
const ours = (url) => /chrome-extension:\/\/[^/]*\/content[-a-z]*\.js/.test(url ?? "");

async function trace(url) {
  const page = await browser.newPage();
  await page.tracing.start({ categories: [...TRACE_CATEGORIES, "disabled-by-default-v8.cpu_profiler", "blink"] });
  await page.goto(url, { waitUntil: "load" }).catch(() => {});
  await new Promise((r) => setTimeout(r, 1500));
  const json = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
  await page.close();
  return json.traceEvents ?? json;
}

function samplesOf(events) {
  // the profiler's samples: [{ts, pid, tid, stack: callFrame[] (innermost first)}]
  const out = [];
  const profiles = new Map();
  for (const e of events) {
    if (e.name === "Profile") profiles.set(`${e.pid}:${e.id}`, { t: e.args.data.startTime, nodes: new Map(), tid: e.tid });
    if (e.name !== "ProfileChunk") continue;
    const p = profiles.get(`${e.pid}:${e.id}`);
    if (!p) continue;
    const cp = e.args.data.cpuProfile ?? {};
    for (const n of cp.nodes ?? []) p.nodes.set(n.id, n);
    const deltas = e.args.data.timeDeltas ?? [];
    (cp.samples ?? []).forEach((id, i) => {
      p.t += deltas[i] ?? 0;
      const stack = [];
      for (let n = p.nodes.get(id); n; n = p.nodes.get(n.parent)) stack.push(n.callFrame);
      out.push({ ts: p.t, pid: e.pid, tid: p.tid, stack });
    });
  }
  return out;
}

/** The gate's steps, first match wins (a step's functions are on the stack of its samples). */
const PHASES = [
  ["language", ["articleReadsAsEnglish"]],
  ["send", ["sendAnalysis"]],
  ["connect", ["connect"]],
  ["index", ["startTextIndex", "requestAnalysis", "addText"]],
  ["prep", ["detectTheme", "rehearse", "noEditableIn", "assignSlots", "rootsOf"]],
  ["paint", ["startPaint", "readReply", "collectTargets"]],
  ["locate", ["locate"]],
  ["measure", ["startMeasure", "enter"]],
  ["look", ["lookVerdict"]],
];
const name = (f) => `${f.functionName || "(anon)"}${ours(f.url) ? `@${f.url.split("/").pop()}:${f.lineNumber + 1}` : ""}`;
const fmt = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => `${k} ${v}`).join(", ");

try {
  for (const p of rest) {
    const url = `${server.origin}/${p}.html`;
    for (let l = 0; l < loads; l++) {
      const events = await trace(url);
      const tasks = events.filter((t) => t.name === "RunTask" && t.ph === "X");
      const script = events.filter((e) => e.ph === "X" && ["EvaluateScript", "FunctionCall", "TimerFire", "EventDispatch", "v8.evaluateModule", "v8.compileModule"].includes(e.name) && ours(JSON.stringify(e.args ?? {})));
      let best = null;
      for (const e of script) {
        const t = tasks.filter((x) => x.tid === e.tid && x.pid === e.pid && x.ts <= e.ts && x.ts + x.dur >= e.ts + e.dur).sort((a, b) => b.dur - a.dur)[0];
        if (t && (!best || t.dur > best.dur)) best = t;
      }
      if (!best) {
        console.log(`${p} load ${l + 1}: none of our code ran`);
        continue;
      }
      const inTask = (e) => e.tid === best.tid && e.pid === best.pid && e.ts >= best.ts && e.ts <= best.ts + best.dur;
      // timeline events inside, by name (nested ones counted inside their parents too)
      const byName = new Map();
      for (const e of events) if (e.ph === "X" && e !== best && inTask(e)) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
      const kinds = [...byName].filter(([, v]) => v >= 0.5).sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(", ");
      const topFn = new Map();
      const phase = new Map();
      const other = new Map();
      const outer = new Map();
      let n = 0;
      for (const s of samplesOf(events)) {
        if (s.pid !== best.pid || s.tid !== best.tid || s.ts < best.ts || s.ts > best.ts + best.dur) continue;
        n++;
        const f = s.stack[0];
        const k = f ? name(f) : "?";
        topFn.set(k, (topFn.get(k) ?? 0) + 1);
        const mine = s.stack.filter((c) => ours(c.url));
        // the gate's steps, by a function of theirs on the stack (test builds keep these names
        // only when built readable)
        const names = new Set(mine.map((c) => c.functionName));
        const step = mine.length === 0 ? (f?.functionName === "(garbage collector)" ? "gc" : "not ours") : (PHASES.find(([, fns]) => fns.some((x) => names.has(x)))?.[0] ?? "other ours");
        phase.set(step, (phase.get(step) ?? 0) + 1);
        if (step === "other ours") {
          const k = mine.slice(-4).map(name).join(" > ");
          other.set(k, (other.get(k) ?? 0) + 1);
        }
        // our function nearest the top (innermost) and the one it was called from, for context
        const inner = mine.slice(0, 3).map(name).join(" < ");
        outer.set(inner || "(not ours)", (outer.get(inner || "(not ours)") ?? 0) + 1);
      }
      console.log(`${p} load ${l + 1}: task ${(best.dur / 1000).toFixed(1)} ms (cpu ${((best.tdur ?? best.dur) / 1000).toFixed(1)}); events ${kinds}`);
      console.log(`  steps: ${fmt(phase)}`);
      if (other.size) console.log(`  other ours, outermost first: ${fmt(other)}`);
      console.log(`  samples ${n}; top of stack: ${fmt(topFn)}`);
      console.log(`  our innermost frames: ${fmt(outer)}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
