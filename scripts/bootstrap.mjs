// Shared set-up for `npm test`, `npm start`, `npm run lint` and `npm run package`: make a fresh
// clone work with no manual steps, and make a prepared machine work offline.
//   ensureDependencies()  node_modules present and matching package-lock.json
//   ensureBrowsers([...]) Debian's chromium / firefox-esr (or CHROME_PATH / FIREFOX_PATH)
//   run(cmd, args)        spawn with inherited stdio, resolves to the exit code
// Every function prints what it does and why, so a failing CI log explains itself.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { accessSync, constants, existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const STAMP = join(root, "node_modules", ".dramatis-stamp");

/** Where builds go: $DRAMATIS_DIST (parallel runs never share a build) or dist/. */
export function distDir() {
  return process.env.DRAMATIS_DIST ? resolve(process.env.DRAMATIS_DIST) : join(root, "dist");
}

export function log(msg) {
  console.log(`\x1b[1mdramatis:\x1b[0m ${msg}`);
}

/** Runs a command with inherited stdio; resolves to its exit code (signals count as failure). */
export function run(cmd, args, options = {}) {
  return new Promise((ok) => {
    const child = spawn(cmd, args, { cwd: root, stdio: "inherit", ...options });
    child.on("error", (e) => {
      console.error(`dramatis: cannot run ${cmd}: ${e.message}`);
      ok(127);
    });
    child.on("exit", (code, signal) => ok(code ?? (signal ? 128 : 1)));
  });
}

/** A local binary from node_modules/.bin (so scripts never depend on a global install). */
export function bin(name) {
  return join(root, "node_modules", ".bin", name);
}

function lockHash() {
  const h = createHash("sha256");
  h.update(readFileSync(join(root, "package-lock.json")));
  h.update(readFileSync(join(root, "package.json")));
  return h.digest("hex");
}

/**
 * Every package the lockfile requires, at the version it pins, is in node_modules.
 * Optional packages are skipped: most are other platforms' binaries, and one optional
 * dependency of vite in the lockfile does not exist on the registry at all.
 */
function lockSatisfied() {
  let lock;
  try {
    lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8"));
  } catch {
    return { ok: false, why: "package-lock.json unreadable" };
  }
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    if (!path.startsWith("node_modules/") || entry.optional) continue;
    if (entry.link) continue;
    const pj = join(root, path, "package.json");
    if (!existsSync(pj)) return { ok: false, why: `${path} missing` };
    try {
      const { version } = JSON.parse(readFileSync(pj, "utf8"));
      if (entry.version && version !== entry.version) return { ok: false, why: `${path} is ${version}, lockfile wants ${entry.version}` };
    } catch {
      return { ok: false, why: `${path}/package.json unreadable` };
    }
  }
  return { ok: true, why: "" };
}

/**
 * node_modules present and matching the lockfile; otherwise `npm install`.
 * `npm ci` cannot be used: the lockfile names an optional dependency of vite that the registry
 * does not have, and `npm ci` refuses that where `npm install` skips it. The stamp (a hash of
 * package.json + package-lock.json) makes the common case a file read, and the full check
 * against the lockfile works with no network at all.
 */
export async function ensureDependencies() {
  const hash = lockHash();
  const haveModules = existsSync(join(root, "node_modules"));
  if (haveModules && existsSync(STAMP) && readFileSync(STAMP, "utf8").trim() === hash) return;
  if (haveModules) {
    const sat = lockSatisfied();
    if (sat.ok) {
      writeFileSync(STAMP, hash + "\n");
      return;
    }
    log(`node_modules is stale (${sat.why}); running npm install`);
  } else {
    log("node_modules missing; running npm install (needs the npm registry, about 20 s)");
  }
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const code = await run(npm, ["install", "--no-audit", "--no-fund"]);
  if (code !== 0) {
    if (haveModules) {
      log(`npm install failed (exit ${code}); going on with the node_modules already present`);
      return;
    }
    throw new BootstrapError(`npm install failed (exit ${code}); check the network/registry and run \`npm install --no-audit --no-fund\``);
  }
  const sat = lockSatisfied();
  if (!sat.ok) log(`warning: after npm install, ${sat.why}`);
  // npm install may rewrite the lockfile's formatting; hash what is there now
  writeFileSync(STAMP, lockHash() + "\n");
}

export class BootstrapError extends Error {}

const BROWSER = {
  chrome: { env: "CHROME_PATH", pkg: "chromium", paths: ["/usr/bin/chromium", "/usr/bin/chromium-browser"] },
  firefox: { env: "FIREFOX_PATH", pkg: "firefox-esr", paths: ["/usr/bin/firefox-esr", "/usr/bin/firefox"] },
};

function executable(p) {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The browser's path as the e2e harness will find it, or null. Same order as the harness. */
export function browserPath(name) {
  const b = BROWSER[name];
  const fromEnv = process.env[b.env];
  if (fromEnv) return executable(fromEnv) ? fromEnv : null;
  return b.paths.find(executable) ?? null;
}

/**
 * Chromium and/or Firefox ESR are installed. Missing ones are installed with apt-get when
 * running as root on Debian/Ubuntu; otherwise this throws with exactly what to do.
 * A CHROME_PATH/FIREFOX_PATH that points nowhere is an error, never silently replaced.
 */
export async function ensureBrowsers(names = ["chrome", "firefox"]) {
  const badEnv = names.filter((n) => process.env[BROWSER[n].env] && !browserPath(n));
  if (badEnv.length) {
    throw new BootstrapError(
      badEnv.map((n) => `${BROWSER[n].env}=${process.env[BROWSER[n].env]} is not an executable file`).join("\n") +
        "\nfix or unset it",
    );
  }
  const missing = names.filter((n) => !browserPath(n));
  if (!missing.length) return Object.fromEntries(names.map((n) => [n, browserPath(n)]));
  const pkgs = missing.map((n) => BROWSER[n].pkg);
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
  if (isRoot && hasApt) {
    log(`installing ${pkgs.join(" ")} with apt-get (about a minute; the same packages the tests were verified with)`);
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    let code = await run("apt-get", ["update"], { env });
    if (code === 0) code = await run("apt-get", ["install", "-y", ...pkgs], { env });
    if (code !== 0) throw new BootstrapError(`apt-get install ${pkgs.join(" ")} failed (exit ${code})`);
    const still = names.filter((n) => !browserPath(n));
    if (still.length) throw new BootstrapError(`apt-get finished but ${still.map((n) => BROWSER[n].pkg).join(", ")} is still not found`);
    return Object.fromEntries(names.map((n) => [n, browserPath(n)]));
  }
  const lines = [
    `missing browser${missing.length > 1 ? "s" : ""}: ${missing.map((n) => `${BROWSER[n].pkg} (looked for ${BROWSER[n].paths.join(", ")})`).join("; ")}`,
    "install them (Debian/Ubuntu):",
    `  sudo apt-get update && sudo apt-get install -y ${pkgs.join(" ")}`,
    "or point at existing browsers:",
    ...missing.map((n) => `  export ${BROWSER[n].env}=/path/to/${n === "chrome" ? "chromium-or-chrome" : "firefox"}`),
  ];
  if (!isRoot && hasApt) lines.push("(not running as root, so nothing was installed automatically)");
  throw new BootstrapError(lines.join("\n"));
}

/** Runs fn; a BootstrapError becomes a clean message and exit 1 instead of a stack trace. */
export async function main(fn) {
  try {
    const code = await fn();
    process.exit(typeof code === "number" ? code : 0);
  } catch (e) {
    if (e instanceof BootstrapError) {
      console.error(`dramatis: ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
}
