import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

// Invented stories: a town the tagger reads as a person, beside people named as people are.
const names = (text: string) => findPeople(text).map((p) => p.name);

describe("findPeople: a town is no person", () => {
  it("leaves out a city of two words that no person's cue vouches for", () => {
    const text = [
      "Secret Service stops protester at Marta Kellner rally.",
      "DES MOINES, Iowa — Marta Kellner never stopped speaking at a Des Moines rally as agents stood by.",
      "She went on to Palo Alto the next day.",
    ].join("\n");
    expect(names(text)).toEqual(["Marta Kellner"]);
  });

  it("leaves out a one-word city the story writes as a place, and keeps people named like towns", () => {
    const text = [
      "Officials said the Orlando massacre changed the campaign.",
      "Orlando was not far from anyone's mind when Tom Reddick spoke in Orlando on Sunday.",
      "Reddick and his wife have two daughters, Charlotte and Ruth.",
      "\"Next summer, Charlotte is going to be a big sister,\" Reddick wrote.",
      "Palestinians answered Arafat's call to come to the city.",
    ].join("\n");
    expect(names(text)).toEqual(["Tom Reddick", "Charlotte", "Ruth", "Arafat"]);
  });
});

describe("findPeople: a university's campus after its name and a comma", () => {
  it("is the campus, not a person the comma sets off", () => {
    const text = "Lena Marsh, a research professor at the University of Texas, Austin and a co-founder of the lab, said the study was small. It was run with students of the University of California, Berkeley over a year.";
    expect(names(text)).toEqual(["Lena Marsh"]);
  });
});
