import { describe, expect, it } from "vitest";
import { findPeople, groupMentions } from "../../../src/engine/people";

const names = (text: string) => findPeople(text).map((p) => p.name);

describe("findPeople: names the text uses for things, not people", () => {
  it("never makes a person of an honorific left alone (\"Mr. President\"), but keeps a surname that is a title", () => {
    const text =
      "''That was a fine speech you gave last night, Mr. President,'' Representative Ada Quell told Mr. Varnum in the photo line. Mr. Varnum smiled. Mr. Varnum left early. He faces former Lt. Gov. Patty Judge. Judge said she would win.";
    const found = findPeople(text).map((p) => `${p.name}:${p.mentions.length}`);
    expect(found.filter((n) => n.startsWith("Mr."))).toEqual([]);
    expect(found).toContain("Ada Quell:1");
    expect(found).toContain("Varnum:3");
    expect(found).toContain("Patty Judge:2");
  });

  it("drops a word of grammar that opens a sentence, though the given-name list holds it", () => {
    const text =
      "Turnout fell in every county tracked. Even so, the mayor stayed calm. Will the council act? Nobody knows. Instead, Rosa Delmar said the vote would wait.";
    expect(names(text)).toEqual(["Rosa Delmar"]);
  });

  it("drops a word of grammar in capitals, a keyword of code, though a role noun stands before one ('FROM employee\\n WHERE')", () => {
    const text =
      "If the WHERE clause is given, rows that fail it are dropped.\n\nWHERE Clause\n\n    SELECT name FROM employee\n    WHERE manager = 'Ann'\n\nWHERE comes before GROUP BY.";
    // the tagger's reading of a page of SQL: every WHERE a person, the one after "employee" titled
    const mentions = [...text.matchAll(/WHERE/g)].map((m) => ({ start: m.index, end: m.index + 5, words: ["WHERE"], titled: text.slice(0, m.index).endsWith("employee\n    ") }));
    expect(mentions.filter((m) => m.titled)).toHaveLength(1);
    expect(groupMentions(text, mentions).map((p) => p.name)).toEqual([]);
  });

  it("drops a lone acronym of a page written in lower case, even after a title's abbreviation", () => {
    const text =
      "Advancements in generative AI, zero-trust security, and other technologies are shaping analytics. Leaders are already using Gen AI in their data functions. I built my newsletter on two things: my voice and a system. The system runs on AI. The voice stays mine.";
    expect(names(text)).toEqual([]);
  });

  it("drops a name that only qualifies a school, a firm or a place, and keeps the person beside it", () => {
    const text =
      "Parents gathered near Sandy Hook Elementary School on Friday. Dawn Halvers, the principal, greeted them. In that sense, Sandy Hook was a turning point.\n\nFounded in 1964, Tam Orsk Electric Company has grown to 900 staff.\n\nIs there a better singer than Bill Callahan?\n\nBill Callahan Lonely City Drag City";
    const found = names(text);
    expect(found).not.toContain("Sandy Hook");
    expect(found).not.toContain("Tam Orsk");
    expect(found).toContain("Dawn Halvers");
    // (a headline's or a credit's longer run of capitals is no firm's name)
    expect(found).toContain("Bill Callahan");
  });
});

describe("findPeople: a person's name inside a firm's or a place's name", () => {
  it("is not highlighted as the person where completion meets it before a firm's head", () => {
    const text =
      "Donald Trump's campaign paid his own firms, filings show. Trump National Golf Club in Jupiter was paid $29,715, and Trump Restaurants LLC was paid $125,000. Trump said the payments were fair.";
    const starts = findPeople(text).flatMap((p) => p.mentions.map((m) => m.start));
    expect(starts).toContain(0);
    expect(starts).not.toContain(text.indexOf("Trump Restaurants"));
  });
});

describe("findPeople: words for groups and credentials, not people", () => {
  it("drops a word for a group, a faith or a degree, and a party tag, and keeps the people beside them", () => {
    const text =
      "The mayor, Tova Quenby, wants to admit more Muslim refugees. Polls show Latinos, who will play a large role, and Hispanic voters back her, as do many Armenians. \"We welcome them,\" Quenby said.\n\nSen. Orrin Kelvane, R-Utah, who chairs the panel, disagreed.\n\nAuthors: Ilse Varda, PhD; Rune Matsby, PhD\n\nChristian Oduya arrived late. Christian said he was sorry.";
    const found = names(text);
    for (const junk of ["Muslim", "Latinos", "Hispanic", "Armenians", "R-Utah", "PhD"]) expect(found).not.toContain(junk);
    for (const person of ["Tova Quenby", "Orrin Kelvane", "Ilse Varda", "Rune Matsby", "Christian Oduya"]) expect(found).toContain(person);
  });

  it("reads 'Gen' before X, Z or AI as a generation, not a general: no person 'Z.' or 'AI'", () => {
    const text =
      "GEN AI TOOLS ARRIVE\n\nRetailers court millennials and Gen Z. Gen Z shoppers buy on phones. The chief executive of IBM said Gen AI would help. Brig. Gen. Anna Kovic said the tools were safe. Gen Kovic added that more was needed.";
    expect(names(text)).toEqual(["Anna Kovic"]);
  });

  it("drops a command of page furniture or a guide that an object follows", () => {
    const text =
      "\u201cThe meals arrive fresh,\u201d - Ilka Brenner (Read all reviews.)\n\nHungry? Head to the corner of Elm and 5th. Foster an environment of trust.";
    const found = names(text);
    for (const junk of ["Read", "Head", "Foster"]) expect(found).not.toContain(junk);
    expect(found).toContain("Ilka Brenner");
  });
});

