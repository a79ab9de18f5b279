import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

// Invented names. The tagger reads a post "of" a department and the name after it as one
// organisation ("Trade and Industry Tungky Hartono"); the department's last common word ends it.
const names = (text: string) => findPeople(text).map((p) => p.name);

describe("findPeople: a post of a department before a name", () => {
  it("finds the holders of posts named 'Minister of …', 'Chief of …' and 'Speaker of …'", () => {
    const text = [
      "The prime minister will meet Minister of Finance Bambang Sutomo, Minister of Foreign Affairs Ali Wiranata and Minister of Trade and Industry Tungky Hartono on Monday.",
      "\"We are ready,\" Chief of Judicial Police Manuel Orrantia told Reuters.",
      "- Speaker of parliament Habib Kaddour arrives in Tripoli.",
    ].join("\n");
    expect(names(text)).toEqual(["Bambang Sutomo", "Ali Wiranata", "Tungky Hartono", "Manuel Orrantia", "Habib Kaddour"]);
    // a function word or a common noun before the capitals ends no department: no one is named
    expect(names("Mother Teresa, known as the Saint of the Gutters, won the prize.")).toEqual(["Mother Teresa"]);
    expect(names("He served as chief executive of telecom operator Salam before that.")).toEqual([]);
  });
});
