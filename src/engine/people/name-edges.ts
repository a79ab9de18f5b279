/**
 * Words at the edges of a capitalised run that are no part of the name inside it: a hyphenated
 * adjective, an adverb or a call to action's verb opening the sentence, a post after a byline
 * ("Lead Writer"), a nationality opening the next phrase. Apart from titles.ts: these are
 * ordinary words that a capital put next to a name, not words about the person.
 */
import { ROLE_NOUNS, TITLES } from "../lexicon/words";
import { isCommonNoun } from "./common-nouns";
import { GIVEN, NAMEISH, PLACE, isDemonym, isInitial, lower } from "./name-words";
import { type Token, indexIn, isCapitalised } from "./tokens";

/**
 * A capitalised hyphenated compound before a name ("Brazilian-born", "High-end", "Chef-owner",
 * "Left-back"), no part of it. A hyphenated given name ("Min-jun", "Jae-won", "Mei-ling") is
 * kept: two syllables of at most four letters, the second no English word or ending.
 */
const SHORT_ENGLISH = new Set(`end back up in out on off top low high side run man law old new day year way
  led made born wide free long term time line well like less self over post pre non age size type era
  style only half full lead hand head home work game play star fan art arm leg foot eye ear`.split(/\s+/));
export function hyphenAdjective(w: string): boolean {
  if (!w.includes("-")) return false;
  const m = /^(\p{Lu}[\p{L}\d]*)-(\p{Ll}+)$/u.exec(w);
  if (!m) return false;
  const first = m[1]!;
  const second = m[2]!;
  // an acronym or a brand first ("AI-powered", "UK-born", "GPS-enabled", "iPhone-only") is no
  // given name's first syllable
  if (!/^\p{Lu}\p{Ll}+$/u.test(first)) return true;
  const givenShape = first.length <= 4 && second.length <= 4 && !SHORT_ENGLISH.has(second) && !/(?:ed|ing)$/.test(second);
  return !givenShape;
}
/**
 * Job nouns that are not surnames in English news: a capitalised run ending on one, with no
 * given name or name-like word in it, names a post, not a person ("By Tom Walker, Political
 * Correspondent", "the Home Secretary said", "Chief Executive"). Job words that are also
 * surnames (Bishop, King, Judge, Singer, Prince, Pope…) are left out of the list.
 */
const JOB_NOT_SURNAME = new Set(`correspondent editor reporter secretary spokesman spokeswoman
  spokesperson executive minister director officer president chairman chairwoman columnist
  commentator analyst manager economist strategist adviser advisor superintendent commissioner
  prosecutor lawmaker congressman congresswoman senator governor mayor ambassador presenter
  producer writer photographer scientist researcher engineer designer planner developer`.split(/\s+/));
export function onlyAJob(ws: readonly Token[]): boolean {
  if (!JOB_NOT_SURNAME.has(lower(ws[ws.length - 1]!.text))) return false;
  // (an acronym is no given name, whatever the list holds: "AI Scientist", not "Ai")
  // (a given name that is also a place before the post is the post's beat: "Senior Washington
  // Correspondent", "Dallas Bureau Chief"; a person's given name comes with a surname)
  return ws.every((t) => /^\p{Lu}{2,4}$/u.test(t.text) || (!(GIVEN.has(lower(t.text)) && !PLACE.has(lower(t.text))) && !NAMEISH.has(lower(t.text)) && !isInitial(t.text)));
}

/**
 * An adverb opening a sentence ("Regrettably", "Surprisingly", "Clearly"), by the endings adverbs
 * have and names do not ("Vitaly", "Anatoly", "Vasily" end in -ly too), never a listed name.
 */
const ADVERB = /(?:ally|ously|ively|fully|lessly|edly|ingly|ently|antly|ably|ibly|ately|arly|erly|ctly|stly|rtly|htly)$/;
export const sentenceAdverb = (l: string) => l.length >= 6 && ADVERB.test(l) && !GIVEN.has(l) && !NAMEISH.has(l);

/**
 * Prepositions, and participles and adjectives used as ones, that open a sentence ("Given
 * Sanders' lead", "Following Sanders' win", "Absent Sanders, …", "Besides Clinton, …"):
 * capitalised only there and no one's given name, so never part of the name after them.
 */
export const OPENING_PREPOSITIONS = new Set(["given", "following", "absent", "besides", "barring", "considering", "notwithstanding", "pending", "atop", "beneath", "underneath", "whilst", "aside", "except", "excepting"]);

/**
 * Verbs that open the calls to action of web pages ("Try Movavi", "Visit Travelocity", "Shop
 * Christy Dawn", "Meet Jane Doe"): at a sentence's start, never part of the name after them.
 */
export const IMPERATIVES = new Set(["try", "visit", "shop", "use", "buy", "get", "read", "watch", "check", "join", "learn", "download", "order", "explore", "discover", "meet", "see", "find", "click", "follow", "subscribe", "start", "contact", "call", "ask", "listen", "browse", "compare", "choose", "hire"]);

/** Words that qualify a post after a name ("Emma Ryan, Lead Writer", "Staff Reporter"). */
const POST_MODIFIERS = new Set(["lead", "senior", "chief", "staff", "managing", "associate", "contributing", "deputy", "assistant", "head", "news", "sports", "political", "business", "digital", "social", "media", "content", "marketing", "features", "technology", "science", "health", "general", "executive"]);
/**
 * "Emma Ryan Lead Writer" (a byline run on into its post): a post word that is no surname at the
 * end of a name of three words or more is cut off, with the words qualifying it.
 */
export function dropTrailingPost(ws: Token[]): Token[] {
  if (ws.length < 3 || !JOB_NOT_SURNAME.has(lower(ws[ws.length - 1]!.text))) return ws;
  let e = ws.length - 1;
  // (a place before the post is its beat: "Andrea Stone Senior Washington Correspondent")
  while (e > 2 && (POST_MODIFIERS.has(lower(ws[e - 1]!.text)) || PLACE.has(lower(ws[e - 1]!.text)))) e--;
  return ws.slice(0, e);
}

/** Function words no name ends on (unlike "May", "Will", "A", which may end one). */
const NEVER_LAST = new Set(["the", "an", "this", "that", "these", "those", "and", "or", "but", "nor", "of", "to", "from", "with", "its", "their", "our", "my", "your"]);
/**
 * "Dakwar E, Levin FR. The emerging role…" (a reference list): a determiner or a conjunction
 * after an initial's full stop opens the next sentence, and is cut off the end of the name.
 * Left on, "The" became the name's short form and every sentence's "The" that person.
 */
export function dropTrailingFunctionWords(ws: Token[]): Token[] {
  let e = ws.length;
  // (only after a full stop: "Man With A Van" is a firm's name, which the later filters judge whole)
  while (e > 1 && NEVER_LAST.has(lower(ws[e - 1]!.text)) && ws[e - 2]!.text.endsWith(".")) e--;
  return e === ws.length ? ws : ws.slice(0, e);
}

/**
 * "…, communism, Trump Russian President Vladimir Putin…" (a tag list run on into a caption, a
 * list without commas): a nationality right before another capitalised word opens that phrase
 * ("Russian President", "Chinese Embassy") and is cut off the end of the name before it. Left on,
 * the name's last word would be taken for its short form, and every "Russian" in the text
 * painted as that person.
 */
export function dropTrailingDemonym(ws: Token[], tokens: readonly Token[], text: string): Token[] {
  let e = ws.length;
  while (e > 1 && isDemonym(ws[e - 1]!.text)) {
    const k = indexIn(tokens, ws[e - 1]!);
    const next = k >= 0 ? tokens[k + 1] : undefined;
    if (!next || next.kind !== "word" || !isCapitalised(next.text) || text.slice(ws[e - 1]!.end, next.start) !== " ") break;
    e--;
  }
  return e === ws.length ? ws : ws.slice(0, e);
}

/**
 * Nouns of the trades that name a firm after its owner ("Beth Helmstetter Events", "Abby Jiu
 * Photography", "Ana Ruiz Studio"): a person's name followed by one is the firm's name, and the
 * owner is named by the name alone elsewhere ("Billy Casper Golf"); and "Springs", which ends
 * towns named after a given name's word ("Palm Springs", "Coral Springs"). (NON_PERSON_HEADS and ORG_HEADS hold the trades
 * news writes about — "Studios", "Productions", "Consulting" — and are features of the tagger.)
 * The second block of NEVER_SURNAMES: the trade and goods nouns that closed a firm's name read as a
 * person on WCXB dev ("Seka Moving" x17, "Kneib Dentistry", "Boyd Lighting", "Davis Furniture",
 * "Huck Fasteners", "Andrea Steele Architecture", "Spire Healthcare", "Servd Hosting", "Express
 * Delivery"; PolNeAR's "Lenox Healthcare"); the third, the same class of home and industrial trades
 * with no example there ("Plumbing", "Roofing", "Towing", "Realty"). None is a surname of CoNLL's
 * people; nouns that are ("Glass": Dan Glass, "Law": Jude Law) are left out.
 */
const NEVER_SURNAMES = new Set(`golf homes builders construction landscaping fitness motorsports
  jewelers jewellers tours springs
  moving delivery marketing coaching rafting appliances dentistry remodel shingles tools supplies
  hardware fasteners hatchery foundry goods hosting packing tubing stamping accessories healthcare
  childcare textiles retail products lighting cabinetry flooring furniture fabrics architecture
  tires electric rental security
  plumbing roofing heating electrical hauling towing paving painting cleaning remodeling renovations
  restoration upholstery masonry trucking logistics printing packaging welding fabrication
  manufacturing automotive storage realty`.split(/\s+/));
const BUSINESS_NOUNS = new Set([...`events photography photo studio design designs consultancy catering
  interiors weddings florals floral collective associates architects`.split(/\s+/), ...NEVER_SURNAMES]);
export const isBusinessNoun = (l: string) => BUSINESS_NOUNS.has(l);
/** Of those, the words no surname is: a given name before one is no person's either ("Palm
 *  Springs"; "Hillary Photo" in a headline is hers). */
export const neverSurname = (l: string) => NEVER_SURNAMES.has(l);

/**
 * Job nouns that head a post before a name ("Lead Designer Cathleen Holloway", "Co-Owner and
 * Lead Planner Erica Vanco"): before a given name that has another name word after it, the job
 * word and everything before it are the post, not the name.
 */
const MORE_JOBS = new Set(["designer", "planner", "co-owner", "stylist", "florist", "curator", "photographer"]);
const SAINT = new Set(["st", "st.", "saint", "ste", "ste."]);
export function jobBeforeName(ws: readonly Token[], k: number): boolean {
  const w = ws[k]!;
  const next = ws[k + 1];
  if (!next || k + 2 >= ws.length || !isCapitalised(w.text) || !isCapitalised(next.text)) return false;
  const l = lower(w.text);
  // (a saint's title names places and bodies after the saint: "St. Louis Cardinals", "Saint Anselm College")
  if (GIVEN.has(l) || NAMEISH.has(l) || SAINT.has(l) || !GIVEN.has(lower(next.text))) return false;
  return ROLE_NOUNS.has(l) || TITLES.has(l) || MORE_JOBS.has(l);
}

/** A past tense or a past participle ("Solved", "Unseeded", "Embattled"): names that the lists
 *  lack and that end in -ed end on a vowel or a double e before it ("Reed", "Saeed"). */
const PAST_FORM = /[^aeiou]ed$/;

/** Determiners that open a verb's object ("Solved a Major Math Mystery"), never a name's next word. */
const OBJECT_OPENERS = new Set(["a", "an", "the", "his", "her", "its", "their", "this", "that"]);
/**
 * "At 17, Hannah Cairo Solved a Major Math Mystery" (a headline capitalising its verb): a past
 * tense after a name of two words, before a determiner, is the sentence's verb. Names ending in
 * -ed that the lists do not hold end on a vowel or a double e before it ("Reed", "Halstead",
 * "Saeed"); the verb's stem is a consonant's.
 */
export function dropTrailingVerb(ws: Token[], next: Token | undefined): Token[] {
  if (ws.length < 3 || !next || next.afterBreak || !OBJECT_OPENERS.has(next.text)) return ws;
  const l = lower(ws[ws.length - 1]!.text);
  if (l.length < 5 || !PAST_FORM.test(l) || GIVEN.has(l) || NAMEISH.has(l)) return ws;
  return ws.slice(0, -1);
}

/**
 * "Teenager Yuuichi Takeda", "Rookie Jeff Dorn", "Unseeded Gert Vomm", "Swedish Anna Lind": a common
 * noun, a participle or a nationality opening the sentence before a given name and a surname
 * says what the person is; English capitalises it for the sentence, and the name starts at the
 * given name. Only before a given name with a word after it, neither a noun, and never a word the
 * name lists hold ("Young", "Will").
 */
export function wordBeforeFullName(t: Token, next: Token, rest: readonly Token[], from: number): boolean {
  if (!t.sentenceStart || rest.length - from < 2) return false;
  const l = lower(t.text);
  // (a given name of the lists that is also a common noun, "Lock Ian Jones", is the noun here: the
  // given name follows)
  if (l.length < 4 || (GIVEN.has(l) && !isCommonNoun(l)) || NAMEISH.has(l) || !GIVEN.has(lower(next.text))) return false;
  // (a given name or a last word that is also a noun makes the run a thing's: "Folk Art Guild
  // Glaze", "Blue Cross Blue Shield", "Steam Deck Compatibility")
  if (isCommonNoun(lower(next.text)) || isCommonNoun(lower(rest[rest.length - 1]!.text))) return false;
  return isCommonNoun(l) || isDemonym(t.text) || (l.length >= 6 && PAST_FORM.test(l));
}
