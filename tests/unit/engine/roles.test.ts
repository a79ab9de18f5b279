import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

const roleOf = (text: string, name: string) => findPeople(text).find((p) => p.name === name)?.role;

describe("roles", () => {
  it("takes a capitalised title before the name, qualifiers included", () => {
    expect(roleOf("CIA Director Linda Moreau testified on Tuesday.", "Linda Moreau")).toBe("CIA Director");
    expect(roleOf("French Prime Minister Paul Garnier flew home.", "Paul Garnier")).toBe("French Prime Minister");
    expect(roleOf("He thanked former Vice President Ruth Adebayo for her work.", "Ruth Adebayo")).toBe("former Vice President");
  });

  it("takes an appositive after the name", () => {
    expect(roleOf("Marcus Feld, a member of the city council and a baker, voted no.", "Marcus Feld")).toBe("a member of the city council");
    expect(roleOf("Ines Varga, the former finance minister, declined to comment.", "Ines Varga")).toBe("the former finance minister");
    expect(roleOf("Omar Haddad, 54, a lawyer for the family, spoke.", "Omar Haddad")).toBe("a lawyer for the family");
  });

  it("uses the first mention that gives a role", () => {
    const text = "Kate Dunmore spoke first. Later, Dunmore, the party's treasurer, added figures.";
    expect(roleOf(text, "Kate Dunmore")).toBe("the party's treasurer");
  });

  it("gives null when the article gives no role, and ignores a courtesy title", () => {
    expect(roleOf("Mr. Ezra Whitlow was seen in town. Whitlow said hello.", "Ezra Whitlow")).toBeNull();
  });
});
