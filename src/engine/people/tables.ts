/**
 * Teams in a sports results table read as people: a club's name is often one unseen word
 * ("Spartak", "Currie") with a number after it, which a scorer's row has too ("Batistuta 45").
 * The line's shape tells them apart. A match result puts two names and two scores on a line
 * ("Zemun 1 Rad (B) 0"); a standings row gives a name its games played, won, drawn and lost, the
 * first the sum of the next three ("Spartak 3 1 1 1 3 3 4"). A player's row has neither: one
 * name, a minute, a score or averages ("Nasser Hussain 2 3 0 111 51 37.00"), and a box score's
 * at-bats are not its runs, hits and runs batted in added up.
 */
import type { Group } from "./group";
import type { Mention } from "./mention";
import { asciiForm, plainLetters } from "../ascii-form";

/** The longest line read around a mention: a table's rows are short, prose's lines are not. */
const MAX_ROW = 80;

/** A team's name in a row: capitalised words, a bracketed town's initial ("Rad (B)", "Heriot's F.P."). */
const TEAM = String.raw`\p{Lu}[\p{L}.'’&-]*(?: \p{Lu}[\p{L}.'’&-]*)*(?: \(\p{Lu}{1,3}\))?`;
/** Two teams, each with its score (a half-time score in brackets after either). */
const MATCH_ROW = new RegExp(String.raw`^${TEAM} \d{1,3}(?: \(\d{1,2}-\d{1,2}\))? ${TEAM} \d{1,3}(?: \(\d{1,2}-\d{1,2}\))?\*?$`, "u");
/** A name, then six whole numbers or more. */
const NUMBERS_ROW = new RegExp(String.raw`^(?:\d{1,2}\. )?${TEAM}((?: \d{1,3}){6,})$`, "u");
/** The same two for a row whose letters are all ASCII (ascii-form.ts: a cheaper compile). */
const MATCH_ROW_ASCII = asciiForm(MATCH_ROW);
const NUMBERS_ROW_ASCII = asciiForm(NUMBERS_ROW);

/** The line the mention stands on, or null when it is longer than a table's row (read no
 *  further than that either way: a text without line breaks is one long line). */
function rowOf(text: string, m: Mention): string | null {
  let a = m.start;
  while (a > 0 && text.charCodeAt(a - 1) !== 10) if (m.start - --a > MAX_ROW) return null;
  let b = m.end;
  while (b < text.length && text.charCodeAt(b) !== 10) if (++b - a > MAX_ROW) return null;
  return text.slice(a, b).trim();
}

/** A standings row: games played the sum of won, drawn and lost. */
function standingsRow(row: string, plain: boolean): boolean {
  const ns = (plain ? NUMBERS_ROW_ASCII : NUMBERS_ROW).exec(row);
  if (!ns) return false;
  const [p, w, d, l] = ns[1]!.trim().split(" ").map(Number);
  return p === w! + d! + l!;
}

/**
 * Is the group a team of a results table: never titled, and in a standings row somewhere, or in
 * a match result wherever it stands?
 */
export function tableTeam(text: string, g: Group): boolean {
  let allMatches = true;
  for (const m of g.mentions) {
    if (m.titled) return false;
    const row = rowOf(text, m);
    if (row === null) {
      allMatches = false;
      continue;
    }
    const plain = plainLetters(row);
    if (standingsRow(row, plain)) return g.mentions.every((x) => !x.titled);
    if (!(plain ? MATCH_ROW_ASCII : MATCH_ROW).test(row)) allMatches = false;
  }
  return allMatches;
}
