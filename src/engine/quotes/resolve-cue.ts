/**
 * From a cue to a person: a name's person, the person "he"/"she" or "the former" points back
 * to, the person a description ("the senator") fits. Apart because it is the one step that turns
 * words into people: the cue rules only find words.
 */
import { SPEECH_VERBS } from "../lexicon/speech";
import { lastStartingAtOrBefore } from "../people/tokens";
import type { Person, Span } from "../types";
import { describedAs, isPartyNoun, isPersonNoun } from "./describe";
import { captionParas, inCaption } from "./captions";
import { type Gender, personGender } from "./gender";
import { isOwnWords } from "./owned";
import { isDisplayThing } from "./thing-cue";
import { relativeReader, titleSexBefore } from "./relatives";
import type { PeopleIndex } from "./people-index";
import { sentenceStart } from "./sentences";
import type { Cue } from "./speaker-phrase";
import { BEFORE_WHO } from "./who-antecedent";
import { DETERMINER, SENTENCE_OPENER, SUBORDINATOR } from "./word-classes";

/** How many people back (nearest first) "he"/"she" may reach for one of its gender. */
const PRONOUN_REACH = 4;

// words a person noun's shape (-er, -or) takes in that are no job
const NOT_A_JOB = /^(?:after|over|under|other|another|never|ever|either|neither|whether|rather|later|together|for|or|nor|per|her|their|our|your|former|latter|further|earlier|longer|sooner|ago|also)$/i;

/** "Cruz spokesman ": a name (one to three capitalised words), then a job ending on a word for a person. */
function jobBefore(lead: string): boolean {
  const job = /^\s*((?:\p{Lu}[\p{L}.'’-]*\s+){1,3})((?:\p{Ll}[\p{L}-]*\s+){0,2})(\p{Ll}[\p{L}-]*)\s+$/u.exec(lead);
  // (not a phrase opening the sentence: "In describing fellow billionaire Donald Trump, Cuban said")
  if (!job || SENTENCE_OPENER.test(job[1]!.trim().split(/\s+/)[0]!) || /ing\s/.test(job[2]!)) return false;
  return isPersonNoun(job[3]!) && !NOT_A_JOB.test(job[3]!);
}

// a phrase setting the scene opens on one of these ("On Thursday, Sanders complained to CBS
// News' Charlie Rose that …"), or a time ("The day before, at a rally in Beaumont, Tex., Mr. Trump")
const SCENE_OPENING = /^(?:In|On|At|Like|Unlike|With|Without|During|From|Following|Despite|Under|Among|Amid|After|Before|Since|Still|However|Meanwhile|Later|Earlier|Last|Then|Now|Yet|But|And|So|Instead|Asked|Speaking|Talking|Writing|Appearing|Campaigning|The\s+(?:day|night|week|month|year|morning|evening)\s+(?:before|after|earlier|later))\b/;

/**
 * "On Thursday, ", "Still, while most of his competitors called for more troops, ": the words
 * before a sentence's subject that set the scene and end on a comma (or on a title after it: "In
 * an email, Mr. "), so the name after them is the subject; `after` is the text after the name. Not a list ("Clinton, Sanders and …": no opening word) nor a name the phrase
 * ends on.
 */
function sceneBefore(lead: string, after: string): boolean {
  if (lead.length > 240) return false;
  const first = /^\s*(\p{L}+)/u.exec(lead)?.[1] ?? "";
  // ("Earlier, Maricopa County (Ariz.) Sheriff Joe Arpaio …": a title the name was found
  // without, capitalised, after the comma)
  // (not a name set off by commas after the scene's last word: "On the topic of another tough
  // guy, Mr. Putin, Mr. Trump was pressed")
  if (!/,\s*$/.test(lead)) return /,\s*(?:\(?\p{Lu}[\p{L}.-]*\)?\s+){1,5}$/u.test(lead) && SCENE_OPENING.test(lead.trimStart()) && !after.startsWith(",");
  // ("Her father, Brad, 39, worried …": a description set before the name it stands for)
  const described = /^\s*(?:His|Her|Their|Its|The)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+),\s*$/u.exec(lead);
  return SCENE_OPENING.test(lead.trimStart()) || SUBORDINATOR.test(first) || (!!described && isPersonNoun(described[1]!));
}

/** Who a cue names: a name's person, the person a pronoun or "the former" points back to, or the
 *  person a description fits ("the senator"); null when nobody fits. */
export function speakerResolver(text: string, people: readonly Person[], paras: readonly Span[], index: PeopleIndex): (cue: Cue) => string | null {
  const { mentions, mentionOver, inQuote, personAt, namedBefore, namedAfter, lastMentionBefore } = index;
  const byId = new Map(people.map((p) => [p.id, p]));
  const relativeAs = relativeReader(text, people);
  /** The relative a courtesy title before a mention makes it, in a cue and in a pronoun's chain alike. */
  const titledAs = (start: number, end: number, id: string): string => {
    const sex = titleSexBefore(text, start);
    return sex ? relativeAs(start, end, id, sex) : id;
  };
  const genders = new Map<string, Gender | null>();
  const genderOf = (id: string): Gender | null => {
    let g = genders.get(id);
    if (g === undefined) genders.set(id, (g = personGender(byId.get(id)!, text)));
    return g;
  };

  const descriptions = new Map<string, Set<string>>();
  const descriptionOf = (id: string): Set<string> => {
    let d = descriptions.get(id);
    if (!d) descriptions.set(id, (d = describedAs(byId.get(id)!, text, inQuote, (s, e) => {
      const m = mentionOver(s, e);
      return !!m && m.id !== id;
    })));
    return d;
  };
  let captions: Span[] | undefined;
  /** The end of the paragraph after the one holding `pos`. */
  const paraEndAfter = (pos: number): number => {
    const k = lastStartingAtOrBefore(paras, pos);
    return paras[k + 1]?.end ?? paras[k]?.end ?? text.length;
  };

  /** The person a "whom"/"who" right before `at` stands for ("Boyle, whom", "Boyle, a rival
   *  whom"): the object of the clause whose subject opens at `at`; else null. */
  const relativeObject = (at: number): string | null => {
    const rel = /(?:^|[^\p{L}])(?:whom|who)\s+$/iu.exec(text.slice(Math.max(0, at - 8), at));
    if (!rel) return null;
    const relStart = at - rel[0].length + (rel[0].search(/\p{L}/u));
    const back = Math.max(0, relStart - 120);
    const m = BEFORE_WHO.exec(text.slice(back, relStart));
    if (!m) return null;
    const end = back + m.index + 1;
    const named = mentionOver(end - 1, end);
    return named && named.end === end ? named.id : null;
  };

  /** A pronoun: "he"/"she" is someone named before it; "I", "we", "they", "it" name nobody. */
  const pronounSpeaker = (cue: Cue): string | null => {
    const pronoun = text.slice(cue.start, cue.end).toLowerCase();
    if (/^(?:i|we|they|it)$/.test(pronoun)) return null;
    // "he"/"she": the nearest person named before it whose gender does not contradict it
    // ("Clinton … Trump's remarks … she said" is Clinton); none fits: nobody, not a guess
    const want: Gender | null = pronoun === "he" ? "m" : pronoun === "she" ? "f" : null;
    // ("Trump, whom he called a “con artist”": the pronoun is the subject of a relative clause
    // whose "whom" stands for the name before it, so it is someone else)
    const object = relativeObject(cue.start);
    const fitting = (skip?: (at: number) => boolean) =>
      namedBefore(cue.start, (want ? PRONOUN_REACH : 1) + (object ? 1 : 0), 0, skip, titledAs)
        .filter((id) => {
          const g = want ? genderOf(id) : null;
          return id !== object && (!g || g === want);
        })
        .slice(0, want ? PRONOUN_REACH : 1);
    // ("Scott Olson via Getty Images. ⏎ Hillary Clinton introduces Beverly Bond onstage. ⏎ “…,”
    // she said": a picture's caption is the layout's, and the story's "she" points over it, to
    // someone its own sentences name; a person named only there, when nobody else fits)
    captions ??= captionParas(text, paras);
    const overCaptions = captions.length && !inCaption(captions, cue.start) ? fitting((at) => inCaption(captions!, at)) : [];
    const fits = overCaptions.length ? overCaptions : fitting();
    const nearest = fits[0];
    if (!nearest || fits.length < 2) return nearest ?? null;
    // "Obama met Putin on Monday. “…,” he said": of two who fit, named in the same sentence,
    // the one that sentence opens on (its subject) is the "he", not the one named last
    // (not a name modifying the next one: "Clinton spokeswoman Jennifer Palmieri said", "Trump's
    // lawyer …")
    const at = lastMentionBefore(nearest, cue.start, cue.start - 2000);
    const para = at >= 0 ? paras[lastStartingAtOrBefore(paras, at)] : undefined;
    if (!para) return nearest;
    // ("…, Henson said. “…,” he said": the nearest closes the sentence as the subject of its
    // reporting clause, and speaks, whoever the sentence opened on; not "when Tapper asked whether")
    const nm = mentionOver(at, at + 1);
    if (nm && /,\s*$/.test(text.slice(nm.start - 3, nm.start))) {
      const verb = /^\s+(\p{Ll}+)\s*[.,]/u.exec(text.slice(nm.end, nm.end + 24));
      if (verb && SPEECH_VERBS.has(verb[1]!)) return nearest;
    }
    // (a sentence closed inside a quotation's marks ends there: '… sings, "Don't go changing."
    // With septuagenarian Donald Trump, …' is a sentence of its own, as sentenceStart does not read)
    const start = sentenceStart(text, at, para.start);
    let from = start;
    for (const q of text.slice(start, at + 1).matchAll(/[.!?]["”’]\s+(?=\p{Lu})/gu)) from = start + q.index + q[0].length;
    for (const id of fits.slice(1)) {
      const m = lastMentionBefore(id, at, from);
      // (a sentence may open on whose job it is: "Cruz spokesman Rick Tyler said … Cruz has
      // "…," he said" is Tyler's)
      if (m < from || m >= at) continue;
      if (/[\p{L}\p{N}]/u.test(text.slice(from, m)) && !(m - from < 120 && jobBefore(text.slice(from, m)))) {
        const nameEnd = mentionOver(m, m + 1)?.end ?? m;
        if (!sceneBefore(text.slice(from, m), text.slice(nameEnd, nameEnd + 2))) continue;
      }
      const mi = lastStartingAtOrBefore(mentions, m);
      // "Trump, Sexton said, has created …": the reporting clause set off by commas names the
      // sentence's speaker, and the name before it is what they talked about
      const aside = /^,\s*(?:\S+\s+){0,3}?(\p{L}+)\s*,/u.exec(text.slice(mentions[mi]!.end, mentions[mi]!.end + 60));
      if (aside && SPEECH_VERBS.has(aside[1]!.toLowerCase())) {
        const speakerMention = mentions[mi + 1];
        if (speakerMention && speakerMention.start < mentions[mi]!.end + aside[0].length && fits.includes(speakerMention.id)) return speakerMention.id;
        continue;
      }
      const between = text.slice(mentions[mi]!.end, Math.min(at, mentions[mi + 1]?.start ?? at));
      const bw = between.match(/\p{L}[\p{L}-]*/gu) ?? [];
      // (a word for a person by its shape only, not glue that has it: "Bush went after Trump … when
      // he called" is Bush's)
      if (/^['’]/.test(between) || (bw.length <= 4 && !/[,;:()]/.test(between) && bw.some((w) => (isPersonNoun(w.toLowerCase()) && !NOT_A_JOB.test(w)) || /^(?:campaign|administration|team|camp|staff)$/i.test(w)))) {
        // ("Hale aide Tom Reyes later called Brody": the name the phrase ends on is its subject)
        const head = mentions[mi + 1];
        if (head && head.start < at + 1 && fits.includes(head.id)) return head.id;
        continue;
      }
      return id;
    }
    return nearest;
  };
  /** "the former"/"the latter" at `at`: of the last two people named before it. */
  const pairSpeaker = (at: number, kind: "former" | "latter"): string | null => {
    const two = namedBefore(at, 2);
    if (two.length < 2) return null;
    return kind === "former" ? two[1]! : two[0]!;
  };
  /** A description ("the senator", "the Florida Democrat"): the person the text described so. */
  const describedSpeaker = (cue: Cue): string | null => {
    // a description: the person whose role holds its head noun, most recently mentioned
    const headWord = text.slice(cue.start, cue.end).split(/\s+/).pop() ?? "";
    const head = headWord.toLowerCase();
    // (a cue cut short to its article, "the", has no head: every role holds "the")
    if (head.length < 3 || DETERMINER.test(head)) return null;
    // "a spokeswoman said", "one official said", "two aides": an indefinite description brings in
    // someone new, who is not the named person holding that role ("the spokeswoman" may be)
    // (but "Jason Sims — a teacher from Mount Pleasant — says": an appositive is the name before it)
    if (/^(?:a|an|one|another|two|three|several|some|many|other)$/i.test(text.slice(cue.start, cue.end).split(/\s+/)[0] ?? "")) {
      const apposed = /[,—–]\s*$/.test(text.slice(cue.start - 3, cue.start)) ? mentionOver(cue.start - 4, cue.start - 1) : null;
      const role = apposed ? (byId.get(apposed.id)?.role?.toLowerCase() ?? "") : "";
      return apposed && role.split(/\s+/).includes(head) ? apposed.id : null;
    }
    // "the agency said", "the report said": only a word for a person describes someone
    // ("The New Yorker" is a name, not a description: a capitalised head only for a party)
    if (!isPersonNoun(head) || (/^\p{Lu}/u.test(headWord) && !isPartyNoun(head))) return null;
    // the person the text described with the head noun (their role, a title or words before
    // their name, an appositive after it), most recently named; a modifier the description
    // repeats ("the Indiana governor", "the New York Democrat") picks among several
    const cueWords = (text.slice(cue.start, cue.end).match(/[\p{L}][\p{L}'’-]*/gu) ?? []).slice(0, -1).filter((w) => !DETERMINER.test(w));
    const mods = cueWords.map((w) => w.toLowerCase()).filter((w) => !/^(?:former|then|current|new|longtime|veteran)$/.test(w));
    // a capitalised modifier ("the Florida senator", "the Democratic candidate", "the New York
    // Democrat") says which one: a person the text never tied to it is not them
    const proper = cueWords.filter((w) => /^\p{Lu}/u.test(w)).map((w) => (w === "Democratic" ? "democrat" : w.toLowerCase()));
    const pick = (ids: readonly string[]): string | null => {
      let best: string | null = null;
      let bestScore = 0;
      for (const id of ids) {
        const words = descriptionOf(id);
        if (!words.has(head)) continue;
        if (proper.length && !proper.some((w) => words.has(w))) continue;
        const score = 1 + mods.filter((w) => words.has(w)).length;
        if (score > bestScore) [best, bestScore] = [id, score];
      }
      return best;
    };
    // "“…,” the spokeswoman said. Jane Doe, a spokeswoman for Acme, added …": nobody before fits,
    // so the person described so in the rest of the paragraph or the next one
    return pick(namedBefore(cue.start, 8)) ?? pick(namedAfter(cue.end, paraEndAfter(cue.end)));
  };

  /** "“…,” California Rep. Duncan Hunter’s chief of staff, Joe Kasper, told POLITICO", "another
   *  friend, Mariam Emara told CNN": a description set off before a name is that name's; the
   *  name, not whoever the description holds, speaks. Null when no name follows so. */
  const apposedName = (cue: Cue): string | null => {
    const last = /(\p{L}+)$/u.exec(text.slice(cue.start, cue.end))?.[1] ?? "";
    if (!/^\p{Ll}/u.test(last) || /^(?:former|latter)$/.test(last)) return null;
    const comma = /^\s*,\s*/.exec(text.slice(cue.end, cue.end + 4));
    const named = comma ? mentionOver(cue.end + comma[0].length, cue.end + comma[0].length + 1) : null;
    if (!named || named.start !== cue.end + comma![0].length) return null;
    // (the name closes the phrase: a comma, a bracket or the reporting verb follows it, not a
    // list going on, "the candidates, Clinton and Trump")
    const next = /^\s*(?:[,(]|(\p{Ll}+))/u.exec(text.slice(named.end, named.end + 20));
    return next && (!next[1] || SPEECH_VERBS.has(next[1])) ? named.id : null;
  };

  return (cue: Cue): string | null => {
    if (cue.kind !== "pronoun") {
      const apposed = apposedName(cue);
      if (apposed) return apposed;
    }
    if (cue.kind === "name") {
      // "Mrs. Abedini said" among Saeed and Naghmeh Abedini: the title says which relative
      const id = personAt(cue);
      const m = id ? mentionOver(cue.start, cue.end) : null;
      return m ? titledAs(m.start, m.end, m.id) : id;
    }
    // "Axelrod's memoir says", "Trump's tweet read": what someone wrote or said speaks for them
    // (their spokeswoman, family or campaign is someone else: described, as any description)
    // (and so does a thing that shows their words: "Ruiz's slogan", "Bernstein's sign")
    if (cue.owner) {
      const head = text.slice(cue.start, cue.end).match(/\p{L}+$/u)?.[0] ?? "";
      if (isOwnWords(head) || isDisplayThing(head)) return personAt(cue.owner);
    }
    // "Sanders's campaign manager, Jeff Weaver, said", "Clinton's introducer, actress Jamie Lee
    // Curtis": the name set after what someone owns is who it is
    if (cue.owner) {
      const app = /^\s*,\s*(?:\p{Ll}+\s+){0,2}/u.exec(text.slice(cue.end, cue.end + 40));
      const named = app ? mentionOver(cue.end + app[0].length, cue.end + app[0].length + 1) : null;
      if (named && named.start === cue.end + app![0].length) return named.id;
    }
    if (cue.kind === "pronoun") return pronounSpeaker(cue);
    if (cue.kind === "former" || cue.kind === "latter") return pairSpeaker(cue.start, cue.kind);
    return describedSpeaker(cue);
  };
}
