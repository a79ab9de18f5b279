import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

const names = (text: string) => findPeople(text).map((p) => p.name);

describe("findPeople: a firm named after its owner, and the owner", () => {
  it("reads a person's name before a business noun ('Events', 'Photography', 'Studio') as the firm's, not a second person", () => {
    const text =
      "\u201cThe best parties feel personal,\u201d says Marla Quennell, founder of Marla Quennell Events. The photos were taken by Tobin Araya Photography. Quennell says the trend will last.";
    const got = names(text);
    expect(got).toContain("Marla Quennell");
    expect(got).not.toContain("Marla Quennell Events");
    expect(got).not.toContain("Tobin Araya Photography");
  });

  it("reads a given name before a trade's noun ('Mason Studio', 'Lee Architects', 'Tobin Associates') as a firm, in prose and in an awards list", () => {
    const prose = "The design, by Mason Studio, opened in May. Gordon + Lee Architects drew the annex. The firm of Tobin Associates advised.";
    expect(names(prose)).not.toContain("Mason Studio");
    expect(names(prose)).not.toContain("Lee Architects");
    expect(names(prose)).not.toContain("Tobin Associates");
    const list = "Best of Year Awards\n\nWinner\n\nHarbor Loft Hotel\n\nMason Studio\n\nHonoree\n\nThe Willow Clinic\n\nMason Studio";
    expect(names(list)).toEqual([]);
    // (the person the firm is named with stays: "Mason Studio founder Ana Reyes")
    expect(names("“We wanted warmth,” said Mason Studio founder Ana Reyes. Reyes said the clinic opened in May.")).toEqual(["Ana Reyes"]);
  });

  it("keeps the person after a firm and a job title ('Dunmore Events Founder and Lead Designer Helena Dunmore') apart from the firm", () => {
    const text =
      "\u201cWe love paper suites,\u201d says Dunmore Events Founder and Lead Designer Helena Dunmore. \u201cColour is back.\u201d Later, Dunmore says chartreuse is the shade of the year.";
    expect(names(text)).toEqual(["Helena Dunmore"]);
    // the post read with the name as one organisation's name
    const planner = "\u201cIt is about meaning,\u201d says Larkspur Events Co-Owner and Lead Planner Erica Dunmore. \u201cGuests notice.\u201d Dunmore agrees that colour is back.";
    expect(names(planner)).toEqual(["Erica Dunmore"]);
  });

  it("does not run a firm and a title into the name after them ('Kestrel Functions Founder Odette Kestrel')", () => {
    const text =
      "When hunting for the perfect setting, Kestrel Functions Founder Odette Kestrel says not to worry about matching plates. Kestrel agrees that food makes the table.";
    expect(names(text)).toEqual(["Odette Kestrel"]);
  });

  it("parts a given name, an initial and a surname from the university after 'of' ('and Mark H. Pollack of Rush University')", () => {
    const text = "The authors are Naomi Ferrante of MGH; Jennifer M. Osgood of Boston University; and Mark H. Pollack of Rush University.";
    expect(names(text)).toEqual(["Naomi Ferrante", "Jennifer M. Osgood", "Mark H. Pollack"]);
  });

  it("still reads a title inside a longer title before a name ('FBI Director Christopher Wray', 'Prime Minister John Major')", () => {
    expect(names("FBI Director Christopher Wray told senators the bureau was ready.")).toEqual(["Christopher Wray"]);
    expect(names("British Prime Minister John Major said on Monday he would stay.")).toEqual(["John Major"]);
  });
});

describe("findPeople: a post or a plural of an acronym is no one's name", () => {
  it("reads 'AI Scientist' after a title as a post, and 'Modern LLMs' as things", () => {
    const text =
      "Oren Valdt, the company's Chief AI Scientist, says the models fall short. Modern LLMs have learnt from text alone, Valdt argues, and GPUs alone will not change that.";
    expect(names(text)).toEqual(["Oren Valdt"]);
  });
});

describe("findPeople: a headline's capitalised verb and object", () => {
  it("leaves the verb off the name and reads 'a Major Geometry Puzzle' as a thing", () => {
    const text =
      "Explore a teenage prodigy.\n\nAt 17, Clara Vossberg Solved a Major Geometry Puzzle\n\nMathematics is an art. Clara Vossberg was 17 when she found the counterexample. Vossberg says she was surprised.";
    expect(names(text)).toEqual(["Clara Vossberg"]);
  });

  it("keeps a name after an article that goes on to its noun ('a Tom Hanks poster')", () => {
    expect(names("She has a Tom Hanks poster on her wall.")).toEqual(["Tom Hanks"]);
  });
});

describe("findPeople: a post's words that are also a place's", () => {
  it("keeps 'St. Louis' a place and a full name after 'a' in a figure of speech", () => {
    expect(names("The St. Louis Cardinals beat the Cubs 5-3 on Sunday.")).toEqual([]);
    expect(names("He would not have done that to a Mitt Romney.")).toEqual(["Mitt Romney"]);
  });
});

describe("findPeople: the owner of a capitalised post", () => {
  it("reads a lone word whose possessive a capitalised post follows as a firm ('Corvel's Chief AI Scientist')", () => {
    const text =
      "Known as one of the godfathers of the field, Corvel's Chief AI Scientist, Oren Valdt, has spent years on it. After his decision to leave Corvel, Valdt started a lab.";
    expect(names(text)).toEqual(["Oren Valdt"]);
  });

  it("keeps a person whose staff follow in lower case ('Obama's chief of staff')", () => {
    expect(names("Obama's chief of staff spoke first. Obama said the plan would pass.")).toEqual(["Obama"]);
  });
});

describe("findPeople: a firm's name that a post showed once", () => {
  it("is the firm's wherever it stands, so the owner's surname stays with the owner", () => {
    const text =
      "Mismatched Glassware\n\nKestrel Functions\n\nWhen hunting for the perfect setting, Kestrel Functions Founder Odette Kestrel says not to worry about matching plates.\n\nHand-Drawn Menus\n\nKestrel Functions\n\nKestrel says guests love a menu drawn by hand. Kestrel agrees that food makes the table.";
    const people = findPeople(text);
    expect(people.map((p) => p.name)).toEqual(["Odette Kestrel"]);
    // the surname alone, after the credit lines, is the owner's
    const starts = people[0]!.mentions.map((m) => m.start);
    expect(starts).toContain(text.lastIndexOf("Kestrel says"));
    expect(starts).toContain(text.indexOf("Kestrel agrees"));
  });

  it("leaves a person's name out where it opens a firm's or a foundation's name, but not in a headline", () => {
    const text =
      "Dorian Valkash Pledges Aid To Harbor Towns Hit By Storm Floods\n\nDorian Valkash spoke at Valkash National in Tarrow on Monday. Reporters waited outside Valkash National for hours. The Valkash Family Foundation gave $1 million to the school, and the Valkash Global Initiative will match it. Valkash said the money would help.";
    const people = findPeople(text);
    expect(people.map((p) => p.name)).toEqual(["Dorian Valkash"]);
    const at = people[0]!.mentions.map((m) => text.slice(m.start, m.end + 9));
    expect(at).toEqual(["Dorian Valkash Pledges ", "Dorian Valkash spoke at", "Valkash said the"]);
  });
});

// Invented firms and people. A firm's short name of one word has a surname's shape, and it
// speaks and has a spokesman as a politician does; its legal name or a firm's things decide.
describe("findPeople: a firm's one-word name beside its legal name or its shares", () => {
  it("leaves out a firm that the text also gives with its legal form ('LM Whitaker AB'), and keeps its spokesman", () => {
    const text = [
      "Whitaker says wins 1.2 bln SKR order.",
      "STOCKHOLM 1996-08-30",
      "Swedish telecoms group LM Whitaker AB said on Friday it won an order worth 1.2 billion crowns.",
      "Whitaker said in a statement the order was from the provincial post office.",
      "The order included switching equipment and training, Whitaker spokesman Per Lindqvist told Reuters.",
    ].join("\n");
    expect(names(text)).toEqual(["Per Lindqvist"]);
  });

  it("leaves out a firm whose parent company and shares the text names, and keeps a politician with a spokesman", () => {
    const text =
      "Workers at the Whitaker factory in Indianapolis heard the news on Friday. \"This is strictly a business decision,\" said Robert Dunleavy, a senior executive at Whitaker's parent company. Whitaker's shares rose 3 percent. Whitaker said it would move to Mexico.";
    expect(names(text)).toEqual(["Robert Dunleavy"]);
    // a politician has a spokesman too, and no shares: "a spokesman for Garvey" is a person's office
    const campaign =
      "Ann Hollis, a spokeswoman for Garvey, said the campaign was on track. Garvey told supporters in Ohio that he would win. A Garvey spokesman declined to comment.";
    expect(names(campaign)).toEqual(["Ann Hollis", "Garvey"]);
  });
});
