import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

// Invented tables; the clubs bear surnames the tagger knows as people's. A club's name of one
// word has a number after it in a table, as a scorer's name has: the line's shape tells them apart.
const names = (text: string) => findPeople(text).map((p) => p.name);

describe("findPeople: teams in a results table", () => {
  it("leaves out the teams of match results and standings, and keeps the scorers", () => {
    const text = [
      "SOCCER - LEAGUE RESULTS / STANDINGS.",
      "Results of league soccer matches played on Saturday:",
      "Zemun 1 Walsh (B) 0",
      "Curran 45 Heriot's F.P. 5",
      "Scorers: Dario Kovac 12, Goran Petric 77",
      "Standings (tabulate under played, won, drawn, lost, goals for, goals against, points):",
      "Zemun 4 2 1 1 8 5 7",
      "Walsh (B) 4 1 1 2 2 3 4",
      "Curran 3 1 1 1 3 3 4",
    ].join("\n");
    expect(names(text)).toEqual(["Dario Kovac", "Goran Petric"]);
    // a scorer's row is one name and a minute: a name there is a player's, though a match result has it too
    const scorers = ["Scorers:", "Walsh 45", "Curran 60", "Zemun 1 Walsh (B) 0"].join("\n");
    expect(names(scorers)).toEqual(["Walsh", "Curran"]);
  });
});
