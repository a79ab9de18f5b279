/**
 * Relatives: when a text names several people with one surname ("Hillary Clinton", "Chelsea
 * Clinton"), news writing gives the lone surname to the story's principal, the one named in full
 * first and most often, unless another of them was named in full just before: a story about
 * Hillary Clinton that mentions Chelsea once goes on calling Hillary "Clinton". Read on PolNeAR
 * dev+train: of 191 lone surnames this moves, about 166 move right and 22 wrong (13 of them a
 * "Mrs. Clinton" given to Bill, which the courtesy title below now gives back to Hillary).
 */

import { type Gender, givenNameGender } from "../quotes/gender";

/** What grouping knows of a person sharing the surname. */
export interface Kin {
  /** Starts of its full mentions, ascending. */
  fullStarts: number[];
  /** Its words, lower case, accents folded (the first is the given name). */
  folded: string[];
  /** The courtesy title of a relative the text names only so ("Mrs." of "Mrs. Abedini"). */
  courtesy?: string;
}

/** How far back (characters) a full name still claims the lone surname after it: about the same or the previous sentence. */
const REACH = 200;

/**
 * The person a lone surname at `at` stands for among `fits`: `nearest` (named in full closest
 * before it) when that full mention is close, else the principal. Ambiguous texts keep the
 * nearest: a tie for most full mentions (a headline's run "Bernie Sanders And Hillary Clinton"
 * ties the body's one full "Hillary Clinton"), or a principal the writer calls by the given name
 * alone and the other not ("Melania … Melania Trump … Trump": the lone surname is her husband).
 * `nearestAt`: where `nearest` was last named in full before `at` (-1: never); `givenAlone`: the
 * folded words the text uses alone.
 */
export function lonePrincipal<G extends Kin>(fits: readonly G[], nearest: G, nearestAt: number, at: number, givenAlone: ReadonlySet<string>): G {
  let principal = nearest;
  let tie = false;
  for (const f of fits) {
    if (f === principal) continue;
    if (f.fullStarts.length > principal.fullStarts.length) {
      principal = f;
      tie = false;
    } else if (f.fullStarts.length === principal.fullStarts.length) tie = true;
  }
  // named in full most often and first, or no principal: a story about Hillary Clinton can name
  // Bill in full more often while calling her "Clinton" throughout
  for (const f of fits) if ((f.fullStarts[0] ?? Infinity) < (principal.fullStarts[0] ?? Infinity)) tie = true;
  if (tie || principal === nearest || (givenAlone.has(principal.folded[0]!) && !givenAlone.has(nearest.folded[0]!))) return nearest;
  return nearestAt >= 0 && at - nearestAt <= REACH ? nearest : principal;
}

/** "Mr." or "Mrs." right before a mention at `at`: the sex the writer gives it (NYT style titles every lone surname). */
const COURTESY = /(?:^|[^\p{L}])(Mr|Mrs|Ms|Miss)\.?\s+$/u;

/**
 * The one relative whose given name has the sex of the courtesy title before the lone surname
 * ("Mrs. Clinton" among Hillary and Bill Clinton), or undefined (no title, or it does not tell).
 */
export function titledKin<G extends Kin>(fits: readonly G[], text: string, at: number): G | undefined {
  const t = courtesyBefore(text, at);
  if (!t) return undefined;
  const sex = titleSex(t);
  // (a name in both lists is a man's, as quotes/gender reads it)
  const sexes = fits.map(kinSex);
  let same = fits.filter((_, i) => sexes[i] === sex);
  // ("Mrs. Clinton" among Hillary, Bill and a Chelsea named once: of several of the title's sex,
  // the one named in full strictly most often, as a lone surname goes to the story's principal)
  if (same.length > 1) {
    const most = Math.max(...same.map((f) => f.fullStarts.length));
    same = same.filter((f) => f.fullStarts.length === most);
  }
  if (same.length !== 1) return undefined;
  // "Mr." needs every other relative known to be a woman: the men's list lacks many a short
  // form ("Mr. Bush" among George and an unlisted Jeb is as often Jeb); "Mrs." needs only that
  // no other relative has a woman's name (Hillary among her husband "Bill")
  return sex === "f" || sexes.every((x) => x !== undefined) ? same[0] : undefined;
}

/** The courtesy title written right before `at` ("Mrs" of "Mrs. Abedini"), or undefined. */
function courtesyBefore(text: string, at: number): string | undefined {
  return COURTESY.exec(text.slice(Math.max(0, at - 6), at))?.[1];
}

const titleSex = (t: string): Gender => (t === "Mr" ? "m" : "f");

/** A relative's sex: its courtesy title's, else its given name's (undefined: the name does not tell). */
const kinSex = (f: Kin): Gender | undefined => (f.courtesy ? titleSex(f.courtesy) : givenNameGender(f.folded[0] ?? ""));

/**
 * The courtesy title of a lone surname that names none of `fits`, the people the text names in
 * full with that surname, or undefined: "Mrs. Abedini" where the text names only Saeed Abedini is
 * his wife, someone of her own whose given name the text never gives. Only when the title's sex
 * differs from every one of them, each known by the given name ("Ms. Jordan" among a Jordan the
 * name lists cannot place stays theirs).
 */
export function titledStranger(fits: readonly Kin[], text: string, at: number): string | undefined {
  const t = courtesyBefore(text, at);
  if (!t || !fits.length) return undefined;
  const sex = titleSex(t);
  return fits.every((f) => {
    const s = kinSex(f);
    return s !== undefined && s !== sex;
  })
    ? t
    : undefined;
}
