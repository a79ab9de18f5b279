import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

// An invented review: a product the page writes with "the" more often than as anyone's, and a
// person the same page quotes.
describe("findPeople: a name the page treats as a thing's", () => {
  it("leaves out a product named with an article at most mentions, and keeps the person", () => {
    const text = [
      "5: Velotti Stilora Espresso Maker",
      "There is no mention of budget espresso machines without a mention of Velotti. The Italian brand is almost synonymous with cheap espresso.",
      "I recently spent several months with the Velotti Stilora, a budget-friendly espresso maker. Straight out of the box, the Stilora is compact.",
      "Using the Stilora daily, I liked its quick heat-up time. With a better basket, the Stilora's shots improved.",
      "Overall, the Velotti Stilora offers remarkable value for its price. With the right expectations, the Stilora can be a worthy addition to a kitchen.",
      "Pam Reedy, a barista in Denver, tested the machines with me. \"It's the one I'd buy,\" Reedy said.",
    ].join("\n");
    expect(findPeople(text).map((p) => p.name)).toEqual(["Pam Reedy"]);
  });
});
