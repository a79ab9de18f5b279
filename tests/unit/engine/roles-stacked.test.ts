import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

const roleOf = (text: string, name: string) => findPeople(text).find((p) => p.name === name)?.role;

describe("roles: two descriptions of one person (session 15)", () => {
  it("shows both descriptions stacked with 'and' before the name, and no other person's", () => {
    expect(roleOf("The crowd cheered for former Secretary of State and Democratic presidential nominee Ilse Brandvold on Tuesday. Brandvold spoke.", "Ilse Brandvold")).toBe("former Secretary of State and Democratic presidential nominee");
    expect(roleOf("His guest, the actress and activist Kara Lindqvist, laughed. Lindqvist left.", "Kara Lindqvist")).toBe("actress and activist");
    expect(roleOf("It was written by columnist and radio host Oren Lasko last week. Lasko left.", "Oren Lasko")).toBe("columnist and radio host");
    // a title word alone is as often another person's ("the president and first lady X")
    expect(roleOf("The bill was backed by the governor and Attorney General Mara Quist on Friday. Quist left.", "Mara Quist")).toBe("Attorney General");
    // so is a description after "between"; and a relation is no job
    expect(roleOf("It was a fight between the mayor and police chief Hal Brenner last year. Brenner left.", "Hal Brenner")).toBe("police chief");
    expect(roleOf("It was signed by his wife and campaign manager Rhea Calder on Friday. Calder left.", "Rhea Calder")).toBe("campaign manager");
  });

  it("reads a title's 'of' complement only after a title word", () => {
    // the veteran is another person's description, the President is the name's
    expect(roleOf("said Mike Lund, a veteran of President Dale Renner's administration. Renner left.", "Dale Renner")).toBe("President");
  });
});
