import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

// hand-written sentences in the styles the session-16 reading found (AP, NYT, Post, Politico, trade pages)
const roleOf = (text: string, name: string) => findPeople(text).find((p) => p.name === name)?.role ?? null;

describe("roles: a plural description set off before a list of names", () => {
  it("gives every listed name the description in the singular", () => {
    const text = "The candidates, Paul Okafor, Lena Varga and Tad Imre, spoke on Tuesday. Okafor left. Varga left. Imre left.";
    expect(["Paul Okafor", "Lena Varga", "Tad Imre"].map((n) => roleOf(text, n))).toEqual(["candidate", "candidate", "candidate"]);
    const owners = "The club will close, its owners, Steve Imre and Jennifer Okafor, announced. Imre left. Okafor left.";
    expect([roleOf(owners, "Steve Imre"), roleOf(owners, "Jennifer Okafor")]).toEqual(["owner", "owner"]);
    const counted = "The two senators, John Okafor (R-Ariz.) and Lindsey Varga (R-S.C.), said no. Okafor left. Varga left.";
    expect([roleOf(counted, "John Okafor"), roleOf(counted, "Lindsey Varga")]).toEqual(["senator", "senator"]);
    const possessive = "His lawyers, Mark Imre and Ben Okafor, said they would appeal. Imre left. Okafor left.";
    expect([roleOf(possessive, "Mark Imre"), roleOf(possessive, "Ben Okafor")]).toEqual(["lawyer", "lawyer"]);
  });

  it("never where the list does not close the apposition, runs on to another name, or holds anything but names", () => {
    const subject = "After meeting the senators, John Okafor and Lindsey Varga flew home. Okafor left. Varga left.";
    expect([roleOf(subject, "John Okafor"), roleOf(subject, "Lindsey Varga")]).toEqual([null, null]);
    const next = "The candidates, Paul Okafor and Lena Varga, and Tad Imre spoke. Okafor left. Varga left. Imre left.";
    expect([roleOf(next, "Paul Okafor"), roleOf(next, "Lena Varga"), roleOf(next, "Tad Imre")]).toEqual(["candidate", "candidate", null]);
    const mixed = "The senators, John Okafor, the Pentagon and Lindsey Varga, met. Okafor left. Varga left.";
    expect([roleOf(mixed, "John Okafor"), roleOf(mixed, "Lindsey Varga")]).toEqual([null, null]);
    const kin = "His sons, Eric Okafor and Paul Okafor, spoke. Eric left. Paul left.";
    expect([roleOf(kin, "Eric Okafor"), roleOf(kin, "Paul Okafor")]).toEqual([null, null]);
  });
});
