import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DISTINCT, PALETTE, QUIET, TEXT, assignSlots, contrastRatio, paletteCss, slotDistance, slotOf, SLOTS } from "../../../src/content/palette";

const css = readFileSync(join(import.meta.dirname, "../../../src/content/content.css"), "utf8");

/** Every ::highlight rule of the shipped stylesheet that sets a text colour over a background. */
function paintedPairs(): { name: string; color: string; background: string }[] {
  const out: { name: string; color: string; background: string }[] = [];
  for (const m of css.matchAll(/::highlight\(([\w-]+)\)\s*\{([^}]*)\}/g)) {
    const color = /(?:^|;)\s*color:\s*(#[0-9a-f]{6})/i.exec(m[2]!)?.[1];
    const background = /background-color:\s*(#[0-9a-f]{6})/i.exec(m[2]!)?.[1];
    if (background) out.push({ name: m[1]!, color: color ?? "", background });
  }
  return out;
}

describe("palette", () => {
  it("the shipped content.css is the one generated from the palette", () => {
    expect(css).toBe(paletteCss());
  });

  it("every painted background meets WCAG AA (4.5:1) with the text colour it sets", () => {
    const pairs = paintedPairs();
    expect(pairs.length).toBeGreaterThanOrEqual(2 * (2 * SLOTS + 3));
    for (const p of pairs) {
      expect(p.color, `${p.name} sets its text colour`).not.toBe("");
      expect(contrastRatio(p.color, p.background), p.name).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("light pages get dark text on light colours, dark pages light text on dark colours", () => {
    for (const s of PALETTE.light) {
      expect(contrastRatio(TEXT.light, s.name)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(TEXT.light, s.quote)).toBeGreaterThanOrEqual(4.5);
    }
    for (const s of PALETTE.dark) {
      expect(contrastRatio(TEXT.dark, s.name)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(TEXT.dark, s.quote)).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrastRatio(TEXT.light, QUIET.light.term)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(TEXT.dark, QUIET.dark.term)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(TEXT.light, QUIET.light.flash)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(TEXT.dark, QUIET.dark.flash)).toBeGreaterThanOrEqual(4.5);
  });

  it("a quotation's underline stands out from its own background (3:1, non-text contrast)", () => {
    for (const theme of ["light", "dark"] as const) for (const s of PALETTE[theme]) expect(contrastRatio(s.line, s.quote), `${theme} ${s.line}`).toBeGreaterThanOrEqual(3);
  });

  it("quotation backgrounds differ from their name backgrounds", () => {
    for (const theme of ["light", "dark"] as const) for (const s of PALETTE[theme]) expect(s.quote).not.toBe(s.name);
  });

  it("in forced colours (high contrast) every highlight keeps a line whose shape tells its kind, in system colours only", () => {
    const block = /@media \(forced-colors: active\) \{([\s\S]*?)\n\}/.exec(css)?.[1] ?? "";
    const rules = [...block.matchAll(/((?:::highlight\([\w-]+\),?\s*)+)\{([^}]*)\}/g)].map((m) => ({
      names: [...m[1]!.matchAll(/::highlight\(([\w-]+)\)/g)].map((n) => n[1]!),
      body: m[2]!.trim(),
    }));
    const ruleOf = (n: string) => rules.find((r) => r.names.includes(n))?.body;
    // every highlight the page can get has a forced-colours rule
    const all = [...new Set([...css.replace(block, "").matchAll(/::highlight\(([\w-]+)\)/g)].map((m) => m[1]!))];
    expect(all.length).toBeGreaterThan(40);
    for (const n of all) {
      const body = ruleOf(n);
      expect(body, n).toBeDefined();
      // browsers drop or replace author colours here: only system colours, and a line, survive
      expect(body, n).not.toMatch(/#[0-9a-f]{3,8}|rgb/i);
      expect(body, n).toMatch(/text-decoration: underline/);
    }
    // a name, a quotation, an organisation and a place are told apart by the line alone
    const shapes = ["dramatis-person-0", "dramatis-quote-0", "dramatis-org", "dramatis-place", "dramatis-term"].map((n) => /text-decoration: ([^;]*)/.exec(ruleOf(n)!)![1]);
    expect(new Set(shapes).size).toBe(shapes.length);
    expect(ruleOf("dramatis-dark-person-3")).toBe(ruleOf("dramatis-person-0"));
  });

  it("contrastRatio agrees with WCAG's reference values", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
    expect(contrastRatio("#ffffff", "#ffffff")).toBe(1);
  });
});

describe("slots", () => {
  it("a name always gets the same slot, whatever its case", () => {
    expect(slotOf("Christopher Wray")).toBe(slotOf("christopher wray"));
    expect(slotOf("Vladimir Putin")).toBeGreaterThanOrEqual(0);
    expect(slotOf("Vladimir Putin")).toBeLessThan(SLOTS);
  });

  it("people in one article never share a colour while slots last, and keep them when re-analysed", () => {
    const people = ["Vladimir Putin", "Joe Biden", "Hillary Clinton", "Kamala Harris", "Donald Trump", "Angela Davis", "Christopher Wray"].map((name, i) => ({
      id: `p${i + 1}`,
      name,
      mentions: Array.from({ length: 7 - i }, () => null),
    }));
    const a = assignSlots(people);
    expect(new Set(a.values()).size).toBe(people.length);
    expect(assignSlots([...people].reverse())).toEqual(a);
    // the most mentioned person keeps their own hashed colour
    expect(a.get("p1")).toBe(slotOf("Vladimir Putin"));
  });

  it("the four most mentioned people get colours that read apart (blue and periwinkle never side by side)", () => {
    // two names whose hashed slots are the closest pair of the palette
    const close: [number, number] = [0, 1].map(() => 0) as [number, number];
    let worst = Infinity;
    for (let a = 0; a < SLOTS; a++) for (let b = a + 1; b < SLOTS; b++) if (slotDistance(a, b) < worst) [worst, close[0], close[1]] = [slotDistance(a, b), a, b];
    expect(worst).toBeLessThan(DISTINCT);
    const nameIn = (slot: number, tag: string) => {
      for (let i = 0; ; i++) if (slotOf(`${tag} ${i}`) === slot) return `${tag} ${i}`;
    };
    const cast = (names: string[]) => names.map((name, i) => ({ id: `p${i + 1}`, name, mentions: Array.from({ length: 20 - i }, () => null) }));
    const pair = assignSlots(cast([nameIn(close[0], "Ana"), nameIn(close[1], "Ben")]));
    expect(slotDistance(pair.get("p1")!, pair.get("p2")!)).toBeGreaterThanOrEqual(DISTINCT);
    // and for any four names
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let t = 0; t < 500; t++) {
      const slots = [...assignSlots(cast(Array.from({ length: 6 }, (_, i) => `Person ${Math.floor(rnd() * 1e6)} ${i}`))).entries()].filter(([id]) => +id.slice(1) <= 4).map(([, s]) => s);
      for (let i = 0; i < slots.length; i++) for (let j = i + 1; j < slots.length; j++) expect(slotDistance(slots[i]!, slots[j]!)).toBeGreaterThanOrEqual(DISTINCT);
    }
  });
});
