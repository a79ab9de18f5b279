/**
 * Import validation: 1,000 generated malformed or hostile files are each refused with a
 * sentence (or, for markup in names, which is legal text, accepted as plain text); no
 * exception escapes and Object.prototype stays clean.
 */
import { afterEach, describe, expect, it } from "vitest";
import {
  mergeArticle,
  mergeImported,
  parseImport,
  toExport,
  type Entry,
  type ExportFile,
} from "../../../src/background/glossary-core";

const NOW = "2026-02-03T04:05:06.000Z";

function entry(i: number, over: Partial<Entry> = {}): Entry {
  return {
    id: `id${i}`,
    kind: "person",
    name: `Person Number${i}`,
    aliases: [`Person Number${i}`, `Number${i}`],
    keys: [],
    note: i % 2 ? `note ${i}` : "",
    pinned: i % 3 === 0,
    hidden: false,
    articles: [{ url: `https://news.example/${i}`, title: `Story ${i}`, date: NOW }],
    roles: [{ role: "Minister", title: `Story ${i}`, url: `https://news.example/${i}`, date: NOW }],
    quotes: [{ text: `Quote ${i}`, title: `Story ${i}`, url: `https://news.example/${i}`, date: NOW }],
    created: NOW,
    updated: NOW,
    ...over,
  };
}

const validFile = (): ExportFile => toExport([entry(1), entry(2), entry(3, { kind: "term", note: "my term" })], NOW);

/** Deterministic PRNG so a failure can be replayed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An export file as loose JSON: the generator breaks arbitrary fields on purpose, which no
 *  precise type allows. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type Loose = any;
const loose = (f: ExportFile): Loose => f;

type Case = { label: string; input: unknown; legal?: (f: ExportFile) => void };

function generate(count: number, seed = 7): Case[] {
  const r = rng(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const wrongValues: unknown[] = [null, 0, -1, 1.5, true, false, "", "x", [], {}, [1, 2], { a: 1 }, "2026-13-45", NaN];
  const huge = (n: number) => "A".repeat(n);
  const hostileKeys = ["__proto__", "constructor", "prototype"];
  const paths: ((f: Loose, val: unknown) => void)[] = [
    (f, v) => (f.format = v),
    (f, v) => (f.version = v),
    (f, v) => (f.exportedAt = v),
    (f, v) => (f.entries = v),
    (f, v) => (f.entries[0] = v),
    (f, v) => (f.entries[1].id = v),
    (f, v) => (f.entries[1].kind = v),
    (f, v) => (f.entries[0].name = v),
    (f, v) => (f.entries[0].aliases = v),
    (f, v) => (f.entries[0].aliases[0] = v),
    (f, v) => (f.entries[2].note = v),
    (f, v) => (f.entries[0].pinned = v),
    (f, v) => (f.entries[0].hidden = v),
    (f, v) => (f.entries[1].articles = v),
    (f, v) => (f.entries[1].articles[0].url = v),
    (f, v) => (f.entries[1].articles[0].date = v),
    (f, v) => (f.entries[0].roles[0].role = v),
    (f, v) => (f.entries[0].quotes[0].text = v),
    (f, v) => (f.entries[0].quotes[0] = v),
    (f, v) => (f.entries[0].created = v),
  ];
  const cases: Case[] = [];
  const kinds = ["truncated", "wrongType", "huge", "pollution", "deep", "version", "extraKey", "html", "notText", "garbage", "duplicateId", "emptyName"] as const;
  for (let i = 0; i < count; i++) {
    const kind = kinds[i % kinds.length]!;
    const f = loose(validFile());
    const text = JSON.stringify(f);
    switch (kind) {
      case "truncated": {
        const cut = 1 + Math.floor(r() * (text.length - 2));
        cases.push({ label: `truncated at ${cut}`, input: text.slice(0, cut) });
        break;
      }
      case "wrongType": {
        const p = Math.floor(r() * paths.length);
        let val = pick(wrongValues);
        // some wrong values happen to be right for some fields; make them wrong for all
        if (typeof val === "string" && p !== 3) val = 42;
        if (Array.isArray(val) && p === 3) val = "entries";
        if (typeof val === "boolean" && (p === 11 || p === 12)) val = "yes";
        paths[p]!(f, val);
        cases.push({ label: `wrong type at path ${p}: ${JSON.stringify(val)}`, input: JSON.stringify(f) });
        break;
      }
      case "huge": {
        const which = Math.floor(r() * 5);
        if (which === 0) f.entries[0].name = huge(201 + Math.floor(r() * 10_000));
        else if (which === 1) f.entries[0].note = huge(100_001 + Math.floor(r() * 1000));
        else if (which === 2) f.entries[0].quotes[0].text = huge(5_001 + Math.floor(r() * 10_000));
        else if (which === 3) f.entries[0].aliases = Array.from({ length: 51 + Math.floor(r() * 100) }, (_, j) => `a${j}`);
        else f.entries[1].articles[0].url = huge(4_001 + Math.floor(r() * 1000));
        cases.push({ label: `huge ${which}`, input: JSON.stringify(f) });
        break;
      }
      case "pollution": {
        const key = pick(hostileKeys);
        const where = Math.floor(r() * 3);
        const inject = `"${key}":{"polluted":true,"isAdmin":true},`;
        const json =
          where === 0
            ? text.replace("{", `{${inject}`)
            : where === 1
              ? text.replace('{"id":"id1"', `{${inject}"id":"id1"`)
              : text.replace('{"url":', `{${inject}"url":`);
        cases.push({ label: `pollution ${key} at ${where}`, input: json });
        break;
      }
      case "deep": {
        const depth = 10 + Math.floor(r() * 5_000);
        const json = `{"format":"dramatis-glossary","version":1,"exportedAt":"${NOW}","entries":[${"[".repeat(depth)}${"]".repeat(depth)}]}`;
        cases.push({ label: `deep ${depth}`, input: json });
        break;
      }
      case "version":
        f.version = pick([0, 2, 99, "1", -1, 1.1]);
        if (r() < 0.3) f.format = pick(["dramatis", "", "other-glossary"]);
        cases.push({ label: `version ${f.version}`, input: JSON.stringify(f) });
        break;
      case "extraKey":
        if (r() < 0.5) f.entries[0][`extra${i}`] = 1;
        else f[`extra${i}`] = { x: 1 };
        cases.push({ label: "extra key", input: JSON.stringify(f) });
        break;
      case "html": {
        const payload = pick([
          "<script>alert(1)</script>",
          "<img src=x onerror=alert(1)>",
          '"><svg onload=alert(1)>',
          "Bob <b>Bold</b> Jones",
          "javascript:alert(1) Smith",
        ]);
        f.entries[0].name = `${payload} ${i}`;
        f.entries[0].note = payload;
        f.entries[0].quotes[0].text = payload;
        const expected = `${payload} ${i}`;
        cases.push({
          label: `html ${payload}`,
          input: JSON.stringify(f),
          legal: (file) => {
            expect(file.entries[0]!.name).toBe(expected);
            expect(file.entries[0]!.note).toBe(payload);
          },
        });
        break;
      }
      case "notText":
        cases.push({ label: "not text", input: pick<unknown>([null, undefined, 1, {}, [], true, new Uint8Array(4)]) });
        break;
      case "garbage": {
        const len = Math.floor(r() * 200);
        let s = "";
        for (let j = 0; j < len; j++) s += String.fromCharCode(Math.floor(r() * 0x3000));
        cases.push({ label: "garbage", input: pick(["", "   ", s, "[]", "null", "42", '"str"', "{}", "[{}]"]) });
        break;
      }
      case "duplicateId":
        f.entries[1].id = f.entries[0].id;
        cases.push({ label: "duplicate id", input: JSON.stringify(f) });
        break;
      case "emptyName":
        f.entries[0].name = pick(["", "   ", "!!!", "—"]);
        cases.push({ label: `empty name ${JSON.stringify(f.entries[0].name)}`, input: JSON.stringify(f) });
        break;
    }
  }
  return cases;
}

afterEach(() => {
  // Nothing may have reached the shared prototype.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false);
});

describe("parseImport", () => {
  it("accepts a real export and round-trips it", () => {
    const f = validFile();
    const r = parseImport(JSON.stringify(f, null, 2));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.file).toEqual(f);
  });

  it("refuses 1,000 generated malformed or hostile files with a message; markup in names is kept as text", () => {
    const cases = generate(1_000);
    expect(cases).toHaveLength(1_000);
    let refused = 0;
    let legal = 0;
    for (const c of cases) {
      let r: ReturnType<typeof parseImport>;
      try {
        r = parseImport(c.input);
      } catch (e) {
        throw new Error(`exception escaped for ${c.label}: ${String(e)}`);
      }
      if (c.legal) {
        expect(r.ok, c.label).toBe(true);
        if (r.ok) c.legal(r.file);
        legal++;
      } else {
        expect(r.ok, `${c.label} should be refused`).toBe(false);
        if (!r.ok) {
          expect(r.error).toMatch(/^Import refused: .{5,}/);
          expect(r.error.length).toBeLessThan(600);
        }
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(900);
    expect(legal).toBeGreaterThan(50);
  });

  it("says what is wrong and where", () => {
    const f = loose(validFile());
    f.entries[1].pinned = "yes";
    const r = parseImport(JSON.stringify(f));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toContain("entries[1].pinned");
      expect(r.error).toContain("Person Number2");
    }
    const t = parseImport(JSON.stringify(validFile()).slice(0, 100));
    expect(!t.ok && t.error).toMatch(/not valid JSON/);
    const p = parseImport(JSON.stringify(validFile()).replace("{", '{"__proto__":{"polluted":1},'));
    expect(!p.ok && p.error).toMatch(/forbidden key "__proto__"/);
    const v = parseImport(JSON.stringify({ ...validFile(), version: 2 }));
    expect(!v.ok && v.error).toMatch(/version/);
  });
});

describe("mergeImported", () => {
  it("importing the same entry twice changes nothing the second time", () => {
    const f = validFile();
    const imp = f.entries[0]!;
    let n = 0;
    const once = mergeImported(undefined, imp, () => `new${++n}`);
    const twice = mergeImported(once, imp, () => `new${++n}`);
    expect(twice).toEqual(once);
    expect(once.keys).toContain("person number1");
  });

  it("an export imported into an empty glossary exports again identically (alias order, dates, notes, pins)", () => {
    // entries as reading builds them: 'Putin' alone first, then the full name from a later article
    let pool: Entry[] = [];
    let n = 0;
    const read = (url: string, name: string, aliases: string[], role: string | null, day: number) => {
      const msg = { type: "article/analysed" as const, url, title: `Story ${day}`, people: [{ name, aliases, role, mentions: 2, quotes: [`Said on day ${day}.`] }] };
      const { put } = mergeArticle(pool, msg, `2026-01-0${day}T00:00:00.000Z`, () => `g${++n}`);
      pool = [...pool.filter((e) => !put.some((p) => p.id === e.id)), ...put];
    };
    read("https://news.example/1", "Putin", ["Putin"], null, 1);
    read("https://news.example/2", "Vladimir Putin", ["Vladimir Putin", "Putin", "Mr. Putin"], "President", 2);
    read("https://news.example/3", "Sarah Mitchell", ["Sarah Mitchell", "Mitchell"], "union leader", 3);
    pool = pool.map((e, i) => ({ ...e, note: `note ${i}`, pinned: i === 1 }));
    const first = toExport(pool, NOW);
    expect(first.entries[0]!.aliases).toEqual(["Putin", "Vladimir Putin", "Mr. Putin"]);
    const parsed = parseImport(JSON.stringify(first));
    if (!parsed.ok) throw new Error(parsed.error);
    // what the store does for an entry new to the glossary: merge into nothing, keep the file's id
    const imported = parsed.file.entries.map((imp) => ({ ...mergeImported(undefined, imp, () => "unused"), id: imp.id }));
    expect(toExport(imported, NOW)).toEqual(first);
  });

  it("keeps the local note and appends a different imported one, so neither is lost", () => {
    const f = validFile();
    const imp = { ...f.entries[1]!, note: "from the file" };
    const local: Entry = { ...entry(2), keys: ["person number2"], note: "written here" };
    const merged = mergeImported(local, imp, () => "x");
    expect(merged.note).toContain("written here");
    expect(merged.note).toContain("from the file");
    expect(merged.id).toBe(local.id);
  });
});
