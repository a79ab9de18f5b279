/**
 * Names the text defines as a firm's or a product's: "Robert Half, a global HR consulting firm,
 * provides", "Clay is a UI/UX design & branding agency in San Francisco", "Rosetta Stone is among
 * the best language learning apps". A firm named for its founder opens on a given name ("Robert
 * Half", "John Hancock"), so the name's words decide nothing; the noun the text gives it does.
 * Only the head of the phrase counts: the words before it are modifiers, never a preposition's
 * ("a spokesman for the company", "a partner at the firm" describe a person), and a noun after it
 * makes it one ("a tech company founder", "a brand ambassador"). A person's cue at any mention
 * keeps the name.
 */
import type { Group } from "./group";
import { personContext, strongPersonCue } from "./person-context";

/** What a firm, a product or a service is called: the head nouns of its definition. */
const THING_NOUNS = "company|companies|firm|firms|agency|agencies|consultancy|startup|brand|brands|retailer|manufacturer|provider|platform|platforms|app|apps|service|services|marketplace|publisher|studio|bank|chain|nonprofit|non-profit|organization|organisation|website|tool|tools|software|library|framework|plugin|extension|programming language|solution|solutions";
/** A modifier of the head noun: any word but a preposition's, an article's or a relative's. */
const MODIFIER = String.raw`(?:(?!(?:of|for|at|in|on|with|to|by|from|and|or|the|who|whose|whom)\b)[\p{L}\p{N}/&.'’-]+ )`;
/** What may follow the head noun: a mark, or a word that opens its complement. */
const HEAD_END = String.raw`(?=[,.;:)!?]|$| (?:that|which|based|in|on|headquartered|founded|offering|providing|specializing|specialising|known|whose|with|for|from|of|to|by)\b)`;
/** ", a global HR consulting firm," right after the name. */
const DEFINED_AFTER = new RegExp(String.raw`^, (?:a|an) ${MODIFIER}{0,4}(?:${THING_NOUNS})${HEAD_END}`, "u");
/** " is a UI/UX design agency", " is among the best language learning apps" after the name. */
const IS_DEFINED = new RegExp(String.raw`^ (?:is|was) (?:a|an|one of the|among the) ${MODIFIER}{0,4}(?:${THING_NOUNS})${HEAD_END}`, "u");
/** The plural of a firm's noun set before a list of names: "the drugs' manufacturers, Eli Lilly
 *  and Novo Nordisk,", "rival firms, Acme and Zenith," (the names, a comma, "and" between them). */
const FIRMS_BEFORE = new RegExp(String.raw`\b(?:companies|firms|agencies|manufacturers|makers|drugmakers|automakers|carmakers|retailers|brands|banks|publishers|providers|platforms|startups),? (?:\p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){0,3}(?:, | and | or ))*$`, "u");
/** How much text after a mention the definitions read. */
const READ = 100;

/** Is the group defined as a firm's, a product's or a service's, with no person's cue anywhere? */
export function definedAsFirm(text: string, g: Group): boolean {
  let defined = false;
  for (const m of g.mentions) {
    if (m.titled || strongPersonCue(text, m) || personContext(text, m, false)) return false;
    if (!defined) {
      const after = text.slice(m.end, m.end + READ);
      defined = DEFINED_AFTER.test(after) || IS_DEFINED.test(after) || FIRMS_BEFORE.test(text.slice(Math.max(0, m.start - 80), m.start));
    }
  }
  return defined;
}
