/** A tiny element builder: text goes in as textContent only, so page-derived strings can never
 *  become markup (the popup shows names, roles and quotes taken from arbitrary pages). */
type Attrs = Record<string, string | number | boolean | null | undefined>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k === "text") el.textContent = String(v);
    else if (k === "class") el.className = String(v);
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children) {
    if (c == null || c === false) continue;
    el.append(typeof c === "string" ? document.createTextNode(c) : c);
  }
  return el;
}

/** A colour from the content script, applied only if the browser parses it as a colour. */
export function safeColor(value: string | undefined): string | null {
  if (!value) return null;
  const css = (globalThis as { CSS?: { supports?: (p: string, v: string) => boolean } }).CSS;
  if (css?.supports) return css.supports("color", value) ? value : null;
  // jsdom has no CSS.supports: accept only plain colour syntaxes
  return /^(#[0-9a-f]{3,8}|(rgb|hsl|oklch|lab|lch)a?\([\d\s.,%/+-]+\)|[a-z]{3,20})$/i.test(value.trim()) ? value : null;
}
