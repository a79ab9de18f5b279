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

describe("findPeople: a single name after a post of a department", () => {
  it("reads a one-word name after 'Speaker of the House of Representatives' as titled, not a place after 'at the'", () => {
    const text = [
      "JAKARTA POST",
      "Speaker of the House of Representatives Harjowinoto has called on those serving in high state posts to set an example.",
      "Sue Hayden, Senior Director of Horticulture at the High Line, said the garden was ready.",
    ].join("\n");
    expect(names(text)).toEqual(["Harjowinoto", "Sue Hayden"]);
  });
});

describe("findPeople: a name with a bare post after it", () => {
  it("finds a name that opens a sentence before ', leader of …', with no article to the post", () => {
    const text = [
      "Many farmers see the province as the best place for a home of their own.",
      "Constand Verwoerd, leader of the Freedom Alliance party, told reporters on Friday that talks would go on.",
      "Talks with Rhodes Holdings, owner of the land, have stalled.",
    ].join("\n");
    expect(names(text)).toEqual(["Constand Verwoerd"]);
  });
});

describe("findPeople: a name coordinated with a person's", () => {
  it("finds an unseen name joined by 'and' to a person's full name, without a plural noun before it", () => {
    const text = "The United States has granted political asylum to two opposition leaders, Zenon Vasylko and Sergei Hrabarchuk.";
    expect(names(text)).toEqual(["Zenon Vasylko", "Sergei Hrabarchuk"]);
    // a plural is a group's noun, not a given name: the person is the full name after it
    expect(names("Senators Ted Cruz and Marco Rubio said they would vote against it.")).toEqual(["Ted Cruz", "Marco Rubio"]);
  });
});
