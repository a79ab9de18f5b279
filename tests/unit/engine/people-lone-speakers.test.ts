import { describe, expect, it } from "vitest";
import { findPeople } from "../../../src/engine/people";

const names = (text: string) => findPeople(text).map((p) => p.name);

describe("a lone surname as the subject of a speech verb, in a text of one sentence", () => {
  it("is a person though the text never names them in full; a plural, a participle or a handle is not", () => {
    expect(names("Vardakis said on Friday the talks would resume.")).toEqual(["Vardakis"]);
    expect(names("Oyelaran told reporters the deal must include the ports.")).toEqual(["Oyelaran"]);
    expect(names('"We are ready for the final," Brannstrom said.')).toEqual(["Brannstrom"]);
    // and no people's plural, participle or forum's quotation header is
    expect(names("Doctors said the patient was stable.")).toEqual([]);
    expect(names("Having said that, the plan stands.")).toEqual([]);
    expect(names("Kerbart said:\nIt did not load for a while.")).toEqual([]);
  });

  it("is a person when an auxiliary stands before the speech verb ('has said')", () => {
    expect(names("Vardakis has said the talks would resume.")).toEqual(["Vardakis"]);
    // and a lone word opening the sentence with no speech verb is still nobody
    expect(names("Vardakis has been closed since May.")).toEqual([]);
  });

  it("is a person after an inverted 'said' that closes a quotation", () => {
    // (the next quotation's mark made the tagger read a work's title)
    expect(names('"We will win on Sunday," said Brannstrom. "We are ready."')).toEqual(["Brannstrom"]);
  });
});

describe("the verbs of saying a person takes, the same for every reader of a lone word", () => {
  it("makes a lone surname a person after 'responded', 'conceded' or 'joked' as after 'said'", () => {
    expect(names('"Not now," Okonkwo responded.')).toEqual(["Okonkwo"]);
    expect(names("Okonkwo responded that the talks would resume.")).toEqual(["Okonkwo"]);
    expect(names("Vardakis conceded the vote was close.")).toEqual(["Vardakis"]);
    expect(names('"Only on Sundays," Brannstrom joked.')).toEqual(["Brannstrom"]);
  });

  it("reads no plural noun of a web page ('Release notes', 'Speedy replies') or a forum handle as one", () => {
    expect(names("Release notes list every change of the version.")).toEqual([]);
    expect(names("Speedy replies help sellers keep their rating.")).toEqual([]);
    expect(names("Bombadil wrote:I think the fee is too high.")).toEqual([]);
  });
});
