/**
 * The words a text uses to describe a person, for resolving a described speaker ("…," the New
 * York Democrat told reporters / "the Indiana governor said") to the person the writer described
 * that way. News copy introduces someone with a description bolted to their name, then refers
 * back with the description alone:
 *   - before the name, in the same phrase: "Indiana Gov. Mike Pence", "Acme spokeswoman Jane
 *     Doe", "Republican presidential nominee Donald Trump";
 *   - in an appositive after it: "Maria Lopez, a New York Democrat,", "Jane Doe, the company's
 *     spokeswoman,";
 *   - a party-state tag after it: "Sen. Jane Doe (D-N.Y.)" (a Democrat);
 *   - the role the roles finder gave them.
 * Title abbreviations are written out ("Gov." is a governor), so "the governor" finds "Gov. X".
 */
import { SPEECH_VERBS } from "../lexicon/speech";
import { ROLE_NOUNS, TITLES } from "../lexicon/words";
import type { Person, Span } from "../types";

/** Abbreviated titles and the noun a later description uses for them. */
const EXPAND: Record<string, string[]> = {
  gov: ["governor"],
  sen: ["senator"],
  sens: ["senator"],
  rep: ["representative", "congressman", "congresswoman", "lawmaker"],
  reps: ["representative", "congressman", "congresswoman", "lawmaker"],
  gen: ["general"],
  lt: ["lieutenant"],
  col: ["colonel"],
  maj: ["major"],
  capt: ["captain"],
  sgt: ["sergeant"],
  adm: ["admiral"],
  cmdr: ["commander"],
  supt: ["superintendent"],
  prof: ["professor"],
  pres: ["president"],
  sec: ["secretary"],
  atty: ["attorney"],
  dr: ["doctor"],
  rev: ["reverend", "pastor", "minister"],
  sheriff: ["sheriff"],
  // a congressman is a lawmaker, a senator too
  senator: ["senator", "lawmaker"],
  congressman: ["congressman", "lawmaker", "representative"],
  congresswoman: ["congresswoman", "lawmaker", "representative"],
  representative: ["representative", "lawmaker", "congressman", "congresswoman"],
};
const PARTY: Record<string, string> = { d: "democrat", r: "republican", i: "independent" };
/** AP style's state abbreviations, and the postal codes some outlets use in party tags ("D-N.Y."). */
const STATES: Record<string, string> = Object.fromEntries(
  `ala:alabama ariz:arizona ark:arkansas calif:california colo:colorado conn:connecticut del:delaware
  fla:florida ga:georgia ill:illinois ind:indiana kan:kansas kans:kansas ky:kentucky la:louisiana md:maryland
  mass:massachusetts mich:michigan minn:minnesota miss:mississippi mo:missouri mont:montana neb:nebraska
  nev:nevada n.h:new_hampshire n.j:new_jersey n.m:new_mexico n.y:new_york n.c:north_carolina
  n.d:north_dakota okla:oklahoma ore:oregon pa:pennsylvania r.i:rhode_island s.c:south_carolina
  s.d:south_dakota tenn:tennessee tex:texas vt:vermont va:virginia wash:washington w.va:west_virginia
  wis:wisconsin wyo:wyoming al:alabama ak:alaska az:arizona ar:arkansas ca:california co:colorado
  ct:connecticut de:delaware fl:florida hi:hawaii id:idaho il:illinois in:indiana ia:iowa ks:kansas
  ky:kentucky me:maine mi:michigan mn:minnesota ms:mississippi nv:nevada nh:new_hampshire nj:new_jersey
  nm:new_mexico ny:new_york nc:north_carolina nd:north_dakota oh:ohio ok:oklahoma or:oregon
  ri:rhode_island sc:south_carolina sd:south_dakota tn:tennessee tx:texas ut:utah vt:vermont
  wa:washington wv:west_virginia wi:wisconsin wy:wyoming`
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => pair.split(":") as [string, string]),
);

/** Words that end a description reaching back from a name: verbs, clause and phrase glue. */
const STOP = /^(?:and|or|but|that|which|who|whom|whose|when|while|as|if|because|said|says|told|tells|with|by|for|from|to|at|on|in|into|about|after|before|against|between|than|is|was|are|were|be|been|has|had|have|will|would|could|should|can|may|might|did|do|does|not|no|also|he|she|they|it|we|i|you|his|her|their|its|our|my|your|him|them|this|these|those|there|here|then|now|over|under|like|including|such|both|either|neither|called|named|met|asked|joined|thanked|praised|attacked|criticized|criticised|accused|blamed|backed|endorsed)$/i;

function add(out: Set<string>, word: string): void {
  const w = word.toLowerCase().replace(/\.$/, "").replace(/['’]s$/, "");
  if (w.length < 2) return;
  out.add(w);
  for (const e of EXPAND[w] ?? []) out.add(e);
  // "Democratic" describes a Democrat, "Republican" a Republican
  if (w === "democratic") out.add("democrat");
}

const WORD = /[\p{L}][\p{L}.'’-]*/gu;

export function describedAs(person: Person, text: string, inQuote: (pos: number) => boolean, otherPersonAt: (start: number, end: number) => boolean): Set<string> {
  const out = new Set<string>();
  if (person.role) for (const m of person.role.match(WORD) ?? []) add(out, m);
  // the name's own title words ("Sen. Jane Doe" as the name)
  const nameWords = person.name.split(/\s+/);
  for (const w of nameWords.slice(0, -1)) if (/^\p{Lu}/u.test(w) && EXPAND[w.toLowerCase().replace(/\.$/, "")]) add(out, w);
  for (const m of person.mentions) {
    if (inQuote(m.start)) continue;
    before(text, m, out, otherPersonAt);
    after(text, m, out);
  }
  return out;
}

/** "Indiana Gov. Mike Pence", "Acme spokeswoman Jane Doe": up to six words right before the name. */
function before(text: string, m: Span, out: Set<string>, otherPersonAt: (start: number, end: number) => boolean): void {
  const from = Math.max(0, m.start - 80);
  const seg = text.slice(from, m.start);
  // only words joined by spaces (a period of an abbreviation allowed): any other mark ends it
  const run = /((?:[\p{L}][\p{L}'’-]*\.?[ \u00a0]+){1,6})$/u.exec(seg);
  if (!run) return;
  const ws = run[1]!.trim().split(/[ \u00a0]+/);
  // a description bolted to a name ends on a word for a person ("spokeswoman", "Gov.",
  // "businessman", "Democrat"); "Lawmaker wants Trump", "the pollster hypothesized Clinton" are
  // a clause, not a title
  const last = ws[ws.length - 1]!.toLowerCase().replace(/\.$/, "");
  if (!isPersonNoun(last) && !EXPAND[last]) return;
  let at = m.start;
  for (let k = ws.length - 1; k >= 0; k--) {
    const w = ws[k]!;
    at = text.lastIndexOf(w, at - 1);
    // "the", "a": the phrase opens here; a verb, glue, or a word ending a sentence ends it
    if (/^(?:the|a|an)$/i.test(w)) break;
    if (STOP.test(w) || SPEECH_VERBS.has(w.toLowerCase()) || (/\.$/.test(w) && !EXPAND[w.slice(0, -1).toLowerCase()])) break;
    // "Secretary of State John Kerry" holds "of"; "the prince's purchases of Trump's property" does not
    if (/^of$/i.test(w) && !(/^\p{Lu}/u.test(ws[k - 1] ?? "") && /^\p{Lu}/u.test(ws[k + 1] ?? ""))) break;
    // "FBI Director James Comey stated Clinton": another person's name is no part of the phrase
    // ("Clinton campaign chairman John Podesta": Podesta's description stops at Clinton)
    if (at >= 0 && otherPersonAt(at, at + w.length)) break;
    add(out, w);
  }
}

// nouns for a person by their shape or by the lexicon: "the organizer", "the New York
// Democrat", "the spokeswoman", "the president"
const PARTY_NOUN = /^(?:democrat|republican|independent|conservative|liberal|progressive|libertarian|socialist)$/;
const PERSON_SHAPE = /^[\p{L}-]+(?:er|or|ist|ian|man|woman|person)$/u;
export function isPersonNoun(w: string): boolean {
  return PERSON_SHAPE.test(w) || PARTY_NOUN.test(w) || ROLE_NOUNS.has(w) || TITLES.has(w);
}
export function isPartyNoun(w: string): boolean {
  return PARTY_NOUN.test(w);
}

/** ", a New York Democrat," / ", the company's spokeswoman," / " (D-N.Y.)" right after the name. */
function after(text: string, m: Span, out: Set<string>): void {
  const seg = text.slice(m.end, m.end + 120);
  // "(D-N.Y.)", ", R-Fla.,", "(I-Vt.)": the party and the state
  const tag = /^\s*[(,]\s*([DRI])-([A-Z][A-Za-z.]{1,7}|[A-Z][a-z]+)/.exec(seg);
  if (tag) {
    add(out, PARTY[tag[1]!.toLowerCase()]!);
    const st = tag[2]!.toLowerCase().replace(/\.$/, "");
    for (const w of (STATES[st] ?? st).split("_")) add(out, w);
  }
  // "Gov. Peter Lang of Ohio", "Sen. Ana Ruiz of Texas"
  const of = /^\s+of\s+(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})/u.exec(seg);
  if (of) for (const w of of[1]!.split(/\s+/)) add(out, STATES[w.toLowerCase().replace(/\.$/, "")] ?? w);
  const app = /^,\s+(?:a|an|the|his|her|their|its|who\s+is\s+(?:a|an|the))\s+([^,.;:()"“”—–]{2,90})[,.;—–)]/u.exec(seg);
  if (!app) return;
  // the appositive's words up to a relative clause ("a Democrat who voted …"); a verb or other
  // glue before that means the comma opened a clause, not an appositive ("In Chelsea, the mayor
  // also said …")
  const ws = app[1]!.match(WORD) ?? [];
  const rel = ws.findIndex((w) => /^(?:who|which|that)$/i.test(w));
  const phrase = rel >= 0 ? ws.slice(0, rel) : ws;
  if (phrase.length > 10 || phrase.some((w) => STOP.test(w) && !/^(?:and|for|at|of)$/i.test(w))) return;
  for (const w of phrase) add(out, w);
}
