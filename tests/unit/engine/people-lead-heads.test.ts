import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

const names = (text: string) => findPeople(text).map((p) => p.name);

describe("a name opening on an institution's or a place's first word", () => {
  it("is a museum, a gallery or a foundation, even where the artist's pronoun follows", () => {
    const text = "Ines Varga has shown her photographs at Kunsthaus Bregenz; Museo Tamayo, Mexico City; Fondazione Prada, Venice; and Galerie Nathalie Obadia, Paris. Her work is in many collections.";
    expect(names(text)).toEqual(["Ines Varga"]);
  });

  it("is a lake, a fort or a mountain, and a person only with a person's cue", () => {
    const text = "We camped beside Lake Winnipesaukee for a week, then drove to Fort Greene and on to Mount Monadnock. Lake Bell, who directed the film, said the script took her years.";
    expect(names(text)).toEqual(["Lake Bell"]);
  });
});

describe("\"Key\" before a heading's noun", () => {
  it("is a summary's heading, not a person", () => {
    expect(names("Key Takeaways\n\nLeading airlines include Delta, United and Southwest, which are known for their loyalty programs.")).toEqual([]);
    expect(names("Getting Started: Key Strategies\n\nSwitching to a plant-based diet need not be hard.")).toEqual([]);
  });

  it("is no person under a quote's signature whose post ends the line before", () => {
    const text = "\"It keeps coffee hotter than any press I have used.\" — Rochelle Bilow, editor\n\nKey Specs\n\nCapacity: 24 ounces\n\nMaterials: Stainless steel";
    expect(names(text)).toEqual(["Rochelle Bilow"]);
  });
});

describe("a place's head that is also a surname, last", () => {
  it("is the place after a word that is no given name or after two words, the surname after a given name", () => {
    expect(names("Grace Park scored twice at Deer Park. Crowds filled Brooklyn Bridge Park to see Park play.")).toEqual(["Grace Park"]);
  });
});

describe("a medal last", () => {
  it("is the medal, not a person", () => {
    expect(names("She became the first woman to win a Fields Medal, in part for this work.")).toEqual([]);
  });

  it("is the medal, and a gallery the gallery, where the winner's or the artist's pronoun follows", () => {
    expect(names("Maryam Mirzakhani became the first woman to win a Fields Medal, in part for this work. But she died at age 40.")).toEqual(["Maryam Mirzakhani"]);
    expect(names("Ines Varga has had retrospectives at the Hayward Gallery, London; and the Serpentine Gallery. Her photographs are held in many collections.")).toEqual(["Ines Varga"]);
  });
});
