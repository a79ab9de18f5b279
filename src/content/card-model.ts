/**
 * What the hover card says, as plain data: a pure function of the Analysis, what is pointed at
 * and what the glossary knows. The card renders this with textContent only, so a name like
 * `<img src=x onerror=alert(1)>` is shown as those characters.
 */
import type { GlossaryView } from "../messages";
import { SPEECH_VERBS } from "../engine/lexicon/speech";
import type { Analysis, Quote } from "../engine/types";
import type { Target } from "./lookup";
import { quoteWords } from "../quote-words";

export interface CardQuote {
  /** `q<index>` (see lookup.quoteId). */
  id: string;
  text: string;
}

export interface CardModel {
  kind: Target["kind"];
  /** Accessible name of the dialog. */
  label: string;
  heading: string;
  /** Role, description, or "Said by …" for a quotation. */
  subtitle: string | null;
  /** Other names used for them in this article. */
  aliases: string[];
  /** "Mentioned 3 times", or null where counting makes no sense. */
  mentions: string | null;
  /** The quotation itself when a quotation is pointed at. */
  excerpt: string | null;
  /** Their quotations in this article (first 3), each a jump target. */
  quotes: CardQuote[];
  quoteCount: number;
  note: string | null;
  seenIn: string | null;
  /** From other articles in the glossary: latest roles and a quotation, each with its source. */
  elsewhere: string[];
  /** Plain link to look them up; nothing is fetched. */
  wikipedia: string | null;
  /** The person a quotation card is about, so it can offer their card. */
  speakerId: string | null;
}

const MAX_QUOTES = 3;
const MAX_EXCERPT = 280;

export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const head = s.slice(0, max - 1);
  // end on a whole word ("a future…", not "a future nuul…") unless the text has no space late
  // enough to cut at (a URL, a long compound): then the hard cut is the lesser harm
  const space = /\s/.test(s.charAt(max - 1)) ? head.length : head.search(/\s\S*$/);
  const cut = space >= max * 0.6 ? head.slice(0, space) : head;
  return `${cut.replace(/[\s,;:–—-]+$/u, "")}…`;
}

export const wikipediaUrl = (name: string): string => `https://en.wikipedia.org/wiki/Special:Search?search=${encodeURIComponent(name)}`;

export const mentionedTimes = (n: number): string => (n === 1 ? "Mentioned once" : `Mentioned ${n} times`);

const str = (x: unknown): string => (typeof x === "string" ? x : "");

/**
 * What the glossary adds: the note, how many articles, and what other articles said (roles and
 * one quotation not from this page). The entry comes from the worker and is read defensively.
 */
export function glossaryLines(entry: GlossaryView | null | undefined, here = ""): { note: string | null; seenIn: string | null; elsewhere: string[] } {
  if (!entry) return { note: null, seenIn: null, elsewhere: [] };
  const note = typeof entry.note === "string" && entry.note.trim() ? clip(entry.note.trim(), 600) : null;
  const n = typeof entry.seenIn === "number" && Number.isFinite(entry.seenIn) ? Math.max(0, Math.floor(entry.seenIn)) : 0;
  const elsewhere: string[] = [];
  const other = (x: { url?: unknown }): boolean => !!x && typeof x === "object" && str(x.url) !== here;
  const roles = Array.isArray(entry.roles) ? entry.roles.filter(other) : [];
  const seenRoles = new Set<string>();
  for (const r of roles) {
    const role = str(r.role).trim();
    if (!role || seenRoles.has(role.toLowerCase())) continue;
    seenRoles.add(role.toLowerCase());
    const title = str(r.title).trim();
    elsewhere.push(clip(title ? `${role} (in “${clip(title, 80)}”)` : role, 200));
    if (seenRoles.size === 2) break;
  }
  const quote = (Array.isArray(entry.quotes) ? entry.quotes.filter(other) : []).find((q) => str(q.text).trim());
  if (quote) {
    const title = str(quote.title).trim();
    elsewhere.push(`“${clip(str(quote.text).trim(), 140)}”${title ? ` (${clip(title, 80)})` : ""}`);
  }
  return { note, seenIn: n > 0 ? (n === 1 ? "Seen in 1 article" : `Seen in ${n} articles`) : null, elsewhere };
}

export function personCard(analysis: Analysis, personId: string, entry?: GlossaryView | null, here = ""): CardModel | null {
  const p = analysis.people.find((x) => x.id === personId);
  if (!p) return null;
  // a quotation the page prints twice (a pull quote beside the body, a copy of the passage for
  // another screen size) is one thing the person said: listed once, at its first place
  const seen = new Set<string>();
  const quotes = analysis.quotes.flatMap((q, i) => {
    const key = quoteWords(q.text);
    if (q.speaker !== p.id || seen.has(key)) return [];
    seen.add(key);
    return [{ id: `q${i}`, text: clip(q.text, 160) }];
  });
  return {
    kind: "person",
    label: `Dramatis: ${p.name}`,
    heading: p.name,
    subtitle: p.role,
    aliases: p.aliases.filter((a) => a !== p.name),
    mentions: mentionedTimes(p.mentions.length),
    excerpt: null,
    quotes: quotes.slice(0, MAX_QUOTES),
    quoteCount: quotes.length,
    ...glossaryLines(entry, here),
    wikipedia: wikipediaUrl(p.name),
    speakerId: null,
  };
}

// the last word of a cue that names a writing, not a person or a body of people
const WRITING = /\b(?:report|study|statement|letter|memo|editorial|ad|poll|survey|tweet|post|article|document|filing|ruling|transcript|release|e?mail|book|column|story|website|account|memoir|message|video|lawsuit|analysis)s?$/i;

/**
 * Who said a quotation when the article describes the speaker without naming a person: "said
 * the source", "a spokeswoman for the agency said", "the report concludes", "HCA said". The
 * engine keeps those words as the quotation's cue with no speaker; a reader is told more by
 * them than by "speaker not named". Only for a statement (four words or more, or a sentence of
 * its own: the cue of a scare quote is the sentence's subject, seldom a speaker), and never a pronoun, which
 * stands for someone the engine could not name.
 */
export function describedSpeaker(text: string, q: Quote): string | null {
  if (q.speaker || !q.cue) return null;
  const { start, end } = q.cue;
  if (!(start >= 0 && end > start && end <= text.length && end - start <= 80)) return null;
  if (start < q.end && end > q.start) return null;
  // (a short reply that is a sentence of its own counts: "The source answered, “Correct.”")
  if ((q.text.match(/[\p{L}\p{N}]+/gu) ?? []).length < 4 && !/^\p{Lu}.*[.!?]$/su.test(q.text.trim())) return null;
  const cue = text.slice(start, end).replace(/\s+/g, " ").trim();
  const words = cue.split(" ");
  // (a signature may run longer: "Rust expert and consultant focused on embedded systems")
  const signed = signedAfter(text, q.end, start);
  if (words.length > (signed ? 10 : 8) || !/\p{L}/u.test(cue)) return null;
  if (/^(?:i|we|you|they|it|he|she|this|that|these|those|there|who|which)$/i.test(words[0]!)) return null;
  // a phrase cut short ("MIT Sloan professor the founding director of the", where the page's
  // text lost the name) says nothing whole; nor does an owner ("London's") or "We'd"
  if (/^(?:the|a|an|of|in|at|for|to|and|or|with|by|from|on|as)$/i.test(words[words.length - 1]!)) return null;
  if (/['’]\p{L}*$/u.test(words[words.length - 1]!) || /^(?:i|we|you|they|it|he|she)['’]/i.test(words[0]!)) return null;
  // Only a cue that a reporting verb ties to the quote: "the source said", "said a tester",
  // "according to the report". On WCXB pages half the cues without one were a sentence's first
  // words ("Remember", "Get", "The frequency of"), which no reader would take for a speaker.
  // (a clause is no speaker: "The first thing you", "participants were", "a study titled")
  // (a writing's noun closing the phrase is no verb: "the state audit report", "a news release")
  if (words.some((w, i) => (SPEECH_VERBS.has(w.toLowerCase()) && !(i && i === words.length - 1 && WRITING.test(w))) || /^(?:you|which|who|that|were|was|is|are|titled|called|named)$/i.test(w))) return null;
  // the words after it, up to the clause's end or the quotation itself
  // (kept as written: a capitalised "Asked" opens a heading, not a report)
  const after = (text.slice(end, end + 40).split(/[.!?;:“”"«»]/, 1)[0]!.match(/\p{L}+/gu) ?? []).slice(0, 3);
  // the word right before, in the same clause: "said the source", not "… she said. Remember"
  const prior = text.slice(Math.max(0, start - 30), start);
  const before = /(\p{L}+)[ \u00a0]+$/u.exec(prior)?.[1]?.toLowerCase() ?? "";
  const verbAfter = after.findIndex((w) => SPEECH_VERBS.has(w) && !w.endsWith("ing"));
  const tied =
    (verbAfter >= 0 && after.slice(0, verbAfter).every((w) => AUXILIARY.test(w) || /ly$/.test(w))) ||
    SPEECH_VERBS.has(before) ||
    /according[ \u00a0]+to[ \u00a0]+$/iu.test(prior) ||
    signed;
  // "Said by the source", though the sentence opened on it ("The source answered")
  return tied ? cue.replace(/^(The|A|An)(?= \p{Ll})/u, (w) => w.toLowerCase()) : null;
}
/**
 * "“…” — Research software engineer" / "“…”⏎-- Founder and CEO of a tools company": a dash
 * right after the closing mark (on the same line or the next) signs the quotation, the way
 * testimonials, surveys and epigraphs credit one. On the WCXB dev articles 59 of the 90
 * quotations so signed named nobody the engine knew as a person, and their cue, the signature
 * itself, was shown to no one.
 */
function signedAfter(text: string, quoteEnd: number, cueStart: number): boolean {
  const between = text.slice(quoteEnd, cueStart);
  return between.length <= 12 && /^[”"’'»]?[ \t\u00a0]*\n?[ \t\u00a0]*(?:--?|[—–―])[ \t\u00a0]*$/u.test(between);
}
const AUXILIARY = /^(?:has|have|had|was|is|will|would|also|then|later|once|again|previously|recently|repeatedly|often|always|never|still|just|soon|sometimes|ever)$/;

export function quoteCard(analysis: Analysis, quoteIndex: number): CardModel | null {
  const q = analysis.quotes[quoteIndex];
  if (!q) return null;
  const speaker = q.speaker ? analysis.people.find((x) => x.id === q.speaker) ?? null : null;
  const described = speaker ? null : describedSpeaker(analysis.text, q);
  // a writing holds the words rather than saying them: "From the AP report", not "Said by"
  const from = described && WRITING.test(described);
  return {
    kind: "quote",
    label: speaker ? `Dramatis: quotation said by ${speaker.name}` : described ? `Dramatis: quotation ${from ? "from" : "said by"} ${described}` : "Dramatis: quotation, speaker not named",
    heading: speaker ? `Said by ${speaker.name}` : described ? `${from ? "From" : "Said by"} ${described}` : "Speaker not named",
    subtitle: speaker?.role ?? null,
    aliases: [],
    mentions: null,
    excerpt: `“${clip(q.text, MAX_EXCERPT)}”`,
    quotes: [],
    quoteCount: 0,
    note: null,
    seenIn: null,
    elsewhere: [],
    wikipedia: null,
    speakerId: speaker?.id ?? null,
  };
}

export function entityCard(analysis: Analysis, kind: "organization" | "place", id: string, entry?: GlossaryView | null, here = ""): CardModel | null {
  const list = kind === "organization" ? analysis.organizations : analysis.places;
  const e = (list ?? []).find((x) => x.id === id);
  if (!e) return null;
  return {
    kind,
    label: `Dramatis: ${e.name}`,
    heading: e.name,
    subtitle: e.description ?? (kind === "organization" ? "Organisation" : "Place"),
    aliases: e.aliases.filter((a) => a !== e.name),
    mentions: mentionedTimes(e.mentions.length),
    excerpt: null,
    quotes: [],
    quoteCount: 0,
    ...glossaryLines(entry, here),
    wikipedia: wikipediaUrl(e.name),
    speakerId: null,
  };
}

export function termCard(term: GlossaryView, mentions: number): CardModel {
  const { note, seenIn } = glossaryLines(term);
  return {
    kind: "term",
    label: `Dramatis: ${term.name}`,
    heading: term.name,
    subtitle: "Your glossary term",
    aliases: term.aliases.filter((a) => a !== term.name),
    mentions: mentionedTimes(mentions),
    excerpt: null,
    quotes: [],
    quoteCount: 0,
    note,
    seenIn,
    elsewhere: [],
    wikipedia: wikipediaUrl(term.name),
    speakerId: null,
  };
}
