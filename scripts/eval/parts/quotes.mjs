// `npm run eval` part "quotes" (issue 5): direct quotations and their speakers on PolNeAR
// dev (and train, reported apart), and the reference article against seed/expected.json.
// Runnable alone: `node scripts/eval/parts/quotes.mjs [--errors N [--train-errors] [--context N]
// [--person-errors] [--error-type TYPE]]` (it bundles the
// engine from source, so it needs no build and never touches a shared dist/).
//
// How PolNeAR becomes gold quotations (the Analysis contract has one Quote per run of quoted
// words, marks excluded, one per paragraph):
// - one annotator's file per article (the first by name; a few articles have two);
// - an attribution's content is its Content and any Content2, Content3 … (a quotation the cue
//   interrupts); it is direct when that content holds a double quotation mark;
// - each quoted run inside such a Content (between paired marks, outermost pair only, split at
//   paragraph breaks, the way a multi-paragraph quote reopens each paragraph) is one gold
//   quote, carrying the attribution's Source. A run found in two attributions' Contents (an
//   attribution nested in another) keeps both Sources: either is a right speaker.
// - a Source that is only a reporting verb ("said": the annotator marked the Cue again) names no
//   one: the quote is matched but not scored for its speaker.
// PolNeAR leaves headlines unannotated (no gold quotation in any of the 149 dev+train
// headlines that hold quote marks), so quotes in the first line are not scored (counted apart).
// Scoring: a predicted quote matches a gold one when they overlap by at least half of the gold
// span (one-to-one, greedy by overlap). A predicted quote nested inside another predicted quote
// is not scored (PolNeAR annotates the outer quotation only). Speaker accuracy is over matched
// gold quotes that have a Source: right when the predicted cue covers the Source's head (see
// sourceHeads: "Warren" inside "A Warren adviser" names someone else; until session 13 any
// overlap with the Source counted). The Source kind: a pronoun; a name when the head (last word
// before any comma) is capitalised ("Trump campaign manager Kellyanne Conway", "The Post");
// otherwise a description ("a source").
// "person": over matched quotes whose gold Source's head is a mention of someone findPeople found
// ("Clinton spokesman Brian Fallon" is Fallon; "a Clinton campaign spokesman" is no one named),
// how often the quote's speaker is that person (whichever words cue it: "he" for "Putin" counts).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { loadMatchers } from "./people.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(here, "../../..");

// ---------- PolNeAR ----------
/** UTF-16 index of every code-point offset (BRAT offsets are code points). */
function cpToUtf16(text) {
  const map = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return map;
}

function parseAnn(src, map) {
  const spans = new Map();
  const events = [];
  for (const line of src.split("\n")) {
    const [id, spec, surface] = line.split("\t");
    if (!id || !spec) continue;
    if (id.startsWith("T")) {
      const sp = spec.indexOf(" ");
      const type = spec.slice(0, sp);
      const frags = spec
        .slice(sp + 1)
        .split(";")
        .map((f) => f.trim().split(/\s+/).map(Number))
        .map(([a, b]) => ({ start: map[a], end: map[b] }));
      spans.set(id, { type, frags, surface });
    } else if (id.startsWith("E")) {
      const roles = {};
      for (const part of spec.split(/\s+/)) {
        const [role, ref] = part.split(":");
        if (role && ref) roles[role] = ref;
      }
      events.push(roles);
    }
  }
  return events
    .filter((e) => e.Content && spans.get(e.Content))
    .map((e) => ({ content: contentFrags(e, spans), source: e.Source ? (spans.get(e.Source)?.frags ?? []) : [] }));
}

/** An attribution's content: Content plus the parts brat numbers on (Content2, …), which PolNeAR
 * uses for a quotation the cue interrupts ("“…,” he said, “…”"); reading Content alone dropped
 * the quotation's second part from the gold (3 dev and 49 train gold quotations more with it). */
function contentFrags(e, spans) {
  return Object.keys(e)
    .filter((role) => /^Content\d*$/.test(role))
    .flatMap((role) => spans.get(e[role])?.frags ?? []);
}

const OPEN = new Set(["“", "„", "«"]);
const CLOSE = new Set(["”", "»"]);

/** Outermost quoted runs inside [start, end): marks excluded, split at line breaks. */
export function quotedRuns(text, start, end) {
  const runs = [];
  let depth = 0;
  let from = -1;
  let straightOpen = false;
  const push = (a, b) => {
    // a run over several paragraphs: one part per paragraph
    let s = a;
    for (let i = a; i <= b; i++) {
      if (i === b || text[i] === "\n") {
        let x = s;
        let y = i;
        while (x < y && /[\s“”"„«»]/.test(text[x])) x++;
        while (y > x && /[\s“”"„«»]/.test(text[y - 1])) y--;
        if (y > x) runs.push({ start: x, end: y });
        s = i + 1;
      }
    }
  };
  for (let i = start; i < end; i++) {
    const c = text[i];
    let opens = false;
    let closes = false;
    if (OPEN.has(c)) opens = true;
    else if (CLOSE.has(c)) closes = true;
    else if (c === '"') {
      if (straightOpen) closes = true;
      else opens = true;
    } else continue;
    if (opens) {
      if (c === '"') straightOpen = true;
      // a reopening mark at a paragraph start continues the open run
      if (depth === 0) from = i + 1;
      else if (!/\n\s*$/.test(text.slice(Math.max(start, i - 3), i))) depth++;
      if (depth === 0) depth = 1;
    } else if (closes) {
      if (c === '"') straightOpen = false;
      if (depth === 0) {
        // a closing mark whose opener lies before the Content fragment: the run starts here
        if (!runs.length) push(start, i);
        continue;
      }
      depth--;
      if (depth === 0) push(from, i);
    }
  }
  if (depth > 0 && from >= 0) push(from, end); // opener whose closer lies past the fragment
  return runs;
}

const PRONOUNS = /^(?:he|she|they|i|we|it|you|him|her|them|his|hers|their|who)$/i;

function sourceKind(text, source) {
  const s = source.map((f) => text.slice(f.start, f.end)).join(" ").trim();
  if (PRONOUNS.test(s)) return "pronoun";
  const head = s.split(",")[0].trim().split(/\s+/).pop() ?? "";
  return /^\p{Lu}/u.test(head) ? "name" : "description";
}

export function loadPolnear(dir) {
  if (!existsSync(join(dir, "attributions"))) return null;
  const seen = new Set();
  const docs = [];
  for (const f of readdirSync(join(dir, "attributions")).sort()) {
    if (!f.endsWith(".ann")) continue;
    const name = f.replace(/_[^_]*\.ann$/, "");
    if (seen.has(name)) continue;
    seen.add(name);
    const text = readFileSync(join(dir, "text", `${name}.txt`), "utf8");
    // NYT texts here write a double mark as two apostrophes (''Yes,'' he said); same length
    const marked = text.replace(/''/g, ' "');
    const map = cpToUtf16(text);
    const gold = new Map();
    for (const a of parseAnn(readFileSync(join(dir, "attributions", f), "utf8"), map)) {
      if (!a.content.some((c) => /[“”"„«»]/.test(marked.slice(c.start, c.end)))) continue;
      for (const c of a.content) {
        for (const r of quotedRuns(marked, c.start, c.end)) {
          const key = `${r.start}:${r.end}`;
          const g = gold.get(key) ?? { ...r, sources: [] };
          // (a Source that is only a reporting verb, "said", is an annotation slip: the Cue marked
          // twice and no one named; such a quote has no Source to score a speaker against)
          const only = a.source.map((f) => text.slice(f.start, f.end)).join(" ").trim();
          if (a.source.length && !SPEECH_ONLY.test(only)) g.sources.push(a.source);
          gold.set(key, g);
        }
      }
    }
    docs.push({ name, text, gold: [...gold.values()].sort((x, y) => x.start - y.start) });
  }
  return docs;
}

// a Source span holding only a reporting verb ("said", "asked"): a slip of the annotator
const SPEECH_ONLY = /^(?:said|says|say|told|tells|asked|asks|added|adds|wrote|writes|stated|explained|noted|according to)$/i;

const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

// ---------- who a Source names ----------
// words after a Source's head that open its modifier ("Donald Hartley of Madison", "a spokeswoman
// for Ruiz", "Jack Kelly, writing for …", "Clinton economic advisers like Gene Sperling")
const POST_HEAD = /^(?:of|for|at|from|with|like|in|on|to|by|about|who|whom|whose|which|that|writing|speaking|wearing|familiar|close|according|including)$/i;
// a head that is a title, whose "of" phrase goes on to the name ("Secretary of State John Kerry")
const TITLE_HEAD = /^(?:secretary|director|chairman|chairwoman|chair|head|president|member|leader|chief|minister|governor|mayor|speaker|ambassador|professor|attorney|general|commissioner|editor|founder|ceo|dean)$/i;
// a body whose name goes on past "of" ("the Association of Flight Attendants": both words name it)
const ORG_HEAD = /^(?:Association|University|Department|Institute|Council|Bureau|Office|Court|Committee|Society|Federation|Union|League|Board|Commission|Church|Bank|Party|Chamber|Academy|College|School|Center|Centre|Foundation|Ministry|Agency|Administration|Coalition|Alliance|Organization|Organisation|Conference|Fund|Museum|Government|Assembly|Network|Club|Army)$/;

/**
 * The words of a Source that say who spoke, as spans: the head of its first phrase (its last word
 * before a comma, a bracket, a relative clause or a modifier's preposition: "A Warren adviser" is
 * the adviser, not Warren; "Donald Hartley of Madison, Alabama," is Hartley), one per conjunct
 * ("Senator Ted Cruz of Texas and Senator Rand Paul of Kentucky"), the name a title's "of" phrase
 * ends on ("Secretary of State John Kerry"), and the name set after the comma when the head is a
 * description ("Santilli's attorney, Thomas Coan,"). A cue names the Source's speaker when it
 * covers one of these: "Warren" inside "A Warren adviser" names someone else.
 */
export function sourceHeads(text, frags) {
  // words as written between spaces, their punctuation trimmed ("PeÃ±a" is one word)
  const toks = [];
  for (const f of frags)
    for (const m of text.slice(f.start, f.end).matchAll(/\S+/g)) {
      const lead = m[0].search(/[\p{L}\p{N}@#]/u);
      const core = lead < 0 ? "" : m[0].slice(lead).replace(/[^\p{L}\p{N}]+$/u, "");
      if (core) toks.push({ w: core, start: f.start + m.index + lead, end: f.start + m.index + lead + core.length });
    }
  if (!toks.length) return [];
  const sep = (a, b) => /[,(;:—–)]/.test(text.slice(toks[a].end, toks[b].start));
  // the phrase from token `a`: up to a comma, a bracket, a semicolon or a dash
  const phraseEnd = (a) => {
    let e = a + 1;
    while (e < toks.length && !sep(e - 1, e)) e++;
    return e;
  };
  // each conjunct's head, before its modifier's preposition ("himself" is no head: "Sanders himself")
  const headsOf = (phrase, first) => {
    const out = [];
    let from = 0;
    for (let i = 0; i <= phrase.length; i++) {
      if (i < phrase.length && !/^(?:and|or|&)$/i.test(phrase[i].w)) continue;
      let conj = phrase.slice(from, i);
      from = i + 1;
      while (conj.length > 1 && /^(?:himself|herself|themselves|itself)$/i.test(conj[conj.length - 1].w)) conj = conj.slice(0, -1);
      if (!conj.length) continue;
      let p = conj.findIndex((t, k) => k > 0 && POST_HEAD.test(t.w));
      if (p < 0) p = conj.length;
      // a name's head is the name: "Mexican President Enrique Peña Nieto", "Article 33"
      let h = p - 1;
      if (/^[\p{Lu}\p{N}]/u.test(conj[h].w)) while (h > 0 && /^\p{Lu}/u.test(conj[h - 1].w)) h--;
      out.push({ start: conj[h].start, end: conj[p - 1].end, w: conj[p - 1].w });
      const last = conj[conj.length - 1];
      if (first && p < conj.length && (TITLE_HEAD.test(conj[p - 1].w) || ORG_HEAD.test(conj[p - 1].w)) && /^\p{Lu}/u.test(last.w)) out.push(last);
    }
    return out;
  };
  const n = phraseEnd(0);
  const heads = headsOf(toks.slice(0, n), true);
  // the phrase set after the comma names the same one: "Santilli's attorney, Thomas Coan,",
  // "Priorities USA, a pro-Clinton super PAC," (not a clause: ", who …", ", writing for …")
  if (n < toks.length) {
    const app = toks.slice(n, phraseEnd(n));
    if (app.length <= 12 && !/^(?:who|whom|whose|which|that|\p{Ll}+ing)$/u.test(app[0].w)) heads.push(...headsOf(app, false));
  }
  return heads.map((t) => ({ start: t.start, end: t.end }));
}

export function scoreDocs(docs, predict, errors = null, opts = {}) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const sp = { all: [0, 0], name: [0, 0], pronoun: [0, 0], description: [0, 0], person: [0, 0] };
  let matchedNoSource = 0;
  let headline = 0;
  for (const d of docs) {
    const bodyStart = d.text.indexOf("\n");
    const predicted = predict(d.text);
    const predAll = Object.assign(predicted.filter((p) => {
      if (p.start > bodyStart) return true;
      headline++;
      return false;
    }), { people: predicted.people });
    const pred = predAll.filter((p) => !predAll.some((o) => o !== p && o.start <= p.start && o.end >= p.end && o.end - o.start > p.end - p.start));
    const pairs = [];
    d.gold.forEach((g, gi) =>
      pred.forEach((p, pi) => {
        const o = overlap(g, p);
        if (o * 2 >= g.end - g.start && o > 0) pairs.push({ gi, pi, o });
      }),
    );
    pairs.sort((a, b) => b.o - a.o);
    const gUsed = new Map();
    const pUsed = new Set();
    for (const { gi, pi } of pairs) {
      if (gUsed.has(gi) || pUsed.has(pi)) continue;
      gUsed.set(gi, pi);
      pUsed.add(pi);
    }
    tp += gUsed.size;
    fp += pred.length - pUsed.size;
    fn += d.gold.length - gUsed.size;
    if (errors) {
      pred.forEach((p, pi) => pUsed.has(pi) || errors.push({ doc: d.name, type: "FP", quote: d.text.slice(p.start, p.end), at: p, text: d.text }));
      d.gold.forEach((g, gi) => gUsed.has(gi) || errors.push({ doc: d.name, type: "FN", quote: d.text.slice(g.start, g.end), at: g, text: d.text }));
    }
    for (const [gi, pi] of gUsed) {
      const g = d.gold[gi];
      const p = pred[pi];
      if (!g.sources.length) {
        matchedNoSource++;
        continue;
      }
      // the person behind the gold Source (a people[] mention inside it), when the engine knows
      // them: is the quote given to that person, whichever mention names them?
      // the head of the Source: its last person mention before any comma ("Clinton spokesman
      // Brian Fallon" is Fallon; "Scott Pruitt, the Republican attorney general," is Pruitt)
      // (the mention covering the Source's head: "a Trump supporter" is nobody the engine names,
      // not Trump; "Santilli's attorney, Thomas Coan," is Coan)
      const people = predAll.people ?? [];
      // (a Source of two, "Obama and Clinton": either is a right speaker)
      const named = sourceHeads(d.text, g.sources[0])
        .map((h) => people.find((pp) => pp.mentions.some((m) => overlap(m, h) > 0)))
        .filter(Boolean);
      const person = named.find((pp) => pp.id === p.speaker) ?? named[0] ?? null;
      if (person) {
        sp.person[1]++;
        if (p.speaker === person.id) sp.person[0]++;
        // --person-errors: the quotes given to someone other than the Source's person (listed only)
        else if (errors && opts.person) {
          const got = p.speaker ? (people.find((pp) => pp.id === p.speaker)?.name ?? p.speaker) : "nobody";
          errors.push({ doc: d.name, type: "PERSON", quote: d.text.slice(g.start, g.end), gold: `${person.name} (Source: ${g.sources[0].map((f) => d.text.slice(f.start, f.end)).join(" ")})`, cue: `${p.cue ? d.text.slice(p.cue.start, p.cue.end) : "null"} -> ${got}`, at: g, text: d.text });
        }
      }
      const kind = sourceKind(d.text, g.sources[0]);
      // right when the cue covers the head of a gold Source (see sourceHeads)
      const ok = !!p.cue && g.sources.some((s) => sourceHeads(d.text, s).some((h) => overlap(h, p.cue) > 0));
      for (const k of ["all", kind]) {
        sp[k][0] += ok ? 1 : 0;
        sp[k][1]++;
      }
      if (errors && !ok) {
        const src = g.sources.map((s) => s.map((f) => d.text.slice(f.start, f.end)).join(" ")).join(" | ");
        errors.push({ doc: d.name, type: `SPK-${kind}`, quote: d.text.slice(g.start, g.end), gold: src, cue: p.cue ? d.text.slice(p.cue.start, p.cue.end) : null, at: g, text: d.text });
      }
    }
  }
  const P = tp / (tp + fp || 1);
  const R = tp / (tp + fn || 1);
  const acc = ([a, n]) => (n ? a / n : 0);
  return {
    spans: { tp, fp, fn, P, R, F1: P + R ? (2 * P * R) / (P + R) : 0, headline },
    speaker: { acc: acc(sp.all), n: sp.all[1], name: acc(sp.name), nName: sp.name[1], pronoun: acc(sp.pronoun), nPronoun: sp.pronoun[1], description: acc(sp.description), nDescription: sp.description[1], person: acc(sp.person), nPerson: sp.person[1], matchedNoSource },
  };
}

// ---------- the reference article ----------
export function checkReference(analysis, expected) {
  const byId = new Map(analysis.people.map((p) => [p.id, p]));
  const norm = (t) => t.replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();
  const matchWords = (name) => expected.people.find((p) => p.name === name)?.match ?? [name.split(/\s+/).pop()];
  const rows = [];
  const used = new Set();
  let ok = true;
  for (const e of expected.quotes) {
    const want = norm(e.text);
    const qi = analysis.quotes.findIndex((q, i) => !used.has(i) && norm(q.text).includes(want));
    const q = analysis.quotes[qi];
    if (qi >= 0) used.add(qi);
    const name = q?.speaker ? (byId.get(q.speaker)?.name ?? "?") : null;
    const right = e.speaker === null ? !!q && q.speaker === null : !!name && matchWords(e.speaker).some((w) => name.split(/\s+/).includes(w));
    if (!right) ok = false;
    rows.push({ quote: e.text.slice(0, 40), expected: e.speaker ?? "null", found: q ? "yes" : "NO", speaker: name ?? "null", cue: q?.cue ? analysis.text.slice(q.cue.start, q.cue.end) : "", ok: right ? "yes" : "NO" });
  }
  // expected.json lists the body's quotations; a quote in the headline (first line) is asked
  // for by issue 5 ("single quotes in headlines") and reported apart, not counted as invented
  const titleEnd = analysis.text.indexOf("\n");
  const extra = analysis.quotes.filter((_, i) => !used.has(i));
  const headline = extra.filter((q) => titleEnd >= 0 && q.end <= titleEnd);
  const invented = extra.filter((q) => !headline.includes(q)).map((q) => q.text);
  if (invented.length) ok = false;
  const hl = headline.map((q) => `«${q.text}» speaker=${q.speaker ? byId.get(q.speaker)?.name : "null"} cue=${q.cue ? analysis.text.slice(q.cue.start, q.cue.end) : "null"}`);
  return { ok, rows, invented, headline: hl };
}

export async function run(ctx) {
  const root = ctx?.root ?? ROOT;
  const dataDir = ctx?.dataDir ?? resolve(root, "../shared/data");
  const log = ctx?.log ?? console.log;
  const table = ctx?.table ?? (await import("../index.mjs").then((m) => (rows) => console.log(m.formatTable(rows))));
  const args = ctx?.args ?? process.argv.slice(2);
  const nErr = args.includes("--errors") ? Number(args[args.indexOf("--errors") + 1] ?? 40) : 0;
  // --context N: each listed error also shows N characters of text either side of its span
  const nCtx = args.includes("--context") ? Number(args[args.indexOf("--context") + 1] ?? 200) : 0;
  // --person-errors: with --errors, also list the person-level misses (type PERSON)
  const personErrors = args.includes("--person-errors");
  // --error-type TYPE: list only the errors of that type ("SPK-description": the described
  // speakers missed, the weakest class; "FP", "FN", "SPK-name", "SPK-pronoun", "PERSON")
  const errorType = args.includes("--error-type") ? args[args.indexOf("--error-type") + 1] : null;
  const m = await loadMatchers(root);
  const predict = (t) => {
    const people = m.findPeople(t);
    return Object.assign(m.findQuotes(t, people), { people });
  };

  // --halves: train is also reported as its even and odd files (by sorted name), the halves one
  // tunes on (even, with dev) and checks on (odd); --only-split S scores just one of them
  const halves = args.includes("--halves");
  const only = args.includes("--only-split") ? args[args.indexOf("--only-split") + 1] : null;
  const splits = halves ? ["dev", "train", "train-even", "train-odd"] : ["dev", "train"];
  const rows = [];
  const cache = new Map();
  for (const split of splits) {
    if (only && split !== only) continue;
    const base = split.replace(/-(?:even|odd)$/, "");
    if (!cache.has(base)) cache.set(base, loadPolnear(join(dataDir, "polnear", base)));
    const all = cache.get(base);
    const docs = all && base !== split ? all.filter((_, i) => i % 2 === (split.endsWith("even") ? 0 : 1)) : all;
    if (!docs) {
      log(`polnear/${split} not found: skipped`);
      continue;
    }
    const errors = nErr && split === (args.includes("--errors-split") ? args[args.indexOf("--errors-split") + 1] : args.includes("--train-errors") ? "train" : "dev") ? [] : null;
    const t0 = performance.now();
    const r = scoreDocs(docs, predict, errors, { person: personErrors });
    const ms = performance.now() - t0;
    rows.push({ split, docs: docs.length, gold: r.spans.tp + r.spans.fn, ...r.spans, spkAcc: r.speaker.acc, spkN: r.speaker.n, names: r.speaker.name, nNames: r.speaker.nName, pronouns: r.speaker.pronoun, nPron: r.speaker.nPronoun, descr: r.speaker.description, nDescr: r.speaker.nDescription, person: r.speaker.person, nPerson: r.speaker.nPerson, ms: Math.round(ms) });
    if (errors) {
      const byType = {};
      for (const e of errors) if (!errorType || e.type === errorType) (byType[e.type] ??= []).push(e);
      for (const [type, list] of Object.entries(byType)) {
        log(`${split} ${type}: ${list.length}`);
        for (const e of list.slice(0, nErr)) {
          log(`  ${e.doc.slice(0, 40)} «${e.quote.slice(0, 90).replace(/\n/g, "⏎")}»${e.gold !== undefined ? ` gold=[${e.gold}] cue=[${e.cue}]` : ""}`);
          if (nCtx) log(`      …${e.text.slice(Math.max(0, e.at.start - nCtx), e.at.start).replace(/\n/g, "⏎")}▮${e.quote.slice(0, 60).replace(/\n/g, "⏎")}▮${e.text.slice(e.at.end, e.at.end + nCtx / 2).replace(/\n/g, "⏎")}`);
        }
      }
    }
  }
  log("PolNeAR direct quotations (bars on dev: span F1 >= 0.95, speaker accuracy >= 0.90)");
  table(rows);

  const seedDir = existsSync(resolve(root, "../shared/seed")) ? resolve(root, "../shared/seed") : join(root, "tests/fixtures/seed");
  const text = readFileSync(join(seedDir, "article.txt"), "utf8");
  const expected = JSON.parse(readFileSync(join(seedDir, "expected.json"), "utf8"));
  const ref = checkReference(m.analyzeText(text), expected);
  log(`reference article: ${ref.ok ? "PASS" : "FAIL"} — ${ref.rows.filter((r) => r.ok === "yes").length}/${expected.quotes.length} quotes with the right speaker; invented: [${ref.invented.join(" | ")}]; headline quotes: [${ref.headline.join(" | ")}]`);
  table(ref.rows);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run(null);
