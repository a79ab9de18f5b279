import { describe, expect, it } from "vitest";
import { findEntities } from "../../../src/engine/entities";
import { findPeople } from "../../../src/engine/people";

const places = (text: string) => findEntities(text, findPeople(text)).places.map((p) => p.name);

describe("one-word places no list knows", () => {
  it("are not places when nothing in the text reads like one: a review's hardware and apps", () => {
    const text =
      "We tested the laptop for a week. The Alienware gaming rig ships with a fast GPU and 32 GB of RAM, and Duolingo ran without a stutter. Solution: update the drivers.";
    expect(places(text)).toEqual([]);
  });

  it("are not places when they are a market's tickers and products", () => {
    expect(places("Shares of Crowdstrike fell. Analysts at Gartner said the CRWD rally was over. Duolingo and Slack gained.")).toEqual([]);
  });

  it("stay places after a preposition, before a kind of place, beside a known one and on a dateline", () => {
    expect(places("Travellers arriving in Arbil said the fighting had stopped. Kurdish forces held the town of Koysinjaq.")).toEqual(["Arbil", "Koysinjaq"]);
    expect(places("The company opened a plant in Wuxi, Jiangsu province, last year.")).toEqual(["Wuxi", "Jiangsu"]);
    expect(places("The gunfire echoed in the nearby Pamir mountains on Friday.")).toEqual(["Pamir"]);
    expect(places("PARAMARIBO, Surinam 1996-08-30\nFlamboyant former rebel leader Ronny Brunswijk was freed.")).toEqual(["Paramaribo", "Surinam"]);
  });

  it("are not places when the text writes them as a program or a firm, whatever preposition comes before", () => {
    // a version number and an article outweigh "written in"
    expect(places("The scraper was written in Zorblang. We ported it from Zorblang 2.7 to Zorblang 3.12, and a Zorblang script now runs it.")).toEqual([]);
    // a firm speaking for itself after "at"
    expect(places("At Brightwave, we help retailers grow. Brightwave works with Shopify and Google on their stores.")).toEqual([]);
    // a shop's links outweigh a line that says where else it sells
    expect(places("Trail Hammock: View at Zorbmart. Budget Hammock: View at Zorbmart. A cheap one from Zorbmart does the same.")).toEqual([]);
    // "of" after a noun that is no kind of place
    expect(places("I am a big fan of Tristwick, and the latest album of Tristwick is their best.")).toEqual([]);
  });

  it("are not places after a preposition when the text names a firm by them", () => {
    expect(places("Amazon Web Services leads the market. Smaller clouds look similar to Amazon in price, and many start-ups moved to Amazon in 2020.")).toEqual([]);
    expect(places("Substack Notes launched this spring. Writers who moved to Substack say the notes feed brings them readers.")).toEqual([]);
    // a dateline or a kind of place still makes one a place, and the firm's short form still joins the firm
    expect(places("The Bombay Commodities desk closed early.\nBOMBAY 1996-08-30\nCopper prices fell on Friday in Bombay.")).toEqual(["BOMBAY"]);
    expect(places("The Qalbani Martyrs Brigade claimed the attack. Thousands prayed at Qalbani mosque on Friday.")).toEqual(["Qalbani"]);
    // and so does "the", which a firm's name does not take
    expect(places("The Amazon Affairs Department opened an office in Manaus. Boats carry supplies along the waters of the Amazon every week.")).toContain("Amazon");
    const text = "Stanford University opened a lab. Researchers at Stanford built the robot.";
    expect(findEntities(text, findPeople(text)).organizations.map((o) => [o.name, o.mentions.length])).toEqual([["Stanford University", 2]]);
  });

  it("stay places after a preposition and an adjective", () => {
    expect(places("Start in picturesque Zarmouth and head north along the coast.")).toEqual(["Zarmouth"]);
  });

  it("are not places when a verb stands between the preposition and the name", () => {
    expect(places("To get started you need to know how to use Zorblang. Zorblang scripts are short.")).toEqual([]);
    // the words of a noun phrase still may: "into the Midwest", "the southern Mindanao island"
    expect(places("Fighters moved into the Layrona valley and then into the two Layrona villages.")).toEqual(["Layrona"]);
  });

  it("are not places after a 'to' of reference or setting", () => {
    expect(places("According to Zorvane, cloud spending will double. Spending on storage will also rise, according to Zorvane.")).toEqual([]);
    expect(places("If the limit is set to Nullo, the cache can grow without bound.")).toEqual([]);
  });

  it("are not places in a shop's price line or at the end of a list of firms", () => {
    expect(places("Trail Buds Pro ($249 at Zorbmart): the best pair. Budget Buds ($49 at Zorbmart): fine for the gym. Deal alert: 20% off at Zorbmart.")).toEqual([]);
    expect(places("Big firms such as Google, Microsoft, and Kestrix hire bootcamp graduates. Many graduates land jobs at Kestrix.")).toEqual([]);
  });

  it("stay places after 'of' when a kind of place or a person's age comes before it", () => {
    expect(places("Fighters moved into the village of Layrona and then into Layrona's market.")).toEqual(["Layrona"]);
    expect(places("Jerome Arthur, 98, of Quillsby, passed away Friday.")).toEqual(["Quillsby"]);
  });

  it("stay places when every reader knows them: large cities and the country's regions", () => {
    expect(places("She moved to Brooklyn after college and later worked in Houston.")).toEqual(["Brooklyn", "Houston"]);
    expect(places("Voters in the South backed the measure, while the Northeast stayed home.")).toEqual(["South", "Northeast"]);
  });
});

describe("names as written", () => {
  it("reads a degree after a person's name as a degree, not a state", () => {
    const text = "“The findings are robust,” said lead author Elizabeth A. Hoge, MD, associate professor in Georgetown University Medical Center’s Department of Psychiatry.";
    const e = findEntities(text, findPeople(text));
    expect(e.places.map((p) => p.name)).toEqual([]);
    // and an organisation's name keeps its possessive as the text writes it
    expect(e.organizations.map((o) => o.name)).toContain("Georgetown University Medical Center’s Department of Psychiatry");
  });
});

describe("names of two words or more read as places", () => {
  it("are not places when they are a heading's or a course's noun phrase after 'in'", () => {
    const text =
      "Among the certificates you can earn is a certificate in Product Management, which takes six months. Limited features come in Free Version, and filters are covered in more detail in Filter Objects.";
    expect(places(text)).toEqual([]);
  });

  // (a guard on the rule above: its list of place kinds and known places keep these)
  it("stay places when they end on a kind of place or hold a known one", () => {
    const text =
      "Protesters gathered in Central Park and later marched along the Las Vegas Strip, then on to the San Francisco Bay Area.";
    expect(places(text)).toEqual(["Central Park", "Las Vegas Strip", "San Francisco Bay Area"]);
  });

  it("end at the sentence's end", () => {
    expect(places("Social media shopping is most popular in Asia. Specifically, China and Thailand lead.")).toEqual(["Asia", "China", "Thailand"]);
  });
});

describe("names read as organisations that are a page's noun phrases", () => {
  const orgs = (text: string) => findEntities(text, findPeople(text)).organizations.map((o) => o.name);

  it("are no organisations when they end on a plural or stand alone on their line", () => {
    const text =
      "Intro line.\n\nWe compared Marketing Agencies and Health Plans across the country.\n\nThought Leadership\n\nPros & Cons\n\nMost teams start small.";
    expect(orgs(text)).toEqual([]);
  });

  // (a guard on the rule above: a firm named by common nouns in a sentence stays one)
  it("stay organisations when a sentence names a firm by common nouns", () => {
    const text = "Shares of State Farm rose after Red Hat said it would hire 500 engineers.";
    expect(orgs(text)).toEqual(["Red Hat"]);
  });
});
