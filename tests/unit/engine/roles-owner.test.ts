import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

const roleOf = (text: string, name: string) => findPeople(text).find((p) => p.name === name)?.role;

describe("roles: a job held for someone else (session 15)", () => {
  it("keeps the time of a job whose holder's name stands inside the description", () => {
    // the description stops at whose job it was, but "former" is the job's
    expect(roleOf("Ann Lee spoke first. “It works,” said former Lee adviser Bo Ray on Sunday. Ray left.", "Bo Ray")).toBe("former adviser");
    expect(roleOf("Ann Lee spoke first. His wife, longtime Ann Lee aide Cy Tam, left. Tam spoke.", "Cy Tam")).toBe("longtime aide");
  });

  it("reads an appositive opened by 'his'/'her' as the job, and one held 'at the time' as a former one", () => {
    expect(roleOf("It was, the former president said, referring to Mara Quist, his national security adviser at the time. Quist left.", "Mara Quist")).toBe("former national security adviser");
    expect(roleOf("“We won,” said Robby Lund, her campaign manager, on Friday. Lund left.", "Robby Lund")).toBe("campaign manager");
    // kin is still no job
    expect(roleOf("“We won,” said Jane Lund, his wife, on Friday. Lund left.", "Jane Lund")).toBeNull();
  });

  it("reads a field noun before the job in 'X is a …' (session 15), and no praise", () => {
    expect(roleOf("Why trust us\nKara Lindqvist is a longtime beverage writer living in Lyon. Lindqvist left.", "Kara Lindqvist")).toBe("longtime beverage writer");
    expect(roleOf("Oren Lasko is a garden writer who lives in Palos Park. Lasko left.", "Oren Lasko")).toBe("garden writer");
    expect(roleOf("Bo Ray is a great leader. Ray left.", "Bo Ray")).toBeNull();
  });

  it("reads ', who was <job> …' with no article as a former job, and no passive ('who was appointed …')", () => {
    expect(roleOf("“No,” said Cole Brandt, who was press secretary to the governor, on Friday. Brandt left.", "Cole Brandt")).toBe("former press secretary to the governor");
    expect(roleOf("It was founded by Ivo Marsh, who was appointed governor of the island by the king. Marsh left.", "Ivo Marsh")).toBeNull();
  });
});
