/**
 * The only node Dramatis ever adds to a page: one <dramatis-ui> host on the root element, with a
 * CLOSED shadow root holding the hover card and an aria-live note. It is created when painting
 * starts and removed when the user turns highlights off, so the page's DOM returns to exactly
 * what it was. Page CSS cannot reach in: the host is reset with `all: initial !important` and
 * everything inside is styled from the shadow root's own stylesheet.
 */
import type { CardModel } from "./card-model";
import type { Theme } from "./palette";

/** The card's stylesheet (exported for its unit test). */
export const CARD_CSS = `
/* The host's own box and stacking are set here, not only in its style attribute: an !important
   rule of the shadow root beats the host's inline !important (the inner context wins for
   important rules), so 'all: initial' used to undo the inline position and z-index and the
   card was drawn under any page layer with a z-index, e.g. a sticky masthead. */
:host {
  all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important;
  width: 0 !important; height: 0 !important; overflow: visible !important;
  z-index: 2147483647 !important; display: block !important;
}
* { box-sizing: border-box; }
.card {
  position: fixed; z-index: 1; width: max-content; max-width: min(340px, calc(100vw - 16px));
  max-height: min(420px, calc(100vh - 16px)); overflow: auto;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  color: #1a1a1a; background: #ffffff; border: 1px solid #c9ccd1; border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18); padding: 12px 14px; text-align: left;
  letter-spacing: normal; word-spacing: normal; text-transform: none; white-space: normal;
  pointer-events: auto; color-scheme: light; scrollbar-width: thin; scrollbar-color: #b0b4ba #ffffff;
}
.card[hidden] { display: none; }
.card.dark { color-scheme: dark; scrollbar-color: #5f6368 #202124; color: #f1f1f1; background: #202124; border-color: #4a4d52; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.6); }
.card:focus { outline: 2px solid #2563eb; outline-offset: 2px; }
.top { display: flex; align-items: flex-start; gap: 8px; }
.swatch { flex: none; width: 12px; height: 12px; border-radius: 3px; margin-top: 5px; border: 2px solid transparent; }
/* Forced colours drop the swatch's fill and leave an empty bordered box that reads as an
   unticked checkbox; the person's colour is not on the page there either (names are marked in
   system colours), so the swatch goes, as in the popup. */
@media (forced-colors: active) { .swatch { display: none; } }
h2 { flex: 1; margin: 0; font-size: 16px; font-weight: 700; line-height: 1.3; overflow-wrap: anywhere; }
.close { flex: none; font: inherit; font-size: 18px; line-height: 1; padding: 0 4px; border: 0; border-radius: 4px; background: transparent; color: inherit; cursor: pointer; }
.close:hover { background: rgba(127, 127, 127, 0.2); }
p { margin: 4px 0 0; overflow-wrap: anywhere; }
.subtitle { font-weight: 600; }
.muted { color: #4b5563; }
.dark .muted { color: #b9bec7; }
blockquote { margin: 8px 0 0; padding: 0 0 0 10px; border-left: 3px solid currentColor; font-style: italic; overflow-wrap: anywhere; }
h3 { margin: 10px 0 2px; font-size: 13px; font-weight: 700; }
ul { list-style: none; margin: 0; padding: 0; }
li { margin: 2px 0; }
button.quote {
  display: block; width: 100%; text-align: left; font: inherit; font-size: 13px; color: inherit;
  background: rgba(127, 127, 127, 0.1); border: 1px solid transparent; border-radius: 4px; padding: 3px 6px; cursor: pointer;
}
button.quote:hover { border-color: currentColor; }
button:focus-visible, a:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
.note { margin-top: 8px; padding: 6px 8px; border-radius: 4px; background: #fef9c3; color: #1a1a1a; white-space: pre-wrap; }
.dark .note { background: #3f3a12; color: #f1f1f1; }
a { color: #0b57d0; }
.dark a { color: #8ab4f8; }
.links { margin-top: 8px; font-size: 13px; }
.sr { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
`;

export interface CardActions {
  /** A quotation button was pressed (jump to it). */
  onQuote(id: string): void;
  /** "Close" was pressed. */
  onClose(): void;
}

export interface ShowOptions {
  theme: Theme;
  /** Swatch colours: background and border (the slot's strong hue). */
  swatch: { fill: string; line: string } | null;
  /** Opened from the keyboard: move focus into the card. */
  focus: boolean;
}

export class Ui {
  private host: HTMLElement | null = null;
  private live: HTMLElement | null = null;
  private card: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private anchor: (() => DOMRect | null) | null = null;
  private removeTimer = 0;

  constructor(
    private readonly doc: Document,
    private readonly actions: CardActions,
  ) {}

  get attached(): boolean {
    return !!this.host?.isConnected;
  }

  get cardOpen(): boolean {
    return !!this.card && !this.card.hidden;
  }

  /** The card's text, for the test build's probe only. */
  cardText(): string {
    return this.cardOpen ? (this.card?.textContent ?? "") : "";
  }

  /** Where the card is on screen (test probe). */
  cardRect(): { x: number; y: number; width: number; height: number } | null {
    if (!this.cardOpen || !this.card || this.card.style.visibility === "hidden") return null;
    const r = this.card.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }

  cardLabel(): string {
    return this.cardOpen ? (this.card?.getAttribute("aria-label") ?? "") : "";
  }

  /** Whether keyboard focus is inside the card. */
  cardFocused(): boolean {
    const active = this.root?.activeElement ?? null;
    return !!active && !!this.card?.contains(active);
  }

  /** Whether an event happened inside our UI (composedPath crosses the closed root for us). */
  contains(event: Event): boolean {
    return !!this.host && event.composedPath().includes(this.host);
  }

  /** Creates the host on first need; re-attaches it if the page removed it. */
  ensure(): void {
    clearTimeout(this.removeTimer);
    if (this.host) {
      if (!this.host.isConnected) this.doc.documentElement.appendChild(this.host);
      return;
    }
    const doc = this.doc;
    const host = doc.createElement("dramatis-ui");
    // set before insertion, so the page sees exactly one mutation: the host arriving
    host.style.cssText =
      "all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; overflow: visible !important; z-index: 2147483647 !important; display: block !important;";
    const root = host.attachShadow({ mode: "closed" });
    const style = doc.createElement("style");
    style.textContent = CARD_CSS;
    const live = doc.createElement("div");
    live.className = "sr";
    live.setAttribute("aria-live", "polite");
    live.setAttribute("role", "status");
    const card = doc.createElement("div");
    card.className = "card";
    card.hidden = true;
    card.setAttribute("role", "dialog");
    card.tabIndex = -1;
    root.append(style, live, card);
    this.host = host;
    this.root = root;
    this.live = live;
    this.card = card;
    doc.documentElement.appendChild(host);
  }

  /** Removes the host (after `delay` ms, so an aria-live note can still be read). */
  remove(delay = 0): void {
    this.hideCard();
    clearTimeout(this.removeTimer);
    const go = (): void => {
      this.host?.remove();
    };
    if (delay > 0) this.removeTimer = window.setTimeout(go, delay);
    else go();
  }

  announce(text: string): void {
    if (!this.live) return;
    this.live.textContent = "";
    // a fresh text node after a clear is what screen readers reliably pick up
    window.setTimeout(() => {
      if (this.live) this.live.textContent = text;
    }, 30);
  }

  showCard(model: CardModel, anchor: () => DOMRect | null, opts: ShowOptions): void {
    this.ensure();
    const card = this.card!;
    const d = this.doc;
    card.replaceChildren();
    card.classList.toggle("dark", opts.theme === "dark");
    card.setAttribute("aria-label", model.label);

    const top = d.createElement("div");
    top.className = "top";
    if (opts.swatch) {
      const sw = d.createElement("span");
      sw.className = "swatch";
      sw.setAttribute("aria-hidden", "true");
      sw.style.background = opts.swatch.fill;
      sw.style.borderColor = opts.swatch.line;
      top.append(sw);
    }
    const h = d.createElement("h2");
    h.textContent = model.heading;
    const close = d.createElement("button");
    close.className = "close";
    close.type = "button";
    close.setAttribute("aria-label", "Close");
    close.textContent = "×";
    close.addEventListener("click", () => this.actions.onClose());
    top.append(h, close);
    card.append(top);

    const para = (text: string, cls = ""): void => {
      const p = d.createElement("p");
      if (cls) p.className = cls;
      p.textContent = text;
      card.append(p);
    };
    if (model.subtitle) para(model.subtitle, "subtitle");
    if (model.aliases.length) para(`Also called: ${model.aliases.join(", ")}`, "muted");
    if (model.mentions) para(model.mentions, "muted");
    if (model.excerpt) {
      const bq = d.createElement("blockquote");
      bq.textContent = model.excerpt;
      card.append(bq);
    }
    if (model.quotes.length) {
      const h3 = d.createElement("h3");
      h3.textContent = model.quoteCount > model.quotes.length ? `Quotations here (${model.quotes.length} of ${model.quoteCount})` : "Quotations here";
      const ul = d.createElement("ul");
      for (const q of model.quotes) {
        const li = d.createElement("li");
        const b = d.createElement("button");
        b.type = "button";
        b.className = "quote";
        b.textContent = `“${q.text}”`;
        b.addEventListener("click", () => this.actions.onQuote(q.id));
        li.append(b);
        ul.append(li);
      }
      card.append(h3, ul);
    }
    if (model.note) para(model.note, "note");
    if (model.seenIn) para(model.seenIn, "muted");
    if (model.elsewhere.length) {
      const h3 = d.createElement("h3");
      h3.textContent = "In other articles";
      card.append(h3);
      for (const line of model.elsewhere) para(line, "muted");
    }
    if (model.wikipedia) {
      const p = d.createElement("p");
      p.className = "links";
      const a = d.createElement("a");
      a.href = model.wikipedia;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      a.textContent = "Look up on Wikipedia";
      p.append(a);
      card.append(p);
    }
    card.hidden = false;
    this.anchor = anchor;
    this.position();
    if (opts.focus) card.focus({ preventScroll: true });
  }

  /** Adds the glossary lines once the worker answers (the card may have changed meanwhile). */
  appendGlossary(lines: Pick<CardModel, "note" | "seenIn" | "elsewhere">): void {
    const card = this.card;
    if (!card || card.hidden) return;
    const before = card.querySelector(".links");
    const add = (el: HTMLElement): void => void card.insertBefore(el, before);
    const para = (text: string, cls: string): HTMLElement => {
      const p = this.doc.createElement("p");
      p.className = cls;
      p.textContent = text;
      return p;
    };
    if (lines.note) add(para(lines.note, "note"));
    if (lines.seenIn) add(para(lines.seenIn, "muted"));
    if (lines.elsewhere.length) {
      const h3 = this.doc.createElement("h3");
      h3.textContent = "In other articles";
      add(h3);
      for (const line of lines.elsewhere) add(para(line, "muted"));
    }
    this.position();
  }

  /** The page switched between light and dark while the card was open. */
  setTheme(theme: Theme): void {
    this.card?.classList.toggle("dark", theme === "dark");
  }

  hideCard(): void {
    if (this.card) {
      this.card.hidden = true;
      this.card.replaceChildren();
    }
    this.anchor = null;
  }

  /** Beside the word, never over it: below if the card fits there, else above, else on the
   *  roomier side with the card shortened (it scrolls); always inside the viewport. */
  position(): void {
    const card = this.card;
    if (!card || card.hidden || !this.anchor) return;
    const r = this.anchor();
    if (!r) return;
    const vw = this.doc.documentElement.clientWidth || window.innerWidth;
    const vh = this.doc.documentElement.clientHeight || window.innerHeight;
    // its word scrolled out of view: a card held at the viewport's edge would talk about nothing
    // the reader can see and cover the text they scrolled to. It stays open, and shows again
    // beside the word when the word comes back.
    const gone = r.bottom <= 0 || r.top >= vh || r.right <= 0 || r.left >= vw;
    card.style.visibility = gone ? "hidden" : "";
    if (gone) return;
    const gap = 6;
    const margin = 8;
    card.style.maxHeight = "";
    const w = card.offsetWidth;
    const h = card.offsetHeight;
    const below = vh - r.bottom - gap - margin;
    const above = r.top - gap - margin;
    let top: number;
    if (h <= below) top = r.bottom + gap;
    else if (h <= above) top = r.top - gap - h;
    else if (below >= above) {
      card.style.maxHeight = `${Math.max(80, below)}px`;
      top = r.bottom + gap;
    } else {
      const room = Math.max(80, above);
      card.style.maxHeight = `${room}px`;
      top = r.top - gap - Math.min(h, room);
    }
    top = Math.max(margin, Math.min(top, vh - Math.min(h, card.offsetHeight) - margin));
    const left = Math.max(margin, Math.min(r.left, vw - w - margin));
    card.style.top = `${Math.round(top)}px`;
    card.style.left = `${Math.round(left)}px`;
  }
}

/** The box that scrolls `el` vertically: its nearest scrolling ancestor, else the document. */
function scrollerOf(el: Element): Element | null {
  for (let a = el.parentElement; a && a !== document.body && a !== document.documentElement; a = a.parentElement) {
    if (a.scrollHeight <= a.clientHeight) continue;
    const y = getComputedStyle(a).overflowY;
    if (y === "auto" || y === "scroll" || y === "overlay") return a;
  }
  return document.scrollingElement;
}

/**
 * Brings a jump target to the middle of the screen at once. Two things a reader met on real
 * pages: `html { scroll-behavior: smooth }` (common on news sites) turned the jump into a glide
 * of up to a second, so the flash had ended and the keyboard card had opened hidden (its word
 * still off screen, so focus could not go to it) before the word arrived; and centring the
 * word's element, as we did, leaves a word in the first lines of a paragraph taller than the
 * screen above the top, or under the site's sticky header. So: "instant" (which overrides the
 * page's smooth scrolling), then the word itself is centred, which also keeps it clear of any
 * header shorter than half the screen.
 */
export function bringIntoView(range: Range): void {
  const el = range.startContainer.parentElement;
  if (!el) return;
  el.scrollIntoView({ block: "center", inline: "nearest", behavior: "instant" });
  const box = range.getClientRects()[0] ?? range.getBoundingClientRect();
  // a word in a hidden part of the page (a collapsed "read more") has no box: leave the scroll be
  if (!box.width && !box.height) return;
  const view = document.documentElement.clientHeight || window.innerHeight;
  const off = box.top + box.height / 2 - view / 2;
  // a few pixels off the middle is as good as the middle; anything more is corrected
  if (Math.abs(off) > 8) scrollerOf(el)?.scrollBy({ top: off, behavior: "instant" });
}
