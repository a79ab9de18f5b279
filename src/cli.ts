/**
 * `dramatis analyze [--url URL] FILE...` — one JSON line per file, in order (DESIGN.md, CLI).
 * HTML files (.html/.htm, optionally .gz) are read as pages, the article found first; any other
 * file is plain text analysed whole. A file that fails gives an error line and the run goes on.
 */
import { analyze, analyzeText } from "./engine/analyze";
import { pathToFileURL } from "node:url";
import { isHtmlFile, parseHtml, readTextFile } from "./node/page";

const USAGE =
  "usage: dramatis analyze [--url URL] FILE...\n  --url URL  the page address of the HTML file that follows it\n  --         every argument after it is a file, even one starting with '-'";

interface Job {
  file: string;
  url?: string;
}

function parseArgs(argv: string[]): Job[] | string {
  const [cmd, ...rest] = argv;
  if (cmd !== "analyze") return `dramatis: unknown command ${JSON.stringify(cmd ?? "")}\n${USAGE}`;
  const jobs: Job[] = [];
  let url: string | undefined;
  let files = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (!files && a === "--") {
      files = true; // after "--" nothing is an option: a file may be named '-x' or '--url'
      continue;
    }
    if (!files && a === "--url") {
      url = rest[++i];
      if (url === undefined) return `dramatis: --url needs a value\n${USAGE}`;
      continue;
    }
    if (!files && a.startsWith("--url=")) {
      url = a.slice(6);
      continue;
    }
    jobs.push(url === undefined ? { file: a } : { file: a, url });
    url = undefined; // --url applies to one file only
  }
  if (!jobs.length) return `dramatis: no files given\n${USAGE}`;
  return jobs;
}

function analyseFile(job: Job): object {
  const content = readTextFile(job.file);
  if (!isHtmlFile(job.file)) return analyzeText(content);
  if (job.url !== undefined) {
    try {
      new URL(job.url);
    } catch {
      throw new Error(`not a valid URL: ${job.url}`);
    }
  }
  // without --url the page's address is its file: no evidence either way about its kind
  const url = job.url ?? pathToFileURL(job.file).href;
  return analyze(parseHtml(content, url), { url });
}

/** Set once stdout's reader has gone (`dramatis analyze … | head -1`). */
let readerGone = false;

/** Writes one line; waits while the pipe is full, so a slow reader never makes the lines pile up
 *  in memory, and comes back at once if the reader has gone. */
function writeLine(line: string): Promise<void> {
  if (readerGone || process.stdout.write(line + "\n")) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      process.stdout.off("drain", done);
      process.stdout.off("close", done);
      resolve();
    };
    process.stdout.on("drain", done);
    process.stdout.on("close", done);
  });
}

async function main(): Promise<number> {
  if (process.argv[2] === "--help" || process.argv[2] === "-h") {
    process.stdout.write(USAGE + "\n"); // asked for: not an error
    return 0;
  }
  const jobs = parseArgs(process.argv.slice(2));
  if (typeof jobs === "string") {
    process.stderr.write(jobs + "\n");
    return 2;
  }
  // A reader that stops early (head, a closed pager) is not an error of ours: no EPIPE stack
  // trace, and no point analysing files nobody will read.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    readerGone = true;
  });
  let failed = false;
  for (const job of jobs) {
    let line: string;
    try {
      line = JSON.stringify({ file: job.file, ...analyseFile(job) });
    } catch (e) {
      failed = true;
      const reason = e instanceof Error ? e.message : String(e);
      line = JSON.stringify({ file: job.file, error: reason });
    }
    await writeLine(line);
    // lets a closed pipe's error arrive before the next file is analysed
    await new Promise((resolve) => setImmediate(resolve));
    if (readerGone) break;
  }
  return failed ? 1 : 0;
}

void main().then((code) => {
  process.exitCode = code;
});
