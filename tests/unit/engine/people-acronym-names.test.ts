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

describe("findPeople: a name all in short capitals amid lower case is a run of acronyms", () => {
  it("leaves out 'AI CLI' and its 'CLI', and keeps a name in a headline in capitals", () => {
    const text = [
      "AL GORE WINS THE VOTE",
      "Al Gore won the vote on Tuesday, and Gore said he was glad.",
      "To see which ones deliver, I tested five AI CLI tools by building one app with each.",
      "Every CLI got the same prompt, and each AI model wrote its own tests.",
      "Kilocode CLI",
      "Kilocode CLI is one of the CLI tools that finished first.",
      "All five AI CLI tools built the app.",
    ].join("\n");
    expect(findPeople(text).map((p) => p.name)).toEqual(["Al Gore"]);
  });
});
