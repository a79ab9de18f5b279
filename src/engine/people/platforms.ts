/**
 * The computers and systems a program runs on, read as people: "Mac" and "Web" are given names
 * of the lexicon (a nickname, a surname's first part), "Win" is one too, and software pages name
 * them alone in every line: "(Android, iOS, Win, Mac)", "the Web's second most popular website",
 * "booting my Mac", "Web-based, Mac, Windows, Linux and Android apps". A one-word name that is
 * such a platform is no person unless a mention has a title or a person's cue beside it ("Mac
 * said", "his friend Mac"; no pronoun: a review goes on about "he" who uses the Mac).
 */
import type { Mention } from "./mention";
import { lower } from "./name-words";
import { personContext } from "./person-context";

/** Platforms, lower case: the short names of desktop and mobile systems and of the Web. */
const PLATFORMS = new Set("mac web win pc linux windows macos ios android chromebook ubuntu".split(" "));

/** Is the group one platform's name, with no title and no person's cue at any mention? */
export function platformName(text: string, g: { key: string[]; mentions: Mention[] }): boolean {
  if (g.key.length !== 1 || !PLATFORMS.has(lower(g.key[0]!))) return false;
  return !g.mentions.some((m) => m.titled || personContext(text, m, false, false));
}
