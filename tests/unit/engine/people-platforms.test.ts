import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

// An invented software review: the systems a program runs on, named alone, beside its reviewer.
const names = (text: string) => findPeople(text).map((p) => p.name);

describe("findPeople: a platform is no person", () => {
  it("leaves out Mac, Win and Web named as systems, and keeps the reviewer", () => {
    const text = [
      "Notebook apps for students, reviewed by Dana Whitcombe.",
      "Load one of these apps onto your laptop (Mac, Windows) and share your notes.",
      "* Quillnote (Android, iOS, Win, Mac) is the best of them, Whitcombe said.",
      "It also runs on the Web, and syncs to the Mac you use at home.",
    ].join("\n");
    expect(names(text)).toEqual(["Dana Whitcombe"]);
  });
});
