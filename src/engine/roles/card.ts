/**
 * An appositive made into the line a card shows: "Tim Cook, the company's 63-year-old chief
 * executive who took over in 2011," → "company's chief executive". The reader wants the job, not
 * the grammar around it: the leading article goes, and so do an age, a relative clause, a
 * participle after the job ("the executive arrested and charged …"), a time phrase ("at the
 * time", "in 2016"), a plain place of origin ("a nurse from Ohio" → "nurse"), and another
 * person's name ("a senior adviser to Mr. Sanders" → "senior adviser").
 */
import { isDemonym, isPlaceName } from "../lexicon/place-sets";
import { ROLE_NOUNS, TITLES } from "../lexicon/words";
import { SPEECH_VERBS } from "../lexicon/speech";
import { DESCRIPTION_HEADS, LOWER_MODIFIERS } from "./lexicon";

function isPlace(s: string): boolean {
  const lw = s.toLowerCase();
  return isPlaceName(lw) || isDemonym(lw);
}

const isHeadWord = (w: string) => {
  const lw = w.toLowerCase().replace(/[,.;:]+$/, "");
  return ROLE_NOUNS.has(lw) || TITLES.has(lw) || DESCRIPTION_HEADS.has(lw);
};

// participles that read as a clause after a job, not as part of it
const PARTICIPLE = /^(?:\p{Ll}{3,}(?:ed|ing)|known|born|seen|chosen|shown|given|taken|built|made|led|run|held|paid|brought|sought|taught|found|kept|sent|worth)$/u;
// a finite verb makes the phrase a clause ("the AI is a teacher"), not an appositive
const FINITE = /(?:^|[ \u00a0])(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did|says|said)(?=[ \u00a0]|$)/u;
// nouns in -ing that end a job's name ("director of marketing", "head of engineering")
const NOT_PARTICIPLE = new Set(["marketing", "planning", "banking", "engineering", "accounting", "housing", "training", "spending", "polling", "lending", "publishing", "programming", "nursing", "mining", "shipping", "printing", "recording", "broadcasting", "fundraising", "manufacturing", "building", "licensing", "lobbying", "policing", "computing", "catering", "advertising", "landscaping", "consulting"]);

// where a lawmaker is "from" is their seat, part of the role ("a senator from Vermont")
const CONSTITUENCY_HEADS = new Set(["senator", "representative", "congressman", "congresswoman", "lawmaker", "legislator", "delegate", "mp", "member", "deputy", "assemblyman", "assemblywoman", "councilman", "councilwoman", "councillor", "councilor"]);
export const RELATIONS: ReadonlySet<string> = new Set(["wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "widow", "widower", "friend", "ally", "girlfriend", "boyfriend", "fiance", "fiancee", "spouse", "cousin", "uncle", "aunt", "niece", "nephew", "grandson", "granddaughter", "grandmother", "grandfather", "child", "stepson", "stepdaughter", "stepfather", "stepmother", "partner", "opponent", "rival", "foe", "supporter", "backer", "fan"]);

// what opens a job's complement ("director of …", "attorney for …", "adviser to …")
const COMPLEMENT = /^(?:for|to|at|in|with|on|from|over)$/;

/** A relative clause, a contact clause ("an author she's long admired", "a lawyer he hired"), a time phrase. */
// ("I" is left out: "a World War I veteran")
function cutClause(p: string): string {
  // (with the preposition that opens it: "an adviser with whom Clinton corresponded")
  return p.replace(/[ \u00a0]+(?:(?:with|to|for|of|by|from|under|about|on|in|at)[ \u00a0]+(?=wh))?(?:who|who['’]s|who['’]d|whom|whose|which|that|where|when|but|since|until|(?:at|by)[ \u00a0]+the[ \u00a0]+time|(?:in|from|between)[ \u00a0]+(?:1[89]|20)\d\d|during|(?:you|he|she|we|they)(?:['’]\p{Ll}{1,2})?)(?:[ \u00a0].*)?$/su, "");
}

/**
 * A second description ("a tax lawyer and senior fellow at …", "the former governor and a
 * candidate"), where "and" joining two nouns of one complement stays ("a vice president for
 * public and governmental affairs").
 */
function cutSecondDescription(p: string, keep: boolean): string {
  const and = /[ \u00a0]+and[ \u00a0]+(\S+)(?:[ \u00a0]+(\S+))?(?:[ \u00a0]+(\S+))?/u.exec(p);
  if (!and) return p;
  // an "and" between capitals is inside a name ("the Customs and Border Protection commissioner")
  if (/\p{Lu}[\p{L}.]*$/u.test(p.slice(0, and.index)) && /^\p{Lu}/u.test(and[1]!)) return p;
  const inComplement = /[ \u00a0](?:of|for|on|in)[ \u00a0]/.test(p.slice(0, and.index + 1));
  const next = and[1]!.toLowerCase();
  const second = [and[1], and[2], and[3]].some((w) => w !== undefined && isHeadWord(w));
  // two jobs of one short phrase, the second with no article of its own, are one line: "president
  // and CEO of the bank", "an economist and tax expert"; a relation first is no job ("Carson's
  // longtime friend and adviser" → "adviser")
  if (keep && !inComplement && second && !/^(?:a|an|the|then|also|now)$/.test(next)) {
    const first = p.slice(0, and.index).replace(/^(?:(?:a|an|the)[ \u00a0]+)/iu, "").split(/[ \u00a0]+/);
    if (first.some((w) => RELATIONS.has(w.toLowerCase()))) return p.slice(and.index + /^[ \u00a0]+and[ \u00a0]+/u.exec(and[0])![0].length);
    if (first.length <= 3 && first.some(isHeadWord)) return p;
  }
  if (!inComplement || /^(?:a|an|the|former|then|also|now)$/.test(next) || LOWER_MODIFIERS.has(next) || second) return p.slice(0, and.index);
  return p;
}

/**
 * The card line of an appositive phrase, or null when nothing of a role is left. `nameAt` gives
 * the offset (in `phrase`) of another person's mention inside it, or -1.
 */
export function cardLine(phrase: string, nameAt: number, maxWords = 12): string | null {
  // (both jobs where the line holds them; the first alone where it would run too long, and
  // where another person's name stands in the phrase: "a consultant and longtime Lee critic")
  return (nameAt < 0 ? line(phrase, nameAt, maxWords, true) : null) ?? line(phrase, nameAt, maxWords, false);
}

function line(phrase: string, nameAt: number, maxWords: number, keep: boolean): string | null {
  let p = phrase;
  // "a secretary of labor during the Clinton administration": a job dated to a past
  // administration or term is a former one, once the time phrase is cut
  // (so is one held "at the time": "his national security adviser at the time")
  const past = /[ \u00a0]during[ \u00a0](?:[^,;]*[ \u00a0])?(?:administration|presidency|tenure|term|terms|years|era|government)\b|[ \u00a0]at[ \u00a0]the[ \u00a0]time$/u.test(p);
  // the clause and the second description go first: a name inside them is not the job's
  // ("a Texas media consultant and an influential Hispanic Republican who …": the name finder's
  // "Hispanic Republican" no longer costs the consultant his role)
  p = cutClause(p);
  p = cutSecondDescription(p, keep);
  if (nameAt >= p.length) nameAt = -1;
  if (nameAt >= 0) {
    const before = p.slice(0, nameAt);
    // "a Rubio spokesman", "a former Trump aide", "a Clinton campaign spokesman": the name stands
    // as a noun before the job, whose job it is; the card shows the job alone, as it does for
    // "Clinton aide X" before a name (describe.ts) (PolNeAR train: 7 people, e.g. "a former
    // Trump aide" → "former aide")
    const adjunct = /^(?:(?:a|an|the|another)[ \u00a0]+)?(?:(?!(?:a|an|the|and|or|to|for|of|with|at|in|on|by|from|under|during|alongside|as)[ \u00a0])\p{Ll}[\p{Ll}-]*[ \u00a0]+)*$/u.test(before) ? /^(?:\p{Lu}[\p{L}.'’-]*[ \u00a0]+)+(?=\p{Ll})/u.exec(p.slice(nameAt)) : null;
    if (adjunct) p = before + p.slice(nameAt + adjunct[0].length);
    else {
      // "a former adviser to President Bush": the job, without whose it is
      const cut = /[ \u00a0]+(?:to|for|of|with|at|in|under|during|by|from|on|and|alongside)[ \u00a0]+(?:(?:\p{Lu}[\p{L}.'’-]*|of|the)[ \u00a0]+)*$/u.exec(before);
      if (!cut) return null; // the name is not after a preposition: the phrase is about them
      p = before.slice(0, cut.index);
    }
  }
  p = cutSecondDescription(cutClause(p), keep);
  const words = p.replace(/(?:^|[ \u00a0])\d{1,3}-year[- ]old(?=[ \u00a0]|$)/u, "").trim().split(/[ \u00a0]+/);
  // a bare appositive that runs on into the sentence's verb ends before it ("president and CEO
  // of the Acme Association stated, …")
  if (words.length > 2 && SPEECH_VERBS.has(words[words.length - 1]!.replace(/[,;:.]+$/, "")) && /(?:ed|s)$/.test(words[words.length - 1]!.replace(/[,;:.]+$/, ""))) words.length--;
  // a participle right after the job word ends it ("the executive arrested and charged"), and
  // so does one after an adverb of degree ("a physician well known for his work")
  for (let i = 1; i < words.length; i++) {
    if (/^(?:well|best|widely|little|long|once)$/.test(words[i]!) && PARTICIPLE.test(words[i + 1] ?? "") && isHeadWord(words[i - 1]!)) {
      words.length = i;
      break;
    }
    if (PARTICIPLE.test(words[i]!) && !NOT_PARTICIPLE.has(words[i]!) && isHeadWord(words[i - 1]!)) {
      // a past tense with its object is the sentence's verb ("Against Lee, the Ohio governor
      // earned 51 percent"): the phrase was never an appositive
      // (a word in -ing is no finite verb: "the retired neurosurgeon making his first run" keeps its job)
      if (!words[i]!.endsWith("ing") && /^(?:a|an|the|his|her|its|their|this|that|these|those|him|them|it|us|me|\d[\d,.%]*)$/i.test(words[i + 1] ?? "")) return null;
      words.length = i;
      break;
    }
  }
  // a plain place of origin: "a nurse from Ohio", "a teacher from Lyon, France"
  const from = words.lastIndexOf("from");
  if (from > 0 && isHeadWord(words[from - 1]!) && !CONSTITUENCY_HEADS.has(words[from - 1]!.toLowerCase()) && isPlace(words.slice(from + 1).join(" ").replace(/[,.]+$/, "").replace(/,.*$/, ""))) words.length = from;
  while (words.length && /^(?:a|an|the|another)$/i.test(words[0]!)) words.shift();
  let line = words.join(" ").replace(/[,;:]+$/, "");
  if (FINITE.test(line)) return null;
  // a long line loses its places, last first ("… at the University of Cape Town in South Africa")
  while (line.split(" ").length > maxWords) {
    const cut = line.replace(/[ \u00a0]+(?:at|in|with)[ \u00a0](?:(?![ \u00a0](?:at|in|with)[ \u00a0]).)*$/su, "");
    if (cut === line) {
      // …and then its complement: the job alone ("attorney for one of four groups to file suit
      // over the law" → "attorney", "communications director of the progressive advocacy group
      // Democracy for America" → "communications director")
      const ws = line.split(" ");
      // (an "of" before a bare noun is the job's own, "secretary of state"; a participle ends it
      // too, "secretary of state bidding to …")
      const at = ws.findIndex((w, i) => i > 0 && (COMPLEMENT.test(w) || (w === "of" && /^(?:the|a|an|one|two|three|several|many)$/.test(ws[i + 1] ?? "")) || (/^\p{Ll}{3,}(?:ing|ed)$/u.test(w) && !NOT_PARTICIPLE.has(w))) && ws.slice(0, i).some(isHeadWord));
      if (at < 0 || !ws.slice(0, at).every((w) => /^[\p{L}-]+$/u.test(w))) return null;
      line = ws.slice(0, at).join(" ");
      break;
    }
    line = cut;
  }
  // kin and friends describe someone through another person ("the mother of …"): no role
  const head = words.find(isHeadWord);
  if (!line || !head || RELATIONS.has(head.toLowerCase())) return null;
  return past && !/^(?:former|ex-|then|late)\b/i.test(line) ? `former ${line}` : line;
}
