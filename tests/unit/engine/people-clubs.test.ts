import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

// Invented clubs and players. A club's name of one unseen word has a surname's shape; the text
// says what it is where a club's noun stands before it or a squad's noun after it.
const names = (text: string) => findPeople(text).map((p) => p.name);

describe("sports clubs named like people", () => {
  it("leaves out a club the text calls a team, and one whose side and chairman it names", () => {
    const text = [
      "MADRID 1996-08-30",
      "Spanish first division team Varnello Ostra will be without key midfielder Mauro Silvanti for the opening game.",
      "Varnello Ostra drew 1-1 with Real on Saturday.",
      "Before the match Varnello Ostra chairman Augusto Lendaro said he would not sell the striker.",
    ].join("\n");
    expect(names(text)).toEqual(["Mauro Silvanti", "Augusto Lendaro"]);
  });

  it("leaves out a one-word club before a forward's name, and keeps the players and a person the text shows", () => {
    const text = [
      "Ireland named an unchanged squad on Friday.",
      "The manager kept faith with Norwich striker Keith Olander, Hartley forward Niall Tuomey and teenager Ian Harte.",
      "Team doctor Rhona Marsh, 44, said nobody was injured.",
    ].join("\n");
    expect(names(text)).toEqual(["Keith Olander", "Niall Tuomey", "Ian Harte", "Rhona Marsh"]);
  });
});
