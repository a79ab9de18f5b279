import { describe, expect, it } from "vitest";
import { cast, HALE_AND_RUIZ, quoteSpeakers } from "./quotes-cast";

const speakers = quoteSpeakers;
const two = HALE_AND_RUIZ;

// a later quote of a sentence goes on with the earlier quote's speaker only while no clause of
// its own, with its own subject and verb, opens between them
describe("a clause with its own subject between two quotes of one sentence", () => {
  it("gives the later quote to the new clause's subject ('called “…,” Ruiz expressed a wish to “…”')", () => {
    const text = "Hearing\n\nIn a clip that Judge Victor Hale called “distasteful,” Ana Ruiz expressed a wish to “send the whole council packing.”";
    expect(speakers(text, cast(text, two))).toEqual([
      ["distasteful,", "Victor Hale", "Victor Hale"],
      ["send the whole council packing.", "Ana Ruiz", "Ana Ruiz"],
    ]);
  });

  it("does so after a comma and 'while' ('while Ruiz fixates on the “…” line')", () => {
    const text = "Emails\n\nWhile Victor Hale proclaims the memo a “terrific piece of work,” Ana Ruiz fixates on the “reset” line.";
    expect(speakers(text, cast(text, two))).toEqual([
      ["terrific piece of work,", "Victor Hale", "Victor Hale"],
      ["reset", "Ana Ruiz", "Ana Ruiz"],
    ]);
  });

  it("keeps the reporting verb's speaker for a clause it reports ('said that … “…” while Ruiz is “…”')", () => {
    const text = "Race\n\nVictor Hale said on Tuesday that the mayor was “a lightweight” while Ana Ruiz is “a basket case.”";
    expect(speakers(text, cast(text, two)).map((r) => r[1])).toEqual(["Victor Hale", "Victor Hale"]);
  });

  it("keeps the earlier speaker for a name with no verb of its own ('called him “…” and Ruiz “…”')", () => {
    const text = "Race\n\nVictor Hale called the mayor “a lightweight,” and Ana Ruiz “a basket case.”";
    expect(speakers(text, cast(text, two)).map((r) => r[1])).toEqual(["Victor Hale", "Victor Hale"]);
  });
});
