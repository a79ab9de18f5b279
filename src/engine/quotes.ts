/**
 * Direct quotations and who said them.
 *
 * Marks: curly and straight double quotes (and '' as one mark, as archives write it), and single
 * quotes (headlines, British style, nested) when they pair up inside one paragraph and are not
 * apostrophes (letter'letter, '90s, rock 'n' roll). A paragraph whose quotation is still open at
 * its end continues into the next paragraph when that one opens with a mark (the convention for
 * multi-paragraph quotes); each paragraph's part is one Quote. An unclosed mark otherwise yields
 * nothing: never a runaway quote. Titles of shows and works named as such and embed ids are not
 * quotations.
 *
 * Speakers, in order of trust: a reporting verb right before the quote (", Trump boasted, "…"");
 * the cue right after a quote that opens its sentence (", Putin said" / "said Putin" / ", Mr.
 * King, 82, said" / "― Name" / "was quoted as saying" / "as X put it"); "according to X"; "X:
 * "…""; the subject of the first reporting verb of the sentence before the quote (main clause
 * over reported ones and over a subordinate clause opening the sentence; ", saying" goes to the
 * sentence's subject; "what he called" to the sentence's subject); the cue closing the sentence
 * of a partial quote (", said Brad Bannon."); the owner of a speech noun ("Trump's claim that
 * …"); the sentence's earlier quote for a later one with no verb of its own; the sentence's
 * subject for a partial quote with no reporting verb; the sentence before, or the paragraph
 * before, for a quote standing alone; then the previous quote's speaker when the quote
 * continues a turn. The cue is then the speaker's mention nearest the quote that introduces it
 * (the subject of a later sentence, "which he declared “…”", ", he said,"). Described speakers
 * ("a senior official", "Law enforcement sources", "Two officials, speaking on condition of
 * anonymity,") are cues with a speaker only when someone's role matches. Measured on PolNeAR (scripts/eval/parts/quotes.mjs); every rule was kept only
 * if it helped dev and train alike, and none follows PolNeAR where it departs from who spoke
 * (its Source for "X said, according to Y" is Y; ours stays X).
 */
import { cueBeyondSentence } from "./quotes/cue-beyond-sentence";
import { cueInSentence, quoteSite } from "./quotes/cue-in-sentence";
import { findRawQuotes, paragraphs } from "./quotes/marks";
import { dropNonQuotations } from "./quotes/not-speech";
import { indexPeople } from "./quotes/people-index";
import { speakerResolver } from "./quotes/resolve-cue";
import { transcriptLabel } from "./quotes/speaker-labels";
import { tidyCue } from "./quotes/cue-tidy";
import { whoAntecedent } from "./quotes/who-antecedent";
import { withoutBareTerms } from "./quotes/bare-terms";
import { namesNoSpeaker } from "./quotes/guess-no-speaker";
import { nearerMention } from "./quotes/nearer-mention";
import { type Turn, opensOwnClause, quotationOnlyParagraphs, sameSentenceGoesOn, shareClosingCues, shareLaterCues, shareListedCues, turnGoesOn } from "./quotes/turns";
import type { Person, Quote, Span } from "./types";

export function findQuotes(source: string, people: readonly Person[]): Quote[] {
  // Two apostrophes stand for a double mark in some archives and wire feeds (''Yes,'' he said).
  // Rewriting them as space + straight mark keeps every offset and lets one scanner serve both.
  const text = source.includes("''") ? source.replace(/''/g, ' "') : source;
  const marked = findRawQuotes(text);
  if (!marked.length) return [];
  const paras = paragraphs(text);
  const raw = dropNonQuotations(text, marked, paras);
  const index = indexPeople(text, people, raw);
  const speakerOf = speakerResolver(text, people, paras, index);
  const onlyQuotation = quotationOnlyParagraphs(text, raw, paras);
  const out: Quote[] = [];
  // per quote: where its sentence starts, and whether its own sentence gave it a cue (a label, a
  // reporting verb, an earlier quote's there; not a weak guess at the subject, not a cue from
  // another sentence), for shareClosingCues
  const sentenceAts: number[] = [];
  const ownCue: boolean[] = [];
  // the quotes whose cue is only a guess at their sentence's subject (no reporting verb, no label,
  // no cue after them), with that guess: a later rule that hands them a real cue replaces it
  const guessed = new Map<Quote, Span>();
  // the quotes whose words a thing shows, with no one to speak them (thing-cue.ts)
  const shown = new Set<Quote>();
  let prev: Turn | null = null;
  // an earlier quote's "who" handed on to a quote past the main clause's verb is the name before
  // it ("Beck, who called Trump “…,” clearly intended the audience to “recognize” him")
  const whoHandedOn = (from: Quote, at: number) => from.cue && whoAntecedent(text, { ...from.cue, kind: "pronoun" }, at, index.mentionAt);
  raw.forEach((q, qi) => {
    const site = quoteSite(text, raw, qi, paras);
    sentenceAts.push(site.sentenceAt);
    ownCue.push(true);
    // "“SANDERS: Look, …”" / "PENCE: “We will…”": a transcript's label names who speaks, before
    // any verb around the quote (a label that is nobody the page names, "MODERATOR:", says nothing)
    const label = transcriptLabel(text, q, site.sentenceAt, site.leadLast, index.labelPerson);
    if (label?.speaker) {
      const quote: Quote = { start: q.start, end: q.end, text: source.slice(q.start, q.end), speaker: label.speaker, cue: { start: label.start, end: label.end } };
      out.push(quote);
      prev = { quote, para: q.para };
      return;
    }
    // ("WALLACE: …" between two of Pence's answers: a label in capitals for someone the page does
    // not name is still another speaker, so no turn runs through it, nor on from it)
    if (label?.inCapitals) {
      out.push({ start: q.start, end: q.end, text: source.slice(q.start, q.end), speaker: null, cue: null });
      prev = null;
      return;
    }
    let cue = cueInSentence(text, q, site, index.mentionAt);
    ownCue[qi] = !!cue && !cue.weak;
    // "Trump said he won "every single debate" in which he took part … because there is "a lot
    // going on."": a later quote of the same sentence with no reporting verb of its own goes on
    // with the sentence's earlier quote
    // (a quote ending on its own full stop closed the sentence: "… tomorrow.” He's predicting")
    if ((!cue || (cue.weak && !opensOwnClause(text, site.sentenceAt, raw[qi - 1]?.close ?? -1, cue, q.open))) && prev && sameSentenceGoesOn(text, raw, qi, site.sentenceAt, prev, out)) {
      const who = whoHandedOn(prev.quote, q.start);
      const quote: Quote = { start: q.start, end: q.end, text: source.slice(q.start, q.end), speaker: who ? speakerOf(who) : prev.quote.speaker, cue: who ? { start: who.start, end: who.end } : prev.quote.cue && { ...prev.quote.cue } };
      out.push(quote);
      // (so is an earlier quote's guess handed on)
      if (quote.cue && guessed.has(prev.quote)) guessed.set(quote, quote.cue);
      // (a cue handed on is as much the sentence's own as the earlier quote's was)
      ownCue[qi] = ownCue[qi - 1]!;
      return;
    }
    cue ??= cueBeyondSentence(text, q, qi, site, raw, paras, index);
    // ("Petrilli, who thinks …, called": the relative pronoun's cue is the name it stands for)
    if (cue) cue = whoAntecedent(text, cue, q.start, index.mentionAt) ?? cue;
    let speaker = cue ? speakerOf(cue) : null;
    if (!cue && prev && turnGoesOn(text, q, site.para, prev, onlyQuotation)) {
      const who = whoHandedOn(prev.quote, q.start);
      cue = who ?? (prev.quote.cue ? { ...prev.quote.cue, kind: "name" } : null);
      speaker = who ? speakerOf(who) : prev.quote.speaker;
    }
    const quote: Quote = { start: q.start, end: q.end, text: source.slice(q.start, q.end), speaker, cue: cue ? { start: cue.start, end: cue.end } : null };
    out.push(quote);
    if (quote.cue && cue?.weak) guessed.set(quote, quote.cue);
    // (a thing's words with no owner to speak them are as short a term as a guess's: "a shirt
    // that read “Fascist Trump”")
    if (!speaker && cue?.thing) shown.add(quote);
    // later quotes in the same turn continue this one's speaker
    if (quote.speaker || quote.cue) prev = { quote, para: q.para };
  });
  shareLaterCues(text, raw, out);
  shareClosingCues(text, raw, out, sentenceAts, ownCue);
  shareListedCues(text, raw, out, ownCue);
  // the guesses as the sentences gave them, before the cues are tidied (asked of short quotes only)
  const guesses = out.map((q) => {
    const g = guessed.get(q);
    return g && !q.speaker && q.cue && q.cue.start === g.start && q.cue.end === g.end ? g : null;
  });
  // (the speaker named again nearer the quote, introducing it, is the cue: see nearer-mention.ts)
  for (const q of out) q.cue = nearerMention(text, q, paras, index) ?? q.cue;
  // (a cue that names nobody is the card's "Said by …": only a noun phrase, see cue-tidy.ts)
  for (const q of out) if (!q.speaker && q.cue) q.cue = tidyCue(text, q.cue);
  return withoutBareTerms(out, (i) => {
    if (shown.has(out[i]!) && !out[i]!.speaker) return true;
    const g = guesses[i];
    return !!g && namesNoSpeaker(text, text.slice(g.start, g.end));
  });
}
