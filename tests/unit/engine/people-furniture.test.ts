import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

const names = (text: string) => findPeople(text).map((p) => p.name);

describe("findPeople: a byline's post and a dateline are no people", () => {
  it("reads 'Senior Washington Correspondent' after a byline as the writer's post and 'WASHINGTON (Aug. 13) --' as a dateline", () => {
    const text =
      "Andrea Marsh Senior Washington Correspondent\n\nWASHINGTON (Aug. 13) -- Declaring the service's soul at stake, Defense Secretary Ardis Vellacott has ordered a review of the force. Vellacott did not say whether it would shrink.";
    expect(names(text)).toEqual(["Andrea Marsh", "Ardis Vellacott"]);
  });
});
