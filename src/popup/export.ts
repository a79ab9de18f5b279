/**
 * Cast and quotes as Markdown, CSV (RFC 4180) or JSON (the Analysis contract, version 1).
 * Everything here is page-derived text, so each format escapes what its syntax gives meaning to.
 */
import { describedSpeaker } from "../content/card-model";
import type { Analysis } from "../engine/types";
import { castRows, sortEntities } from "./model";

export type ExportFormat = "markdown" | "csv" | "json";

export const EXPORT_TYPES: Record<ExportFormat, { ext: string; mime: string }> = {
  markdown: { ext: "md", mime: "text/markdown;charset=utf-8" },
  csv: { ext: "csv", mime: "text/csv;charset=utf-8" },
  json: { ext: "json", mime: "application/json;charset=utf-8" },
};

export function exportAs(format: ExportFormat, analysis: Analysis, labels: ExportLabels = DEFAULT_LABELS): string {
  if (format === "json") return toJson(analysis);
  if (format === "csv") return toCsv(analysis);
  return toMarkdown(analysis, labels);
}

/** The Analysis exactly as the contract defines it: other tools read this file. */
export function toJson(analysis: Analysis): string {
  return JSON.stringify(analysis, null, 2) + "\n";
}

/**
 * A spreadsheet reads a text cell that starts with = + - @ (a tab or CR before them too) as a
 * formula: a hostile page's quotation '=HYPERLINK("https://…?"&C2, "Source")' would, once the
 * user opens the export, offer to send the sheet's cells to that address, or with DDE run a
 * program. Such text is written with an apostrophe first (OWASP's advice), which spreadsheets
 * show as the text itself. Numbers are ours (counts, offsets) and stay as they are.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes doubled; text that
 *  a spreadsheet would run as a formula made inert. */
export function csvField(value: string | number | null | undefined): string {
  const raw = value == null ? "" : String(value);
  const s = typeof value === "string" && FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_HEADER = ["kind", "id", "name", "role", "aliases", "mentions", "quotes", "speaker_id", "speaker", "text", "start", "end"] as const;

/**
 * One table for the whole cast: a row per person, organisation, place and quotation, told apart
 * by `kind`, so spreadsheets open it without a second file. Lines end in CRLF per RFC 4180.
 */
export function toCsv(analysis: Analysis): string {
  const rows: (string | number | null)[][] = [[...CSV_HEADER]];
  const byId = new Map(analysis.people.map((p) => [p.id, p]));
  for (const r of castRows(analysis)) {
    const p = r.person;
    rows.push(["person", p.id, p.name, p.role, p.aliases.join("; "), r.mentions, r.quotes, null, null, null, null, null]);
  }
  for (const [kind, list] of [["organization", analysis.organizations ?? []], ["place", analysis.places ?? []]] as const) {
    for (const e of sortEntities(list)) {
      rows.push([kind, e.id, e.name, e.description, e.aliases.join("; "), e.mentions.length, null, null, null, null, null, null]);
    }
  }
  analysis.quotes.forEach((q, i) => {
    const speaker = q.speaker ? byId.get(q.speaker) : undefined;
    rows.push(["quote", `q${i}`, null, null, null, null, null, q.speaker, speaker?.name ?? null, q.text, q.start, q.end]);
  });
  return rows.map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}

export interface ExportLabels {
  people: string;
  quotes: string;
  organizations: string;
  places: string;
  unattributed: string;
  name: string;
  role: string;
  mentions: string;
  quoteCount: string;
  untitled: string;
}

export const DEFAULT_LABELS: ExportLabels = {
  people: "People",
  quotes: "Quotes",
  organizations: "Organisations",
  places: "Places",
  unattributed: "Unattributed",
  name: "Name",
  role: "Role",
  mentions: "Mentions",
  quoteCount: "Quotes",
  untitled: "Untitled article",
};

/** Inline Markdown: one line, with the characters that make emphasis, code, links, HTML or
 *  table cells backslash-escaped. Line starts are handled by mdLine. */
export function mdInline(s: string): string {
  return s.replace(/\s+/g, " ").trim().replace(/[\\`*_[\]<>|~&]/g, "\\$&");
}

/** A line that must not turn into a heading, list, quote or rule because of how it starts. */
export function mdLine(s: string): string {
  return mdInline(s).replace(/^([#>+=-]|\d+[.)])/, (m) => "\\" + m);
}

export function toMarkdown(analysis: Analysis, l: ExportLabels = DEFAULT_LABELS): string {
  const out: string[] = [];
  out.push(`# ${mdInline(analysis.title || l.untitled)}`, "");
  if (analysis.byline) out.push(mdLine(analysis.byline), "");
  const rows = castRows(analysis);
  out.push(`## ${l.people}`, "");
  if (rows.length) {
    out.push(`| ${l.name} | ${l.role} | ${l.mentions} | ${l.quoteCount} |`, "| --- | --- | ---: | ---: |");
    for (const r of rows) out.push(`| ${mdInline(r.person.name)} | ${mdInline(r.person.role ?? "")} | ${r.mentions} | ${r.quotes} |`);
    out.push("");
  }
  for (const [title, list] of [[l.organizations, analysis.organizations ?? []], [l.places, analysis.places ?? []]] as const) {
    if (!list.length) continue;
    out.push(`## ${title}`, "");
    for (const e of sortEntities(list)) out.push(`- ${mdInline(e.name)}${e.description ? ` — ${mdInline(e.description)}` : ""} (${e.mentions.length})`);
    out.push("");
  }
  out.push(`## ${l.quotes}`, "");
  const names = new Map(analysis.people.map((p) => [p.id, p.name]));
  for (const q of analysis.quotes) {
    // as the popup shows it: the named person, else the words the article uses for the speaker
    const who = (q.speaker && names.get(q.speaker)) || describedSpeaker(analysis.text, q) || l.unattributed;
    out.push(`**${mdInline(who)}:**`, "");
    // a quotation may span paragraphs: each line stays inside the blockquote
    for (const line of q.text.split(/\r?\n/)) out.push(`> ${mdLine(line)}`);
    out.push("");
  }
  return out.join("\n").replace(/\n+$/, "\n");
}

/** A file name from the title: letters, digits and dashes only, never empty. */
export function fileName(title: string, format: ExportFormat): string {
  const slug = fold(title)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `${slug || "dramatis"}-cast.${EXPORT_TYPES[format].ext}`;
}

function fold(s: string): string {
  return s.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
}
