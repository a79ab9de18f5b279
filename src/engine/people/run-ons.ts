/**
 * A name that runs on past another name of the page: "Cash App Taxes" beside "Cash App", "Super
 * Mario Run" beside "Super Mario", "Rocky Hill Ranch" beside "Rocky Hill". A person's full name
 * is not written as another name of the page with words after it: its surname joins the shorter
 * form's group instead. What stays a group of its own there is a product, a park or a dish named
 * after the shorter name, and the shorter name is then the brand's, unless all its words are names
 * ("Paul Carter Robinson" signing as "Paul Carter Robinson Artlyst"). A run-on is kept when its
 * words are all names ("Sarah Jessica Parker" beside "Sarah Jessica"), when what follows is a
 * suffix ("Jr."), and either name when a mention has a title or a person's cue, a pronoun included.
 */
import type { Group } from "./group";
import { GIVEN, lower } from "./name-words";
import { personContext, strongPersonCue } from "./person-context";
import { SUFFIX_KEYS } from "./titles";

/** Is `key` a longer name opening on `head`, word for word? */
const opensOn = (key: readonly string[], head: readonly string[]) => key.length > head.length && head.every((w, i) => key[i] === w);
const allNames = (key: readonly string[]) => key.every((w) => GIVEN.has(lower(w)));
const cued = (text: string, g: Group) => g.mentions.some((m) => m.titled || strongPersonCue(text, m) || personContext(text, m));

/** The groups that run on past another group's name of two words or more, and the brand names they run on from, with nothing to show a person. */
export function runOns(text: string, groups: readonly Group[]): Set<Group> {
  const out = new Set<Group>();
  for (const g of groups) {
    if (g.key.length < 3) continue;
    const head = groups.find((h) => h !== g && h.key.length >= 2 && opensOn(g.key, h.key));
    if (!head || allNames(g.key) || g.key.slice(head.key.length).every((w) => SUFFIX_KEYS.has(w)) || cued(text, g)) continue;
    out.add(g);
    if (!allNames(head.key) && !cued(text, head)) out.add(head);
  }
  return out;
}
