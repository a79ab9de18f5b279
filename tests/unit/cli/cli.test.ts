// @vitest-environment node
/**
 * The `dramatis analyze` command on files a user really has lying around: empty, binary,
 * truncated, a directory, missing, Latin-1 or UTF-16 text, a name starting with '-', and a
 * reader that stops early. The CLI is built from src/ with esbuild and run as a process, as a
 * user runs it (DESIGN.md, CLI): one JSON line per file in order, an error line for a file that
 * fails while the others are still analysed, exit status 1 if any failed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import * as esbuild from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "../../..");
const SAID = 'Angela Merkel said "we will manage this" on Tuesday. Merkel added more.';
let dir: string;
let cli: string;

/** Runs the CLI in `dir`; stdout as its JSON lines. */
function run(...args: string[]): { code: number | null; lines: Record<string, unknown>[]; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: "utf8", timeout: 60_000 });
  const lines = r.stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
  return { code: r.status, lines, stderr: r.stderr };
}

beforeAll(async () => {
  // inside node_modules so the bundle's external jsdom resolves as it does from dist/cli
  const cache = join(root, "node_modules/.cache");
  mkdirSync(cache, { recursive: true });
  const out = mkdtempSync(join(cache, "dramatis-cli-test-"));
  cli = join(out, "dramatis.mjs");
  await esbuild.build({
    entryPoints: [join(root, "src/cli.ts")],
    outfile: cli,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    define: { __BROWSER__: '"node"', __TEST_BUILD__: "false" },
    logLevel: "silent",
  });
  dir = mkdtempSync(join(out, "files-"));
  writeFileSync(join(dir, "good.txt"), SAID);
  writeFileSync(join(dir, "-dash.txt"), SAID);
  writeFileSync(join(dir, "empty.txt"), "");
  // a PNG's first bytes: what `dramatis analyze *` meets next to the articles
  writeFileSync(join(dir, "photo.html"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  const page = `<html><body><p>${SAID}</p></body></html>`;
  writeFileSync(join(dir, "cut.html.gz"), gzipSync(page).subarray(0, 30));
  mkdirSync(join(dir, "folder.html"));
  writeFileSync(join(dir, "latin1.txt"), Buffer.from("Fran\xe7ois Hollande said \xabnon\xbb on Monday.", "latin1"));
  writeFileSync(
    join(dir, "latin1.html"),
    Buffer.from(`<html><head><meta charset="iso-8859-1"></head><body><p>Caf\xe9 owner ${SAID}</p></body></html>`, "latin1"),
  );
  writeFileSync(join(dir, "utf16.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAID, "utf16le")]));
  writeFileSync(join(dir, "utf16.html"), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(page, "utf16le").swap16()]));
  // a UTF-8 page that still declares the encoding it was saved from: the bytes decide
  writeFileSync(join(dir, "resaved.html"), `<html><head><meta charset="windows-1252"></head><body><p>Café owner ${SAID}</p></body></html>`);
}, 60_000);

afterAll(() => {
  if (cli) rmSync(dirname(cli), { recursive: true, force: true });
});

describe("dramatis analyze on bad input", () => {
  it("gives each bad file a clear error line and still analyses the good ones, in order, exit 1", () => {
    const r = run("analyze", "good.txt", "photo.html", "cut.html.gz", "folder.html", "missing.txt", "empty.txt", "good.txt");
    expect(r.code).toBe(1);
    expect(r.lines.map((l) => l.file)).toEqual(["good.txt", "photo.html", "cut.html.gz", "folder.html", "missing.txt", "empty.txt", "good.txt"]);
    const errors = Object.fromEntries(r.lines.filter((l) => "error" in l).map((l) => [l.file, l.error]));
    expect(errors).toEqual({
      "photo.html": expect.stringMatching(/^binary data/),
      "cut.html.gz": expect.stringMatching(/^not a complete gzip file/),
      "folder.html": "is a directory, not a file",
      "missing.txt": expect.stringMatching(/no such file/),
    });
    // an empty file is an empty text, not an error
    expect(r.lines[5]).toMatchObject({ text: "", people: [], quotes: [] });
    for (const i of [0, 6]) expect(r.lines[i]).toMatchObject({ text: SAID, people: [{ name: "Angela Merkel" }] });
  });

  it("reads Latin-1 and UTF-16 files as their characters, not U+FFFD noise", () => {
    const r = run("analyze", "latin1.txt", "latin1.html", "utf16.txt", "utf16.html", "resaved.html");
    expect(r.code).toBe(0);
    const [latinText, latinPage, utf16Text, utf16Page, resaved] = r.lines;
    expect(latinText!.text).toBe("François Hollande said «non» on Monday.");
    expect(latinPage!.text).toContain("Café owner Angela Merkel");
    // a text file's text is its content exactly: the byte-order mark stays, as for UTF-8 files
    expect(utf16Text!.text).toBe("\ufeff" + SAID);
    expect(utf16Text).toMatchObject({ people: [{ name: "Angela Merkel" }], quotes: [{ text: "we will manage this" }] });
    expect(utf16Page!.text).toBe(SAID);
    expect(resaved!.text).toContain("Café owner");
  });

  it("takes every argument after -- as a file, even one named like an option", () => {
    const r = run("analyze", "--", "-dash.txt", "--url");
    expect(r.lines.map((l) => l.file)).toEqual(["-dash.txt", "--url"]);
    expect(r.lines[0]).toMatchObject({ text: SAID });
    expect(r.lines[1]!.error).toMatch(/no such file/);
    expect(r.code).toBe(1);
  });

  it("refuses a malformed --url for its file only", () => {
    writeFileSync(join(dir, "page.html"), `<html><body><p>${SAID}</p></body></html>`);
    const r = run("analyze", "--url", "not a url", "page.html", "page.html");
    expect(r.lines[0]).toEqual({ file: "page.html", error: "not a valid URL: not a url" });
    expect(r.lines[1]).toMatchObject({ file: "page.html", people: [{ name: "Angela Merkel" }] });
    expect(r.code).toBe(1);
  });

  it("stops quietly when its reader goes away (| head -1): no EPIPE stack trace", async () => {
    const files = Array.from({ length: 400 }, () => "good.txt");
    const child = spawn(process.execPath, [cli, "analyze", ...files], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    // read the first line, then close the pipe as head does
    await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });
});
