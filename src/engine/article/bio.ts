// The writer's note about themself that a template appends to the story ("Karina Cohen is the
// owner of CR Maids…", "Jean-Luc started CNX Software in 2010…"): it opens with the name the
// page's metadata gives as the author and a verb of a life. It is not the story, and its names
// and employers are not people and places of the story. On WCXB dev the ground truth leaves 33
// such notes out and keeps 6.
import { squash } from "./dom";

/** What a note about a writer says first, after the name. */
const BIO_VERB = "(?:is|was|has|holds|started|founded|co-founded|joined|writes|covers|lives|loves|serves|works|leads|brings|began|graduated|specializes|helps|teaches)";
/** Longer is not a name (a list of contributors, a sentence in the metadata). */
const NAME_MAX_CHARS = 60;
/** A given name this short ("Al", "Jo") opens sentences that are no bio too often. */
const GIVEN_MIN_CHARS = 3;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A test of a text's opening for a note about one of `names` (the metadata's authors): the full
 * name or the given name, perhaps more of the name, then the verb. Null when no name is usable.
 * `starts` is the cheap first look: the text opens with one of the names.
 */
export interface BioTest {
  starts: (text: string) => boolean;
  test: (text: string) => boolean;
}

export function bioTest(names: (string | null)[]): BioTest | null {
  const alts: string[] = [];
  for (const raw of names) {
    const full = squash(raw);
    // one word is a brand or a company as often as a writer ("QCY", "Accruent")
    const parts = full.split(" ");
    if (parts.length < 2 || full.length > NAME_MAX_CHARS || /[@/:]/.test(full)) continue;
    alts.push(full);
    if (parts[0]!.length >= GIVEN_MIN_CHARS) alts.push(parts[0]!);
  }
  if (!alts.length) return null;
  // the verb goes on as a note goes on ("is a writer", "has been", "founded Ambuja Yoga"): a
  // company named as the author ("Method Architecture") opens the story's sentences about itself
  // otherwise ("Method has also deployed…")
  const opening = new RegExp(`^(?:${alts.map(escape).join("|")})(?:\\s+[A-Z][\\w.'\u2019-]*){0,3},?\\s+${BIO_VERB}\\s+(?:(?:a|an|the|been|written|over)\\b|[A-Z\\d])`);
  return {
    starts: (text) => alts.some((a) => text.startsWith(a)),
    test: (text) => opening.test(squash(text.slice(0, 300))),
  };
}
