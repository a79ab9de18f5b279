/**
 * The role or description the article gives a person: a formal title before the name ("FBI
 * Director Christopher Wray"), or an appositive after it ("Angela Davis, a member of the U.S.
 * Communist Party, …", "Biden, the former vice president, …"). The earliest mention that has
 * one wins: articles introduce people once, at first mention.
 *
 * A title before a name counts only when it is capitalised: AP and Reuters style capitalise
 * formal titles before names and lower-case descriptions ("Democratic candidate Hillary
 * Clinton"), which are not roles the article gives.
 */
import { ROLE_MODIFIERS, ROLE_NOUNS, TITLES, HONORIFICS, FUNCTION_WORDS, NON_PERSON_HEADS, MONTHS_DAYS } from "./lexicon/words";
import type { Span } from "./types";
import { isAsciiLetter } from "./ascii";
import { cardLine, RELATIONS } from "./roles/card";
import { descriptionBefore, singular } from "./roles/describe";
import { indefiniteBefore } from "./roles/indefinite";
import { labelBefore } from "./roles/label";
import { notAPerson } from "./roles/not-person";
import { endsSentence } from "./roles/sentence-end";
import { spellOutTitle, titleLine } from "./roles/spell-out";
import { asPredicateAt } from "./roles/as-predicate";
import { withoutPossessor } from "./roles/possessor";
import { phraseStart, stackedBefore, stackLine } from "./roles/stack";
import { DESCRIPTION_HEADS, DESCRIPTION_MODIFIERS, POSSESSOR_NOUNS } from "./roles/lexicon";
import { asciiForm, plainLetters } from "./ascii-form";

const MAX_ROLE_WORDS = 10;
const lower = (w: string) => w.toLowerCase().replace(/\.$/, "");

const isTitleEnd = (w: string) => TITLES.has(lower(w)) && !/^(?:prime|vice)$/.test(lower(w));

/** Where a title word heads an "of" complement that runs to the phrase's end, or -1. */
function ofComplementHead(role: readonly string[]): number {
  for (let t = role.length - 3; t >= 0; t--) {
    if (!isTitleEnd(role[t]!) || (role[t + 1] !== "of" && role[t + 1] !== "for")) continue;
    const rest = role.slice(t + 2);
    return rest.every((w) => /^\p{Lu}/u.test(w) || w === "the") && /^\p{Lu}/u.test(rest[rest.length - 1]!) ? t : -1;
  }
  return -1;
}

/** The title words immediately before a mention on the same line. */
// ASCII by char code (nearly every word), the Unicode regex otherwise: each regex costs a
// compile on a worker's first page, and these run for every mention
/** /^[\p{L}.\-'’]+$/u.test(w) */
function wordish(w: string): boolean {
  if (!w) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128 && c !== 0x2019) return /^[\p{L}.\-'’]+$/u.test(w);
    if (!isAsciiLetter(c) && c !== 46 && c !== 45 && c !== 39 && c !== 0x2019) return false;
  }
  return true;
}
/** /\p{L}{5,}\.$/u.test(w): five letters and a period at its end */
function longWordPeriod(w: string): boolean {
  const n = w.length;
  if (n < 6 || w.charCodeAt(n - 1) !== 46) return false;
  for (let i = n - 6; i < n - 1; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return /\p{L}{5,}\.$/u.test(w);
    if (!isAsciiLetter(c)) return false;
  }
  return true;
}

// imperatives and adverbs that open sentences before a titled name ("Take Sen. …", "Meet Gov. …", "Even Sen. …")
const SENTENCE_OPENERS = new Set(["take", "consider", "meet", "ask", "watch", "see", "look", "thank", "blame", "remember", "imagine", "tell", "call", "follow", "even", "only", "just", "also", "now", "yet", "still", "enter"]);

/** The singular of a plural title standing before a list of names ("Sens.", "Reps.", "Chefs"), or null. */
function singularTitle(w: string): string | null {
  const m = /^(\p{Lu}\p{L}*?)(?:e?s)(\.?)$/u.exec(w);
  if (!m) return null;
  for (const stem of [w.replace(/s(\.?)$/, "$1"), w.replace(/es(\.?)$/, "$1")]) {
    const ls = lower(stem);
    if (stem !== w && TITLES.has(ls) && !HONORIFICS.has(ls) && !NOT_PLURAL_TITLES.has(ls)) return stem;
  }
  return null;
}
// title words whose plural names a family, an order or a team, not people holding one office
const NOT_PLURAL_TITLES = new Set(["brother", "sister", "father", "saint", "st", "first", "grand", "count", "elder", "chief", "general", "king", "queen", "prince", "princess"]);

/**
 * `out.plural` is set when the title is a plural one before a list ("Sens. Ted Cruz of Texas and
 * Marco Rubio of Florida"): the role is its singular, and the list's other names share it.
 */
function titleBefore(text: string, start: number, out?: { plural: boolean }, fullNameAt?: (s: number, e: number) => boolean): string | null {
  // (the line's start looked for in the 120 characters before only: a scan back to it was
  // quadratic on a page-long line of names)
  const lo = Math.max(0, start - 120);
  const lineStart = lo + text.slice(lo, start).lastIndexOf("\n") + 1;
  const before = text.slice(lineStart, start);
  const words = before.split(/[ \u00a0]+/);
  if (words[words.length - 1] === "") words.pop();
  else return null; // the name is glued to something ("Biden-…")
  const role: string[] = [];
  let hasTitle = false;
  for (let i = words.length - 1; i >= 0 && role.length < MAX_ROLE_WORDS; i--) {
    const w = words[i]!;
    if (!wordish(w)) break; // punctuation ends the phrase
    // "then-Chief Justice", "then-Arkansas Gov.": the prefix opens the phrase, and dates it
    // (findRoles shows it as a former post)
    const then = role.length > 0 && /^then-\p{Lu}/u.test(w) ? w.slice(5) : null;
    if (then) {
      if (!FUNCTION_WORDS.has(lower(then))) role.unshift(then);
      if (TITLES.has(lower(then)) && !HONORIFICS.has(lower(then))) hasTitle = true;
      role.unshift("then");
      break;
    }
    // so does a sentence's full stop ("… to Sheriff’s Deputy. Dana Wolk answered"); "Gen." and
    // "Capt." are abbreviations, and "U.S." initials
    if (longWordPeriod(w) || endsSentence(w)) break;
    const lw = lower(w);
    const c0 = w.charCodeAt(0);
    const capital = c0 < 128 ? c0 >= 65 && c0 <= 90 : /^\p{Lu}/u.test(w);
    // an "of" complement belongs to a title before it ("Secretary of State"); after anything
    // else the title is the complement's own ("a veteran of President Bill Clinton's
    // administration" → "President")
    if (role[0] === "of" && !(capital && TITLES.has(lw))) break;
    // (a plural ends in "s" or "s.": most capitals before a name do not, and skip the regex)
    const one = role.length === 0 && capital && lw.endsWith("s") && (lw === "reps" || !TITLES.has(lw)) ? singularTitle(w) : null;
    if (one) {
      hasTitle = true;
      if (out) out.plural = true;
      role.unshift(one);
      continue;
    }
    if (capital && TITLES.has(lw) && !HONORIFICS.has(lw)) hasTitle = true;
    else if (capital && HONORIFICS.has(lw)) {
      if (role.length === 0) continue; // "Mr." is courtesy, not a role
      break;
    } else if (ROLE_MODIFIERS.has(lw) || (lw === "of" && role.length > 0) || (lw === "for" && role.length > 0 && i > 0 && isTitleEnd(words[i - 1]!) && /^\p{Lu}/u.test(words[i - 1]!)) || (lw === "the" && role.length > 0 && i > 0 && /of$/i.test(words[i - 1]!))) {
      /* part of the phrase: "former", "Secretary of State" */
    } else if (capital && !FUNCTION_WORDS.has(lw) && !/\p{Lu}{3}\p{Ll}/u.test(w)) {
      /* an organisation or demonym qualifying the title: "FBI", "Russian" */
      // (not a credit line glued to the caption's first word: "ASSOCIATED PRESSOhio Gov.")
      // …but never another person's full name: a title-case headline ("Donald Trump Finally
      // Endorses House Speaker Paul Ryan") runs its capitals on; where "Trump" stands, the
      // title stops (the words after the name are cut below, as they end on no title)
      if (fullNameAt) {
        const at = text.lastIndexOf(w, start - 1 - role.join(" ").length);
        if (at >= 0 && fullNameAt(at, at + w.length)) {
          // (and the headline's adverbs and verbs after it are no qualifiers: "Finally Endorses")
          while (role.length > 1 && !TITLES.has(lower(role[0]!)) && /(?:ly|ed|es)$/.test(role[0]!)) role.shift();
          break;
        }
      }
    } else break;
    role.unshift(w);
  }
  while (role.length && /^(?:of|the)$/i.test(role[0]!)) role.shift();
  // "Take Idaho Republican Sens. Mike Crapo and Jim Risch.": a verb or adverb opening the
  // sentence carries its capital, and qualifies no title
  if (role.length > 1 && SENTENCE_OPENERS.has(lower(role[0]!))) {
    const at = words.length - 1 - (role.length - 1) - 1; // the word before the role's first
    const prev = at >= 0 ? words[at]! : "";
    if (at < 0 || /[.!?:;"“”]$/.test(prev)) role.shift();
  }
  if (!hasTitle || !role.length) return null;
  // the phrase must end on a title word ("Russian President"), not on a qualifier
  // ("Amazon Prime Video": "Prime" and "Vice" are halves of a title, never a title alone)
  // …or on the complement of one ("Secretary of State", "Director of National Intelligence",
  // "President of the European Commission"): capitalised words after "of"
  const head = ofComplementHead(role);
  // (a job word written as a title right after a title word ends it too: "Deputy Editor", not "Deputy")
  if (head < 0) while (role.length && !isTitleEnd(role[role.length - 1]!) && !(role.length > 1 && isTitleEnd(role[role.length - 2]!) && /^\p{Lu}\p{Ll}+$/u.test(role[role.length - 1]!) && DESCRIPTION_HEADS.has(lower(role[role.length - 1]!)))) role.pop();
  if (!role.length) return null;
  // "Gen Z", "Gen AI", "First Aid", "Grand Teton": words that title nobody on their own
  if (role.length === 1 && /^(?:Gen|First|Grand)$/.test(role[0]!)) return null;
  // "Former U.N. Ambassador John Bolton": a sentence's capital on a modifier is not the title's
  // (the modifiers of time only: "Senior Principal Engineer" stays as written)
  if (role.length > 1 && /^(?:Former|Retired|Late|Interim|Acting|Outgoing|Incoming|Longtime|Then)$/.test(role[0]!)) role[0] = role[0]!.toLowerCase();
  return role.join(" ");
}

/**
 * A definite title set off before the name: "The Prime Minister, Rishi Sunak, said …", "the
 * Labour leader, Keir Starmer, …" (British and wire style). The name must close the apposition
 * (a comma, a full stop, a bracket), and the phrase between "the" and the comma may hold only
 * title words, role words, their modifiers and capitalised qualifiers, ending on a title or a
 * role, so a list ("met the ministers, Rishi Sunak and …") or a clause is never taken.
 */
/**
 * /,[ \u00a0]+$/.exec(s), read backwards from the end: the regex, anchored only at the end, was
 * tried from every character of the 80 before each name. Its only match is the comma right before
 * the spaces that end `s`.
 */
function commaBeforeSpaces(s: string): { input: string; index: number; 0: string } | null {
  let i = s.length;
  while (i > 0 && (s.charCodeAt(i - 1) === 32 || s.charCodeAt(i - 1) === 0xa0)) i--;
  if (i === s.length || i === 0 || s.charCodeAt(i - 1) !== 44) return null;
  return { input: s, index: i - 1, 0: s.slice(i - 1) };
}

/**
 * `plural`: start..end is a list of names ("the candidates, Ann Lee, Bo Ray and Cy Tam,", "his
 * lawyers, X and Y,"): the phrase must end on a plural job, read in the singular as each listed
 * name's; a count before it ("the two senators") says nothing of the job.
 */
function definiteTitleBefore(text: string, start: number, end: number, isName: (s: number, e: number) => boolean, out?: { weak: boolean }, plural = false): string | null {
  if (!/^(?:['’]s)?[,.;)]/.test(text.slice(end, end + 3))) return null;
  const before = commaBeforeSpaces(text.slice(Math.max(0, start - 80), start));
  if (!before) return null;
  // the words back to the nearest punctuation or line break
  const phrase = before.input.slice(0, before.index).replace(/^[\s\S]*[^\p{L}.\-'’ \u00a0]/u, "").trim();
  // (within the name's sentence: "in January. Apple’s chief operating officer, Tim Cook,")
  const words = phrase.split(/[ \u00a0]+/);
  let open = words.length - 1;
  while (open > 0 && !endsSentence(words[open - 1]!)) open--;
  const all = words.slice(open);
  if (plural) {
    const one = singular(all[all.length - 1]!);
    if (!one) return null;
    all[all.length - 1] = one;
  }
  // the nearest "the" whose phrase reads as a title: "the vote the Labour leader," → "the Labour leader"
  for (let t = all.length - 2; t >= 0 && all.length - 1 - t <= MAX_DEFINITE_WORDS; t--) {
    // "Her campaign manager, Robby Mook,", "Donald Trump’s campaign manager, Corey Lewandowski,":
    // a possessive stands for the article; whose job it is stays out of the card, as a name
    // before a description does ("Clinton campaign manager X" → "campaign manager"), and kin
    // ("his brother, X,") is no job
    // (an organisation's possessive stays: "Apple’s chief executive, Tim Cook,")
    const owner = /^\p{Lu}[\p{L}&.-]*(?:['’]s|s['’])$/u.test(all[t]!) && !FUNCTION_WORDS.has(lower(all[t]!.replace(/['’]s?$/, ""))) && !MONTHS_DAYS.has(lower(all[t]!.replace(/['’]s?$/, "")));
    const possessive = POSSESSIVE_DETERMINERS.test(all[t]!) || (owner && isNamePossessive(text, start - before[0].length, all.slice(t), isName));
    if (!/^[Tt]he$/.test(all[t]!) && !possessive && !owner) continue;
    // (the organisation's whole name: "the Podesta Group’s CEO," → "Podesta Group’s CEO")
    let from = t + 1;
    if (owner && !possessive) for (from = t; from > 0 && /^\p{Lu}/u.test(all[from - 1]!) && !FUNCTION_WORDS.has(lower(all[from - 1]!)) && t + 1 - from < 3; from--);
    const ws = all.slice(from);
    if (plural && ws.length > 1 && COUNTS.test(ws[0]!)) ws.shift();
    if (possessive && (RELATIONS.has(lower(ws[ws.length - 1]!)) || PATRONAGE.has(lower(ws[ws.length - 1]!)))) continue;
    // "his police chief," says less than the line a later mention may give ("Chicago police
    // chief X"), or the appositive after the name ("her lawyer, X, a Theranos board member,")
    if (out) out.weak = POSSESSIVE_DETERMINERS.test(all[t]!);
    // the card shows the title, not its article ("the Labour leader," → "Labour leader")
    if (!isDefiniteTitle(ws)) continue;
    // and not another person's name ("the Trump campaign manager," → "campaign manager")
    let at = start - before[0].length;
    for (let k = ws.length - 1; k >= 0; k--) {
      at = text.lastIndexOf(ws[k]!, at - 1);
      if (at >= 0 && isName(at, at + ws[k]!.length)) return k + 1 < ws.length ? ws.slice(k + 1).join(" ") : null;
    }
    return ws.join(" ");
  }
  return null;
}
const MAX_DEFINITE_WORDS = 6;
const COUNTS = /^(?:two|three|four|five|six|seven|eight|nine|ten|\d+)$/;
// what one is to someone, not a job ("his corporate patron", "her eventual boss")
const PATRONAGE = new Set(["patron", "boss", "mentor", "protege", "protégé", "successor", "predecessor", "benefactor", "employer", "idol", "hero"]);
// ("Our expert mechanic, X,": a site's own staff, as review and shop pages introduce them)
const POSSESSIVE_DETERMINERS = /^(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our)$/;
// halves of a title that are a job of their own after "the" or a possessive ("Her deputy, X,",
// "the assistant, X,"), where a bare appositive's "deputy" opens a longer title (BARE_NOT_HEAD)
const DEFINITE_NOUNS = new Set(["deputy", "assistant"]);

/** Whether the possessive opening `ws` (which ends just before `end`) is a person's ("Trump’s", "Sanders’"). */
function isNamePossessive(text: string, end: number, ws: readonly string[], isName: (s: number, e: number) => boolean): boolean {
  const at = text.lastIndexOf(ws.join(" "), end);
  return at >= 0 && isName(at, at + ws[0]!.replace(/(?:['’]s|['’])$/, "").length);
}

function isDefiniteTitle(ws: readonly string[]): boolean {
  const last = lower(ws[ws.length - 1]!);
  // (after "the …" a closing "chief executive" or "general" is the job, not its adjective)
  const head = isTitleEnd(ws[ws.length - 1]!) || ROLE_NOUNS.has(last) || DESCRIPTION_HEADS.has(last);
  if (!(head && (ws.length > 1 ? !RELATIONS.has(last) && !/^(?:prime|vice|first)$/.test(last) : !BARE_NOT_HEAD.has(last) || DEFINITE_NOUNS.has(last))) && ofComplementHead(ws) < 0 && jobOfName(ws) < 0) return false;
  return ws.slice(0, -1).every((w, k) => {
    const lw = lower(w);
    if (k > 0 && (lw === "of" || lw === "the" || (lw === "for" && isTitleEnd(ws[k - 1]!)))) return true; // "the President of the European Commission", "the Minister for Health"
    // field nouns and modifiers of a lower-case job ("the White House press secretary,"), an
    // adverb on one ("the seemingly inevitable nominee,"), an organisation's possessive ("the
    // company's chief executive,")
    // (an adjective in -al, -ive or -ic qualifies a job as the listed ones do, "her personal
    // lawyer", "the legislative director", as describe.ts reads them before a name)
    if (DESCRIPTION_MODIFIERS.has(lw) || (DESCRIPTION_HEADS.has(lw) && !BARE_NOT_HEAD.has(lw)) || /^\p{Ll}+ly$/u.test(w) || (/^\p{Ll}{4,}(?:al|ive|ic)$/u.test(w) && !FUNCTION_WORDS.has(lw))) return true;
    if (k === 0 && /['’]s$/.test(w) && POSSESSOR_NOUNS.has(lw.replace(/['’]s$/, ""))) return true;
    return TITLES.has(lw) || ROLE_NOUNS.has(lw) || ROLE_MODIFIERS.has(lw) || (/^\p{Lu}/u.test(w) && !FUNCTION_WORDS.has(lw) && !HONORIFICS.has(lw));
  });
}

/**
 * Where a lower-case job heads an "of" complement that is a name up to the phrase's end ("the
 * owner of the Woodmont Country Club", "the director of the Annenberg Institute"), or -1. Kin
 * ("the son of …") is no job.
 */
function jobOfName(ws: readonly string[]): number {
  const of = ws.indexOf("of");
  if (of < 1 || of === ws.length - 1) return -1;
  const job = ws[of - 1]!;
  if (!/^\p{Ll}/u.test(job) || RELATIONS.has(job) || PATRONAGE.has(job) || !(ROLE_NOUNS.has(job) || DESCRIPTION_HEADS.has(job))) return -1;
  const rest = ws.slice(of + 1);
  return rest.every((w) => /^\p{Lu}/u.test(w) || w === "the" || w === "of") && /^\p{Lu}/u.test(rest[rest.length - 1]!) ? of - 1 : -1;
}

const NAME_TITLE_ABBR = /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Cmdr|Prof|Rev|Fr|St)$/u;

/** The end of an appositive clause: a comma, semicolon, bracket, dash or sentence end. */
function clauseEnd(text: string, from: number): number {
  for (let i = from; i < text.length && i < from + 200; i++) {
    const c = text[i]!;
    if (c === "," || c === ";" || c === ":" || c === "(" || c === ")" || c === "—" || c === "–" || c === "\n" || c === '"' || c === "“" || c === "”") return i;
    if (c === "." && !/\p{L}/u.test(text[i + 1] ?? "")) {
      // "U.S." and initials are not sentence ends
      const word = /[\p{L}.]+$/u.exec(text.slice(Math.max(from, i - 10), i))?.[0] ?? "";
      // nor is the abbreviation of a title, always followed by its name ("an adviser to Sen. Ruiz"),
      // nor "No." before its number ("the No. 3 seed")
      if (!/(?:^|\.)\p{Lu}$/u.test(word) && !NAME_TITLE_ABBR.test(word) && !(word === "No" && /^[ \u00a0]\d/.test(text.slice(i + 1, i + 3)))) return i;
    }
  }
  return Math.min(text.length, from + 200);
}

/**
 * Any appositive noun phrase right after a mention (", a Russian state TV channel,"), for
 * organisations and places: no role noun required, at most MAX_ROLE_WORDS words.
 */
export function describeAfter(text: string, end: number): string | null {
  const m = /^(?:['’]s)?,[ \u00a0]+(?=(?:a|an|the)[ \u00a0])/iu.exec(text.slice(end, end + 8));
  if (!m) return null;
  const from = end + m[0].length;
  const phrase = text.slice(from, clauseEnd(text, from)).trim().replace(/[ \u00a0]+(?:who|which|whose|that|where)[ \u00a0].*$/su, "");
  const words = phrase.split(/[ \u00a0]+/);
  return words.length >= 2 && words.length <= MAX_ROLE_WORDS ? phrase : null;
}

/**
 * Where a bare appositive starts: news style drops the article before a job ("said Amr
 * Awadallah, CEO of Vectara", "Jan Liphardt, associate professor of bioengineering at …"). It is
 * a role only when its head comes first, after nothing but modifiers, so a list of names ("Biden,
 * Obama and …") or a clause (", adding that …") is never taken.
 */
function bareRoleAt(text: string, from: number): boolean {
  const ws = text.slice(from, from + 80).split(/[ \u00a0]+/, 4);
  // a title written in title case, as trade and company pages do ("Chief Cyber Solutions Officer
  // at Cloudflare"): after a capitalised half of one, its field words are capitalised too
  const titleCase = /^\p{Lu}\p{Ll}+$/u.test(ws[0] ?? "") && (TITLE_HALVES.has(lower(ws[0]!)) || ROLE_MODIFIERS.has(lower(ws[0]!)));
  for (let i = 0; i < ws.length; i++) {
    const raw = ws[i]!;
    const w = lower(raw.replace(/[,;:.]+$/, ""));
    // a job, singular: "director", "CEO", "Director" (plurals, "members", are groups, not roles)
    // ("Smith, director Steven Spielberg and …": a title before the next name is that name's)
    // ("chief executive of the FMB": after "chief" or "vice", "executive" is the job itself)
    const head = (ROLE_NOUNS.has(w) || TITLES.has(w) || DESCRIPTION_HEADS.has(w)) && (!BARE_NOT_HEAD.has(w) || (w === "executive" && i > 0 && TITLE_HALVES.has(lower(ws[i - 1]!))));
    if (head && !HONORIFICS.has(w)) return /[,;:.]$/.test(raw) || !/^\p{Lu}/u.test(ws[i + 1] ?? "");
    // a half of a title leads to its job ("chief executive", "deputy director", "general manager")
    // and so does a field noun ("admissions counselor", "chief strategy officer", "cloud
    // therapist at Google"): a plain lower-case word, never a function word, verb form or adverb
    // (a field in -s, "admissions", "sales", "operations", only right before the job word: "says" is a verb)
    const field = fieldWord(raw) || (/^[a-z]{4,}s$/.test(raw) && !FUNCTION_WORDS.has(raw) && isJobWord(lower((ws[i + 1] ?? "").replace(/[,;:.]+$/, "")))) || (titleCase && /^\p{Lu}[\p{L}&-]*$/u.test(raw) && !FUNCTION_WORDS.has(w));
    if (!(ROLE_MODIFIERS.has(w) || TITLE_HALVES.has(w) || DESCRIPTION_MODIFIERS.has(w) || field) || /[,;:.]$/.test(raw)) return false;
  }
  return false;
}
const isJobWord = (w: string) => (ROLE_NOUNS.has(w) || TITLES.has(w) || DESCRIPTION_HEADS.has(w)) && !BARE_NOT_HEAD.has(w) && !HONORIFICS.has(w);
/** A lower-case noun that may name a job's field: no function word, and no -ed, -ing, -ly or -s verb or adverb form. */
function fieldWord(w: string): boolean {
  return /^[a-z]{3,}$/.test(w) && !FUNCTION_WORDS.has(w) && !/(?:ed|ing|ly|s)$/.test(w) && !RELATIONS.has(w);
}
// title words that never head a job on their own ("Prime", "Vice"); "general" and "chief"
// are adjectives as often as jobs after a comma ("general manager", "chief economist")
const TITLE_HALVES = new Set(["vice", "general", "chief", "deputy", "assistant", "executive"]);
const BARE_NOT_HEAD = new Set(["prime", "vice", "general", "chief", "first", "deputy", "assistant", "executive", "speaker", "friend", "ally", "rival", "critic", "opponent", "wife", "husband", "son", "daughter", "mother", "father"]);

// what opens an appositive in the article's place: "another" too ("X, another former adviser to
// Mr. Lee,"), the card showing the job alone
const ARTICLE = /^(?:a|an|the|another)[ \u00a0]/iu;

// a possessive opening an appositive, with a courtesy title that makes it a person's (group 1)
const OWNER = /^(?:((?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?)[ \u00a0]+)?(?:\p{Lu}[\p{L}.-]*[ \u00a0]+){0,2}\p{Lu}[\p{L}-]*(?:['’]s|s['’])[ \u00a0]+/u;

/** The opening of an appositive after a name (appositiveAfter), and of a bare one (", CEO of …"). */
const APPOSITIVE_OPEN = /^(?:['’]s)?(?:,[ \u00a0]+(?:(?:\d{1,3}|(?:MBA|PhD|Ph\.D\.|MD|M\.D\.|JD|J\.D\.|DPhil|MPH|MSc|RN)(?:[ \u00a0]['’]\d\d)?),[ \u00a0]+)?(?:of[ \u00a0]+\p{Lu}[\p{L}.'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}.'’-]*){0,2}(?:,[ \u00a0]+\p{Lu}[\p{L}.]*)?,[ \u00a0]+)?(?:(?:now|currently|(formerly|previously|once))[ \u00a0]+)?|[ \u00a0]?[—–][ \u00a0]?|[ \u00a0]\(|[ \u00a0]of[ \u00a0]+(?:the[ \u00a0]+)?\p{Lu}[\p{L}.'’&-]*(?:[ \u00a0]+(?:of|for|and|on|the|\p{Lu}[\p{L}.'’&-]*)){0,6},[ \u00a0]+)(?=(?:[Aa]|[Aa]n|[Tt]he|[Aa]nother|his|her|their|its|\p{Lu}[\p{L}&.-]*(?:[ \u00a0]\p{Lu}[\p{L}&.-]*){0,2}(?:['’]s|s['’]))[ \u00a0])/u;
const BARE_OPEN = /^,[ \u00a0]+(?:\d{1,3},[ \u00a0]+)?(?:of[ \u00a0]+\p{Lu}[\p{L}.'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}.'’-]*){0,2}(?:,[ \u00a0]+\p{Lu}[\p{L}.]*)?,[ \u00a0]+)?/u;
/** The same patterns for a text whose letters are all ASCII (ascii-form.ts): compiling these two
 *  was the largest one-off cost of appositiveAfter on a worker's first page. */
const APPOSITIVE_OPEN_ASCII = asciiForm(APPOSITIVE_OPEN);
const BARE_OPEN_ASCII = asciiForm(BARE_OPEN);

/** An appositive right after a mention: ", a member of …," or "—a former …", or ", CEO of …". */
function appositiveAfter(text: string, end: number, nameIn: (s: number, e: number) => number): string | null {
  // ", a …", ", the …", and ", Apple's chief executive," where an organisation's possessive
  // stands for the article
  // (what follows the name opens every form below: a comma, a possessive, a dash; most names
  // are followed by none, and the regexes are not run for them)
  const c0 = text.charCodeAt(end);
  const c1 = text.charCodeAt(end + 1);
  // (" (the author of …)": a bracketed appositive, as feature and trade writing give one)
  // (" of the University of Adelaide, a scholar of …": an affiliation may stand before it too)
  const opens = c0 === 44 || c0 === 39 || c0 === 0x2019 || c0 === 0x2014 || c0 === 0x2013 || ((c0 === 32 || c0 === 0xa0) && (c1 === 0x2014 || c1 === 0x2013 || c1 === 40 || (c1 === 111 && text.charCodeAt(end + 2) === 102 && text.charCodeAt(end + 3) === 32)));
  // (an age or a degree may stand between the name and its description: "X, 54, a lawyer",
  // "X, PhD, a clinical psychologist", "X, MBA ’16, a physician")
  const after = text.slice(end, end + 80);
  const plain = opens && plainLetters(after);
  let m = !opens ? null : (plain ? APPOSITIVE_OPEN_ASCII : APPOSITIVE_OPEN).exec(after);
  // ("X, his national security adviser at the time,", "X, its chief executive,": a possessive
  // determiner stands for the article, and whose job it is stays out of the card, as a person's
  // possessive does)
  const determiner = m ? /^(?:his|her|their|its)[ \u00a0]+/u.exec(text.slice(end + m[0].length, end + m[0].length + 7)) : null;
  if (m && !determiner && !ARTICLE.test(text.slice(end + m[0].length, end + m[0].length + 8)) && !possessiveRoleAt(text, end + m[0].length)) m = null;
  if (!m && c0 === 44) {
    const bare = (plain || plainLetters(text.slice(end, end + 60)) ? BARE_OPEN_ASCII : BARE_OPEN).exec(text.slice(end, end + 60));
    if (bare && bareRoleAt(text, end + bare[0].length)) m = bare;
  }
  if (!m) return null;
  const from = end + m[0].length + (determiner?.[0].length ?? 0);
  const stop = clauseEnd(text, from);
  // a bare appositive must close like one (", CEO of Vectara, said", "Uli Lorimer, Director of
  // Horticulture:"): one that runs to the end of a line is a headline's clause ("Tyagi, CEO of
  // SECQAI delves into …")
  const article = !!determiner || ARTICLE.test(text.slice(from, from + 8));
  if (!article && !/^[,;:.()—–]/.test(text[stop] ?? "")) return null;
  // ("the Observer, her senior policy adviser, Jake Sullivan,": a possessive's job set off
  // before another name is that name's)
  if (determiner && text[stop] === "," && nameIn(stop, stop + 3) >= 0) return null;
  // a bracket's description closes inside it ("(the developer of X, another tool)")
  if (m[0].endsWith("(") && !/^[),]/.test(text[stop] ?? "")) return null;
  let phrase = text.slice(from, stop).trim();
  // ", Sanders’ campaign manager,", ", Mr. Netanyahu's former national security adviser,": a
  // person's possessive stays out of the card, as a name before a description does ("Clinton
  // campaign manager X" → "campaign manager"); an organisation's stays ("Apple's chief executive")
  let at = from;
  const owner = article ? null : OWNER.exec(phrase);
  if (owner && (owner[1] || nameIn(from, from + owner[0].length) >= 0)) {
    phrase = phrase.slice(owner[0].length);
    at = from + owner[0].length;
  }
  // "…and Mika Brzezinski, the Democratic presidential candidate stated that …": a verb with a
  // "that" clause makes the phrase the sentence's subject, not an appositive ("the executive
  // arrested that day" is still a participle)
  // (a relative clause's own verb does not count: "a professor … who had once concluded that")
  if (/[ \u00a0]\p{Ll}{2,}ed[ \u00a0]+that[ \u00a0]+(?!(?:day|night|morning|evening|week|month|year|season|time)\b)/u.test(phrase.replace(/[ \u00a0]+(?:who|whom|which|whose)[ \u00a0].*$/su, ""))) return null;
  // a relative clause is cut off (a second description joined by "and": cardLine)
  phrase = phrase.replace(/[ \u00a0]+(?:who|which|whose|that)[ \u00a0].*$/su, "");
  // a title whose name the bracket cut off ("adviser to Vice President (then-Senator) Joe …") is
  // someone else's: the job stops before it, as before a name
  const dangling = /[ \u00a0]+(?:to|for|of|with|under)(?:[ \u00a0]+\p{Lu}[\p{L}.'’-]*)+$/u.exec(phrase);
  if (dangling && text[stop] === "(" && isTitleEnd(phrase.slice(phrase.lastIndexOf(" ") + 1))) phrase = phrase.slice(0, dangling.index);
  const words = phrase.split(/[ \u00a0]+/);
  // "Clinton, a top aide said, “is very confident”": a parenthetical report, not an appositive
  if (/^(?:said|says|told|tells|added|adds|wrote|writes|noted|notes|explained|explains|insisted|insists)$/i.test(words[words.length - 1]!)) return null;
  // (bareRoleAt and possessiveRoleAt checked the head of a phrase with no article)
  const isJob = (w: string) => ROLE_NOUNS.has(lower(w)) || TITLES.has(lower(w)) || DESCRIPTION_HEADS.has(lower(w));
  if (article && (words.length < 2 || !(words.slice(1, 6).some(isJob) || longHeadAt(words, isJob)))) return null;
  // (a whole clause is no card line)
  const line = cardLine(phrase, nameIn(at, at + phrase.length) - at, article ? MAX_ROLE_WORDS + 2 : 9);
  // ("X, formerly the company's chief executive,": a past job is a former one)
  return line && m[1] ? formerly(line) : line;
}

/**
 * Whether a job word closes a long opening of an appositive, after an organisation's name: "a
 * University of South Carolina political science professor", "the United States Customs and
 * Border Protection commissioner". A preposition after a lower-case word opens a complement, and
 * a job inside it is not the appositive's ("a gripping novel from a new-to-me author").
 */
function longHeadAt(words: readonly string[], isJob: (w: string) => boolean): boolean {
  for (let i = 1; i < Math.min(words.length, MAX_ROLE_WORDS); i++) {
    if (isJob(words[i]!)) return true;
    if (/^(?:of|for|to|from|at|in|with|on|by|about)$/.test(words[i]!) && /^\p{Ll}/u.test(words[i - 1]!)) return false;
  }
  return false;
}

/**
 * A sentence, or a relative clause, that introduces its subject by job: "Gina Ruiz is senior editor at the Post.",
 * "Rick Lane is the Republican governor of Florida." (op-ed bylines and profiles). Only where the
 * name opens the sentence, and only "is" (what someone was is not their role now); the words
 * after it must be modifiers or capitalised qualifiers up to a job word, so "X is a liar", "X is
 * leading the race" or "X is the party unifier" are not taken.
 */
function copulaAfter(text: string, start: number, end: number, nameIn: (s: number, e: number) => number): string | null {
  // (a courtesy title before the name is the sentence's first word: "Mr. Lee is …", not "if Mr. Lee is …")
  let at = start;
  const pre = text.slice(Math.max(0, start - 8), start);
  const title = /(?<!\p{L})(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Rev)\.[ \u00a0]+$/u.exec(pre);
  if (title) at = start - (pre.length - title.index);
  // "X, who is the executive director of …,": a relative clause that only says the job, anywhere
  // "X, who served as ambassador to France from 2009 to 2013," / "X, who was a top adviser to
  // …": a job the clause puts in the past is shown as a former one (group 1)
  let m = text.charCodeAt(end) !== 44 ? null : /^,[ \u00a0]+who[ \u00a0]+(?:is|(was(?=[ \u00a0]+(?:a|an|the|(?!\p{Ll}+ed[ \u00a0])\p{Ll}+)[ \u00a0])|(?:had[ \u00a0]+)?(?:(?:previously|once|formerly|briefly|later)[ \u00a0]+)?served[ \u00a0]+as))[ \u00a0]+(?:(?:now|also|currently)[ \u00a0]+)?(?:(?:a|an|the|his|her|their|its)[ \u00a0]+)?/u.exec(text.slice(end, end + 60));
  if (!m) {
    if (at > 0 && !/(?:[.!?]["”’]?[ \u00a0]+|\n)$/u.test(text.slice(Math.max(0, at - 4), at))) return null;
    m = /^[ \u00a0]is[ \u00a0]+(?:(?:a|an|the)[ \u00a0]+)?/u.exec(text.slice(end, end + 12));
  }
  if (!m) return null;
  const from = end + m[0].length;
  const ws = text.slice(from, from + 80).split(/[ \u00a0]+/, 6);
  for (let i = 0; i < ws.length; i++) {
    const raw = ws[i]!;
    const w = lower(raw.replace(/[,;:.]+$/, ""));
    if (DESCRIPTION_HEADS.has(w) && !BARE_NOT_HEAD.has(w)) {
      const stop = clauseEnd(text, from);
      if (!/^[.,;]/.test(text[stop] ?? "")) return null;
      const phrase = text.slice(from, stop).trim();
      const line = cardLine(phrase, nameIn(from, stop) - from, MAX_ROLE_WORDS);
      // ("Obama's former secretary of state": the possessive stays in front)
      return line && m[1] ? formerly(line) : line;
    }
    // (a field noun right before the job is the job's: "a longtime beverage writer", "a garden writer")
    const field = fieldWord(raw) && !PRAISE.has(w) && DESCRIPTION_HEADS.has(lower((ws[i + 1] ?? "").replace(/[,;:.]+$/, "")));
    if (/[,;:.]$/.test(raw) || !(ROLE_MODIFIERS.has(w) || DESCRIPTION_MODIFIERS.has(w) || field || (/^\p{Lu}/u.test(raw) && !FUNCTION_WORDS.has(w)))) return null;
  }
  return null;
}

// a time or a setting after the post, which the card leaves out ("ambassador to Burma from 2012
// until earlier this year", "chief of staff during the Clinton administration")
const POST_TIME = /[ \u00a0]+(?:(?:from|since|until|through|between|in)[ \u00a0]+(?:\d|the[ \u00a0]+\d|early|late|earlier|last|this|that|January|February|March|April|May|June|July|August|September|October|November|December)|during|after|before|when|while|under|on[ \u00a0]+(?:\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December))\b.*$/su;

/**
 * "X resigned as chairman of Y", "X, who took over as head of Z,", "X was named as the team's
 * coach" (see roles/as-predicate.ts): the post after "as", as the card shows it. The post must
 * open on a job word or its modifiers (an article, a possessive and capitals before them), so
 * "served as a kind of financial magician" or "serves as a table charge" give none.
 */
function asPredicateAfter(text: string, end: number, nameIn: (s: number, e: number) => number): string | null {
  const as = asPredicateAt(text, end);
  if (!as) return null;
  let from = as.from;
  // ("as Clinton’s chief of staff", "as his deputy", "as the team's coach": whose post it is
  // stays out of the card, as in an appositive)
  const lead = /^(?:(?:a|an|the|his|her|their|its)[ \u00a0]+)?(?:\p{Ll}+(?:['’]s|s['’])[ \u00a0]+)?/u.exec(text.slice(from, from + 30))![0];
  from += lead.length;
  const owner = OWNER.exec(text.slice(from, from + 60));
  if (owner && (owner[1] || nameIn(from, from + owner[0].length) >= 0)) from += owner[0].length;
  const stop = clauseEnd(text, from);
  const phrase = text.slice(from, stop).replace(/[ \u00a0]+(?:who|which|whose|that|where)[ \u00a0].*$/su, "").replace(POST_TIME, "").trim();
  const ws = phrase.split(/[ \u00a0]+/);
  // a job word within the first words, after modifiers or capitals only
  let head = -1;
  for (let i = 0; i < Math.min(ws.length, 6) && head < 0; i++) {
    const w = lower(ws[i]!);
    if ((DESCRIPTION_HEADS.has(w) || ROLE_NOUNS.has(w) || TITLES.has(w)) && !(BARE_NOT_HEAD.has(w) && i === ws.length - 1)) head = i;
    else if (!(ROLE_MODIFIERS.has(w) || DESCRIPTION_MODIFIERS.has(w) || (/^\p{Lu}/u.test(ws[i]!) && !FUNCTION_WORDS.has(w)))) return null;
  }
  if (head < 0) return null;
  const line = cardLine(phrase, nameIn(from, from + phrase.length) - from, MAX_ROLE_WORDS);
  return line && as.past ? formerly(line) : line;
}

// words of praise or size before a job, which say how good, not which job ("a great leader")
const PRAISE = new Set(["good", "great", "best", "better", "real", "true", "big", "huge", "fine", "nice", "bad", "poor", "terrible", "natural", "born", "total", "complete", "perfect", "strong", "weak", "lousy", "fantastic", "wonderful", "amazing", "brilliant", "smart", "tough", "very", "pretty", "little", "young", "old", "new"]);

/** A job the text puts in the past, as the card shows it ("Obama's former secretary of state": the possessive stays in front). */
function formerly(line: string): string {
  return /^(?:former|ex-|then|late)\b/i.test(line) ? line : line.replace(/^(?:\S+['’]s[ \u00a0]+)?/u, (p) => `${p}former `);
}

/** What "who <verb>s X" makes X's person: the job the verb names. */
const JOB_VERBS: Readonly<Record<string, string>> = {
  heads: "head of", runs: "head of", leads: "leader of", directs: "director of", chairs: "chair of", "co-chairs": "co-chair of",
  founded: "founder of", "co-founded": "co-founder of", owns: "owner of", "co-owns": "co-owner of", manages: "manager of",
  edits: "editor of", hosts: "host of", "co-hosts": "co-host of", coaches: "coach of", publishes: "publisher of",
};
// what one leads or runs without a job ("who leads the race", "who runs the risk")
const NOT_JOB_OBJECTS = /^(?:race|polls?|field|pack|way|charge|list|risk|show|gamut|table|tally|count)$/;

/**
 * "X, who heads the Center for Y," / "X, who founded Acme,": a relative clause whose verb names a
 * job gives that job ("head of the Center for Y", "founder of Acme"), as a description would.
 * The object must open like an organisation (an article, a possessive, a capital), and the clause
 * must close on a comma or a full stop.
 */
function jobVerbAfter(text: string, end: number, nameIn: (s: number, e: number) => number): string | null {
  if (text.charCodeAt(end) !== 44) return null;
  const m = /^,[ \u00a0]+who[ \u00a0]+(?:(?:now|also|currently)[ \u00a0]+)?([a-z-]+)[ \u00a0]+/u.exec(text.slice(end, end + 40));
  const job = m ? JOB_VERBS[m[1]!] : undefined;
  if (!m || !job) return null;
  const from = end + m[0].length;
  const ws = text.slice(from, from + 60).split(/[ \u00a0]+/, 4);
  if (!/^(?:the|a|an|his|her|their|its|\p{Lu}[\p{L}&.'’-]*)$/u.test(ws[0] ?? "") && !/['’]s$/.test(ws[0] ?? "")) return null;
  // the object's first noun: "the race", "the polls", "a risk"
  const noun = /^(?:the|a|an|his|her|their|its)$/.test(ws[0]!) ? ws[1] : ws[0];
  if (!noun || NOT_JOB_OBJECTS.test(noun.replace(/[,;:.]+$/, ""))) return null;
  const stop = clauseEnd(text, from);
  if (!/^[.,;]/.test(text[stop] ?? "")) return null;
  const object = text.slice(from, stop).trim();
  const at = nameIn(from, stop);
  const line = cardLine(`${job} ${object}`, at < 0 ? -1 : at - from + job.length + 1, MAX_ROLE_WORDS);
  // (a line left as the bare verb's noun says nothing the clause said: "head of" cut to "head")
  return line && line.includes(" ") ? line : null;
}

/** ", Apple's chief executive,": a possessive, then only modifiers before a job word. */
function possessiveRoleAt(text: string, from: number): boolean {
  const ws = text.slice(from, from + 80).split(/[ \u00a0]+/, 7);
  let i = 0;
  while (i < ws.length && !/(?:['’]s|s['’])$/.test(ws[i]!)) i++;
  for (i++; i < ws.length; i++) {
    const w = lower(ws[i]!.replace(/[,;:.]+$/, ""));
    // the job closes the phrase ("chief executive,") or is followed by its complement
    if (DESCRIPTION_HEADS.has(w) && (/[,;:.]$/.test(ws[i]!) || !DESCRIPTION_HEADS.has(lower(ws[i + 1] ?? "").replace(/[,;:.]+$/, "")))) return true;
    if (!(ROLE_MODIFIERS.has(w) || DESCRIPTION_MODIFIERS.has(w)) || /[,;:.]$/.test(ws[i]!)) return false;
  }
  return false;
}

// what stands between two names of a list: a bracket ("(D-Ill.)"), a seat ("of Texas"), then
// ", ", " and " or ", and " (groups 1, 2: the "and" that ends the list)
const LIST_GAP = /^(?:[ \u00a0]\([^()\n]{1,16}\))?(?:[ \u00a0]+of[ \u00a0]+\p{Lu}[\p{L}.'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}.'’-]*)?)?(?:,[ \u00a0]+(and[ \u00a0]+)?|[ \u00a0]+(and)[ \u00a0]+)$/u;
const LIST_TAIL = /^(?:[ \u00a0]\([^()\n]{1,16}\))?(?:[ \u00a0]+of[ \u00a0]+\p{Lu}[\p{L}.'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}.'’-]*)?)?/u;
const LIST_BEFORE = /(?:,|[ \u00a0]and)[ \u00a0]+$/;

// posts one names alone, each the one post of its kind where the story is ("President", "King")
const STANDALONE_TITLES = new Set(["president", "king", "queen", "pope", "emperor", "empress", "premier", "chancellor", "speaker", "sheikh", "ayatollah"]);
// "then-senator", "then President": the post at the story's time, no longer held
const THEN = /^then(?:-|[ \u00a0]+)/u;


// a title and an appositive together, in words (the eval holds every line to 12)
const MAX_WITH_APPOSITIVE = 12;

const DATED = /^(?:['’]s)?[ \u00a0]+in[ \u00a0]+(?:1[89]|20)\d\d\b/u;

/** One role (or null) per person, given each person's mentions in text order. */
export function findRoles(text: string, people: readonly (readonly Span[])[]): (string | null)[] {
  // every mention of anyone, by start: a description before a name never holds another name
  // ("longtime Clinton aide Huma Abedin")
  // (built on first use: most texts never ask)
  let all: Span[] | null = null;
  /** Index of the first mention starting at or after `at`. */
  const firstFrom = (at: number): number => {
    // a name that stands once and alone ("Audio Specialist") may be the name finder's mistake:
    // only a person named twice, or with two words, keeps a role from holding their name
    all ??= people
      .flatMap((ms) => (ms.length > 1 ? ms : ms.filter((m) => text.slice(m.start, m.end).includes(" "))))
      .sort((a, b) => a.start - b.start);
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid]!.start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const isName = (s: number, e: number): boolean => {
    const lo = firstFrom(e);
    // mentions are short: the few that start before e and may still reach past s
    for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) if (all![i]!.end > s) return true;
    return false;
  };
  // the words of everyone's names: a surname the name finder did not mark inside an appositive
  // ("a Brandt spokeswoman") is still a name
  let nameWords: Set<string> | null = null;
  /** Whether another person's mention of two or more words ends in the word s..e (one that runs on
   *  past it, over the title, is the name finder's mistake: "Take Idaho Republican Sens"). */
  const isFullName = (s: number, e: number): boolean => {
    const lo = firstFrom(e);
    for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) {
      const q = all![i]!;
      if (q.end > s && q.end <= e && text.slice(q.start, q.end).includes(" ")) return true;
    }
    return false;
  };
  /** Where the first mention, or word of a name, inside s..e starts, or -1. */
  const nameIn = (s: number, e: number): number => {
    const i = firstFrom(s);
    let at = i < all!.length && all![i]!.start < e ? all![i]!.start : e;
    // (surnames only: a mention's last word, when it is no title or job word)
    if (!nameWords) {
      nameWords = new Set();
      for (const m of all!) {
        const w = text.slice(Math.max(m.start, text.lastIndexOf(" ", m.end) + 1), m.end);
        if (!nameWords.has(w)) nameWords.add(w);
      }
      // a title or job word closing a mention is no surname
      for (const w of nameWords) if (!/^\p{Lu}\p{Ll}{2,}$/u.test(w) || TITLES.has(w.toLowerCase()) || ROLE_NOUNS.has(w.toLowerCase())) nameWords.delete(w);
    }
    const re = /\p{Lu}[\p{L}'’-]+/gu;
    const span = text.slice(s, at);
    for (let w = re.exec(span); w; w = re.exec(span)) {
      // (a surname inside an organisation's name is the organisation's: "the Brady Campaign")
      const next = /^[ \u00a0]+(\p{Lu}\p{Ll}+)/u.exec(span.slice(w.index + w[0].length))?.[1];
      if (nameWords.has(w[0].replace(/['’]s$/, "")) && !(next && NON_PERSON_HEADS.has(next.toLowerCase()))) {
        at = s + w.index;
        break;
      }
    }
    return at < e ? at : -1;
  };
  /**
   * The title or plural description at the head of a list the mention ends ("Sens. Ted Cruz of
   * Texas and Marco Rubio of Florida", "Chefs Ann Lee and Bo Ray", "presidential candidates Ann
   * Lee, Bo Ray and Cy Tam"): a plural one is every listed name's, in the singular. Walks back
   * over ", ", " and ", a bracket ("(D-Ill.)") and a seat ("of Texas"), through one "and" only.
   */
  const fromList = (m: Span): { title?: string; described?: string } | null => {
    let cur = m;
    let and = false;
    for (let hop = 0; hop < 6; hop++) {
      const i = firstFrom(cur.start) - 1;
      if (i < 0) return null;
      const prev = all![i]!;
      const gap = LIST_GAP.exec(text.slice(prev.end, cur.start));
      const ends = !!(gap?.[1] ?? gap?.[2]);
      if (!gap || (and && ends)) return null;
      and ||= ends;
      // (only a plural heads a list: the word before the name ends in "s" or "s.")
      const c1 = text.charCodeAt(prev.start - 2);
      const c2 = text.charCodeAt(prev.start - 3);
      if (c1 !== 115 && !(c1 === 46 && c2 === 115)) {
        cur = prev;
        continue;
      }
      const out = { plural: false };
      const title = titleBefore(text, prev.start, out);
      if (title) return out.plural ? { title } : null;
      const described = descriptionBefore(text, prev.start, isName, true);
      if (described) return { described };
      cur = prev;
    }
    return null;
  };
  /**
   * The whole list of names the mention stands in ("Ann Lee, Bo Ray and Cy Tam", "X of Texas and
   * Y of Ohio"), when it is one: two whole names or more, only names, and one "and" before the last.
   */
  const setOffList = (m: Span): { start: number; end: number } | null => {
    if (!LIST_BEFORE.test(text.slice(Math.max(0, m.start - 5), m.start)) && !/^(?:[ \u00a0]\(|[ \u00a0]+of[ \u00a0]|,[ \u00a0]|[ \u00a0]+and[ \u00a0])/u.test(text.slice(m.end, m.end + 5))) return null;
    let first = m;
    let and = false;
    for (let hop = 0; hop < 8; hop++) {
      const i = firstFrom(first.start) - 1;
      const prev = i >= 0 ? all![i]! : null;
      const gap = prev ? LIST_GAP.exec(text.slice(prev.end, first.start)) : null;
      if (!prev || !gap || (and && (gap[1] ?? gap[2]))) break;
      and ||= !!(gap[1] ?? gap[2]);
      first = prev;
    }
    let last = m;
    for (let hop = 0; hop < 8 && !and; hop++) {
      const j = firstFrom(last.end);
      const next = j < all!.length ? all![j]! : null;
      const gap = next ? LIST_GAP.exec(text.slice(last.end, next.start)) : null;
      if (!next || !gap) break;
      and = !!(gap[1] ?? gap[2]);
      last = next;
    }
    // (the last name's bracket or seat stands inside the list: "… and Lindsey Graham (R-S.C.),")
    const tail = LIST_TAIL.exec(text.slice(last.end, last.end + 40))![0].length;
    if (!and || first === last) return null;
    // (a list that introduces people gives their whole names: a lone first name there is most
    // often the name finder's guess at someone else's, "David and Jeanne Heidler")
    for (let i = firstFrom(first.start); i < all!.length && all![i]!.start <= last.start; i++) if (!text.slice(all![i]!.start, all![i]!.end).includes(" ")) return null;
    return { start: first.start, end: last.end + tail };
  };
  /** The first of two descriptions stacked with "and" before the one read at the name ("former
   *  Secretary of State and Democratic presidential nominee X"): `raw` as it stands before `start`. */
  const firstOfStack = (at: number): string | null => {
    const first = titleBefore(text, at, undefined, isFullName) ?? descriptionBefore(text, at, isName);
    // (an imperative opening the sentence is no qualifier: "Follow Breitbart News reporter and …")
    const opener = first && /^(\p{Lu}\p{Ll}+)[ \u00a0]/u.exec(first);
    return opener && SENTENCE_OPENERS.has(opener[1]!.toLowerCase()) ? first!.slice(opener[0].length) : first;
  };
  const stacked = (raw: string, start: number, line: string): string => {
    const first = stackedBefore(text, phraseStart(text, start, raw), firstOfStack);
    return first ? stackLine(spellOutTitle(first), line) : line;
  };
  /**
   * A titled name's appositive after it says what the title does not ("Rep. Ann Lee (D-S.C.), the
   * assistant leader of the Democratic caucus,", "Sen. Bo Ray, the Republican presidential
   * candidate,"): the card shows both. Not one that repeats the title's job ("Sen. X, the senator
   * from Ohio"), nor the first of a list (", the Department of Y, and the University of Z").
   */
  const withAppositive = (line: string, end: number): string => {
    const tag = /^[ \u00a0]\([^()\n]{1,16}\)/u.exec(text.slice(end, end + 20));
    const at = end + (tag ? tag[0].length : 0);
    if (!/^,[ \u00a0]+(?:the|a|an)[ \u00a0]/u.test(text.slice(at, at + 8))) return line;
    const after = appositiveAfter(text, at, nameIn);
    // (a job of one word, cut from its complement, says little more: "a leader of Lee's …" → "leader")
    if (!after?.includes(" ")) return line;
    const stop = clauseEnd(text, at + 2);
    if (/^,?[ \u00a0]+(?:and|or)[ \u00a0]/u.test(text.slice(stop, stop + 6))) return line;
    const jobs = (l: string) => l.toLowerCase().split(" ").filter((w) => TITLES.has(w) || ROLE_NOUNS.has(w) || DESCRIPTION_HEADS.has(w));
    const own = new Set(jobs(line));
    if (jobs(after).some((w) => own.has(w))) return line;
    return line.split(" ").length + after.split(" ").length <= MAX_WITH_APPOSITIVE ? `${line}, ${after}` : line;
  };
  return people.map((mentions) => {
    const role = roleOf(mentions);
    return role && notAPerson(text, mentions, role) ? null : role;
  });
  function roleOf(mentions: readonly Span[]): string | null {
    // a one-word description ("spokeswoman", "billionaire") says less than a role given at a
    // later mention ("Fiorina, the former CEO of Hewlett-Packard,"): it is kept only when no
    // mention gives more
    let weak: string | null = null;
    // a title of one word ("Senator", "Secretary", "General") names no post: a later reading
    // that says which ("former Secretary of State", "a retired four-star general") is kept before it
    // …and so is a post the text dates to its story's time ("then-Sen. Barack Obama", "then-president
    // Bill Clinton"): the card shows it as a former one, kept only when no mention gives a current one
    let bare: string | null = null;
    // (a held title, "Senator", "Captain", gives way only to a line that names a post too: "Senate
    // majority leader", "chairman of the Joint Chiefs", not "graduate of Harvard Law School")
    let bareTitle = false;
    /** The line, or null where it is held as `bare` for want of a better one. */
    const settle = (line: string, title = false): string | null => {
      const then = THEN.exec(line);
      if (then) bare ??= `former ${line.slice(then[0].length)}`;
      else if (!line.includes(" ") && !STANDALONE_TITLES.has(line.toLowerCase())) {
        if (bare === null) bareTitle = title;
        bare ??= line;
      } else if (bareTitle && !line.split(" ").some((w) => TITLES.has(lower(w)) || w === "head")) return null;
      else return line;
      return null;
    };
    for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
      const title = titleBefore(text, m.start, undefined, isFullName);
      const line = title && settle(titleLine(title, text, m.end), true);
      if (line) return withAppositive(stacked(title!, m.start, line), m.end);
      // "… as it did Democratic candidate Ann Lee in 2016": a description dated to a past year
      // was that year's, and a card showing it today would mislead
      let described = descriptionBefore(text, m.start, isName);
      if (described) described = withoutPossessor(stacked(described, m.start, described));
      // one of a pair under one plural description: "presidential candidates Ann Lee and Bo Ray"
      if (!described) {
        if (/^(?:,|[ \u00a0]+and)[ \u00a0]+\p{Lu}/u.test(text.slice(m.end, m.end + 8))) described = descriptionBefore(text, m.start, isName, true);
        if (!described && LIST_BEFORE.test(text.slice(Math.max(0, m.start - 5), m.start))) {
          // the list's other names share its plural title or description
          const listed = fromList(m);
          const line = listed?.title && settle(titleLine(listed.title, text, m.end), true);
          if (line) return line;
          described = listed?.described ?? null;
        }
      }
      if (described && DATED.test(text.slice(m.end, m.end + 12))) described = null;
      if (described?.includes(" ") && settle(described)) return described;
      // (", 52, of Springfield, a retired nurse,": what follows a place of residence is the
      // resident's, not the place's, should the name finder take the place for a person)
      // (nor an organisation's: "Pamela Lyon of the University of Adelaide, a scholar of …")
      // (most names follow no "of": the regex runs only after one)
      const ofBefore = text.startsWith("of ", m.start - 3) || text.startsWith("of the ", m.start - 7) ? /(?:,|(\p{Lu}\p{Ll}+))[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?$/u.exec(text.slice(Math.max(0, m.start - 30), m.start)) : null;
      const residence = !!ofBefore && (!ofBefore[1] || NON_PERSON_HEADS.has(ofBefore[1].toLowerCase()));
      const possessed = { weak: false };
      let definite = definiteTitleBefore(text, m.start, m.end, isName, possessed);
      if (!definite) {
        const list = setOffList(m);
        if (list) definite = definiteTitleBefore(text, list.start, list.end, isName, possessed, true);
      }
      if (definite && possessed.weak) {
        weak ??= definite;
        definite = null;
      }
      const found = definite ?? (residence ? null : appositiveAfter(text, m.end, nameIn) ?? indefiniteBefore(text, m.start, m.end, nameIn) ?? labelBefore(text, m.start) ?? copulaAfter(text, m.start, m.end, nameIn) ?? jobVerbAfter(text, m.end, nameIn) ?? asPredicateAfter(text, m.end, nameIn));
      // ("the company's chief executive": the job, not whose; see possessor.ts)
      const role = found && withoutPossessor(found);
      if (role && settle(role)) return role;
      // (an organisation's possessive alone, "CNN’s Alex Mooney contributed to this report", says
      // whom the person works for, not the job: the card shows no dangling "of CNN")
      weak ??= described;
    }
    const last = bare ?? weak;
    return last && THEN.test(last) ? last.replace(THEN, "former ") : last;
  }
}
