/**
 * A broadcast transcript's speaker labels (NPR's style): "ROSIE CURTS:", "SACHA PFEIFFER, HOST:"
 * in capitals at a line's start name one person each, whatever the tagger made of the capitals
 * (it split "ROSIE CURTS" in two). "UNIDENTIFIED PERSON #1:" names nobody, and "(SOUNDBITE OF
 * ROBIN THICKE AND LIL WAYNE SONG, …)" describes the audio, so neither holds a person's mention.
 * Only a page that shows itself a transcript is read so: three labels or more, one of them with
 * a role or an unidentified speaker, or a soundbite's line (a page of "NYSE:", "TIP:" or "STEP
 * #1:" is none).
 */
import { type Token, tokenStartingAt } from "./tokens";

/** A label in capitals at a line's start: the name (one to four words), a role after a comma, a number. */
const LABEL = /^(\p{Lu}[\p{Lu}'’.-]*(?: \p{Lu}[\p{Lu}'’.-]*){0,3})(, \p{Lu}[\p{Lu} ]*)?( #\d+)?:[ \n]/gmu;
/** A soundbite's or an archived recording's line ("(SOUNDBITE OF ARCHIVED RECORDING)"). */
const SOUNDBITE = /^\((?:SOUNDBITE|CROSSTALK|LAUGHTER|MUSIC|APPLAUSE)\b[^\n]*/gmu;
const UNNAMED = /^UNIDENTIFIED\b/u;

interface Label {
  start: number;
  end: number;
  /** A speaker named nobody: "UNIDENTIFIED PERSON", "UNIDENTIFIED GROUP". */
  unnamed: boolean;
}

/** The labels of a transcript page, and the spans that hold no person (unnamed labels, soundbites); null on any other page. */
function transcriptSpans(text: string): { names: Label[]; blank: Array<{ start: number; end: number }>; unnamed: Label[] } | null {
  if (!text.includes(":")) return null;
  const labels: Label[] = [];
  let marked = false;
  for (const m of text.matchAll(LABEL)) {
    const unnamed = UNNAMED.test(m[1]!);
    if (unnamed || m[2]) marked = true;
    labels.push({ start: m.index!, end: m.index! + m[1]!.length, unnamed });
  }
  const blank = [...text.matchAll(SOUNDBITE)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  if (labels.length < 3 || !(marked || blank.length)) return null;
  for (const l of labels) if (l.unnamed) blank.push(l);
  return { names: labels.filter((l) => !l.unnamed), blank, unnamed: labels.filter((l) => l.unnamed) };
}

/** A transcript's labels of speakers it names nobody by ("UNIDENTIFIED PERSON #1"): no
 *  organisation's name either, though "PERSON" and "GROUP" in capitals look like acronyms. */
export function unnamedSpeakers(text: string): ReadonlyArray<{ start: number; end: number }> {
  return transcriptSpans(text)?.unnamed ?? [];
}

/** The runs with each named label made one run of its words, and no run inside an unnamed label or a soundbite. */
export function withTranscriptLabels(text: string, tokens: readonly Token[], runs: Token[][]): Token[][] {
  const spans = transcriptSpans(text);
  if (!spans) return runs;
  const inside = (ws: Token[], s: { start: number; end: number }) => ws[0]!.start < s.end && ws[ws.length - 1]!.end > s.start;
  const out = runs.filter((ws) => !spans.blank.some((s) => inside(ws, s)) && !spans.names.some((s) => inside(ws, s)));
  for (const l of spans.names) {
    const ws: Token[] = [];
    for (let k = tokenStartingAt(tokens, l.start); k >= 0 && k < tokens.length && tokens[k]!.end <= l.end; k++) if (tokens[k]!.kind === "word") ws.push(tokens[k]!);
    // (a one-word label keeps what the tagger made of it: "MARTINEZ-BELTRAN:" joins the byline's name by its surname)
    if (ws.length >= 2) out.push(ws);
    else {
      const own = runs.find((r) => inside(r, l));
      if (own) out.push(own);
    }
  }
  return out.sort((a, b) => a[0]!.start - b[0]!.start);
}
