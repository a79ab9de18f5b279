/**
 * Bodies named for what they deliberate on: "the Commission on Presidential Debates", "the Senate
 * Committee on Foreign Relations", "the Council on Foreign Relations", "the Intergovernmental
 * Panel on Climate Change". The tagger learnt "of" and "for" inside names ("Bureau of Labor
 * Statistics") but splits these at "on", leaving "Foreign" or "Human Rights" as the organisation
 * and the body's own word as nothing. A deliberating body's head word, then "on", then a
 * capitalised subject on the same line, is one name. Not a day or a month after "on" ("the
 * Committee on Tuesday"), nor a street ("the Arts Center on Peachtree Street"). On the WCXB dev
 * pages it joins "American Council on Exercise", "Center on Budget and Policy Priorities" and
 * three more; on CoNLL-2003 valid it finds one more organisation, on train none is lost.
 */
import { PLACE_HEADS } from "../lexicon/entity-words";
import { MONTHS_DAYS } from "../lexicon/words";
import type { Token } from "../people/tokens";

/** Head words of bodies that sit on a subject. Closed class of general English. Not "conference"
 *  or "forum": "the Fourth World Conference on Women" is an event (CoNLL-2003 marks it so). */
const BODIES = new Set(["commission", "committee", "subcommittee", "council", "panel", "board", "caucus", "coalition", "institute", "center", "centre"]);
/** Small words inside a subject between capitalised words ("Energy and Commerce"). */
const INSIDE = new Set(["and", "&", "of", "the", "for"]);

export interface OnRun {
  tokens: Token[];
  kind: "ORG" | "LOC" | null;
}

/**
 * `runs` with each "<Body> on <Subject>" joined into one organisation (the runs it overlaps
 * dropped). `word` says which tokens may be part of a name (capitalised words).
 */
export function joinOnNames<R extends OnRun>(text: string, tokens: Token[], runs: R[], word: (t: Token) => boolean, indexOf: (t: Token) => number): R[] {
  const spaced = (a: Token, b: Token) => text.slice(a.end, b.start) === " " && !b.afterBreak;
  const joined: { first: number; last: number }[] = [];
  for (let k = 1; k + 1 < tokens.length; k++) {
    const on = tokens[k]!;
    if (on.text !== "on") continue;
    const head = tokens[k - 1]!;
    const subject = tokens[k + 1]!;
    if (!word(head) || !BODIES.has(head.text.toLowerCase()) || !spaced(head, on) || !spaced(on, subject)) continue;
    if (!word(subject) || subject.sentenceStart || MONTHS_DAYS.has(subject.text.toLowerCase())) continue;
    let last = k + 1;
    for (;;) {
      const n = tokens[last + 1];
      if (n && spaced(tokens[last]!, n) && word(n) && !n.sentenceStart) {
        last++;
        continue;
      }
      const n2 = tokens[last + 2];
      if (n && n2 && INSIDE.has(n.text) && spaced(tokens[last]!, n) && spaced(n, n2) && word(n2) && !n2.sentenceStart) {
        last += 2;
        continue;
      }
      break;
    }
    // (a street or a square after "on" is where the body stands: "Arts Center on Peachtree Street")
    if (PLACE_HEADS.has(tokens[last]!.text.toLowerCase())) continue;
    // the body's name to the left: the run that ends on its head word, or the capitalised words
    // before it ("Senate Committee", "Intergovernmental Panel")
    let first = k - 1;
    const ending = runs.find((r) => r.tokens.length && r.tokens[r.tokens.length - 1] === head);
    if (ending) first = indexOf(ending.tokens[0]!);
    else while (first > 0 && !tokens[first]!.sentenceStart && word(tokens[first - 1]!) && spaced(tokens[first - 1]!, tokens[first]!)) first--;
    // (a sentence's opening "The" is the sentence's, not the body's: "The Commission on…")
    if (first < k - 1 && tokens[first]!.text === "The") first++;
    joined.push({ first, last });
  }
  if (!joined.length) return runs;
  const out = runs.filter((r) => {
    const a = indexOf(r.tokens[0]!);
    const z = indexOf(r.tokens[r.tokens.length - 1]!);
    return !joined.some((j) => a <= j.last && z >= j.first);
  });
  for (const j of joined) out.push({ tokens: tokens.slice(j.first, j.last + 1), kind: "ORG" } as R);
  return out.sort((x, y) => x.tokens[0]!.start - y.tokens[0]!.start);
}
