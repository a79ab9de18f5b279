/**
 * The older rule-based recogniser (capitals plus evidence: titles, given names, acting like a
 * person) and how its mentions replace the tagger's: it knows name shapes the news data rarely
 * shows ("Khalid bin Rashed", capitals in a credit).
 */
import { ORG_HEADS } from "../lexicon/entity-words";
import { FUNCTION_WORDS, MONTHS_DAYS, NON_PERSON_HEADS, PARTICLES } from "../lexicon/words";
import type { Span } from "../types";
import { type Candidate, candidates } from "./candidates";
import { actsLikePerson, personCue, signatureLine } from "./cues";
import type { Mention } from "./mention";
import { COUNTRY, GIVEN, NAMEISH, NON_NAME, PLACE, isInitial, lower } from "./name-words";
import { isBusinessNoun } from "./name-edges";
import { writtenLower } from "./lower-case";
import { isHonorific } from "./titles";
import { type Token, isAllCaps, lastStartingAtOrBefore } from "./tokens";

/**
 * Words that make a run not a person. Words that are usually not names in news ("Major", "Bill")
 * veto only a run with no stronger evidence: "Prime Minister John Major" is a person.
 */
function vetoed(words: Token[], strong: boolean): boolean {
  return words.some((t) => {
    const w = lower(t.text);
    if (NON_PERSON_HEADS.has(w) || MONTHS_DAYS.has(w) || FUNCTION_WORDS.has(w) || isBusinessNoun(w)) return true;
    return !strong && NON_NAME.has(w) && !GIVEN.has(w) && !NAMEISH.has(w);
  });
}

/** "Anja Ruecker (Germany)": a name followed by a bracketed country, as in results lists. */
function countryAfter(tokens: Token[], c: Candidate): boolean {
  const open = tokens[c.next];
  const country = tokens[c.next + 1];
  const close = tokens[c.next + 2];
  return open?.text === "(" && close?.text === ")" && !!country && (COUNTRY.has(country.text) || country.text === "U.S.");
}

/** The tagger's runs with the rule mentions that cover them in their place, sorted by start. */
export function withRuleMentions(text: string, tokens: Token[], kept: Token[][], standalone: ReadonlySet<string>, heads: ReadonlySet<number>): Token[][] {
  // The rules know name shapes the news data rarely shows ("Khalid bin Rashed", capitals in a
  // credit): a rule mention that covers tagger mentions replaces them.
  const tagged = kept.map((ws) => ({ start: ws[0]!.start, end: ws[ws.length - 1]!.end, ws }));
  const rules = ruleMentions(text, tokens, standalone);
  // (each test looks only at the spans that can overlap: every rule mention against every tagger
  // mention, and back, was quadratic on a long page)
  const byStart = tagged.slice();
  byStart.sort((a, b) => a.start - b.start);
  const taggedLen = byStart.reduce((m, t) => Math.max(m, t.end - t.start), 0);
  // the first tagger mention that can overlap r (one starting after r.start - taggedLen)
  const firstNear = (r: Span) => lastStartingAtOrBefore(byStart, r.start - taggedLen) + 1;
  /** A tagger mention strictly inside r? */
  const holdsTagged = (r: Span): boolean => {
    for (let k = firstNear(r); k < byStart.length && byStart[k]!.start < r.end; k++) {
      const t = byStart[k]!;
      if (t.start >= r.start && t.end <= r.end && (t.start > r.start || t.end < r.end)) return true;
    }
    return false;
  };
  /** A tagger mention overlapping r that reaches outside it? */
  const crossesTagged = (r: Span): boolean => {
    for (let k = firstNear(r); k < byStart.length && byStart[k]!.start < r.end; k++) {
      const t = byStart[k]!;
      if (t.start < r.end && r.start < t.end && (t.start < r.start || t.end > r.end)) return true;
    }
    return false;
  };
  /** Any tagger mention overlapping r? */
  const overlapsTagged = (r: Span): boolean => {
    for (let k = firstNear(r); k < byStart.length && byStart[k]!.start < r.end; k++) if (byStart[k]!.end > r.start) return true;
    return false;
  };
  /**
   * Does r only put ordinary words before a full name the tagger found ("Former Oriole Jamie
   * Moyer", "Reliever Mark Acre", "Namibian Frankie Fredericks")? The tagger read those words as
   * no part of the name; the rules keep every capital of the run. Only words that are no given
   * name, name word or initial: "Jamie Lee Curtis" where the tagger saw "Lee Curtis" is the rules'.
   */
  const leadsFullName = (r: Span): boolean => {
    for (let k = firstNear(r); k < byStart.length && byStart[k]!.start < r.end; k++) {
      const t = byStart[k]!;
      // (a given name the text also writes in lower case is a word there: "Adjustable Brew Temp")
      if (t.end !== r.end || t.start <= r.start || t.ws.length < 2 || !GIVEN.has(lower(t.ws[0]!.text)) || writtenLower(text, lower(t.ws[0]!.text))) continue;
      const lead = ruleWordsBefore(tokens, r.start, t.start);
      if (lead.length && lead.every((w) => !GIVEN.has(lower(w.text)) && !NAMEISH.has(lower(w.text)) && !isInitial(w.text) && !PARTICLES.has(w.text))) return true;
    }
    return false;
  };
  const covering = rules.filter((r) => (holdsTagged(r) && !crossesTagged(r) && !leadsFullName(r)) || (r.cued && !overlapsTagged(r) && (r.signed || !heads.has(text.lastIndexOf("\n", r.start) + 1))));
  // covering is in text order (ruleMentions' mentions are)
  const coverLen = covering.reduce((m, r) => Math.max(m, r.end - r.start), 0);
  const covered = (t: Span): boolean => {
    for (let k = lastStartingAtOrBefore(covering, t.start); k >= 0 && covering[k]!.start >= t.end - coverLen; k--) if (t.start >= covering[k]!.start && t.end <= covering[k]!.end) return true;
    return false;
  };
  const final = tagged.filter((t) => !covered(t)).map((t) => t.ws);
  for (let c = 0; c < covering.length; c++) {
    const r = covering[c]!;
    // the words inside r, from the first token starting at or after it (a filter of every token
    // per rule mention was quadratic)
    const ws: Token[] = [];
    for (let k = lastStartingAtOrBefore(tokens, r.start - 1) + 1; k < tokens.length && tokens[k]!.start < r.end; k++) {
      const t = tokens[k]!;
      if (t.kind === "word" && t.end <= r.end) ws.push(t);
    }
    final.push(ws);
  }
  final.sort((a, b) => a[0]!.start - b[0]!.start);
  return final;
}

/** The word tokens from `from` up to `to` (a few: the words a rule mention puts before a tagger's). */
function ruleWordsBefore(tokens: readonly Token[], from: number, to: number): Token[] {
  const ws: Token[] = [];
  for (let k = lastStartingAtOrBefore(tokens, from - 1) + 1; k < tokens.length && tokens[k]!.start < to; k++) if (tokens[k]!.kind === "word") ws.push(tokens[k]!);
  return ws;
}

/**
 * The rule-based recogniser (before the tagger): runs of capitals and evidence. `standalone`:
 * the capitalised words used on their own somewhere (for splitting "Biden-Kamala"), as
 * findPersonMentions collects them. Names of two words or more only: withRuleMentions puts no
 * other in the tagger's place, and judging every lone capitalised word (a second pass accepted
 * lone surnames of the names accepted here, and headlines' capitals word by word) was work it
 * threw away. Whether a run of two words or more is a name never depended on the lone words.
 */
function ruleMentions(text: string, tokens: Token[], standalone: ReadonlySet<string>): (Mention & { cued: boolean; signed: boolean })[] {
  const accepted: Candidate[] = [];
  const cued = new Set<Candidate>();
  const signed = new Set<Candidate>();
  let lastCreditNext = -1;
  for (const c of candidates(tokens, text, standalone)) {
    const ws = c.words;
    const lw = ws.map((t) => lower(t.text));
    const caps = ws.every((t) => isAllCaps(t.text) && !isInitial(t.text));
    let credit = false;
    if (caps) {
      // Capitals: a credit ("ANNA KOWALSKI/Reuters", "By JOHN SMITH") is a name; a headline
      // ("MITCHELL DEFEATS BAILEY") only repeats names, none of two words
      const after = tokens[c.next];
      const before = tokens[c.first - 1];
      const lineEnd = !after || after.afterBreak || after.text === "/" || after.text === "," || /^(?:and|&)$/i.test(after.text);
      // ("BY JANE DOE AND MARK SMITH": the second name of a credit is one too)
      const andCredit = lastCreditNext >= 0 && c.first === lastCreditNext + 1 && /^(?:and|&)$/i.test(tokens[lastCreditNext]!.text) && lineEnd;
      credit = andCredit || after?.text === "/" || (lineEnd && before !== undefined && /^(?:by|photo|photograph|credit|pictured)$/i.test(before.text)) || (after?.text === "(" && countryAfter(tokens, c));
      if (!credit) continue;
      lastCreditNext = c.next;
    }
    const strongEvidence = c.titled || ((GIVEN.has(lw[0]!) || isInitial(ws[0]!.text)) && !vetoed(ws.slice(0, 1), false));
    if (vetoed(ws, strongEvidence)) {
      // a vetoed run may still contain a titled person at its end ("Senate Leader Mitch McConnell" is handled by title peeling)
      continue;
    }
    const firstGiven = GIVEN.has(lw[0]!) || isInitial(ws[0]!.text);
    // a place ("Spain", "New Zealand") or a team named after one ("Philadelphia Eagles") is not a
    // person, whatever role noun stands before it ("defending champion Spain")
    const honorific = tokens[c.first - 1] !== undefined && isHonorific(tokens[c.first - 1]!.text);
    if (!honorific && (PLACE.has(lw.join(" ")) || (PLACE.has(lw[0]!) && !GIVEN.has(lw[0]!)))) continue;
    const lastNameish = NAMEISH.has(lw[lw.length - 1]!) || GIVEN.has(lw[lw.length - 1]!);
    let person = false;
    // a lowercase name particle inside the run ("Khalid bin Rashed", "Ludwig van Osterhout")
    const innerParticle = ws.length >= 3 && ws.slice(1, -1).some((t) => PARTICLES.has(t.text));
    if (c.titled || credit) person = true;
    else if (innerParticle && !caps) person = true;
    else if (!caps && countryAfter(tokens, c)) person = true;
    else if (firstGiven) person = true;
    else if (lastNameish && !caps) person = true;
    else if (actsLikePerson(tokens, c)) person = true;
    // an unseen name with a person-only cue after it: kept even where the tagger saw an organisation
    // (an adjective's ending marks an organisation's name: "“…,” Judicial Watch said")
    // (a signature line is a heading's Title Case by shape, "—Ross Gay, Thank You", yet signs)
    const signs = !caps && !credit && signatureLine(text, c);
    if (signs) signed.add(c);
    if (!caps && !credit && (personCue(tokens, c) || signs) && !lw.some((l) => ORG_HEADS.has(l) || PLACE.has(l) || (l.length >= 6 && /(?:ial|ical|ive|ous)$/.test(l) && !GIVEN.has(l) && !NAMEISH.has(l)))) {
      person = true;
      cued.add(c);
    }
    if (person) accepted.push(c);
  }
  // (in text order already: candidates come in it)
  return accepted.map((c) => ({
    start: c.words[0]!.start,
    end: c.words[c.words.length - 1]!.end,
    words: c.words.map((t) => t.text),
    titled: c.titled,
    cued: cued.has(c),
    signed: signed.has(c),
  }));
}
