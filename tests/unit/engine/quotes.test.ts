import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeText } from "../../../src/engine/analyze";
import { findQuotes } from "../../../src/engine/quotes";
import type { Person } from "../../../src/engine/types";
import { cast } from "./quotes-cast";

/** Each quote as [quoted words, speaker's name or null, cue words or null]. */
function quotes(text: string, people: Person[]): [string, string | null, string | null][] {
  const names = new Map(people.map((p) => [p.id, p.name]));
  return findQuotes(text, people).map((q) => {
    expect(q.text).toBe(text.slice(q.start, q.end));
    return [q.text, q.speaker ? names.get(q.speaker)! : null, q.cue ? text.slice(q.cue.start, q.cue.end) : null];
  });
}

describe("findQuotes: finding quotations", () => {
  it("takes curly and straight double quotes, marks excluded", () => {
    const text = "“We will win,” Ana Ruiz said. \"We always do,\" she added.";
    const p = cast(text, [["Ana Ruiz", null, ["Ana Ruiz", "Ruiz"]]]);
    expect(quotes(text, p).map((q) => q[0])).toEqual(["We will win,", "We always do,"]);
  });

  it("takes single quotes in a headline and quotes nested in a quote", () => {
    const text = "Mayor Calls Plan 'a Disaster' After Vote\n\n“They told me, ‘Sit down and be quiet,’ and I refused,” Tom Berg said.";
    const found = quotes(text, cast(text, [["Tom Berg", null, ["Tom Berg"]]])).map((q) => q[0]);
    expect(found).toContain("a Disaster");
    expect(found).toContain("They told me, ‘Sit down and be quiet,’ and I refused,");
  });

  it("never reads an apostrophe as a quote mark", () => {
    const text = "Trump's rally played rock 'n' roll from the '90s, and the Smiths' fans' signs said nothing.";
    expect(findQuotes(text, [])).toEqual([]);
    const text2 = "Ms Kay's aides said the ’80s were over. The voters’ mood was ‘grim,’ she said.";
    expect(quotes(text2, cast(text2, [["Jo Kay", null, ["Ms Kay"]]])).map((q) => q[0])).toEqual(["grim,"]);
  });

  it("finds short scare quotes", () => {
    const text = "Vera Lind dismissed the reports as “fake news” on Tuesday.";
    expect(quotes(text, cast(text, [["Vera Lind", null, ["Vera Lind"]]]))).toEqual([["fake news", "Vera Lind", "Vera Lind"]]);
  });

  it("follows a quotation over several paragraphs: a mark opens each, one closes the last", () => {
    const text = "Omar Haddad said:\n\n“The first part runs on.\n\n“The second part ends here.”\n\nThen he left.";
    const got = quotes(text, cast(text, [["Omar Haddad", null, ["Omar Haddad"]]]));
    expect(got.map((q) => q[0])).toEqual(["The first part runs on.", "The second part ends here."]);
    expect(got.every((q) => q[1] === "Omar Haddad")).toBe(true);
  });

  it("reads two apostrophes as a double mark (archive style)", () => {
    const text = "''It is not reform,'' Mr. Holt said.";
    expect(quotes(text, cast(text, [["Dan Holt", null, ["Holt"]]]))).toEqual([["It is not reform,", "Dan Holt", "Mr. Holt"]]);
  });

  it("leaves out titles of shows and works, and embed ids, but keeps nicknames", () => {
    const text = "Tom Berg told CBS's “Face the Nation” he would run. He appeared on “Morning Joe” too. Embed “778257943577919488” ended. Berg called her “Miss Piggy” twice.";
    expect(quotes(text, cast(text, [["Tom Berg", null, ["Tom Berg", "Berg"]]])).map((q) => q[0])).toEqual(["Miss Piggy"]);
  });

  it("leaves out a title named by the work after it, through one modifier", () => {
    const text = "Dana Holt hosts the “Talk It Through” radio program. Fans lined up for the “Bring It Home” bus tour. Holt called the plan “Dead On Arrival” again.";
    expect(quotes(text, cast(text, [["Dana Holt", null, ["Dana Holt", "Holt"]]])).map((q) => q[0])).toEqual(["Dead On Arrival"]);
  });

  it("leaves out a nickname set inside a name", () => {
    const text = "State Sen. Margaret “Peggy” Olsen spoke first, and then J.T. “Buck” Rowe took the floor. Rowe said the deal was “Done Deal” by then.";
    const p = cast(text, [["Margaret Olsen", null, ["Margaret", "Olsen"]], ["J.T. Rowe", null, ["J.T.", "Rowe"]]]);
    expect(quotes(text, p).map((q) => q[0])).toEqual(["Done Deal"]);
  });

  it("reads a quoted title-cased line between sections as a subhead, not the last speaker's turn", () => {
    const text = "Budget Vote Looms\nThe plan would cut the deficit. “We will pass it,” Ana Ruiz said.\n‘A Long Road Ahead.’\nThe vote is set for May.\n“NO MORE DELAYS”\nRuiz said the talks were over.";
    expect(quotes(text, cast(text, [["Ana Ruiz", null, ["Ana Ruiz", "Ruiz"]]]))).toEqual([["We will pass it,", "Ana Ruiz", "Ana Ruiz"]]);
  });

  it("reads a mark of the wrong hand at a paragraph's edge as the slip it is", () => {
    const text = "The site rated the claim “Mostly False.“\n\n” It is misleading,” Ana Ruiz said.";
    expect(quotes(text, cast(text, [["Ana Ruiz", null, ["Ana Ruiz"]]])).map((q) => q[0])).toEqual(["Mostly False.", "It is misleading,"]);
  });

  it("reads an opening mark between a quote's last stop and a space as its closing slip", () => {
    const text = "“That was odd,“ said Ana Ruiz, a judge. “I have not seen it before.”";
    expect(quotes(text, cast(text, [["Ana Ruiz", null, ["Ana Ruiz"]]]))).toEqual([
      ["That was odd,", "Ana Ruiz", "Ana Ruiz"],
      ["I have not seen it before.", "Ana Ruiz", "Ana Ruiz"],
    ]);
  });

  it("reads curly quotes nested in curly quotes as one quotation", () => {
    const text = "“I would rather live in what he calls “chaos” than live in fear,” Ana Ruiz said.";
    expect(quotes(text, cast(text, [["Ana Ruiz", null, ["Ana Ruiz"]]]))).toEqual([["I would rather live in what he calls “chaos” than live in fear,", "Ana Ruiz", "Ana Ruiz"]]);
  });

  it("runs a quotation on past a photo caption set inside it", () => {
    const text = "Lena Hart, head gardener:\n“I walk the park at dawn. What a treasure.\nAbove: Seed heads in frost. Photo by Tom Berg.\n“Leave the leaves for the birds.”\nThe tour ends at noon.";
    const p = cast(text, [
      ["Lena Hart", null, ["Lena Hart"]],
      ["Tom Berg", null, ["Tom Berg"]],
    ]);
    expect(quotes(text, p)).toEqual([
      ["I walk the park at dawn. What a treasure.", "Lena Hart", "Lena Hart"],
      ["Leave the leaves for the birds.", "Lena Hart", "Lena Hart"],
    ]);
  });

  it("reads a pronoun in marks after a word as the word talked about, but keeps one said aloud", () => {
    const text = "In Cree there is no “he” and there is no “she.” The power of “we” drove the campaign.\n“Me?” Ana Ruiz asked.";
    const p = cast(text, [["Ana Ruiz", null, ["Ana Ruiz"]]]);
    expect(quotes(text, p)).toEqual([["Me?", "Ana Ruiz", "Ana Ruiz"]]);
  });

  it("never runs away with an unclosed mark", () => {
    const text = "He said “this never closes.\n\nA new paragraph about something else.";
    expect(findQuotes(text, [])).toEqual([]);
  });
});

describe("findQuotes: who said it", () => {
  it("X said / said X / X added", () => {
    const text = "“Prices will fall,” Lena Park said. “Not soon,” said Ivo Marsh. “We disagree,” Park added.";
    const p = cast(text, [
      ["Lena Park", null, ["Lena Park", "Park"]],
      ["Ivo Marsh", null, ["Ivo Marsh"]],
    ]);
    expect(quotes(text, p)).toEqual([
      ["Prices will fall,", "Lena Park", "Lena Park"],
      ["Not soon,", "Ivo Marsh", "Ivo Marsh"],
      ["We disagree,", "Lena Park", "Park"],
    ]);
  });

  it("X said that “…” and X told reporters “…” before the quote", () => {
    const text = "Lena Park told reporters on Monday that the plan was “dead on arrival.”";
    expect(quotes(text, cast(text, [["Lena Park", null, ["Lena Park"]]]))).toEqual([["dead on arrival.", "Lena Park", "Lena Park"]]);
  });

  it("according to X", () => {
    const text = "The deal is “nearly done,” according to Sam Ortiz, who led the talks.";
    expect(quotes(text, cast(text, [["Sam Ortiz", null, ["Sam Ortiz"]]]))).toEqual([["nearly done,", "Sam Ortiz", "Sam Ortiz"]]);
  });

  it("per X, the short form of 'according to X'", () => {
    const text = "Members may not send a proxy when voting “to fill a vacancy,” per the club’s bylaws. The fee is “ten dollars,” per Sam Ortiz.";
    expect(quotes(text, cast(text, [["Sam Ortiz", null, ["Sam Ortiz"]]]))).toEqual([
      ["to fill a vacancy,", null, "the club’s bylaws"],
      ["ten dollars,", "Sam Ortiz", "Sam Ortiz"],
    ]);
  });

  it("X: “…”", () => {
    const text = "In a statement, Ruth Ames: “We will appeal.”";
    expect(quotes(text, cast(text, [["Ruth Ames", null, ["Ruth Ames"]]]))).toEqual([["We will appeal.", "Ruth Ames", "Ruth Ames"]]);
  });

  it("a paragraph-initial quote with the cue after it, through an appositive", () => {
    const text = "The vote was close.\n\n“It has the virtue of being honest,” Leonard Burman, director of a tax centre and a professor, said of the plan.";
    expect(quotes(text, cast(text, [["Leonard Burman", null, ["Leonard Burman"]]]))).toEqual([["It has the virtue of being honest,", "Leonard Burman", "Leonard Burman"]]);
  });

  it("a pronoun goes to the person last named outside quotes", () => {
    const text = "Ana Ruiz met Tom Berg in Lima. Later Berg spoke to the press. “It went well,” he said.";
    const p = cast(text, [
      ["Ana Ruiz", null, ["Ana Ruiz"]],
      ["Tom Berg", null, ["Tom Berg", "Berg"]],
    ]);
    expect(quotes(text, p)).toEqual([["It went well,", "Tom Berg", "he"]]);
  });

  it("the former / the latter", () => {
    const text = "Ana Ruiz and Tom Berg rejected the report, the former calling it “a fabrication” and the latter “a joke.”";
    const p = cast(text, [
      ["Ana Ruiz", null, ["Ana Ruiz"]],
      ["Tom Berg", null, ["Tom Berg"]],
    ]);
    const got = quotes(text, p);
    expect(got[0]).toEqual(["a fabrication", "Ana Ruiz", "the former"]);
  });

  it("a role description goes to the person whose role it is", () => {
    const text = "Finance Minister Olga Petrova met bankers on Friday. “Rates will stay,” the minister said.";
    const p = cast(text, [["Olga Petrova", "Finance Minister", ["Olga Petrova"]]]);
    expect(quotes(text, p)).toEqual([["Rates will stay,", "Olga Petrova", "the minister"]]);
  });

  it("a description holding 'of state' stays whole: the show before it is no speaker", () => {
    const text = "On Monday's episode of “Kitchen Table Talk,” the former secretary of state said she would fight for “every single family.”";
    expect(quotes(text, cast(text, [["Kitchen Table Talk", null, ["Kitchen Table Talk"]]]))).toEqual([["every single family.", null, "the former secretary of state"]]);
  });

  it("a noun after an article and two modifiers is no reporting verb ('an overall cost estimate')", () => {
    const text = "Lena Hart spoke in Ohio.\nThe senator did not give an overall cost estimate for the plan, though she said “spending cuts” would pay for it.";
    expect(quotes(text, cast(text, [["Lena Hart", null, ["Lena Hart"]]]))).toEqual([["spending cuts", "Lena Hart", "she"]]);
  });

  it("a time phrase between the subject and its verb ('who in 2010 said')", () => {
    const text = "Ana Ruiz clashed with Tom Berg, who in 2012 said her bill was “dead on arrival.” Ruiz on Monday told reporters she was “not worried.”";
    const p = cast(text, [
      ["Ana Ruiz", null, ["Ana Ruiz", "Ruiz"]],
      ["Tom Berg", null, ["Tom Berg"]],
    ]);
    expect(quotes(text, p)).toEqual([
      ["dead on arrival.", "Tom Berg", "who"],
      ["not worried.", "Ana Ruiz", "Ruiz"],
    ]);
  });

  it("a name, then 'of' and a place, then the verb: the name speaks", () => {
    const text = "State Sen. Lena Hart of West Virginia lamented the “sorry state” of the roads.";
    expect(quotes(text, cast(text, [["Lena Hart", null, ["Lena Hart"]]]))).toEqual([["sorry state", "Lena Hart", "Lena Hart"]]);
  });

  it("a share of a group speaks, not the person named in what they said", () => {
    const text = "Ana Ruiz leads the race.\nOnly 41 percent of likely voters agreed that Ruiz is “ready to lead,” and 30 percent said Ruiz was “too cautious.” Most of the delegates said she was “the safe choice.”";
    expect(quotes(text, cast(text, [["Ana Ruiz", null, ["Ana Ruiz", "Ruiz"]]]))).toEqual([
      ["ready to lead,", null, "41 percent of likely voters"],
      ["too cautious.", null, "30 percent"],
      ["the safe choice.", null, "Most of the delegates"],
    ]);
  });

  it("a name opening the sentence before an appositive is the subject, person or not", () => {
    const text = "Even Norway, the treaty's oldest member and its main donor, said it was “deeply troubled” by the vote.";
    expect(quotes(text, [])).toEqual([["deeply troubled", null, "Norway"]]);
  });

  it("a title and a name after an article: the name is the head ('said the Rev. Ana Ruiz')", () => {
    const text = "“We will rebuild,” said the Rev. Ana Ruiz, of Grace Church. “This is home.”";
    expect(quotes(text, cast(text, [["Ana Ruiz", null, ["Ana Ruiz"]]])).map((q) => q[1])).toEqual(["Ana Ruiz", "Ana Ruiz"]);
  });

  it("'Del.' is a title, not the end of a sentence", () => {
    const text = "“This is a waste of time,” said Del. Ana Ruiz (D-Guam).";
    expect(quotes(text, cast(text, [["Ana Ruiz", null, ["Ana Ruiz"]]]))).toEqual([["This is a waste of time,", "Ana Ruiz", "Del. Ana Ruiz"]]);
  });

  it("a person 'of' an organisation before the verb speaks ('Tom Berg of The Ledger wrote,')", () => {
    const text = "Tom Berg of The Ledger wrote, “You care or you do not.” Berg's column noted the silence officials, including Ana Ruiz, have kept amid calls for Lee Park to resign.";
    const p = cast(text, [
      ["Tom Berg", null, ["Tom Berg", "Berg"]],
      ["Ana Ruiz", null, ["Ana Ruiz"]],
      ["Lee Park", null, ["Lee Park"]],
    ]);
    expect(quotes(text, p)).toEqual([["You care or you do not.", "Tom Berg", "Tom Berg"]]);
  });

  it("a capitalised verb form inside a name is no reporting verb ('spokeswoman Hope Hicks said')", () => {
    const text = "Lee Park was charged.\n“He is innocent,” Park campaign spokeswoman Hope Nakamura said.";
    const p = cast(text, [
      ["Lee Park", null, ["Lee Park", "Park"]],
      ["Hope Nakamura", null, ["Hope Nakamura"]],
    ]);
    expect(quotes(text, p).map((q) => q[1])).toEqual(["Hope Nakamura"]);
  });

  it("a sentence full of names but with a reporting verb in lower case is prose, not a headline", () => {
    const text = "Tom Berg spoke first.\nOhio State University's Ana Ruiz agreed. “The base is restless.”";
    const p = cast(text, [
      ["Tom Berg", null, ["Tom Berg"]],
      ["Ana Ruiz", null, ["Ana Ruiz"]],
    ]);
    expect(quotes(text, p)).toEqual([["The base is restless.", "Ana Ruiz", "Ana Ruiz"]]);
  });

  it("a person of an organisation whose name holds 'for' and 'and' speaks", () => {
    const text = "Ana Ruiz of the Center for Science and International Security wrote in May. “The test failed.”";
    expect(quotes(text, cast(text, [["Ana Ruiz", null, ["Ana Ruiz"]]]))).toEqual([["The test failed.", "Ana Ruiz", "Ana Ruiz"]]);
  });

  it("a quote closed without its comma, then a described name and the verb", () => {
    const text = "Lee Park resigned.\n“I cannot imagine how tired you must be” former policy director Ana Ruiz wrote to Park.";
    const p = cast(text, [
      ["Lee Park", null, ["Lee Park", "Park"]],
      ["Ana Ruiz", null, ["Ana Ruiz"]],
    ]);
    expect(quotes(text, p).map((q) => q[1])).toEqual(["Ana Ruiz"]);
  });

  it("the inverted 'said X,' set right before the quote names its speaker", () => {
    const text = "Tom Berg runs the numbers.\nBecause of how the party set the calendar, explained Berg, “the race is over early.”";
    expect(quotes(text, cast(text, [["Tom Berg", null, ["Tom Berg", "Berg"]]]))).toEqual([["the race is over early.", "Tom Berg", "Berg"]]);
  });

  it("a clause opening on 'including' names no speaker", () => {
    const text = "Ana Ruiz spoke.\nRuiz, herself up for reelection in 2018, said she voted against her party's bill because “they put some needless things in that bill,” including rules she said would hurt farmers.";
    expect(quotes(text, cast(text, [["Ana Ruiz", null, ["Ana Ruiz", "Ruiz"]]]))).toEqual([["they put some needless things in that bill,", "Ana Ruiz", "Ruiz"]]);
  });

  it("a statement line after a subordinate clause belongs to the main clause's subject", () => {
    const text = "Lee Park led the state for years.\nWhen Park died in 2001, Governor Ana Ruiz released the following statement:\n“We have lost a friend.”";
    const p = cast(text, [
      ["Lee Park", null, ["Lee Park", "Park"]],
      ["Ana Ruiz", "Governor", ["Ana Ruiz"]],
    ]);
    expect(quotes(text, p).map((q) => q[1])).toEqual(["Ana Ruiz"]);
  });

  it("'… and said' after a subordinate clause: the main clause's subject speaks", () => {
    const text = "Lee Park asked the question.\nWhen asked whom she backed, Ms. Ruiz smiled and said, “I am waiting.”";
    const p = cast(text, [
      ["Lee Park", null, ["Lee Park"]],
      ["Ana Ruiz", null, ["Ms. Ruiz"]],
    ]);
    expect(quotes(text, p)).toEqual([["I am waiting.", "Ana Ruiz", "Ms. Ruiz"]]);
  });

  it("a described subject with no reporting verb stops before its verb or adverb", () => {
    const text = "The council voted for a “safe streets” plan. The company now sells “billionaire dossiers” to banks.";
    expect(quotes(text, []).map((q) => q[2])).toEqual(["The council", "The company"]);
  });

  it("a description with nobody behind it keeps its cue and no speaker", () => {
    const text = "“Hillary Clinton has the potential,” the influential US daily wrote.";
    expect(quotes(text, [])).toEqual([["Hillary Clinton has the potential,", null, "the influential US daily"]]);
  });

  it("a paragraph that is only a quotation continues the previous speaker", () => {
    const text = "“We start today,” Ivo Marsh said.\n\n“And we finish when the work is done.”\n\nThe crowd left.";
    const got = quotes(text, cast(text, [["Ivo Marsh", null, ["Ivo Marsh"]]]));
    expect(got.map((q) => q[1])).toEqual(["Ivo Marsh", "Ivo Marsh"]);
  });

  it("a second quote in single marks continues the turn of the first (British style)", () => {
    const text = "'The service is broken,' said Nia Rowe, the union leader. 'Patients pay the price.'\n\nThe board met later.";
    const got = quotes(text, cast(text, [["Nia Rowe", "the union leader", ["Nia Rowe"]]]));
    expect(got).toEqual([
      ["The service is broken,", "Nia Rowe", "Nia Rowe"],
      ["Patients pay the price.", "Nia Rowe", "Nia Rowe"],
    ]);
  });

  it("a quote after a sentence naming its speaker, and ', saying' after the subject", () => {
    const text = "Her partner, Lars Cummings, called her a master. “She made deals nobody else could.”\n\nTom Berg attacked the plan on Monday, saying, “It is reckless.”";
    const p = cast(text, [
      ["Lars Cummings", null, ["Lars Cummings"]],
      ["Tom Berg", null, ["Tom Berg"]],
    ]);
    expect(quotes(text, p).map((q) => q[1])).toEqual(["Lars Cummings", "Tom Berg"]);
  });

  it("the main clause's speaker over a reported one, and no cue from the words after a partial quote", () => {
    const text = "Ana Ruiz says she hopes to win, but she knows that “the odds are long.”\n\nTom Berg ruled the claim “true,” but Ana Ruiz said nothing.";
    const p = cast(text, [
      ["Ana Ruiz", null, ["Ana Ruiz"]],
      ["Tom Berg", null, ["Tom Berg"]],
    ]);
    expect(quotes(text, p)).toEqual([
      ["the odds are long.", "Ana Ruiz", "Ana Ruiz"],
      ["true,", "Tom Berg", "Tom Berg"],
    ]);
  });

  it("a partial quote closed by a comma takes the cue after it", () => {
    const text = "The plan “is a misguided approach,” Mr. Burman said.";
    expect(quotes(text, cast(text, [["Len Burman", null, ["Burman"]]]))).toEqual([["is a misguided approach,", "Len Burman", "Mr. Burman"]]);
  });

  it("a partial quote whose sentence ends on its cue", () => {
    const text = "That would create a “summer of agony” for the party, said Brad Bannon, a pollster.";
    expect(quotes(text, cast(text, [["Brad Bannon", null, ["Brad Bannon"]]]))).toEqual([["summer of agony", "Brad Bannon", "Brad Bannon"]]);
  });

  it("a subject phrase ending on a name is that person, not the name inside it", () => {
    const text = "Bernie Sanders spoke first. “We were right,” Sanders campaign manager Jeff Weaver said.";
    const p = cast(text, [
      ["Bernie Sanders", null, ["Bernie Sanders", "Sanders"]],
      ["Jeff Weaver", null, ["Jeff Weaver"]],
    ]);
    expect(quotes(text, p).map((q) => q[1])).toEqual(["Jeff Weaver"]);
  });

  it("a relative 'who' is the cue and stands for the person before it", () => {
    const text = "The host, Glenn Beck, who called the candidate “a narcissistic psychopath,” left the party.";
    expect(quotes(text, cast(text, [["Glenn Beck", null, ["Glenn Beck"]]]))).toEqual([["a narcissistic psychopath,", "Glenn Beck", "who"]]);
  });

  it("a quote signed with a dash after it", () => {
    const text = "“I cannot believe this campaign.” ― Karen Bobadilla";
    expect(quotes(text, cast(text, [["Karen Bobadilla", null, ["Karen Bobadilla"]]]))).toEqual([["I cannot believe this campaign.", "Karen Bobadilla", "Karen Bobadilla"]]);
  });

  it("a signature that describes its writer is its whole line: two roles joined by 'and', past eight words", () => {
    const text = "Survey answers\n\n“The compiler caught the bug before we shipped it.” -- Founder and CEO of a small tools company\n\n“Setup took an hour.” — Lead engineer & team manager at a bank, Oslo\n\n“Builds are slow.” — Safety engineer working on brake control software for small trucks";
    expect(quotes(text, [])).toEqual([
      ["The compiler caught the bug before we shipped it.", null, "Founder and CEO of a small tools company"],
      ["Setup took an hour.", null, "Lead engineer & team manager at a bank"],
      ["Builds are slow.", null, "Safety engineer working on brake control software for small trucks"],
    ]);
  });

  it("a signature after a quote that only a label leads into signs it; after a reported quote it is the brief's author", () => {
    const text = "Meal kits\n\nWhat Buyers Say | “The soup arrived hot and tasted homemade.” – Dana Kowalski (Read all reviews.)\n\nAna Ruiz said her party was “still the largest force in the region.”--Tom Berg.";
    const p = cast(text, [
      ["Dana Kowalski", null, ["Dana Kowalski"]],
      ["Ana Ruiz", null, ["Ana Ruiz"]],
      ["Tom Berg", null, ["Tom Berg"]],
    ]);
    expect(quotes(text, p).map(([q, who]) => [q, who])).toEqual([
      ["The soup arrived hot and tasted homemade.", "Dana Kowalski"],
      ["still the largest force in the region.", "Ana Ruiz"],
    ]);
  });

  it("a dash then 'Source:' cites where the words come from, and ends the turn before it", () => {
    const text = "“Sales doubled,” said Karen Bobadilla.\n\n“Half of buyers shop by phone.” – Source: Market Survey Weekly";
    const p = cast(text, [["Karen Bobadilla", null, ["Karen Bobadilla"]]]);
    expect(quotes(text, p)).toEqual([
      ["Sales doubled,", "Karen Bobadilla", "Karen Bobadilla"],
      ["Half of buyers shop by phone.", null, "Market Survey Weekly"],
    ]);
  });

  it("a quote that closes its sentence takes no cue from the next sentence", () => {
    const text = "Ana Ruiz called the plan “a disgrace.” Tom Berg said nothing.";
    const p = cast(text, [
      ["Ana Ruiz", null, ["Ana Ruiz"]],
      ["Tom Berg", null, ["Tom Berg"]],
    ]);
    expect(quotes(text, p)).toEqual([["a disgrace.", "Ana Ruiz", "Ana Ruiz"]]);
  });

  it("hostile text in names and quotes comes back as plain strings", () => {
    const text = "“<img src=x onerror=alert(1)>,” Ana Ruiz said.";
    expect(quotes(text, cast(text, [["Ana Ruiz", null, ["Ana Ruiz"]]]))).toEqual([["<img src=x onerror=alert(1)>,", "Ana Ruiz", "Ana Ruiz"]]);
  });
});

describe("findQuotes: who said it, more constructions", () => {
  it("a quote ending on a nested quote's closing mark still takes the cue after it", () => {
    const text = "Ana Ruiz spoke first.\n\n“You say you ‘accept the blame,’” Tom Berg said. “That is not enough.”";
    const p = cast(text, [
      ["Ana Ruiz", null, ["Ana Ruiz"]],
      ["Tom Berg", null, ["Tom Berg"]],
    ]);
    expect(quotes(text, p).map((q) => [q[1], q[2]])).toEqual([
      ["Tom Berg", "Tom Berg"],
      ["Tom Berg", "Tom Berg"],
    ]);
  });
  it("a quote opening its paragraph that the sentence goes on from takes the cue closing it", () => {
    const text = "Ana Ruiz praised the plan.\n\n“I have admiration for the mechanics” of the plan, Tom Berg said. “But not for the goal.”";
    const p = cast(text, [
      ["Ana Ruiz", null, ["Ana Ruiz"]],
      ["Tom Berg", null, ["Tom Berg"]],
    ]);
    expect(quotes(text, p).map((q) => q[1])).toEqual(["Tom Berg", "Tom Berg"]);
  });
  it("according to a described source, up to its comma", () => {
    const text = "According to Yahoo News, Ruiz spokesman Tom Berg said that she would sign “this bill.” The family saw the video, according to their attorneys, and said it raised “more questions than answers.”";
    const p = cast(text, [
      ["Ana Ruiz", null, ["Ruiz"]],
      ["Tom Berg", null, ["Tom Berg"]],
    ]);
    expect(quotes(text, p).map((q) => q[2])).toEqual(["Yahoo News", "their attorneys"]);
  });

  it("a later quote of the same sentence with no reporting verb of its own keeps the sentence's speaker", () => {
    const text = "Ana Ruiz said Tom Berg lost “every debate” in which he took part because there was “a lot going on.”";
    const p = cast(text, [
      ["Ana Ruiz", null, ["Ana Ruiz"]],
      ["Tom Berg", null, ["Tom Berg"]],
    ]);
    expect(quotes(text, p)).toEqual([
      ["every debate", "Ana Ruiz", "Ana Ruiz"],
      ["a lot going on.", "Ana Ruiz", "Ana Ruiz"],
    ]);
  });
  it("a reporting verb right before the quote names its speaker, over earlier verbs and a cue after it", () => {
    const text = "When Ana Ruiz noted that he paid no tax, Tom Berg boasted, “That makes me smart.”\n\nAfter Ana Ruiz accused him of sexism, Tom Berg warned, “That is fair game,” a campaign aide told NBC.";
    const p = cast(text, [
      ["Ana Ruiz", null, ["Ana Ruiz"]],
      ["Tom Berg", null, ["Tom Berg"]],
    ]);
    expect(quotes(text, p).map((q) => q[1])).toEqual(["Tom Berg", "Tom Berg"]);
  });
  it("'what he called' cites the sentence's subject", () => {
    const text = "Tom Berg met Ana Ruiz on Monday. Later Ana Ruiz condemned what she called a “brazen breach” of the rules.";
    const p = cast(text, [
      ["Ana Ruiz", null, ["Ana Ruiz"]],
      ["Tom Berg", null, ["Tom Berg"]],
    ]);
    expect(quotes(text, p)).toEqual([["brazen breach", "Ana Ruiz", "Ana Ruiz"]]);
  });
  it("'as X put it', before or after the quote", () => {
    const text = "Tom Berg wrote the rules. His critics saw him, as Ana Ruiz put it in a long essay, as “the operator.”\n\nThe main need is a “lawful source of income,” as a Homeland Security memo put it.";
    const p = cast(text, [
      ["Ana Ruiz", null, ["Ana Ruiz"]],
      ["Tom Berg", null, ["Tom Berg"]],
    ]);
    expect(quotes(text, p)).toEqual([
      ["the operator.", "Ana Ruiz", "Ana Ruiz"],
      ["lawful source of income,", null, "a Homeland Security memo"],
    ]);
  });
  it("a reporting verb's form used as a noun after an article is no verb", () => {
    const text = "Tom Berg made an unprompted call for lower taxes, calling them “corporate welfare.”";
    expect(quotes(text, cast(text, [["Tom Berg", null, ["Tom Berg"]]]))).toEqual([["corporate welfare.", "Tom Berg", "Tom Berg"]]);
  });
  it("after a quote, the clause next to the verb names the speaker when the words opening it do not", () => {
    const text = "Ana Ruiz spoke first.\n\n“The best part is resilience,” like the recent rally in markets, said Tom Berg, an economist.\n\n“There is stability now,” and donations began to pick up, Lena Park said.";
    const p = cast(text, [
      ["Ana Ruiz", null, ["Ana Ruiz"]],
      ["Tom Berg", null, ["Tom Berg"]],
      ["Lena Park", null, ["Lena Park"]],
    ]);
    expect(quotes(text, p).map((q) => q[2])).toEqual(["Tom Berg", "Lena Park"]);
  });
  it("more reporting verbs: barked, interjected, screamed back, sang, elaborated", () => {
    const text = "Ana Ruiz spoke first.\n\n“Go back home,” Tom Berg barked.\n\nAna Ruiz read the figures, to which Tom Berg interjected: “It is just not true.”\n\n“Mexico!” the audience screamed back.\n\n“The way I see it,” Lena Park elaborated, “nobody lost.”";
    const p = cast(text, [
      ["Ana Ruiz", null, ["Ana Ruiz"]],
      ["Tom Berg", null, ["Tom Berg"]],
      ["Lena Park", null, ["Lena Park"]],
    ]);
    expect(quotes(text, p).map((q) => q[2])).toEqual(["Tom Berg", "Tom Berg", "the audience", "Lena Park", "Lena Park"]);
  });
  it("the owner of a claim whose content is quoted said it; a judge's word about remarks is the judge's", () => {
    const text = "Ana Ruiz checked Tom Berg's claim that there were “thousands of shootings” this year.\n\nAna Ruiz denounced Tom Berg's remarks as “hurtful and humiliating.”";
    const p = cast(text, [
      ["Ana Ruiz", null, ["Ana Ruiz"]],
      ["Tom Berg", null, ["Tom Berg"]],
    ]);
    expect(quotes(text, p).map((q) => q[1])).toEqual(["Tom Berg", "Ana Ruiz"]);
  });
  it("a clause opening the sentence is subordinate: the main clause reports the quote", () => {
    const text = "While Ana Ruiz said the budget was the main reason, Tom Berg also noted several “intangibles” that hurt.";
    const p = cast(text, [
      ["Ana Ruiz", null, ["Ana Ruiz"]],
      ["Tom Berg", null, ["Tom Berg"]],
    ]);
    expect(quotes(text, p)).toEqual([["intangibles", "Tom Berg", "Tom Berg"]]);
  });
  it("described speakers: bare plurals, an appositive after a description, the passive 'was quoted as saying'", () => {
    const cases: [string, string][] = [
      ["Law enforcement sources have said he shouted “no more” at officers.", "Law enforcement sources"],
      ["White House officials said the bill was “dead on arrival.”", "White House officials"],
      ["Two senior officials, speaking on condition of anonymity, said the plan was “a mess.”", "Two senior officials"],
      ["The talks stalled.\n\n“It is a joke,” the former mayor was quoted as saying.", "the former mayor"],
      ["The former mayor was quoted as saying the plan was “a joke.”", "The former mayor"],
      ["“We will not leave,” one protester said.", "one protester"],
      ["“It is a mess,” said officials familiar with the matter.", "officials familiar with the matter"],
    ];
    for (const [text, cue] of cases) expect(quotes(text, []).map((q) => q[2]), text).toEqual([cue]);
  });
  it("a quote closed without its comma still takes the name and verb right after it, but a finished sentence does not", () => {
    const text = "Tom Berg spoke first, said Steve Grubbs, an operative.\n\n“The caucus is a battle of niches” Grubbs said. “The rest is noise.”\n\n“We are refugees,” Ms. Alawee said. “We are not terrorists.” Mr. Zahed said: “The attack was the work of terrorists.”";
    const p = cast(text, [
      ["Tom Berg", null, ["Tom Berg"]],
      ["Steve Grubbs", null, ["Steve Grubbs", "Grubbs"]],
      ["Sara Alawee", null, ["Ms. Alawee"]],
      ["Ali Zahed", null, ["Mr. Zahed"]],
    ]);
    expect(quotes(text, p).map((q) => q[2])).toEqual(["Grubbs", "Grubbs", "Ms. Alawee", "Ms. Alawee", "Mr. Zahed"]);
  });
  it("a description whose appositive names the speaker gives the name: 'the lawyer, Ana Ruiz, said'", () => {
    const text = "Tom Berg spoke. “We will appeal,” the lawyer, Ana Ruiz, said.";
    const p = cast(text, [
      ["Tom Berg", null, ["Tom Berg"]],
      ["Ana Ruiz", null, ["Ana Ruiz"]],
    ]);
    expect(quotes(text, p)).toEqual([["We will appeal,", "Ana Ruiz", "Ana Ruiz"]]);
  });
  it("a clause of time or cause after the quote is no cue", () => {
    const text = "Tom Berg said at the debate, “That makes me smart,” when Ana Ruiz blasted him for paying no tax.";
    const p = cast(text, [
      ["Tom Berg", null, ["Tom Berg"]],
      ["Ana Ruiz", null, ["Ana Ruiz"]],
    ]);
    expect(quotes(text, p).map((q) => q[1])).toEqual(["Tom Berg"]);
  });
});

describe("findQuotes: the reference article", () => {
  const seed = join(__dirname, "../../fixtures/seed");
  const text = readFileSync(join(seed, "article.txt"), "utf8");
  const expected = JSON.parse(readFileSync(join(seed, "expected.json"), "utf8")) as {
    people: { name: string; match: string[] }[];
    quotes: { text: string; speaker: string }[];
  };
  const a = analyzeText(text);
  const name = (id: string | null) => a.people.find((p) => p.id === id)?.name ?? null;

  it("finds every expected quotation with its speaker, and invents none in the body", () => {
    const used = new Set<number>();
    for (const e of expected.quotes) {
      const i = a.quotes.findIndex((q, k) => !used.has(k) && q.text.replace(/’/g, "'").includes(e.text.replace(/’/g, "'")));
      expect(i, e.text).toBeGreaterThanOrEqual(0);
      used.add(i);
      const words = expected.people.find((p) => p.name === e.speaker)!.match;
      expect(words.some((w) => (name(a.quotes[i]!.speaker) ?? "").split(/\s+/).includes(w)), `${e.text} → ${e.speaker}`).toBe(true);
    }
    const titleEnd = text.indexOf("\n");
    expect(a.quotes.filter((q, k) => !used.has(k) && q.start > titleEnd).map((q) => q.text)).toEqual([]);
  });

  it("gives the headline's single-quoted 'Shared Values' to Putin, not to words of the headline", () => {
    const q = a.quotes.find((x) => x.text === "Shared Values");
    expect(q).toBeDefined();
    expect(q!.cue && text.slice(q!.cue.start, q!.cue.end)).toMatch(/Putin$/);
  });
});

describe("findQuotes: constructions met on real pages (WCXB dev articles)", () => {
  it("reads '“…,” the report said' as the report speaking, not a person whose role holds 'the'", () => {
    const text = "Philip Oreopoulos, an economist at the University of Toronto, agreed.\n“Tutoring is still the best bet,” the report concludes. “Overall we see too little of it,” the report said.";
    const p = cast(text, [["Philip Oreopoulos", "an economist at the University of Toronto", ["Philip Oreopoulos", "Oreopoulos"]]]);
    expect(quotes(text, p)).toEqual([
      ["Tutoring is still the best bet,", null, "the report"],
      ["Overall we see too little of it,", null, "the report"],
    ]);
  });

  it("knows the reporting verbs of features and interviews ('clarifies', 'shares', 'inquired')", () => {
    const text = "“Yoga nidra is a state of rest,” Wilgus clarifies. “You can feel results immediately,” Wilgus shares.\n“That's a big allegation,” inquired Pineda.";
    const p = cast(text, [["Holly Wilgus", null, ["Wilgus"]], ["Nina Pineda", null, ["Pineda"]]]);
    expect(quotes(text, p)).toEqual([
      ["Yoga nidra is a state of rest,", "Holly Wilgus", "Wilgus"],
      ["You can feel results immediately,", "Holly Wilgus", "Wilgus"],
      ["That's a big allegation,", "Nina Pineda", "Pineda"],
    ]);
  });

  it("takes a title-cased name owned by someone, an adjective between, as a work's title, not their words", () => {
    const text = "New on streaming is Leonardo DiCaprio's acclaimed “One Battle After Another.” Fans also loved Riz Ahmed's tense “Relay” this year.";
    const p = cast(text, [["Leonardo DiCaprio", null, ["Leonardo DiCaprio"]], ["Riz Ahmed", null, ["Riz Ahmed"]]]);
    expect(quotes(text, p)).toEqual([]);
    // what someone said stays a quotation: "Trump's campaign to “Make America Great Again”"
    const said = "Donald Trump's campaign to “Make America Great Again” goes on.";
    expect(quotes(said, cast(said, [["Donald Trump", null, ["Donald Trump"]]])).map((q) => q[0])).toEqual(["Make America Great Again"]);
  });

  it("gives 'in X's words' and 'in the words of X' to X (held already; kept as a guard)", () => {
    const text = "Math gave Hannah Cairo an escape. It was, in Cairo’s words, a “world of ideas that I can explore on my own.”\nThe plan was, in the words of Mark Ode, “a very long shot at best.”";
    const p = cast(text, [["Hannah Cairo", null, ["Hannah Cairo", "Cairo"]], ["Mark Ode", null, ["Mark Ode"]]]);
    expect(quotes(text, p)).toEqual([
      ["world of ideas that I can explore on my own.", "Hannah Cairo", "Cairo"],
      ["a very long shot at best.", "Mark Ode", "Mark Ode"],
    ]);
  });

  it("gives a pull quote to a signature line opening on the name, its role after a comma or in brackets; a line ending on a colon introduces the next quote instead", () => {
    const text = "Key quote\n“Demand keeps rising across every region we serve.”\nDoug Rivera, CEO of Acme (during the company's earnings call)\n“We planted more than we lost.”\nAna Ruiz, director of the city garden:\n“Grow something from seed.”";
    const p = cast(text, [["Doug Rivera", null, ["Doug Rivera"]], ["Ana Ruiz", null, ["Ana Ruiz"]]]);
    const got = quotes(text, p).map((q) => q[1]);
    expect(got[0]).toBe("Doug Rivera");
    expect(got[1]).not.toBe("Ana Ruiz"); // her line introduces the quote after it
    expect(got[2]).toBe("Ana Ruiz");
  });

  it("gives a pull quote to the name signed on the line after it, not to the paragraph before", () => {
    const text = "Book clubs are no different. Notot only do they bring new titles, they bring candles.\n\"The museum encourages everyone to find the books that excite them.\"\nCarey Cranston\nAmerican Writers Museum President\n“Reading is a team sport.”\n— Ana Ruiz";
    const p = cast(text, [["Carey Cranston", null, ["Carey Cranston"]], ["Ana Ruiz", null, ["Ana Ruiz"]]]);
    expect(quotes(text, p)).toEqual([
      ["The museum encourages everyone to find the books that excite them.", "Carey Cranston", "Carey Cranston"],
      ["Reading is a team sport.", "Ana Ruiz", "Ana Ruiz"],
    ]);
  });

  it("gives a quote to the dash line signing it, though the line ends on a full stop or puts a title before the name", () => {
    const text = "Convention notebook.\n\nTom Brandt said he hoped the leaks were fake. “I hope they are fake,” Brandt said.\n\n“Great speech. She is ready. She never quits.”\n\n-Mayor Lena Ortiz, writing after the speech.\n\nQuotable.\n\n“The whole idea of a crooked rival is something we have heard before.”\n\n-Rosa Delgado, Philadelphia.";
    const p = cast(text, [["Tom Brandt", null, ["Tom Brandt", "Brandt"]], ["Lena Ortiz", null, ["Lena Ortiz"]], ["Rosa Delgado", null, ["Rosa Delgado"]]]);
    expect(quotes(text, p).map((q) => q[1])).toEqual(["Tom Brandt", "Lena Ortiz", "Rosa Delgado"]);
  });

  it("takes no attribute value of markup leaked into the text for a quotation", () => {
    const text = '<iframe width="100%" scrolling="no" title="NPR embedded audio player">\nTexas plumbers are training, Ana Ruiz said: "We will be there."';
    const p = cast(text, [["Ana Ruiz", null, ["Ana Ruiz"]]]);
    expect(quotes(text, p)).toEqual([["We will be there.", "Ana Ruiz", "Ana Ruiz"]]);
  });

  it("never resolves an indefinite description ('one district GOP leader said') to the named person with that role, but does its appositive", () => {
    const text = "Craig Dunn, a local GOP leader, backed the plan.\n“I didn’t care who they supported,” said one district GOP leader.\nJason Sims — a teacher from Mount Pleasant — says “I made a last-minute decision.”";
    const p = cast(text, [["Craig Dunn", "a local GOP leader", ["Craig Dunn"]], ["Jason Sims", "a teacher from Mount Pleasant", ["Jason Sims"]]]);
    const q = quotes(text, p);
    expect(q[0]).toEqual(["I didn’t care who they supported,", null, "one district GOP leader"]);
    expect(q[1]![1]).toBe("Jason Sims");
  });
});

describe("findQuotes: 'he' and 'she' agree with the person they stand for", () => {
  it("skips the nearer person of the other gender, read from the given name", () => {
    const text = "Margaret Olsen questioned Robert Vance about his budget at the hearing.\n“The numbers do not add up,” she said.\n“They add up fine,” he replied.";
    const p = cast(text, [["Margaret Olsen", null, ["Margaret Olsen"]], ["Robert Vance", null, ["Robert Vance"]]]);
    expect(quotes(text, p)).toEqual([
      ["The numbers do not add up,", "Margaret Olsen", "she"],
      ["They add up fine,", "Robert Vance", "he"],
    ]);
  });

  it("reads a courtesy title or a gendered word before the name over the given name, and a unisex name as unknown", () => {
    // "Mrs." and "widow" are the text's own word; "Terry" is given to both sexes
    const text = "Mrs. Lindqvist spoke after Terry Pike, a 9/11 widow, and before Mr. Adams.\n“We waited too long,” she said.";
    const p = cast(text, [["Lindqvist", null, ["Lindqvist"]], ["Terry Pike", "a 9/11 widow", ["Terry Pike"]], ["Adams", null, ["Adams"]]]);
    expect(quotes(text, p)).toEqual([["We waited too long,", "Terry Pike", "she"]]);
    const text2 = "Terry Pike and Mr. Adams left the room.\n“We waited too long,” she said.";
    const p2 = cast(text2, [["Terry Pike", null, ["Terry Pike"]], ["Adams", null, ["Adams"]]]);
    expect(quotes(text2, p2)).toEqual([["We waited too long,", "Terry Pike", "she"]]);
  });

  it("learns an unknown name's gender from the text's own pronouns after sentences it opens", () => {
    // "Chris" is given to both sexes; the text says "his" and "he" of Christie twice
    const text = "Chris Christie ended his campaign on Monday. Christie said he was proud.\nProfessor Brigid Harrison watched Christie closely.\n“It looked like heartbreak,” she said.";
    const p = cast(text, [["Chris Christie", null, ["Chris Christie", "Christie"]], ["Brigid Harrison", null, ["Brigid Harrison"]]]);
    expect(quotes(text, p)).toEqual([["It looked like heartbreak,", "Brigid Harrison", "she"]]);
  });

  it("leaves the speaker empty when nobody named before fits the pronoun", () => {
    const text = "Mr. Adams and Daniel Cho opened the meeting.\n“I object,” she said.";
    const p = cast(text, [["Adams", null, ["Adams"]], ["Daniel Cho", null, ["Daniel Cho"]]]);
    expect(quotes(text, p)).toEqual([["I object,", null, "she"]]);
  });

  it("does not take 'spokesman' before a name as a man's word (it is written of women too)", () => {
    const text = "Campaign spokesman Hope Lowry answered Steven Park.\n“That is false,” she said.";
    const p = cast(text, [["Hope Lowry", null, ["Hope Lowry"]], ["Steven Park", null, ["Steven Park"]]]);
    expect(quotes(text, p)).toEqual([["That is false,", "Hope Lowry", "she"]]);
  });
});

describe("findQuotes: a described speaker is the person the text described that way", () => {
  it("an appositive or a party tag ties the description to the name: 'the New York Democrat told reporters'", () => {
    const text = "Rep. Maria Lopez, a New York Democrat, opposed the bill, and Rep. Dan Kirby (R-Ohio) backed it. Owen Hale abstained.\n“This is a disgrace,” the New York Democrat told reporters.\n“It is a good start,” the Ohio Republican said.";
    const p = cast(text, [["Maria Lopez", "Rep.", ["Maria Lopez"]], ["Dan Kirby", "Rep.", ["Dan Kirby"]], ["Owen Hale", null, ["Owen Hale"]]]);
    expect(quotes(text, p)).toEqual([
      ["This is a disgrace,", "Maria Lopez", "the New York Democrat"],
      ["It is a good start,", "Dan Kirby", "the Ohio Republican"],
    ]);
  });

  it("a title before the name, abbreviated or not, and its state pick the one of two: 'the Ohio governor'", () => {
    const text = "Gov. Peter Lang of Ohio met Indiana Gov. Rosa Diaz and Acme spokeswoman Jane Doe on Monday.\n“The state is ready,” the Ohio governor said.\n“We will help,” the spokeswoman said.";
    const p = cast(text, [["Peter Lang", null, ["Peter Lang"]], ["Rosa Diaz", null, ["Rosa Diaz"]], ["Jane Doe", null, ["Jane Doe"]]]);
    expect(quotes(text, p).map((q) => q[1])).toEqual(["Peter Lang", "Jane Doe"]);
  });

  it("takes the person described so in the next sentence when nobody before fits", () => {
    const text = "The company did not comment at first.\n“We are reviewing the report,” the spokeswoman said. Jane Doe, a spokeswoman for Acme, added that it would take weeks.";
    const p = cast(text, [["Jane Doe", null, ["Jane Doe"]]]);
    expect(quotes(text, p)[0]).toEqual(["We are reviewing the report,", "Jane Doe", "the spokeswoman"]);
  });

  it("leaves the speaker empty when no one was described so, or the description's state or party names someone else", () => {
    const text = "Sen. Ed Marsh (R-Iowa) spoke first, and the pollster praised Ana Ruiz.\n“We got everyone out,” the firefighter said.\n“We will win here,” the Florida senator said.\n“She is ahead,” the pollster said.";
    const p = cast(text, [["Ed Marsh", null, ["Ed Marsh"]], ["Ana Ruiz", null, ["Ana Ruiz"]]]);
    // "the pollster praised Ana Ruiz" is a clause, not a title bolted to her name
    expect(quotes(text, p).map((q) => q[1])).toEqual([null, null, null]);
  });

  it("reads no organisation or publication as a described person: 'the agency said', 'The New Yorker reported'", () => {
    const text = "Agency spokesman Tom Reyes and New Yorker writer Ada Kim spoke.\n“Nothing changed,” the agency said.\n“It changed,” The New Yorker reported.";
    const p = cast(text, [["Tom Reyes", null, ["Tom Reyes"]], ["Ada Kim", null, ["Ada Kim"]]]);
    expect(quotes(text, p).map((q) => q[1])).toEqual([null, null]);
  });
});

describe("findQuotes: a heading before a quote paragraph names no speaker", () => {
  it("a paragraph closing on a reporting verb and a comma, or an expert's 'From X' label, introduces the quote", () => {
    const text = "The argument has a flaw. Ana Ruiz remarks in this connection,\n“Reason cannot be judged from outside itself.”\nExpert take\nFrom Tom Reyes, chief officer of Acme\n“Most failures are slow, not sudden.”";
    const p = cast(text, [["Ana Ruiz", null, ["Ana Ruiz"]], ["Tom Reyes", null, ["Tom Reyes"]]]);
    expect(quotes(text, p)).toEqual([
      ["Reason cannot be judged from outside itself.", "Ana Ruiz", "Ana Ruiz"],
      ["Most failures are slow, not sudden.", "Tom Reyes", "Tom Reyes"],
    ]);
  });

  it("takes no speaker from a heading or the title line, but still from a sentence naming someone", () => {
    const text = "Rivera Praises Acme Staff\n“We had a record year.”\nKey quote from Ana Ruiz\n“Demand keeps rising every single month.”\nAna Ruiz is upbeat about the year ahead.\n“Orders doubled in March.”";
    const p = cast(text, [["Ana Ruiz", null, ["Ana Ruiz"]], ["Rivera", null, ["Rivera"]]]);
    expect(quotes(text, p)).toEqual([
      ["We had a record year.", null, null],
      ["Demand keeps rising every single month.", null, null],
      ["Orders doubled in March.", "Ana Ruiz", "Ana Ruiz"],
    ]);
  });
});

describe("findQuotes: 'said' + a title, a comma and the name", () => {
  it("gives the quote to the name after the comma, not to the title before it", () => {
    const text = "The shop opened in May.\n“Our goal is to listen first,” says Co-Founder, Stephanie Ozcan. “We want to know your vision.”\n“It was a gamble,” said his closest friend at college, Bruce Tarry.";
    const p = cast(text, [["Stephanie Ozcan", null, ["Stephanie Ozcan"]], ["Bruce Tarry", null, ["Bruce Tarry"]]]);
    expect(quotes(text, p)).toEqual([
      ["Our goal is to listen first,", "Stephanie Ozcan", "Stephanie Ozcan"],
      ["We want to know your vision.", "Stephanie Ozcan", "Stephanie Ozcan"],
      ["It was a gamble,", "Bruce Tarry", "Bruce Tarry"],
    ]);
  });
});

describe("findQuotes: a quotation that is a whole sentence after a sentence about someone", () => {
  it("goes to the person the sentence before opens on, in profile style, but not to a name further in, nor over a turn already going", () => {
    const text = "Mara Quinn spent eleven years in Chicago before the call came. She had arrived with no contacts at all. “I was terrified and had no experience.”\nThe agency cleared Tom Vale. “Nothing was hidden from the auditors.”\n“We lost,” Ed Marsh said after meeting Tom Vale. He did not blame anyone. “It happens.”";
    const p = cast(text, [["Mara Quinn", null, ["Mara Quinn"]], ["Tom Vale", null, ["Tom Vale"]], ["Ed Marsh", null, ["Ed Marsh"]]]);
    expect(quotes(text, p).map((q) => q[1])).toEqual(["Mara Quinn", null, "Ed Marsh", "Ed Marsh"]);
  });
});

describe("findQuotes: reporting verbs of messages and manner", () => {
  it("knows 'texted', 'emailed', 'bragged', 'surmised', 'smiled' as reporting verbs", () => {
    const text = "Ana Ruiz texted her sister: “Home by six.”\nTom Vale emailed the board, “The deal is off.”\n“Best quarter ever,” Ed Marsh bragged.\n“Voters are tired,” he surmised.\n“Not bad,” she smiled.";
    const p = cast(text, [["Ana Ruiz", null, ["Ana Ruiz", "Ruiz"]], ["Tom Vale", null, ["Tom Vale"]], ["Ed Marsh", null, ["Ed Marsh"]]]);
    expect(quotes(text, p).map((q) => [q[1], q[2]])).toEqual([
      ["Ana Ruiz", "Ana Ruiz"],
      ["Tom Vale", "Tom Vale"],
      ["Ed Marsh", "Ed Marsh"],
      ["Ed Marsh", "he"],
      ["Ana Ruiz", "she"],
    ]);
  });
});

describe("findQuotes: 'he'/'she' and two people of that gender in the sentence before", () => {
  it("is the one the sentence opens on, not the one named last, unless the first only modifies the second", () => {
    const text = "Victor Hale met Sam Brody in Geneva on Monday.\n“We disagree on almost everything,” he said.\nHale aide Tom Reyes later called Sam Brody.\n“It went well,” he said.";
    const p = cast(text, [["Victor Hale", null, ["Victor Hale", "Hale"]], ["Sam Brody", null, ["Sam Brody"]], ["Tom Reyes", null, ["Tom Reyes"]]]);
    expect(quotes(text, p).map((q) => q[1])).toEqual(["Victor Hale", "Tom Reyes"]);
  });

  it("is the speaker of a reporting clause set off by commas ('Hale, Brody said, has …'), not the name before it", () => {
    const text = "Victor Hale, Sam Brody said, has created a mess. “His voters feel justified,” he said.";
    const p = cast(text, [["Victor Hale", null, ["Victor Hale"]], ["Sam Brody", null, ["Sam Brody"]]]);
    expect(quotes(text, p).map((q) => q[1])).toEqual(["Sam Brody"]);
  });
});

describe("findQuotes: a headline's quote, a colon, then the speaker", () => {
  it("gives \"'Enough is enough': Mayor Ann Wells vows action\" to her, but not a quote followed by a clause about someone", () => {
    const text = "'Enough is enough': Mayor Ann Wells vows action on crime\nThe council met on Monday.\n“A city in crisis”: a look at how Ann Wells won.";
    const p = cast(text, [["Ann Wells", "Mayor", ["Ann Wells"]]]);
    const got = quotes(text, p);
    expect(got[0]).toEqual(["Enough is enough", "Ann Wells", "Mayor Ann Wells"]);
    expect(got[1]!.slice(0, 2)).toEqual(["A city in crisis", null]);
  });
});

describe("findQuotes: a quotation in single marks over several paragraphs (British style)", () => {
  it("takes each paragraph's part, with the speaker named in the first", () => {
    const text = "The Prime Minister, Rishi Sunak, said: 'We have taken tough decisions this year. They were the right ones.\n'We will not waver now, whatever the polls say.\n'The country needs stability,' he added.\nLabour disagreed.";
    const p = cast(text, [["Rishi Sunak", "Prime Minister", ["Rishi Sunak"]]]);
    expect(quotes(text, p).map((q) => [q[0], q[1]])).toEqual([
      ["We have taken tough decisions this year. They were the right ones.", "Rishi Sunak"],
      ["We will not waver now, whatever the polls say.", "Rishi Sunak"],
      ["The country needs stability,", "Rishi Sunak"],
    ]);
  });

  it("never runs a leading apostrophe on into the next paragraph", () => {
    const text = "He left early 'cause the band was late and tired.\n'Twas a long night for everyone there.";
    expect(quotes(text, [])).toEqual([]);
  });
});

describe("a single-mark quotation left open in the last paragraph", () => {
  it("is read without error, and the quotations before it keep their speaker", () => {
    // British style opens each paragraph of a long quotation and closes only the last; a page cut
    // off (or a stray mark) can leave the text's last paragraph open with nothing after it
    const text = "'We will rebuild the harbour,' the mayor, Jane Doe, said on Monday.\n\nDoe told the council: 'We will not stop until the work is done.";
    const a = analyzeText(text);
    expect(a.quotes.find((q) => q.text.startsWith("We will rebuild"))?.speaker).toBe(a.people.find((p) => p.name === "Jane Doe")?.id);
  });
});

describe("findQuotes: roundups that label each speaker on a line of their own", () => {
  const speakers = (text: string, people: Person[]) => quotes(text, people).map((q) => [q[0], q[1]]);

  it("gives each quotation the person its label line opens on, across a photo caption", () => {
    const text = [
      "We asked three gardeners what keeps them going in winter.",
      "Ana Ruiz, head gardener at Oak Park Conservancy:",
      "Above: Frost on the seed heads of a coneflower. Photograph by Ana Ruiz.",
      "“Winter shows the bones of a garden.",
      "“I leave every stem standing until spring.”",
      "Tom Berg, Director of Horticulture at the Riverside Trust:",
      "Photo: A robin on a bare dogwood branch.",
      "“The birds tell me which plants matter.”",
      "Li Wei — curator of the seed library:",
      "Pictured: Seed packets sorted by month. Image courtesy of the library.",
      "“Order seeds in December, sow them in March.”",
    ].join("\n\n");
    const people = cast(text, [["Ana Ruiz", "head gardener", ["Ana Ruiz"]], ["Tom Berg", "director", ["Tom Berg"]], ["Li Wei", "curator", ["Li Wei"]]]);
    expect(speakers(text, people)).toEqual([
      ["Winter shows the bones of a garden.", "Ana Ruiz"],
      ["I leave every stem standing until spring.", "Ana Ruiz"],
      ["The birds tell me which plants matter.", "Tom Berg"],
      ["Order seeds in December, sow them in March.", "Li Wei"],
    ]);
  });

  it("reads a label with the role in brackets, and one right above the quotation", () => {
    const text = [
      "Ana Ruiz (head gardener, Oak Park Conservancy):",
      "Above: Snow on the meadow.",
      "“Leave the leaves where they fall.”",
      "Tom Berg (Director of Horticulture, Riverside Trust):",
      "“A garden in winter is a larder for birds.”",
    ].join("\n\n");
    const people = cast(text, [["Ana Ruiz", "head gardener", ["Ana Ruiz"]], ["Tom Berg", "director", ["Tom Berg"]]]);
    expect(speakers(text, people)).toEqual([
      ["Leave the leaves where they fall.", "Ana Ruiz"],
      ["A garden in winter is a larder for birds.", "Tom Berg"],
    ]);
  });

  it("gives no speaker after a colon line that opens on no person, whoever the caption credits", () => {
    const text = "Here is what they said:\n\nAbove: A robin in the snow. Photograph by Tom Berg.\n\n“Nothing beats a quiet garden.”";
    const people = cast(text, [["Tom Berg", null, ["Tom Berg"]]]);
    expect(speakers(text, people)).toEqual([["Nothing beats a quiet garden.", null]]);
  });

  it("keeps a quotation's own attribution over the label before it", () => {
    const text = "Ana Ruiz, head gardener at Oak Park Conservancy:\n\nAbove: Frost on a coneflower.\n\n“Leave the leaves,” Tom Berg told her years ago.";
    const people = cast(text, [["Ana Ruiz", "head gardener", ["Ana Ruiz"]], ["Tom Berg", null, ["Tom Berg"]]]);
    expect(speakers(text, people)).toEqual([["Leave the leaves,", "Tom Berg"]]);
  });

  it("takes no label longer than a line", () => {
    const long = "Ana Ruiz, who has run the Oak Park Conservancy's gardens for two decades and who trained at three botanic gardens on two continents before that, wrote this for us:";
    const text = `${long}\n\nAbove: Frost on a coneflower.\n\n“Leave the leaves where they fall.”`;
    const people = cast(text, [["Ana Ruiz", null, ["Ana Ruiz"]]]);
    expect(long.length).toBeGreaterThan(160);
    expect(speakers(text, people)).toEqual([["Leave the leaves where they fall.", null]]);
  });
});

describe("findQuotes: 'retaliated' and the two-word 'shot back' / 'fired back'", () => {
  it("takes 'X shot back' and 'fired back X' after a quote as the cue, as 'said'", () => {
    const text = "Ana Ruiz called the plan reckless. “It is the only plan we have,” Tom Berg shot back. “We tried everything else,” fired back Lena Moss, his deputy.";
    const people = cast(text, [["Ana Ruiz", null, ["Ana Ruiz"]], ["Tom Berg", null, ["Tom Berg"]], ["Lena Moss", "deputy", ["Lena Moss"]]]);
    expect(quotes(text, people)).toEqual([
      ["It is the only plan we have,", "Tom Berg", "Tom Berg"],
      ["We tried everything else,", "Lena Moss", "Lena Moss"],
    ]);
  });

  it("takes the present 'shoots back' / 'fires back' and 'retaliated' before and after the quote", () => {
    const text = "Ana Ruiz mocked the mayor on Monday. Tom Berg fires back: “She has never run anything.”\n\nAna Ruiz retaliated, “He has never won anything.”\n\n“Nobody asked her,” Berg shoots back.";
    const people = cast(text, [["Ana Ruiz", null, ["Ana Ruiz"]], ["Tom Berg", null, ["Tom Berg", "Berg"]]]);
    expect(quotes(text, people).map(([q, who]) => [q, who])).toEqual([
      ["She has never run anything.", "Tom Berg"],
      ["He has never won anything.", "Ana Ruiz"],
      ["Nobody asked her,", "Tom Berg"],
    ]);
  });

  it("reads no cue in another verb before 'back', nor in the participle 'firing back'", () => {
    const text = "“We will see about that,” Tom Berg came back to the podium and sat down.\n\n“Not now, and not ever,” Lena Moss firing back at critics and Tom Berg in the hall.";
    const people = cast(text, [["Tom Berg", null, ["Tom Berg"]], ["Lena Moss", null, ["Lena Moss"]]]);
    expect(quotes(text, people).map(([, who]) => who)).toEqual([null, null]);
  });
});

describe("findQuotes: a transcript's speaker label", () => {
  it("gives a quotation opening on a label in capitals to the person the page names so", () => {
    const text = "Senator Lena Moss spoke to Tom Berg on Sunday. Partial transcript as follows:\n\n“BERG: Will you run again?\n\n“MOSS: Look, I have not decided. I will tell my family first.\n\n“We have time.\n\n“BERG: Thank you, Senator.”";
    const people = cast(text, [["Lena Moss", "Senator", ["Lena Moss"]], ["Tom Berg", null, ["Tom Berg"]]]);
    expect(quotes(text, people).map(([q, who, cue]) => [q.slice(0, 12), who, cue])).toEqual([
      ["BERG: Will y", "Tom Berg", "BERG"],
      ["MOSS: Look, ", "Lena Moss", "MOSS"],
      ["We have time", "Lena Moss", "MOSS"],
      ["BERG: Thank ", "Tom Berg", "BERG"],
    ]);
  });

  it("takes a label right before the marks, in capitals or Title Case", () => {
    const text = "The two met in Ohio. Ana Ruiz spoke first, then Tom Berg.\n\nRUIZ: “We will fix the roads.”\n\nTom Berg: “We fixed them last year.”";
    const people = cast(text, [["Ana Ruiz", null, ["Ana Ruiz"]], ["Tom Berg", null, ["Tom Berg"]]]);
    expect(quotes(text, people).map(([q, who]) => [q, who])).toEqual([
      ["We will fix the roads.", "Ana Ruiz"],
      ["We fixed them last year.", "Tom Berg"],
    ]);
  });

  it("gives a label for someone the page does not name nobody, and ends the turn there", () => {
    const text = "Lena Moss was interviewed on Sunday.\n\n“MOSS: I have not decided.”\n\n“HOST: Will you decide soon?”\n\n“Soon enough, I think, yes.”";
    const people = cast(text, [["Lena Moss", null, ["Lena Moss"]]]);
    expect(quotes(text, people).map(([, who]) => who)).toEqual(["Lena Moss", null, null]);
  });

  it("reads no label in a title in Title Case inside the marks", () => {
    const text = "Ana Ruiz reviewed the film. She starred in “Tom Berg: The Early Years” in 2019.";
    const people = cast(text, [["Ana Ruiz", null, ["Ana Ruiz"]], ["Tom Berg", null, ["Tom Berg"]]]);
    expect(quotes(text, people).map(([, who]) => who)).not.toContain("Tom Berg");
  });
});

describe("findQuotes: more reporting verbs, and the passive", () => {
  it("takes 'beamed', 'riffed', 'exhorted', 'remembered' and 'decried' as reporting verbs", () => {
    const text = "The hall was full.\n\n“This is fantastic!” beamed Ana Ruiz of Dayton, who came early.\n\n“Let me help you out,” the mayor riffed.\n\n“Vote!” exhorted Tom Berg, her host.\n\n“She never listened,” remembered Lena Moss, a former aide.\n\nRuiz decried the “reckless spending” of the council.";
    const people = cast(text, [["Ana Ruiz", "mayor", ["Ana Ruiz", "Ruiz"]], ["Tom Berg", null, ["Tom Berg"]], ["Lena Moss", "aide", ["Lena Moss"]]]);
    expect(quotes(text, people).map(([q, who, cue]) => [q, who, cue])).toEqual([
      ["This is fantastic!", "Ana Ruiz", "Ana Ruiz"],
      ["Let me help you out,", "Ana Ruiz", "the mayor"],
      ["Vote!", "Tom Berg", "Tom Berg"],
      ["She never listened,", "Lena Moss", "Lena Moss"],
      ["reckless spending", "Ana Ruiz", "Ruiz"],
    ]);
  });

  it("does not take the subject of a passive reporting verb as the speaker; its agent after 'by' is", () => {
    const text = "Ana Ruiz's attacks were echoed by her allies, who said the plan would “ruin the city.”\n\nTom Berg was asked by host Lena Moss whether he would “raise taxes again.”";
    const people = cast(text, [["Ana Ruiz", null, ["Ana Ruiz"]], ["Tom Berg", null, ["Tom Berg"]], ["Lena Moss", "host", ["Lena Moss"]]]);
    const got = quotes(text, people);
    expect(got[0]![2]).not.toBe("Ana Ruiz's attacks");
    expect(got[1]!.slice(1)).toEqual(["Lena Moss", "host Lena Moss"]);
  });
});

describe("findQuotes: who names a thing in marks ('what X called', 'with X calling', 'called … by X')", () => {
  it("gives a term to the one who called it so, not to the sentence's subject or a cue after its comma", () => {
    const text = "In 2009, under what Ana Ruiz called “the old model,” the Dayton Golf Club charged a large fee.\n\nThe senators were irritated, with Sen. Tom Berg calling it a “Chinese menu.”\n\nThe inquiry, often labeled a “witch hunt” by Democrats, went on.\n\nThis has been called “strategic ambiguity” by Lena Moss, a professor.";
    const people = cast(text, [["Ana Ruiz", null, ["Ana Ruiz"]], ["Tom Berg", "senator", ["Tom Berg"]], ["Lena Moss", "professor", ["Lena Moss"]]]);
    expect(quotes(text, people).map(([q, who, cue]) => [q, who, cue])).toEqual([
      ["the old model,", "Ana Ruiz", "Ana Ruiz"],
      ["Chinese menu.", "Tom Berg", "Sen. Tom Berg"],
      ["witch hunt", null, "Democrats"],
      ["strategic ambiguity", "Lena Moss", "Lena Moss"],
    ]);
  });

  it("leaves a title's author, an indefinite 'some' and 'what he called' to the rules before", () => {
    const text = "Ana Ruiz wrote a book called “The Long Road” by Tom Berg's count.\n\nAna Ruiz backs a bill to close what some call the “Dayton loophole.”\n\nTom Berg condemned what he called a “brazen breach.”";
    const people = cast(text, [["Ana Ruiz", null, ["Ana Ruiz"]], ["Tom Berg", null, ["Tom Berg"]]]);
    expect(quotes(text, people).map(([q, who]) => [q, who])).toEqual([
      ["The Long Road", "Ana Ruiz"],
      ["Dayton loophole.", "Ana Ruiz"],
      ["brazen breach.", "Tom Berg"],
    ]);
  });
});

describe("findQuotes: the speaker's name inside longer phrases ('X of Place', 'Mr. X, 81, …, said', 'said of Y:')", () => {
  it("takes the name before 'of' as the head of a described speaker", () => {
    const text = "The caucuses are close.\n\n“It is all about expectations,” said former Gov. Tom Berg of New Mexico, a Democrat.\n\n“I do not know where he stands,” undecided voter Lena Moss of Derry said.";
    const people = cast(text, [["Tom Berg", "governor", ["Tom Berg"]], ["Lena Moss", null, ["Lena Moss"]], ["Derry", null, ["Derry"]]]);
    expect(quotes(text, people).map(([q, who, cue]) => [q, who, cue])).toEqual([
      ["It is all about expectations,", "Tom Berg", "former Gov. Tom Berg"],
      ["I do not know where he stands,", "Lena Moss", "undecided voter Lena Moss"],
    ]);
  });

  it("takes a titled name before a long appositive after the quote", () => {
    const text = "The swap was criticised.\n\n“I would have been in Siberia,” Mr. Berg, now 81 and retired in Cambridge, Mass., said by telephone.";
    const people = cast(text, [["Tom Berg", null, ["Berg"]]]);
    expect(quotes(text, people)).toEqual([["I would have been in Siberia,", "Tom Berg", "Mr. Berg"]]);
  });

  it("does not give a quote to the one spoken of or to before the colon", () => {
    const text = "Lena Moss, a former aide to Mr. Berg and now a party chairwoman, said of Mr. Berg: “He is tireless.”\n\nAna Ruiz phoned on Friday and told Tom Berg: “You are fired.”";
    const people = cast(text, [["Lena Moss", null, ["Lena Moss"]], ["Tom Berg", null, ["Tom Berg", "Berg"]], ["Ana Ruiz", null, ["Ana Ruiz"]]]);
    expect(quotes(text, people).map(([q, who]) => [q, who])).toEqual([
      ["He is tireless.", "Lena Moss"],
      ["You are fired.", "Ana Ruiz"],
    ]);
  });
});

describe("findQuotes: appositives with brackets, a colon after a verb clause, a long sentence after 'said X'", () => {
  it("takes the name before a party-and-state bracket as the subject, not a name in the appositive after it", () => {
    const text = "Speaking on the same show, Sen. Ana Ruiz (D-Mo.), who has endorsed Tom Berg, said he has pushed the party to be “stronger.”\n\nLena Moss, a professor who once worked for Sen. Tom Berg (R-Tenn.), one of the bill's authors, called it “a significant step.”";
    const people = cast(text, [["Ana Ruiz", "senator", ["Ana Ruiz"]], ["Tom Berg", "senator", ["Tom Berg"]], ["Lena Moss", "professor", ["Lena Moss"]]]);
    expect(quotes(text, people).map(([q, who]) => [q, who])).toEqual([
      ["stronger.", "Ana Ruiz"],
      ["a significant step.", "Lena Moss"],
    ]);
  });

  it("takes the subject before the comma when the clause the colon closes opens on its verb", () => {
    const text = "Senate leader Ana Ruiz, R-Ky., delivered a blunt message to Tom Berg: “It is time to stop.”";
    const people = cast(text, [["Ana Ruiz", "leader", ["Ana Ruiz"]], ["Tom Berg", null, ["Tom Berg"]]]);
    expect(quotes(text, people).map(([q, who]) => [q, who])).toEqual([["It is time to stop.", "Ana Ruiz"]]);
  });

  it("reads 'said X' after a partial quote's comma however long the sentence runs on", () => {
    const text = "Any “cleareyed” reading of the minister's actions, said Ana Ruiz, an expert on Russia at a research centre in Washington, would see this as a public admission that the country is bowing out of a long and costly proxy war against the army there, seeing a negotiated agreement as the best means of saving what is left.";
    const people = cast(text, [["Ana Ruiz", "expert", ["Ana Ruiz"]]]);
    expect(quotes(text, people)).toEqual([["cleareyed", "Ana Ruiz", "Ana Ruiz"]]);
  });
});

describe("findQuotes: a surname that spells a reporting verb", () => {
  it("takes 'Read said' and 'Brand says' after a quote as the name and its verb", () => {
    const text = "Chief executive Ian Read and planner Tessa Brand spoke on Monday.\n\n“On the political risk, we have assessed this deal,” Read said.\n\n“If you are marrying in six months, start now,” Brand says.\n\n“We read every report,” said Ana Ruiz.";
    const people = cast(text, [["Ian Read", "executive", ["Ian Read", "Read"]], ["Tessa Brand", "planner", ["Tessa Brand", "Brand"]], ["Ana Ruiz", null, ["Ana Ruiz"]]]);
    expect(quotes(text, people).map(([, who, cue]) => [who, cue])).toEqual([
      ["Ian Read", "Read"],
      ["Tessa Brand", "Brand"],
      ["Ana Ruiz", "Ana Ruiz"],
    ]);
  });
});

describe("findQuotes: a sentence ending on an initialism", () => {
  it("starts a new sentence after 'U.S.' when a pronoun follows, not after 'Mr.'", () => {
    const text = "Tom Berg says Ana Ruiz is hiding her record on attacks in the U.S. She says voters want “a real plan.”\n\nMr. Berg said Mr. Ruiz's plan was “a fraud.”";
    const people = cast(text, [["Tom Berg", null, ["Tom Berg", "Berg"]], ["Ana Ruiz", null, ["Ana Ruiz", "Ruiz"]]]);
    // (the cue is the sentence's own subject, "She", not "Tom Berg" from the sentence before)
    expect(quotes(text, people).map(([q, , cue]) => [q, cue])).toEqual([
      ["a real plan.", "She"],
      ["a fraud.", "Berg"],
    ]);
  });
});

describe("findQuotes: two speakers joined by 'and' after the quote", () => {
  it("takes the first of 'A and B said' after a quote, with or without the comma", () => {
    const text = "The magazine described a candidate aggrieved.\n\n“He is filled with resentment, on edge” Ana Ruiz and Tom Berg wrote.\n\n“We will win,” Lena Moss and Tom Berg said in a statement.";
    const people = cast(text, [["Ana Ruiz", null, ["Ana Ruiz"]], ["Tom Berg", null, ["Tom Berg"]], ["Lena Moss", null, ["Lena Moss"]]]);
    expect(quotes(text, people).map(([, who, cue]) => [who, cue])).toEqual([
      ["Ana Ruiz", "Ana Ruiz"],
      ["Lena Moss", "Lena Moss"],
    ]);
  });

  it("does not join a name to a clause after 'and'", () => {
    const text = "Tom Berg spoke first.\n\n“We will win,” Ana Ruiz and the party were sure of it.";
    const people = cast(text, [["Ana Ruiz", null, ["Ana Ruiz"]], ["Tom Berg", null, ["Tom Berg"]]]);
    expect(quotes(text, people).map(([, , cue]) => cue)).not.toEqual(["Ana Ruiz"]);
  });
});

describe("findQuotes: someone's spokesman, aide or lawyer", () => {
  it("does not give the words of 'a spokesman for X' or 'an adviser to X' to X", () => {
    const text = "Ana Ruiz was in Ohio on Friday.\n\nA spokesman for Ana Ruiz said: “She is resting.”\n\n“She knows the state,” said a longtime adviser to Ruiz.\n\n“She will be back,” said a spokeswoman for Ruiz, Lena Moss.";
    const people = cast(text, [["Ana Ruiz", null, ["Ana Ruiz", "Ruiz"]], ["Lena Moss", "spokeswoman", ["Lena Moss"]]]);
    expect(quotes(text, people)).toEqual([
      ["She is resting.", null, "A spokesman for Ana Ruiz"],
      ["She knows the state,", null, "a longtime adviser to Ruiz"],
      ["She will be back,", "Lena Moss", "Lena Moss"],
    ]);
  });

  it("still takes a name before 'of' and a name closing a description as the speaker", () => {
    const text = "“Ruiz is resting,” said George Zornick of The Nation.\n\n“She is resting,” said her lawyer Tom Berg.";
    const people = cast(text, [["George Zornick", null, ["George Zornick"]], ["Tom Berg", "lawyer", ["Tom Berg"]]]);
    expect(quotes(text, people).map(([, who]) => who)).toEqual(["George Zornick", "Tom Berg"]);
  });
});

describe("findQuotes: 'asked X' after a question inside a sentence, and 'pressed'", () => {
  it("gives a question closed on its own mark and followed by 'asked X' to X", () => {
    const text = "If a foreign power meddled — as many believe, and Tom Berg has alleged, but the embassy denies — “why wouldn't you raise it?” asked Ana Ruiz, a former adviser.";
    const people = cast(text, [["Tom Berg", null, ["Tom Berg"]], ["Ana Ruiz", "adviser", ["Ana Ruiz"]]]);
    expect(quotes(text, people)).toEqual([["why wouldn't you raise it?", "Ana Ruiz", "Ana Ruiz"]]);
  });

  it("reads 'X pressed' after a quote as a reporting verb", () => {
    const text = "Ana Ruiz interviewed Tom Berg on Monday.\n\n“Would it be negotiable?” Ruiz pressed.";
    const people = cast(text, [["Ana Ruiz", null, ["Ana Ruiz", "Ruiz"]], ["Tom Berg", null, ["Tom Berg"]]]);
    expect(quotes(text, people)).toEqual([["Would it be negotiable?", "Ana Ruiz", "Ruiz"]]);
  });
});

describe("findQuotes: ', as X said' after a partial quote, and 'X said.' after a full stop inside the marks", () => {
  it("gives a partial quote to X in ', as X said on …' and not in 'as X continues'", () => {
    const text = "Still, the fact that the race “is a dead heat right now,” as Ana Ruiz said on a radio show on Monday, raises the stakes.\n\nThe album folds in flamenco (‘La Rumba de Noche’), as Lena Moss continues to experiment.";
    const people = cast(text, [["Ana Ruiz", null, ["Ana Ruiz"]], ["Lena Moss", null, ["Lena Moss"]]]);
    expect(quotes(text, people).map(([q, who]) => [q, who])).toEqual([
      ["is a dead heat right now,", "Ana Ruiz"],
      ["La Rumba de Noche", null],
    ]);
  });

  it("takes a sentence that is only a name and its verb after a quote closed on a full stop, not a name introducing the next quote", () => {
    const text = "Ana Ruiz spoke about Tom Berg in Florida.\n\n“I hope you find the emails that are missing.” Tom Berg said.\n\nLena Moss wrote about the trip “at the invitation of a friend.” Ana Ruiz replied, “That is good news.”";
    const people = cast(text, [["Ana Ruiz", null, ["Ana Ruiz"]], ["Tom Berg", null, ["Tom Berg"]], ["Lena Moss", null, ["Lena Moss"]]]);
    expect(quotes(text, people).map(([q, who]) => [q, who])).toEqual([
      ["I hope you find the emails that are missing.", "Tom Berg"],
      ["at the invitation of a friend.", "Lena Moss"],
      ["That is good news.", "Ana Ruiz"],
    ]);
  });
});

describe("findQuotes: a described name followed by a time or place phrase", () => {
  it("ends the cue on the name before 'during', 'in', 'at'", () => {
    const text = "The debate was tense.\n\n“Watch the tape,” said former tech executive Ana Ruiz during the second debate.\n\n“It is over,” Mayor Tom Berg in a statement said.";
    const people = cast(text, [["Ana Ruiz", "executive", ["Ana Ruiz"]], ["Tom Berg", "mayor", ["Tom Berg"]]]);
    expect(quotes(text, people)).toEqual([
      ["Watch the tape,", "Ana Ruiz", "former tech executive Ana Ruiz"],
      ["It is over,", "Tom Berg", "Mayor Tom Berg"],
    ]);
  });
});

describe("findQuotes: an owned thing after a reporting verb is its object", () => {
  it("does not take 'her record' after 'denounced' as the speaker of the partial quote before it", () => {
    const text = "Tom Berg summed up Ana Ruiz as “terrible,” denounced her record as mayor and said she should quit.\n\n“We will win,” said her lawyer, Lena Moss.";
    const people = cast(text, [["Tom Berg", null, ["Tom Berg"]], ["Ana Ruiz", "mayor", ["Ana Ruiz"]], ["Lena Moss", "lawyer", ["Lena Moss"]]]);
    expect(quotes(text, people).map(([q, who]) => [q, who])).toEqual([
      ["terrible,", "Tom Berg"],
      ["We will win,", "Lena Moss"],
    ]);
  });
});

describe("findQuotes: a name before a job and another name", () => {
  it("gives the words to the name the job heads, not to whose job it is", () => {
    const text = "Ana Ruiz left the party in May.\n\nFormer Ruiz spokesman Tom Berg derided “the professional class” on Friday.\n\nRuiz aide Lena Moss dismissed “a fake poll” at once.";
    const people = cast(text, [["Ana Ruiz", null, ["Ana Ruiz", "Ruiz"]], ["Tom Berg", "spokesman", ["Tom Berg"]], ["Lena Moss", "aide", ["Lena Moss"]]]);
    expect(quotes(text, people)).toEqual([
      ["the professional class", "Tom Berg", "Former Ruiz spokesman Tom Berg"],
      ["a fake poll", "Lena Moss", "Ruiz aide Lena Moss"],
    ]);
  });

  it("keeps a name opening the sentence when no name follows its words", () => {
    const text = "Ana Ruiz derided “the professional class” on Friday.\n\nRuiz campaign staff dismissed “a fake poll” at once.";
    const people = cast(text, [["Ana Ruiz", null, ["Ana Ruiz", "Ruiz"]]]);
    expect(quotes(text, people).map(([, who]) => who)).toEqual(["Ana Ruiz", "Ana Ruiz"]);
  });
});

describe("findQuotes: a sentence opening on a command names nobody", () => {
  it("takes no cue from 'Keep', 'Don't' or 'Is' opening a guide's sentences", () => {
    const text = "Packing tips.\n\nKeep your “travel kit and spare phone charger” by the door. Don't trust a “no fees at all, ever” promise. Is a “premium travel card for flyers” worth it?\n\nViguerie is upbeat about the “new plan” this year.";
    const got = quotes(text, cast(text, []));
    expect(got.map(([, , cue]) => cue)).toEqual([null, null, null, "Viguerie"]);
  });
});

describe("findQuotes: a phrase setting the scene before the subject", () => {
  it("gives the quote to the main clause's subject, not to the name in the opening phrase", () => {
    const text =
      "Tom Berg spoke in Dayton.\n\nPreceded at the lectern by Ana Ruiz, the county sheriff, Berg launched into a lament for the “forgotten workers” of the state.\n\nIn a long interview with reporter Lena Moss last year, Ruiz said she would run and added, “I will win, no problem.”\n\nIn Berg's mind, the “old guard” is finished.";
    const people = cast(text, [["Tom Berg", null, ["Tom Berg", "Berg"]], ["Ana Ruiz", "sheriff", ["Ana Ruiz", "Ruiz"]], ["Lena Moss", "reporter", ["Lena Moss"]]]);
    expect(quotes(text, people).map(([q, who]) => [q, who])).toEqual([
      ["forgotten workers", "Tom Berg"],
      ["I will win, no problem.", "Ana Ruiz"],
      ["old guard", "Tom Berg"],
    ]);
  });

  it("keeps a pronoun's contraction opening a sentence as its subject", () => {
    const text = "They’re less hostile and say the rich should pay “a lot” more.";
    expect(quotes(text, cast(text, [])).map(([, , cue]) => cue)).toEqual(["They’re"]);
  });
});

describe("findQuotes: whom 'he' stands for after a sentence about two people", () => {
  it("takes the subject a job names ('Berg spokesman Tom Reyes said … Berg has “…,” he said')", () => {
    const text = "Ana Ruiz spoke first.\n\nBerg spokesman Tom Reyes said that the campaign will show that Berg has “the right plan for the city,” he said.";
    const people = cast(text, [["Ana Ruiz", null, ["Ana Ruiz"]], ["Ian Berg", null, ["Berg"]], ["Tom Reyes", "spokesman", ["Tom Reyes"]]]);
    expect(quotes(text, people).map(([, who]) => who)).toEqual(["Tom Reyes"]);
  });

  it("does not read 'after' as a job: the sentence's subject is the 'he'", () => {
    const text = "Tom Reyes and Ian Berg debated.\n\nReyes went after Berg at the debate, when he called the mayor “unhinged.”";
    const people = cast(text, [["Tom Reyes", null, ["Tom Reyes", "Reyes"]], ["Ian Berg", null, ["Ian Berg", "Berg"]]]);
    expect(quotes(text, people).map(([, who]) => who)).toEqual(["Tom Reyes"]);
  });

  it("reads the main clause after a question put to the speaker ('Asked by X if he …, Y said')", () => {
    const text = "Ian Berg met Tom Reyes.\n\nAsked by Reyes if he believed the two cases were alike, Berg said that he did not, but was referring to the “same kind of attitude.”";
    const people = cast(text, [["Ian Berg", null, ["Ian Berg", "Berg"]], ["Tom Reyes", null, ["Tom Reyes", "Reyes"]]]);
    expect(quotes(text, people).map(([, who]) => who)).toEqual(["Ian Berg"]);
  });
});
