import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

const names = (text: string) => findPeople(text).map((p) => p.name);

describe("findPeople: a quantifier or an indefinite pronoun opening a capitalised run", () => {
  it("is the name of a team, a slogan or a title, not a person's", () => {
    // the team's nickname, capitalised mid-sentence, beside real people
    const rugby =
      "South Africa sealed an historic first All Black series triumph on Saturday. Joost van der Westhuizen kicked a penalty before All Black hooker Sean Fitzpatrick scored a try.";
    expect(names(rugby)).not.toContain("All Black");
    expect(names(rugby)).toEqual(expect.arrayContaining(["Joost van der Westhuizen", "Sean Fitzpatrick"]));
    // a campaign's slogan
    const slogan = 'The boards read: "Air Bag Safety: Everyone Buckled, Kids in Back." Janet Dewey, executive director, said the campaign worked.';
    expect(names(slogan)).toEqual(["Janet Dewey"]);
  });

  it("leaves names whose first word only looks like one ('Will', a given name) alone", () => {
    expect(names("England captain Will Carling said the side was ready.")).toContain("Will Carling");
    expect(names("Both Garry Kasparov and Nigel Short said they would play.")).toEqual(expect.arrayContaining(["Garry Kasparov", "Nigel Short"]));
  });
});
