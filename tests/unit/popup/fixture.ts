/** A small Analysis built from its text, so every offset really indexes `text`. */
import type { Analysis, Person, Quote, Entity } from "../../../src/engine/types";

export const TEXT =
  'Vladimir Putin said "we share values, with commas, and ""quotes""\nacross lines" on Tuesday. ' +
  "FBI Director Christopher Wray disagreed. Putin added \"<img src=x onerror=alert(1)>\". " +
  'Wray spoke to the Kremlin in Moscow. "Nobody said this" appeared too. Putin | Wray.';

function spans(word: string): { start: number; end: number }[] {
  const out = [];
  for (let i = TEXT.indexOf(word); i >= 0; i = TEXT.indexOf(word, i + 1)) out.push({ start: i, end: i + word.length });
  return out;
}

function quote(inner: string, speaker: string | null): Quote {
  const start = TEXT.indexOf(inner);
  if (start < 0) throw new Error(`fixture: ${inner} not in text`);
  return { start, end: start + inner.length, text: inner, speaker, cue: null };
}

export function fixture(): Analysis {
  const putin: Person = { id: "p1", name: "Vladimir Putin", aliases: ["Vladimir Putin", "Putin"], role: "Russian President", mentions: spans("Putin") };
  const wray: Person = { id: "p2", name: "Christopher Wray", aliases: ["Christopher Wray", "Wray"], role: "FBI Director", mentions: spans("Wray") };
  const kremlin: Entity = { id: "o1", name: "Kremlin", aliases: ["Kremlin"], description: null, mentions: spans("Kremlin") };
  const moscow: Entity = { id: "l1", name: "Moscow", aliases: ["Moscow"], description: "capital", mentions: spans("Moscow") };
  return {
    version: 1,
    article: true,
    title: 'Putin, "Wray" & <b>friends</b>',
    byline: null,
    text: TEXT,
    people: [putin, wray],
    quotes: [
      quote('we share values, with commas, and ""quotes""\nacross lines', "p1"),
      quote("<img src=x onerror=alert(1)>", "p1"),
      quote("Nobody said this", null),
    ],
    organizations: [kremlin],
    places: [moscow],
  };
}
