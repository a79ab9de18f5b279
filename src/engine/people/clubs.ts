/**
 * Sports clubs read as people: a club's name is often one unseen word ("Atalanta", "Saracens"),
 * the shape of a surname. The text says what it is where it puts a club's noun right before the
 * name ("serie A club Atalanta", "division team Deportivo Coruna") or a squad's noun right after
 * it ("Saracens side", "Sunderland forward Niall Quinn", "Deportivo chairman Augusto Lendoiro"):
 * a person has no side, no forward and no chairman.
 */
import { APPOSITIVE_AFTER } from "./cues";
import type { Group } from "./group";
import { GIVEN } from "./name-words";
import { strongPersonCue } from "./person-context";

/** A club's nouns before its name. */
const CLUB_BEFORE = /(?:^|[^\p{L}])(?:club|team|side|outfit)\s$/u;
/** A squad's nouns after a club's name: "side" ending its phrase, or a player's post before a name. */
const SIDE_AFTER = /^ side\b(?! of\b)/;
const POST_AFTER = /^ (?:forward|striker|midfielder|defender|goalkeeper|keeper|winger|sweeper|fullback|full-back|centre-back|chairman|captain|manager|playmaker) \p{Lu}/u;

/** A club's noun right before the mention at `start`, or a squad's right after the one ending at `end`. */
export function clubCue(text: string, start: number, end: number): boolean {
  return CLUB_BEFORE.test(text.slice(Math.max(0, start - 8), start)) || SIDE_AFTER.test(text.slice(end, end + 10)) || POST_AFTER.test(text.slice(end, end + 16));
}

/**
 * Is the group a club's: a club's noun at one mention at least, no person's cue at any, one word
 * or two that open on no given name ("club Michael Owen joined" is the player)?
 */
export function clubName(text: string, g: Group): boolean {
  if (g.key.length > 2 || (g.key.length === 2 && GIVEN.has(g.key[0]!))) return false;
  let club = false;
  for (const m of g.mentions) {
    // (a lone word too: ", 24," or ", a teacher," after it is a person's)
    if (m.titled || strongPersonCue(text, m) || (text.charCodeAt(m.end) === 44 && (/^, \d{1,2}, /.test(text.slice(m.end, m.end + 6)) || APPOSITIVE_AFTER.test(text.slice(m.end, m.end + 90))))) return false;
    if (!club) club = clubCue(text, m.start, m.end);
  }
  return club;
}
