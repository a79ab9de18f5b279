/**
 * Grouping: mentions gathered into one group per name (a lone surname joins the full name it
 * fits, the nearest before it when two fit unless the story's principal claims it, accents folded), and the groups that pass the
 * filters made into people named by their fullest form. The filters live in their own modules.
 */
import { findRoles } from "../roles";
import type { Person } from "../types";
import type { Mention } from "./mention";
import { GIVEN, lower } from "./name-words";
import { REGNAL, SUFFIX_KEYS } from "./titles";
import { isAllCaps } from "./tokens";
import { lonePrincipal, titledKin, titledStranger } from "./kin";
import { loneStandsFor } from "./lone-words";

/** Has a character outside ASCII (only such words can carry an accent; most words are ASCII). */
const NON_ASCII = /[\u0080-\uffff]/;
const MARKS = /\p{M}/gu;
/** The word with its accents dropped ("martínez-beltrán" → "martinez-beltran"). */
const foldAccents = (w: string) => (NON_ASCII.test(w) ? w.normalize("NFD").replace(MARKS, "") : w);
/** How many accents the words carry (combining marks once decomposed). */
function accentCount(ws: readonly string[]): number {
  let n = 0;
  for (const w of ws) if (NON_ASCII.test(w)) n += w.normalize("NFD").length - foldAccents(w).length;
  return n;
}

/** A name in capitals as a name is written: "O'CONNELL" "O'Connell", "HART-DAVIES" "Hart-Davies", "MCKENZIE" "McKenzie". */
const displayWord = (w: string) =>
  isAllCaps(w) && w.length > 2 && !w.includes(".") && !REGNAL.test(w)
    ? w
        .toLowerCase()
        .replace(/(^|[-'’])(\p{Ll})/gu, (_, p: string, c: string) => p + c.toUpperCase())
        .replace(/^Mc(\p{Ll})/u, (_, c: string) => "Mc" + c.toUpperCase())
    : w;

/** The greatest value ≤ x in an ascending array (-1: none). */
function lastAtOrBelow(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) {
      ans = sorted[mid]!;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

function insertSorted(sorted: number[], x: number): void {
  let i = sorted.length;
  while (i > 0 && sorted[i - 1]! > x) i--;
  sorted.splice(i, 0, x);
}

/** One name's mentions, as grouping gathers them: the filters read its key and its mentions. */
export interface Group {
  key: string[];
  /** The key with its accents dropped, to match mentions by. */
  folded: string[];
  mentions: Mention[];
  /** Starts of its mentions of two or more words, ascending (for "the nearest before"). */
  fullStarts: number[];
  /** The courtesy title of a relative named only by it and the surname ("Mrs. Abedini"; kin.ts). */
  courtesy?: string;
}

/**
 * Mentions gathered by name: a full name founds a group; a lone surname or given name, or a
 * shorter form, joins the group it fits (the nearest full mention before it when two fit).
 */
export function groupByName(mentions: Mention[], text = ""): Group[] {
  const groups: Group[] = [];
  // accents folded: pages write one name with and without them (a byline in capitals, an
  // address, a caption typed in ASCII), never two people apart by an accent alone
  // (only for telling whether two mentions fit: the name filters read the key's own spelling)
  const norm = (ws: string[]) => ws.map((w) => lower(displayWord(w)));
  const lastName = (ws: string[]) => {
    for (let i = ws.length - 1; i >= 0; i--) if (!SUFFIX_KEYS.has(ws[i]!)) return ws[i];
    return undefined;
  };
  const compatible = (full: string[], part: string[]) => {
    // "putin" ⊂ "vladimir putin"; "joe biden" ~ "joseph r. biden jr."
    const last = lastName(full);
    const plast = lastName(part);
    if (part.length === 1) return part[0] === last || (full.length > 1 && part[0] === full[0]);
    if (last !== plast) return false;
    // "Harden Bradford" after "Joy Harden Bradford", "de Mello Palheta" after "Francisco de Mello
    // Palheta": a later mention by a double surname, the given name left off (only a given name:
    // "Van Lines" is no short form of "Allied Van Lines")
    if (part.length === full.length - 1 && GIVEN.has(full[0]!) && part.every((w, i) => w === full[i + 1])) return true;
    const f0 = full[0]!;
    const p0 = part[0]!;
    return f0 === p0 || f0.startsWith(p0.replace(/\.$/, "")) || p0.startsWith(f0.replace(/\.$/, ""));
  };
  // the groups by their last and first words: any group that fits a mention shares one of them
  // with it (a filter of every group per mention made a page of thousands of names quadratic)
  const byLast = new Map<string | undefined, Set<Group>>();
  const byFirst = new Map<string | undefined, Set<Group>>();
  const order = new Map<Group, number>();
  const index = (g: Group, add: boolean) => {
    for (const [map, w] of [[byLast, lastName(g.folded)], [byFirst, g.folded[0]]] as const) {
      let set = map.get(w);
      if (!set) map.set(w, (set = new Set()));
      if (add) set.add(g);
      else set.delete(g);
    }
  };
  // a lone word joins a name of several only as a name's word, not an acronym's or a common
  // word's (lone-words.ts), judged on the name as its fullest mention writes it
  const standsFor = (g: Group, w: string) => {
    const full = g.mentions.find((x) => x.words.length === g.key.length)?.words;
    return !full || loneStandsFor(text, full, w);
  };
  // the words the text uses alone: a relative called by the given name is not the lone surname's principal
  const givenAlone = new Set(mentions.filter((m) => m.words.length === 1).map((m) => foldAccents(norm(m.words)[0]!)));
  // Full names first (so a lone surname before the full name still joins it).
  const ordered = [...mentions].sort((a, b) => b.words.length - a.words.length || a.start - b.start);
  for (const m of ordered) {
    const key = norm(m.words);
    const folded = key.map(foldAccents);
    const near = new Set<Group>();
    const last = lastName(folded);
    for (const set of [byLast.get(last), byFirst.get(folded[0]), folded.length === 1 ? byLast.get(folded[0]) : undefined, last === undefined ? undefined : byFirst.get(last)]) for (const g of set ?? []) near.add(g);
    const fitting = [...near].sort((a, b) => order.get(a)! - order.get(b)!).filter((g) => compatible(g.folded, folded) || compatible(folded, g.folded));
    const fits = folded.length > 1 || m.titled ? fitting : fitting.filter((g) => standsFor(g, m.words[0]!));
    // (the word of a name it cannot stand for is that word's other sense, no person of its own:
    // "HR" beside "Helios HR", "Run" beside "Temp Run")
    if (fitting.length && !fits.length) continue;
    let g: Group | undefined;
    // "Mrs. Abedini" where the text names only Saeed Abedini: a relative of their own (kin.ts)
    const stranger = folded.length === 1 && fits.every((f) => lastName(f.folded) === folded[0]) ? titledStranger(fits, text, m.start) : undefined;
    if (stranger) g = undefined;
    else if (fits.length === 1) g = fits[0];
    else if (fits.length > 1) {
      // two people share the word: the nearest full mention before this one (the first group
      // in order on a tie); by binary search in each group's sorted starts, as a scan of every
      // mention of every fitting group per mention made long pages quadratic
      let best: Group | undefined;
      let bestPos = -1;
      for (const f of fits) {
        const at = lastAtOrBelow(f.fullStarts, m.start);
        if (at > bestPos) {
          bestPos = at;
          best = f;
        }
      }
      g = best ?? fits[0];
      // a lone surname of several relatives: the story's principal unless one was just named (kin.ts)
      if (folded.length === 1 && fits.every((f) => lastName(f.folded) === folded[0])) g = titledKin(fits, text, m.start) ?? lonePrincipal(fits, g ?? fits[0]!, bestPos, m.start, givenAlone);
    }
    if (!g) {
      g = stranger ? { key, folded, mentions: [], fullStarts: [], courtesy: stranger } : { key, folded, mentions: [], fullStarts: [] };
      order.set(g, groups.length);
      groups.push(g);
      index(g, true);
    } else if (key.length > g.key.length) {
      index(g, false);
      g.key = key;
      g.folded = folded;
      index(g, true);
    }
    g.mentions.push(m);
    if (m.words.length > 1) insertSorted(g.fullStarts, m.start);
  }
  return groups;
}

/** The groups as people in their order (ids p1, p2 …), each named by its fullest mention, with its role. */
export function toPeople(text: string, groups: readonly Group[]): Person[] {
  const people: Person[] = [];
  const roles = findRoles(text, groups.map((g) => g.mentions));
  groups.forEach((g, i) => {
    const ms = g.mentions.sort((a, b) => a.start - b.start);
    // the fullest mention names the person; among equally full ones, the form with the most
    // accents (a page drops accents for capitals, addresses or ASCII, it never adds them)
    const fullest = ms.reduce((best, m) => (m.words.length > best.words.length || (m.words.length === best.words.length && accentCount(m.words) > accentCount(best.words)) ? m : best), ms[0]!);
    // (a relative named only by a courtesy title keeps it: "Mrs. Abedini", not a bare "Abedini")
    const name = (g.courtesy ? `${g.courtesy}. ` : "") + fullest.words.map(displayWord).join(" ");
    const aliases = [...new Set(ms.map((m) => m.words.map(displayWord).join(" ")))];
    people.push({
      id: `p${i + 1}`,
      name,
      aliases: aliases.includes(name) ? aliases : [name, ...aliases],
      role: roles[i] ?? null,
      mentions: ms.map((m) => ({ start: m.start, end: m.end })),
    });
  });
  return people;
}
