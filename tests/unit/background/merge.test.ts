/**
 * Merging article summaries into glossary entries: the rules a user notices when the same
 * person turns up in several articles.
 */
import { describe, expect, it } from "vitest";
import {
  articleKey,
  findMatch,
  hasVisibleName,
  mergeArticle,
  normalizeName,
  toView,
  type ArticleMessage,
  type Entry,
} from "../../../src/background/glossary-core";

/** A tiny in-memory glossary that applies merge results like the store does. */
function glossary() {
  const entries = new Map<string, Entry>();
  let n = 0;
  return {
    entries,
    add(msg: ArticleMessage, now = "2026-01-01T00:00:00.000Z") {
      const r = mergeArticle([...entries.values()], msg, now, () => `e${++n}`);
      for (const e of r.put) entries.set(e.id, e);
      return r;
    },
    byName(name: string) {
      return [...entries.values()].filter((e) => normalizeName(e.name) === normalizeName(name));
    },
  };
}

const person = (name: string, aliases: string[], role: string | null = null, quotes: string[] = []) => ({
  name,
  aliases,
  role,
  mentions: aliases.length,
  quotes,
});

const article = (url: string, title: string, people: ArticleMessage["people"], extra: Partial<ArticleMessage> = {}): ArticleMessage => ({
  type: "article/analysed",
  url,
  title,
  people,
  ...extra,
});

describe("normalizeName", () => {
  it("ignores case, diacritics, punctuation and spacing", () => {
    expect(normalizeName("  Emmanuel   MACRON ")).toBe(normalizeName("emmanuel macron"));
    expect(normalizeName("Zelenskyy")).not.toBe(normalizeName("Zelensky"));
    expect(normalizeName("Søren Kierkegård")).toBe(normalizeName("Soren Kierkegard"));
    expect(normalizeName("José Álvarez")).toBe("jose alvarez");
    expect(normalizeName("O’Brien")).toBe(normalizeName("O'Brien"));
  });
});

describe("mergeArticle", () => {
  it("the same person in two articles becomes one entry seen in 2 articles, with both roles and quotes", () => {
    const g = glossary();
    g.add(article("https://news.example/a", "Talks in Geneva", [person("Vladimir Putin", ["Vladimir Putin", "Putin"], "Russian President", ["We are ready."])]));
    g.add(
      article("https://other.example/b", "Energy prices", [person("VLADIMIR PUTIN", ["VLADIMIR PUTIN"], "Kremlin leader", ["Gas will flow."])]),
      "2026-01-02T00:00:00.000Z",
    );
    const found = g.byName("Vladimir Putin");
    expect(found).toHaveLength(1);
    const view = toView(found[0]!);
    expect(view.seenIn).toBe(2);
    // latest first
    expect(view.roles.map((r) => r.role)).toEqual(["Kremlin leader", "Russian President"]);
    expect(view.quotes.map((q) => q.text)).toEqual(["Gas will flow.", "We are ready."]);
    expect(view.quotes[1]).toMatchObject({ title: "Talks in Geneva", url: "https://news.example/a" });
  });

  it("the same article twice (also with another #hash) counts once and adds no duplicate role or quote", () => {
    const g = glossary();
    const msg = article("https://news.example/a", "T", [person("Christopher Wray", ["Christopher Wray", "Wray"], "FBI Director", ["No comment."])]);
    g.add(msg);
    g.add({ ...msg, url: "https://news.example/a#comments" });
    const [e] = g.byName("Christopher Wray");
    expect(g.entries.size).toBe(1);
    expect(e!.articles).toHaveLength(1);
    expect(e!.roles).toHaveLength(1);
    expect(e!.quotes).toHaveLength(1);
    expect(articleKey("https://news.example/a#x")).toBe("https://news.example/a");
  });

  it("a lone surname merges into the full name that has it as an alias, both ways round", () => {
    const g = glossary();
    g.add(article("https://a.example/1", "One", [person("Vladimir Putin", ["Vladimir Putin", "Putin"])]));
    g.add(article("https://a.example/2", "Two", [person("Putin", ["Putin"], null, ["Nyet."])]));
    expect(g.entries.size).toBe(1);
    const [e] = g.byName("Vladimir Putin");
    expect(e!.articles).toHaveLength(2);
    expect(e!.quotes.map((q) => q.text)).toEqual(["Nyet."]);

    const h = glossary();
    h.add(article("https://a.example/1", "One", [person("Merkel", ["Merkel"])]));
    h.add(article("https://a.example/2", "Two", [person("Angela Merkel", ["Angela Merkel", "Merkel"])]));
    expect(h.entries.size).toBe(1);
    // the fuller name wins as the display name
    expect([...h.entries.values()][0]!.name).toBe("Angela Merkel");
  });

  it("two different people sharing a surname stay apart, and a lone surname does not guess between them", () => {
    const g = glossary();
    g.add(article("https://a.example/1", "One", [person("John Smith", ["John Smith", "Smith"])]));
    g.add(article("https://a.example/2", "Two", [person("Jane Smith", ["Jane Smith", "Smith"])]));
    expect(g.byName("John Smith")).toHaveLength(1);
    expect(g.byName("Jane Smith")).toHaveLength(1);
    g.add(article("https://a.example/3", "Three", [person("Smith", ["Smith"])]));
    // ambiguous: a new entry rather than a wrong merge
    expect(g.byName("John Smith")[0]!.articles).toHaveLength(1);
    expect(g.byName("Jane Smith")[0]!.articles).toHaveLength(1);
  });

  it("people, organisations and places with the same name are different entries", () => {
    const g = glossary();
    const r = g.add(
      article("https://a.example/1", "One", [person("Georgia Smith", ["Georgia Smith"])], {
        places: [person("Georgia", ["Georgia"])],
        organizations: [person("Reuters", ["Reuters"])],
      }),
    );
    expect(r.people).toBe(1);
    expect([...g.entries.values()].map((e) => e.kind).sort()).toEqual(["organization", "person", "place"]);
  });

  it("markup in a name is kept as plain text", () => {
    const g = glossary();
    g.add(article("https://a.example/1", "<b>x</b>", [person("<img src=x onerror=alert(1)> Evil", ["<img src=x onerror=alert(1)> Evil"])]));
    const e = [...g.entries.values()][0]!;
    expect(e.name).toBe("<img src=x onerror=alert(1)> Evil");
    expect(e.articles[0]!.title).toBe("<b>x</b>");
  });

  it("findMatch prefers the exact name over an alias hit", () => {
    const base = { note: "", pinned: false, hidden: false, articles: [], roles: [], quotes: [], created: "", updated: "" };
    const sr: Entry = { ...base, id: "a", kind: "person", name: "Donald Trump", aliases: ["Donald Trump", "Trump"], keys: ["donald trump", "trump"] };
    const jr: Entry = { ...base, id: "b", kind: "person", name: "Donald Trump Jr.", aliases: ["Donald Trump Jr.", "Donald Trump"], keys: ["donald trump jr", "donald trump"] };
    expect(findMatch([jr, sr], "person", { name: "Donald Trump", aliases: ["Trump"], role: null, quotes: [] })?.id).toBe("a");
  });
});

describe("matchesQuery", () => {
  it("finds entries by name or alias without accents, by note and by role", async () => {
    const { matchesQuery } = await import("../../../src/background/glossary-core");
    const g = glossary();
    g.add(article("https://a.example/1", "One", [person("José Álvarez", ["José Álvarez", "Álvarez"], "Finance Minister")]));
    const e = [...g.entries.values()][0]!;
    const noted = { ...e, note: "Met at the Zürich summit" };
    expect(matchesQuery(e, "alvarez")).toBe(true);
    expect(matchesQuery(e, "JOSE ALV")).toBe(true);
    expect(matchesQuery(e, "finance")).toBe(true);
    expect(matchesQuery(noted, "zurich")).toBe(true);
    expect(matchesQuery(e, "zurich")).toBe(false);
    expect(matchesQuery(e, "putin")).toBe(false);
  });
});

describe("initials", () => {
  it("a middle initial does not split a person, and different initials keep two people apart", () => {
    const g = glossary();
    g.add(article("https://a.example/1", "One", [person("Vladimir Putin", ["Vladimir Putin", "Putin"])]));
    g.add(article("https://a.example/2", "Two", [person("Vladimir V. Putin", ["Vladimir V. Putin"])]));
    expect(g.entries.size).toBe(1);
    expect([...g.entries.values()][0]!.articles).toHaveLength(2);
    g.add(article("https://a.example/3", "Three", [person("George W. Bush", ["George W. Bush"])]));
    g.add(article("https://a.example/4", "Four", [person("George H. W. Bush", ["George H. W. Bush"])]));
    expect(g.byName("George W. Bush")).toHaveLength(1);
    expect(g.byName("George H. W. Bush")).toHaveLength(1);
    g.add(article("https://a.example/5", "Five", [person("George W Bush", ["George W Bush", "Bush"])]));
    expect(g.byName("George W. Bush")[0]!.articles).toHaveLength(2);
    expect(g.byName("George H. W. Bush")[0]!.articles).toHaveLength(1);
  });
});

describe("a glossary record always has a name the user can see", () => {
  it("a name of only spaces, controls or zero-width characters is no name; any letter, digit or sign is", () => {
    for (const blank of ["", "   ", "\u200b", "\u00a0\u200d\ufeff", "\t\n", "\u2028\u0007"]) expect(hasVisibleName(blank), JSON.stringify(blank)).toBe(false);
    for (const name of ["Ann Lee", "C++", "€", "李", "\u200bX"]) expect(hasVisibleName(name), name).toBe(true);
  });
});
