/**
 * A "person" whose whole name is a town or a region every reader knows: "Des Moines", "Palo
 * Alto", "Las Vegas", "Orlando" after "the Orlando shooting". The tagger learnt from 1996 Reuters
 * news, where a capitalised word alone before a verb is mostly a surname, so a city of the web's
 * pages (listings of events, rankings of cities, a rally's place) comes out a person, and then
 * takes the "he" or "she" of the next sentence as its quote's speaker. A name of two words or
 * more that is such a place is dropped unless a mention has what only a person has: a title, or a
 * person's cue beside it (a speech verb, "who", an age, "X's wife", a citation's initials; no
 * pronoun: a place's story goes on about the people in it). A one-word place is a common surname
 * or given name too ("Arafat", "Jackson", "Charlotte", "Madison"), so it is dropped only when the
 * text also writes it as a place: after "in", "from", "of"…, before a state or a country ("Austin,
 * Texas", "Orlando, FL"), as a university's campus ("University of Texas, Austin"), or as the
 * modifier after an article that a lone name rarely is ("the Orlando massacre"); "Charlotte is
 * going to be a big sister", "answer Arafat's call" stay people.
 */
import { inGazetteer } from "../entities/place-evidence";
import type { Mention } from "./mention";
import { PLACE, lower } from "./name-words";
import { personContext } from "./person-context";

/** Words before a name that make it a place ("in Orlando", "suburb of Warren"). */
const LOCATIVE_BEFORE = /(?:^|[^\p{L}])(?:in|at|from|near|to|into|through|outside|across|throughout|around|toward|towards|via|of|suburban|downtown)\s$/u;
/** A university's name and a comma before a name: its campus ("the University of Texas, Austin",
 *  "University of California, Berkeley students"), which the comma made look like an appositive's person. */
const CAMPUS_BEFORE = /\b(?:University|College|Institute) of (?:the )?\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2},\s$/u;
/** A citation's initials after a surname ("Rosario M,"). */
const CITED = /^ \p{Lu}{1,2}[,.]/u;
/** A name as the modifier of a lower-case noun after an article ("the Orlando massacre", "an
 *  Orlando nightclub"): a town takes that place far more often than a lone surname does. */
const MODIFIER = /^\s\p{Ll}{3,}/u;
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:the|an?)\s$/iu;
/** A state, a province or a country after a comma ("Austin, Texas", "Orlando, FL", "Charlotte, N.C."). */
const REGION_AFTER = /^,\s(?:\p{Lu}{2}\b|(?:\p{Lu}\.){2}|\p{Lu}\p{Ll}+\.?)/u;

/** Is the group's whole name a known place, with no title and no person's cue on any mention? */
export function placeName(text: string, g: { key: string[]; mentions: Mention[] }): boolean {
  const name = g.key.map(lower).join(" ");
  if (!inGazetteer(name) && !(g.key.length > 1 && PLACE.has(name))) return false;
  // ("a lawyer in Orlando who specializes": the cue of a mention written as a place is its people's)
  // (a results row's bracket or number is no cue here: "Leverkusen (1989)", "Las Vegas 2026" are
  // an award's and an event's places; a citation's initials are: "Rosario M, Levison LM")
  if (g.mentions.some((m) => m.titled || ((personContext(text, m, false, false) || CITED.test(text.slice(m.end, m.end + 4))) && !writtenAsPlace(text, m)))) return false;
  return g.key.length > 1 || g.mentions.some((m) => writtenAsPlace(text, m));
}

/** Does the text write this mention as a place: a locative before it, a region after it? */
function writtenAsPlace(text: string, m: Mention): boolean {
  const after = text.slice(m.end, m.end + 24);
  if (REGION_AFTER.test(after)) {
    const next = /^,\s([\p{L}.]+)/u.exec(after)![1]!;
    // ("Jackson, Mississippi" but not "David, Laurence, Sharon": the word after is a place)
    if (/^\p{Lu}{2}$|^(?:\p{Lu}\.){2}$/u.test(next) || inGazetteer(lower(next)) || PLACE.has(lower(next))) return true;
  }
  const before = text.slice(Math.max(0, m.start - 12), m.start);
  return LOCATIVE_BEFORE.test(before) || CAMPUS_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start)) || (ARTICLE_BEFORE.test(before) && MODIFIER.test(text.slice(m.end, m.end + 8)));
}
