#!/usr/bin/env node
// Trains the entity tagger (src/engine/people/tagger.ts) on the CoNLL-2003 English TRAIN split
// and writes its weights to src/engine/people/model.ts (provenance: src/engine/lexicon/README.md).
//
// Model: a greedy left-to-right averaged perceptron over IO tags (O PER LOC ORG MISC), features
// from src/engine/people/features.ts hashed into 2^BITS buckets, weights quantised to int8 and
// stored sparsely (buckets whose weights are all ~0 are dropped).
// The text is the same detokenised text the eval feeds the engine, tokenised by the engine's own
// tokenizer, so the model learns from exactly what it sees at run time.
// Usage: node scripts/lexicon/train-tagger.mjs [--epochs 16] [--runs 3] [--seed N] [--bits 22] [--swap K] [--dev] [--out FILE]
//   --dev  also score CoNLL valid after each epoch (for choosing settings only; never trained on).
//   --swap K  also train on K copies of train with every person's words replaced by names from a
//          training pool (see swapTrainPools): the model must then read a person by context and
//          shape, since CoNLL train's own names are what it memorises otherwise. Default 0.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { matchCase, readConll, rewriteEntities, swapNames, swapPools, xorshift } from "../eval/parts/people.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : def;
};
const EPOCHS = Number(opt("epochs", 16));
const BITS = Number(opt("bits", 22));
const MIN_COUNT = Number(opt("min-count", 2)); // features seen fewer times in train get no weight
const KEEP = Number(opt("keep", 32000)); // buckets kept after training, largest weights first
const PRUNE = Number(opt("prune", 0)); // fraction of the largest |weight| below which a weight is 0
const CLIP = Number(opt("clip", 0.99999)); // quantile of |weight| that maps to 127
const DEV = args.includes("--dev");
const OUT = opt("out", join(root, "src/engine/people/model.ts"));
const SWAP = Number(opt("swap", 0));
// the copies' modes, cycled: "surnames" keeps given names, "all" replaces them too
const SWAP_MODES = String(opt("swap-modes", "all,surnames")).split(",");
// "train": feature counts from the original train only; "all": from the copies too
const SWAP_COUNTS = opt("swap-counts", "train");
// --swap-others N: in the copies, also replace each capitalised word of a place, firm or other
// entity that train holds at most N times (any case) by a word of the surname pool. Swapping
// persons alone makes "a word never seen" mean "a person": the model then reads unseen firms and
// places ("Zycie Warszawy", "Prensa Latina") as people. 0 = persons only.
const SWAP_OTHERS = Number(opt("swap-others", 0));
// --swap-rare N: instead, in the copies, replace the capitalised words that train holds at most N
// times in EVERY entity (a person's surname by a pool surname, other entities' words by the
// other half of the pool), so unseen words are as often firms and places as people
const SWAP_RARE = Number(opt("swap-rare", 0));
// --swap-share F: each copy holds only every document whose index falls in the first F of a
// cycle of 100 (a lighter dose of unseen names; 1 = every document)
const SWAP_SHARE = Number(opt("swap-share", 1));
const DATA = resolve(root, "../shared/data");

// The names of the --swap copies. They must be disjoint from what the generalisation measure
// (scripts/eval/parts/people.mjs swapPools) draws, or the measure would score names the model
// was trained on, and from every CoNLL word, so each is unseen in the original train:
// - surnames: the last names of every locale of @faker-js/faker (MIT), Latin script, one
//   capital then 2+ lower-case letters; minus every CoNLL train/valid word, every shipped given
//   name and the measure's surnames (PolNeAR-derived);
// - given names: the shipped given names that CoNLL holds (which the measure never draws: its
//   pool is the shipped names CoNLL does NOT hold), so the lexicon's given-name feature still
//   fires on them, plus faker's first names that are neither shipped nor CoNLL words (a
//   held-out article's given names are not all in the lists either).
// The package is fetched with `npm pack` into node_modules/.cache/ once (pinned version); only
// the weights trained from it ship, never its lists.
const FAKER = "@faker-js/faker@10.6.0";
async function swapTrainPools() {
  const cache = join(root, "node_modules/.cache/dramatis-train/faker");
  const entry = join(cache, "package/dist/index.js");
  if (!existsSync(entry)) {
    mkdirSync(cache, { recursive: true });
    const tgz = execFileSync("npm", ["pack", FAKER, "--silent", "--pack-destination", cache], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 120_000 }).trim().split("\n").pop();
    execFileSync("tar", ["-xzf", join(cache, tgz), "-C", cache]);
  }
  const { allLocales } = await import(pathToFileURL(entry).href);
  const collect = (field) => {
    const out = new Set();
    for (const loc of Object.values(allLocales)) {
      const v = loc.person?.[field];
      if (!v) continue;
      for (const w of Array.isArray(v) ? v : Object.values(v).flat()) {
        if (typeof w === "string" && /^\p{Lu}\p{Ll}{2,}$/u.test(w) && /^\p{Script=Latin}+$/u.test(w)) out.add(w.toLowerCase());
      }
    }
    return out;
  };
  const conllWords = new Set();
  for (const split of ["train", "valid"]) {
    for (const line of readFileSync(join(DATA, `conll2003/${split}.txt`), "utf8").split("\n")) {
      const w = line.slice(0, line.indexOf(" ")).toLowerCase();
      if (w) for (const part of [w, ...w.split(/[-']/)]) conllWords.add(part);
    }
  }
  const derived = readFileSync(join(root, "src/engine/lexicon/derived.ts"), "utf8");
  const given = new Set(/GIVEN_NAMES = "([^"]*)"/.exec(derived)[1].split(" "));
  const measure = await swapPools(root, DATA);
  const measured = new Set([...measure.given, ...measure.surname]);
  const surnameSet = new Set(collect("last_name"));
  const surname = [...surnameSet].filter((w) => !conllWords.has(w) && !given.has(w) && !measured.has(w)).sort();
  const seenGiven = [...given].filter((g) => /^[a-z]{3,}$/.test(g) && conllWords.has(g) && !measured.has(g));
  const newGiven = [...collect("first_name")].filter((w) => !conllWords.has(w) && !given.has(w) && !measured.has(w) && !surnameSet.has(w));
  return { given: [...seenGiven, ...newGiven].sort(), surname, sizes: `${seenGiven.length} shipped+CoNLL given, ${newGiven.length} faker given, ${surname.length} faker surnames` };
}

const esbuild = await import("esbuild");
const bundle = join(mkdtempSync(join(tmpdir(), "dramatis-train-")), "f.mjs");
await esbuild.build({
  stdin: { contents: `export * from "./src/engine/people/features"; export { tokenize } from "./src/engine/people/tokens"; export { tagEntities, useWeights, resetMemo } from "./src/engine/people/tagger";`, resolveDir: root, loader: "ts" },
  bundle: true,
  format: "esm",
  platform: "neutral",
  outfile: bundle,
  logLevel: "error",
});
const F = await import(pathToFileURL(bundle).href);
const { TAGS, NTAGS, docFeatures, dynamicFeatures, tokenize } = F;
const MASK = (1 << BITS) - 1;
const TYPE = new Map(TAGS.map((t, i) => [t, i]));

/** docs with the rare capitalised words of every non-PER entity replaced by pool words, one
 *  replacement per word and document, capitals kept (all caps or first capital). */
function swapOthers(docs, pool, rare, seed, persons = null) {
  const rnd = xorshift(seed);
  return docs.map((d) => {
    const map = new Map();
    const swapWord = (w, from) => {
      if (!/^\p{Lu}\p{L}+$/u.test(w) || !rare(w.toLowerCase())) return w;
      const key = w.toLowerCase();
      if (!map.has(key)) map.set(key, from[Math.floor(rnd() * from.length)]);
      return matchCase(w, map.get(key));
    };
    return rewriteEntities(d, (e, span) => {
      if (e.type === "PER" && !persons) return null;
      const words = span.split(" ");
      // persons (with --swap-rare): only the surname (a span's last word) is replaced, from the
      // person pool, so that rare words of every kind become unseen alike
      return words.map((w, i) => (e.type !== "PER" ? w.split("-").map((p) => swapWord(p, pool)).join("-") : i === words.length - 1 ? w.split("-").map((p) => swapWord(p, persons)).join("-") : w)).join(" ");
    });
  });
}

/** Tokens, hashed static features and gold tags of every CoNLL document. */
function prepare(docs) {
  return docs.map((d) => {
    const tokens = tokenize(d.text);
    const charTag = new Uint8Array(d.text.length);
    for (const e of d.entities) charTag.fill(TYPE.get(e.type) ?? 0, e.start, e.end);
    const gold = Uint8Array.from(tokens, (t) => charTag[t.start]);
    const df = docFeatures(d.text, tokens);
    return { d, tokens, gold, df, stat: null };
  });
}

/** Hashes static features, dropping (for training only) those seen fewer than MIN_COUNT times. */
function hashAll(prepared, counts) {
  for (const p of prepared) p.stat = p.df.feats.map((fs) => Int32Array.from(fs.filter((f) => !counts || (counts.get(f) ?? 0) >= MIN_COUNT), (h) => h & MASK));
}

const W = new Float32Array((MASK + 1) * NTAGS);
const U = new Float64Array((MASK + 1) * NTAGS); // for averaging: sum of step * update
let step = 1;

function scores(feats, dyn, w) {
  const sc = new Float64Array(NTAGS);
  for (const list of [feats, dyn]) for (const h of list) {
    const b = h * NTAGS;
    for (let c = 0; c < NTAGS; c++) sc[c] += w[b + c];
  }
  return sc;
}

function decode(doc, w, train) {
  const n = doc.tokens.length;
  const tags = new Uint8Array(n);
  let prev = -1;
  let prev2 = -1;
  const hist = new F.History();
  for (let i = 0; i < n; i++) {
    if (doc.tokens[i].afterBreak) prev = prev2 = -1;
    const capital = doc.df.infos[i].up && doc.tokens[i].kind === "word";
    const dyn = Int32Array.from(dynamicFeatures(i, doc.df, prev, prev2, capital ? hist.get(doc.df.lower[i]) : -2), (h) => h & MASK);
    const sc = scores(doc.stat[i], dyn, w);
    let best = 0;
    for (let c = 1; c < NTAGS; c++) if (sc[c] > sc[best]) best = c;
    if (train) {
      const g = doc.gold[i];
      if (best !== g) {
        for (const list of [doc.stat[i], dyn]) for (const h of list) {
          W[h * NTAGS + g] += 1;
          U[h * NTAGS + g] += step;
          W[h * NTAGS + best] -= 1;
          U[h * NTAGS + best] -= step;
        }
      }
      step++;
    }
    tags[i] = best;
    if (capital) hist.add(doc.df.lower[i], best);
    prev2 = prev;
    prev = best;
  }
  return tags;
}

function evaluate(prepared, w, consistency = true) {
  F.useWeights(w, BITS);
  F.resetMemo();
  const c = {};
  for (const t of ["PER", "LOC", "ORG", "MISC"]) c[t] = { tp: 0, fp: 0, fn: 0 };
  for (const doc of prepared) {
    const pred = F.tagEntities(doc.d.text, doc.tokens, consistency);
    for (const t of Object.keys(c)) {
      const g = new Set(doc.d.entities.filter((e) => e.type === t).map((e) => `${e.start}:${e.end}`));
      const p = new Set(pred.filter((e) => e.type === t).map((e) => `${e.start}:${e.end}`));
      for (const k of p) {
        if (g.has(k)) c[t].tp++;
        else c[t].fp++;
      }
      for (const k of g) if (!p.has(k)) c[t].fn++;
    }
  }
  const f1 = ({ tp, fp, fn }) => (2 * tp) / (2 * tp + fp + fn || 1);
  return Object.fromEntries(Object.entries(c).map(([t, v]) => [t, f1(v).toFixed(4)]));
}

function averaged() {
  const a = new Float32Array(W.length);
  for (let k = 0; k < W.length; k++) a[k] = W[k] - U[k] / step;
  return a;
}

const t0 = Date.now();
const trainDocs = await readConll(root, resolve(root, "../shared/data/conll2003/train.txt"));
const train = prepare(trainDocs);
const dev = DEV ? prepare(await readConll(root, resolve(root, "../shared/data/conll2003/valid.txt"))) : null;
const counts = new Map();
for (const p of train) for (const fs of p.df.feats) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
// With --swap-counts train, feature counts come from the original train only: a feature that
// only a swapped name makes (the word itself, its bigrams) stays below MIN_COUNT and gets no
// weight, so the copies teach the context, shape and lexicon features.
if (SWAP > 0) {
  const pools = await swapTrainPools();
  console.log(`swap pools: ${pools.sizes}`);
  const trainFreq = new Map();
  for (const d of trainDocs) for (const m of d.text.matchAll(/\p{L}+/gu)) {
    const l = m[0].toLowerCase();
    trainFreq.set(l, (trainFreq.get(l) ?? 0) + 1);
  }
  for (let k = 1; k <= SWAP; k++) {
    const some = SWAP_SHARE < 1 ? trainDocs.filter((_, i) => (i * 37 + k * 11) % 100 < SWAP_SHARE * 100) : trainDocs;
    let docs = SWAP_RARE > 0
      ? swapOthers(some, pools.surname.filter((_, i) => i % 2), (w) => (trainFreq.get(w) ?? 0) <= SWAP_RARE, 3000 + k, pools.surname.filter((_, i) => !(i % 2)))
      : swapNames(some, pools, { mode: SWAP_MODES[(k - 1) % SWAP_MODES.length], seed: 1000 + k });
    if (SWAP_OTHERS > 0) docs = swapOthers(docs, pools.surname, (w) => (trainFreq.get(w) ?? 0) <= SWAP_OTHERS, 2000 + k);
    const copy = prepare(docs);
    if (SWAP_COUNTS === "all") for (const p of copy) for (const fs of p.df.feats) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
    train.push(...copy);
  }
}
hashAll(train, counts);
if (dev) hashAll(dev, null);
console.log(`prepared ${train.length} train docs in ${Date.now() - t0} ms`);
// deterministic shuffling (a fixed LCG) so a retrain gives the same model. With --runs K, K
// perceptrons are trained on K different shufflings and their averaged weights averaged again:
// one model of the same size whose scores are the sum of the K models' (an ensemble), steadier
// than any one shuffling.
const RUNS = Number(opt("runs", 3));
const avg = new Float32Array(W.length);
// --save-float / --load-float: keep the float weights, to try quantisation settings without retraining
const LOAD = opt("load-float", null);
if (LOAD) avg.set(new Float32Array(readFileSync(LOAD).buffer.slice(0)));
for (let run = 0; run < (LOAD ? 0 : RUNS); run++) {
  let seed = Number(opt("seed", 12345)) + run * 7919;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  W.fill(0);
  U.fill(0);
  step = 1;
  for (let e = 1; e <= EPOCHS; e++) {
    const order = train.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) decode(train[i], W, true);
    const msg = dev && (args.includes("--dev-each") || e === EPOCHS) ? ` dev F1 ${JSON.stringify(evaluate(dev, averaged()))}` : "";
    console.log(`run ${run + 1} epoch ${e} (${Date.now() - t0} ms)${msg}`);
  }
  const a = averaged();
  for (let k = 0; k < avg.length; k++) avg[k] += a[k] / RUNS;
}
if (opt("save-float", null)) writeFileSync(opt("save-float", null), Buffer.from(avg.buffer));
if (dev && RUNS > 1) console.log(`ensemble of ${RUNS} dev F1 ${JSON.stringify(evaluate(dev, avg))}`);

// quantise: int8 per weight, square-root companded up to `max`; drop buckets that are all 0
// the scale clips the rare largest weights so that the many small ones keep their resolution
const mags = Float32Array.from(avg.filter((v) => v !== 0), Math.abs).sort();
const max = mags[Math.floor(mags.length * CLIP)] ?? 1;
const cut = PRUNE * 127;
const q = new Int8Array(avg.length);
for (let k = 0; k < avg.length; k++) {
  // square-root companding: fine steps near zero, where most weights are
  const x = Math.min(1, Math.abs(avg[k]) / max);
  const v = Math.sign(avg[k]) * Math.round(127 * Math.sqrt(x));
  q[k] = Math.abs(v) < cut ? 0 : Math.max(-127, Math.min(127, v));
}
// keep the KEEP buckets with the largest total |weight|
{
  const norms = [];
  for (let h = 0; h <= MASK; h++) {
    let s = 0;
    for (let c = 0; c < NTAGS; c++) s += Math.abs(q[h * NTAGS + c]);
    if (s) norms.push([s, h]);
  }
  norms.sort((a, b) => b[0] - a[0]);
  console.log(`non-zero buckets before the cut: ${norms.length}`);
  for (const [, h] of norms.slice(KEEP)) q.fill(0, h * NTAGS, h * NTAGS + NTAGS);
}
if (dev && args.includes("--errors")) {
  const lines = [];
  for (const doc of dev) {
    F.useWeights(avg, BITS);
    F.resetMemo();
    const pred = F.tagEntities(doc.d.text, doc.tokens);
    const key = (e) => `${e.type}:${e.start}:${e.end}`;
    const g = new Set(doc.d.entities.map(key));
    const p = new Set(pred.map(key));
    const ctx = (e) => doc.d.text.slice(Math.max(0, e.start - 40), e.start).replace(/\n/g, "⏎") + "[" + doc.d.text.slice(e.start, e.end) + "]" + doc.d.text.slice(e.end, e.end + 30).replace(/\n/g, "⏎");
    for (const e of pred) if (!g.has(key(e))) lines.push(`FP ${e.type}\t${ctx(e)}`);
    for (const e of doc.d.entities) if (!p.has(key(e))) lines.push(`FN ${e.type}\t${ctx(e)}`);
  }
  writeFileSync("/tmp/people-errors.txt", lines.join("\n"));
}
if (dev) {
  const deq = Float32Array.from(q, (v) => Math.sign(v) * (v / 127) ** 2 * max);
  console.log(`quantised dev F1 ${JSON.stringify(evaluate(dev, deq))}`);
  console.log(`quantised dev F1 without document consistency ${JSON.stringify(evaluate(dev, deq, false))}`);
}
// sparse layout: a varint gap from the previous kept bucket for each kept bucket, then NTAGS
// int8 weights per kept bucket (the runtime walks only the gaps and reads the weights in place)
const gaps = [];
const wbytes = [];
let last = -1;
let kept = 0;
for (let h = 0; h <= MASK; h++) {
  let any = false;
  for (let c = 0; c < NTAGS; c++) if (q[h * NTAGS + c]) any = true;
  if (!any) continue;
  let gap = h - last - 1;
  last = h;
  kept++;
  do {
    gaps.push((gap & 0x7f) | (gap > 0x7f ? 0x80 : 0));
    gap >>>= 7;
  } while (gap);
  for (let c = 0; c < NTAGS; c++) wbytes.push(q[h * NTAGS + c] & 0xff);
}
const bytes = [...gaps, ...wbytes];
const b64 = Buffer.from(bytes).toString("base64");
writeFileSync(
  OUT,
  `// GENERATED by scripts/lexicon/train-tagger.mjs — do not edit. Provenance: src/engine/lexicon/README.md.
// Averaged perceptron trained on CoNLL-2003 English train (${trainDocs.length} documents${SWAP ? `, plus ${SWAP} name-swapped cop${SWAP > 1 ? "ies" : "y"}` : ""}), ${EPOCHS} epochs × ${RUNS} shufflings averaged,
// 2^${BITS} hashed buckets, ${kept} kept, int8 weights (sqrt-companded, max ${max.toFixed(3)}), ${bytes.length} bytes.
export const MODEL = { bits: ${BITS}, buckets: ${kept}, max: ${max}, tags: ${JSON.stringify(TAGS)}, weights: ${JSON.stringify(b64)} } as const;
`,
);
console.log(`wrote ${OUT}: ${kept} buckets, ${(b64.length / 1024).toFixed(0)} KB base64 in ${Date.now() - t0} ms`);
