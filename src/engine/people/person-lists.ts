/**
 * Lists and results rows of people: the one-word items of a list whose other items are people
 * (a team sheet, a squad), and the team or car column after a person and their country in a
 * results row. Holds the one memo that hands the list items over to the grouping (dropWeakSingles).
 */
import { isPlaceName } from "../lexicon/place-sets";
import { FUNCTION_WORDS, MONTHS_DAYS } from "../lexicon/words";
import { GIVEN, nameShaped, NON_NAME, ORG_WORD, PLACE, PLACE_INITIALS, isDemonym, isInitial, lower } from "./name-words";
import type { TaggedSpan } from "./tagger";
import { isTitle } from "./titles";
import { type Token, isAllCaps, isCapitalised } from "./tokens";

/**
 * Starts of the one-word items of person lists in the last text listedPeople read, for
 * dropWeakSingles: findPersonMentions and groupMentions are separate calls, so this is kept for
 * the last text like the tagger's memo (tagEntities), and asked only for that same text.
 */
let listMemo: { text: string; starts: ReadonlySet<number> } = { text: "", starts: new Set() };
/** Is `start` the start of a one-word item of a list of people in `text`, as listedPeople read it last? */
export function inPersonList(text: string, start: number): boolean {
  return text === listMemo.text && listMemo.starts.has(start);
}
export const SENTENCE_END = /^[.!?:;]$/;
/**
 * The one-word items of a list of people: a team sheet ("Elkins, Childers, Arad, Krystek,
 * Mendes, …"), a squad written over lines ("…, Michael Lohan, Yanukovych / Furman, Jason Cornel,
 * …"), a results row's pairs ("Michael Gao (U.S.), Katz"). A list holds things of one kind: when
 * two of its items or more (and a quarter at least) are people and none is a place, a firm, a
 * nationality, a month or a word the name lists say is no name, its one-word items are people
 * too, where the tagger read an unseen surname as a place by its shape. Items are runs of
 * capitalised words, each with a bracket after it at most ("(captain)", "(Canada)"), parted by
 * commas, "and", or a line break where the line ends on no punctuation. Returns the spans with
 * those items retyped or added as people (a new array when any changes).
 */
export function listedPeople(text: string, tokens: readonly Token[], spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const starts = new Set<number>();
  listMemo = { text, starts };
  // (built at the first list: most texts have none, and a long page has many tokens)
  let spanAt: Int32Array | null = null;
  const personWords = new Set<string>();
  let res: TaggedSpan[] | null = null;
  const capWord = (t: Token | undefined) => !!t && t.kind === "word" && isCapitalised(t.text);
  // the items' first and last token indexes, in pairs (one array for every list)
  const items: number[] = [];
  let k = 0;
  while (k < tokens.length) {
    // (a list needs a comma after its first item: most capitalised words have none, and a cheap
    // look at the token after the run settles them)
    const t0 = tokens[k]!;
    if (t0.kind !== "word" || !isCapitalised(t0.text)) {
      k++;
      continue;
    }
    let e = k + 1;
    while (e < tokens.length && tokens[e]!.kind === "word" && !tokens[e]!.afterBreak) e++;
    const after = tokens[e];
    if (!after || (after.text !== "," && after.text !== "(" && after.text !== "and" && after.text !== "&")) {
      k = e;
      continue;
    }
    items.length = 0;
    // (a line break parts two items only after a comma did: a column of one-word lines, a
    // table's "Pros / Cons", is no list)
    let commas = 0;
    let lastComma = false;
    for (;;) {
      const a = k;
      while (capWord(tokens[k + 1]) && !tokens[k + 1]!.afterBreak && tokens[k + 1]!.start === tokens[k]!.end + 1) k++;
      items.push(a, k);
      k++;
      // a bracket after the item, on its line ("(captain)", "(U.S.)")
      if (tokens[k]?.text === "(" && !tokens[k]!.afterBreak) {
        let c = k + 1;
        while (c < tokens.length && c <= k + 8 && tokens[c]!.text !== ")" && !tokens[c]!.afterBreak) c++;
        if (tokens[c]?.text !== ")") break;
        k = c + 1;
      }
      const d = tokens[k];
      if (!d) break;
      // ("…, Croft / Bowling: Wasim Akram …": a word before a colon labels what follows)
      if (d.text === ":") {
        items.length -= 2;
        break;
      }
      if (d.text === "," || d.text === "and" || d.text === "&") {
        lastComma = d.text === ",";
        if (lastComma) commas++;
        k++;
        if (tokens[k]?.text === "and") k++;
        if (!capWord(tokens[k])) break;
      } else if (!(lastComma && d.afterBreak && capWord(d) && !SENTENCE_END.test(tokens[k - 1]!.text))) break;
      else lastComma = false;
    }
    if (items.length < 6 || commas < 2) continue;
    if (!spanAt) {
      spanAt = new Int32Array(tokens.length).fill(-1);
      for (let i = 0; i < spans.length; i++) {
        const s = spans[i]!;
        spanAt.fill(i, s.first, s.last + 1);
        if (s.type === "PER" && vouched(tokens, s)) personWords.add(tokens[s.last]!.text);
      }
    }
    let people = 0;
    let mixed = false;
    for (let i = 0; i < items.length && !mixed; i += 2) {
      const a = items[i]!;
      const b = items[i + 1]!;
      const si = spanAt[a]!;
      const s = si >= 0 ? spans[si]! : undefined;
      if (s && s.type === "PER" && s.first === a && s.last === b && vouched(tokens, s)) people++;
      else if (a === b && personWords.has(tokens[a]!.text)) people++;
      else if (s && s.type !== "PER" && s.last > s.first && s.first >= a && s.last <= b) mixed = true;
      for (let x = a; x <= b && !mixed; x++) {
        const w = tokens[x]!.text;
        const l = lower(w);
        if (PLACE.has(l) || ORG_WORD.has(w) || isDemonym(w) || NON_NAME.has(l) || MONTHS_DAYS.has(l) || FUNCTION_WORDS.has(l) || isTitle(l) || isAllCaps(w)) mixed = true;
      }
    }
    if (mixed || people < 2 || people * 8 < items.length) continue;
    for (let i = 0; i < items.length; i += 2) {
      const a = items[i]!;
      if (a !== items[i + 1] || !nameShaped(tokens[a]!.text)) continue;
      starts.add(tokens[a]!.start);
      const si = spanAt[a]!;
      const s = si >= 0 ? (res ?? spans)[si]! : undefined;
      if (s && s.type === "PER") continue;
      if (s && (s.first !== a || s.last !== a)) continue;
      const t = tokens[a]!;
      res ??= spans.slice();
      if (s) res[si] = { ...s, type: "PER" };
      else res.push({ type: "PER", start: t.start, end: t.end, first: a, last: a });
    }
  }
  if (res && res.length !== spans.length) res.sort((x, y) => x.start - y.start);
  return res ?? spans;
}

/** "(Italy), " right before a run: the column after a person's country in a results row. */
const AFTER_COUNTRY = /\(([\p{Lu}][\p{L}. ]{1,24})\),\s$/u;
/**
 * A run in a results row's column after the person and their country, followed by a number
 * column ("1. Alex Zanardi (Italy), Reynard Honda, 53.980", "Jane Doe (Kenya), Nike, 2:10.45"):
 * the row gives one person, then their team, car or club, then a time. A second person of the
 * row stands with a country of their own ("Name (Italy), Name (France)") and stays.
 */
export function rowColumnAfterPerson(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 2) !== 44 || text.charCodeAt(start - 3) !== 41) return false;
  if (!/^,\s\d/.test(text.slice(end, end + 3))) return false;
  const m = AFTER_COUNTRY.exec(text.slice(Math.max(0, start - 30), start));
  // (a country by name, "U.S.", or a code: "USA", "GBR")
  return !!m && (isPlaceName(lower(m[1]!)) || PLACE_INITIALS.has(m[1]!) || /^\p{Lu}{2,3}$/u.test(m[1]!));
}

/** A person's span of two words or more that opens on a given name or an initial ("Gary
 *  Childers", "J. Flett"): the tagger's one-word "people" on a web page are as often brands. */
const vouched = (tokens: readonly Token[], s: TaggedSpan) => s.last > s.first && (GIVEN.has(lower(tokens[s.first]!.text)) || isInitial(tokens[s.first]!.text));
