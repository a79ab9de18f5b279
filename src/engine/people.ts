/**
 * Person names in the Analysis text, grouped into one entry per person. This module is the
 * pipeline; each step is a module of its own under ./people/:
 *
 * 1. Finding (findPersonMentions). The entity tagger (tagger.ts, an averaged perceptron trained
 *    on CoNLL-2003 train) proposes spans; cued-people.ts and person-lists.ts retype as people
 *    the spans the text shows to be a person's (departments.ts: a post "of" a department run
 *    into the name), surname-sense.ts every lone use of a surname the
 *    text gives in full and with a person's cue, word-given.ts a given name that is also a word
 *    ("Will", "May") before a person's cue; tagger-runs.ts peels titles, function words and
 *    other edges off each (titles.ts, name-edges.ts) and drops names that head an organisation
 *    ("Rossiya TV") and lone sentence-initial words nothing else supports; headlines.ts keeps
 *    only words the body names on Title Case lines. The older rule-based recogniser
 *    (candidates.ts, rule-mentions.ts; context cues in cues.ts) still knows name shapes news
 *    data rarely shows — particles ("Khalid bin Rashed"), capitals in credits — and its mention
 *    replaces the tagger's pieces of it; transcripts.ts reads a broadcast transcript's speaker labels
 *    ("ROSIE CURTS:"). name-repairs.ts mends nicknames and mojibake;
 *    headline-tails.ts drops a headline's verb run on from a name ("Ted Cruz Refuses"), and
 *    lead-words.ts an ordinary word opening the sentence before a name given in full elsewhere
 *    ("Former Carson advisers").
 * 2. Completing (complete.ts): one name, one sense per article.
 * 3. Grouping (groupMentions, group.ts): a full name founds a person; a lone surname (or given
 *    name) joins the full name it matches — the nearest one before it when two people share it.
 *    Groups whose name is no person's are dropped by the filters of form-filters.ts,
 *    common-words.ts, common-nouns.ts (a common noun of the lexicon last: "Art Print"),
 *    lead-heads.ts (an institution's or a place's first word: "Museo Correr", "Lake Tahoe"),
 *    word-led-nouns.ts (a given name that is rather a word, then nouns: "Price Tag"), noun-names.ts
 *    (nouns only, a title's peeling left: "Agent Sandbox"),
 *    products.ts, clubs.ts, firms.ts, brands.ts (products and firms the prose uses as such),
 *    thing-lists.ts (a name listed beside products' and firms' names: "Python, Ruby, PHP"),
 *    firm-definitions.ts (a name the text defines as a firm: "Robert Half, a staffing firm,"),
 *    tables.ts (results tables' teams), field-labels.ts (a spec sheet's labels: "Max Load 287
 *    lbs"), addresses.ts ("610 E. Roosevelt St."), acronym-names.ts (an acronym of the page in the name),
 *    thing-names.ts ("the X" more than a person's context), unattested.ts (named often with
 *    no person's cue and a thing's), place-names.ts (a known town),
 *    platforms.ts ("Mac", "Web"), work-titles.ts (a work's Title Case: "Wake Up Dead Man"),
 *    awards.ts (a prize named for someone: "an Oscar frontrunner"), vessels.ts and
 *    weak-singles.ts, which ask person-context.ts and lower-case.ts about the text around them;
 *    run-ons.ts a name that runs on past another group's ("Cash App Taxes") and that one.
 */
import { acronymName } from "./people/acronym-names";
import { awardName } from "./people/awards";
import { brandName } from "./people/brands";
import { clubName } from "./people/clubs";
import { firmName } from "./people/firms";
import { definedAsFirm } from "./people/firm-definitions";
import { commonNounHead, commonNounLead } from "./people/common-nouns";
import { commonWords, givenAsWord, givenThenWord, headedName, onceCommon, unintroducedName } from "./people/common-words";
import { MAX_NAME_WORDS, completeMentions } from "./people/complete";
import { namedLikePeople } from "./people/cued-people";
import { datelineOnly, headingOverProse, theTitled, hyphenTail, initialsOnly, loneOpener, postsOwner, quotedTitle, stateOnly } from "./people/form-filters";
import { type Group, groupByName, toPeople } from "./people/group";
import { titleCaseLine, withoutHeadlineTails } from "./people/headline-tails";
import { headlineLines, headlineWords } from "./people/headlines";
import { fullestWords, type Mention, toMentions } from "./people/mention";
import { mojibakeEnds, nicknamed } from "./people/name-repairs";
import { lowerCacheFor } from "./people/name-words";
import { discourseWord, genTerm, grammarWord, groupWord, headsAfter, imperativeWord, loneAcronym, qualifierName, titleOnly, schoolShortName } from "./people/not-people";
import { strongPersonCue } from "./people/person-context";
import { withoutLeadWords } from "./people/lead-words";
import { leadHeadName } from "./people/lead-heads";
import { streetAddress } from "./people/addresses";
import { fieldLabel } from "./people/field-labels";
import { listedItem } from "./people/listings";
import { listedPeople } from "./people/person-lists";
import { placeName } from "./people/place-names";
import { platformName } from "./people/platforms";
import { pluralNoun } from "./people/plurals";
import { commandOpener, pluralEnd } from "./people/plural-ends";
import { colourName, firmLed, modelNamed, nounPhrase, productName } from "./people/products";
import { runOns } from "./people/run-ons";
import { withTranscriptLabels } from "./people/transcripts";
import { withRuleMentions } from "./people/rule-mentions";
import { surnameSense } from "./people/surname-sense";
import { tableTeam } from "./people/tables";
import { listedWithThings } from "./people/thing-lists";
import { thingName } from "./people/thing-names";
import { unattestedName } from "./people/unattested";
import { tagEntities } from "./people/tagger";
import { vesselName } from "./people/vessels";
import { standaloneWords, taggerRuns } from "./people/tagger-runs";
import { type Token, tokenize } from "./people/tokens";
import { dropWeakSingles } from "./people/weak-singles";
import { withWordGivenNames } from "./people/word-given";
import { wordLedNouns } from "./people/word-led-nouns";
import { workTitle } from "./people/work-titles";
import { nounName } from "./people/noun-names";
import type { Person } from "./types";
export { completeMentions } from "./people/complete";
export { headlineLines } from "./people/headlines";
export type { Mention } from "./people/mention";

/** Person mentions in text (ungrouped), in order. */
export function findPersonMentions(text: string, tokens: Token[] = tokenize(text)): Mention[] {
  lowerCacheFor(text);
  const standalone = standaloneWords(tokens);
  const cued = surnameSense(text, tokens, namedLikePeople(text, tokens, tagEntities(text, tokens)));
  const spans = listedPeople(text, tokens, withWordGivenNames(text, tokens, cued));
  const runs = taggerRuns(text, tokens, spans, standalone);
  // headlines: keep only the words that name someone the body names
  const heads = headlineLines(text, tokens);
  const kept = headlineWords(text, runs, heads);
  const final = withTranscriptLabels(text, tokens, withRuleMentions(text, tokens, kept, standalone, heads));
  nicknamed(text, tokens, final);
  mojibakeEnds(text, final);
  // (a run of capitals longer than any name, "Aaaa Aaaa ..." for a page, is no person's: each
  // later step that looks at a name's words would look at all of them, for every mention)
  return withoutLeadWords(text, withoutHeadlineTails(text, toMentions(tokens, final).filter((m) => m.words.length <= MAX_NAME_WORDS)));
}

/** Does nothing show the group's name to be no person's: initials, a state, a title, a firm's
 *  word, a heading, ordinary words, a post's owner, a product? */
function namesAPerson(text: string, g: Group): boolean {
  if (initialsOnly(text, g) || stateOnly(text, g) || quotedTitle(text, g) || firmLed(text, g) || loneOpener(text, g) || commonWords(text, g) || headingOverProse(text, g) || onceCommon(text, g) || unintroducedName(text, g) || givenThenWord(text, g) || givenAsWord(text, g) || wordLedNouns(text, g) || nounName(text, g) || headedName(text, g) || leadHeadName(text, g) || postsOwner(text, g) || titleOnly(text, g) || grammarWord(text, g) || discourseWord(text, g) || loneAcronym(text, g) || qualifierName(text, g) || groupWord(text, g) || genTerm(text, g) || imperativeWord(text, g) || commonNounHead(text, g) || commonNounLead(text, g) || clubName(text, g) || firmName(text, g) || brandName(text, g) || listedWithThings(text, g) || definedAsFirm(text, g) || tableTeam(text, g) || vesselName(text, g) || pluralNoun(text, g) || pluralEnd(text, g) || commandOpener(text, g) || listedItem(text, g) || fieldLabel(text, g) || streetAddress(text, g) || datelineOnly(text, g) || theTitled(text, g) || placeName(text, g) || platformName(text, g) || acronymName(text, g) || thingName(text, g) || unattestedName(text, g) || workTitle(text, g) || awardName(text, g) || schoolShortName(text, g)) return false;
  const fullest = fullestWords(g.mentions);
  // ("said KellyAnne Conway, a pollster": a person's cue outweighs a brand's shape)
  return (!productName(fullest) && !nounPhrase(fullest) && !colourName(text, fullest) && !modelNamed(text, g.mentions)) || g.mentions.some((m) => strongPersonCue(text, m));
}

/** Groups mentions into people: ids in order of first mention, name = the fullest form. */
export function groupMentions(text: string, mentions: Mention[]): Person[] {
  const groups = groupByName(mentions, text);
  const runOn = runOns(text, groups);
  const passing = groups.filter((g) => !runOn.has(g) && namesAPerson(text, g));
  const kept = dropWeakSingles(text, passing);
  // (after the other filters: a compound's first part that is no person, "AI-", is gone by then)
  const mentionEnds = new Set<number>();
  for (const g of kept) for (const m of g.mentions) mentionEnds.add(m.end);
  const sorted = kept
    .filter((g) => !hyphenTail(text, g, mentionEnds))
    .map((g) => withoutFirmUses(text, g))
    .map((g) => ({ g, first: Math.min(...g.mentions.map((m) => m.start)) }))
    .sort((a, b) => a.first - b.first);
  return toPeople(text, sorted.map(({ g }) => g));
}

/**
 * A person's mentions without those that open a firm's, a school's or a place's name ("the
 * Clinton Family Foundation", "at Trump National"): there the name is the organisation's, and
 * its card would be the person's. A group with no other mention keeps them (qualifierName judged
 * it a person's already).
 */
function withoutFirmUses(text: string, g: Group): Group {
  const own = g.mentions.filter((m) => m.titled || !headsAfter(text, m.end) || titleCaseLine(text, m));
  return own.length && own.length < g.mentions.length ? { ...g, mentions: own } : g;
}

/** Person names in `text`, one entry per person, in order of first mention. */
export function findPeople(text: string, tokens: Token[] = tokenize(text)): Person[] {
  return groupMentions(text, completeMentions(text, tokens, findPersonMentions(text, tokens)));
}
