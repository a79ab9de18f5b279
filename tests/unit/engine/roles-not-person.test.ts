import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";
import { findRoles } from "../../../src/engine/roles";

// hand-written sentences in the styles the session-16 reading of WCXB found (trade, travel and
// product pages); the name finder's mistake is given as the mentions it would make
const roleOf = (text: string, name: string) => findPeople(text).find((p) => p.name === name)?.role ?? null;
/** The role of one "person" named at each place `name` stands in `text`. */
function roleOfMentions(text: string, name: string): string | null {
  const mentions = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) mentions.push({ start: at, end: at + name.length });
  return findRoles(text, [mentions])[0] ?? null;
}

describe("roles: none for a thing the name finder took for a person", () => {
  it("gives no saint's name, no title word opening a longer title, and no lone word the page writes in lower case", () => {
    expect(roleOfMentions("We flew to St. Petersburg in May. The hotels were full.", "Petersburg")).toBeNull();
    expect(roleOfMentions("Ask the Chief Marketing Officer about the budget. The board agreed.", "Marketing Officer")).toBeNull();
    expect(roleOfMentions("Build an agent loop first. Then Agent Loop calls the tools you give it.", "Loop")).toBeNull();
    expect(roleOf("Nozomi Networks, the OT security leader, announced a new sensor on Monday.", "Nozomi Networks")).toBeNull();
  });

  it("keeps the role of a person whose surname is such a word", () => {
    expect(roleOfMentions("General Ham told the committee that the troops were ready.", "Ham")).toBe("General");
    expect(roleOfMentions("Judge Bibas rejected the claim.", "Bibas")).toBe("Judge");
    expect(roleOf("MSNBC host Tamron Hall asked the question. Hall smiled.", "Tamron Hall")).toBe("MSNBC host");
    expect(roleOf("Howard Dean, the former Vermont governor, spoke. Dean left early.", "Howard Dean")).toBe("former Vermont governor");
  });
});
