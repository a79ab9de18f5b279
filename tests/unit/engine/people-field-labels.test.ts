import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

const names = (text: string) => findPeople(text).map((p) => p.name);

describe("findPeople: the labels of a spec sheet or a plan's table are fields, not people", () => {
  it("reads a name measured in units on its line as a field ('Non-Impact Cardio 30 min'), not a results row's runner", () => {
    const text =
      "Week 1\n\nWalk/Run Easy 10x\n\nOptional Non-Impact Cardio 30 min\n\nRest\n\nRun Easy or Non-Impact Cardio 30 min\n\nWeek 2\n\nOptional Non-Impact Cardio 45 min\n\nSpeed 19.9 MPH\n\nMax Load 287 lbs\n\nBattery 768 Wh\n\nStage 4 results\n\n3. Brinkhoff 2 seconds";
    expect(names(text)).toEqual(["Brinkhoff"]);
  });

  it("reads a label repeated over short values, or over a figure, as a field, not a heading's name or a transcript's speaker", () => {
    const text =
      "Ridgeline 40 Pack\n\n$129.00\n\nTrip Length/Capacity:\n\nWeekend\n\nGear Capacity:\n\n40 liters\n\nSummit 60 Pack\n\n$205.00\n\nTrip Length/Capacity:\n\nMultiday\n\nVolume\n\n79K\n\nAvg Vol\n\n2.8M\n\nGross Margin\n\n76.89%\n\nUgo Marrant: The Quiet Rooms, Kingly Street\n\nMarrant filled the gallery with rainbows, and he said it took a year.\n\nSenator Mike Pence spoke.\n\nPENCE: Thank you.\n\nPENCE: I think the plan is wrong, and I said so when it was written.";
    expect(names(text)).toEqual(["Ugo Marrant", "Mike Pence"]);
  });
});
