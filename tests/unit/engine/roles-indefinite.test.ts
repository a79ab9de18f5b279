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

  it("takes one set off by a dash too", () => {
    expect(roleOf("It will fail. A former Republican presidential candidate -- Ana Ruiz, who lost in 2008 -- said so. Ruiz left.", "Ana Ruiz")).toBe("former Republican presidential candidate");
  });
});

describe("roles: a job given as a label before the name (session 15)", () => {
  it("takes 'CEO: Name', '(Instructor: Name)', 'About the Writer: Name' and no field name or headline's speaker", () => {
    expect(roleOf("Company in focus: Harbor Systems\n\nCEO: Ilse Brandvold\n\nProduct in focus: Harbor Cloud", "Ilse Brandvold")).toBe("CEO");
    expect(roleOf("- Ada Kell – Type & Expression (Instructor: Oren Lasko)\n- Bo Ray – Walk (Instructor: Cy Tam)", "Oren Lasko")).toBe("Instructor");
    expect(roleOf("Breathe slowly.\n\nAbout the Writer: Mara Quist is a freelance writer and coach.", "Mara Quist")).toBe("Writer");
    expect(roleOf("Pence: Dale Renner will not be at the debate, Trump said. Renner left.", "Dale Renner")).toBeNull();
    expect(roleOf("Edited by staff. Location: Hal Brenner Hall. Contributing: Cole Brandt.", "Cole Brandt")).toBeNull();
    expect(roleOf("Updates.\nPOSSIBLE SUSPECT: Ivo Marsh, was acting nervous. Marsh left.", "Ivo Marsh")).toBeNull();
  });
});
