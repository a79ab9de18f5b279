/**
 * Names listed with things: "Python, Ruby, PHP", "Google, Meta, X (Twitter), Semrush", "Jasper,
 * Copy.ai, and Claude", "Alexa and Google Home". A list joins like with like, and a name whose
 * neighbours in it are written as only a product's, a firm's or a language's name is ("PHP",
 * "TikTok", "Copy.ai", "C#", a firm of the gazetteer) names one too. The given-name lists hold
 * many such names ("Ruby", "Meta", "Claude", "Alexa", "Bing", "Forbes"), so nothing in the name
 * itself tells them from people. A person's cue at any mention keeps the name, and so does a name
 * of two words unless a thing's word opens it ("Neil Patel, HubSpot and Moz" lists a person beside
 * firms; "Adobe Photoshop, Figma" a product).
 */
import type { Group } from "./group";
import { type Mention, fullestWords } from "./mention";
import { GIVEN, NAMEISH, ORG_WORD, isInitial, lower } from "./name-words";
import { personContext, strongPersonCue } from "./person-context";

/** A word of a list's item: a capital first, or a lower-case brand ("iPhone"); not a score ("4-43"). */
const ITEM_WORD = String.raw`(?:\p{Lu}[\p{L}\p{N}.#+&'’-]*|\p{Ll}+\p{Lu}[\p{L}\p{N}]*)`;
/** An item (up to four such words) and the separator before the next one, read leftwards. */
const ITEM_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}\p{N}.#+&'’-])(${ITEM_WORD}(?: ${ITEM_WORD}){0,3})(?:,\s*(?:and |or |& )?| (?:and|or|&) )$`, "u");
/** The separator after a use and the item after it, read rightwards. */
const ITEM_AFTER = new RegExp(String.raw`^(?:,\s*(?:and |or |& )?| (?:and|or|&) )(${ITEM_WORD}(?: ${ITEM_WORD}){0,3})(?![\p{L}\p{N}#+])`, "u");
/** Prefixes after which a name has a second capital ("McKenzie", "DeShawn", "LeBron", "O'Neill"). */
const NAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|O['’])\p{Lu}/u;
/** Items read on each side of a use: a list longer than that shows its kind by then. */
const MAX_ITEMS = 3;
/** How far back and ahead a use's list is read. */
const SPAN = 160;

/**
 * Is one word written as only a thing's name is: a capital inside after lower case ("TikTok",
 * "ChatGPT", "iPhone"; not "McKenzie"), a digit, a dot, "#" or "+" inside or at its end ("Copy.ai",
 * "C#", "C++"), an acronym of two to five capitals ("PHP", "MNTN"), or a firm of the gazetteer
 * that no name list holds ("Google", "Facebook")?
 */
function thingWord(w: string): boolean {
  if (isInitial(w) || /^(?:\p{Lu}\.)+$/u.test(w)) return false;
  if (/\p{Ll}\p{Lu}/u.test(w) && !NAME_PREFIX.test(w)) return true;
  if (/\p{L}\.\p{L}|[#+]|\p{L}\d|\d\p{L}/u.test(w)) return true;
  // (not a regnal number, "Elizabeth II, Diana, Princess of Wales")
  if (/^\p{Lu}{2,5}$/u.test(w) && !/^[IVX]+$/.test(w)) return true;
  const l = lower(w);
  return ORG_WORD.has(l) && !GIVEN.has(l) && !NAMEISH.has(l);
}

/** Is the item (a run of words) a thing's name: its first word or its last one? Not a citation's
 *  author, a surname before initials ("Skelly AC, Chou R, Dettori JR"). */
function thingItem(item: string): boolean {
  const words = item.split(" ");
  if (words.length >= 2 && /^\p{Lu}{1,3}$/u.test(words[words.length - 1]!)) return false;
  return thingWord(words[0]!) || (words.length === 1 ? false : thingWord(words[words.length - 1]!));
}

/** Can `s` end as ITEM_BEFORE needs, on a comma and spaces or on "and ", "or ", "& "? Most uses
 *  follow no list, and this look at the last characters spares them a leftward regex whose
 *  search starts at every character of the window (ITEM_BEFORE decides; this only rules out). */
function mayEndOnJoin(s: string): boolean {
  if (s.endsWith("and ") || s.endsWith("or ") || s.endsWith("& ")) return true;
  let i = s.length;
  while (i > 0 && /\s/.test(s[i - 1]!)) i--;
  return i > 0 && s.charCodeAt(i - 1) === 44;
}

/** The items of the list a use at `m` stands in, beside it, up to MAX_ITEMS each way, on its line. */
function neighbours(text: string, m: Mention): string[] {
  const items: string[] = [];
  const lineStart = text.lastIndexOf("\n", m.start - 1) + 1;
  let left = text.slice(Math.max(lineStart, m.start - SPAN), m.start);
  for (let i = 0; i < MAX_ITEMS; i++) {
    const got = mayEndOnJoin(left) ? ITEM_BEFORE.exec(left) : null;
    if (!got) break;
    items.push(got[1]!);
    // (keep the mark before the item: it is the next separator)
    left = left.slice(0, got.index + (got[0].startsWith(got[1]!) ? 0 : 1));
  }
  const lineEnd = text.indexOf("\n", m.end);
  let right = text.slice(m.end, Math.min(lineEnd < 0 ? text.length : lineEnd, m.end + SPAN));
  for (let i = 0; i < MAX_ITEMS; i++) {
    const got = ITEM_AFTER.exec(right);
    if (!got) break;
    items.push(got[1]!);
    right = right.slice(got[0].length);
  }
  return items;
}

/**
 * Is the group a thing's name listed with things: one word or a thing's word first, no title and
 * no person's cue at any mention, and one use in a list whose other items include a thing's?
 */
export function listedWithThings(text: string, g: Group): boolean {
  // (a name of two words or more is a person's unless a thing's word opens it: "Adobe Photoshop";
  // a list of results gives players' full names beside acronyms, "six RBI and Donne Wall")
  const fullest = fullestWords(g.mentions);
  if (fullest.length >= 2 && !thingWord(fullest[0]!)) return false;
  let listed = false;
  for (const m of g.mentions) {
    if (m.titled || strongPersonCue(text, m) || personContext(text, m, false)) return false;
    // (a name in capitals stands in a headline's line or a table's, whose every word is so)
    if (!listed && !m.words.every((w) => /^\p{Lu}+$/u.test(w))) listed = neighbours(text, m).some(thingItem);
  }
  return listed;
}
