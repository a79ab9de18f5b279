/**
 * One surname, one sense per text: a word the text gives as a person's full name ("Kamil Hecht",
 * "Jesper Parnevik") and, standing alone, with a cue only a person has ("Hecht said", "said
 * Parnevik", "Hecht, who") is that person's surname in every lone use. The tagger types a surname
 * it never saw by its first uses ("PARNEVIK TAKES LEAD" read as a firm, then every "Parnevik"
 * after it follows); its document pass keeps the majority type, so one full name against many
 * lone uses lost them all. A word the text never gives in full, or never with a person's cue,
 * keeps the tagger's type ("Pirelli", "Ford" the firm).
 */
import { ORG_HEADS, PLACE_HEADS } from "../lexicon/entity-words";
import { FUNCTION_WORDS, MONTHS_DAYS, NON_PERSON_HEADS, ROLE_MODIFIERS, ROLE_NOUNS } from "../lexicon/words";
import { writtenLower } from "./lower-case";
import { GIVEN, nameShaped, NON_NAME, ORG_WORD, PLACE, isDemonym, lower } from "./name-words";
import type { TaggedSpan } from "./tagger";
import { isHonorific, isSuffixWord, isTitle } from "./titles";
import { type Token, isAllCaps, isCapitalised } from "./tokens";

const KEEP = 0;
const RETYPE = 1;
const MERGE = 2;
const WIDEN = 3;

/** Speech verbs right after a lone surname ("Hecht said") or right before it ("said Parnevik."). */
const SAID_AFTER = /^(?:said|says|told|added|asked|replied|wrote|recalled|explained|admitted|insisted)$/;
const SAID_BEFORE = /^(?:said|says|added|asked|replied)$/;

/** Could the word be a surname: name-shaped, and no place, firm, nationality, month or list word. */
function surnameShaped(t: Token): boolean {
  if (t.kind !== "word" || !nameShaped(t.text)) return false;
  const l = lower(t.text);
  return !(FUNCTION_WORDS.has(l) || NON_NAME.has(l) || MONTHS_DAYS.has(l) || isTitle(l) || isDemonym(t.text) || PLACE.has(l) || ORG_WORD.has(l) || NON_PERSON_HEADS.has(l) || ORG_HEADS.has(l) || PLACE_HEADS.has(l));
}

/**
 * Could a word the tagger left out be the given name before a surname: a name's shape, no post or
 * its modifier ("Former Trump campaign manager"), and a given name or a word the text never writes
 * in lower case.
 */
function givenShaped(text: string, t: Token): boolean {
  if (!surnameShaped(t) || isHonorific(t.text)) return false;
  const l = lower(t.text);
  return !ROLE_MODIFIERS.has(l) && !ROLE_NOUNS.has(l) && (GIVEN.has(l) || !writtenLower(text, l));
}

/** Is token k a capitalised word joined to token j (its neighbour) by one space on one line? */
const joined = (tokens: readonly Token[], a: number, b: number) => {
  const x = tokens[a];
  const y = tokens[b];
  return !!x && !!y && x.kind === "word" && y.kind === "word" && isCapitalised(x.text) && isCapitalised(y.text) && x.end + 1 === y.start && !y.afterBreak;
};

/** Does a capitalised word other than a title run on into token k from the left ("Rev. Al Sharpton" does not)? */
const runBefore = (tokens: readonly Token[], k: number) => joined(tokens, k - 1, k) && !isHonorific(tokens[k - 1]!.text) && !isTitle(lower(tokens[k - 1]!.text));

/** Does the lone word at k stand where only a person does: a speech verb, "who", an age, an honorific? */
function personCueAt(tokens: readonly Token[], k: number): boolean {
  const a = tokens[k + 1];
  const p = tokens[k - 1];
  if (a && !a.afterBreak && a.kind === "word" && SAID_AFTER.test(a.text)) return true;
  // ("said Parnevik." / "said Parnevik, who": the name ends the clause; "said Hecht Ltd" is none)
  if (p && !tokens[k]!.afterBreak && p.kind === "word" && SAID_BEFORE.test(p.text) && (!a || a.kind === "punct")) return true;
  if (p && !tokens[k]!.afterBreak && p.kind === "word" && isHonorific(p.text)) return true;
  if (a?.text === ",") {
    const b = tokens[k + 2];
    const c = tokens[k + 3];
    if (b && !b.afterBreak && (b.text === "who" || (/^\d{1,2}$/.test(b.text) && c?.text === ","))) return true;
  }
  return false;
}

/**
 * The spans with each lone use of a cued surname typed as a person's (retyped, or added where the
 * tagger left it out), and its full names too where the tagger read them as a firm or a place.
 * Returns the input array when nothing changes.
 */
export function surnameSense(text: string, tokens: readonly Token[], spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  // the span over each token (-1: none)
  const spanAt = new Int32Array(tokens.length).fill(-1);
  for (let i = 0; i < spans.length; i++) spanAt.fill(i, spans[i]!.first, spans[i]!.last + 1);
  // full names, by their surname, each with how to make it a person's span: a person span of two
  // to four words (kept), a given name and a surname typed otherwise ("Kamil Hecht" as a firm:
  // RETYPE), a lone given name typed a person's right before a lone word typed otherwise ("Jesper"
  // + "Parnevik": MERGE), a word typed otherwise after a name-shaped word the tagger left out
  // ("Jesper" untagged + "Brakvist": WIDEN)
  const full = new Map<string, [number, number][]>();
  const add = (w: string, i: number, how: number) => (full.get(w) ?? full.set(w, []).get(w)!).push([i, how]);
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    const n = s.last - s.first + 1;
    const last = tokens[s.last]!;
    if (n >= 2 && n <= 4 && s.type === "PER") {
      // (the surname stands before a generational suffix: "Brent Bozell III", then "Bozell says")
      const surname = isSuffixWord(last.text) ? tokens[s.last - 1]! : last;
      if (surnameShaped(surname)) add(surname.text, i, KEEP);
      continue;
    }
    // (a run that goes on in capitals either side is some longer name's: "Elizabeth Warren Hammers
    // Wells Fargo", a headline)
    const ends = surnameShaped(last) && !joined(tokens, s.last, s.last + 1);
    if (ends && n === 2 && s.type !== "PER" && GIVEN.has(lower(tokens[s.first]!.text)) && nameShaped(tokens[s.first]!.text) && joined(tokens, s.first, s.last) && !runBefore(tokens, s.first)) add(last.text, i, RETYPE);
    else if (n === 1 && s.type === "PER") {
      const nx = spans[i + 1];
      if (nx && nx.type !== "PER" && nx.first === nx.last && nx.first === s.last + 1 && joined(tokens, s.last, nx.first) && nameShaped(last.text) && surnameShaped(tokens[nx.first]!) && !runBefore(tokens, s.first) && !joined(tokens, nx.first, nx.first + 1)) add(tokens[nx.first]!.text, i, MERGE);
    } else if (ends && n === 1 && s.first > 0 && spanAt[s.first - 1]! < 0 && joined(tokens, s.first - 1, s.first) && givenShaped(text, tokens[s.first - 1]!) && !runBefore(tokens, s.first - 1)) add(last.text, i, WIDEN);
  }
  if (!full.size) return spans;
  // lone uses of those words (no capitalised word joined either side), and whether one is cued
  const lone = new Map<string, number[]>();
  const cued = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    // (a lone word inside a longer span, "University of Hecht", is that span's; "After Parnevik
    // started": a function word opening the sentence is no part of a name)
    if (t.kind !== "word") continue;
    // ("GOLF - PARNEVIK TAKES LEAD": a headline in capitals writes the surname in capitals, and
    // every word beside it too; its own span only, never one of several words)
    if (t.text.length > 2 && isAllCaps(t.text)) {
      const w = t.text[0] + t.text.slice(1).toLowerCase();
      const i = spanAt[k]!;
      if (full.has(w) && (i < 0 || spans[i]!.first === spans[i]!.last)) (lone.get(w) ?? lone.set(w, []).get(w)!).push(k);
      continue;
    }
    if (!full.has(t.text) || (joined(tokens, k - 1, k) && !FUNCTION_WORDS.has(lower(tokens[k - 1]!.text))) || joined(tokens, k, k + 1)) continue;
    (lone.get(t.text) ?? lone.set(t.text, []).get(t.text)!).push(k);
    if (personCueAt(tokens, k)) cued.add(t.text);
  }
  if (!cued.size) return spans;
  const res = spans.slice();
  const drop = new Set<number>();
  for (const w of cued) {
    for (const [i, how] of full.get(w)!) {
      const s = res[i]!;
      if (how === RETYPE) res[i] = { ...s, type: "PER" };
      else if (how === WIDEN) res[i] = { ...s, type: "PER", start: tokens[s.first - 1]!.start, first: s.first - 1 };
      else if (how === MERGE) {
        // the given name and the word after it, one person's name
        const nx = res[i + 1]!;
        res[i] = { ...s, end: nx.end, last: nx.last };
        drop.add(i + 1);
      }
    }
    for (const k of lone.get(w)!) {
      const i = spanAt[k]!;
      if (i < 0) res.push({ type: "PER", start: tokens[k]!.start, end: tokens[k]!.end, first: k, last: k });
      else if (res[i]!.first === res[i]!.last && res[i]!.type !== "PER") res[i] = { ...res[i]!, type: "PER" };
    }
  }
  const out = drop.size ? res.filter((_, i) => !drop.has(i)) : res;
  out.sort((a, b) => a.start - b.start);
  return out;
}
