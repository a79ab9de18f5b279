import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

// An invented training plan: "Temp" is a given name of the lists (a rare one) and an English word;
// a heading opening on it spared the name every test that asks for a known given name, and the
// plan's lone "Run"s all joined it.
describe("findPeople: a given name of the lists that is rather a word", () => {
  it("lets no lone word of the plan join a heading opening on it", () => {
    const text = [
      "How to run your first half marathon",
      "Week 1: Rest. Run Easy 30 min. Optional cross-training. Temp Run 15 min. Run Easy 20 min.",
      "Week 2: Rest. Run Easy 35 min. Run Easy 25 min with strides. Long Run 6 miles.",
      "Week 3: Rest. Run Easy 40 min. Run Easy 30 min. Long Run 8 miles at an easy pace.",
      "If you miss a run, do not make it up: run the next one as planned.",
    ].join("\n");
    const run = findPeople(text).find((p) => p.name === "Temp Run");
    expect(run?.mentions.length ?? 0).toBeLessThan(2);
  });

  it("still knows a common given name that is also a word", () => {
    const text = "Bill Hadley, a farmer, said the bill would hurt growers. Hadley said he would fight it.";
    expect(findPeople(text).map((p) => p.name)).toEqual(["Bill Hadley"]);
  });
});
