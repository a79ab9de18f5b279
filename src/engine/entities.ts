/**
 * Organisations and places in the Analysis text, grouped like people (issue 10).
 *
 * 1. Candidates: runs of capitalised words and acronyms on one line that no person mention
 *    covers, joined across "of (the)" / "&" when the left side ends on an organisation head
 *    ("Federal Bureau of Investigation"); function words peeled off the front and title words
 *    off the back ("FBI Director" → "FBI": the organisation of a role is a mention too).
 * 2. Class: a known place (countries, capitals, large cities, regions from public lists) → place;
 *    an organisation head ("Party", "Committee", "Inc.") or a known organisation → organisation;
 *    a place head ("River", "County") → place; an acronym → organisation unless it names a place
 *    (U.S.) or is a common noun (TV, CEO); "the X" + verb/punctuation → organisation ("the
 *    Kremlin said"); a source in a photo credit's slash chain ("…/Sputnik/AFP via Getty
 *    Images") → organisation; landmarks ("White House", "Oval Office") → place. Demonyms ("Russian") are never places,
 *    and a faith's or a people's word ("Muslims", "Latinos") is neither. Anything else is left out: a missed
 *    entity costs less than a wrong one painted on the page.
 * 3. Grouping: one entry per normalised name; an acronym joins the expansion it follows in
 *    brackets ("the Federal Bureau of Investigation (FBI)"); a lone word joins a longer
 *    organisation name it starts ("Rossiya" → "Rossiya TV").
 */
import { ORGANIZATIONS } from "./lexicon/places";
import { DEMONYM, isCity, isCountry, isPlaceName, isRegion } from "./lexicon/place-sets";
import { FORMER_COUNTRIES, LANDMARKS, NON_ENTITY_ACRONYMS, ORG_HEADS, PLACE_ACRONYMS, PLACE_HEADS } from "./lexicon/entity-words";
import { DEGREES, GROUP_WORDS } from "./lexicon/groups";
import { FUNCTION_WORDS, HONORIFICS, MONTHS_DAYS, TITLES } from "./lexicon/words";
import { indexIn, isAllCaps, isCapitalised, periodEndsSentence, tokenize, type Token } from "./people/tokens";
import { describeAfter } from "./roles";
import { inGazetteer, unvouchedPlaces } from "./entities/place-evidence";
import { lonePersonNames } from "./entities/person-cues";
import { acronymAsNoun } from "./entities/acronym-nouns";
import { headingName } from "./entities/heading-names";
import { joinOnNames } from "./entities/on-names";
import { isCommonNoun } from "./people/common-nouns";
import { clubCue } from "./people/clubs";
import { tagEntities, type TaggedSpan } from "./people/tagger";
import { headlineLines } from "./people";
import { unnamedSpeakers } from "./people/transcripts";
import type { Entity, Person, Span } from "./types";

export interface Entities {
  organizations: Entity[];
  places: Entity[];
}

type Kind = "ORG" | "LOC";

const lowerSet = (s: string) => new Set(s.split("|").map((w) => w.toLowerCase()));
const LANDMARK = new Set(LANDMARKS.map((w) => w.toLowerCase()));
const FORMER = new Set(FORMER_COUNTRIES.map((w) => w.toLowerCase()));
/** A known place: a country (today's or a former one), a city, a region, a landmark. */
const PLACES = { has: (lw: string): boolean => isPlaceName(lw) || FORMER.has(lw) || LANDMARK.has(lw) };
const COUNTRY_NAMES = { has: (lw: string): boolean => isCountry(lw) || FORMER.has(lw) };
const ORGS = lowerSet(ORGANIZATIONS);
/** A team's members, written after its name in lower case ("Leeds striker", "Ajax players");
 *  POSITION only the positions, which no game's or device's users share ("Fortnite players"). */
const SQUAD = /^(?:players?|striker|forward|midfielder|defender|goalkeeper|keeper|winger|pitcher|quarterback|teammates?)$/;
const POSITION = /^(?:striker|forward|midfielder|defender|goalkeeper|winger|pitcher|quarterback)$/;
/** Words that may follow "the X" when X is an organisation ("the Kremlin said", "the Pentagon's"). */
const AFTER_THE_ORG = /^(?:said|says|has|had|have|is|was|were|are|would|will|could|can|may|might|must|should|did|does|declined|denied|confirmed|announced|warned|insisted|refused|wants|wanted|added|issued|released|reported|stated|responded|rejected|accused|believes|plans|planned)$/i;

/** Lowercased, one final period dropped (without the regex replace: it runs per token). */
const low = (w: string) => {
  const l = w.toLowerCase();
  return l.charCodeAt(l.length - 1) === 46 ? l.slice(0, -1) : l;
};
/** /^\p{Ll}/u by char code for ASCII (nearly every word); the Unicode regex otherwise. */
const startsLower = (w: string) => {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : /^\p{Ll}/u.test(w);
};
const bare = (w: string) => w.replace(/\./g, "");
// (a lower-case ASCII second letter rules both forms out without the Unicode regex: most words)
const isAcronym = (w: string) => {
  const c = w.charCodeAt(1);
  return !(c >= 97 && c <= 122) && /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}&]{1,5}s?$/u.test(w);
};
const titleCase = (w: string) => (isAllCaps(w) && !isAcronym(w) ? w[0] + w.slice(1).toLowerCase() : w);

interface Run {
  tokens: Token[];
  /** null: a capitalised word nothing classifies; it may still join a longer name it starts. */
  kind: Kind | null;
}

/** Lines whose words are mostly in capitals (headlines, credits): only known names count there. */
function capsLines(text: string, tokens: Token[]): Set<number> {
  const lines = new Map<number, [number, number]>();
  for (let ti = 0; ti < tokens.length; ti++) {
    const t = tokens[ti]!;
    if (t.kind !== "word" || !/\p{L}/u.test(t.text)) continue;
    const line = text.lastIndexOf("\n", t.start) + 1;
    const c = lines.get(line) ?? [0, 0];
    c[0]++;
    if (isAllCaps(t.text)) c[1]++;
    lines.set(line, c);
  }
  const out = new Set<number>();
  for (const [line, [n, caps]] of lines) if (n >= 2 && caps / n >= 0.6) out.add(line);
  return out;
}

function isEntityWord(t: Token): boolean {
  if (t.kind !== "word") return false;
  const w = t.text;
  if (!isCapitalised(w) || /^\d/.test(w)) return false;
  // "Republican-led", "Bergamo-based": an adjective, not a name
  if (/-\p{Ll}+$/u.test(w)) return false;
  return true;
}

/** Where the article's own names are: capitalised runs with their class, person mentions excluded. */
function findRuns(text: string, tokens: Token[], people: readonly Person[]): Run[] {
  const personAt = new Set<number>();
  for (const p of people) for (const m of p.mentions) personAt.add(m.start);
  const covered = (t: Token) => people.some((p) => p.mentions.some((m) => t.start >= m.start && t.end <= m.end));
  const caps = capsLines(text, tokens);
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t0 = tokens[i]!;
    if (!isEntityWord(t0) || covered(t0)) {
      i++;
      continue;
    }
    const run: Token[] = [t0];
    let j = i + 1;
    const sameLine = (a: Token, b: Token) => /^[ \u00a0]?$/.test(text.slice(a.end, b.start)) && !b.afterBreak;
    while (j < tokens.length) {
      const t = tokens[j]!;
      const prev = tokens[j - 1]!;
      if (!sameLine(prev, t) || covered(t)) break;
      if (isEntityWord(t) && !personAt.has(t.start)) {
        run.push(t);
        j++;
        continue;
      }
      // "Bureau of Investigation", "Bank of the West", "Douglas & Lomason"
      const head = ORG_HEADS.has(low(run[run.length - 1]!.text));
      const n1 = tokens[j + 1];
      const n2 = tokens[j + 2];
      if (t.text === "&" && n1 && isEntityWord(n1) && sameLine(t, n1)) {
        run.push(t, n1);
        j += 2;
        continue;
      }
      if (head && /^(?:of|for)$/.test(t.text) && n1 && sameLine(t, n1)) {
        if (isEntityWord(n1) && !covered(n1)) {
          run.push(t, n1);
          j += 2;
          continue;
        }
        if (n1.text === "the" && n2 && isEntityWord(n2) && sameLine(n1, n2) && !covered(n2)) {
          run.push(t, n1, n2);
          j += 3;
          continue;
        }
      }
      break;
    }
    i = j;
    const kinded = classify(text, tokens, run, caps.has(text.lastIndexOf("\n", t0.start) + 1));
    if (kinded) runs.push(kinded);
    else if (run.length === 1 && !t0.sentenceStart && !isAllCaps(t0.text)) {
      // not when it modifies the noun after it ("Democratic candidate", "Soviet communists")
      const after = tokens[j];
      const modifier = after?.kind === "word" && /^\p{Ll}/u.test(after.text) && !FUNCTION_WORDS.has(after.text) && !AFTER_THE_ORG.test(after.text);
      if (!modifier) runs.push({ tokens: run, kind: null });
    }
  }
  return runs;
}

/**
 * Organisation and place names from the tagger (person mentions excluded), with the rule-based
 * runs where the tagger saw no name at all.
 */
const UNION = false;
const ARTICLES = new Set(["the", "a", "an"]);
function taggedRuns(text: string, tokens: Token[], people: readonly Person[]): Run[] {
  // characters inside person mentions (a scan of every mention per span was quadratic)
  const personChars = new Uint8Array(text.length);
  for (const p of people) for (const m of p.mentions) personChars.fill(1, m.start, m.end);
  const covered = (s: Span) => {
    for (let x = s.start; x < s.end; x++) if (personChars[x]) return true;
    return false;
  };
  const spans = tagEntities(text, tokens);
  // per token: 1 = a span starts there, 2 = a one-word MISC span is there (two Sets of token
  // indices were built per text for a handful of questions)
  const spanAt = new Uint8Array(tokens.length + 1);
  for (const x of spans) spanAt[x.first]! |= x.type === "MISC" && x.first === x.last ? 3 : 1;
  const spanFirst = { has: (k: number) => (spanAt[k]! & 1) !== 0 };
  const miscWord = { has: (k: number) => k >= 0 && (spanAt[k]! & 2) !== 0 };
  // "Mark H. Pollack of Rush University", read whole as one organisation, is a person of an
  // organisation once the person is found: the name after "of"/"at" stands on its own (the
  // tagger's whole span was dropped for overlapping the person)
  const tail = (s: TaggedSpan): TaggedSpan | null => {
    if (!covered(s)) return s;
    let k = s.last;
    while (k > s.first && !personChars[tokens[k]!.start] && !/^(?:of|at)$/.test(tokens[k]!.text)) k--;
    if (k <= s.first || !/^(?:of|at)$/.test(tokens[k]!.text) || !personChars[tokens[k - 1]!.start]) return null;
    const rest = { ...s, first: k + 1, start: tokens[k + 1]!.start };
    if (covered(rest) || !isEntityWord(tokens[k + 1]!)) return null;
    // ("Juan Manriquez of Oakland": the town a person is from)
    if (PLACES.has(low(text.slice(rest.start, rest.end)))) rest.type = "LOC";
    return rest;
  };
  const tagRuns: Run[] = spans
    .filter((s) => s.type === "ORG" || s.type === "LOC")
    .map(tail)
    .filter((s): s is TaggedSpan => s !== null)
    .map((s): Run | null => {
      // "Telemundo TV": capitalised organisation heads right after an organisation belong to it
      let last = s.last;
      if (s.type === "ORG") {
        while (tokens[last + 1] && isCapitalised(tokens[last + 1]!.text) && ORG_HEADS.has(low(tokens[last + 1]!.text)) && text.slice(tokens[last]!.end, tokens[last + 1]!.start) === " " && !spanFirst.has(last + 1)) last++;
      }
      // "Black Lives Matter": a capitalised word the tagger gave another kind directly before an
      // organisation, and not a demonym ("German Bundesbank"), starts its name
      let first = s.first;
      const before = tokens[first - 1];
      if (s.type === "ORG" && before && miscWord.has(first - 1) && before.kind === "word" && before.end + 1 === tokens[first]!.start && !before.sentenceStart && /^\p{Lu}\p{Ll}+$/u.test(before.text) && !DEMONYM.has(low(before.text)) && !FUNCTION_WORDS.has(low(before.text))) first--;
      // a sentence's opening conjunction or adverb is no part of a name the tagger ran it into
      // ("Since ABC 7's initial report": the organisation is ABC, and "Since" alone is nothing);
      // articles stay, as the tagger keeps them only where they belong to the name ("The Hague",
      // "A. O. Smith"), and so do capitals ("US News & World Report")
      while (first <= last && tokens[first]!.sentenceStart && /^\p{Lu}\p{Ll}+$/u.test(tokens[first]!.text) && !ARTICLES.has(low(tokens[first]!.text)) && FUNCTION_WORDS.has(low(tokens[first]!.text))) first++;
      if (first > last) return null;
      let ts = tokens.slice(first, last + 1);
      // a name never runs on into the next sentence ("in Asia. Specifically, China…": the
      // tagger reads tokens, not sentences)
      const next = ts.findIndex((t, x) => x > 0 && t.sentenceStart);
      if (next > 0) ts = ts.slice(0, next);
      // connectors never end a name ("Regions of")
      while (ts.length > 1 && !isEntityWord(ts[ts.length - 1]!)) ts = ts.slice(0, -1);
      return { tokens: ts, kind: s.type as Kind };
    })
    .filter((r): r is Run => r !== null)
    // a common acronym ("CEO") or a lone organisation head ("Office") is not a name
    .filter((r) => r.tokens.length > 1 || !(NON_ENTITY_ACRONYMS.has(r.tokens[0]!.text) || (ORG_HEADS.has(low(r.tokens[0]!.text)) && !isAcronym(r.tokens[0]!.text) && !/^(?:senate|congress|parliament|kremlin|pentagon)$/i.test(r.tokens[0]!.text))));
  ofOrigin(tagRuns);
  ampersandNames(tokens, tagRuns, personChars);
  // "the Commission on Presidential Debates": the tagger splits such names at "on"
  const runs = joinOnNames(text, tokens, tagRuns, (t) => isEntityWord(t) && !personChars[t.start], (t) => indexIn(tokens, t));
  // Title Case headlines capitalise everything: there, only names the body also tags count
  const heads = headlineLines(text, tokens);
  // (the last run's line kept: a scan back to the line's start per run was quadratic on a
  // page-long line)
  let lineStart = 0;
  let lineEnd = -1;
  const onHeadline = (r: Run) => {
    const at = r.tokens[0]!.start;
    if (at < lineStart || at >= lineEnd) {
      lineStart = text.lastIndexOf("\n", at) + 1;
      lineEnd = text.indexOf("\n", lineStart);
      if (lineEnd < 0) lineEnd = text.length;
    }
    return heads.has(lineStart);
  };
  // (each run's key is asked up to four times, by the filters below and their helpers: made once;
  // no run's tokens change once it is made)
  const keys = new Map<Run, string>();
  const keyOf = (r: Run) => {
    let k = keys.get(r);
    if (k === undefined) keys.set(r, (k = r.tokens.map((t) => low(t.text)).join(" ")));
    return k;
  };
  const inBody = new Set(runs.filter((r) => !onHeadline(r)).map(keyOf));
  // a person's name alone is that person ("Trump" tagged as an organisation by a campaign's context)
  const personWords = new Set(people.flatMap((p) => p.mentions.map((m) => low(text.slice(m.start, m.end)))));
  // and a lone surname the tagger read as a firm, in a story that never gives the full name
  const surnameAt = new Set<number>();
  for (const p of people) if (p.name.includes(" ")) for (const m of p.mentions) if (!/\s/.test(text.slice(m.start, m.end))) surnameAt.add(m.start);
  const lonePeople = lonePersonNames(runs, tokens, keyOf, (t) => indexIn(tokens, t), (t) => surnameAt.has(t.start), (w) => ORGS.has(low(w)) || ORG_HEADS.has(low(w)) || PLACES.has(low(w)));
  // words the text also writes in lower case ("new", "black"): common words, not names
  // (gathered on the first lone word that asks: many texts have none)
  let lowerSet: Set<string> | undefined;
  const lowerWords = {
    has(w: string): boolean {
      if (!lowerSet) {
        lowerSet = new Set<string>();
        for (let ti = 0; ti < tokens.length; ti++) {
          const t = tokens[ti]!;
          if (t.kind === "word" && startsLower(t.text)) lowerSet.add(t.text);
        }
      }
      return lowerSet.has(w);
    },
  };
  // "Telemundo TV", "Dynamo FC": a name ending on an acronym that heads organisations is one
  for (let k = 0; k < runs.length; k++) {
    const r = runs[k]!;
    if (r.kind === "LOC" && r.tokens.length > 1 && isAcronym(r.tokens[r.tokens.length - 1]!.text) && ORG_HEADS.has(low(r.tokens[r.tokens.length - 1]!.text))) r.kind = "ORG";
  }
  // "Elizabeth A. Hoge, MD, associate professor": a degree after a person's name, not Maryland
  const degreeAfterName = (r: Run) => {
    if (r.tokens.length !== 1 || !DEGREES.has(bare(low(r.tokens[0]!.text)))) return false;
    const k = indexIn(tokens, r.tokens[0]!);
    return tokens[k - 1]?.text === "," && k >= 2 && personChars[tokens[k - 2]!.end - 1] === 1;
  };
  const countedOrgs = new Map<string, boolean>();
  const kept = runs.filter((r) => (!onHeadline(r) || inBody.has(keyOf(r))) && !(r.tokens.length === 1 && personWords.has(low(r.tokens[0]!.text))) && !(r.kind === "ORG" && r.tokens.length === 1 && lonePeople.has(keyOf(r))) && !commonPlace(r, lowerWords) && !nounPhrasePlace(r) && !commonOrganisation(r, lowerWords, tokens, countedOrgs) && !nounPhraseOrganisation(text, r) && !degreeAfterName(r) && !(r.tokens.length === 1 && GROUP_WORDS.has(low(r.tokens[0]!.text))));
  // "Norwich striker Keith O'Neill": a capitalised word the tagger left out, before a player's
  // position, names the team
  const inSpan = new Uint8Array(tokens.length + 1);
  for (const x of spans) inSpan.fill(1, x.first, x.last + 1);
  for (const r of kept) for (const t of r.tokens) inSpan[indexIn(tokens, t)] = 1;
  let added = false;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k - 1]!;
    if (!POSITION.test(tokens[k]!.text) || inSpan[k - 1] || t.kind !== "word" || t.sentenceStart || t.end + 1 !== tokens[k]!.start || personChars[t.start]) continue;
    const l = low(t.text);
    if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || DEMONYM.has(l) || FUNCTION_WORDS.has(l) || MONTHS_DAYS.has(l) || TITLES.has(l) || COUNTRY_NAMES.has(l) || lowerWords.has(l)) continue;
    kept.push({ tokens: [t], kind: "ORG" });
    added = true;
  }
  const spokenFor = new Set<string>();
  // "Commission spokesman Joao Vale", "Navy spokesman Lt. Italo Pineda": a capitalised word right
  // before a spokesman names the body the spokesman speaks for, even a lone head word the filters
  // above dropped as a common noun, or a word the tagger took for a place no list knows
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k - 1]!;
    if (!/^spokes(?:man|woman|person)$/.test(tokens[k]!.text) || t.kind !== "word" || t.sentenceStart || t.end + 1 !== tokens[k]!.start || personChars[t.start]) continue;
    const l = low(t.text);
    if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || DEMONYM.has(l) || FUNCTION_WORDS.has(l) || MONTHS_DAYS.has(l) || TITLES.has(l) || PLACES.has(l) || lowerWords.has(l)) continue;
    // (a place no list knows, as the tagger may read such a word, gives way, but not after an
    // article: "the Kremlin spokesman" speaks for the place's institution, which stays a place)
    const own = kept.find((r) => r.tokens.includes(t));
    if (own && !(own.kind === "LOC" && own.tokens.length === 1 && !ARTICLES.has(low(tokens[k - 2]?.text ?? "")))) continue;
    if (own) own.kind = "ORG";
    else kept.push({ tokens: [t], kind: "ORG" });
    spokenFor.add(t.text);
    added = true;
  }
  // (and the same word elsewhere in the text, where nothing else claims it: "Ericsson said")
  if (spokenFor.size) {
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (!spokenFor.has(t.text) || personChars[t.start] || /^spokes(?:man|woman|person)$/.test(tokens[k + 1]?.text ?? "")) continue;
      const own = kept.find((r) => r.tokens.includes(t));
      if (own) {
        if (own.kind === "LOC" && own.tokens.length === 1) own.kind = "ORG";
        continue;
      }
      const near = (u: Token | undefined) => !!u && u.kind === "word" && isCapitalised(u.text) && !u.afterBreak && /^ ?$/.test(text.slice(Math.min(u.end, t.end), Math.max(u.start, t.start)));
      if (near(tokens[k - 1]) || near(tokens[k + 1])) continue;
      kept.push({ tokens: [t], kind: "ORG" });
    }
  }
  if (clubsReadAsPeople(text, tokens, spans, kept, personChars)) added = true;
  if (added) kept.sort((a, b) => a.tokens[0]!.start - b.tokens[0]!.start);
  possessiveFirms(text, tokens, kept, personChars);
  clubInitials(text, tokens, kept, personChars);
  for (let kk = 0; kk < kept.length; kk++) {
    const r = kept[kk]!;
    // a country (today's or a former one) is a place even where the tagger read an organisation
    // (a national team is its country too, as CoNLL-2003 annotates it)
    if (r.kind === "ORG" && COUNTRY_NAMES.has(r.tokens.map((t) => low(t.text)).join(" "))) r.kind = "LOC";
    if (r.kind === "ORG" && LANDMARK.has(r.tokens.map((t) => low(t.text)).join(" "))) r.kind = "LOC";
    if (r.kind === "LOC" && r.tokens.length === 1 && creditAgency(text, tokens, indexIn(tokens, r.tokens[0]!)) && !PLACES.has(low(r.tokens[0]!.text))) r.kind = "ORG";
    // "Florida Sen. Marco Rubio", "former Texas Governor": a known place before a capitalised
    // title is where the office is, not a team (a team's coach is written in lower case)
    if (r.kind === "ORG" && PLACES.has(keyOf(r)) && titleAt(tokens, indexIn(tokens, r.tokens[r.tokens.length - 1]!) + 1)) r.kind = "LOC";
    // "Dynamo Moscow players", "Leeds striker": a town's name before a squad's member in lower
    // case is its team, an organisation (a country's stays its place, as CoNLL-2003 marks it, and so
    // does a name that holds one: "U.S. Davis Cup player")
    if (r.kind === "LOC" && SQUAD.test(tokens[indexIn(tokens, r.tokens[r.tokens.length - 1]!) + 1]?.text ?? "") && !r.tokens.some((t) => COUNTRY_NAMES.has(low(t.text)) || PLACE_ACRONYMS.has(t.text))) r.kind = "ORG";
    // "the Kremlin said": an institution acting is an organisation, not the place it sits in
    const first = r.tokens[0]!;
    const k = indexIn(tokens, first);
    const after = tokens[k + r.tokens.length];
    if (r.kind === "LOC" && r.tokens.length === 1 && tokens[k - 1]?.text.toLowerCase() === "the" && after?.kind === "word" && AFTER_THE_ORG.test(after.text) && !PLACES.has(low(first.text))) r.kind = "ORG";
  }
  resultTeams(text, tokens, kept, personChars);
  // a one-word place no list knows needs a mention that reads like one ("in Arbil"), or it is a
  // product's, a program's or a heading's word the tagger took for a town
  const unvouched = unvouchedPlaces(text, tokens, kept, keyOf, (t) => indexIn(tokens, t), {
    known: (w) => PLACES.has(low(w)) || PLACES.has(bare(low(w))) || PLACE_ACRONYMS.has(w),
    organisation: (w) => ORGS.has(low(w)),
    acronym: isAcronym,
  });
  if (unvouched.size) {
    let w = 0;
    for (const r of kept) if (!(r.kind === "LOC" && r.tokens.length === 1 && unvouched.has(keyOf(r)))) kept[w++] = r;
    kept.length = w;
  }
  if (!UNION) return kept;
  const tagged = (r: Run) => spans.some((s) => s.start < r.tokens[r.tokens.length - 1]!.end && r.tokens[0]!.start < s.end);
  for (const r of findRuns(text, tokens, people)) if (r.kind && !tagged(r) && !onHeadline(r)) kept.push(r);
  return kept.sort((a, b) => a.tokens[0]!.start - b.tokens[0]!.start);
}

/** Abbreviations written with "&" that name no body (research and development, questions and
 *  answers, mergers and acquisitions, profit and loss, bed and breakfast, rhythm and blues, savings
 *  and loan, food and beverage, black and white …; a plural "B&Bs" too): hand-written from general
 *  English usage. */
const AMPERSAND_NOUNS = new Set(["R&D", "Q&A", "M&A", "P&L", "B&B", "R&B", "S&L", "F&B", "G&T", "C&W", "B&W", "D&D", "O&M", "E&O", "P&C", "T&E", "H&S"]);

/** A run ending on initials joined by "&" whose last token took the sentence's period ("S&P."). */
const ampPeriod = (r: Run): boolean => r.tokens.length >= 3 && r.tokens[r.tokens.length - 2]!.text === "&" && /^\p{Lu}{1,3}\.$/u.test(r.tokens[r.tokens.length - 1]!.text);

/**
 * "AT&T said", "rated AA+ by S&P.", "T&N Plc", "H&R Block Inc": a firm's initials joined by "&"
 * are one name, which the tokens split in three: the tagger read "AT" alone, "P." alone or
 * nothing, so the popup listed "AT". One to three capitals, "&" and one to three capitals,
 * written together and onto no other word ("INTERVIEW-T&N" of a headline), are an organisation,
 * with the tagger's organisation right after them ("Block Inc") or the organisation heads that
 * follow ("Plc"); not an abbreviation of a thing ("R&D", "Q&A", "M&A"), nor an index's name before
 * its number ("the S&P 500"), and a longer name the tagger read whole keeps them. Changes `runs`
 * in place.
 */
function ampersandNames(tokens: readonly Token[], runs: Run[], personChars: Uint8Array): void {
  const add: Run[] = [];
  for (let k = 0; k + 2 < tokens.length; k++) {
    const a = tokens[k]!;
    const amp = tokens[k + 1]!;
    const b = tokens[k + 2]!;
    if (amp.text !== "&" || a.end !== amp.start || amp.end !== b.start || !/^\p{Lu}{1,3}$/u.test(a.text) || !/^\p{Lu}{1,3}\.?$/u.test(b.text)) continue;
    const before = tokens[k - 1];
    const after = tokens[k + 3];
    if ((before && before.end === a.start) || (after && after.start === b.end && !/^[.,;:)'’]/.test(after.text))) continue;
    if (AMPERSAND_NOUNS.has(`${a.text}&${b.text.replace(/S?\.?$/, "")}`) || AMPERSAND_NOUNS.has(`${a.text}&${b.text.replace(/\.$/, "")}`) || personChars[a.start]) continue;
    // (an index's or a model's number after it: "the S&P 500")
    if (after && after.start === b.end + 1 && /^\d/.test(after.text)) continue;
    // (a longer name the tagger read whole keeps them: "MITRE ATT&CK")
    if (runs.some((r) => r.tokens.includes(a) && r.tokens.includes(b))) continue;
    const ts: Token[] = [a, amp, b];
    if (!b.text.endsWith(".")) {
      const next = runs.find((r) => r.kind === "ORG" && r.tokens[0]!.start === b.end + 1 && !r.tokens[0]!.afterBreak);
      if (next) ts.push(...next.tokens);
      else for (let j = k + 3; j < tokens.length && tokens[j]!.start === tokens[j - 1]!.end + 1 && !tokens[j]!.afterBreak && isCapitalised(tokens[j]!.text) && ORG_HEADS.has(low(tokens[j]!.text)); j++) ts.push(tokens[j]!);
    }
    add.push({ tokens: ts, kind: "ORG" });
    k += 2;
  }
  if (add.length) replaceRuns(runs, add);
}

/**
 * "Benetton of Italy beat Dinamo of Russia", "a match against Karlsruhe of Germany": a name of one
 * word, then "of" and a known place, says where the club or the firm is from, as English writes a
 * name's origin, and the tagger, which read the three words as one organisation, is cut there:
 * the organisation, and the place apart. Not when the word is an organisation's head or a common
 * noun ("Bank of Japan", "University of Oklahoma", "Times of London", "Life of Georgia", "Duke of
 * Norfolk"), a place's head or a state's form ("Republic of Ireland", "Province of Quebec"), a
 * title, a possessive ("Lloyd's of London"), or written in capitals, nor before an article
 * ("Queen of the South"). Changes `runs` in place.
 */
const STATE_FORMS = /^(?:republic|kingdom|principality|commonwealth|duchy|emirates?|sultanate|states?)$/;
function ofOrigin(runs: Run[]): void {
  for (let x = 0; x < runs.length; x++) {
    const r = runs[x]!;
    const [w, of, ...place] = r.tokens;
    if (r.kind !== "ORG" || !w || of?.text !== "of" || !place.length || !/^\p{Lu}\p{Ll}+$/u.test(w.text)) continue;
    const lw = low(w.text);
    if (ORG_HEADS.has(lw) || PLACE_HEADS.has(lw) || STATE_FORMS.test(lw) || isCommonNoun(lw) || TITLES.has(lw) || HONORIFICS.has(lw) || !PLACES.has(place.map((t) => low(t.text)).join(" "))) continue;
    if (w.end !== of.start - 1 || of.end !== place[0]!.start - 1) continue;
    runs.splice(x, 1, { tokens: [w], kind: "ORG" }, { tokens: place, kind: "LOC" });
    x++;
  }
}

/**
 * "Spanish first division team Deportivo Coruna", "Deportivo chairman Augusto Lendoiro", "his
 * Saracens side": a club's name has a surname's shape, and where the tagger read one as a
 * person's, the person finder leaves it out for the club's noun before it or the squad's after it
 * (people/clubs.ts), and nothing took it in: it is the club, an organisation. So is every other
 * name the tagger read as a person's, nobody's in the end, that is the same words or opens on the
 * club's first word ("Deportivo started strongly", "Deportivo Coruna" beside "Deportivo
 * chairman"). Not a known place or a demonym ("Texas manager", "Brazilian striker"). Pushes the
 * clubs onto `kept` (unsorted); true when it added one.
 */
function clubsReadAsPeople(text: string, tokens: readonly Token[], spans: readonly TaggedSpan[], kept: Run[], personChars: Uint8Array): boolean {
  const nobody: Token[][] = [];
  for (const s of spans) {
    if (s.type !== "PER") continue;
    let first = s.first;
    // (a sentence's opening conjunction the tagger ran in: "But Deportivo were unable")
    while (first < s.last && tokens[first]!.sentenceStart && FUNCTION_WORDS.has(low(tokens[first]!.text))) first++;
    const ts = tokens.slice(first, s.last + 1);
    if (ts.some((t) => personChars[t.start] || DEMONYM.has(low(t.text))) || PLACES.has(ts.map((t) => low(t.text)).join(" "))) continue;
    nobody.push(ts);
  }
  if (!nobody.length) return false;
  const clubs = new Set<string>();
  for (const ts of nobody) if (clubCue(text, ts[0]!.start, ts[ts.length - 1]!.end)) clubs.add(ts.map((t) => t.text).join(" ")).add(ts[0]!.text);
  if (!clubs.size) return false;
  let added = false;
  for (const ts of nobody) {
    if (!clubs.has(ts.map((t) => t.text).join(" ")) && !clubs.has(ts[0]!.text)) continue;
    if (kept.some((r) => r.tokens[0]!.start < ts[ts.length - 1]!.end && ts[0]!.start < r.tokens[r.tokens.length - 1]!.end)) continue;
    kept.push({ tokens: ts, kind: "ORG" });
    added = true;
  }
  return added;
}

/** Puts `add` into `kept` (in place, in text order) instead of every run that overlaps one of
 *  them, or that `drop` names: the tagger's reading there gives way to a rule's. */
function replaceRuns(kept: Run[], add: readonly Run[], drop: (r: Run) => boolean = () => false): void {
  const overlaps = (r: Run) => add.some((a) => a.tokens[0]!.start < r.tokens[r.tokens.length - 1]!.end && r.tokens[0]!.start < a.tokens[a.tokens.length - 1]!.end);
  let w = 0;
  for (const r of kept) if (!drop(r) && !overlaps(r)) kept[w++] = r;
  kept.length = w;
  kept.push(...add);
  kept.sort((a, b) => a.tokens[0]!.start - b.tokens[0]!.start);
}

/**
 * "Mladost (L) 2 Cukaricki 1", "Buducnost (V) 4 2 0 2 4 5 6": results and standings tell two clubs
 * of one name apart by their town's initials in brackets, which belong to the club's name (the
 * tagger took the name alone, and an initial of two letters for a firm's acronym). A capitalised
 * word, then one or two capitals in brackets, then a number, is such a club, an
 * organisation, whether or not the tagger saw a name there (unless it is a person's name, when the
 * initials alone are no organisation either). Changes `kept` in place.
 */
function clubInitials(text: string, tokens: readonly Token[], kept: Run[], personChars: Uint8Array): void {
  const clubs: Run[] = [];
  const initials = new Set<Token>();
  for (let k = 1; k + 3 < tokens.length; k++) {
    if (tokens[k]!.text !== "(" || tokens[k + 2]!.text !== ")" || !/^\p{Lu}{1,2}$/u.test(tokens[k + 1]!.text)) continue;
    const name = tokens[k - 1]!;
    const after = tokens[k + 3]!;
    if (!isEntityWord(name) || text.slice(name.end, tokens[k]!.start) !== " ") continue;
    if (tokens[k + 1]!.start !== tokens[k]!.end || tokens[k + 2]!.start !== tokens[k + 1]!.end || text.slice(tokens[k + 2]!.end, after.start) !== " " || !/^\d+$/.test(after.text)) continue;
    // (a person's name before them, as the recogniser reads some clubs: the initials alone are none)
    if (personChars[name.start]) {
      initials.add(tokens[k + 1]!);
      continue;
    }
    const own = kept.find((r) => r.tokens[r.tokens.length - 1] === name);
    // (an acronym defined after its expansion is no town's: "Diatomaceous Earth (DE)")
    if (own && own.tokens.map((t) => t.text[0]).join("") === tokens[k + 1]!.text) continue;
    // (a known place the tagger read as no club keeps its place: "Florida (R) 29" of an election)
    if (own?.kind !== "ORG" && PLACES.has(low(name.text))) continue;
    clubs.push({ tokens: [...(own ? own.tokens : [name]), tokens[k]!, tokens[k + 1]!, tokens[k + 2]!], kind: "ORG" });
  }
  if (!clubs.length && !initials.size) return;
  replaceRuns(kept, clubs, (r) => r.tokens.length === 1 && initials.has(r.tokens[0]!));
}

/**
 * "2. Tom Avery (U.S.), Lola Ford Cosworth, 54.483", "9. Martin Hale (Britain) Jordan 1:55.385": in
 * a results line, the capitalised words after a competitor's name and country in brackets, up to
 * a comma or a time, name the competitor's team, an organisation, even when they are a country's
 * or a person's name to the tagger ("Jordan", "Reynard Honda"). Changes `kept` in place. (Fitted
 * on CoNLL-2003 train: a line without commas names a car, "Toyota Celica", where it has two words.)
 */
function resultTeams(text: string, tokens: readonly Token[], kept: Run[], personChars: Uint8Array): void {
  const teams: Run[] = [];
  for (let k = 2; k + 1 < tokens.length; k++) {
    if (tokens[k]!.text !== "(" || !personChars[tokens[k - 1]!.start]) continue;
    let c = k + 1;
    while (c < tokens.length && c <= k + 4 && tokens[c]!.text !== ")") c++;
    if (tokens[c]?.text !== ")" || c === k + 1) continue;
    const country = tokens.slice(k + 1, c);
    if (!(PLACES.has(country.map((t) => low(t.text)).join(" ")) || (country.length === 1 && PLACE_ACRONYMS.has(country[0]!.text)))) continue;
    let a = c + 1;
    if (tokens[a]?.text === ",") a++;
    let b = a;
    while (b < tokens.length && b < a + 4 && isEntityWord(tokens[b]!) && !personChars[tokens[b]!.start] && !tokens[b]!.afterBreak && (b === a || text.slice(tokens[b - 1]!.end, tokens[b]!.start) === " ")) b++;
    const end = tokens[b];
    if (b === a || !end) continue;
    // (without commas, only one word: two are a car's make and model, "Toyota Celica 2:09"; and a
    // date after it is a record's venue, "Berlin 17.8.90")
    if (end.text !== "," && (tokens[a - 1]!.text === "," || b > a + 1 || !/^\d/.test(end.text) || /^\d+\.\d+\.\d+$/.test(end.text) || text.slice(tokens[b - 1]!.end, end.start) !== " ")) continue;
    teams.push({ tokens: tokens.slice(a, b), kind: "ORG" });
    k = b - 1;
  }
  if (!teams.length) return;
  replaceRuns(kept, teams);
}

/** An apostrophe or "'s" written onto the word before it. */
const possessiveAt = (tokens: readonly Token[], k: number): boolean => {
  const t = tokens[k];
  return !!t && k > 0 && /^['’]s?$/.test(t.text) && tokens[k - 1]!.end === t.start;
};

/**
 * "Boatmen's Bancshares Inc.", "the Lay Volunteers' International Organisation": a firm named in
 * the possessive. A possessive that the text also writes standing alone, a noun's place with no
 * noun after it ("Boatmen's was the prize", "a bid for Boatmen's.", "rated A2 - Moody's."), is a
 * name, not an owner's mark (not before a comma: "dementia and Alzheimer's, …" is a disease's).
 * Then the tagger's organisation right after it, cut at the possessive ("Bancshares Inc."),
 * takes it in, and each "X's" outside a longer name is that firm's short form, "'s" and all,
 * whatever the tagger made of the bare word ("Moody's" beside "Moody's Investors Service",
 * "Lloyd's" beside "Lloyd's of London"). X is capitalised and no known place, demonym, day,
 * organisation head or person: "Sydney's Daily Telegraph", "Sunday's New York Times" and
 * "AMR Corp's American Airlines" stay apart. Changes `kept` in place.
 */
function possessiveFirms(text: string, tokens: readonly Token[], kept: Run[], personChars: Uint8Array): void {
  const at = (t: Token) => indexIn(tokens as Token[], t);
  const lineOf = (t: Token) => text.lastIndexOf("\n", t.start);
  // where the owner's words and a possessive are written (token index of the first word)
  const written = (words: string[]) => {
    const out: number[] = [];
    for (let k = 0; k + words.length < tokens.length; k++) if (words.every((w, i) => tokens[k + i]!.text === w) && possessiveAt(tokens, k + words.length)) out.push(k);
    return out;
  };
  const alone = (words: string[]) =>
    written(words).some((k) => {
      const next = tokens[k + words.length + 1];
      return !next || (next.kind !== "word" && !/^[(&,]$/.test(next.text)) || AFTER_THE_ORG.test(next.text);
    });
  const owners = new Map<string, string[]>();
  const bareOwner = (owner: readonly Token[]) => !owner.some((t) => PLACES.has(low(t.text)) || DEMONYM.has(low(t.text)) || MONTHS_DAYS.has(low(t.text)) || PLACE_ACRONYMS.has(t.text) || ORG_HEADS.has(low(t.text)) || personChars[t.start]) && !PLACES.has(owner.map((t) => low(t.text)).join(" "));
  for (let x = 0; x < kept.length; x++) {
    const r = kept[x]!;
    if (r.kind !== "ORG") continue;
    const k0 = at(r.tokens[0]!);
    // a name already holding its possessive ("Moody's Investors Service", "Lloyd's of London")
    const inner = r.tokens.findIndex((t, i) => i > 0 && i < r.tokens.length - 1 && possessiveAt(tokens, at(t)));
    if (inner > 0) {
      const owner = r.tokens.slice(0, inner);
      const words = owner.map((t) => t.text);
      if (bareOwner(owner) && alone(words)) owners.set(words.join(" "), words);
      continue;
    }
    if (!ORG_HEADS.has(low(r.tokens[r.tokens.length - 1]!.text)) || !possessiveAt(tokens, k0 - 1) || tokens[k0 - 1]!.end + 1 !== r.tokens[0]!.start) continue;
    let j = k0 - 2;
    while (j >= 0 && isEntityWord(tokens[j]!) && !FUNCTION_WORDS.has(low(tokens[j]!.text)) && lineOf(tokens[j]!) === lineOf(r.tokens[0]!) && (j === k0 - 2 || (tokens[j]!.end + 1 === tokens[j + 1]!.start && !tokens[j + 1]!.sentenceStart))) j--;
    const owner = tokens.slice(j + 1, k0 - 1);
    const words = owner.map((t) => t.text);
    if (!owner.length || !bareOwner(owner) || !alone(words)) continue;
    kept[x] = { tokens: [...owner, tokens[k0 - 1]!, ...r.tokens], kind: "ORG" };
    owners.set(words.join(" "), words);
    // (what the tagger made of the owner's words alone gives way)
    for (let y = x - 1; y >= 0 && kept[y]!.tokens[0]!.start >= owner[0]!.start; y--) kept[y] = { tokens: [], kind: null };
  }
  if (!owners.size) return;
  // the possessive alone: each written "X's" outside a longer name
  const inLonger = new Uint8Array(tokens.length + 1);
  for (const r of kept) if (r.tokens.some((t, i) => i < r.tokens.length - 1 && possessiveAt(tokens, at(t)))) inLonger.fill(1, at(r.tokens[0]!), at(r.tokens[r.tokens.length - 1]!) + 1);
  const add: Run[] = [];
  for (const words of owners.values()) for (const k of written(words)) if (!inLonger[k] && !personChars[tokens[k]!.start]) add.push({ tokens: tokens.slice(k, k + words.length + 1), kind: "ORG" });
  // (what the tagger made of the bare words there gives way)
  replaceRuns(kept, add, (r) => !r.tokens.length);
}

/**
 * A word in a photo credit's chain of sources, "MIKHAIL KLIMENTYEV/Sputnik/AFP via Getty Images":
 * words joined by slashes without spaces, three or more of them or followed by "via". Such a
 * chain names the photographer and the agencies, never a place (the tagger, which never saw a
 * credit in CoNLL-2003, read "Sputnik" between two slashes as one).
 */
function creditAgency(text: string, tokens: Token[], k: number): boolean {
  const slash = (j: number) => tokens[j]?.text === "/" && tokens[j - 1]!.end === tokens[j]!.start && tokens[j + 1]?.start === tokens[j]!.end;
  let a = k;
  while (a >= 2 && slash(a - 1)) a -= 2;
  let z = k;
  while (slash(z + 1) && tokens[z + 2]?.kind === "word") z += 2;
  if (a === z) return false;
  return (z - a) / 2 + 1 >= 3 || tokens[z + 1]?.text.toLowerCase() === "via";
}

/**
 * A lone word read as a place that no place list knows and that the text also writes in lower
 * case is a common word: "the New START treaty" beside "a new treaty".
 */
function commonPlace(r: Run, lowerWords: { has(w: string): boolean }): boolean {
  if (r.kind !== "LOC") return false;
  // nor is a name ending on an acronym that names no place: "the New START treaty"
  const tail = r.tokens[r.tokens.length - 1]!.text;
  // (after a word not in capitals: "NEW YORK" is a headline's capitals)
  if (r.tokens.length > 1 && isAcronym(tail) && !PLACE_ACRONYMS.has(tail) && !isAllCaps(r.tokens[r.tokens.length - 2]!.text)) return true;
  if (r.tokens.length > 1) return false;
  const t = r.tokens[0]!;
  const l = low(t.text);
  if (PLACES.has(l) || isAcronym(t.text)) return false;
  return lowerWords.has(l);
}

/**
 * A name of two words or more read as a place, that no list knows as a whole or by any of its
 * words, and that ends on a common noun naming no kind of place, is a heading's or a product's
 * noun phrase: "a certificate in Product Management", "Limited Features in Free Version", "in
 * Filter Objects". The tagger learnt that a capitalised phrase after "in" is a place from news,
 * where it nearly always is; a place no list knows ends on its kind ("Chisholm Creek", "White
 * Oak Bayou" end on words of PLACE_HEADS or proper nouns).
 */
function nounPhrasePlace(r: Run): boolean {
  if (r.kind !== "LOC" || r.tokens.length < 2) return false;
  const wordTokens = r.tokens.filter((t) => t.kind === "word");
  const words = wordTokens.map((t) => low(t.text));
  const head = words[words.length - 1]!;
  if (!isCommonNoun(head)) return false;
  // (any kind of place in it, "Mount Prospect", "Monterey Bay Aquarium"; any known place in it,
  // "Las Vegas Strip", "U.S. Embassy", "San Francisco Bay Area")
  for (const w of words) if (placeKind(w)) return false;
  if (wordTokens.some((t) => PLACE_ACRONYMS.has(t.text))) return false;
  for (let a = 0; a < words.length; a++) {
    for (let b = a + 1; b <= words.length; b++) {
      const part = words.slice(a, b).join(" ");
      if (PLACES.has(part) || PLACES.has(bare(part)) || inGazetteer(part)) return false;
    }
  }
  return true;
}
/** Nouns that end the name of a place a reader can go to, beside the land's (PLACE_HEADS). */
const PLACE_KINDS = new Set(
  `area point belt strip waters circle end plain stream line isle bottom park garden bridge tower
  building hall museum gallery centre center station airport port harbour harbor pier dock prison
  jail stadium arena palace castle fort cathedral church chapel abbey mosque temple shrine hotel
  lodge resort inn farm ranch zoo mall plaza market camp base house court theatre theater cemetery
  monument memorial field course creek brook bayou pond lake forest wood woods springs well gate cape
  reef glacier volcano marsh swamp canyon ridge pass trail highway freeway boulevard lane drive way
  terrace crescent quarter hospital school college university aquarium library embassy consulate
  room wing office haven downtown bowl walk ft mt`.split(/\s+/),
);
/** A word naming a kind of place, singular or plural ("Quad Cities", "Happy Isles"). */
function placeKind(w: string): boolean {
  const one = w.endsWith("ies") ? w.slice(0, -3) + "y" : w.endsWith("s") ? w.slice(0, -1) : w;
  return PLACE_HEADS.has(w) || PLACE_HEADS.has(one) || PLACE_KINDS.has(w) || PLACE_KINDS.has(one);
}

/**
 * A lone word read as an organisation that no list knows, and that the text writes in lower case
 * at least as often as capitalised inside a sentence, is a common word capitalised by headings,
 * tables and lists: "Step 1:" beside "the next step", "Best for businesses" beside "the best
 * platform", "Easy run". A firm named by a common word is on the known list ("Square", "Shell")
 * or named with its head ("Shell Oil"); a brand a writer sometimes types in lower case
 * ("tailscale network") is capitalised more often mid-sentence. Only the word alone counts as
 * capitalised use: in "YouTube Live" it is part of another name. The common nouns' lexicon was
 * measured as the test instead and lost 18 of CoNLL-2003 valid's real organisations (sports
 * teams "Reds", "Braves", "Bath"; "Commerce"), where the text's own usage lost none.
 */
/**
 * A name of two words or more read as an organisation, that no list knows, with no word that
 * heads organisations' names and every other word a common noun, is a heading's, a field's or a
 * product line's noun phrase when it ends on a plural ("Marketing Agencies", "Health Plans",
 * "Dynamic Tables") or stands alone on its line ("Thought Leadership", "Pros & Cons", "Take
 * Breaks"). A firm named by common nouns ends on a singular and is named in sentences ("State
 * Farm", "Red Hat"); the few named by a plural ("Varsity Tutors") are the price.
 */
function nounPhraseOrganisation(text: string, r: Run): boolean {
  if (r.kind !== "ORG" || r.tokens.length < 2) return false;
  const words = r.tokens.filter((t) => t.kind === "word").map((t) => low(t.text));
  if (ORGS.has(words.join(" "))) return false;
  const content = words.filter((w) => !FUNCTION_WORDS.has(w));
  if (content.length < 2) return false;
  for (const w of content) if (ORG_HEADS.has(w) || !isCommonNoun(w) || PLACES.has(w)) return false;
  const last = content[content.length - 1]!;
  if (last.length > 3 && last.endsWith("s") && !last.endsWith("ss")) return true;
  const a = r.tokens[0]!.start;
  const z = r.tokens[r.tokens.length - 1]!.end;
  const from = text.lastIndexOf("\n", a - 1) + 1;
  let to = text.indexOf("\n", z);
  if (to < 0) to = text.length;
  return /^[\s\d.#:)*•-]*$/.test(text.slice(from, a)) && /^[\s:.?!]*$/.test(text.slice(z, to));
}

/** A capitalised title word or its abbreviation ("Senator", "Sen.", "Gov.") at k. */
function titleAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && t.kind === "word" && isCapitalised(t.text) && TITLES.has(low(t.text));
}

/** The word at k is one of a run of capitalised words ("YouTube Live"), not a word alone. */
function inName(tokens: readonly Token[], k: number): boolean {
  const a = tokens[k - 1];
  const b = tokens[k + 1];
  const t = tokens[k]!;
  return (!!a && a.kind === "word" && a.end + 1 === t.start && isCapitalised(a.text)) || (!!b && b.kind === "word" && t.end + 1 === b.start && isCapitalised(b.text));
}

/** `counted` holds this text's verdict per word: a name the tagger reads as a firm at each of its
 *  uses would otherwise scan every token once per use (quadratic on a long page). */
function commonOrganisation(r: Run, lowerWords: { has(w: string): boolean }, tokens: readonly Token[], counted: Map<string, boolean>): boolean {
  if (r.kind !== "ORG" || r.tokens.length > 1) return false;
  const w = r.tokens[0]!.text;
  if (isAllCaps(w) || isAcronym(w)) return false;
  const l = low(w);
  if (ORGS.has(l) || !lowerWords.has(l)) return false;
  const known = counted.get(w);
  if (known !== undefined) return known;
  let lower = 0;
  let inside = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" || t.text.length !== w.length) continue;
    if (t.text === l) lower++;
    else if (t.text === w && !t.sentenceStart && !t.afterBreak && !inName(tokens, k)) inside++;
  }
  counted.set(w, lower >= inside);
  return lower >= inside;
}

/** Trims a raw run and decides whether it is an organisation or a place (null: neither). */
function classify(text: string, all: Token[], raw: Token[], capsLine: boolean): Run | null {
  let ts = raw;
  // peel function words, months and honorifics off the front ("The", "In", "On Monday")
  while (ts.length && (FUNCTION_WORDS.has(low(ts[0]!.text)) || MONTHS_DAYS.has(low(ts[0]!.text)) || HONORIFICS.has(low(ts[0]!.text)))) ts = ts.slice(1);
  // titles off the back: "FBI Director" is a role whose organisation is "FBI"
  while (ts.length > 1 && TITLES.has(low(ts[ts.length - 1]!.text)) && !ORG_HEADS.has(low(ts[ts.length - 1]!.text))) ts = ts.slice(0, -1);
  // connectors never end a name
  while (ts.length && !isEntityWord(ts[ts.length - 1]!)) ts = ts.slice(0, -1);
  if (!ts.length) return null;
  const words = ts.map((t) => t.text);
  const name = words.map(titleCase).join(" ").replace(/ & /g, " & ");
  const key = name.toLowerCase();
  const last = low(words[words.length - 1]!);
  const first = ts[0]!;
  const single = ts.length === 1;
  if (PLACES.has(key) || PLACES.has(bare(key))) return { tokens: ts, kind: "LOC" };
  if (single && PLACE_ACRONYMS.has(words[0]!)) return { tokens: ts, kind: "LOC" };
  if (capsLine && words.every((w) => isAllCaps(w))) {
    // a headline or credit: only names a list knows
    return ORGS.has(key) ? { tokens: ts, kind: "ORG" } : null;
  }
  if (single && (DEMONYM.has(key) || TITLES.has(key))) return null;
  if (ORGS.has(key)) return { tokens: ts, kind: "ORG" };
  if (ORG_HEADS.has(last) && !(single && first.sentenceStart)) {
    // "Party" or "Office" alone is a common noun that happens to be capitalised
    if (single && !/^(?:senate|congress|parliament|kremlin|pentagon)$/i.test(last) && !isAcronym(words[0]!)) return null;
    return { tokens: ts, kind: "ORG" };
  }
  if (PLACE_HEADS.has(last) && !single) return { tokens: ts, kind: "LOC" };
  if (single && isAcronym(words[0]!) && !NON_ENTITY_ACRONYMS.has(words[0]!) && !NON_ENTITY_ACRONYMS.has(bare(words[0]!))) return { tokens: ts, kind: "ORG" };
  // "the Kremlin said", "the Pentagon's": a named institution acting
  const k = indexIn(all, first);
  const before = all[k - 1];
  const after = all[indexIn(all, ts[ts.length - 1]!) + 1];
  if (single && before?.text.toLowerCase() === "the" && !first.sentenceStart && after && (after.kind !== "word" || AFTER_THE_ORG.test(after.text))) {
    if (!DEMONYM.has(key) && !FUNCTION_WORDS.has(key)) return { tokens: ts, kind: "ORG" };
  }
  return null;
}

/** An organisation's forms that the text shows to name a thing: an acronym it uses as a noun
 *  ("two GPUs"), a guide's heading ("Best Mirrorless Cameras"). */
function thingNamed(text: string, forms: string[]): boolean {
  return forms.every((f) => acronymAsNoun(text, f)) || headingName(forms);
}

/** "Washington, D.C.", "Portland, Oregon": a city of the lexicon and its state or district are one
 *  place. (A smaller town stays two places, "Pompano Beach" and "Florida": taking any name on a
 *  place's head word, "Grace Road, Leicestershire", cost CoNLL-2003 valid a place and a firm.) */
function extendPlace(text: string, tokens: Token[], run: Run): Run {
  if (run.kind !== "LOC") return run;
  const lastTok = run.tokens[run.tokens.length - 1]!;
  const k = indexIn(tokens, lastTok);
  const comma = tokens[k + 1];
  const next = tokens[k + 2];
  if (!comma || comma.text !== "," || !next || text.slice(comma.end, next.start) !== " ") return run;
  // (whole names of the lists: a substring test took "New" of "New York" for a region, so a list
  // of cities read "London, New" as one place; a dateline's city in capitals stays apart, as the
  // news data marks it: "MILWAUKEE, Wisconsin")
  const after = tokens[k + 3];
  const nameGoesOn = !!after && text.slice(next.end, after.start) === " " && isCapitalised(after.text);
  if (next.text === "D.C." || (isRegion(next.text.toLowerCase()) && isCapitalised(next.text) && !nameGoesOn && !isAllCaps(lastTok.text) && isCity(run.tokens.map((t) => t.text).join(" ").toLowerCase())))
    return { ...run, tokens: [...run.tokens, comma, next] };
  return run;
}

interface Group {
  kind: Kind;
  forms: Map<string, number>;
  mentions: Span[];
  key: string;
}

/** Organisation heads that name some of a body's members, not the body: "Senate Republicans". */
const MEMBERS = new Set(["republicans", "democrats", "images"]);
// (s.toLowerCase().replace(/^the /, "").replace(/\./g, "").replace(/[’']s$/, ""), each step
// only where it changes something: three regex replaces per entity use cost more than the rest)
const normKey = (s: string) => {
  let k = s.toLowerCase();
  if (k.startsWith("the ")) k = k.slice(4);
  if (k.includes(".")) k = k.replaceAll(".", "");
  const n = k.length;
  if (n >= 2 && k.charCodeAt(n - 1) === 115 && (k.charCodeAt(n - 2) === 0x2019 || k.charCodeAt(n - 2) === 39)) k = k.slice(0, -2);
  return k;
};

/** Organisations and places in `text`; `people` keeps person mentions out. */
export function findEntities(text: string, people: readonly Person[], tokens: Token[] = tokenize(text)): Entities {
  const runs: Run[] = [];
  let reach = -1;
  const unnamed = unnamedSpeakers(text);
  for (const r of taggedRuns(text, tokens, people)) {
    if (r.tokens[0]!.start < reach) continue; // already inside "Washington, D.C."
    if (unnamed.some((s) => r.tokens[0]!.start < s.end && r.tokens[r.tokens.length - 1]!.end > s.start)) continue;
    const x = extendPlace(text, tokens, r);
    reach = x.tokens[x.tokens.length - 1]!.end;
    runs.push(x);
  }
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const add = (g: Group, surface: string, span: Span) => {
    g.mentions.push(span);
    g.forms.set(surface, (g.forms.get(surface) ?? 0) + 1);
  };
  // acronyms defined in brackets right after their expansion
  const alias = new Map<string, string>();
  for (const r of runs) {
    const last = r.tokens[r.tokens.length - 1]!;
    const k = indexIn(tokens, last);
    const open = tokens[k + 1];
    const acr = tokens[k + 2];
    const close = tokens[k + 3];
    if (open?.text === "(" && acr && close?.text === ")" && isAcronym(acr.text)) {
      const initials = r.tokens.filter((t) => isCapitalised(t.text) && !FUNCTION_WORDS.has(low(t.text))).map((t) => t.text[0]).join("");
      if (initials === bare(acr.text).replace(/s$/, "")) alias.set(normKey(acr.text), normKey(r.tokens.map((t) => t.text).join(" ")));
    }
  }
  const spanOf = (r: Run): Span => {
    const last = r.tokens[r.tokens.length - 1]!;
    // "Lear Corp." closing a sentence: the period is the sentence's; and so is one after initials
    // joined by "&", which write none ("rated AA+ by S&P.": ampersandNames)
    return { start: r.tokens[0]!.start, end: last.end - (ampPeriod(r) || periodEndsSentence(tokens, indexIn(tokens, last)) ? 1 : 0) };
  };
  // longest names first, so a lone word can join the longer name it starts
  const order = [...runs].sort((a, b) => b.tokens.length - a.tokens.length || a.tokens[0]!.start - b.tokens[0]!.start);
  for (const r of order) {
    const span = spanOf(r);
    // spaced as written: "Medical Center’s Department", "Washington, D.C."
    let surface = r.tokens.map((t, i) => (i && t.start > r.tokens[i - 1]!.end ? " " : "") + titleCase(t.text)).join("");
    if (ampPeriod(r)) surface = surface.slice(0, -1);
    let key = normKey(text.slice(span.start, span.end).replace(/\s+/g, " "));
    key = alias.get(key) ?? key;
    // a lone "All", "Your" or "How" (a menu's, a heading's) is neither a name nor the short form
    // of "Your Insurance Company"; capitals ("US", "WHO") may be either
    if (r.tokens.length === 1 && FUNCTION_WORDS.has(low(r.tokens[0]!.text)) && !isAllCaps(r.tokens[0]!.text)) continue;
    // one name may be both kinds in one text, each mention as the tagger read it: "Chicago" the
    // team in a results table and the city in a schedule
    let g = byKey.get(`${r.kind}:${key}`);
    if (!g && r.tokens.length === 1 && (r.kind !== "LOC" || !PLACES.has(key))) {
      // "Rossiya" after "Rossiya TV": the lone first word of a longer organisation name, when
      // all the longer name adds is what names an organisation ("TV", "Pharmaceuticals
      // International"); "Google" is not the short form of "Google Merchant Center", nor "HR"
      // of "HR Consulting Firm", nor "Senate" of "Senate Republicans" (its members)
      g = groups.find((x) => x.kind === "ORG" && x.key.startsWith(key + " ") && x.key.slice(key.length + 1).split(" ").every((w) => ORG_HEADS.has(w) && !MEMBERS.has(w)));
    }
    // "Boatmen's" after "Boatmen's Bancshares Inc.": a firm's possessive alone (possessiveFirms)
    if (!g && r.tokens.length > 1 && possessiveAt(tokens, indexIn(tokens, r.tokens[r.tokens.length - 1]!))) {
      const own = text.slice(span.start, span.end).toLowerCase().replace(/’/g, "'").replace(/\./g, "") + " ";
      g = groups.find((x) => x.kind === "ORG" && x.key.replace(/’/g, "'").startsWith(own));
    }
    if (!g && !r.kind) continue;
    if (!g) {
      g = { kind: r.kind!, forms: new Map(), mentions: [], key };
      groups.push(g);
      byKey.set(`${r.kind}:${key}`, g);
    }
    add(g, surface, span);
  }
  const build = (kind: Kind, prefix: string): Entity[] =>
    groups
      .filter((g) => g.kind === kind && !(kind === "ORG" && thingNamed(text, [...g.forms.keys()])))
      .map((g) => ({ g, ms: g.mentions.sort((a, b) => a.start - b.start) }))
      .sort((a, b) => a.ms[0]!.start - b.ms[0]!.start)
      .map(({ g, ms }, i) => {
        const forms = [...g.forms.keys()];
        // the fullest form; among equals, the most used
        const name = forms.reduce((best, f) => (f.length > best.length ? f : best), forms[0]!);
        let description: string | null = null;
        for (const m of ms) if ((description = describeAfter(text, m.end))) break;
        return { id: `${prefix}${i + 1}`, name, aliases: forms.includes(name) ? [name, ...forms.filter((f) => f !== name)] : forms, description, mentions: ms };
      });
  return { organizations: build("ORG", "o"), places: build("LOC", "l") };
}
