/**
 * Labels of a spec sheet, a plan's table or a data panel: a name every mention of which names a
 * field whose value follows it ("Max Brew: 40 ounces", "Trip Length/Capacity:\n\nWeekend",
 * "Avg Vol\n\n2.8M") or a quantity measured in units ("Optional Non-Impact Cardio 30 min", "Max
 * Load 287 lbs"). A person's name is not measured in minutes or pounds, nor given a short value
 * after a colon each time it appears; a transcript's speaker label ("PENCE: …") is followed by
 * what they said, a sentence, at least somewhere.
 */
import type { Mention } from "./mention";
import { personContext } from "./person-context";

/** Units of measure and time (a closed class of general English and SI): "30 min", "287 lbs". */
const UNIT = String.raw`(?:min|mins|minutes?|sec|secs|seconds?|hrs?|hours?|days?|weeks?|months?|lbs?|pounds?|oz|ounces?|kg|g|mg|mm|cm|m|km|ft|feet|in|inch|inches|miles?|mi|mph|km\/h|kph|liters?|litres?|l|ml|gal|gallons?|cups?|servings?|reps?|sets?|calories|kcal|cal|W|Wh|kWh|mAh|V|Hz|kHz|GB|MB|TB|%)`;
/** The rest of a line after the name: a quantity in units, and nothing more ("30 min", "287 lbs",
 *  "10-15 reps", "3 x 20 sec"). */
const QUANTITY_REST = new RegExp(String.raw`^[ \t]*(?:\d[\d.,]*[ \t]*(?:-|–|to|x|×)[ \t]*)?\d[\d.,]*[ \t]*${UNIT}\.?[ \t]*$`, "u");
/** After a label's name, up to two more words of it ("Brew time", "Trip Length/Capacity") and a colon. */
const COLON_AFTER = /^(?:[ \t/][\p{L}-]+){0,2}[ \t]*:/u;
/** A field's value: short, and no sentence (no full stop, question or exclamation at its end). */
const VALUE_MAX = 48;
/** A figure standing alone as a value line: "2.8M", "76.89%", "$64.41 - $91.42", "40 oz"; a bare
 *  whole number ("15", a team sheet's shirt number under a player's name) is not one. */
const FIGURE_LINE = /^[$£€]?\d[\d,]*(?:\.\d+[\p{L}%]{0,3}|[ \t]*[\p{L}%]{1,3})(?:[ \t]*[-–][ \t]*[$£€]?\d[\d.,]*[\p{L}%]{0,3})?$/u;
/** The longest line a field's label stands on. */
const LINE_MAX = 60;

/** The line around [start, end), its start and end, or null when it is longer than LINE_MAX. */
function lineAround(text: string, start: number, end: number): { from: number; to: number } | null {
  let from = start;
  while (from > 0 && text.charCodeAt(from - 1) !== 10) if (start - --from > LINE_MAX) return null;
  let to = end;
  while (to < text.length && text.charCodeAt(to) !== 10) if (++to - from > LINE_MAX) return null;
  return { from, to };
}

/** The next line with something on it after `at` (a line break), trimmed, or "". */
function nextLine(text: string, at: number): string {
  let k = at;
  while (k < text.length && /\s/.test(text[k]!)) k++;
  const e = text.indexOf("\n", k);
  return text.slice(k, e < 0 ? text.length : e).trim();
}

/** A value after a label: short and no sentence. */
const isValue = (v: string) => v.length > 0 && v.length <= VALUE_MAX && !/[.!?]["”’)]?$/.test(v);

/** How a mention reads as a field's label: "figure" (a quantity after it on its short line, or a
 *  figure as its value), "text" (a colon and a short value in words: "Trip Length/Capacity:
 *  Weekend", as a heading's "Ugo Rondinone: The Rainbow Body" also reads), or null. */
type FieldKind = "figure" | "text" | null;
function fieldMention(text: string, m: Mention): FieldKind {
  const line = lineAround(text, m.start, m.end);
  if (!line) return null;
  const rest = text.slice(m.end, line.to);
  // (a rank before the name makes the line a results row, the time a gap: "4. Teutenberg 4 seconds")
  if (QUANTITY_REST.test(rest) && !/\d/.test(text.slice(line.from, m.start))) return "figure";
  const opens = /^[ \t]*(?:[-*•·][ \t]*)?$/.test(text.slice(line.from, m.start));
  if (!opens) return null;
  const colon = COLON_AFTER.exec(rest);
  if (colon) {
    const value = rest.slice(colon[0].length).trim() || nextLine(text, line.to);
    if (!isValue(value)) return null;
    return /^[$£€]?\d/u.test(value) ? "figure" : "text";
  }
  return rest.trim() === "" && FIGURE_LINE.test(nextLine(text, line.to)) ? "figure" : null;
}

/**
 * Is every mention of the name in full a field's label (fieldMention), with a figure for a value
 * at one of them or a label at two, and none of its mentions titled or with a person's cue (a
 * speech verb, "who", an age)? (Its short form may stand in the
 * prose around the sheet: "Max Brew: 40 ounces" and "the Cold Brew setting".)
 */
export function fieldLabel(text: string, g: { mentions: readonly Mention[] }): boolean {
  const full = Math.max(...g.mentions.map((m) => m.words.length));
  let figures = 0;
  let labels = 0;
  for (const m of g.mentions) {
    if (m.titled || personContext(text, m, false, false)) return false;
    if (m.words.length !== full) continue;
    const kind = fieldMention(text, m);
    if (!kind) return false;
    labels++;
    if (kind === "figure") figures++;
  }
  // (a label in words once is a heading's name as often as a field's: a sheet repeats its fields)
  return figures > 0 || labels >= 2;
}
