import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

// Invented names. The tagger types a surname it never saw by how the text first writes it (a
// headline in capitals, a given name that is also a football club's); the text's own full name
// and a person's cue on a lone use settle it for every lone use.
const said = (text: string) => findPeople(text).map((p) => `${p.name}: ${p.mentions.map((m) => text.slice(m.start, m.end)).join(", ")}`);

describe("one surname, one sense per text", () => {
  it("keeps a surname the headline made a firm a person's, where the text gives the full name and a speaker's cue", () => {
    const text = [
      "TENNIS - BRAKVIST WINS IN THREE SETS AT LAKESIDE CLASSIC.",
      "TORONTO 1996-08-31",
      "Jesper Brakvist of Sweden beat the top seed on Saturday to reach the final of the Lakeside Classic.",
      "Brakvist, who is chasing his first title of the year, dropped only five games.",
      "Marco Tellini, who won here last year, lost in the other semi-final.",
      "The Swede broke serve twice in the opening set before Brakvist took the second on a tie-break.",
      '"I have not served this well all year," said Brakvist.',
    ].join("\n");
    // (the headline in capitals names him too)
    expect(said(text)).toContain("Jesper Brakvist: BRAKVIST, Jesper Brakvist, Brakvist, Brakvist, Brakvist");
  });

  it("reads a given name and a surname typed as a club as a person the text quotes by surname", () => {
    const text = 'Ostrand Capital hired Chelsea Quorvant in 2006.\nIt later backed the campaign.\n"We are proud of the work," Quorvant said on Friday.\n';
    expect(said(text)).toEqual(["Chelsea Quorvant: Chelsea Quorvant, Quorvant"]);
  });
});

describe("findPeople: a name with a generational suffix", () => {
  it("reads 'Brent Bozell III' as a person, and his lone surname as his ('Bozell says')", () => {
    const text = 'Brent Bozell III runs a media watchdog in Virginia. "The coverage is biased," Bozell says.';
    expect(findPeople(text).map((p) => p.name)).toEqual(["Brent Bozell III"]);
    expect(findPeople(text)[0]!.mentions).toHaveLength(2);
  });
});
