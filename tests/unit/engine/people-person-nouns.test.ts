import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

// Invented news: a name after a noun only a person is, whose given name the training news knew
// only as a word of another sense ("Brent" of Brent crude).
const names = (text: string) => findPeople(text).map((p) => p.name);

describe("findPeople: a person's noun before a name", () => {
  it("keeps a critic whose given name is also a commodity's, and not the commodity alone", () => {
    const text = [
      "Conservative critic Brent Halloway said the network had lost its way. Halloway added that viewers would leave.",
      "One economist said Brent rose two dollars as the pundit Lara Finch looked on.",
    ].join("\n");
    expect(names(text)).toEqual(["Brent Halloway", "Lara Finch"]);
  });
});
