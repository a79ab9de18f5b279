/**
 * Colours. Every highlight sets BOTH its text colour and its background, so the contrast of the
 * painted text never depends on the page's own colours: the light set (pastel backgrounds, dark
 * text) is for light pages, the dark set (deep backgrounds, light text) for dark pages. Which set
 * a page gets is decided from its actual background (see theme.ts), not only from the OS setting,
 * because plenty of sites stay white in dark mode and some are dark in light mode.
 *
 * content.css is generated from this file (`paletteCss`), and a unit test checks the shipped CSS
 * against it and against WCAG AA, so the popup's swatches and the page can never drift apart.
 */

export type Theme = "light" | "dark";

export interface Slot {
  /** Background of a name. */
  name: string;
  /** Background of a quotation: quieter than the name, so the two read apart. */
  quote: string;
  /** Underline of a quotation (and the popup swatch's border): the slot's strong hue. */
  line: string;
}

export const TEXT: Record<Theme, string> = { light: "#111111", dark: "#f5f5f5" };

export const PALETTE: Record<Theme, readonly Slot[]> = {
  light: [
    { name: "#ffd6a5", quote: "#ffecd4", line: "#c2410c" },
    { name: "#b9e4ff", quote: "#e0f3ff", line: "#0369a1" },
    { name: "#c8f2c2", quote: "#e6f9e3", line: "#15803d" },
    { name: "#ffc9de", quote: "#ffe6f0", line: "#be185d" },
    { name: "#e3d3ff", quote: "#f2eaff", line: "#7c3aed" },
    { name: "#fff1a8", quote: "#fff8d6", line: "#a16207" },
    { name: "#b8efe6", quote: "#ddf8f3", line: "#0f766e" },
    { name: "#ffcfc4", quote: "#ffe8e2", line: "#dc2626" },
    { name: "#d9e8a6", quote: "#edf4d4", line: "#4d7c0f" },
    { name: "#d5dcf5", quote: "#eaeefb", line: "#4338ca" },
  ],
  dark: [
    { name: "#7a3e00", quote: "#3d2a17", line: "#fdba74" },
    { name: "#0b4a75", quote: "#15303f", line: "#7dd3fc" },
    { name: "#1f5f28", quote: "#1c3520", line: "#86efac" },
    { name: "#7a1f48", quote: "#3f1f2e", line: "#f9a8d4" },
    { name: "#4c2c8a", quote: "#2c2340", line: "#c4b5fd" },
    { name: "#6b5600", quote: "#36301a", line: "#fde047" },
    { name: "#0d5c54", quote: "#173531", line: "#5eead4" },
    { name: "#8a2c1c", quote: "#42231d", line: "#fca5a5" },
    { name: "#4a5a10", quote: "#2c3219", line: "#bef264" },
    { name: "#333f7a", quote: "#24283f", line: "#a5b4fc" },
  ],
};

export const SLOTS = PALETTE.light.length;

/** Organisations, places and the user's terms: quieter than people (mostly underlines). */
export const QUIET: Record<
  Theme,
  { org: string; place: string; orgFill: string; placeFill: string; term: string; termLine: string; flash: string; quote: string; quoteLine: string }
> = {
  light: { org: "#64748b", place: "#15803d", orgFill: "#e6eaf1", placeFill: "#ede6d6", term: "#fef3c7", termLine: "#b45309", flash: "#ffe14d", quote: "#eceef2", quoteLine: "#6b7280" },
  dark: { org: "#94a3b8", place: "#86efac", orgFill: "#2c3442", placeFill: "#3b3526", term: "#4a3a0c", termLine: "#fcd34d", flash: "#8a6d00", quote: "#2d3036", quoteLine: "#9ca3af" },
};

/** FNV-1a over the lower-cased name: the same person gets the same slot on every page. */
export function slotOf(name: string): number {
  let h = 0x811c9dc5;
  const s = name.toLowerCase();
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % SLOTS;
}

/** CIE L*a*b* of a #rrggbb colour (D65), for telling how far apart two colours look. */
function lab(hex: string): [number, number, number] {
  const [r, g, b] = (parseHex(hex) ?? [0, 0, 0]).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

/** The name colours in L*a*b*, each converted once: the table of distances converted both colours
 *  of every pair, 400 conversions (a regex, three powers, three cube roots each) where 20 do, in
 *  the first paint's task on every article (Chromium CPU profile of the demo: ~20 of its samples'
 *  ms under load, the gate's largest function after the finder's). */
let labs: Record<Theme, [number, number, number][]> | null = null;

/** How far apart two slots' name colours look (CIE76 ΔE), the closer of the light and dark sets. */
export function slotDistance(a: number, b: number): number {
  labs ??= { light: PALETTE.light.map((s) => lab(s.name)), dark: PALETTE.dark.map((s) => lab(s.name)) };
  const d = (t: Theme) => {
    const [p, q] = [labs![t][a]!, labs![t][b]!];
    return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
  };
  return Math.min(d("light"), d("dark"));
}
// computed on first use, not while content-main.js is evaluated on its way to the first paint
let distance: number[][] | null = null;

/**
 * Colours this far apart (ΔE) read as two people at a glance; blue and periwinkle (11), or
 * orange and salmon (19), read as one. Ten pastels hold only four or five colours this far
 * apart from each other, so the rule serves the people who matter most: the four most mentioned
 * always get colours at least this far apart.
 */
export const DISTINCT = 20;

/**
 * Slots for the people of one article. Each keeps its hashed slot (the same colour on every
 * page) when it is free and far enough from the colours already given; otherwise it takes the
 * free slot farthest from them. The most mentioned choose first, and two people in one article
 * never share a colour while there are slots left, so a colour always answers "who is this".
 */
export function assignSlots(people: readonly { id: string; name: string; mentions: readonly unknown[] }[]): Map<string, number> {
  const out = new Map<string, number>();
  const used = new Set<number>();
  const order = [...people].sort((a, b) => b.mentions.length - a.mentions.length);
  const between = (distance ??= PALETTE.light.map((_, a) => PALETTE.light.map((__, b) => slotDistance(a, b))));
  const apart = (s: number) => {
    let d = Infinity;
    for (const u of used) d = Math.min(d, between[s]![u]!);
    return d;
  };
  for (const p of order) {
    let slot = slotOf(p.name);
    if (used.size < SLOTS && (used.has(slot) || apart(slot) < DISTINCT)) {
      let best = -1;
      let bestApart = -1;
      // ties go to the first free slot after the hashed one, as before
      for (let k = 0; k < SLOTS; k++) {
        const s = (slot + k) % SLOTS;
        if (used.has(s)) continue;
        const d = apart(s);
        if (d > bestApart) [best, bestApart] = [s, d];
      }
      slot = best;
    }
    used.add(slot);
    out.set(p.id, slot);
  }
  return out;
}

/** Highlight names (CSS.highlights keys). Dark pages use their own names so one static
 *  stylesheet can carry both colour sets. */
export function highlightName(theme: Theme, kind: "person" | "quote" | "org" | "place" | "term" | "flash", slot?: number): string {
  const base = theme === "dark" ? "dramatis-dark-" : "dramatis-";
  return slot === undefined ? `${base}${kind}` : `${base}${kind}-${slot}`;
}

// ── WCAG 2.x contrast ────────────────────────────────────────────────────────────────────────

export function parseHex(hex: string): [number, number, number] | null {
  const m = /^#([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function relativeLuminance([r, g, b]: readonly [number, number, number]): number {
  const lin = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrastRatio(a: string, b: string): number {
  const x = parseHex(a);
  const y = parseHex(b);
  if (!x || !y) return NaN;
  const la = relativeLuminance(x);
  const lb = relativeLuminance(y);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The stylesheet shipped as content.css (regenerate it after changing a colour). */
export function paletteCss(): string {
  const lines: string[] = [
    "/* Generated from src/content/palette.ts by paletteCss(): edit the palette, not this file.",
    "   ::highlight() rules change no page node; every rule sets text colour and background",
    "   together so the contrast never depends on the page. */",
  ];
  for (const theme of ["light", "dark"] as const) {
    const text = TEXT[theme];
    PALETTE[theme].forEach((s, i) => {
      lines.push(`::highlight(${highlightName(theme, "person", i)}) { color: ${text}; background-color: ${s.name}; }`);
      lines.push(
        `::highlight(${highlightName(theme, "quote", i)}) { color: ${text}; background-color: ${s.quote}; text-decoration: underline 2px ${s.line}; }`,
      );
    });
    const q = QUIET[theme];
    lines.push(`::highlight(${highlightName(theme, "quote")}) { color: ${text}; background-color: ${q.quote}; text-decoration: underline 2px ${q.quoteLine}; }`);
    lines.push(`::highlight(${highlightName(theme, "org")}) { text-decoration: underline dashed 1px ${q.org}; }`);
    lines.push(`::highlight(${highlightName(theme, "place")}) { text-decoration: underline dotted 2px ${q.place}; }`);
    lines.push(`::highlight(${highlightName(theme, "term")}) { color: ${text}; background-color: ${q.term}; text-decoration: underline double 1px ${q.termLine}; }`);
    lines.push(`::highlight(${highlightName(theme, "flash")}) { color: ${text}; background-color: ${q.flash}; }`);
  }
  lines.push(...geckoCss());
  lines.push(...forcedColorsCss());
  return lines.join("\n") + "\n";
}

/**
 * Firefox (ESR 140) paints no text-decoration in ::highlight(): organisations and places, marked
 * by a line alone, would not show at all. There they get a quiet neutral fill (grey-blue, sand:
 * no person's colour) with the text colour that keeps its contrast. -moz-orient is a property
 * only Gecko knows, so the feature query leaves Chromium's underlines as they are.
 */
function geckoCss(): string[] {
  const lines = ["@supports (-moz-orient: inline) {"];
  for (const theme of ["light", "dark"] as const) {
    const q = QUIET[theme];
    lines.push(`  ::highlight(${highlightName(theme, "org")}) { color: ${TEXT[theme]}; background-color: ${q.orgFill}; }`);
    lines.push(`  ::highlight(${highlightName(theme, "place")}) { color: ${TEXT[theme]}; background-color: ${q.placeFill}; }`);
  }
  lines.push("}");
  return lines;
}

/**
 * Windows high contrast (forced colours): the browser replaces our colours, and what is left must
 * still say "a name", "a quotation", "an organisation". Firefox drops every highlight background
 * (names vanished) and Chromium paints every highlight, even an underline-only one, as a
 * selection; text-decoration lines survive in both, so each kind gets its own line shape, and
 * only system colours, which forced colours keep.
 */
export const FORCED: Record<"person" | "quote" | "org" | "place" | "term" | "flash", string> = {
  person: "color: MarkText; background-color: Mark; text-decoration: underline overline 3px CanvasText;",
  quote: "color: CanvasText; background-color: Canvas; text-decoration: underline 1px CanvasText;",
  org: "text-decoration: underline dashed 1px CanvasText;",
  place: "text-decoration: underline dotted 2px CanvasText;",
  term: "color: MarkText; background-color: Mark; text-decoration: underline double 1px CanvasText;",
  flash: "color: HighlightText; background-color: Highlight; text-decoration: underline overline wavy 2px CanvasText;",
};

function forcedColorsCss(): string[] {
  const names = (kind: keyof typeof FORCED): string[] => {
    const out: string[] = [];
    for (const theme of ["light", "dark"] as const) {
      if (kind === "person" || kind === "quote") for (let i = 0; i < SLOTS; i++) out.push(highlightName(theme, kind, i));
      if (kind !== "person") out.push(highlightName(theme, kind));
    }
    return out;
  };
  const lines = ["@media (forced-colors: active) {"];
  for (const kind of Object.keys(FORCED) as (keyof typeof FORCED)[]) lines.push(`  ${names(kind).map((n) => `::highlight(${n})`).join(", ")} { ${FORCED[kind]} }`);
  lines.push("}");
  return lines;
}
