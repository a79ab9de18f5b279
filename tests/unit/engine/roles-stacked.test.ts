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

  it("keeps both jobs of a short appositive joined by 'and', and not a clause after them", () => {
    expect(roleOf("“It is a math problem,” said Ana Ruiz, president and CEO of the Harbor Grocers Association, on Friday. Ruiz left.", "Ana Ruiz")).toBe("president and CEO of the Harbor Grocers Association");
    expect(roleOf("“Do so,” said Cole Brandt, an economist and tax expert, this week. Brandt left.", "Cole Brandt")).toBe("economist and tax expert");
    // a relation first is no job: the second is
    expect(roleOf("“She will be ready,” said Peter Lang, a friend and adviser who worked for her. Lang left.", "Peter Lang")).toBe("adviser");
    // an appositive run on into the sentence's verb, or into an adjective phrase, ends before it
    expect(roleOf("Otto Keel, president and CEO of Harbor Grocers Association stated, “It is math.” Keel left.", "Otto Keel")).toBe("president and CEO of Harbor Grocers Association");
    expect(roleOf("It named Ivo Marsh, an anthropologist and physician well known for his work on malaria. Marsh left.", "Ivo Marsh")).toBe("anthropologist and physician");
    // another person's name in the second job leaves the first alone
    expect(roleOf("“No,” said Bo Ray, a Republican consultant and longtime Ada Kell critic, on Friday. Kell left. Ray left.", "Bo Ray")).toBe("Republican consultant");
  });

  it("adds the appositive after a titled name where it says what the title does not", () => {
    expect(roleOf("“One of the things,” said Rep. Ann Lee (D-S.C.), the assistant leader of the Democratic caucus. Lee left.", "Ann Lee")).toBe("Democratic Representative from South Carolina, assistant leader of the Democratic caucus");
    expect(roleOf("Ohio Gov. Bo Ray, the Republican presidential contender, spoke. Ray left.", "Bo Ray")).toBe("Ohio Governor, Republican presidential contender");
    // not one that repeats the title's job, nor the first of a list
    expect(roleOf("Texas Sen. Cy Tam, the senator who ran, spoke. Tam left.", "Cy Tam")).toBe("Texas Senator");
    expect(roleOf("It was sued by North Carolina Gov. Pat Lund, the state police department, and the university. Lund left.", "Pat Lund")).toBe("North Carolina Governor");
  });
});
