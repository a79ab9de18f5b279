import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

const names = (text: string) => findPeople(text).map((p) => p.name);

describe("findPeople: words a capital puts before a name are not the name", () => {
  it("leaves a sentence's opening word and a nationality outside a full name, and keeps a given name the tagger left off", () => {
    const text =
      "The Hawks won again on Sunday.\nReliever Dana Baker took the loss in the ninth.\nOutspoken Andrei Sharpe exchanged his reputation for a quieter one. Sharpe said he had changed.\nThe crowd cheered Namibian Frankie Moyer, the silver medallist, as he ran.\nMary Ann Walker spoke first. Walker said the club would vote in May.";
    const found = names(text);
    expect(found).toEqual(["Dana Baker", "Andrei Sharpe", "Frankie Moyer", "Mary Ann Walker"]);
  });
});
