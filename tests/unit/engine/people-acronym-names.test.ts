import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

// An invented page: a product named with an acronym the page uses on its own, and a person.
describe("findPeople: a name with an acronym the page uses alone", () => {
  it("leaves out a product named with an acronym of the page, and keeps the person", () => {
    const text = [
      "The best AI security platforms of 2025",
      "AI adoption is rising fast, and AI risks rise with it.",
      "1. Securo AI",
      "Securo AI scans data stores for sensitive records. Securo AI also maps who can reach them.",
      "Pricing: Securo AI starts at $20,000 a year.",
      "2. Vantix",
      "Vantix labels AI training data.",
      "Dana Whitcombe tested both for a year. Whitcombe said the scans were fast.",
    ].join("\n");
    expect(findPeople(text).map((p) => p.name)).toEqual(["Dana Whitcombe"]);
  });
});
