import { describe, expect, it } from "vitest";
import { findEntities } from "../../../src/engine/entities";
import { findPeople } from "../../../src/engine/people";

function entities(text: string) {
  const e = findEntities(text, findPeople(text));
  const spans = (list: typeof e.places) => Object.fromEntries(list.map((x) => [x.name, x.mentions.map((m) => text.slice(m.start, m.end))]));
  return { orgs: spans(e.organizations), places: spans(e.places), raw: e };
}

describe("findEntities", () => {
  it("finds countries and cities, possessives included, and groups their mentions", () => {
    const { places } = entities("Officials in Ankara said Turkey would respond. Turkey's foreign ministry later met envoys in Oslo.");
    expect(places).toEqual({ Ankara: ["Ankara"], Turkey: ["Turkey", "Turkey"], Oslo: ["Oslo"] });
  });

  it("keeps a multi-word place whole and leaves a treaty's name out of places", () => {
    expect(entities("The talks in the Oval Office lasted an hour.").places).toEqual({ "Oval Office": ["Oval Office"] });
    expect(entities("Ottawa said the Soviet Union had collapsed.").places).toEqual({ Ottawa: ["Ottawa"], "Soviet Union": ["Soviet Union"] });
    const { places, orgs } = entities("Russia is not ready to extend the New START treaty or to sign a new treaty.");
    expect(places).toEqual({ Russia: ["Russia"] });
    expect(orgs).toEqual({});
  });

  it("gives each mention of a name the kind its context gives it: a team in a result, a city in a sentence", () => {
    const { orgs, places } = entities("Cleveland beat Toronto 5-3 in the first game.\nThe weather in Toronto was fine.");
    expect(orgs.Toronto).toEqual(["Toronto"]);
    expect(places.Toronto).toEqual(["Toronto"]);
  });

  it("reads a town's name before a squad's member as its team, but a country's stays a place", () => {
    const { orgs, places } = entities(
      "Supporters threw coins at Lokomotiv Perm players during the 2-0 defeat.\n" +
        "Coach Ivan Berg picked the 19-year-old Wexford striker Paddy Dunne ahead of Brazil forward Tiago Rocha.",
    );
    expect(Object.keys(orgs)).toContain("Lokomotiv Perm");
    expect(Object.keys(orgs)).toContain("Wexford");
    expect(Object.keys(places)).not.toContain("Lokomotiv Perm");
    expect(Object.keys(places)).toContain("Brazil");
    expect(Object.keys(orgs)).not.toContain("Brazil");
  });

  it("keeps a firm named in the possessive whole, and its possessive alone is the firm", () => {
    const { orgs, places } = entities(
      "The takeover of Fernhill's Bancorp Inc. by Westmark Corp. was approved on Monday.\n" +
        "Fernhill's was the last large lender left in Ohio, and Fernhill's shares rose 4 percent.\n" +
        "Ireland's Anglo Gaelic Bank Ltd said on Tuesday it had no comment.",
    );
    expect(orgs["Fernhill's Bancorp Inc."]).toEqual(["Fernhill's Bancorp Inc.", "Fernhill's", "Fernhill's"]);
    expect(Object.keys(orgs)).not.toContain("Bancorp Inc.");
    // a known place's possessive stays the place, apart from the firm it owns
    expect(Object.keys(places)).toContain("Ireland");
    expect(Object.keys(orgs)).toContain("Anglo Gaelic Bank Ltd");
  });

  it("keeps a club's town initials in brackets in its name in results and standings", () => {
    const { orgs } = entities(
      "Results of second division matches on Sunday: Vardar 2 Sloga (K) 0 Rudnik 1 Sloga (PZ) 3 Metalac (G) 0\n" +
        "Standings: Vardar 4 3 1 0 9 2 10 Sloga (K) 4 2 1 1 6 5 7 Metalac (G) 4 0 1 3 2 9 1",
    );
    expect(orgs["Sloga (K)"]).toEqual(["Sloga (K)", "Sloga (K)"]);
    expect(orgs["Sloga (PZ)"]).toEqual(["Sloga (PZ)"]);
    expect(orgs["Metalac (G)"]).toEqual(["Metalac (G)", "Metalac (G)"]);
    expect(Object.keys(orgs)).not.toContain("PZ");
    expect(Object.keys(orgs)).not.toContain("Sloga");
  });

  it("reads the words after a competitor's name and country in a results line as the team", () => {
    const { orgs, places } = entities(
      "Qualifying times on Saturday: 1. Marco Bellini (Italy), Reynard Honda, 53.980 2. Tom Avery (U.S.), Lola Ford Cosworth, 54.483\n" +
        "Grid: 9. Martin Hale (Britain) Jordan 1:55.385 10. Karl Brenner (Germany) Ferrari 1:56.001\n" +
        "Pete Lorne (U.S.) beat Ivan Drago (Russia) 6-3 6-4.",
    );
    expect(Object.keys(orgs)).toEqual(expect.arrayContaining(["Reynard Honda", "Lola Ford Cosworth", "Jordan", "Ferrari"]));
    expect(Object.keys(places)).not.toContain("Jordan");
    expect(Object.keys(places)).toEqual(expect.arrayContaining(["Italy", "Britain", "Russia"]));
  });

  it("reads the capitalised word before a spokesman as the body, and that word elsewhere as the same body", () => {
    const { orgs, places } = entities(
      "Halvorsen says wins 1.2 bln crown Chinese order.\nThe order covers switching equipment, broadband products and training, Halvorsen spokesman Per Lund told Reuters. Halvorsen said in a statement the order came from a provincial telecoms body.\n" +
        "The boat had no radio to call for help, Navy spokesman Lt. Ramon Ortiz said.",
    );
    expect(orgs["Halvorsen"]).toEqual(["Halvorsen", "Halvorsen", "Halvorsen"]);
    expect(orgs["Navy"]).toEqual(["Navy"]);
    expect(Object.keys(places)).not.toContain("Halvorsen");
  });

  it("does not take demonyms alone for places", () => {
    const { places } = entities("The Norwegian delegation met Turkish officials on Friday.");
    expect(places).toEqual({});
  });

  it("finds organisations by their head word and by acronym, and joins an acronym to its expansion", () => {
    const text = "The Environmental Protection Agency (EPA) fined the firm. The EPA said the Liberal Party and NATO had been told.";
    const { orgs } = entities(text);
    expect(orgs["Environmental Protection Agency"]).toEqual(["Environmental Protection Agency", "EPA", "EPA"]);
    expect(orgs["Liberal Party"]).toEqual(["Liberal Party"]);
    expect(orgs["NATO"]).toEqual(["NATO"]);
  });

  it("treats the organisation in a role as an organisation mention, and the person as a person", () => {
    const text = "NASA Administrator Carla Munro unveiled the plan.";
    const { orgs, raw } = entities(text);
    expect(orgs).toEqual({ NASA: ["NASA"] });
    expect(raw.places).toEqual([]);
    expect(findPeople(text).map((p) => p.name)).toEqual(["Carla Munro"]);
  });

  it("keeps a city and its district together, and gives ids in order of first mention", () => {
    const { raw } = entities("Talks moved from Paris to Washington, D.C. and then to Paris again.");
    expect(raw.places.map((p) => [p.id, p.name, p.mentions.length])).toEqual([
      ["l1", "Paris", 2],
      ["l2", "Washington, D.C.", 1],
    ]);
  });

  it("takes a description from an appositive", () => {
    const { raw } = entities("He spoke to Telemundo TV, a Spanish-language broadcaster, on Monday.");
    expect(raw.organizations[0]).toMatchObject({ name: "Telemundo TV", description: "a Spanish-language broadcaster" });
  });

  it("leaves a sentence's closing period out of a name ending on an abbreviation, and keeps it mid-sentence", () => {
    const text = "Prices rose, said an analyst at Brevik Securities Inc.\nBrevik Securities Inc. said it would hire.\n\"We buy,\" said a trader at Osk Holdings Corp.\"";
    const { orgs } = entities(text);
    expect(Object.values(orgs).flat()).toEqual(["Brevik Securities Inc", "Brevik Securities Inc.", "Osk Holdings Corp"]);
  });

  it("reads the sources in a photo credit's slash chain as agencies, not places", () => {
    const { orgs, places } = entities("Crowds gathered in the main square on Sunday. OLEG MARNOV/Tassov/AFP via Getty Images");
    expect(places).toEqual({});
    expect(Object.keys(orgs)).toEqual(["Tassov", "AFP", "Getty Images"]);
  });

  it("leaves out ordinary capitalised words and common acronyms", () => {
    const { orgs, places } = entities("On Monday the CEO said GDP grew. However, Office workers stayed home.");
    expect({ ...orgs, ...places }).toEqual({});
  });
});

describe("findEntities: a sentence's opening word", () => {
  it("is no part of the organisation the tagger ran it into, nor an organisation by itself", () => {
    const text =
      "The company raised prices on the day of the move.\n\nSince ABC 7's initial report, a new source contacted the station. You can reach ABC 7 any time. Only the company knows. Do not call them at night.";
    const { orgs } = entities(text);
    expect(Object.keys(orgs)).toContain("ABC");
    for (const word of ["Since", "You", "Only", "Do"]) expect(JSON.stringify(orgs)).not.toContain(`"${word}`);
  });

  it("keeps an article and an acronym that open a name", () => {
    const { orgs } = entities("US News & World Report ranked the school first. The A. O. Smith Water Products Co. makes heaters.");
    expect(JSON.stringify(orgs)).not.toContain('"News & World Report"');
    expect(JSON.stringify(orgs)).not.toContain('"O. Smith');
  });

  it("makes no name of a lone function word or courtesy title, nor the short form of a name it opens", () => {
    const text =
      "Shop All Sale. Your Insurance Company may call. Why Listen to Us? The No. 2 Republican, Mr. Cornyn, spoke. Mr. Cornyn met Your Insurance Company in the US.";
    const { orgs, places } = entities(text);
    for (const word of ["All", "Us", "No.", "Mr.", "Your"]) {
      expect(Object.keys({ ...orgs, ...places })).not.toContain(word);
      for (const spans of Object.values({ ...orgs, ...places })) expect(spans).not.toContain(word);
    }
  });

  it("joins a lone word to the longer organisation it names, not to a product or a program of it", () => {
    const { orgs } = entities("Rossiya TV aired the interview. Rossiya said it would air it again.");
    expect(orgs).toEqual({ "Rossiya TV": ["Rossiya TV", "Rossiya"] });
    const shop = entities("Sellers list their products in Google Merchant Center. Google said the change would help small shops, and Google also cut its fees.");
    expect(shop.orgs).toEqual({ "Google Merchant Center": ["Google Merchant Center"], Google: ["Google", "Google"] });
  });

  it("leaves out a common word that headings and lists capitalise, and keeps a firm the text names alone", () => {
    const text =
      "Choosing where to stream\n- Live streaming platforms like YouTube Live and Facebook Live have made it easy to reach people at once. Read on for the best live streaming platforms.\nYouTube Live: Best for building an audience from scratch\nYou can go live to a worldwide audience, and viewers find you through YouTube's Live tab and chat with you live.\nHow YouTube Live works for creators\n- You can broadcast live from a desktop or a phone.";
    const { orgs } = entities(text);
    expect(orgs["YouTube Live"]).toHaveLength(3);
    expect(Object.keys(orgs)).not.toContain("Live");
    // a firm named by a common word, capitalised alone more often than the word is written small
    const firm = entities("The startup Harvest said on Monday that it would cut 200 jobs. Analysts expect Harvest to report a loss, and shares of Harvest fell. Farmers bring in the harvest in autumn.");
    expect(firm.orgs.Harvest).toEqual(["Harvest", "Harvest", "Harvest"]);
  });

  it("reads a state before an office as a place, and a faith's followers as no organisation", () => {
    const { orgs, places } = entities(
      "Polls show Florida Sen. Marco Rubio at eight percent. Trump is a bigot and birther who has repeatedly pledged to ban all Muslims — 1.6 billion members of an entire religion — from entering the U.S.",
    );
    expect(places.Florida).toEqual(["Florida"]);
    expect(orgs).toEqual({});
  });

  it("keeps the organisation after a person the tagger ran into it ('X of Rush University')", () => {
    const { orgs } = entities(
      "Co-authors include Eric Bui, Sophie A. Palitz, Noah R. Schwarz, Maryann E. Owens, and Naomi Simon of MGH; Jennifer M. Johnston of Boston University; and Mark H. Pollack of Rush University.\n\nThe study was funded by a grant from the National Institutes of Health.",
    );
    expect(orgs["Rush University"]).toEqual(["Rush University"]);
    expect(orgs["Boston University"]).toEqual(["Boston University"]);
  });
});

describe("a lone surname the tagger reads as a firm", () => {
  const orgs = (text: string) => findEntities(text, findPeople(text)).organizations.map((o) => o.name);

  it("is no organisation when the text joins it to a person's surname", () => {
    const text =
      "Hillary Clinton won the primary on Tuesday. The nation faces a choice of Clinton vs. Trump in November, and Clinton and Trump are both disliked. Trump, meanwhile, was rallying in Ohio.";
    expect(orgs(text)).toEqual([]);
  });

  // (a guard: a firm named after a person keeps its name)
  it("stays an organisation in a firm's name", () => {
    expect(orgs("Shares of Goldman Sachs rose. Trump Entertainment said its casinos would close.")).toEqual(["Goldman Sachs", "Trump Entertainment"]);
  });

  it("takes an acronym the text writes in the plural or spells out in lower case for a thing, not an organisation", () => {
    const { orgs } = entities(
      "Most teams now compare two GPUs before they buy. The GPU market grew fast, Nvidia said.\n" +
        "Return on investment (ROI) is what the board asks about first. ROI rose last year.\n" +
        "A good SEO (search engine optimization) plan takes months. SEO is slow.\n" +
        "You will need an API that answers fast. The API is documented.\n" +
        "The Federal Bureau of Investigation (FBI) opened an inquiry. The FBI declined to comment, and NATO said nothing.\n" +
        "A NATO summit opened in Madrid on Monday.",
    );
    expect(Object.keys(orgs)).not.toContain("GPU");
    expect(Object.keys(orgs)).not.toContain("ROI");
    expect(Object.keys(orgs)).not.toContain("SEO");
    expect(Object.keys(orgs)).not.toContain("API");
    // an organisation's expansion is a name in capitals; a lone acronym with no sign stays one
    expect(Object.keys(orgs).some((k) => /Federal Bureau of Investigation|FBI/.test(k))).toBe(true);
    expect(Object.keys(orgs)).toContain("NATO");
  });

  it("takes a guide's heading for no organisation, and keeps a firm whose name opens the same way", () => {
    const { orgs } = entities(
      "We tested the Best Mirrorless Cameras for Travel over six months.\n" +
        "The Top Social Media Marketing Tools list changes every year.\n" +
        "Shoppers at Best Buy paid less, and Best Products Co said sales rose.",
    );
    expect(Object.keys(orgs).filter((k) => /Mirrorless|Tools/.test(k))).toEqual([]);
    expect(Object.keys(orgs)).toContain("Best Buy");
    expect(Object.keys(orgs).some((k) => k.startsWith("Best Products"))).toBe(true);
  });

  it("joins a city and its state, but keeps a list of cities apart", () => {
    expect(entities("She moved to Portland, Oregon, last spring.").places).toEqual({ "Portland, Oregon": ["Portland, Oregon"] });
    expect(Object.keys(entities("The firm has offices in London, New York, and Montreal.").places).sort()).toEqual(["London", "Montreal", "New York"]);
    expect(Object.keys(entities("It opened stores in Los Angeles, San Francisco and Chicago.").places).sort()).toEqual(["Chicago", "Los Angeles", "San Francisco"]);
  });

  it("keeps a body named for its subject whole ('Commission on Presidential Debates'), but not a day after 'on'", () => {
    const { orgs } = entities(
      "The debates are run by the Commission on Presidential Debates, a non-profit group.\n" +
        "A member of the Senate Committee on Foreign Relations said the Council on Foreign Relations agreed.\n" +
        "The board on Tuesday approved the plan.",
    );
    expect(Object.keys(orgs)).toContain("Commission on Presidential Debates");
    expect(Object.keys(orgs)).toContain("Senate Committee on Foreign Relations");
    expect(Object.keys(orgs)).toContain("Council on Foreign Relations");
    expect(Object.keys(orgs).filter((k) => /Tuesday/.test(k))).toEqual([]);
  });
});

describe("clubs the tagger reads as people", () => {
  it("lists the club as an organisation, named with a club's noun before it or a squad's after it, and its short form too", () => {
    const text =
      "Portuguese first division team Vitorino Braganca will be without key defender Rui Matos on Sunday.\n" +
      "Vitorino started strongly against Porto. But Vitorino were unable to hold on. Before the match Vitorino chairman Paulo Serrao said he was confident.\n" +
      "Real Ostrava drew 1-1 at fellow title contenders Dukla Beroun. Dukla chairman Jan Novak said he was happy.";
    const { raw } = entities(text);
    const orgMentions = raw.organizations.flatMap((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
    expect(orgMentions.filter((m) => /Vitorino/.test(m))).toEqual(["Vitorino Braganca", "Vitorino", "Vitorino", "Vitorino"]);
    expect(orgMentions.filter((m) => /Dukla/.test(m))).toEqual(["Dukla Beroun", "Dukla"]);
    // (the player and the chairmen stay people, and the town a place)
    expect(findPeople(text).map((p) => p.name).sort()).toEqual(["Jan Novak", "Paulo Serrao", "Rui Matos"]);
    expect(raw.places.map((p) => p.name)).toEqual(["Porto"]);
  });
});

describe("a name's origin after 'of'", () => {
  it("cuts a club or a firm from the place it is 'of', but keeps an institution named for its place whole", () => {
    const text =
      "Benetton of Italy beat Dinamo of Russia 92-81 in a play-off. Standard were fined after a match against Karlsruhe of Germany.\n" +
      "The Times of London said the Bank of Canada and the University of Oklahoma had agreed.";
    const { orgs, places } = entities(text);
    expect(Object.keys(orgs)).toEqual(expect.arrayContaining(["Dinamo", "Karlsruhe", "Times of London", "Bank of Canada", "University of Oklahoma"]));
    expect(Object.keys(orgs).filter((k) => / of (?:Russia|Germany)/.test(k))).toEqual([]);
    expect(Object.keys(places)).toEqual(expect.arrayContaining(["Russia", "Germany"]));
  });
});

describe("initials joined by '&'", () => {
  it("lists a firm's initials with '&' as one organisation, not its first letters, and leaves 'R&D' and 'Q&A' out", () => {
    const text =
      "GK&B said on Monday that its spinoff would be delayed. The bonds were rated AA+ by S&P.\n" +
      "Analysts said W&T Plc had taken defensive action, and W&T's confidence grew. Spending on R&D rose, and a Q&A followed. The S&P 500 index fell.";
    const { orgs } = entities(text);
    expect(Object.keys(orgs)).toEqual(expect.arrayContaining(["GK&B", "W&T Plc"]));
    const mentions = Object.values(orgs).flat();
    expect(mentions).toEqual(expect.arrayContaining(["GK&B", "S&P", "W&T Plc", "W&T"]));
    expect(mentions.filter((m) => /^(?:GK|P\.?|W|T|R&D|Q&A|R|Q)$/.test(m))).toEqual([]);
    // (the index before its number is no organisation)
    expect(mentions.filter((m) => m === "S&P")).toHaveLength(1);
  });
});
