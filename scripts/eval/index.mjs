#!/usr/bin/env node
// `npm run eval`: scores the engine on the development data in ../shared/data.
//
// PART API (for everyone adding a scorer): drop a file in scripts/eval/parts/NAME.mjs that
//   export async function run(ctx) { ... }
// Parts run one after another, sorted by file name. ctx is:
//   ctx.dataDir   absolute path of ../shared/data (exists when parts run)
//   ctx.lib       the built engine, `await import("dist/lib/index.js")` (analyze, analyzeText, …)
//   ctx.jsdom     the JSDOM class from "jsdom"
//   ctx.root      absolute path of the repository
//   ctx.args      the remaining command-line arguments (after --only NAME is removed)
//   ctx.log(line) prints one line, prefixed with the part's name
//   ctx.table(rows)  prints an array of plain objects as an aligned table (keys = columns;
//                 numbers are shown with 3 decimals)
//   ctx.readPage(file) reads a .html or .html.gz file and returns its text
//   ctx.parse(html, url) a JSDOM of the page as the CLI parses it: no scripts, no resource
//                 loading, page console silenced (call dom.window.close() when done)
// A part that throws is reported and the run continues; the exit status is then 1.
// `npm run eval -- --only NAME` runs one part (NAME = the file name without .mjs).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";
import { JSDOM, VirtualConsole } from "jsdom";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const dataDir = resolve(root, "../shared/data");

export function formatTable(rows) {
  if (!rows.length) return "";
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v) => (typeof v === "number" ? (Number.isInteger(v) ? String(v) : v.toFixed(3)) : v == null ? "" : String(v));
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (vals) => vals.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join("  ");
  return [line(cols), line(widths.map((w) => "-".repeat(w))), ...rows.map((r) => line(cols.map((c) => cell(r[c]))))].join("\n");
}

export function parse(html, url = "https://example.com/") {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
}

export function readPage(file) {
  const buf = readFileSync(file);
  return (file.endsWith(".gz") ? gunzipSync(buf) : buf).toString("utf8");
}

/** Runs every part in `partsDir` with a ctx built by `extra(ctx)`; shared by eval and bench. */
export async function runParts({ name, partsDir, libPath, extra = () => ({}) }) {
  if (!existsSync(dataDir)) {
    console.log(`npm run ${name}: ../shared/data not found (the development data sets are not in this clone)`);
    return 0;
  }
  const argv = process.argv.slice(2);
  let only = null;
  const i = argv.indexOf("--only");
  if (i >= 0) {
    only = argv[i + 1] ?? null;
    argv.splice(i, 2);
  }
  const lib = await import(pathToFileURL(libPath).href);
  const parts = readdirSync(partsDir)
    .filter((f) => f.endsWith(".mjs"))
    .sort()
    .filter((f) => !only || f === `${only}.mjs`);
  if (only && !parts.length) {
    console.error(`npm run ${name}: no part named ${only} in ${partsDir}`);
    return 1;
  }
  let status = 0;
  for (const file of parts) {
    const part = file.replace(/\.mjs$/, "");
    const ctx = {
      dataDir,
      root,
      lib,
      jsdom: JSDOM,
      args: argv,
      log: (line) => console.log(`[${part}] ${line}`),
      table: (rows) => console.log(formatTable(rows)),
      readPage,
      parse: (html, url) => lib.parsePage(html, url),
    };
    Object.assign(ctx, extra(ctx));
    console.log(`\n== ${name}: ${part} ==`);
    try {
      const mod = await import(pathToFileURL(join(partsDir, file)).href);
      if (typeof mod.run !== "function") throw new Error(`${file} exports no run(ctx)`);
      await mod.run(ctx);
    } catch (err) {
      status = 1;
      console.error(`[${part}] failed: ${err?.stack ?? err}`);
    }
  }
  return status;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = await runParts({
    name: "eval",
    partsDir: join(root, "scripts/eval/parts"),
    // `npm run eval` builds into DRAMATIS_DIST when it is set (scripts/build.mjs): read that build,
    // not a stale dist/ beside it
    libPath: join(process.env.DRAMATIS_DIST ? resolve(process.env.DRAMATIS_DIST) : join(root, "dist"), "lib/index.js"),
  });
}
