import { describe, expect, it } from "vitest";
import { findQuotes } from "../../../src/engine/quotes";
import type { Person } from "../../../src/engine/types";
import { cast } from "./quotes-cast";

const speakers = (text: string, people: Person[]) => {
  const names = new Map(people.map((p) => [p.id, p.name]));
  return findQuotes(text, people).map((q) => [q.text, q.speaker ? names.get(q.speaker) : null]);
};

// two men named in the sentence before "he said": which one the pronoun stands for
describe("'he' is the subject of the sentence before it, not the name named last", () => {
  const men: [string, null, string[]][] = [["Victor Hale", null, ["Victor Hale", "Hale"]], ["Mark Boyle", null, ["Mark Boyle", "Boyle"]]];

  it("reads past a phrase setting the scene to the sentence's subject", () => {
    const text = "On Thursday, Victor Hale complained to Mark Boyle that the plan was unfair. “Nobody asked us,” he said.";
    expect(speakers(text, cast(text, men))).toEqual([["Nobody asked us,", "Victor Hale"]]);
  });

  it("reads past a scene set before a titled subject the name was found without", () => {
    const text = "In an email, Mr. Hale said his friendship with Mr. Boyle was strictly business. “It was my obligation to get along with everyone,” he wrote.";
    expect(speakers(text, cast(text, men))).toEqual([["It was my obligation to get along with everyone,", "Victor Hale"]]);
  });

  it("reads past a description set before the subject's name", () => {
    const text = "Her father, Victor Hale, 39, worried that few voters had heard of Mark Boyle. “People are afraid of wasting their votes,” he said.";
    expect(speakers(text, cast(text, men))).toEqual([["People are afraid of wasting their votes,", "Victor Hale"]]);
  });

  it("gives it to whoever closes the sentence with 'said', not to the one it opened on", () => {
    const text = "Mark Boyle will have a much tougher time in the general election, Victor Hale said. “It is an open question whether he can win,” he said.";
    expect(speakers(text, cast(text, men))).toEqual([["It is an open question whether he can win,", "Victor Hale"]]);
  });

  it("ends the sentence where a quotation closes it", () => {
    const text = "Mark Boyle sings, “Don't go changing.” Victor Hale laughed at that. “You think I'm going to change?” he said.";
    expect(speakers(text, cast(text, men)).at(-1)).toEqual(["You think I'm going to change?", "Victor Hale"]);
  });
});

// "who" cues the quote only when the quote is in its own clause
describe("a relative clause set off by commas is not the quote's clause", () => {
  const cueOf = (text: string, people: Person[]) => findQuotes(text, people).map((q) => [q.text, q.cue ? text.slice(q.cue.start, q.cue.end) : null]);
  const men: [string, null, string[]][] = [["Victor Hale", null, ["Victor Hale", "Hale"]], ["Mark Boyle", null, ["Mark Boyle", "Boyle"]]];

  it("cues a quote after the main clause's verb by the name, not by 'who'", () => {
    const text = "The bill passed on Friday. Still, Hale, who thinks the last law went too far, called the new one “much, much better” than before.";
    expect(cueOf(text, cast(text, men))).toEqual([["much, much better", "Hale"]]);
    const appositive = "The bill passed on Friday. Victor Hale, an economist who advised Mr. Boyle on the plan, said the law was a success “by any measure.”";
    expect(cueOf(appositive, cast(appositive, men))).toEqual([["by any measure.", "Victor Hale"]]);
    // (a quote inside the relative clause is its verb's: PolNeAR's Source there is "who")
    const inside = "The bill passed on Friday. “It is a trap,” said Hale, who said there were “too many holes in it.”";
    expect(cueOf(inside, cast(inside, men))[1]).toEqual(["too many holes in it.", "who"]);
  });

  it("keeps 'who' for a quote in the clause when an aside opens the clause before its verb", () => {
    const text = "The bill passed on Friday. Victor Hale, who, after a long night of talks with Mr. Boyle, said on the radio that the deal was “a victory for the county.”";
    expect(cueOf(text, cast(text, men))).toEqual([["a victory for the county.", "who"]]);
  });

  it("keeps 'who' past a time phrase between the clause's auxiliary and its verb", () => {
    const text = "The bill passed on Friday. Hale, who has in the past described Mr. Boyle as “a reckless man,” voted for it.";
    expect(cueOf(text, cast(text, men))).toEqual([["a reckless man,", "who"]]);
  });

  it("gives a quote after the main clause's verb to the name, though the clause's quote handed 'who' on", () => {
    const text = "The bill passed on Friday. Hale, who called Mr. Boyle “a reckless man” and “a danger,” clearly wanted the county to “think twice” about him.";
    expect(cueOf(text, cast(text, men))).toEqual([
      ["a reckless man", "who"],
      ["a danger,", "who"],
      ["think twice", "Hale"],
    ]);
  });
});

describe("a pronoun and a verb opening the sentence after a quote that closed its own", () => {
  const two: [string, null, string[]][] = [["Ana Ruiz", null, ["Ana Ruiz", "Ruiz"]], ["Tom Berg", null, ["Tom Berg", "Berg"]]];

  it("are no cue for it when the verb reports more words of its own: the turn before goes on", () => {
    const text = "Ana Ruiz chairs the board. “The budget is fine,” Tom Berg said. “We have enough for a year.” She replied that the money would run out in May.";
    expect(speakers(text, cast(text, two))).toEqual([
      ["The budget is fine,", "Tom Berg"],
      ["We have enough for a year.", "Tom Berg"],
    ]);
  });
});

describe("a speaker cited with 'as' and a title's 'of' phrases", () => {
  const one: [string, null, string[]][] = [["Ana Ruiz", null, ["Ana Ruiz", "Ruiz"]]];

  it("is the person before the first 'of', not the place the last one names", () => {
    const text = "However, as Archbishop Ana Ruiz of the Patriarchate of Jerusalem told the AP, “We have suffered the same fate.”";
    expect(speakers(text, cast(text, one))).toEqual([["We have suffered the same fate.", "Ana Ruiz"]]);
  });
});

// "X, whom he called “…”": the pronoun is the relative clause's subject and "whom" its object,
// which stands for X; so "he" is someone else, named outside the clause
describe("the pronoun after a relative pronoun is not the person the clause is about", () => {
  const men: [string, null, string[]][] = [["Victor Hale", null, ["Victor Hale", "Hale"]], ["Mark Boyle", null, ["Mark Boyle", "Boyle"]]];

  it("gives 'whom he called' and 'who he blasted as' to the sentence's subject, not to the name before 'whom'", () => {
    const whom = "Victor Hale spoke at length on Monday. He attacked Mark Boyle, whom he called “a disaster for the county.”";
    expect(speakers(whom, cast(whom, men))).toEqual([["a disaster for the county.", "Victor Hale"]]);
    const described = "Victor Hale spoke at length on Monday. He thanked Mark Boyle, whom he has often described as “the best mayor we ever had.”";
    expect(speakers(described, cast(described, men))).toEqual([["the best mayor we ever had.", "Victor Hale"]]);
    const who = "Victor Hale spoke on Monday. He again said the party must stop Mark Boyle, who he blasted as a “bully and demagogue” last year.";
    expect(speakers(who, cast(who, men))).toEqual([["bully and demagogue", "Victor Hale"]]);
  });

  it("reads the name before an appositive holding 'whom' as the clause's object too", () => {
    const text = "Victor Hale spoke on Monday. He went after Mark Boyle, a rival whom he called “a fraud,” for an hour.";
    expect(speakers(text, cast(text, men))).toEqual([["a fraud,", "Victor Hale"]]);
  });
});
