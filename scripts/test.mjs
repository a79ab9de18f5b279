#!/usr/bin/env node
// `npm test`: every test, unit and end-to-end, in Chromium and Firefox, from a fresh clone.
//   1. dependencies and browsers (scripts/bootstrap.mjs)
//   2. the test build (scripts/build.mjs --test) into $DRAMATIS_DIST or dist/
//   3. unit tests (vitest.config.ts), then end-to-end tests (vitest.e2e.config.ts) — the second
//      runs even when the first fails, so one run shows every failure
//   4. one summary line, "N passed, N failed", counted from vitest's JSON reports; exit 1 if
//      anything failed, including a file that could not load or a build that broke.
// Extra arguments are passed to both vitest runs (e.g. a name filter: `npm test -- -t smoke`).
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bin, distDir, ensureBrowsers, ensureDependencies, log, main, root, run } from "./bootstrap.mjs";

/** Counts from one vitest JSON report; a missing/broken report is one failure, never a pass. */
function countReport(file, phase) {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0, notes: [`${phase}: vitest wrote no report (it crashed or did not start)`] };
  let r;
  try {
    r = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    return { passed: 0, failed: 1, skipped: 0, notes: [`${phase}: unreadable vitest report: ${e.message}`] };
  }
  const notes = [];
  let failed = r.numFailedTests ?? 0;
  // A test file that fails to import or whose hooks throw has no failed test, only a failed file.
  for (const f of r.testResults ?? []) {
    const rel = f.name?.startsWith(root) ? f.name.slice(root.length + 1) : f.name;
    const failedHere = (f.assertionResults ?? []).filter((a) => a.status === "failed");
    if (f.status === "failed" && failedHere.length === 0) {
      failed += 1;
      notes.push(`${phase}: ${rel} failed outside any test: ${(f.message ?? "").split("\n")[0].slice(0, 200)}`);
    }
    for (const a of failedHere) notes.push(`${phase}: ${rel} › ${a.fullName ?? a.title}`);
  }
  return {
    passed: r.numPassedTests ?? 0,
    failed,
    skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
    notes,
  };
}

async function vitest(phase, config, reportDir, extra, env) {
  const report = join(reportDir, `${phase}.json`);
  log(`${phase} tests (${config})`);
  // A filter given to `npm test -- …` usually matches files of only one kind; the other run
  // finding nothing is fine then (a filter matching nothing at all still fails: 0 passed).
  const filter = extra.length ? ["--passWithNoTests", ...extra] : [];
  const code = await run(bin("vitest"), ["run", "--config", config, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...filter], { env });
  const counts = countReport(report, phase);
  // vitest failing with every test green (e.g. an unhandled error between tests) is a failure too
  if (code !== 0 && counts.failed === 0) {
    counts.failed = 1;
    counts.notes.push(`${phase}: vitest exited ${code} although no test failed (unhandled error, or no test files found)`);
  }
  return counts;
}

await main(async () => {
  const started = Date.now();
  const extra = process.argv.slice(2);
  await ensureDependencies();
  const browsers = await ensureBrowsers(["chrome", "firefox"]);
  log(`browsers: ${browsers.chrome}, ${browsers.firefox}`);

  const dist = distDir();
  // the harness and build both read DRAMATIS_DIST; pin it so they agree
  const env = { ...process.env, DRAMATIS_DIST: dist, CHROME_PATH: browsers.chrome, FIREFOX_PATH: browsers.firefox, NO_UPDATE_NOTIFIER: "1" };
  log(`building the test extension into ${dist}`);
  const buildCode = await run(process.execPath, [join(root, "scripts/build.mjs"), "--test"], { env });

  const reportDir = mkdtempSync(join(tmpdir(), "dramatis-test-"));
  const results = [];
  try {
    results.push(["unit", await vitest("unit", "vitest.config.ts", reportDir, extra, env)]);
    if (buildCode === 0) {
      results.push(["e2e", await vitest("e2e", "vitest.e2e.config.ts", reportDir, extra, env)]);
    } else {
      results.push(["e2e", { passed: 0, failed: 1, skipped: 0, notes: [`build: scripts/build.mjs --test exited ${buildCode}; end-to-end tests not run`] }]);
    }
  } finally {
    rmSync(reportDir, { recursive: true, force: true });
  }

  const total = { passed: 0, failed: 0, skipped: 0 };
  const notes = [];
  for (const [, c] of results) {
    total.passed += c.passed;
    total.failed += c.failed;
    total.skipped += c.skipped;
    notes.push(...c.notes);
  }
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  console.log("");
  if (notes.length) {
    console.log("Failures:");
    for (const n of notes) console.log(`  ✗ ${n}`);
  }
  const per = results.map(([p, c]) => `${p} ${c.passed}/${c.failed}${c.skipped ? `/${c.skipped} skipped` : ""}`).join(", ");
  console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""} (${per}; ${minutes} min)`);
  if (total.passed === 0) console.log("no test passed: nothing ran, which counts as a failure");
  return total.failed > 0 || total.passed === 0 ? 1 : 0;
});
