/**
 * Names whose use in the text shows a thing, not a person: a word of grammar that opens a
 * sentence ("Even as he…", "Will it…"), an acronym alone ("AI", "ML"), a name that qualifies a
 * school, a firm or a place ("Sandy Hook Elementary School"), and a
 * name that is a title alone ("Mr." left of "Mr. President"). All keep a name any
 * mention of which has a title or a person's cue.
 */
import { DEMONYM } from "../lexicon/demonym";
import { ORG_HEADS, PLACE_HEADS } from "../lexicon/entity-words";
import { DISCOURSE_WORDS } from "../lexicon/discourse-words";
import { DEGREES, GROUP_WORDS } from "../lexicon/groups";
import { FUNCTION_WORDS, NON_PERSON_HEADS } from "../lexicon/words";
import { perAnalysis } from "../analysis-memo";
import type { Mention } from "./mention";
import { GIVEN, NAMEISH, isInitial, lower } from "./name-words";
import { personContext, strongPersonCue } from "./person-context";
import { isHonorific, isTitleWord } from "./titles";
import { isAllCaps, isSpace } from "./tokens";
import { asciiForm, plainLetters } from "../ascii-form";

type G = { key: string[]; mentions: Mention[] };

/** Does any mention carry a title, or a person's cue beside it (a speech verb, "who", an age…)? */
// (no pronoun test: "Sandy Hook … principal Dawn Hochsprung … she" is the next person's)
const cued = (text: string, g: G) => g.mentions.some((m) => m.titled || personContext(text, m, false));

/**
 * A name that is titles only: "Mr." left of "Mr. President" once the title after it was peeled,
 * which completion then spreads over every "Mr." of the page. (Per group, not per mention: a
 * lone "Judge" is the surname of "Patty Judge"; and "said Baron" is a person's.)
 */
export function titleOnly(text: string, g: G): boolean {
  // (an honorific alone is nobody's name even after a cue: "told Mr. Obama" puts "told" before "Mr.")
  if (g.key.every(isHonorific)) return true;
  if (!g.key.every((w) => isTitleWord(w[0]!.toUpperCase() + w.slice(1)))) return false;
  // "the Mayor said": a title after "the" describes the person the story named, whatever follows
  // (the given-name list holds "Mayor", so it could pass for a name with a cue); so does the same
  // title peeled off before that name ("Mayor Eric Adams")
  return !cued(text, g) || g.mentions.every((m) => /(?:^|[^\p{L}])the $/iu.test(text.slice(Math.max(0, m.start - 5), m.start)) || /^ \p{Lu}/u.test(text.slice(m.end, m.end + 2)));
}

/**
 * One word of grammar, never anyone's name in prose: "Even", "Will", "An", "Any", "Instead",
 * "Here" capitalised at a sentence's start. The given-name list holds a few of them ("Will",
 * "Even"), so the opener filter keeps them; a person so named is written with a surname.
 */
export function grammarWord(text: string, g: G): boolean {
  if (g.key.length !== 1 || !FUNCTION_WORDS.has(g.key[0]!)) return false;
  // (in capitals at every mention it is a keyword of code or a headline's word, whatever stands
  // before it: "FROM employee\n    WHERE manager = 'Mary'" lent SQL's WHERE a title, 50 mentions)
  return !cued(text, g) || g.mentions.every((m) => m.words[0]!.length >= 3 && isAllCaps(m.words[0]!));
}

let discourse: Set<string> | null = null;
/**
 * One sentence adverb or word of discourse of the derived lexicon, which English spells in lower
 * case only: "Later, Jack White and Meg White played" capitalises "Later" for its sentence alone,
 * and the list after it made it look like one of the names. The lexicon's words are no nouns and
 * have no capitalised entry in the dictionary ("Young", "Strong", "Frank" do), and a given name or
 * a name word of the news data is kept, as is any mention with a title or a person's cue.
 */
export function discourseWord(text: string, g: G): boolean {
  if (g.key.length !== 1) return false;
  const w = g.key[0]!;
  discourse ??= new Set(DISCOURSE_WORDS.split(" "));
  return discourse.has(w) && !GIVEN.has(w) && !NAMEISH.has(w) && !cued(text, g);
}

/**
 * A lone acronym of two to four capitals, each mention alone in a line of lower case: "AI",
 * "ML", "SaaS" pages. A person's surname in capitals comes in a headline in capitals or beside
 * the full name it joins.
 */
export function loneAcronym(text: string, g: G): boolean {
  if (g.key.length !== 1) return false;
  for (const m of g.mentions) {
    const w = m.words[0]!;
    if (w.length < 2 || w.length > 4 || !/^\p{Lu}+$/u.test(w)) return false;
    // (a neighbour in capitals: a headline's line, where every word is so)
    const around = text.slice(Math.max(0, m.start - 20), m.end + 20);
    if (/\b\p{Lu}{2,}\b.*\b\p{Lu}{2,}\b/u.test(around.replace(w, ""))) return false;
  }
  // (a title before it is no cue: "Gen AI" is generative AI, not a general)
  return !g.mentions.some((m) => personContext(text, m, false));
}

/**
 * One word that names a group or a credential, never one person: a nationality, a faith, an
 * ethnic group, singular or plural ("Muslim refugees", "among Latinos", "Mexicans"), unless a
 * mention has a title, or the word is a given name with a person's cue ("Christian said"); a degree
 * after a name ("Jane Doe, PhD"), a party tag ("Sen. Barry Goldwater, R-Ariz., who …") whatever
 * follows them.
 */
export function groupWord(text: string, g: G): boolean {
  if (g.key.length !== 1) return false;
  const w = g.key[0]!;
  if (DEGREES.has(w) || /^[rdi]-\p{L}/u.test(w)) return true;
  const group = GROUP_WORDS.has(w) || DEMONYM.has(w) || (w.endsWith("s") && DEMONYM.has(w.slice(0, -1)));
  // (a cue is no person's here: "Latinos, who will play a role", "an American Muslim who
  // pledged"; only a given name so spelt is, "Christian said")
  return group && !g.mentions.some((m) => m.titled) && !(GIVEN.has(w) && cued(text, g));
}

/** A determiner or "to the" right after a word: what follows an imperative ("Read the full
 *  review", "Read all reviews", "Head to the corner"), not a person's name. */
const OBJECT_AFTER = /^ (?:the|a|an|all|more|our|your|this|these|to the)\s/u;
/**
 * One word every mention of which an object follows, with no title: a command of page furniture
 * or a guide ("[Read the full review.]", "Head to the corner of …"), or a name with an epithet
 * that names a thing ("Rob the Mover", "Jane the Virgin"). A person's name is followed by its
 * verb or a comma, not by "the", unless it is a verb's first object ("gave Clinton a …").
 */
export function imperativeWord(text: string, g: G): boolean {
  return g.key.length === 1 && g.mentions.every((m) => !m.titled && m.words.length === 1 && OBJECT_AFTER.test(text.slice(m.end, m.end + 9)) && !afterVerb(text, m.start));
}
/** Right after a word of lower case that is no word of grammar: a verb whose first object the
 *  name is ("the Times gave Clinton a glowing endorsement"). */
function afterVerb(text: string, start: number): boolean {
  const w = /(\p{Ll}+) $/u.exec(text.slice(Math.max(0, start - 24), start));
  return !!w && !FUNCTION_WORDS.has(w[1]!);
}

/** "Gen" for a generation or for generative: "Gen Z", "Gen X", "Gen AI" (in a headline's capitals too). */
const GEN_TERM = /\b(?:Gen|GEN) (?:X|Y|Z|AI|Alpha|ALPHA)\b/gu;
/**
 * A name every mention of which is part of a "Gen Z" or "Gen AI": the abbreviation of a general
 * is no title there ("said Gen AI would help" is no general named AI), and a letter after it is no
 * initial ("Gen Z. Gen Z shoppers" made a "Z. Gen").
 */
export function genTerm(text: string, g: G): boolean {
  const inTerm = (m: Mention) => {
    const from = Math.max(0, m.start - 6);
    // (a match opens on "Gen " or "GEN " inside the window: looked for by char code, the window
    // sliced and matched only where one is)
    const to = Math.min(text.length, m.end + 7) - 4;
    let at = from;
    while (at <= to && !(text.charCodeAt(at) === 71 && ((text.charCodeAt(at + 1) === 101 && text.charCodeAt(at + 2) === 110) || (text.charCodeAt(at + 1) === 69 && text.charCodeAt(at + 2) === 78)) && text.charCodeAt(at + 3) === 32)) at++;
    if (at > to) return false;
    for (const t of text.slice(from, m.end + 7).matchAll(GEN_TERM)) {
      const at = from + t.index!;
      if (at < m.end && at + t[0].length > m.start) return true;
    }
    return false;
  };
  // (a lone "Gen" beside them is the abbreviation, which completion spread from "Z. Gen": "Gen Kovic")
  const loneGen = (m: Mention) => m.words.length === 1 && lower(m.words[0]!) === "gen";
  return g.mentions.some(inTerm) && g.mentions.every((m) => loneGen(m) || inTerm(m));
}

/** The capitalised words right after a name on its line, the whole run of them, when it is one to three words long. */
const RUN_AFTER = /^ (\p{Lu}[\p{L}'’&.-]*(?: \p{Lu}[\p{L}'’&.-]*){0,2})(?![\p{L}'’&.-]| \p{Lu})/u;
/** The same for a text whose letters are all ASCII (ascii-form.ts: a cheaper compile). */
const RUN_AFTER_ASCII = asciiForm(RUN_AFTER);
/**
 * Does the name qualify a firm, a school or a place: the capitals after it are a short run ending
 * on such a head ("… Elementary School", "… Electric Company")? A headline's run ("Hillary Clinton
 * Visit To Police Memorial Brings …") is longer; a run that holds a title or a given name starts
 * the next person ("Clinton Campaign Chairman John Podesta").
 */
export function headsAfter(text: string, end: number): boolean {
  const after = text.slice(end, end + 60);
  const run = (plainLetters(after) ? RUN_AFTER_ASCII : RUN_AFTER).exec(after);
  if (!run) return false;
  // (a run that ends its line is a headline's Title Case: "… Bernie Sanders Campaign.")
  if (/^[.!?]?\s*(?:\n|$)/.test(text.slice(end + run[0].length, end + run[0].length + 3))) return false;
  const ws = run[1]!.split(" ");
  for (const w of ws) if (isTitleWord(w) || GIVEN.has(lower(w))) return false;
  const l = lower(ws[ws.length - 1]!);
  return ORG_HEADS.has(l) || PLACE_HEADS.has(l) || NON_PERSON_HEADS.has(l) || FIRM_TAILS.has(l);
}
/** Words that end a firm's short name after its founder's ("Trump National", "Trump International"). */
const FIRM_TAILS = new Set(["national", "international", "global"]);

/**
 * A name of two words or more that the text writes as a place's, a school's or an event's:
 * before the head of a firm's or a place's name ("Sandy Hook Elementary School") at least once,
 * with no title, initial or person's cue anywhere.
 */
export function qualifierName(text: string, g: G): boolean {
  if (g.key.length < 2) return false;
  let full: Mention | undefined;
  for (const m of g.mentions) {
    if (m.words.some(isInitial)) return false;
    if (m.words.length >= 2) full = m;
  }
  if (!full || cued(text, g) || g.mentions.some((m) => strongPersonCue(text, m))) return false;
  // (anywhere the name stands, as completion leaves out the names of firms and schools: the
  // first use that qualifies is enough)
  // ("the Marc Dutroux case" is a person's name too: only a head word tells)
  const name = text.slice(full.start, full.end);
  const cut = name.search(/\s\S*$/);
  if (cut < 0) return false;
  // (the ends of the text's qualifying runs, indexed once by the word before each: a scan of the
  // whole text per name was quadratic on a page of a thousand names)
  for (const end of qualifiedEnds(text, name.slice(cut + 1))) {
    const at = end - name.length;
    // (a whole word: "Anti-Donald Trump Skywriting Campaign" is no use of "Donald Trump")
    if (at >= 0 && text.startsWith(name, at) && !(at > 0 && /[\p{L}\p{N}-]/u.test(text[at - 1]!))) return true;
  }
  return false;
}

/**
 * The ends of the words that stand before a space and a capital, by the word (the whole
 * non-space chunk before the space), indexed once per text and analysis.
 */
const wordsBeforeCapitals = perAnalysis((text: string) => {
  const ends = new Map<string, number[]>();
  // every space with a non-space before it and a capital after it (/(?<=\S) (?=\p{Lu})/gu, read
  // by character code: the regex and a /\s/ test per character cost more than the rest)
  for (let end = text.indexOf(" ", 1); end >= 0; end = text.indexOf(" ", end + 1)) {
    if (isSpace(text.charCodeAt(end - 1)) || !capitalAt(text, end + 1)) continue;
    let from = end;
    while (from > 0 && !isSpace(text.charCodeAt(from - 1))) from--;
    const before = text.slice(from, end);
    const list = ends.get(before);
    if (list) list.push(end);
    else ends.set(before, [end]);
  }
  // the ends of qualifying runs found so far, by word (read below)
  return { ends, qualified: new Map<string, readonly number[]>() };
});

/** Does a capital (\p{Lu}, a whole code point) stand at `i`? */
function capitalAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  CAPITAL.lastIndex = i;
  return CAPITAL.test(text);
}
const CAPITAL = /\p{Lu}/uy;

/**
 * Where a run that headsAfter reads as a firm's, a school's or a place's head starts after
 * `word`: of the ends indexed above, those before such a run. headsAfter is read only for the
 * words a name ends on, not at every capital of the text (most names ask nothing, and the
 * capitals are many); the answer is the same list.
 */
function qualifiedEnds(text: string, word: string): readonly number[] {
  const { ends, qualified } = wordsBeforeCapitals(text);
  let list = qualified.get(word);
  if (list === undefined) {
    list = (ends.get(word) ?? []).filter((end) => headsAfter(text, end));
    qualified.set(word, list);
  }
  return list;
}

/**
 * A school's short name, its host university's and its donor's ("Northwestern Kellogg", "Duke
 * Fuqua", "Berkeley Haas" beside "Kellogg School of Management", "the Fuqua School of
 * Business"): two words, the first no given name or name word, the last written elsewhere before
 * "School" or "College". A person's name opens on a given name ("John Kennedy" beside "the
 * Kennedy School" stays); a person's cue keeps any of them.
 */
export function schoolShortName(text: string, g: G): boolean {
  if (g.key.length !== 2 || GIVEN.has(g.key[0]!) || NAMEISH.has(g.key[0]!) || g.mentions.some((m) => m.words.some(isInitial))) return false;
  const full = g.mentions.find((m) => m.words.length === 2);
  if (!full || cued(text, g) || g.mentions.some((m) => strongPersonCue(text, m))) return false;
  const last = full.words[1]!.replace(/['’]s$/, "");
  if (!/^\p{Lu}\p{Ll}+$/u.test(last)) return false;
  return new RegExp(`(?:^|[^\\p{L}])${last}(?:['’]s)? (?:Graduate |Business )?(?:School|College)\\b`, "u").test(text);
}
