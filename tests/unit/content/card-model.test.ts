import { describe, expect, it } from "vitest";
import type { Analysis } from "../../../src/engine/types";
import type { GlossaryView } from "../../../src/messages";
import { entityCard, personCard, quoteCard, termCard, wikipediaUrl } from "../../../src/content/card-model";
import { Ui } from "../../../src/content/ui";

const HOSTILE = '<img src=x onerror="alert(1)">';

function analysis(): Analysis {
  return {
    version: 1,
    article: true,
    title: "t",
    byline: null,
    text: "x".repeat(400),
    people: [
      { id: "p1", name: "Christopher Wray", aliases: ["Christopher Wray", "Wray", "the director"], role: "FBI Director", mentions: [{ start: 0, end: 5 }, { start: 10, end: 15 }] },
      { id: "p2", name: HOSTILE, aliases: [HOSTILE], role: "<b>boss</b>", mentions: [{ start: 20, end: 25 }] },
    ],
    quotes: [
      { start: 30, end: 40, text: "one", speaker: "p1", cue: null },
      { start: 50, end: 60, text: "two", speaker: "p2", cue: null },
      { start: 70, end: 80, text: "three", speaker: "p1", cue: null },
      { start: 90, end: 100, text: "four", speaker: "p1", cue: null },
      { start: 110, end: 120, text: "five", speaker: "p1", cue: null },
      { start: 130, end: 140, text: "nobody's", speaker: null, cue: null },
    ],
    organizations: [{ id: "o1", name: "FBI", aliases: ["FBI", "Federal Bureau of Investigation"], description: null, mentions: [{ start: 200, end: 203 }] }],
    places: [],
  };
}

const entry = (over: Partial<GlossaryView> = {}): GlossaryView => ({
  id: "g1",
  kind: "person",
  name: "Christopher Wray",
  aliases: [],
  note: "Appointed 2017.",
  pinned: false,
  hidden: false,
  seenIn: 4,
  roles: [],
  quotes: [],
  ...over,
});

describe("card model", () => {
  it("a quotation printed twice (a pull quote, a hidden copy for small screens) is listed once", () => {
    const a = analysis();
    a.quotes.splice(1, 0, { start: 300, end: 310, text: " one ", speaker: "p1", cue: null });
    a.quotes.push({ start: 320, end: 330, text: "two", speaker: "p1", cue: null });
    const m = personCard(a, "p1")!;
    expect(m.quotes.map((q) => q.text)).toEqual(["one", "three", "four"]);
    expect(m.quotes[0]!.id).toBe("q0");
    // "two" is p2's too, but said again by p1 it is p1's own quotation
    expect(m.quoteCount).toBe(5);
  });

  it("a person: name, role, other names, mentions, first three quotations with their ids", () => {
    const m = personCard(analysis(), "p1")!;
    expect(m.heading).toBe("Christopher Wray");
    expect(m.subtitle).toBe("FBI Director");
    expect(m.aliases).toEqual(["Wray", "the director"]);
    expect(m.mentions).toBe("Mentioned 2 times");
    expect(m.quotes).toEqual([
      { id: "q0", text: "one" },
      { id: "q2", text: "three" },
      { id: "q3", text: "four" },
    ]);
    expect(m.quoteCount).toBe(4);
    expect(m.wikipedia).toBe("https://en.wikipedia.org/wiki/Special:Search?search=Christopher%20Wray");
    expect(m.note).toBeNull();
    expect(m.seenIn).toBeNull();
  });

  it("glossary note and 'Seen in N articles' when the worker knows them", () => {
    const m = personCard(analysis(), "p1", entry())!;
    expect(m.note).toBe("Appointed 2017.");
    expect(m.seenIn).toBe("Seen in 4 articles");
    expect(personCard(analysis(), "p1", entry({ seenIn: 1, note: "  " }))).toMatchObject({ note: null, seenIn: "Seen in 1 article" });
  });

  it("what other articles said: their roles (no repeats) and a quotation, never this page's own", () => {
    const here = "https://news.example/this";
    const m = personCard(
      analysis(),
      "p1",
      entry({
        roles: [
          { role: "FBI Director", title: "This article", url: here, date: "2026-11-29" },
          { role: "FBI Director", title: "Senate hearing", url: "https://a.example/1", date: "2026-11-20" },
          { role: "director of the FBI", title: "Profile", url: "https://b.example/2", date: "2026-10-01" },
          { role: "lawyer", title: "Old story", url: "https://c.example/3", date: "2017-01-01" },
        ],
        quotes: [
          { text: "here", title: "This article", url: here, date: "2026-11-29" },
          { text: "We will not be intimidated.", title: "Senate hearing", url: "https://a.example/1", date: "2026-11-20" },
        ],
      }),
      here,
    )!;
    expect(m.elsewhere).toEqual(["FBI Director (in “Senate hearing”)", "director of the FBI (in “Profile”)", "“We will not be intimidated.” (Senate hearing)"]);
  });

  it("a quotation says who said it, or that nobody is named", () => {
    expect(quoteCard(analysis(), 0)).toMatchObject({ heading: "Said by Christopher Wray", subtitle: "FBI Director", speakerId: "p1", excerpt: "“one”" });
    expect(quoteCard(analysis(), 5)).toMatchObject({ heading: "Speaker not named", speakerId: null });
    expect(quoteCard(analysis(), 99)).toBeNull();
  });

  it("a quotation too long for the card is cut after a whole word, never inside one", () => {
    const a = analysis();
    const long = "I was really happy with my decision, knowing I'll feel confident in what I'm wearing. ".repeat(4) + "I'm also curious to fill up a future nuuly order with trendy clothes.";
    a.quotes[0]!.text = long;
    const excerpt = quoteCard(a, 0)!.excerpt!;
    expect(excerpt.length).toBeLessThan(long.length);
    expect(excerpt).toMatch(/^“.*…”$/);
    const kept = excerpt.slice(1, -2);
    // what is shown is the start of the quotation, ending where a word ends
    expect(long.startsWith(kept)).toBe(true);
    expect(long[kept.length]).toMatch(/\s/);
    expect(kept).not.toMatch(/[\s,;:]$/);
  });

  /** An analysis of `text` whose quotations name nobody: each [quoted words, cue words]. */
  const unnamed = (text: string, quotes: [string, string][]): Analysis => {
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    return { ...analysis(), text, people: [], quotes: quotes.map(([q, cue]) => ({ ...at(q), text: q, speaker: null, cue: at(cue) })) };
  };

  it("a quotation whose speaker the article describes but does not name says it in the article's words", () => {
    const text = "“We will appeal the ruling at once,” said a spokeswoman for the agency. “Pure fiction,” they said. “Nobody saw it,” the sometimes said. Remember, “you get what you pay for, always.” The frequency of “poor mental health days” rose.";
    const a = unnamed(text, [
      ["We will appeal the ruling at once,", "a spokeswoman for the agency"],
      // a pronoun stands for someone not named; a short scare-quote's cue is seldom a speaker
      ["Pure fiction,", "they"],
      ["Nobody saw it,", "they"],
      // a cue the page's text cut short ("said MIT professor the director of the")
      ["We will appeal the ruling at once,", "a spokeswoman for the"],
      // a sentence's first words that no reporting verb ties to the quote
      ["you get what you pay for, always.", "Remember"],
    ]);
    expect(quoteCard(a, 0)).toMatchObject({ heading: "Said by a spokeswoman for the agency", label: "Dramatis: quotation said by a spokeswoman for the agency", speakerId: null, subtitle: null });
    expect(quoteCard(a, 1)).toMatchObject({ heading: "Speaker not named" });
    expect(quoteCard(a, 2)).toMatchObject({ heading: "Speaker not named" });
    expect(quoteCard(a, 3)).toMatchObject({ heading: "Speaker not named" });
    expect(quoteCard(a, 4)).toMatchObject({ heading: "Speaker not named" });
  });

  it("a short reply that is a sentence of its own gets its described speaker; a short scare quote does not", () => {
    const a = unnamed("The source answered, “Correct.” The frequency of “poor days” rose, the report said.", [
      ["Correct.", "The source"],
      ["poor days", "the report"],
    ]);
    expect(quoteCard(a, 0)).toMatchObject({ heading: "Said by the source", label: "Dramatis: quotation said by the source" });
    expect(quoteCard(a, 1)).toMatchObject({ heading: "Speaker not named" });
  });

  it("a signature after a dash, on the quotation's line or the next, says who wrote it", () => {
    const text = "“The compiler caught every bug we had.” — Research software engineer at a lab\n\n“Setup took an hour, then it just worked.”\n-- Founder and CEO of a tools company\n\n“Builds are slow, always.” — Safety engineer working on brake control software for small trucks\n\nThe default “turbo mode” — Wrist pain aside — is fine.";
    const a = unnamed(text, [
      ["The compiler caught every bug we had.", "Research software engineer at a lab"],
      ["Setup took an hour, then it just worked.", "Founder and CEO of a tools company"],
      ["Builds are slow, always.", "Safety engineer working on brake control software for small trucks"],
      // (a dash that opens an aside after a scare quote signs nothing: the quote is too short anyway)
      ["turbo mode", "Wrist pain"],
    ]);
    expect(quoteCard(a, 0)).toMatchObject({ heading: "Said by Research software engineer at a lab" });
    expect(quoteCard(a, 1)).toMatchObject({ heading: "Said by Founder and CEO of a tools company" });
    expect(quoteCard(a, 2)).toMatchObject({ heading: "Said by Safety engineer working on brake control software for small trucks" });
    expect(quoteCard(a, 3)).toMatchObject({ heading: "Speaker not named" });
  });

  it("a quotation a writing holds reads as from that writing, not said by it", () => {
    const text = "“The agency kept no records of the meetings,” the annual audit report said. The Post's account reads: “No one was told.” “We will appeal at once,” said a spokeswoman for the agency.";
    const a = unnamed(text, [
      ["The agency kept no records of the meetings,", "the annual audit report"],
      ["No one was told.", "The Post's account"],
      ["We will appeal at once,", "a spokeswoman for the agency"],
    ]);
    expect(quoteCard(a, 0)).toMatchObject({ heading: "From the annual audit report", label: "Dramatis: quotation from the annual audit report" });
    expect(quoteCard(a, 1)).toMatchObject({ heading: "From The Post's account" });
    expect(quoteCard(a, 2)).toMatchObject({ heading: "Said by a spokeswoman for the agency" });
  });

  it("an adverb between the described speaker and the verb still ties them: 'my father often said'", () => {
    const a = unnamed("“Never buy what you cannot fix,” my father often said.", [["Never buy what you cannot fix,", "my father"]]);
    expect(quoteCard(a, 0)).toMatchObject({ heading: "Said by my father" });
  });

  it("organisations and terms read like people", () => {
    expect(entityCard(analysis(), "organization", "o1")).toMatchObject({ heading: "FBI", aliases: ["Federal Bureau of Investigation"], mentions: "Mentioned once" });
    expect(termCard(entry({ kind: "term", name: "glasnost", note: "openness" }), 3)).toMatchObject({ heading: "glasnost", note: "openness", mentions: "Mentioned 3 times" });
  });

  it("a hostile name is data: encoded in the link, shown as text in the card", () => {
    const m = personCard(analysis(), "p2")!;
    expect(m.heading).toBe(HOSTILE);
    expect(m.wikipedia).toBe(wikipediaUrl(HOSTILE));
    expect(m.wikipedia).not.toContain("<");

    const ui = new Ui(document, { onQuote: () => {}, onClose: () => {} });
    ui.showCard(m, () => new DOMRect(10, 10, 40, 16), { theme: "light", swatch: null, focus: false });
    expect(ui.cardText()).toContain(HOSTILE);
    expect(ui.cardText()).toContain("<b>boss</b>");
    expect(ui.cardLabel()).toBe(`Dramatis: ${HOSTILE}`);
    // the page sees one host element and nothing of the card (the root is closed)
    const hosts = document.querySelectorAll("dramatis-ui");
    expect(hosts).toHaveLength(1);
    expect(hosts[0]!.shadowRoot).toBeNull();
    expect(document.querySelector("img")).toBeNull();
    ui.remove();
    expect(document.querySelectorAll("dramatis-ui")).toHaveLength(0);
  });
});
