/**
 * Names that open on the word heading an institution's or a place's name ("Museo Correr",
 * "Kunsthaus Zürich", "Galerie Barbara Thumm", "Lake Tahoe", "Fort Greene"), on a grape's "Pinot",
 * or on "Key" before a heading's noun ("Key Takeaways", "Key Specs"). The tagger reads the proper
 * noun after such a word as a surname and the word as a given name it does not know; the filters
 * of heads read a name's last word only. A person so named ("Lake Bell") is kept by a title or a
 * person's cue at any mention; a pronoun is none here, as an artist's biography follows the
 * museums that show her work with "her".
 */
import { ORG_LEADS, PLACE_LEADS } from "../lexicon/entity-words";
import { isCommonNoun } from "./common-nouns";
import type { Mention } from "./mention";
import { markedAsPerson } from "./person-context";

/** First words of a thing's name that no lexicon of heads holds: the grape of "Pinot Noir". */
const THING_LEADS = new Set(["pinot"]);

/** Does the name open on a head word of an institution, a place or a thing, or is it "Key" and a heading's noun? */
function ledByHead(key: readonly string[]): boolean {
  const first = key[0]!.replace(/\.$/, "");
  if (ORG_LEADS.has(first) || PLACE_LEADS.has(first) || THING_LEADS.has(first)) return true;
  // ("Key Takeaways", "Key Insights", "Key Specs": a summary's heading; Keegan-Michael Key's
  // surname comes last)
  const second = key[1]!;
  return first === "key" && key.length === 2 && (isCommonNoun(second) || /\p{Ll}s$/u.test(second));
}

/** A name of two words or more that opens on such a word, with no title or person's cue at any mention. */
export function leadHeadName(text: string, g: { key: string[]; mentions: Mention[] }): boolean {
  if (g.key.length < 2 || !ledByHead(g.key)) return false;
  return !g.mentions.some((m) => markedAsPerson(text, m));
}
