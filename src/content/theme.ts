/**
 * Light or dark page? Decided from the colour the page actually paints behind its text, because
 * the OS setting says little about a given site (most news sites stay white in dark mode).
 */
import type { Theme } from "./palette";

/** "rgb(1, 2, 3)", "rgba(1, 2, 3, 0.5)", "rgb(1 2 3 / 50%)" → [r, g, b, alpha]; null otherwise. */
export function parseCssColor(value: string): [number, number, number, number] | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/i.exec(value.trim());
  if (!m) return null;
  let alpha = m[4] === undefined ? 1 : Number(m[4]);
  if (m[5] === "%") alpha /= 100;
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** Perceived lightness 0..1 (WCAG relative luminance of the sRGB colour). */
function luminance(r: number, g: number, b: number): number {
  const lin = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * The theme for an element's surroundings: the first opaque-enough background from the element
 * up to the root; with none, the canvas, which is dark only when the page opts into a dark
 * colour scheme and the user prefers dark.
 */
export function detectTheme(doc: Document, near?: Element | null): Theme {
  const win = doc.defaultView;
  if (!win) return "light";
  for (let el: Element | null = near ?? doc.body; el; el = el.parentElement) {
    const c = parseCssColor(win.getComputedStyle(el).backgroundColor);
    if (c && c[3] >= 0.5) return luminance(c[0], c[1], c[2]) < 0.2 ? "dark" : "light";
  }
  const scheme = win.getComputedStyle(doc.documentElement).colorScheme || "";
  const prefersDark = typeof win.matchMedia === "function" && win.matchMedia("(prefers-color-scheme: dark)").matches;
  return /dark/.test(scheme) && (prefersDark || !/light/.test(scheme)) ? "dark" : "light";
}
