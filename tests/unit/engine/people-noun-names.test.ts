import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

// Names of nouns only that a title's peeling leaves behind ("Agent" off "Agent Sandbox", "Chief"
// off "Chief Marketing Officer") are a product's or a post's, not a person's. Surnames invented
// or nouns.
const names = (text: string) => findPeople(text).map((p) => p.name);

describe("findPeople: a name of common nouns only, left by a title's peeling, is no person", () => {
  it("reads a product after 'Agent' and a post after 'Chief' as no people", () => {
    const text =
      "The vendor's new Agent Sandbox is another way to test code safely.\n\nWe stopped configuring servers by hand. Orla Brennick, Chief Marketing Officer, Quillfast";
    expect(names(text)).toEqual(["Orla Brennick"]);
  });

  it("keeps a noun surname after an honorific or a person's office", () => {
    expect(names("Mr. Silver told the court he had paid.")).toEqual(["Silver"]);
    expect(names("Senator Waters voted against the bill on Tuesday.")).toEqual(["Waters"]);
  });
});
