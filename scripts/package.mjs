#!/usr/bin/env node
// `npm run package`: store-ready zips of the release build.
//   web-ext-artifacts/dramatis-chrome-<version>.zip   (Chrome Web Store upload)
//   web-ext-artifacts/dramatis-firefox-<version>.zip  (addons.mozilla.org upload)
// Both are made by `web-ext build`, which zips a folder with the manifest at the root and
// leaves out dotfiles; it never looks at browser-specific keys, so it serves Chrome as well and
// no `zip` binary is needed. Test builds (dist/test-*) are never packaged: they expose the
// popup to web pages.
import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { bin, distDir, ensureDependencies, log, main, root, run } from "./bootstrap.mjs";

await main(async () => {
  await ensureDependencies();
  const env = { ...process.env, NO_UPDATE_NOTIFIER: "1" };
  const dist = distDir();
  log(`building the release extension into ${dist}`);
  const built = await run(process.execPath, [join(root, "scripts/build.mjs")], { env });
  if (built !== 0) return built;

  const artifacts = join(root, "web-ext-artifacts");
  const out = [];
  for (const browser of ["chrome", "firefox"]) {
    const src = join(dist, browser);
    // the version users see is the built manifest's, which is the one the stores read
    const { version } = JSON.parse(readFileSync(join(src, "manifest.json"), "utf8"));
    const file = `dramatis-${browser}-${version}.zip`;
    rmSync(join(artifacts, file), { force: true });
    const code = await run(
      bin("web-ext"),
      ["build", "--source-dir", src, "--artifacts-dir", artifacts, "--filename", file, "--overwrite-dest", "--no-config-discovery"],
      { env },
    );
    const path = join(artifacts, file);
    if (code !== 0 || !existsSync(path)) {
      console.error(`dramatis: web-ext build for ${browser} failed (exit ${code})`);
      return 1;
    }
    out.push(`${path} (${(statSync(path).size / 1024).toFixed(0)} KB)`);
  }
  console.log("");
  for (const p of out) console.log(`  ${p}`);
  return 0;
});
