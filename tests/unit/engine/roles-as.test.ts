import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

// hand-written sentences in the styles the session-17 reading found (NYT, Post, Politico)
const roleOf = (text: string, name: string) => findPeople(text).find((p) => p.name === name)?.role ?? null;

describe("roles: a post after 'as'", () => {
  it("reads a post left or held in the past as a former one", () => {
    expect(roleOf("Karl Brenner resigned as chairman of the Ortega campaign on Friday. Brenner left.", "Karl Brenner")).toBe("former chairman of the Ortega campaign");
    expect(roleOf("Dana Whitcomb, who served as U.S. ambassador to Peru from 2012 until earlier this year, said so. Whitcomb left.", "Dana Whitcomb")).toBe("former U.S. ambassador to Peru");
    expect(roleOf("Rhea Calder, who served as Tom Vaile's chief of staff during his first term, told CBS. Calder left.", "Rhea Calder")).toBe("former chief of staff");
    // (not a post its subject took from someone else)
    expect(roleOf("Ruth Amsel fired Tom Vaile as campaign manager. Amsel left. Vaile left.", "Ruth Amsel")).toBeNull();
  });

  it("reads a post taken, or held to this day, as a current one", () => {
    expect(roleOf("Nadia Brel, who took over as head of Hispanic communications after the director quit, said so. Brel left.", "Nadia Brel")).toBe("head of Hispanic communications");
    expect(roleOf("Luis Ferre was named as the team's coach. Ferre left.", "Luis Ferre")).toBe("coach");
    expect(roleOf("Ruth Amsel has served as mayor since 2010. Amsel left.", "Ruth Amsel")).toBe("mayor");
    // (not a part played, nor a figure of speech)
    expect(roleOf("Luis Ferre stars as a scruffy former revolutionary in the film. Ferre left.", "Luis Ferre")).toBeNull();
    expect(roleOf("Nadia Brel is now serving as a kind of financial magician. Brel left.", "Nadia Brel")).toBeNull();
  });
});
