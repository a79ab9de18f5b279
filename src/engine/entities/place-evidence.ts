/**
 * Which one-word places the tagger reads need the sentence to vouch for them.
 *
 * The tagger learnt places from 1996 Reuters news, where a capitalised word after "in" is nearly
 * always a town. On the rest of the web it reads "GPU", "Zepbound", "Solution", "Sen." and
 * "Duolingo" as places too, and a reader sees them painted as such. A one-word place that no list
 * knows (the engine's countries, capitals and regions, GEONAMES' cities of 100,000+, world regions,
 * AP state abbreviations) stays a place only when one of its mentions reads like one:
 *  - a locative word before it, alone or over the words of a noun phrase (determiners,
 *    adjectives, place modifiers; not a verb: "to use Python"): "in Arbil", "outside the Barvikha
 *    sanatorium", "into the Midwest", "in picturesque Monterey", "the southern Mindanao island";
 *    "to" not after a word of reference ("according to Gartner", "set to None"); "of" only after a
 *    kind of place or a person's age ("the town of Arbil", "Jerome Arthur, 98, of Mamaroneck").
 *    Such a preposition is a vote, not a verdict: the name's mentions that read as a program's or
 *    a firm's ("Python 3.12", "an Epson", "Amazon, Adobe, PayPal", "At Binariks, we help") vote
 *    against it, and it stays a place only with more votes for;
 *  - a kind of place after it: "Jiangsu province", "the Pamir mountains";
 *  - a known place beside it: "Wuxi, Jiangsu", "Jacksonville, Fla.", "Breisach, Kehl and Freiburg";
 *  - a dateline: "PARAMARIBO, Surinam 1996-08-30", "TOFTIR (Reuters) -";
 *  - "the" before a compass point: "the South", "the Northeast".
 * A short acronym ("CRWD", "RAM"), a known organisation, a common noun ("Heat", "Chrome") or a
 * product's spelling ("Node.js", "iPhone", "CS50") does not count as vouched by a preposition
 * ("in RAM", "at Amazon", "in Chrome"), only by a known place beside it. Measured on CoNLL-2003 valid
 * (LOC exact spans): tp/fp/fn 1748/85/89 → 1740/76/97 (F1 .9526 both); on the 1,924 WCXB dev and
 * PolNeAR texts, 2,377 place mentions fewer, nearly all of them software, brands, products and
 * words of a heading. The votes and the narrower "of": CoNLL valid 1747/73/90 → 1747/71/90 (even
 * documents F1 .9568 → .9573, odd .9536 → .9542), and on those 1,924 texts about 250 mentions
 * fewer ("Python", "Epson", "Instagram", "At Yeti, we", "a fan of Moundabout"), a handful of them
 * real ("Most of Napa").
 *
 * A word that opens an organisation's name in the same text ("Amazon Web Services", "Rust
 * Foundation", "Substack Notes") is no place by a preposition; it was let through unchecked as
 * the short form grouping joins to the organisation, which it is only when the rest of the name
 * just says "organisation" ("Stanford University"). CoNLL valid LOC 1747/71/90 → 1747/70/90 (odd
 * F1 .9542 → .9548, even .9573 both), train unchanged; on the 299 WCXB dev pages with such a place,
 * 4897 → 4711 place mentions ("Webflow", "Amazon", "Rust", "Substack"; 4 of them real).
 */
import { ORG_HEADS } from "../lexicon/entity-words";
import { GAZETTEER } from "../lexicon/gazetteer";
import { FUNCTION_WORDS } from "../lexicon/words";
import { isCommonNoun } from "../people/common-nouns";
import { lower } from "../people/name-words";
import { isAllCaps, isCapitalised, type Token } from "../people/tokens";

/** A tagged name: its tokens and its class. */
export interface PlaceRun {
  tokens: Token[];
  kind: string | null;
}

/** What entities.ts knows of a word as written. */
export interface PlaceWords {
  /** One of the engine's own places: countries, capitals, regions, landmarks, place acronyms. */
  known(w: string): boolean;
  /** A known organisation ("Amazon" is no place "at Amazon"). */
  organisation(w: string): boolean;
  acronym(w: string): boolean;
}

let gazetteer: Set<string> | null = null;
/** A place every reader knows (lower case, a last period dropped). */
export const inGazetteer = (lw: string): boolean => (gazetteer ??= new Set(GAZETTEER.split("|"))).has(lw);

/** Words before a place that say it is one (over at most two lower-case words: "in the lower"). */
const LOCATIVE = new Set("in at from near across throughout outside inside around into toward towards through within to via off between of".split(" "));
/**
 * Words before "to" that make it no direction but part of a phrase of reference, likeness or
 * setting ("according to Gartner", "similar to Amazon", "set to None", "compared to their White
 * peers", "uploaded to Spotify"). General English, not a list of the names they came before.
 */
const NOT_TOWARDS = /^(?:according|similar|compared|comparable|set|due|thanks|prior|related|relative|equal|equivalent|subscribe|subscribed|listen|listening|connect|connected|belongs?|applies|apply|switch|switched|upgrade|upgraded|add|added|posted|uploaded|published)$/i;
/**
 * The only lower-case words a locative word reaches a place over ("into the Midwest", "between the
 * two Balkan neighbours"): the words of a noun phrase before its name. A verb ("to use Python"), a
 * noun ("in size after Boatmen's") or a comparison ("lower than White adolescents") ends the
 * phrase, and the preposition is no longer the name's.
 */
const DETERMINER = /^(?:the|a|an|this|that|these|those|our|their|its|his|her|my|your|all|both|each|every|much|most|other|two|three|four)$/;
/** An adjective by its ending ("picturesque Monterey", "historic Aleppo", "coastal Zeeland"). */
const ADJECTIVE = /^\p{Ll}[\p{Ll}-]+(?:esque|ful|ous|ic|al|ive|ern|ian)$/u;
/** A lower-case word right before a place that says it is one ("southern Mindanao"). */
const PLACE_MODIFIER = /^(?:nearby|neighbou?ring|capital|(?:south|north)?(?:southern|northern|eastern|western)|south-eastern|north-eastern|south-western|north-western|central|lower|upper|downtown|suburban|rural)$/;
/** A lower-case noun right after a place that names its kind ("Jiangsu province"). */
const PLACE_KIND = /^(?:province|region|mountains?|islands?|village|state|district|county|area|valley|border|coast|city|town|sanatorium|mosque|church|cathedral|temple|shrine|monastery|peninsula|strait|desert|basin|suburbs?|neighbou?rhood|prefecture|oblast|governorate|municipality|township|borough)$/;
/**
 * "of" says place after a kind of place ("the town of Arbil", "the battle of Borodino") or a
 * person's age ("Jerome Arthur, 98, of Mamaroneck"), and may before "the" and a name that ends
 * the phrase ("all of the Americas"); not after any other noun ("a fan of Moundabout", "the
 * founder of Amazon", "uses of Python").
 */
function ofPlace(tokens: readonly Token[], of: number, k: number): boolean | "locative" {
  const before = tokens[of - 1]?.text ?? "";
  if (OF_PLACE.test(before) || PLACE_KIND.test(before)) return true;
  if (before === "," && /^\d{1,3}$/.test(tokens[of - 2]?.text ?? "") && tokens[of - 3]?.text === ",") return true;
  const next = tokens[k + 1];
  if (k === of + 2 && tokens[of + 1]!.text === "the" && !(next?.kind === "word" && startsLower(next.text))) return "locative";
  return false;
}
/** A noun before "of" that makes the name after it a place ("the town of Arbil", "the battle of Borodino"). */
const OF_PLACE = /^(?:(?:home)?towns?|city|cities|villages|capital|port|isles?|outskirts|battle|streets|heart|cent(?:re|er)|north|south|east|west|north-?east|north-?west|south-?east|south-?west|residents|mayor|governor|people|parts?|shores?|banks?|ruins|gates|walls|soil|cuisine|wines|republic|most|much|rest|all|corner)$/;
/** What a dateline's place is followed by: "(Reuters)", a dash, a comma and its country, a date. */
const DATELINE_NEXT = /^(?:\(|—|–|-|,|\d)/;
/** A compass point that "the" makes a region ("the South"). */
const COMPASS = /^(?:north|south)?(?:east|west)$|^(?:north|south)$/;
/** A product's or a program's spelling: an inner capital, a digit, a dotted suffix. */
const PRODUCT_SPELLING = /\p{Ll}\p{Lu}|\d|\.\p{Ll}/u;

const startsLower = (w: string) => /^\p{Ll}/u.test(w);

/**
 * The keys (`keyOf`) of the one-word places in `runs` that stay unvouched: no list knows them and
 * none of their mentions reads like a place.
 */
export function unvouchedPlaces<R extends PlaceRun>(
  text: string,
  tokens: readonly Token[],
  runs: readonly R[],
  keyOf: (r: R) => string,
  indexOf: (t: Token) => number,
  words: PlaceWords,
): Set<string> {
  const knownPlace = (t: Token | undefined) => !!t && isCapitalised(t.text) && (words.known(t.text) || inGazetteer(lower(t.text)));
  const pending = new Set<string>();
  const vouched = new Set<string>();
  // a word that opens an organisation's name whose other words only say it is one is its short
  // form, which grouping joins to it ("Stanford" beside "Stanford University"); one that opens
  // any other organisation's name is no place by a preposition ("similar to Amazon's AWS" beside
  // "Amazon Web Services"), only by a dateline, a kind of place or a known place beside it
  // ("BOMBAY 1996-08-30" beside "Bombay Commodities"), or by "the" before it, which a firm's
  // name does not take ("the waters of the Amazon" beside "Amazon Affairs Department")
  const shortForm = new Set<string>();
  const opensOrg = new Set<string>();
  const orgTokens = new Set<number>();
  for (const r of runs) {
    if (r.kind !== "ORG") continue;
    for (const t of r.tokens) orgTokens.add(t.start);
    if (r.tokens.length < 2) continue;
    const rest = r.tokens.slice(1).filter((t) => t.kind === "word");
    (rest.every((t) => ORG_HEADS.has(lower(t.text).replace(/\.$/, ""))) ? shortForm : opensOrg).add(lower(r.tokens[0]!.text));
  }
  const orgAt = (t: Token) => orgTokens.has(t.start);
  // per name: mentions after a locative word against mentions in a program's or a firm's context
  const votes = new Map<string, number>();
  for (const r of runs) {
    if (r.kind !== "LOC" || r.tokens.length !== 1) continue;
    const t = r.tokens[0]!;
    if (words.known(t.text) || inGazetteer(lower(t.text)) || shortForm.has(lower(t.text))) continue;
    const key = keyOf(r);
    if (vouched.has(key)) continue;
    pending.add(key);
    const k = indexOf(t);
    const reads = readsAsPlace(text, tokens, k, knownPlace, words);
    if (reads === true) vouched.add(key);
    else if (opensOrg.has(lower(t.text))) {
      if (theRegion(tokens, k)) votes.set(key, (votes.get(key) ?? 0) + 1);
    }
    // (a mention that reads as a firm's is no vote for a place: "View at Amazon")
    else votes.set(key, (votes.get(key) ?? 0) + (firmOrProgram(text, tokens, k, words, orgAt) ? -1 : reads === "locative" ? 1 : 0));
  }
  for (const [key, v] of votes) if (v > 0) vouched.add(key);
  for (const k of vouched) pending.delete(k);
  return pending;
}

/** "the Amazon", "the Golan": a name after "the" that no noun follows (not "the Amazon website"). */
function theRegion(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return tokens[k - 1]?.text === "the" && !(next && (next.kind === "poss" || (next.kind === "word" && startsLower(next.text) && !FUNCTION_WORDS.has(next.text))));
}

/** Words after "at X," that speak for a firm ("At Embarque, we've partnered"). */
const FIRM_VOICE = /^(?:we|our|us|we['’](?:ve|re|ll|d))$/i;
/** Words before "at", "from" or "on" that make the name a shop. */
const SHOPPING = /^(?:view|buy|shop|available|sold|order|purchase|bought|ordered|purchased|listed|selling|sells|deals?|price|prices|check)$/i;
const LIST_JOIN = /^(?:,|and|or|\/|&)$/;

/**
 * A mention that reads as a program, a product or a firm, against which a locative word weighs
 * nothing: a version or a model number after it ("Python 3.14", "Epson 5050UB"), an indefinite
 * article ("an Epson", "a Stanley tumbler"), a known organisation or a product's spelling beside
 * it in a list ("Amazon, Adobe, PayPal", "Kafka, Kinesis"), a firm's own voice ("At Binariks, we
 * help"), a shop's link ("View at Amazon", "available at Macy's") or a price's ("$249 at Amazon").
 * A list's other names count as firms when the tagger reads them so ("Kafka, Kinesis"), and a
 * list ends on "and" after a comma as often as without one ("Google, Microsoft, and Amazon").
 */
function firmOrProgram(text: string, tokens: readonly Token[], k: number, words: PlaceWords, orgAt: (t: Token) => boolean): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  // (a dateline's date is no model number: "MAHALA, Bosnia 1996-08-31")
  if (next && next.start === t.end + 1 && /^\d/.test(next.text) && !/^\d{4}-\d/.test(next.text)) return true;
  if (prev && /^an?$/i.test(prev.text)) return true;
  // (a list's other names as the text reads them too: "Kafka, Kinesis" with "Kinesis" tagged a firm)
  const firmLike = (x: Token | undefined) => !!x && x.kind === "word" && isCapitalised(x.text) && (words.organisation(x.text) || PRODUCT_SPELLING.test(x.text) || orgAt(x));
  if (prev && LIST_JOIN.test(prev.text) && firmLike(tokens[k - 2])) return true;
  // ("Google, Microsoft, and Amazon")
  if (prev && /^(?:and|or)$/.test(prev.text) && tokens[k - 2]?.text === "," && firmLike(tokens[k - 3])) return true;
  if (next && LIST_JOIN.test(next.text) && firmLike(tokens[k + 2])) return true;
  if (prev && /^at$/i.test(prev.text) && (FIRM_VOICE.test(next?.text ?? "") || (next?.text === "," && FIRM_VOICE.test(tokens[k + 2]?.text ?? "")))) return true;
  // a shop, not a town: "View at Amazon", "available at Walmart", "buy it from Epson"
  if (prev && /^(?:at|from|on)$/i.test(prev.text) && SHOPPING.test(tokens[k - 2]?.text ?? "")) return true;
  // and a price's: "($249 at Amazon)", "$18 from Amazon", "20% off at Amazon"
  if (prev && /^(?:at|from|on|through|via)$/i.test(prev.text) && PRICE_BEFORE.test(text.slice(Math.max(0, prev.start - 24), prev.start))) return true;
  return false;
}
/** A price or a discount right before a shop's preposition ("$249 at", "20% off at"). */
const PRICE_BEFORE = /(?:[$£€¥]\s?\d[\d,.]*|\d[\d,.]*\s?(?:[$£€¥]|USD|EUR|GBP)|\boff)\s*$/i;

function readsAsPlace(
  text: string,
  tokens: readonly Token[],
  k: number,
  knownPlace: (t: Token | undefined) => boolean,
  words: PlaceWords,
): boolean | "locative" {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  // a city and its state, either side of a comma: "Jacksonville, Fla.", "Austin, TX", "Wuxi, Jiangsu"
  if (prev?.text === "," && knownPlace(tokens[k - 2])) return true;
  if (next?.text === "," && knownPlace(tokens[k + 2])) return true;
  const acronym = words.acronym(t.text) && t.text.replace(/\./g, "").length <= 4;
  if (acronym) return false;
  // "Barentsburg and Pyramiden", "Breisach, Kehl and Freiburg"
  const joins = (x: Token | undefined) => x?.text === "and" || x?.text === "or" || x?.text === ",";
  if ((joins(prev) && knownPlace(tokens[k - 2])) || (joins(next) && knownPlace(tokens[k + 2]))) return true;
  if (next?.kind === "word" && PLACE_KIND.test(next.text)) return true;
  const lineStart = t.start === 0 || text[t.start - 1] === "\n";
  if (lineStart && isAllCaps(t.text) && next && DATELINE_NEXT.test(next.text)) return true;
  const lw = lower(t.text);
  // "the South", "the Northeast": a region of the country the story is in
  if (COMPASS.test(lw) && prev?.text === "the") return true;
  if (words.organisation(t.text) || isCommonNoun(lw) || PRODUCT_SPELLING.test(t.text)) return false;
  // "in Arbil"; "into the Midwest", "in the lower Midwest"; "the southern Mindanao island"
  for (let j = k - 1, n = 0; j >= 0 && n < 3; j--, n++) {
    const w = tokens[j]!;
    // ("In Arbil," opening a sentence)
    if (w.kind === "word" && LOCATIVE.has(w.text.toLowerCase()) && (startsLower(w.text) || w.sentenceStart)) {
      if (w.text.toLowerCase() === "of") return ofPlace(tokens, j, k);
      if (w.text === "to" && NOT_TOWARDS.test(tokens[j - 1]?.text ?? "")) return false;
      return "locative";
    }
    if (w.kind !== "word" || !startsLower(w.text)) return false;
    if (PLACE_MODIFIER.test(w.text)) {
      // (right before the name: "the southern Mindanao island", not "lower than White")
      if (j === k - 1) return true;
      continue;
    }
    if (!DETERMINER.test(w.text) && !ADJECTIVE.test(w.text)) return false;
  }
  return false;
}
