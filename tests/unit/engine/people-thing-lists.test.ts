import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

const names = (text: string) => findPeople(text).map((p) => p.name);

describe("findPeople: a name listed with products, firms and languages", () => {
  it("reads a given name listed beside a language's or a product's name ('Ruby, PHP', 'TikTok, Meta') as a thing", () => {
    expect(names("Our engineers write services in Ruby, PHP and TypeScript. Ruby remains the favourite.")).toEqual([]);
    expect(names("You can publish the video directly to TikTok, Meta, or YouTube in one click.")).toEqual([]);
    expect(names("Assistants like Siri, Alexa and ChatGPT answer questions.")).toEqual([]);
    expect(names("Reviewers compared Jasper, Copy.ai, and Claude for the report.")).toEqual([]);
  });

  it("keeps a person listed beside firms when the name is full or cued ('Neil Pattison, HubSpot', 'Alexa, 34,')", () => {
    expect(names("Marketers follow Neil Pattison, HubSpot and Moz for advice.")).toContain("Neil Pattison");
    expect(names("The panel heard from Alexa, 34, and IBM staff. Alexa said the tools were slow.")).toEqual(["Alexa"]);
  });

  it("keeps people listed in a results line or a citation ('Chou R, Dettori JR'; 'Elizabeth II, Diana, Princess of Wales')", () => {
    expect(names("Skelly AC, Chou R, Dettori JR, et al. Noninvasive treatments for back pain. 2020.")).toContain("Chou");
    expect(names("The show will feature images of Queen Elizabeth II, Diana, Princess of Wales, and other royals.")).toContain("Diana");
  });
});
