// `npm run eval` part "people" (issue 4): PER exact-span P/R/F1 of findPeople() mentions on
// CoNLL-2003 valid (each document detokenised, offsets kept), the reference article against
// seed/expected.json, and compromise's people() scored the same way in the same run.
// Runnable alone: `node scripts/eval/parts/people.mjs` (after nothing: it bundles the engine
// itself, so it does not depend on what dist/lib exports).
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(here, "../../..");

/** The engine's matchers bundled from source into a temp module (one esbuild call, ~100 ms). */
export async function loadMatchers(root = ROOT) {
  return import(pathToFileURL(await bundleMatchers(root)).href);
}

/** Writes the matchers bundle to a temp file and returns its path (the bench's cold-start probe
 *  imports it in fresh processes). */
export async function bundleMatchers(root = ROOT) {
  const esbuild = await import("esbuild");
  const entry = `export { findPeople } from "./src/engine/people";
export { findEntities } from "./src/engine/entities";
export { findQuotes } from "./src/engine/quotes";
export { analyzeText } from "./src/engine/analyze";
export { tokenize } from "./src/engine/people/tokens";
export { warmTagger } from "./src/engine/people/tagger";
export { firstLook } from "./src/engine/article/first-look";`;
  const out = join(mkdtempSync(join(tmpdir(), "dramatis-eval-")), "matchers.mjs");
  await esbuild.build({
    stdin: { contents: entry, resolveDir: root, loader: "ts" },
    bundle: true,
    format: "esm",
    platform: "neutral",
    outfile: out,
    logLevel: "error",
    define: { __BROWSER__: '"node"', __TEST_BUILD__: "false" },
  });
  return out;
}

// ---------- CoNLL documents as text with gold spans ----------
const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}]|'s|'S|n't|'re|'ve|'ll|'d|'m|')$/;
const NO_SPACE_AFTER = /^[([{$]$/;

/** Fallback reader, used only when the shared scripts/eval/conll.mjs ("ner") is absent. */
function readConllLocal(path) {
  const docs = [];
  let sents = null;
  let sent = [];
  const endSent = () => {
    if (sent.length) (sents ??= []).push(sent);
    sent = [];
  };
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (line.startsWith("-DOCSTART-")) {
      endSent();
      if (sents) docs.push(sents);
      sents = [];
    } else if (!line.trim()) endSent();
    else {
      const p = line.split(" ");
      sent.push({ word: p[0], tag: p[p.length - 1] });
    }
  }
  endSent();
  if (sents?.length) docs.push(sents);
  return docs.map((doc) => {
    let text = "";
    const entities = [];
    for (const s of doc) {
      if (text) text += "\n"; // one sentence a line, as the headline/dateline/body lines of a wire story
      let prev = null;
      let open = null;
      let inQuote = false;
      for (const t of s) {
        let space = prev !== null && !NO_SPACE_BEFORE.test(t.word) && !NO_SPACE_AFTER.test(prev);
        if (t.word === '"') {
          if (inQuote) space = false;
          inQuote = !inQuote;
        } else if (prev === '"' && inQuote) space = false;
        if (space) text += " ";
        const start = text.length;
        text += t.word;
        const [bio, type] = t.tag.split("-");
        if (bio === "B" || (bio === "I" && open?.type !== type)) entities.push((open = { start, end: text.length, type }));
        else if (bio === "I") open.end = text.length;
        else open = null;
        prev = t.word;
      }
    }
    return { text, entities };
  });
}

/** [{text, entities:[{start,end,type}]}] for a CoNLL file: the shared detokeniser if present. */
export async function readConll(root, file) {
  const shared = join(root, "scripts/eval/conll.mjs");
  if (existsSync(shared)) {
    const mod = await import(pathToFileURL(shared).href);
    const fn = mod.readConllDocuments ?? mod.readConll ?? mod.loadConll;
    if (typeof fn === "function") {
      const docs = await fn(file);
      if (Array.isArray(docs) && docs[0] && typeof docs[0].text === "string" && Array.isArray(docs[0].entities)) return docs;
    }
  }
  return readConllLocal(file);
}

// ---------- scoring ----------
export function prf(tp, fp, fn) {
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return { tp, fp, fn, P: p, R: r, F1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Exact-span scores of predicted spans (per doc) against gold spans of `type`. */
export function scoreSpans(docs, predict, type) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const d of docs) {
    const gold = new Set(d.entities.filter((e) => e.type === type).map((e) => `${e.start}:${e.end}`));
    const pred = new Set(predict(d.text).map((s) => `${s.start}:${s.end}`));
    for (const k of pred) {
      if (gold.has(k)) tp++;
      else fp++;
    }
    for (const k of gold) if (!pred.has(k)) fn++;
  }
  return prf(tp, fp, fn);
}

/** compromise's matches as spans; trailing punctuation and possessives trimmed (to be fair). */
export function compromiseSpans(nlp, text, method) {
  const out = [];
  for (const m of nlp(text)[method]().json({ offset: true })) {
    let { start, length } = m.offset;
    let s = text.slice(start, start + length);
    const trimmed = s.replace(/(?:['’]s?)?[^\p{L}\p{N}.]*$/u, "").replace(/(?<=\p{L}{2})\.$/u, "");
    const lead = trimmed.length - trimmed.replace(/^[^\p{L}\p{N}]+/u, "").length;
    if (trimmed.length - lead > 0) out.push({ start: start + lead, end: start + trimmed.length });
  }
  return out;
}

// ---------- the reference article ----------
export function checkReference(people, text, expected) {
  const has = (name, word) => name.split(/\s+/).includes(word);
  const rows = [];
  let ok = true;
  for (const e of expected.people) {
    const hits = people.filter((p) => e.match.some((w) => has(p.name, w)));
    const role = hits[0]?.role ?? null;
    const roleOk = e.role === null ? role === null : e.role.includes(role);
    if (hits.length !== 1 || !roleOk) ok = false;
    rows.push({ expected: e.name, entries: hits.length, found: hits.map((p) => p.name).join(" | "), role: role ?? "null", roleOk: roleOk ? "yes" : "NO" });
  }
  const allowed = (name) =>
    expected.people.some((e) => e.match.some((w) => has(name, w))) || expected.optional_people.some((o) => o.toLowerCase() === name.toLowerCase());
  const outside = people.filter((p) => !allowed(p.name)).map((p) => p.name);
  const notPeople = people.filter((p) => p.aliases.some((a) => expected.not_people.includes(a)) || expected.not_people.includes(p.name)).map((p) => p.name);
  if (outside.length || notPeople.length) ok = false;
  return { ok, rows, outside, notPeople };
}

export async function run(ctx) {
  const root = ctx?.root ?? ROOT;
  const dataDir = ctx?.dataDir ?? resolve(root, "../shared/data");
  const log = ctx?.log ?? console.log;
  const table = ctx?.table ?? ((rows) => console.table(rows));
  const m = await loadMatchers(root);
  const nlp = (await import("compromise")).default;

  // 1. CoNLL-2003 valid, PER exact span
  const conll = join(dataDir, "conll2003/valid.txt");
  if (!existsSync(conll)) log("conll2003/valid.txt not found: CoNLL scores skipped");
  else {
    const docs = await readConll(root, conll);
    const t0 = performance.now();
    const ours = scoreSpans(docs, (t) => m.findPeople(t).flatMap((p) => p.mentions), "PER");
    const tOurs = performance.now() - t0;
    const t1 = performance.now();
    const base = scoreSpans(docs, (t) => compromiseSpans(nlp, t, "people"), "PER");
    const tBase = performance.now() - t1;
    log(`CoNLL-2003 valid: ${docs.length} documents, PER exact-span (bar F1 >= 0.95)`);
    table([
      { system: "dramatis findPeople", ...ours, ms: Math.round(tOurs) },
      { system: "compromise people()", ...base, ms: Math.round(tBase) },
    ]);
  }

  // 2. the reference article (seed) against expected.json
  const seedDir = existsSync(resolve(root, "../shared/seed")) ? resolve(root, "../shared/seed") : join(root, "tests/fixtures/seed");
  const text = readFileSync(join(seedDir, "article.txt"), "utf8");
  const expected = JSON.parse(readFileSync(join(seedDir, "expected.json"), "utf8"));
  const viaAnalyze = m.analyzeText(text).people;
  for (const [label, people] of [
    ["findPeople", m.findPeople(text)],
    ["analyzeText", viaAnalyze],
  ]) {
    const r = checkReference(people, text, expected);
    log(`reference article via ${label}: ${r.ok ? "PASS" : "FAIL"} — ${people.length} people; outside names: [${r.outside.join(", ")}]; not_people listed: [${r.notPeople.join(", ")}]`);
    if (label === "findPeople") table(r.rows);
  }
  const cp = [...new Set(compromiseSpans(nlp, text, "people").map((s) => text.slice(s.start, s.end)))];
  const cpNot = cp.filter((n) => expected.not_people.includes(n));
  const cpFound = expected.people.filter((e) => cp.some((n) => e.match.some((w) => n.split(/\s+/).includes(w)))).length;
  log(`reference article via compromise people(): ${cpFound}/${expected.people.length} expected people among ${cp.length} distinct strings (ungrouped); not_people: [${cpNot.join(", ")}]`);
}

/**
 * `--dump a.jsonl [b.jsonl …] [--sample N --seed S]`: every person analyzeText finds in the texts of
 * the CLI's analyses (`node dist/cli/dramatis.js analyze <pages> > a.jsonl`), one tab-separated line
 * per person: text file, name, mention count, its first mention in context. With --sample, a
 * seeded random N of those lines, numbered, to label by hand (person or not): the precision of
 * the cast a user sees on real pages, which no scored set measures. Nothing here is scored.
 */
async function dump(args) {
  const files = [];
  let sample = 0;
  let seed = 1;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--sample") sample = Number(args[++i]);
    else if (args[i] === "--seed") seed = Number(args[++i]);
    else if (args[i] !== "--dump") files.push(args[i]);
  }
  const m = await loadMatchers(ROOT);
  const lines = [];
  for (const f of files) {
    for (const line of readFileSync(f, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const a = JSON.parse(line);
      if (!a.text) continue;
      for (const p of m.analyzeText(a.text, a.title ?? "").people) {
        const s = p.mentions[0];
        const ctx = a.text.slice(Math.max(0, s.start - 70), s.end + 70).replace(/\s+/g, " ");
        lines.push(`${a.file}\t${p.name}\t${p.mentions.length}\t${ctx}`);
      }
    }
  }
  if (!sample) {
    for (const l of lines) console.log(l);
    return;
  }
  // xorshift32: the same seed draws the same sample on any machine
  let x = (seed * 2654435761) >>> 0 || 1;
  const rnd = () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
  const idx = lines.map((_, i) => i);
  for (let i = idx.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  idx.slice(0, sample).forEach((i, k) => console.log(`${k}\t${lines[i]}`));
  console.error(`${lines.length} people in ${files.length} file(s); ${Math.min(sample, lines.length)} drawn with seed ${seed}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  if (process.argv.includes("--dump")) await dump(process.argv.slice(2));
  else await run(null);
}
