/**
 * Whether a guess at a sentence's subject (the cue of a quote with no reporting verb) names
 * nothing that could speak: the reader or the writer ("You", "I"), a thing ("The default",
 * "Wrist pain", "The culture"), a sentence's opening word the page writes in lower case
 * elsewhere ("Good", "Keep", "Private"). A person's or group's noun ("Protesters", "the
 * senator", "Cruz's lawyers"), an organisation's ("The network"), a writing's ("The report"), a
 * nationality, a pronoun that stands for someone ("they") or a name (any capital after the
 * phrase's first word, or a lone capitalised word the page never writes in lower case:
 * "Politifact") could speak.
 */
import { DEMONYM } from "../lexicon/demonym";
import { ORG_HEADS } from "../lexicon/entity-words";
import { GROUP_WORDS } from "../lexicon/groups";
import { FUNCTION_WORDS } from "../lexicon/words";
import { isPersonNoun } from "./describe";

// nouns for people together, which speak as one ("The audience … echoing", "her campaign has
// cycled through slogans like …"), and for the writings that speak for someone ("The site rated
// the claim …", "The report noted …")
const PEOPLE_TOGETHER = /^(?:audience|couple|crowd|family|public|staff|crew|panel|jury|class|congregation|electorate|campaign)$/;
const WRITINGS = /^(?:report|study|survey|poll|letter|article|paper|statement|memo|site|website|blog|review|document|ruling|filing|complaint|lawsuit|petition)$/;
const READER_OR_WRITER = /^(?:you|i)(?:['’]\p{L}+)?$/iu;
const SOMEONE = /^(?:he|she|they|we|it|who)(?:['’]\p{L}+)?$/iu;

export function namesNoSpeaker(text: string, phrase: string): boolean {
  const ws = phrase.match(/[\p{L}\p{N}][\p{L}\p{N}'’&-]*/gu) ?? [];
  if (!ws.length) return true;
  if (ws.length === 1 && READER_OR_WRITER.test(ws[0]!)) return true;
  if (SOMEONE.test(ws[0]!)) return false;
  if (ws.slice(1).some((w) => /^\p{Lu}/u.test(w))) return false;
  const head = ws[ws.length - 1]!.toLowerCase().replace(/['’]s?$/u, "");
  const singular = head.endsWith("ies") ? head.slice(0, -3) + "y" : head.replace(/(?:es|s)$/, "");
  const forms = [head, singular, head.replace(/s$/, "")];
  if (forms.some((w) => isPersonNoun(w) || PEOPLE_TOGETHER.test(w) || WRITINGS.test(w) || ORG_HEADS.has(w) || GROUP_WORDS.has(w) || DEMONYM.has(w))) return false;
  if (ws.length > 1) return true;
  // a lone word: a word of grammar, or one the page also writes in lower case, is no name
  // (the head holds letters, digits, apostrophes, "&" and "-" only: nothing a pattern reads as syntax)
  return FUNCTION_WORDS.has(head) || new RegExp(`(?<![\\p{L}\\p{N}])${head}(?![\\p{L}\\p{N}])`, "u").test(text);
}
