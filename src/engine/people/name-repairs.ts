/**
 * Repairs of the final word runs for odd ways a name is written: a quoted nickname between a given
 * name and a surname (joined into one name), a wrongly decoded apostrophe (the name cut there).
 */
import { FUNCTION_WORDS } from "../lexicon/words";
import { GIVEN, nameShaped, lower } from "./name-words";
import { isTitleWord } from "./titles";
import { type Token, tokenStartingAt } from "./tokens";

/**
 * A name cut where its text was decoded with the wrong character set: "’" read as "â€™" (or "â"
 * and two invisible C1 controls), so "Clement’s" is "Clementâ€™s" and "I’m" is "Iâ€™m". The
 * tokenizer keeps the "â" on the word (a letter). That "â" ends the name: it is dropped, the
 * words after it go, and a lone "I" left is the pronoun. Changes `final` in place.
 */
export function mojibakeEnds(text: string, final: Token[][]): void {
  for (let i = final.length - 1; i >= 0; i--) {
    const ws = final[i]!;
    for (let j = 0; j < ws.length; j++) {
      const t = ws[j]!;
      if (t.text.charCodeAt(t.text.length - 1) !== 0xe2) continue;
      const c = text.charCodeAt(t.end);
      if (c !== 0x20ac && !(c >= 0x80 && c <= 0x9f)) continue;
      const cut = t.text.slice(0, -1);
      const kept = ws.slice(0, j);
      if (cut && cut !== "I") kept.push({ ...t, text: cut, end: t.end - 1 });
      if (kept.length) final[i] = kept;
      else final.splice(i, 1);
      break;
    }
  }
}

/** A quoted nickname: one to four words, the first capitalised ("Hands of Stone", "Macho", "El Chapo"). */
const NICKNAME = /^ ["“]\p{Lu}[\p{L}'’.-]*(?: [\p{L}'’.-]+){0,3}["”] $/u;
/**
 * A given name, a quoted nickname and a surname are one name: Roberto "Hands of Stone" Duran,
 * Hector "Macho" Camacho, Earvin "Magic" Johnson. The tagger sees the given name and the surname
 * apart (or the surname not at all). The mention spans the three; its words are the given name
 * and the surname, so "Duran" alone joins it. Merges in place in `final` (sorted word lists).
 */
export function nicknamed(text: string, tokens: readonly Token[], final: Token[][]): void {
  for (let i = 0; i < final.length; i++) {
    const ws = final[i]!;
    if (ws.length !== 1 || !GIVEN.has(lower(ws[0]!.text))) continue;
    const g = ws[0]!;
    // the surname: the capitalised word after the closing quote
    const q = text.indexOf(text.charCodeAt(g.end + 1) === 0x201c ? "”" : '"', g.end + 3);
    if (q < 0 || q > g.end + 40 || !NICKNAME.test(text.slice(g.end, q + 2))) continue;
    const k = tokenStartingAt(tokens, q + 2);
    const sur = k >= 0 ? tokens[k]! : undefined;
    if (!sur || sur.kind !== "word" || !nameShaped(sur.text) || isTitleWord(sur.text) || FUNCTION_WORDS.has(lower(sur.text))) continue;
    // (a word of the nickname read as a name of its own, "Macho", is the nickname's)
    while (final[i + 1] && final[i + 1]![0]!.start < sur.start && final[i + 1]![final[i + 1]!.length - 1]!.end <= q) final.splice(i + 1, 1);
    const next = final[i + 1];
    if (next && next[0]!.start < sur.start) continue;
    if (next && next[0]!.start === sur.start) {
      if (next.length !== 1) continue;
      final.splice(i + 1, 1);
    }
    final[i] = [g, sur];
  }
}
