import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

const names = (text: string) => findPeople(text).map((p) => p.name);

describe("findPeople: a byline's post and a dateline are no people", () => {
  it("reads 'Senior Washington Correspondent' after a byline as the writer's post and 'WASHINGTON (Aug. 13) --' as a dateline", () => {
    const text =
      "Andrea Marsh Senior Washington Correspondent\n\nWASHINGTON (Aug. 13) -- Declaring the service's soul at stake, Defense Secretary Ardis Vellacott has ordered a review of the force. Vellacott did not say whether it would shrink.";
    expect(names(text)).toEqual(["Andrea Marsh", "Ardis Vellacott"]);
  });

  it("reads a name after 'The' inside a sentence as a show's or a publication's title ('The Kelly File', 'The Drudge Report'), and keeps the people around it", () => {
    const text =
      "Clinton spoke on Tuesday to The Steve Harvey Morning Show about her health. Megyn Kelly said on The Kelly File that the remark was fair. The story was first reported by The Drudge Report, and Harvey said he was pleased.";
    expect(names(text)).toEqual(["Megyn Kelly", "Harvey"]);
  });
});
