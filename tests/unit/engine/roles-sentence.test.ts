import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

const roleOf = (text: string, name: string) => findPeople(text).find((p) => p.name === name)?.role;

describe("roles: a role is read within the name's sentence", () => {
  it("stops a set-off title at the sentence before it", () => {
    const text = "The founder took a leave from his post in March. Brightwater's chief operating officer, Nadia Okafor, was quickly named chief executive.";
    expect(roleOf(text, "Nadia Okafor")).toBe("Brightwater's chief operating officer");
  });

  it("stops a capitalised title at the sentence before it, an abbreviation's period not", () => {
    expect(roleOf("Lawmakers approved a bill to rein in the FTC. Senate Majority Leader Ada Brennan said no.", "Ada Brennan")).toBe("Senate Majority Leader");
    expect(roleOf("The poll gave him a lead over Mr. Dorsey. Senator Colm Reddan trailed.", "Colm Reddan")).toBe("Senator");
    expect(roleOf("The board met in Tallahassee. Fla. Gov. Wes Harlan spoke first.", "Wes Harlan")).toBe("Florida Governor");
  });
});
