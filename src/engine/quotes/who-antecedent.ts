/**
 * A cue "who" is the relative pronoun of a clause set off after a name. When that clause closes
 * on a comma and the main clause's verb follows before the quote ("Petrilli, who thinks the
 * Obama administration made a power grab …, called the new law “much, much better”"; "Mrs.
 * Clinton, who did not explicitly say …, said on Wednesday that he had not done his
 * ''homework''"), the verb the cue was found by is the clause's, and the one who speaks is the
 * main clause's subject: the name before "who". A quote inside the clause ("Beck, who said there
 * were “too many …”") keeps "who", as PolNeAR marks it. Apart from the cue finders because it
 * reads the commas around the clause, which their word lists do not keep.
 */
import type { Span } from "../types";
import type { Cue } from "./speaker-phrase";
import { CLAUSE_BREAK, PREPOSITION } from "./word-classes";

// the name's end, right before ", who" or before an appositive holding the "who" ("Zeke
// Emanuel, an oncologist who advised Obama …, said"): the appositive opens on an article and
// runs to "who" with no mark between
export const BEFORE_WHO = /(\S)(?:,\s*|,\s+(?:a|an|the)\s+[^,.;:!?()"“”—–]{1,80}?\s+)$/u;

/** The name a cue "who" stands for, when the quote follows the main clause after the relative
 *  one; else null. `quoteStart` is where the quotation opens. */
export function whoAntecedent(text: string, cue: Cue, quoteStart: number, mentionAt: (s: number, e: number) => Span | null): Cue | null {
  if (cue.kind !== "pronoun" || cue.end >= quoteStart || !/^who$/i.test(text.slice(cue.start, cue.end))) return null;
  // (a comma right before the quote opens it: "who lamented in an interview with Darcy, “We …”")
  // (the opening mark itself dropped; a title's period is no sentence's end: "Mr. Sanders")
  let between = text.slice(cue.end, quoteStart).replace(/\s*["“'‘]$/u, "");
  // an earlier quote in the clause ("Beck, who called Trump “…,” clearly intended the audience to
  // “recognize” him"): the main clause is read after it, its comma kept though set inside the marks
  const mark = Math.max(between.lastIndexOf("”"), between.lastIndexOf('"'));
  if (mark >= 0) between = (between[mark - 1] === "," ? "," : "") + between.slice(mark + 1);
  between = between.replace(/[,:]\s*$/, "").replace(/\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|St|Jr|Sr|Rev|Prof|\p{Lu})\./gu, "");
  // the clause's closing comma, then a word opening the main clause's predicate ("…, said";
  // "…, told her supporters"), not a phrase set off inside the clause (", like Cruz,", ", and")
  const close = /,\s+(\p{Ll}+)/gu;
  let main = false;
  // (an aside opening right after "who" closes on the first of these commas, and the clause's
  // own verb follows it: "Stephens, who, after trading insults with Hannity, said … that")
  let aside = mark < 0 && /^\s*,/.test(between);
  for (let m; (m = close.exec(between)); ) {
    if (aside) {
      aside = m.index === 0;
      continue;
    }
    if (!PREPOSITION.test(m[1]!) && !CLAUSE_BREAK.test(m[1]!) && !/^(?:like|unlike|including|then|so|yet|not|too|such|whose)$/.test(m[1]!)) main = true;
  }
  if (!main || /[.!?;"“”]/u.test(between)) return null;
  const back = Math.max(0, cue.start - 120);
  const m = BEFORE_WHO.exec(text.slice(back, cue.start));
  if (!m) return null;
  const end = back + m.index + 1;
  let start = end;
  while (start > 0 && /[\p{L}\p{N}.'’-]/u.test(text[start - 1]!)) start--;
  const name = mentionAt(start, end);
  return name ? { start: name.start, end: name.end, kind: "name" } : null;
}
