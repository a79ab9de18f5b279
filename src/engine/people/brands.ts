/**
 * Products, services and firms named in running prose and read as people ("Vertex AI", "Webflow",
 * "Hoka", "Adobe Illustrator"): a brand's name is capitalised as a name is, takes a speech verb
 * as a firm does ("Webflow says"), and the name lists hold many of its words. What gives it away
 * is what the text does with it that it does with no person: a product's noun after it or its
 * possessive ("the Webflow app", "Anthropic's API"), a verb of use before it ("using Adobe
 * Illustrator", "install Mullvad"), a definition as a thing ("Tamr is a data platform"), its
 * name as a web address ("hoka.com"). A person's cue anywhere keeps the name, and so does a given
 * name first (a person's own site, "filippo.io"; "Claude Code" is left to other filters).
 */
import type { Group } from "./group";
import { perAnalysis } from "../analysis-memo";
import { APPOSITIVE_AFTER } from "./cues";
import { GIVEN, ORG_WORD, lower } from "./name-words";
import { strongPersonCue } from "./person-context";
import { asciiWordEndingAt } from "./word-before";

/** What only a person has or does, right after a name: "who", a family, an age. A speech verb is
 *  no such cue here: firms say, tell and add as people do ("Anthropic says", "Hoka told me"). */
const PERSON_AFTER = /^(?:,? (?:who|whose|himself|herself)\b|['’]s? (?:wife|husband|widow|son|daughter|father|mother|brother|sister|family|parents|children|career|death)\b|, \d{1,2}, )/;

/** A product's, a service's or a platform's own nouns, after its name or its possessive. */
const THING_AFTER = /^(?:['’]s?)? (?:app|apps|platform|software|plugin|plug-in|extension|APIs?|SDK|CLI|CMS|dashboard|subscription|subscribers|website|browser|integrations?|interface|pricing|ecosystem|tools|users|servers|free plan|free tier|paid plans?)\b/;
/** The same nouns after a possessive and up to two words that qualify them ("Webflow's visual
 *  canvas", "Webflow's headless CMS APIs"); no "website" or "tools" here: a politician has a
 *  campaign website. */
const OWN_THING_AFTER = /^['’]s? (?:[\p{Ll}-]+ |\p{Lu}{2,5} ){1,2}(?:app|apps|platform|software|plugin|extension|APIs?|SDK|CLI|dashboard|subscription|subscribers|browser|integrations?|interface|pricing|ecosystem|canvas|builder|servers)\b/u;
/** A product's doing for its users ("Mullvad allows you to", "Webflow lets teams"). */
const LETS_AFTER = /^ (?:lets|allows|enables|empowers) (?:you|users|customers|teams|businesses|developers|marketers|companies)\b/;
/** A verb of using a product, right before its name. */
const USE_BEFORE = /(?:^|[^\p{L}])(?:use|uses|using|install|installs|installing|installed|download|downloads|downloading|downloaded|subscribe to|subscribed to|sign up for|signed up for|integrates? with|powered by|built on|built with)\s$/u;
/** The name as the subject of a verb whose object is its own ("Mullvad provides its", "Snowflake
 *  reported its"): a person's own is "his" or "her"; after a speech verb "its" is another's. */
const ITS_AFTER = /^ (?!(?:said|says|told|tells|added|adds|argued|noted|wrote|writes|asked|warned|claimed|explained)\b)(?:\p{Ll}+ ){1,3}its\b/u;
/** "Tamr is a data platform": a definition as a product or a firm. */
const IS_A_THING = /^ (?:is|was) (?:a|an) (?:[\p{L}-]+ ){0,3}?(?:app|platform|software|tool|service|company|startup|firm|brand|provider|library|framework|solution|product|plugin|extension)\b/u;
/** The list item before a use ("Google, Meta, and " before "OpenAI"), and the one after it. */
const ITEM_BEFORE = /(?:^|[,;:(] ?|\n)([\p{Lu}\d][\p{L}\d&.'’-]*(?: [\p{Lu}\d][\p{L}\d&.'’-]*){0,2}),? (?:and |or |& )?$/u;
const ITEM_AFTER = /^,? (?:and |or |& )?([\p{Lu}\d][\p{L}\d&.'’-]*(?: [\p{Lu}\d][\p{L}\d&.'’-]*){0,2})(?=[,;.)]|\s*$| and | or |\n)/u;
/** Is the item a firm of the gazetteer's ("Google", "IBM")? */
const firmItem = (item: string | undefined) => !!item && !item.includes(" ") && ORG_WORD.has(lower(item));
/** Is the use at `at`..`end` an item of a list that names a firm of the gazetteer beside it
 *  ("Google, Meta, and OpenAI", "ADP, Helios HR, TriNet"): people are listed with people. */
function listedWithFirm(text: string, at: number, end: number): boolean {
  // (the list's comma or semicolon is asked first: ITEM_BEFORE is tried from every character of its window)
  const left = text.slice(Math.max(0, at - 40), at);
  if (/[,;]/.test(left)) {
    const before = ITEM_BEFORE.exec(left);
    if (before && /[,;]/.test(left.slice(before.index)) && firmItem(before[1])) return true;
  }
  if (text.charCodeAt(end) !== 44) return false;
  const after = ITEM_AFTER.exec(text.slice(end, end + 40));
  return !!after && firmItem(after[1]);
}

/** The last words USE_BEFORE can end on ("use", "subscribe to", "built with"): the regex is tried from every character of its window. */
const USE_LAST = new Set(["use", "uses", "using", "install", "installs", "installing", "installed", "download", "downloads", "downloading", "downloaded", "to", "for", "with", "by", "on"]);

/** May USE_BEFORE match the 24 characters before `at`: a space of any kind, and before it a run of ASCII letters that USE_LAST holds. */
function mayFollowUse(text: string, at: number): boolean {
  if (at < 2 || !/\s/.test(text.charAt(at - 1))) return false;
  return USE_LAST.has(asciiWordEndingAt(text, at - 1, Math.max(0, at - 24)));
}

/** Endings of a web address. */
const DOMAIN_END = /^\.(?:com|io|ai|net|org|co|app|dev)\b/;

/** Scans at most this many uses of one form: a brand named on every line is judged by its first ones. */
const MAX_USES = 40;

/** Is the name at `at`..`end` in `text` a word of its own (no letter or digit joined to it)? */
function standsAlone(text: string, at: number, end: number): boolean {
  return !/[\p{L}\p{N}]/u.test(text[at - 1] ?? " ") && !/[\p{L}\p{N}]/u.test(text[end] ?? " ");
}

/** Does the text use `form` as a product's name at one of its uses? */
function usedAsProduct(text: string, lowerText: string, form: string): boolean {
  // (one search of the text: an includes() before it read the whole text once more per form)
  const bare = form.replace(/\s+/g, "").toLowerCase();
  const dotted = bare + ".";
  for (let at = lowerText.indexOf(dotted), n = 0; at >= 0 && n < MAX_USES; at = lowerText.indexOf(dotted, at + 1), n++) {
    if (!/[\p{L}\p{N}.@/-]/u.test(lowerText[at - 1] ?? " ") && DOMAIN_END.test(lowerText.slice(at + bare.length, at + bare.length + 5))) return true;
  }
  for (let at = text.indexOf(form), n = 0; at >= 0 && n < MAX_USES; at = text.indexOf(form, at + 1), n++) {
    const end = at + form.length;
    if (!standsAlone(text, at, end)) continue;
    const after = text.slice(end, end + 40);
    if (THING_AFTER.test(after) || OWN_THING_AFTER.test(after) || LETS_AFTER.test(after) || ITS_AFTER.test(after) || IS_A_THING.test(after) || (mayFollowUse(text, at) && USE_BEFORE.test(text.slice(Math.max(0, at - 24), at))) || listedWithFirm(text, at, end)) return true;
  }
  return false;
}

const lowerOf = perAnalysis((text: string) => text.toLowerCase());

/**
 * Is the group a product's, a service's or a firm's: never titled, no mention with a person's
 * cue, no given name first, and one of its forms used as a product's name somewhere in the text?
 */
export function brandName(text: string, g: Group): boolean {
  if (GIVEN.has(g.key[0]!)) return false;
  for (const m of g.mentions) {
    if (m.titled || strongPersonCue(text, m)) return false;
    const after = text.slice(m.end, m.end + 90);
    if (PERSON_AFTER.test(after) || (after.charCodeAt(0) === 44 && APPOSITIVE_AFTER.test(after))) return false;
  }
  const forms = new Set(g.mentions.map((m) => m.words.join(" ")));
  for (const form of forms) if (usedAsProduct(text, lowerOf(text), form)) return true;
  return false;
}
