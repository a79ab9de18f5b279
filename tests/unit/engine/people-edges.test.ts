import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

const names = (text: string) => findPeople(text).map((p) => p.name);

describe("findPeople: words a capital puts before a name are not the name", () => {
  it("leaves a sentence's opening word and a nationality outside a full name, and keeps a given name the tagger left off", () => {
    const text =
      "The Hawks won again on Sunday.\nReliever Dana Baker took the loss in the ninth.\nOutspoken Andrei Sharpe exchanged his reputation for a quieter one. Sharpe said he had changed.\nThe crowd cheered Namibian Frankie Moyer, the silver medallist, as he ran.\nMary Ann Walker spoke first. Walker said the club would vote in May.";
    const found = names(text);
    expect(found).toEqual(["Dana Baker", "Andrei Sharpe", "Frankie Moyer", "Mary Ann Walker"]);
  });

  it("reads a title that only stands before another title as the start of a thing's name", () => {
    const text =
      "Stream it on Netflix, Hulu or Amazon's Prime Video this week. Where to watch: Prime Video.\nStaff at Vice Media were told on Monday. Vice President Dana Baker said talks would go on. Shares of First Solar rose.";
    expect(names(text)).toEqual(["Dana Baker"]);
  });

  it("reads a given name before a trade's noun or \"Springs\" as a firm's or a town's name", () => {
    const text =
      "The course was handed in 2013 to the Virginia-based firm Dana Holloway Golf, which runs about 140 courses. Then you drive over to Coral Springs along the preserve. Apps such as Strava and Fitness Buddy help too. Marta Ruiz, the club's owner, said fees would rise.";
    expect(names(text)).toEqual(["Marta Ruiz"]);
  });

  it("reads a name before a trade's or its goods' noun as the firm's ('Nolan Moving', 'Boyd Flooring'), and keeps a surname that is also a noun", () => {
    const quotes =
      "We asked three local firms for quotes. Nolan Moving wanted $900 for the day, Tessa Plumbing came the next morning and Ruben Lighting fitted the lamps. Carla Fasteners and Dario Furniture supplied the rest. Marta Ruiz, who runs the tenants' group, said prices vary.";
    expect(names(quotes)).toEqual(["Marta Ruiz"]);
    expect(names("The award went to Andrea Vell Architecture, ahead of Boyd Flooring and Lenz Textiles.")).toEqual([]);
    expect(names("Dan Glass, the firm's security chief, said the breach was contained. Glass added that no data was lost.")).toEqual(["Dan Glass"]);
  });

  it("reads a given name before a place's or a body's head as that place or body ('Marco Island', 'Diana Initiative'), unless the head is also a surname", () => {
    expect(names("We stayed on Marco Island for a week.")).toEqual([]);
    expect(names("Talks were held at the Diana Initiative in London.")).toEqual([]);
    const surnames = "Kristen Day, who leads the group, said it would not endorse. The senator, Dave Camp, agreed. Margaret Court won the title.";
    expect(names(surnames)).toEqual(["Kristen Day", "Dave Camp", "Margaret Court"]);
  });
});

describe("findPeople: a noun, a participle or a nationality that opens the sentence before a name", () => {
  it("leaves 'Rookie', 'Unseeded', 'Crooked', 'Lock' out of the name after them, and keeps the name whole", () => {
    const text =
      "Rookie Jeff Dorn signed a two-year deal on Monday. Dorn hit .310 last season.\n\nUnseeded Gert Vomm won the final in Malmo. Vomm said he was tired.\n\nCrooked Hillary Clinton lied, the candidate told the rally.\n\nLock Ian Feeney and wing Tom Ashdown were named in the squad.";
    expect(findPeople(text).map((p) => p.name)).toEqual(["Jeff Dorn", "Gert Vomm", "Hillary Clinton", "Ian Feeney", "Tom Ashdown"]);
  });
});

describe("findPeople: a clause's opening and a reference list's next sentence are not the name", () => {
  it("leaves 'I’m' out of the name after it", () => {
    const text = "Hey, I’m Kev, coffee nerd and the guy behind this site. Kev’s Observations follow each review.\n\nHi, I'm Dorota, and I test packs.";
    expect(names(text)).toEqual(["Kev", "Dorota"]);
  });

  it("leaves 'The' after a reference's initials out of the author's name", () => {
    const text =
      "References\n\nOkafor E, Levant FR. The emerging role of breathing in sleep. Review of Sleep. 2009;17(4):254-267.\n\nThe researchers concluded that it helped. The most common effect was calm.";
    const found = names(text);
    expect(found).not.toContain("The");
    expect(found.some((n) => /\bThe\b/.test(n))).toBe(false);
  });
});

describe("findPeople: a role noun that is the verb before a name lends it no title", () => {
  it("reads 'features that rival Corvex' as a verb, so a brand named with no person's cue is no person, and keeps 'his rival Okonkwo'", () => {
    const text =
      "The Best VPNs of 2026\n\nOur top pick, Corvex, had less than a five percent impact on our speeds.\n\nCorvex\n\nBest VPN for Security & Privacy-Corvex\n\nCorvex’s independently audited no-logs policy provides privacy. You can even get our top pick, Corvex, for just $3.39 per month.\n\nWhy We Picked Corvex\n\nCorvex offers fast, reliable, and secure connections. We recommend Corvex to users who travel.\n\nWe put Corvex to the test for privacy and speed.\n\nWhile its apps look dated, Velmo offers strong privacy features that rival Corvex and Proton VPN.\n\nSanders spoke on Monday. His rival Okonkwo said the race was close.";
    expect(names(text)).toEqual(["Okonkwo"]);
  });
});

describe("findPeople: a post after a name and a comma is the name's appositive, not a list's next name", () => {
  it("reads 'I'm Jack, Co-Founder of Social Shepherd' as Jack's post", () => {
    const text = "Jack Shepherd\n\nHi! I'm Jack, Co-Founder of Social Shepherd. I didn't choose the name of the agency, but now I like it.";
    expect(names(text)).toEqual(["Jack Shepherd"]);
  });
});
