/**
 * The speaker of a stretch with a reporting verb in it: the subject of its first reporting verb
 * (main clause over reported ones, passives, appositives), or the owner of a speech noun
 * ("Trump's claim that …"). Apart because the cue before a quote and the
 * sentence before it both ask it.
 */
import { isLexiconNoun } from "../lexicon/noun-set";
import { SPEECH_VERBS } from "../lexicon/speech";
import type { Span } from "../types";
import { isPersonNoun } from "./describe";
import { speakingDescribedSubject } from "./described-subject";
import { IRREGULAR_PAST, isPersonOrBody } from "./owned";
import { type Cue, describedOpening, finiteVerbAfter, firstSubject, mainSubject, phraseAt, subjectEndingAt } from "./speaker-phrase";
import { ADVERB, AGENT_END, AUXILIARY, CLAUSE_BREAK, DETERMINER, PAST, PREPOSITION, PRONOUN, SENTENCE_OPENER, SUBORDINATOR, TITLE_ABBREV } from "./word-classes";
import { whichSubject } from "./which-subject";
import type { Word } from "./words";

// the head of a time phrase ("in 2010", "on Monday", "last week")
const TIME_WORD = /^(?:\d{4}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|week|month|year|night|morning|afternoon|evening|weekend|spring|summer|fall|autumn|winter)$/;

// prepositions that open a sentence with a phrase and never a clause (not "After", "Since",
// "Like", "As": "After Trump calls, …" may be a clause)
const PREP_OPENER = /^(?:Alongside|Amid|Amidst|Among|Amongst|Despite|During|Without|Beyond|Beside|Besides|Between|Throughout|Under|Across|Against|Regarding|Concerning|Including|Absent|Atop|Toward|Towards|Via|Amid|Barring|Behind|Beneath|Inside|Outside|Within|Upon|Into|Through|Of|Among)$/;

/** Whether most words of the stretch are capitalised (a headline). */
function isTitleCased(text: string, ws: Word[]): boolean {
  if (ws.length < 3) return false;
  // (a reporting verb in lower case is prose, however many names it holds: "Iowa State
  // University's Dianne Bystrom agreed", "Washington Post columnist Michael Gerson … calls")
  return ws.filter((w) => /^[\p{Lu}\p{N}]/u.test(w.w)).length * 3 >= ws.length * 2 && !ws.some((w) => /^\p{Ll}/u.test(w.w) && SPEECH_VERBS.has(w.w));
}

/**
 * The subject of the first reporting verb in `ws` ("Putin said that", "Mr. King, 82, said,",
 * "Trump attacked Clinton, saying,"). A verb form used as a noun ("Obama's remarks", "the
 * claims") is no verb.
 */
export function speechSubject(text: string, ws: Word[], mentionAt: (s: number, e: number) => Span | null, fromVerb = 1): Cue | null {
  const headline = isTitleCased(text, ws);
  // the first reporting verb: "Clinton says she hopes …, but she knows that "…"" is Clinton's
  // turn; a report inside a report ("X said Y told him "…"") is annotated for both
  for (let v = Math.max(1, fromVerb); v < ws.length; v++) {
    const lv = ws[v]!.w.toLowerCase();
    if (!SPEECH_VERBS.has(lv)) continue;
    // "the United States" holds no verb; a capitalised verb only in a title-cased headline
    if (/^\p{Lu}/u.test(ws[v]!.w) && !headline) continue;
    const cue = subjectOfVerb(text, ws, v, lv, mentionAt);
    if (cue) return cue;
  }
  return null;
}

/**
 * The speaker of the reporting verb at `v` (`lv` lower-cased), or null when this verb gives none
 * and the next one is tried. The readings, in order: a passive's agent; a verb form that is a
 * noun here (none); the main clause's subject before a participle or "and said"; else, past
 * adverbs and a time phrase, the head before an appositive ending at the verb, or the subject
 * right before the verb.
 */
function subjectOfVerb(text: string, ws: Word[], v: number, lv: string, mentionAt: (s: number, e: number) => Span | null): Cue | null {
  const before = text.slice(ws[v - 1]!.end, ws[v]!.start);
  const pw = ws[v - 1]!.w.toLowerCase();
  if (/^(?:is|was|were|are|be|been|being)$/.test(pw) && (lv.endsWith("ed") || PAST.test(lv))) return passiveAgent(text, ws, v, mentionAt);
  if (isNounHere(text, ws, v, lv, pw, before, mentionAt)) return null;
  const main = mainClauseSubject(text, ws, v, lv, pw, before, mentionAt);
  if (main !== undefined) return main;
  const s = subjectEnd(text, ws, v, mentionAt);
  if (s < 0) return null;
  const which = whichSubject(text, ws, s, v, mentionAt);
  if (which) return which;
  return headBeforeAppositive(text, ws, s, mentionAt) ?? subjectBeforeVerb(text, ws, s, mentionAt);
}

/**
 * "Clinton's attacks were echoed by her campaign", "Trump was asked": a reporting verb in the
 * passive has the words said, or the one spoken to, as its subject, never the speaker
 * (its speaker, when named, follows "by": "Rubio was asked by moderator Gerard Baker whether")
 */
function passiveAgent(text: string, ws: Word[], v: number, mentionAt: (s: number, e: number) => Span | null): Cue | null {
  let e = v + 3;
  while (e < Math.min(ws.length, v + 10) && !AGENT_END.test(ws[e]!.w) && !/[,;:.]/.test(text.slice(ws[e - 1]!.end, ws[e]!.start))) e++;
  const agent = ws[v + 1]?.w === "by" && ws[v + 2] && /^\s+$/.test(text.slice(ws[v]!.end, ws[v + 1]!.start)) ? phraseAt(text, ws, v + 2, e, mentionAt) : null;
  if (agent && agent.kind !== "description") return agent;
  return null;
}

// adjectives that modify what was said, never a speaker ("his recent remarks", "an early tweet")
const SPEECH_ADJECTIVE = /^(?:recent|early|earlier|past|latest|previous|prior|initial|original|first|last|final|later|new|public|private|official|formal|informal|written|prepared|brief|joint|repeated|frequent|numerous|controversial|inflammatory|angry|famous|infamous|now-deleted|deleted|subsequent|separate|similar|same)$/;
const OWNER_OR_ARTICLE = /^(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|one|another|each|every|no|any)$/;

/**
 * Whether the reporting word at `v` is a noun here: after a possessive or a determiner, after an
 * article and one or two modifiers, or after "of" and one modifier.
 */
function isNounHere(text: string, ws: Word[], v: number, lv: string, pw: string, before: string, mentionAt: (s: number, e: number) => Span | null): boolean {
  if (/['’]s?$/.test(text.slice(ws[v - 1]!.start, ws[v - 1]!.end)) || /^(?:the|a|an|his|her|their|its|our|my|your|these|those|this|that|of|in|to)$/.test(pw)) return true;
  // "Trump's Virginia state director, Mike Rubino,", "Minnesota state delegate Mary Susan",
  // "state Sen. Ana Ruiz": "state" before a noun or a name modifies it, no verb of stating (the
  // verb takes an object: "officials state that", "the rules state the limits")
  if (lv === "state") {
    const next = ws[v + 1];
    if (next && next.start - ws[v]!.end === 1 && !/^(?:that|what|how|why|whether|it|this|they|he|she|we|its|their|his|her|the|a|an)$/i.test(next.w) && !ADVERB.test(next.w) && !PREPOSITION.test(next.w) && !CLAUSE_BREAK.test(next.w)) return true;
  }
  // "Alongside BLM calls for action, even a top GOP strategist said …, saying": a plural after a
  // preposition opening the sentence is that preposition's object, no verb (not after a time
  // phrase, "On Monday the group calls for", nor after someone named: "Amid it all Trump says")
  if (v <= 4 && PREP_OPENER.test(ws[0]!.w) && /^\p{Ll}+s$/u.test(lv) && !/^(?:says|tells|writes|adds|notes|asks)$/.test(lv) && !/[,;:()—–"“”]/.test(text.slice(ws[0]!.end, ws[v]!.start)) && !ws.slice(1, v).some((w) => TIME_WORD.test(w.w) || PRONOUN.test(w.w) || mentionAt(w.start, w.end))) return true;
  // "One tweet said", "The agency report said": a reporting word right before a finite
  // reporting verb is that verb's subject, a noun (not after its own subject: "which Will claims
  // affirmed")
  if (finiteVerbAfter(ws, v) && !mentionAt(ws[v - 1]!.start, ws[v - 1]!.end) && !PRONOUN.test(pw) && !/^(?:who|which|that)$/.test(pw)) return true;
  // "his recent remarks", "an early tweet", "their past comments": after an article or an owner
  // and one or two adjectives no subject can head, the word is a noun whatever its ending
  const p2 = ws[v - 2]?.w.toLowerCase() ?? "";
  const p3 = ws[v - 3]?.w.toLowerCase() ?? "";
  // (not the time phrase before a past: "who has in the past described")
  if (SPEECH_ADJECTIVE.test(pw) && !(pw === "past" && p3 === "in" && (lv.endsWith("ed") || PAST.test(lv))) && !/[,;:()—–]/.test(text.slice(ws[v - 2]?.end ?? 0, ws[v]!.start)) && (OWNER_OR_ARTICLE.test(p2) || (SPEECH_ADJECTIVE.test(p2) && OWNER_OR_ARTICLE.test(p3)))) return true;
  // "to make a controversial comment", "for the long term": a bare verb form after an article
  // and one word is a noun (a singular subject would take "comments"; a plural one ends in -s)
  if (/^(?:a|an|the|his|her|its|their|this)$/.test(p2) && !/,/.test(before) && !/(?:s|ed|ing)$/.test(lv) && !PAST.test(lv) && !/s$/.test(pw) && !/^(?:people|police|media|public|staff|men|women|children|crowd)$/.test(pw) && !mentionAt(ws[v - 1]!.start, ws[v - 1]!.end)) return true;
  // ("an overall cost estimate": the same after an article and two lower-case modifiers, none
  // a plural, an adverb or a pronoun, with no comma between)
  if (/^(?:a|an|the|his|her|its|their|this)$/.test(p3) && !/[,;:()—–]/.test(text.slice(ws[v - 3]!.end, ws[v]!.start)) && !/(?:s|ed|ing)$/.test(lv) && !PAST.test(lv) && [ws[v - 2]!, ws[v - 1]!].every((w) => /^\p{Ll}+$/u.test(w.w) && !/s$/.test(w.w) && !ADVERB.test(w.w) && !AUXILIARY.test(w.w) && !PRONOUN.test(w.w) && !CLAUSE_BREAK.test(w.w) && !SPEECH_VERBS.has(w.w)) && !/^(?:people|police|media|public|staff|men|women|children|crowd)$/.test(pw)) return true;
  // "A Government Accountability Office report", "the 2014 House report": a bare form after an
  // article and names or a year is a noun (a body the article opens takes "reports")
  // (a base form, whose -s form is a verb too; not after a plural, "the Rainmakers sing")
  if ((SPEECH_VERBS.has(`${lv}s`) || SPEECH_VERBS.has(`${lv}es`)) && !/(?:s|ed|ing)$/.test(lv) && !/s$/.test(pw) && /^[\p{Lu}\d]/u.test(ws[v - 1]!.w) && !mentionAt(ws[v - 1]!.start, ws[v - 1]!.end) && before === " ") {
    let k = v - 1;
    while (k > 0 && v - k < 6 && /^[\p{Lu}\d]/u.test(ws[k]!.w) && text.slice(ws[k - 1]!.end, ws[k]!.start) === " ") k--;
    if (k < v - 1 && /^(?:a|an|the|this)$/i.test(ws[k]!.w) && !mentionAt(ws[k + 1]!.start, ws[v - 1]!.end)) return true;
  }
  // "32% of Republican claims": a noun after "of" and one modifier ("many of them said" speaks)
  // (after a comma the verb is the sentence's: "officials, speaking on condition of anonymity, said")
  if (ws[v - 2]?.w.toLowerCase() === "of" && !/^(?:them|us|those|whom)$/.test(pw) && !mentionAt(ws[v - 1]!.start, ws[v - 1]!.end) && !/,/.test(before) && !(/ed$/.test(lv) || PAST.test(lv))) return true;
  return false;
}

/**
 * ", saying" / ", adding" / ", Claims" (headline) / "and said": the sentence's subject speaks
 * "Trump returned the compliment to Adelson, telling Reuters": after a comma, a participle's
 * subject is the sentence's, not the name before the comma.
 * A cue; null when the verb is a participle whose subject is not found (the next verb is tried);
 * undefined when this reading does not apply.
 */
function mainClauseSubject(text: string, ws: Word[], v: number, lv: string, pw: string, before: string, mentionAt: (s: number, e: number) => Span | null): Cue | null | undefined {
  const subjectRightBefore = (!!mentionAt(ws[v - 1]!.start, ws[v - 1]!.end) || PRONOUN.test(pw) || pw === "former" || pw === "latter") && !/,\s*$/.test(before);
  if ((lv.endsWith("ing") && !subjectRightBefore) || (/,\s*$/.test(before) && /^\p{Lu}/u.test(ws[v]!.w)) || pw === "and") {
    // ("When asked whom she supported, Ms. Sherry smiled and said": the subject is the main
    // clause's, after the subordinate clause opening the sentence)
    // (the last comma before the verb: the clause may hold an appositive, "When Robby Mook,
    // Clinton's campaign manager, was asked …, he laughed and said")
    let sub = -1;
    if (SUBORDINATOR.test(ws[0]!.w)) for (let k = v - 1; k > 1 && sub < 0; k--) if (/,/.test(text.slice(ws[k - 1]!.end, ws[k]!.start))) sub = k;
    const cue = sub > 0 ? (firstSubject(ws.slice(sub), v - sub, mentionAt) ?? firstSubject(ws, v, mentionAt)) : (describedOpening(text, ws, v, mentionAt) ?? speakingDescribedSubject(text, ws, v, mentionAt) ?? mainSubject(text, ws, v, mentionAt));
    if (cue) return cue;
    // "when questioned after the debate, asserting": the word before a participle is no subject
    if (lv.endsWith("ing")) return null;
  }
  return undefined;
}

/**
 * The index of the subject's last word before the verb at `v`, past adverbs, auxiliaries and a
 * time phrase; -1 when none is left.
 */
function subjectEnd(text: string, ws: Word[], v: number, mentionAt: (s: number, e: number) => Span | null): number {
  // (an adverb set off by a comma closes an appositive, not the verb's phrase: "A Warren adviser,
  // who spoke on condition of anonymity to speak candidly, said": the comma is the appositive's)
  const skippable = (k: number) => (ADVERB.test(ws[k]!.w) || AUXILIARY.test(ws[k]!.w)) && !mentionAt(ws[k]!.start, ws[k]!.end) && !text.slice(ws[k]!.end, ws[k + 1]!.start).includes(",");
  let s = v - 1;
  while (s >= 0 && skippable(s)) s--;
  // "McConnell, who in 2010 said", "Trump on Monday said", "she last week told": a time phrase
  // between the subject and its verb
  if (s > 1 && TIME_WORD.test(ws[s]!.w) && /^(?:in|on|at|during|since|last|this|earlier|late|early)$/i.test(ws[s - 1]!.w) && !/,/.test(text.slice(ws[s - 1]!.end, ws[v]!.start))) {
    s -= 2;
    while (s >= 0 && skippable(s)) s--;
  } else if (s > 2 && /^(?:past|years)$/.test(ws[s]!.w) && /^(?:in|over|for)$/.test(ws[s - 2]!.w) && /^(?:the|many|recent)$/.test(ws[s - 1]!.w) && !/,/.test(text.slice(ws[s - 2]!.end, ws[v]!.start))) {
    // ("Beck, who has in the past described Trump as", "who over the years called him")
    s -= 3;
    while (s >= 0 && skippable(s)) s--;
  }
  // (the loops stop at -1 at the lowest)
  return s;
}

/** "Leonard E. Burman, director of the centre, said": the name before the appositive */
function headBeforeAppositive(text: string, ws: Word[], s: number, mentionAt: (s: number, e: number) => Span | null): Cue | null {
  if (/,\s*$/.test(text.slice(ws[s]!.end, ws[s + 1]!.start))) {
    for (let k = s - 1; k >= Math.max(0, s - 30); k--) {
      const sep = text.slice(ws[k]!.end, ws[k + 1]!.start);
      if (!/,\s*$/.test(sep)) continue;
      // "Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said": a bracket closing
      // before the comma holds the party and state; the name is before it
      // (not a name after a preposition: "Marty West, who worked for Sen. Lamar Alexander
      // (R-Tenn.), …, called it" is West's)
      if (/\)/.test(sep)) {
        let j = k;
        while (j > 0 && k - j < 6 && !/\(/.test(text.slice(ws[j - 1]!.end, ws[j]!.start))) j--;
        const inner = j > 0 && k - j < 6 ? mentionAt(ws[j - 1]!.start, ws[j - 1]!.end) : null;
        let b = j - 2;
        while (inner && b >= 0 && ws[b]!.end > inner.start) b--;
        while (b >= 0 && (TITLE_ABBREV.test(ws[b]!.w) || /^(?:Senator|Representative|Governor|President)$/.test(ws[b]!.w))) b--;
        if (inner && !(b >= 0 && PREPOSITION.test(ws[b]!.w))) k = j - 1;
      }
      const m = mentionAt(ws[k]!.start, ws[k]!.end);
      if (m) return { start: m.start, end: m.end, kind: "name" };
      // "the campaign's leadership, who, on a press call Friday, criticized": an aside set off
      // right after the relative pronoun, whose verb follows it (whoAntecedent reads on from there)
      if (PRONOUN.test(ws[k]!.w) || ws[k]!.w === "who") return { start: ws[k]!.start, end: ws[k]!.end, kind: "pronoun" };
      // "Two senior officials, speaking on condition of anonymity, said": a described subject
      // opening the sentence before its appositive
      const d = subjectEndingAt(ws, k, mentionAt);
      // "In a statement to the Observer, her senior policy adviser, Jake Sullivan, said": a
      // description whose appositive is only a name is that person, the head; whatever the
      // sentence named before them is no subject
      const named = d?.kind === "description" ? mentionAt(ws[s]!.start, ws[s]!.end) : null;
      if (named && named.start <= ws[k + 1]!.start && named.end >= ws[s]!.end) return { start: named.start, end: named.end, kind: "name" };
      // (not "Her partner, Lars Cummings, called": a name closing the appositive is the head; but
      // one closing a clause set off after the head is that clause's, "The message, sent to
      // Clinton, called", "The delegate, who backs Cruz, warned")
      const clause = (/^(?:who|which|\p{Ll}+ed)$/u.test(ws[k + 1]!.w) || IRREGULAR_PAST.test(ws[k + 1]!.w)) && !AUXILIARY.test(ws[k + 1]!.w);
      if (d?.kind === "description" && d.start === ws[0]!.start && (!mentionAt(ws[s]!.start, ws[s]!.end) || clause)) return d;
      // "Even China, Pyongyang's only ally …, said": a name opening the sentence (after at most
      // one sentence adverb) and set off by the appositive is the subject, a person or not
      if (d?.kind === "name" && k <= 1 && (k === 0 || SENTENCE_OPENER.test(ws[0]!.w)) && !mentionAt(ws[s]!.start, ws[s]!.end)) return { start: ws[k]!.start, end: ws[k]!.end, kind: "name" };
    }
  }
  return null;
}

// words opening a modifier set after a subject with no commas: "a White House official who spoke
// anonymously said", "Another intelligence source speaking to Fox News said", "a person familiar
// with the talks said"
const POSTMODIFIER = /^(?:who|speaking|talking|familiar|close|knowledgeable|briefed)$/;

/**
 * The subject before a modifier that ends right at the verb, when the words right before the
 * verb are no subject (none found, or a name after a preposition: "speaking to Fox News said").
 */
function headBeforeModifier(text: string, ws: Word[], s: number, cue: Cue | null, mentionAt: (s: number, e: number) => Span | null): Cue | null {
  if (cue && !(cue.kind === "name" && !mentionAt(cue.start, cue.end))) return null;
  if (cue) {
    let b = s;
    while (b > 0 && ws[b]!.start > cue.start) b--;
    if (!PREPOSITION.test(ws[b - 1]?.w ?? "")) return null;
  }
  for (let k = s - 1; k >= 1 && k >= s - 12; k--) {
    const w = ws[k]!.w;
    if (SPEECH_VERBS.has(w.toLowerCase()) && !/^(?:speak|spoke|spoken|speaking|talk|talking)$/.test(w)) return null;
    // (no comma inside the modifier: "charges that Rush Limbaugh, for one, called" is no modifier
    // of "a former president who is popular"; a modifier set off whole, ", who …, said", is)
    const sep = text.slice(ws[k]!.end, ws[s]!.end);
    if (sep.includes(",")) return null;
    if (!POSTMODIFIER.test(w)) continue;
    const gap = text.slice(ws[k - 1]!.end, ws[k]!.start);
    if (gap.includes(",") && !/^\s*,\s*$/.test(text.slice(ws[s]!.end, ws[s + 1]?.start ?? ws[s]!.end))) return null;
    const head = subjectEndingAt(ws, k - 1, mentionAt);
    if (!head || head.kind === "pronoun") return null;
    // (a speaker: someone named, or a word for a person heading the description; "a shop that
    // sells underwear who declined" is no subject)
    const last = ws[k - 1]!.w.toLowerCase();
    return mentionAt(head.start, head.end) || (head.kind === "description" && (isPersonNoun(last) || isPersonNoun(last.replace(/s$/, "")) || /^(?:sources?|people|staff)$/.test(last))) ? head : null;
  }
  return null;
}

// prepositions that also open a clause: "after the front-runner had said" has a subject
const CLAUSE_PREPOSITION = /^(?:after|before|since|until)$/;

/**
 * A described subject the phrase reading stops short of, at a preposition before its article:
 * a clause's subject after "after"/"before"/"since"/"until" ("after the Democratic front-runner
 * had said"), or a head noun whose modifier holds it, opening the sentence ("A document on the
 * campaign's website states"). Only right before the verb, where a phrase is its subject.
 */
function subjectPastPreposition(text: string, ws: Word[], s: number, mentionAt: (s: number, e: number) => Span | null): Cue | null {
  let k = s;
  while (k > 0 && s - k < 6 && !DETERMINER.test(ws[k]!.w) && text.slice(ws[k - 1]!.end, ws[k]!.start) === " " && !CLAUSE_BREAK.test(ws[k - 1]!.w)) k--;
  if (k < 1 || k === s || !/^(?:the|a|an|this|that|these|those)$/i.test(ws[k]!.w) || text.slice(ws[k - 1]!.end, ws[k]!.start) !== " ") return null;
  const p = ws[k - 1]!.w;
  // (someone: "after the Sanders interview concluded, Maher stated" is no one's turn)
  if (CLAUSE_PREPOSITION.test(p)) return (isPersonNoun(ws[s]!.w.toLowerCase()) || isPersonOrBody(ws[s]!.w.toLowerCase())) && !mentionAt(ws[s]!.start, ws[s]!.end) ? { start: ws[k]!.start, end: ws[s]!.end, kind: "description" } : null;
  // ("A document on …": the sentence's article, at most two modifiers, a lower-case head, the preposition)
  if (!/^(?:on|of|in|from|at|by)$/.test(p) || k < 3 || k > 5 || !/^(?:the|a|an|this|one)$/i.test(ws[0]!.w)) return null;
  const head = ws[k - 2]!.w;
  if (!/^\p{Ll}+$/u.test(head) || !isLexiconNoun(head) || ws.slice(0, k - 1).some((w, j) => j > 0 && (text.slice(ws[j - 1]!.end, w.start) !== " " || DETERMINER.test(w.w) || mentionAt(w.start, w.end)))) return null;
  return { start: ws[0]!.start, end: ws[s]!.end, kind: "description" };
}

/** The subject phrase ending at word `s`, right before the verb. */
function subjectBeforeVerb(text: string, ws: Word[], s: number, mentionAt: (s: number, e: number) => Span | null): Cue | null {
  const found = subjectEndingAt(ws, s, mentionAt);
  const cue = headBeforeModifier(text, ws, s, found, mentionAt) ?? found ?? subjectPastPreposition(text, ws, s, mentionAt);
  // "Ban Ki-moon condemned what he called a "brazen breach"": the pronoun of "what he called"
  // stands for the sentence's subject, who is the one cited
  if (cue?.kind === "pronoun" && /^(?:he|she)$/i.test(ws[s]!.w) && s > 1 && ws[s - 1]!.w.toLowerCase() === "what") {
    const outer = firstSubject(ws, s - 1, mentionAt);
    if (outer) return outer;
  }
  return cue;
}

// nouns for something said, whose owner said the quote that follows them
const SPEECH_NOUN = /^(?:claims?|remarks?|comments?|statements?|words|assertions?|promises?|pledges?|vows?|warnings?|suggestions?|arguments?|insistence|contention|boasts?|accusations?|admission|descriptions?|characterization|predictions?|declaration|tweets?|slogan|catchphrase|refrain|mantra)$/i;

/**
 * "Politifact checked Donald Trump's claim that there have been "thousands of shootings"" /
 * "Contrary to his claim that people would "learn nothing"": the owner of the last speech noun
 * before the quote, when no reporting verb comes after it.
 */
export function possessorOfWords(text: string, ws: Word[], mentionAt: (s: number, e: number) => Span | null): Cue | null {
  for (let k = ws.length - 1; k >= 1 && k >= ws.length - 12; k--) {
    const lw = ws[k]!.w.toLowerCase();
    if (SPEECH_VERBS.has(lw) && !SPEECH_NOUN.test(lw)) return null;
    if (!SPEECH_NOUN.test(lw)) continue;
    // only a noun whose content follows ("claim that …", "remark: …"); "denounced Trump's remarks
    // as "hurtful"" is the judge's word about them
    if (!(ws[k + 1]?.w.toLowerCase() === "that" || /^\s*:?\s*$/.test(text.slice(ws[k]!.end, ws[k + 1]?.start ?? ws[k]!.end + 1)) && k === ws.length - 1)) return null;
    // the owner is right before the noun, or one modifier before it ("her recent remarks")
    for (let o = k - 1; o >= Math.max(0, k - 2); o--) {
      const ow = ws[o]!;
      const raw = text.slice(ow.start, ow.end);
      if (/^(?:his|her|their)$/i.test(raw)) return { start: ow.start, end: ow.end, kind: "pronoun" };
      if (/['’]s?$/.test(raw)) {
        const m = mentionAt(ow.start, ow.end);
        if (m) return { start: m.start, end: m.end, kind: "name" };
        if (/^\p{Lu}/u.test(raw) && !SENTENCE_OPENER.test(ow.w)) return { start: ow.start, end: ow.start + ow.w.length, kind: "name" };
      }
      if (DETERMINER.test(ow.w)) break;
    }
    return null;
  }
  return null;
}
