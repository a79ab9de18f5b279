import { describe, expect, it } from "vitest";
import { findQuotes } from "../../../src/engine/quotes";
import type { Person } from "../../../src/engine/types";

/** One person given by hand, every whole-word occurrence of `form` a mention. */
function one(text: string, name: string, form: string): Person[] {
  const mentions: { start: number; end: number }[] = [];
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) mentions.push({ start: at, end: at + form.length });
  return [{ id: "p1", name, aliases: [form], role: null, mentions }];
}
/** A person given by hand, mentioned once: at the first occurrence of `form`. */
function named(text: string, id: string, name: string, form: string): Person {
  const start = text.indexOf(form);
  return { id, name, aliases: [form], role: null, mentions: [{ start, end: start + form.length }] };
}
const cueOf = (text: string, people: Person[]) => findQuotes(text, people).map((q) => ({ speaker: q.speaker, cue: q.cue && text.slice(q.cue.start, q.cue.end) }));

describe("a described speaker with a modifier before the verb", () => {
  it("gives the quote to the official a relative clause follows, not to the name before it", () => {
    const text = "Intro.\nAlthough there is no such overlap with Sanders's team, a White House official who spoke anonymously to discuss internal strategy said Wednesday, \"Certainly there are discussions between the two camps.\"";
    expect(cueOf(text, one(text, "Bernie Sanders", "Sanders"))).toEqual([{ speaker: null, cue: "a White House official" }]);
  });

  it("gives the quote to the source, not to the outlet it spoke to", () => {
    const text = "Intro.\nAnother intelligence source speaking to Fox News said, “The agents are investigating the donations.”";
    expect(cueOf(text, [])).toEqual([{ speaker: null, cue: "Another intelligence source" }]);
  });
});

describe("an appositive ending on an adverb or a word in -ly", () => {
  it("gives the quote to the adviser whose clause ends on 'candidly', not to the name inside the description", () => {
    const text = "Intro.\nA Warren adviser, who spoke on the condition of anonymity to speak candidly, said of the senator, \"She takes the threat very seriously.\"";
    expect(cueOf(text, one(text, "Elizabeth Warren", "Warren"))).toEqual([{ speaker: null, cue: "A Warren adviser" }]);
  });

  it("gives the quote to the named ally, not to the person the appositive ends on", () => {
    const text = "Intro.\nMaria Lopez spoke first. Tom Beruff, a Lopez ally, called the standards \"strong.\"";
    const people: Person[] = [
      { id: "p1", name: "Maria Lopez", aliases: ["Lopez"], role: null, mentions: [{ start: 7, end: 18 }, { start: text.indexOf("Lopez ally"), end: text.indexOf("Lopez ally") + 5 }] },
      { id: "p2", name: "Tom Beruff", aliases: ["Beruff"], role: null, mentions: [{ start: text.indexOf("Tom Beruff"), end: text.indexOf("Tom Beruff") + 10 }] },
    ];
    expect(cueOf(text, people)).toEqual([{ speaker: "p2", cue: "Tom Beruff" }]);
  });
});

describe("a described subject opening the sentence of 'adding:'", () => {
  it("gives the quote to the spokesman, not to the name in the object of his verb", () => {
    const text = "Intro.\nThe spokesman refused to answer questions on who Cameron would like to see win but said no meeting was planned, adding: “If one is proposed we will consider it.”";
    expect(cueOf(text, one(text, "David Cameron", "Cameron"))).toEqual([{ speaker: null, cue: "The spokesman" }]);
  });
});

describe("a speaker a name owns: 'Obama's former campaign strategist said'", () => {
  it("gives the quote to the strategist or the family, not to the name that owns them; a thing owned is no speaker", () => {
    const text = "Intro.\n“My reaction, that was outrageous,” Obama's former campaign strategist said in an interview.\nScott's family has called on police to release the videos \"as a matter of transparency\" and asked for calm.\nTrump's temperament was on display when he called the deal \"a disaster.\"";
    const people: Person[] = [
      named(text, "p1", "Barack Obama", "Obama"),
      named(text, "p2", "Keith Scott", "Scott"),
      named(text, "p3", "Donald Trump", "Trump"),
    ];
    expect(cueOf(text, people).map((q) => q.speaker)).toEqual([null, null, "p3"]);
    expect(cueOf(text, people).slice(0, 2).map((q) => q.cue)).toEqual(["Obama's former campaign strategist", "Scott's family"]);
  });

  it("gives a writing's words to its author, and an owned role to the name set after it or closing it", () => {
    const text = "Intro.\nAxelrod's memoir says the debate prep felt like \"a root canal.\"\n\"We are looking down the road,\" Sanders's campaign manager, Jeff Weaver, said.\n\"We will win,\" Sanders's campaign manager Jeff Weaver said.";
    const people: Person[] = [
      named(text, "p1", "David Axelrod", "Axelrod"),
      named(text, "p2", "Bernie Sanders", "Sanders"),
      { id: "p3", name: "Jeff Weaver", aliases: ["Jeff Weaver"], role: null, mentions: [{ start: text.indexOf("Jeff Weaver"), end: text.indexOf("Jeff Weaver") + 11 }, { start: text.lastIndexOf("Jeff Weaver"), end: text.lastIndexOf("Jeff Weaver") + 11 }] },
    ];
    expect(cueOf(text, people)).toEqual([
      { speaker: "p1", cue: "Axelrod's memoir" },
      { speaker: "p3", cue: "Sanders's campaign manager" },
      { speaker: "p3", cue: "Sanders's campaign manager Jeff Weaver" },
    ]);
  });
});

describe("a speaker a name owns, past a bare apostrophe or an irregular verb", () => {
  it("reads 'Sanders’ campaign' as owned like 'Sanders's', and the campaign that 'took' a step as the subject", () => {
    const text = "Intro.\nSanders’ campaign called the report a “rush to judgment,” because delegates can change their minds.\nClinton's campaign took the unusual step of criticizing the agencies, accusing them of “overclassification run amok.”";
    const people: Person[] = [
      named(text, "p1", "Bernie Sanders", "Sanders"),
      named(text, "p2", "Hillary Clinton", "Clinton"),
    ];
    expect(cueOf(text, people)).toEqual([
      { speaker: null, cue: "Sanders’ campaign" },
      { speaker: null, cue: "Clinton's campaign" },
    ]);
  });
});

describe("a name modifying what follows it: 'The Sanders campaign projects'", () => {
  it("gives the quote to the campaign, not to the name inside it; an ad's words to the one it is named for", () => {
    const text = "Intro.\nThe Sanders campaign projects that “imposing a tax of a fraction of a percent” on trades would raise $75 billion.\nThe Rove ad hits Clinton for taking “54 times more money from Wall Street.”";
    const people: Person[] = [
      named(text, "p1", "Bernie Sanders", "Sanders"),
      named(text, "p2", "Karl Rove", "Rove"),
      named(text, "p3", "Hillary Clinton", "Clinton"),
    ];
    expect(cueOf(text, people)).toEqual([
      { speaker: null, cue: "The Sanders campaign" },
      { speaker: "p2", cue: "The Rove ad" },
    ]);
  });
});

describe("a document speaking after the quote: '“…,” the congressional report said'", () => {
  it("reads 'report' after an article and a modifier as the noun heading the cue, not as its verb", () => {
    const text = "Intro.\n“Even the chairwoman's computer had been hacked,” the congressional report said.\n“We do not understand the need,” the two write.";
    expect(cueOf(text, [])).toEqual([
      { speaker: null, cue: "the congressional report" },
      { speaker: null, cue: "the two" },
    ]);
  });
});

describe("a photo caption between paragraphs", () => {
  it("lets 'he' point over the caption to the story's own sentences, not to the man named only in the caption, unless nobody else fits", () => {
    const text = "Intro.\nGeorge Zimmerman said he had received offers for the gun.\nPOOL New/Reuters.\nSanford police officer Timothy Smith holds up the gun used in the shooting during the 2013 trial.\n“The firearm is fully functional,” he added.";
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const people: Person[] = [
      { id: "p1", name: "George Zimmerman", aliases: ["Zimmerman"], role: null, mentions: [at("George Zimmerman")] },
      { id: "p2", name: "Timothy Smith", aliases: ["Smith"], role: null, mentions: [at("Timothy Smith")] },
    ];
    expect(cueOf(text, people)).toEqual([{ speaker: "p1", cue: "he" }]);
    // (a person the caption names still, when nobody else fits)
    const alone = "Intro.\nThe gun went on sale this week.\nJane Roe/Getty Images.\nSanford police officer Timothy Smith holds up the gun used in the shooting during the 2013 trial.\n“The firearm is fully functional,” he added.";
    const smith = alone.indexOf("Timothy Smith");
    expect(cueOf(alone, [{ id: "p2", name: "Timothy Smith", aliases: ["Smith"], role: null, mentions: [{ start: smith, end: smith + 13 }] }])).toEqual([{ speaker: "p2", cue: "he" }]);
  });
});

describe("a capitalised word before a plural for people: 'Democratic leaders are worried'", () => {
  it("takes the plural as the described subject, not the capitalised word alone; a verb between stops it", () => {
    const text = "Intro.\nDemocratic leaders are worried about an unmollified “Bernie or Bust” contingent.\nNuclear proliferation experts have discounted the claims about its “explosive yield” so far.\nGoogle Sans Flex lets designers “sculpt” each letter.";
    expect(cueOf(text, []).map((q) => q.cue)).toEqual(["Democratic leaders", "Nuclear proliferation experts", "Google Sans Flex"]);
  });
});

describe("someone's people opening a clause: 'His office put out a statement saying'", () => {
  it("takes 'his office' / 'her campaign' as the described subject, but not 'his supporters' as an object", () => {
    const text = "Intro.\nHis office put out a statement saying the country “does not have the capacity to vet every refugee.”\nIt has not helped that her campaign has cycled through slogans like “stronger together.”\nThe senator sought to calm his supporters, and took a heckler in stride, saying the man would “not get beat up” there.";
    const cues = cueOf(text, []).map((q) => q.cue);
    expect(cues.slice(0, 2)).toEqual(["His office", "her campaign"]);
    expect(cues[2]).not.toBe("his supporters");
  });
});

describe("a verb of crying out right before the quote", () => {
  it("gives the cry to whoever yelled it, not to the sentence's first speaker", () => {
    const text = "Intro.\nSome in the crowd booed, and when Ana Ruiz thanked Miami and said it was great to be home, a man yelled “Stay there!”";
    expect(cueOf(text, one(text, "Ana Ruiz", "Ana Ruiz"))).toEqual([{ speaker: null, cue: "a man" }]);
  });

  it("keeps the sentence's speaker for a cry only spoken of", () => {
    const text = "Intro.\nAna Ruiz says speech has limits. She notes that you can’t yell “fire” in a theater.";
    expect(cueOf(text, one(text, "Ana Ruiz", "Ana Ruiz"))).toEqual([{ speaker: "p1", cue: "She" }]);
  });
});

describe("a verb form after a partial quote opens a predicate, not a speaker", () => {
  it("gives the words to the sentence's speaker, not to ', giving …' or '… used part of his address'", () => {
    const text = "Intro.\nAna Ruiz said she is hopeful the new bill can be “the best of both worlds,” giving states more power.";
    expect(cueOf(text, one(text, "Ana Ruiz", "Ana Ruiz"))).toEqual([{ speaker: "p1", cue: "Ana Ruiz" }]);
    const other = "Intro.\nWhile Ms. Ruiz, representing the party's governing wing, laid out a vision for \"a reformed tax code,\" the physician who briefly caught fire last year used part of his address to attack the rival.";
    expect(cueOf(other, one(other, "Ana Ruiz", "Ruiz"))).toEqual([{ speaker: "p1", cue: "Ruiz" }]);
  });
});

describe("a description set off before the name it stands for", () => {
  it("gives the quote to the name in the appositive, not to the outlet the opening phrase names", () => {
    const text = "Intro.\nIn a statement to the Observer, her senior policy adviser, Tom Berg, said: “She believes that cooperation is essential.”";
    const people: Person[] = [named(text, "p1", "Observer", "Observer"), named(text, "p2", "Tom Berg", "Tom Berg")];
    expect(cueOf(text, people)).toEqual([{ speaker: "p2", cue: "Tom Berg" }]);
  });
});

describe("a capitalised word of a description that spells a verb", () => {
  it("reads 'State' in 'a State Department official' as part of the description, not as the verb 'state'", () => {
    const text = "Intro.\nIn a statement for this story, a State Department official said, \"We are not going to speak to that.\"";
    expect(cueOf(text, [])).toEqual([{ speaker: null, cue: "a State Department official" }]);
  });
});

describe("a description set off before a name", () => {
  it("gives the quote to the chief of staff named after the comma, not to the member whose staff it is", () => {
    const text = "Intro.\n“The votes will come around in time,” Ohio Rep. Dana Pell’s chief of staff, Rob Tillman, told reporters.";
    const people = [named(text, "p1", "Dana Pell", "Dana Pell"), named(text, "p2", "Rob Tillman", "Rob Tillman")];
    expect(findQuotes(text, people).map((q) => q.speaker)).toEqual(["p2"]);
    // (not the first name of a list after the comma)
    const list = "Intro.\n“Both of them dodged it,” the moderators, Lina Osei and Rob Tillman, wrote.";
    expect(findQuotes(list, [named(list, "p1", "Lina Osei", "Lina Osei"), named(list, "p2", "Rob Tillman", "Rob Tillman")]).map((q) => q.speaker)).toEqual([null]);
  });

  it("gives the quote to the friend named after the comma", () => {
    const text = "Intro.\n“She never missed a rehearsal,” another friend, Lina Osei told the paper.";
    expect(findQuotes(text, [named(text, "p1", "Lina Osei", "Lina Osei")]).map((q) => q.speaker)).toEqual(["p1"]);
  });
});

describe("an adverb or an auxiliary between a described speaker and the verb", () => {
  it("leaves 'recently' out of the cue after the quote", () => {
    const text = "Intro.\n“The plan is a mistake,” the editorial board recently wrote.";
    expect(cueOf(text, [])).toEqual([{ speaker: null, cue: "the editorial board" }]);
  });

  it("finds the president a description with 'will' names", () => {
    const text = "Intro.\nPresident Tom Adler spoke on Monday.\n“Nothing prepares you for the job,” the two-term president will say.";
    const adler: Person = { ...named(text, "p1", "Tom Adler", "Tom Adler"), role: "President" };
    expect(cueOf(text, [adler])).toEqual([{ speaker: "p1", cue: "the two-term president" }]);
  });
});

describe("a described subject before a participle", () => {
  it("gives the quote to the description whose past has no -ed, not to the name in its predicate", () => {
    const text = "Intro.\nThe governor made clear her support for Tom Berg, saying that \"no one is better prepared\" for the post.";
    expect(cueOf(text, one(text, "Tom Berg", "Tom Berg"))).toEqual([{ speaker: null, cue: "The governor" }]);
  });

  it("reads past a scene set before the described subject", () => {
    const text = "Intro.\nIn two separate interviews, the judge sounded off on Berg, saying she did not \"want to imagine\" the outcome.";
    expect(cueOf(text, one(text, "Tom Berg", "Berg"))).toEqual([{ speaker: null, cue: "the judge" }]);
  });
});

describe("a title or a description before the name it belongs to", () => {
  it("reads 'state' before a job as part of the title, not as a verb of stating", () => {
    const text = "Intro.\nOhio state delegate Ana Ruiz, wearing a red scarf, said the vote could be a \"disaster\" for the party.";
    expect(cueOf(text, one(text, "Ana Ruiz", "Ana Ruiz"))).toEqual([{ speaker: "p1", cue: "Ana Ruiz" }]);
  });

  it("gives two titles joined by 'and' to the one name closing them", () => {
    const text = "Intro.\n\"That is what he did in the last two races,\" said former Ohio Gov. and Democratic Party Chairman Tom Berg. \"It is about turnout.\"";
    expect(cueOf(text, one(text, "Tom Berg", "Tom Berg")).map((q) => q.speaker)).toEqual(["p1", "p1"]);
  });

  it("gives the words to the name a possessive's description is set off before, not to its owner", () => {
    const text = "Intro.\nIn early May, Lopez's Ohio state director, Tom Berg, reached out to the firm, writing in an email: \"We want to use this soon.\"";
    const people = [named(text, "p1", "Maria Lopez", "Lopez"), named(text, "p2", "Tom Berg", "Tom Berg")];
    expect(cueOf(text, people)).toEqual([{ speaker: "p2", cue: "Tom Berg" }]);
  });
});

describe("a described subject opening the sentence", () => {
  it("ends before its verb, so the card does not say 'Said by The party stuck'", () => {
    const text = "Intro.\nThe party stuck to the plan even as rivals campaigned against it under the slogan \"Scrap the levy now.\"";
    expect(cueOf(text, [])).toEqual([{ speaker: null, cue: "The party" }]);
  });

  it("ends before a present after a word for a person", () => {
    const text = "Intro.\nThe Ohio senator likes to tell voters the plan is \"dead on arrival\" in the capital.";
    expect(cueOf(text, [])).toEqual([{ speaker: null, cue: "The Ohio senator" }]);
  });
});

describe("a writing or a body speaking through 'which': 'the AP report, which notes, “…”'", () => {
  it("gives the quote to the writing the relative clause follows, not to the one who cited it; not a restrictive 'which' after a common noun, nor a verb no writing speaks by", () => {
    const text = "Intro.\nMiller's press release linked to the Reuters report, which notes, “Nearly half of the donors met the secretary in person.”\nThe reporters turned to the Denver Water Board which reported “more than 400 burst mains this winter.”\nThe board voted 5-2 for the motion which said the town “rejects any further cuts to the library budget.”\nMiller praised the hearings, which began with the words “we are here to listen to every resident.”";
    expect(cueOf(text, one(text, "Tom Miller", "Miller"))).toEqual([
      { speaker: null, cue: "the Reuters report, which" },
      { speaker: null, cue: "the Denver Water Board which" },
      { speaker: null, cue: "The board" },
      { speaker: "p1", cue: "Miller" },
    ]);
  });
});

describe("a verb of describing after a quote: '“…,” described the delays as “…”'", () => {
  it("reads the phrase before 'as' as what was described, not as who spoke", () => {
    const text = "Intro.\nKessler, who says the repairs cost him \"well over a million dollars,\" described the delays as \"maddening.\"";
    expect(cueOf(text, one(text, "Dan Kessler", "Kessler")).map((q) => q.speaker)).toEqual(["p1", "p1"]);
  });
});
