// `npm run eval` part "roles": the role the article gives each person (the card's first line).
// There is no roles ground truth in ../shared/data, so this part reports what can be counted
// without one, per half of each set (even / odd file index), so that a change made while
// reading one half can be checked on the other:
//   - coverage: people found, and how many get a role;
//   - card-line checks that must stay at zero: a role that holds another person's mention, a
//     role longer than 12 words, a role that starts with an article ("the", "a") or ends on
//     punctuation;
//   - the reference article: every person's role against seed/expected.json.
// Precision needs a reader: `--sample N` prints N random roles of the second halves with their
// context, to be read by hand (correct / partial / wrong).
// Runnable alone: `node scripts/eval/parts/roles.mjs [--sample N [--seed S]]` (it bundles the engine from
// source, so it needs no build).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadMatchers } from "./people.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(here, "../../..");

function polnearTexts(dataDir, split) {
  const dir = join(dataDir, "polnear", split, "text");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ file: f, text: readFileSync(join(dir, f), "utf8") }));
}

function wcxbTexts(dataDir) {
  const dir = join(dataDir, "wcxb/dev-articles/ground-truth");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({ file: f, text: JSON.parse(readFileSync(join(dir, f), "utf8")).ground_truth?.main_content ?? "" }))
    .filter((d) => d.text.length);
}

/** The counts of one set of texts, and its roles with their context for sampling. */
function measure(analyzeText, docs) {
  const c = { texts: docs.length, people: 0, withRole: 0, holdsName: 0, over12: 0, article: 0, punct: 0 };
  const roles = [];
  for (const { file, text } of docs) {
    const { people } = analyzeText(text);
    for (const p of people) {
      c.people++;
      if (!p.role) continue;
      c.withRole++;
      const r = p.role;
      if (r.split(" ").length > 12) c.over12++;
      if (/^(?:the|a|an)\s/i.test(r)) c.article++;
      if (/[,;:]$/.test(r)) c.punct++;
      // where the role stands in the text: before or after one of the person's mentions
      let at = -1;
      for (const m of p.mentions) {
        const near = text.slice(Math.max(0, m.start - 160), m.end + 220);
        const k = near.indexOf(r);
        if (k >= 0) {
          at = Math.max(0, m.start - 160) + k;
          break;
        }
      }
      if (at >= 0) {
        const end = at + r.length;
        if (people.some((q) => q !== p && q.mentions.some((m) => m.start < end && m.end > at && text.slice(m.start, m.end).includes(" ")))) c.holdsName++;
      }
      // (a spelled-out title, "Senator" for "Sen.", stands nowhere as written: the first mention's
      // surroundings are shown instead, seat included)
      const m0 = p.mentions[0];
      const context = at >= 0 ? text.slice(Math.max(0, at - 80), at + r.length + 60) : m0 ? text.slice(Math.max(0, m0.start - 80), m0.end + 60) : "";
      roles.push({ file, name: p.name, role: r, context: context.replace(/\s+/g, " ") });
    }
  }
  return { c, roles };
}

export async function run(ctx) {
  const root = ctx?.root ?? ROOT;
  const dataDir = ctx?.dataDir ?? resolve(root, "../shared/data");
  const args = ctx?.args ?? process.argv.slice(2);
  const log = ctx?.log ?? console.log;
  const { analyzeText } = await loadMatchers(root);

  const sets = [
    ["PolNeAR dev", polnearTexts(dataDir, "dev")],
    ["PolNeAR train", polnearTexts(dataDir, "train")],
    ["WCXB dev (ground-truth text)", wcxbTexts(dataDir)],
  ];
  const rows = [];
  const sampleFrom = [];
  for (const [name, docs] of sets) {
    if (!docs.length) {
      log(`${name}: not found under ${dataDir}, skipped`);
      continue;
    }
    for (const half of [0, 1]) {
      const { c, roles } = measure(analyzeText, docs.filter((_, i) => i % 2 === half));
      rows.push({ set: name, half: half ? "B (odd)" : "A (even)", ...c, share: c.people ? c.withRole / c.people : 0 });
      if (half === 1) sampleFrom.push(...roles.map((r) => ({ set: name, ...r })));
    }
  }
  const table = ctx?.table ?? ((r) => console.table(r));
  table(rows);

  // the reference article: each person's role must be one expected.json accepts
  const seed = join(root, "tests/fixtures/seed");
  if (existsSync(join(seed, "article.txt"))) {
    const text = readFileSync(join(seed, "article.txt"), "utf8");
    const expected = JSON.parse(readFileSync(join(seed, "expected.json"), "utf8"));
    const { people } = analyzeText(text, expected.title);
    let ok = 0;
    for (const e of expected.people) {
      const p = people.find((q) => q.name === e.name || e.match.some((m) => q.name.endsWith(m)));
      const role = p?.role ?? null;
      const good = e.role === null ? role === null : e.role.includes(role);
      if (good) ok++;
      else log(`reference: ${e.name} has role ${JSON.stringify(role)}, expected ${JSON.stringify(e.role)}`);
    }
    log(`reference article roles: ${ok}/${expected.people.length} ${ok === expected.people.length ? "PASS" : "FAIL"}`);
  }

  const i = args.indexOf("--sample");
  const n = i >= 0 ? Number(args[i + 1] ?? 100) : 0;
  if (n > 0) {
    // a fixed seed: the same sample on the same output, so two versions can be read side by side;
    // `--seed N` draws another sample (a reader who has read seed 42 needs a fresh one)
    const si = args.indexOf("--seed");
    let seedN = si >= 0 ? Number(args[si + 1] ?? 42) : 42;
    const rand = () => ((seedN = (seedN * 1103515245 + 12345) % 2147483648) / 2147483648);
    log(`${n} random roles of the B halves (of ${sampleFrom.length}, seed ${seedN}), to read by hand:`);
    for (let k = 0; k < n && sampleFrom.length; k++) {
      const r = sampleFrom.splice(Math.floor(rand() * sampleFrom.length), 1)[0];
      log(`${k + 1}. [${r.set} ${r.file}] ${r.name} => ${r.role}  ||  ${r.context}`);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
