// `npm run eval` part "entities" (issue 10): ORG and LOC exact-span P/R/F1 of findEntities() on
// CoNLL-2003 valid, beside compromise's organizations() and places() in the same run, and the
// reference article's organisations and places against the list.
// Runnable alone: `node scripts/eval/parts/entities.mjs`.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { compromiseSpans, loadMatchers, readConll, scoreSpans } from "./people.mjs";

const ROOT = resolve(import.meta.dirname, "../../..");
/** Issue 10's acceptance list for the reference article (a word each acceptable name contains). */
const REFERENCE = {
  organizations: ["FBI", "Kremlin", "Rossiya", "Senate", "Democratic Party", "Communist Party"],
  places: ["Russia", "Moscow", "Belarus", "China", "Soviet Union", "Washington"],
};

export async function run(ctx) {
  const root = ctx?.root ?? ROOT;
  const dataDir = ctx?.dataDir ?? resolve(root, "../shared/data");
  const log = ctx?.log ?? console.log;
  const table = ctx?.table ?? ((rows) => console.table(rows));
  const m = await loadMatchers(root);
  const nlp = (await import("compromise")).default;

  const conll = join(dataDir, "conll2003/valid.txt");
  if (!existsSync(conll)) log("conll2003/valid.txt not found: CoNLL scores skipped");
  else {
    const docs = await readConll(root, conll);
    const cache = new Map();
    const ours = (t) => {
      if (!cache.has(t)) cache.set(t, m.findEntities(t, m.findPeople(t)));
      return cache.get(t);
    };
    const rows = [];
    for (const [type, list, method, bar] of [
      ["LOC", "places", "places", 0.92],
      ["ORG", "organizations", "organizations", 0.88],
    ]) {
      rows.push({ type, bar, system: "dramatis findEntities", ...scoreSpans(docs, (t) => ours(t)[list].flatMap((e) => e.mentions), type) });
      // tuned on the even documents, checked on the odd ones
      for (const [half, r] of [["even", 0], ["odd", 1]]) {
        rows.push({ type, bar, system: `dramatis findEntities, ${half} docs`, ...scoreSpans(docs.filter((_, i) => i % 2 === r), (t) => ours(t)[list].flatMap((e) => e.mentions), type) });
      }
      rows.push({ type, bar, system: `compromise ${method}()`, ...scoreSpans(docs, (t) => compromiseSpans(nlp, t, method), type) });
    }
    log(`CoNLL-2003 valid: ${docs.length} documents, exact-span scores`);
    table(rows);
  }

  const seed = existsSync(resolve(root, "../shared/seed/article.txt")) ? resolve(root, "../shared/seed") : join(root, "tests/fixtures/seed");
  const text = readFileSync(join(seed, "article.txt"), "utf8");
  const people = m.findPeople(text);
  const found = m.findEntities(text, people);
  for (const [list, want] of Object.entries(REFERENCE)) {
    const names = found[list].map((e) => e.name);
    const missing = want.filter((w) => !found[list].some((e) => e.aliases.some((a) => a.includes(w))));
    log(`reference article ${list}: ${want.length - missing.length}/${want.length} expected found; missing: [${missing.join(", ")}]; all: ${names.join(" | ")}`);
  }
  const asPeople = people.filter((p) => [...REFERENCE.organizations, ...REFERENCE.places].some((w) => p.aliases.includes(w)));
  log(`reference article: organisations/places listed as people: [${asPeople.map((p) => p.name).join(", ")}]`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run(null);
