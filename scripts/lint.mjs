#!/usr/bin/env node
// `npm run lint`: three checks, each run even when an earlier one fails, zero tolerance:
//   1. tsc --noEmit -p .             type errors
//   2. eslint . --max-warnings 0     eslint.config.js (eslint + typescript-eslint recommended)
//   3. web-ext lint on the Firefox build (built first into $DRAMATIS_DIST or dist/):
//      errors AND warnings fail, read from its JSON output because its exit status
//      ignores warnings. Notices are printed and do not fail.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { bin, distDir, ensureDependencies, log, main, root, run } from "./bootstrap.mjs";

/** Runs a command and captures stdout (stderr passes through) for tools whose output we parse. */
function capture(cmd, args, env) {
  return new Promise((ok) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("error", (e) => ok({ code: 127, out: "", error: e.message }));
    child.on("exit", (code) => ok({ code: code ?? 1, out }));
  });
}

async function webExtLint(env) {
  const dist = distDir();
  log(`building the extension into ${dist}`);
  const built = await run(process.execPath, [join(root, "scripts/build.mjs")], { env });
  if (built !== 0) return { ok: false, detail: `build failed (exit ${built})` };
  const src = join(dist, "firefox");
  log(`web-ext lint --source-dir ${src}`);
  const { code, out, error } = await capture(bin("web-ext"), ["lint", "--source-dir", src, "--output=json", "--no-config-discovery"], env);
  if (error) return { ok: false, detail: `cannot run web-ext: ${error}` };
  // web-ext may print a line before the JSON; the report is the last {...} block
  const start = out.indexOf("{");
  let report;
  try {
    report = JSON.parse(out.slice(start));
  } catch {
    process.stdout.write(out);
    return { ok: false, detail: `web-ext lint exited ${code} without a JSON report` };
  }
  for (const kind of ["errors", "warnings", "notices"]) {
    for (const m of report[kind] ?? []) {
      console.log(`  ${kind.slice(0, -1)} ${m.code} ${m.file ?? ""}${m.line ? `:${m.line}` : ""}: ${m.message}`);
      if (m.description) console.log(`      ${String(m.description).replace(/\s+/g, " ").slice(0, 300)}`);
    }
  }
  const { errors = 0, warnings = 0, notices = 0 } = report.summary ?? {};
  const detail = `${errors} errors, ${warnings} warnings, ${notices} notices`;
  return { ok: errors === 0 && warnings === 0 && code === 0, detail };
}

await main(async () => {
  await ensureDependencies();
  const env = { ...process.env, NO_UPDATE_NOTIFIER: "1" };
  const results = [];

  log("tsc --noEmit -p .");
  const tsc = await run(bin("tsc"), ["--noEmit", "-p", "."], { env });
  results.push(["tsc", tsc === 0, tsc === 0 ? "clean" : `exit ${tsc}`]);

  log("eslint . --max-warnings 0");
  const eslint = await run(bin("eslint"), [".", "--max-warnings", "0"], { env });
  results.push(["eslint", eslint === 0, eslint === 0 ? "clean" : `exit ${eslint}`]);

  const wx = await webExtLint(env);
  results.push(["web-ext lint", wx.ok, wx.detail]);

  console.log("");
  for (const [name, ok, detail] of results) console.log(`  ${ok ? "✓" : "✗"} ${name}: ${detail}`);
  const failed = results.filter(([, ok]) => !ok).length;
  console.log(failed ? `lint: ${failed} of ${results.length} checks failed` : "lint: all clean");
  return failed ? 1 : 0;
});
