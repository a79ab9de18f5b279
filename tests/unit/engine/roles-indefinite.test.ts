import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

const roleOf = (text: string, name: string) => findPeople(text).find((p) => p.name === name)?.role;

describe("roles: an indefinite description set off before the name (session 15)", () => {
  it("takes 'a/an/another <job>, Name,' as the name's role, and no comparison, list or other person's appositive", () => {
    expect(roleOf("She is married to a private-equity investor, Oren Lasko. They have a house.", "Oren Lasko")).toBe("private-equity investor");
    expect(roleOf("The plan was praised, said a former spokesman for the Harbor Ministry, Ivo Marsh, who also ran. Marsh left.", "Ivo Marsh")).toBe("former spokesman for the Harbor Ministry");
    expect(roleOf("It was a trick.\n\nAnother magician, Kara Lindqvist, studied the fold. Lindqvist left.", "Kara Lindqvist")).toBe("magician");
    // a comparison is no introduction
    expect(roleOf("Unlike a typical politician, Dale Renner, who never held office, spoke freely. Renner left.", "Dale Renner")).toBeNull();
    // the appositive of a name before it is that name's ("Mara Quist, a cadet at the academy, Port Royal")
    expect(roleOf("Mara Quist, a cadet at the naval academy, Hal Brenner, was home. Brenner left. Quist left.", "Hal Brenner")).toBeNull();
    // no kin, no plain people-word
    expect(roleOf("It was signed by another brother, Cole Brandt, on Friday. Brandt left.", "Cole Brandt")).toBeNull();
    expect(roleOf("said another Twitter user, Ada Kell, on Friday. Kell left.", "Ada Kell")).toBeNull();
  });
});
