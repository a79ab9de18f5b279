/**
 * `dramatis analyze [--url URL] FILE...` — one JSON line per file, in order (DESIGN.md, CLI).
 * HTML files (.html/.htm, optionally .gz) are read as pages, the article found first; any other
 * file is plain text analysed whole. A file that fails gives an error line and the run goes on.
 */
import { analyze, analyzeText } from "./engine/analyze";
import { pathToFileURL } from "node:url";
import { isHtmlFile, parseHtml, readTextFile } from "./node/page";

const USAGE = "usage: dramatis analyze [--url URL] FILE...\n  --url URL  the page address of the HTML file that follows it";

interface Job {
  file: string;
  url?: string;
}

function parseArgs(argv: string[]): Job[] | string {
  const [cmd, ...rest] = argv;
  if (cmd === "--help" || cmd === "-h") return USAGE;
  if (cmd !== "analyze") return `dramatis: unknown command ${JSON.stringify(cmd ?? "")}\n${USAGE}`;
  const jobs: Job[] = [];
  let url: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === "--url") {
      url = rest[++i];
      if (url === undefined) return `dramatis: --url needs a value\n${USAGE}`;
      continue;
    }
    if (a.startsWith("--url=")) {
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

function main(): number {
  const jobs = parseArgs(process.argv.slice(2));
  if (typeof jobs === "string") {
    process.stderr.write(jobs + "\n");
    return 2;
  }
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
    process.stdout.write(line + "\n");
  }
  return failed ? 1 : 0;
}

process.exitCode = main();
