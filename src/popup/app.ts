/**
 * The popup: the active tab's cast (people by prominence, organisations, places), its quotes in
 * article order, switches, export. Browser APIs come in through PopupHost so the whole flow runs
 * in jsdom tests with a fake host; index.ts supplies the real one.
 */
import type { Analysis, Entity } from "../engine/types";
import type { GlossaryView, Message, PageState } from "../messages";
import { normalizeSettings } from "../settings";
import { describedSpeaker } from "../content/card-model";
import { h, safeColor } from "./dom";
import { EXPORT_TYPES, exportAs, fileName, type ExportFormat, type ExportLabels } from "./export";
import { castRows, distinctQuotes, filterRows, firstContext, sortEntities, truncate, wrapIndex, type CastRow } from "./model";
import { permissionOrigin, siteOf, unsupportedReason } from "./reasons";
import { parseLookup, parsePageState, parseScrollReply, parseSettingsReply } from "./schema";
import { plural, t, type PopupKey } from "./strings";

export interface TabInfo {
  id: number;
  url?: string;
  title?: string;
  status?: string;
}

/** Everything the popup needs from the browser. */
export interface PopupHost {
  getTab(): Promise<TabInfo | null>;
  /** Rejects when nothing listens in the tab (no content script). */
  sendToTab(tabId: number, message: Message): Promise<unknown>;
  sendToWorker(message: Message): Promise<unknown>;
  /** Whether the extension holds host permission for a match pattern ("https://x.org/*"). */
  hasHostPermission(pattern: string): Promise<boolean>;
  /** Must be called straight from a click handler (user gesture). */
  requestHostPermission(): Promise<boolean>;
  copy(text: string): Promise<void>;
  download(text: string, name: string, mime: string): void;
  /** Clock hooks, so jsdom tests need no real waiting. */
  sleep?(ms: number): Promise<void>;
  now?(): number;
}

const RETRY_MS = 200;
/** How long a tab may stay without a content script before we say it cannot run there. */
const NO_SCRIPT_GRACE_MS = 1_500;
const NOTE_DEBOUNCE_MS = 400;
/** A content script that keeps the channel open and never answers must not hang the popup. */
const REPLY_TIMEOUT_MS = 3_000;

type View = "cast" | "quotes";

export class PopupApp {
  private tab: TabInfo | null = null;
  private state: PageState | null = null;
  private rows: CastRow[] = [];
  private view: View = "cast";
  private filter = "";
  private selected: { id: string; index: number } | null = null;
  private listShown = false;
  private closed = false;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;

  constructor(
    private readonly root: HTMLElement,
    private readonly host: PopupHost,
  ) {
    this.sleep = host.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.now = host.now ?? (() => Date.now());
  }

  stop(): void {
    this.closed = true;
  }

  async start(): Promise<void> {
    this.renderMessage("loading", t("popupLoading"));
    mark("popup:start");
    try {
      this.tab = await this.host.getTab();
      mark("popup:tab");
    } catch (e) {
      this.renderError(errorText(e));
      return;
    }
    if (!this.tab) {
      this.renderCantRun("popupReasonBrowserPage");
      return;
    }
    const reason = unsupportedReason(this.tab.url);
    if (reason) {
      this.renderCantRun(reason);
      return;
    }
    await this.load();
  }

  /** Asks the tab for its state until it has one that is not "loading". */
  private async load(): Promise<void> {
    const tab = this.tab;
    if (!tab) return;
    const began = this.now();
    for (;;) {
      if (this.closed) return;
      let raw: unknown;
      try {
        raw = await withTimeout(this.host.sendToTab(tab.id, { type: "page/get-analysis" }), REPLY_TIMEOUT_MS);
        mark("popup:reply");
      } catch {
        raw = undefined;
      }
      if (raw === undefined) {
        // No content script (or none answering yet): a page still loading gets a short grace,
        // then we explain.
        if (this.now() - began < NO_SCRIPT_GRACE_MS) {
          await this.sleep(RETRY_MS);
          continue;
        }
        await this.renderNoScript();
        return;
      }
      const parsed = parsePageState(raw);
      if (!parsed.ok) {
        this.renderError(parsed.error);
        return;
      }
      if (parsed.value.status === "loading") {
        if (!this.state) this.renderMessage("loading", t("popupLoading"));
        await this.sleep(RETRY_MS);
        continue;
      }
      mark("popup:parsed");
      this.state = parsed.value;
      this.render();
      return;
    }
  }

  private async renderNoScript(): Promise<void> {
    const url = this.tab?.url;
    const origin = permissionOrigin(url);
    if (url && !origin) {
      this.renderCantRun("popupReasonBrowserPage");
      return;
    }
    // Without host permission the browser neither runs the content script nor shows us the
    // tab's URL (Firefox lets users withhold it): ask about the site if we know it, else about
    // all sites, since that is what the manifest asks for.
    let allowed = true;
    try {
      allowed = await this.host.hasHostPermission(origin ? `${origin}/*` : "<all_urls>");
    } catch {
      allowed = true;
    }
    if (!allowed) this.renderNeedsPermission();
    else if (!url) this.renderCantRun("popupReasonBrowserPage");
    else this.renderCantRun("popupReasonNoScript");
  }

  // ——— rendering: states ———

  private frame(...children: (Node | null)[]): void {
    this.root.replaceChildren(...children.filter((c): c is Node => c !== null));
  }

  private renderMessage(kind: string, text: string, ...extra: Node[]): void {
    this.root.dataset.state = kind;
    this.frame(
      h("h1", { class: "title", text: "Dramatis" }),
      h("div", { class: `message ${kind}`, role: kind === "error" ? "alert" : "status" }, h("p", { text }), ...extra),
    );
  }

  private renderCantRun(reason: PopupKey): void {
    this.root.dataset.state = "cant-run";
    this.frame(
      h("h1", { class: "title", text: "Dramatis" }),
      h("div", { class: "message cant-run", role: "status" }, h("p", { class: "lead", text: t("popupCantRun") }), h("p", { class: "reason", text: t(reason) })),
    );
  }

  private renderError(message: string): void {
    this.renderMessage("error", t("popupError", message));
  }

  private renderNeedsPermission(): void {
    const button = h("button", { type: "button", class: "primary", text: t("popupGrantPermission") });
    const note = h("p", { class: "hint", role: "status" });
    button.addEventListener("click", () => {
      // permissions.request needs the user gesture: call it before any await
      const asked = this.host.requestHostPermission();
      void asked
        .then((granted) => {
          if (granted) {
            this.renderMessage("loading", t("popupReasonNoScript"));
          } else {
            note.textContent = t("popupPermissionDenied");
          }
        })
        .catch((e) => (note.textContent = t("popupError", errorText(e))));
    });
    this.renderMessage("needs-permission", t("popupNeedsPermission"), button, note);
  }

  /** The state the tab reported: header with switches, then the body for that status. */
  private render(): void {
    const st = this.state;
    if (!st) return;
    this.root.dataset.state = st.status;
    const a = st.analysis;
    // Chromium hides the tab's title without the "tabs" permission (a page left unanalysed sends
    // its own), and a page on a site the user switched off has no analysis: its site says which
    // page this is better than "Untitled"
    const header = this.header(a?.title || st.title || this.tab?.title || siteOf(this.pageUrl()) || t("popupUntitled"));
    if (st.status === "error") {
      this.frame(header, h("div", { class: "message error", role: "alert" }, h("p", { text: t("popupError", st.error ?? "") })));
      return;
    }
    // a page Dramatis did not analyse (not an article, or one in another language): why, and
    // the way to analyse it all the same
    const unread = st.status === "not-article" ? t("popupNotArticle") : st.status === "not-english" ? t("popupNotEnglish") : null;
    if (st.status === "disabled" || !a || unread) {
      const body = h("div", { class: "message", role: "status" }, h("p", { text: unread ?? t("popupDisabled") }));
      if (unread) body.append(this.analyseAnywayButton());
      this.frame(header, body);
      return;
    }
    this.rows = castRows(a);
    this.frame(header, this.tabs(a), this.castPanel(a), this.quotesPanel(a), this.exportMenu(a));
    this.markListShown();
  }

  private markListShown(): void {
    if (this.listShown) return;
    this.listShown = true;
    // performance.now() counts from the popup document's navigation start: the time a user
    // waits between clicking the toolbar button and seeing the list. Read by the benchmark.
    document.documentElement.dataset.listShownMs = performance.now().toFixed(1);
    mark("popup:list");
  }

  private analyseAnywayButton(): HTMLButtonElement {
    const b = h("button", { type: "button", class: "primary", text: t("popupAnalyseAnyway") });
    b.addEventListener("click", () => {
      const tab = this.tab;
      if (!tab) return;
      b.disabled = true;
      this.state = null;
      this.renderMessage("loading", t("popupLoading"));
      void this.host
        .sendToTab(tab.id, { type: "page/analyse-anyway" })
        .then(() => this.load())
        .catch((e) => this.renderError(errorText(e)));
    });
    return b;
  }

  private header(raw: string): HTMLElement {
    // "Headline | Site" whose site part a script never filled in: no dangling separator
    const title = raw.replace(/\s+[|\-–—·•:]+\s*$/u, "") || raw;
    const st = this.state;
    const site = siteOf(this.pageUrl());
    // highlights exist only on an article: elsewhere the switch would promise what it can't do
    const article = st?.status === "article";
    const pageSwitch = this.switch("sw-page", t("popupHighlightsSwitch"), !!st?.enabled && article, !article, (on) => this.setPageEnabled(on));
    const siteSwitch = this.switch("sw-site", t("popupSiteSwitch"), st?.siteEnabled ?? true, !site, (on) => this.setSiteEnabled(on));
    return h(
      "header",
      { class: "head" },
      h("h1", { class: "title", title, text: title }),
      h("div", { class: "switches" }, pageSwitch, siteSwitch),
      h("p", { class: "switch-status", role: "status", id: "switch-status" }),
    );
  }

  private switch(id: string, label: string, checked: boolean, disabled: boolean, onChange: (on: boolean) => Promise<void>): HTMLElement {
    const input = h("input", { type: "checkbox", role: "switch", id, class: "switch" });
    input.checked = checked;
    input.disabled = disabled;
    input.addEventListener("change", () => {
      input.disabled = true;
      void onChange(input.checked)
        .catch((e) => {
          input.checked = !input.checked;
          const s = this.root.querySelector("#switch-status");
          if (s) s.textContent = t("popupError", errorText(e));
        })
        .finally(() => (input.disabled = false));
    });
    return h("label", { class: "switch-label", for: id }, input, h("span", { text: label }));
  }

  private async setPageEnabled(on: boolean): Promise<void> {
    if (!this.tab) return;
    const r = await this.host.sendToTab(this.tab.id, { type: "page/set-enabled", enabled: on });
    assertOk(r);
    if (this.state) this.state.enabled = on;
  }

  /** The tab's URL; without activeTab or "tabs" the browser hides it, and the page says it. */
  private pageUrl(): string | undefined {
    return this.tab?.url ?? this.state?.url;
  }

  private async setSiteEnabled(on: boolean): Promise<void> {
    const site = siteOf(this.pageUrl());
    if (!site || !this.tab) return;
    const got = parseSettingsReply(await this.host.sendToWorker({ type: "settings/get" }));
    if (!got.ok) throw new Error(got.error);
    const settings = normalizeSettings(got.value);
    const others = settings.disabledSites.filter((s) => s !== site);
    settings.disabledSites = on ? others : [...others, site];
    assertOk(await this.host.sendToWorker({ type: "settings/set", settings: settings as unknown as Record<string, unknown> }));
    // The tab follows at once rather than on its next load.
    await this.host.sendToTab(this.tab.id, { type: "page/set-enabled", enabled: on }).catch(() => undefined);
    this.state = null;
    await this.load();
  }

  // ——— tabs ———

  private tabs(a: Analysis): HTMLElement {
    const make = (view: View, label: string) =>
      h("button", {
        type: "button",
        role: "tab",
        id: `tab-${view}`,
        "aria-controls": `panel-${view}`,
        "aria-selected": String(this.view === view),
        tabindex: this.view === view ? 0 : -1,
        text: label,
      });
    const cast = make("cast", `${t("popupTabCast")} (${a.people.length})`);
    const quotes = make("quotes", `${t("popupTabQuotes")} (${distinctQuotes(a).length})`);
    const list = h("div", { role: "tablist", class: "tabs", "aria-label": t("popupViews") }, cast, quotes);
    const select = (view: View, focus: boolean) => {
      this.view = view;
      for (const [b, v] of [[cast, "cast"], [quotes, "quotes"]] as const) {
        const on = v === view;
        b.setAttribute("aria-selected", String(on));
        b.tabIndex = on ? 0 : -1;
        const panel = this.root.querySelector<HTMLElement>(`#panel-${v}`);
        if (panel) panel.hidden = !on;
        if (on && focus) b.focus();
      }
    };
    cast.addEventListener("click", () => select("cast", false));
    quotes.addEventListener("click", () => select("quotes", false));
    list.addEventListener("keydown", (e) => {
      // the ARIA tabs pattern: arrows move between tabs, Home/End jump to the ends
      const keys: Record<string, View> = { ArrowLeft: "cast", ArrowRight: "quotes", Home: "cast", End: "quotes" };
      const next = keys[e.key];
      if (!next) return;
      e.preventDefault();
      select(e.key === "ArrowLeft" || e.key === "ArrowRight" ? (this.view === "cast" ? "quotes" : "cast") : next, true);
    });
    return list;
  }

  // ——— cast ———

  private castPanel(a: Analysis): HTMLElement {
    const panel = h("section", { role: "tabpanel", id: "panel-cast", "aria-labelledby": "tab-cast", class: "panel" });
    panel.hidden = this.view !== "cast";
    if (!a.people.length) {
      panel.append(h("p", { class: "empty", role: "status", text: t("popupNoPeople") }));
    } else {
      const input = h("input", { type: "search", id: "filter", class: "filter", placeholder: t("popupFilterPlaceholder"), autocomplete: "off", spellcheck: "false" });
      input.value = this.filter;
      const list = h("ul", { class: "cast", id: "cast-list", "aria-label": t("popupTabCast") });
      const empty = h("p", { class: "empty", role: "status" });
      const fill = () => {
        const rows = filterRows(this.rows, this.filter);
        list.replaceChildren(...rows.map((r) => this.personRow(r)));
        empty.textContent = rows.length ? "" : t("popupFilterNoMatch", this.filter);
      };
      input.addEventListener("input", () => {
        this.filter = input.value;
        fill();
      });
      list.addEventListener("keydown", (e) => moveFocus(e, list, "button.person"));
      fill();
      panel.append(h("div", { class: "filter-row" }, h("label", { for: "filter", class: "filter-label", text: t("popupFilterLabel") }), input), list, empty);
    }
    const orgs = a.organizations ?? [];
    const places = a.places ?? [];
    if (orgs.length) panel.append(this.entitySection("organization", t("popupOrganizations", orgs.length), orgs));
    if (places.length) panel.append(this.entitySection("place", t("popupPlaces", places.length), places));
    return panel;
  }

  private personRow(r: CastRow): HTMLElement {
    const p = r.person;
    const isSel = this.selected?.id === p.id;
    const color = safeColor(this.state?.colors[p.id]);
    const swatch = h("span", { class: "swatch", "aria-hidden": "true" });
    if (color) swatch.style.setProperty("background-color", color);
    const button = h(
      "button",
      { type: "button", class: "person", "aria-expanded": String(isSel), "data-id": p.id },
      swatch,
      h(
        "span",
        { class: "who" },
        h("span", { class: "name", text: p.name }),
        // no role: the words around the first mention place the name better than "No role given"
        h("span", { class: p.role ? "role" : "role none", text: p.role ?? (this.state?.analysis ? firstContext(this.state.analysis.text, p) : null) ?? t("popupNoRole") }),
      ),
      h("span", { class: "counts" }, h("span", { text: plural(r.mentions, "popupMentionsOne", "popupMentionsMany") }), h("span", { text: plural(r.quotes, "popupQuotesOne", "popupQuotesMany") })),
    );
    const li = h("li", { class: isSel ? "row selected" : "row" }, button);
    button.addEventListener("click", () => {
      if (this.selected?.id === p.id) {
        // a second click goes back to the first mention rather than closing: what a user who
        // lost their place wants
        this.goTo(p.id, 0, li);
        return;
      }
      this.selected = { id: p.id, index: 0 };
      for (const other of this.root.querySelectorAll<HTMLElement>("li.row.selected")) {
        other.classList.remove("selected");
        other.querySelector("button.person")?.setAttribute("aria-expanded", "false");
        other.querySelector(".detail")?.remove();
      }
      li.classList.add("selected");
      button.setAttribute("aria-expanded", "true");
      const detail = this.personDetail(r, li);
      li.append(detail);
      // the stepper opens below the row: keep it visible inside the scrolling list
      detail.scrollIntoView?.({ block: "nearest" });
      this.goTo(p.id, 0, li);
    });
    if (isSel) li.append(this.personDetail(r, li));
    return li;
  }

  private personDetail(r: CastRow, li: HTMLElement): HTMLElement {
    const p = r.person;
    const count = Math.max(1, r.mentions);
    const pos = h("span", { class: "position", "aria-live": "polite", text: t("popupMentionPosition", (this.selected?.index ?? 0) + 1, count) });
    const step = (d: number) => {
      const index = wrapIndex(this.selected?.index ?? 0, d, count);
      this.goTo(p.id, index, li);
    };
    const prev = h("button", { type: "button", class: "step", "aria-label": t("popupPrevious"), title: t("popupPrevious"), text: "‹" });
    const next = h("button", { type: "button", class: "step", "aria-label": t("popupNext"), title: t("popupNext"), text: "›" });
    prev.addEventListener("click", () => step(-1));
    next.addEventListener("click", () => step(1));
    const detail = h("div", { class: "detail" }, h("div", { class: "stepper" }, prev, pos, next));
    const aliases = p.aliases.filter((x) => x !== p.name);
    if (aliases.length) detail.append(h("p", { class: "aliases", text: aliases.join(" · ") }));
    void this.noteEditor(p.name).then((ed) => {
      if (!ed || !detail.isConnected) return;
      detail.append(ed);
      detail.scrollIntoView?.({ block: "nearest" });
    });
    return detail;
  }

  /** Scrolls the page to mention `index` of a person and updates the position text. */
  private goTo(id: string, index: number, li: HTMLElement): void {
    if (!this.tab) return;
    if (this.selected?.id === id) this.selected.index = index;
    const pos = li.querySelector(".position");
    const count = this.rows.find((r) => r.person.id === id)?.mentions ?? 0;
    if (pos) pos.textContent = t("popupMentionPosition", index + 1, Math.max(1, count));
    void this.host
      .sendToTab(this.tab.id, { type: "page/scroll-to", kind: "person", id, index })
      .then((raw) => {
        const r = parseScrollReply(raw);
        if (r.ok && r.value.count && pos && this.selected?.id === id) {
          const i = r.value.index ?? index;
          this.selected.index = i;
          pos.textContent = t("popupMentionPosition", i + 1, r.value.count);
        }
      })
      .catch(() => undefined);
  }

  private async noteEditor(name: string): Promise<HTMLElement | null> {
    let entry: GlossaryView | undefined;
    try {
      const r = parseLookup(await this.host.sendToWorker({ type: "glossary/lookup", names: [name] }));
      entry = r.ok ? r.value[name] : undefined;
    } catch {
      return null;
    }
    // The worker may not have stored this article yet: no entry, no editor.
    if (!entry) return null;
    const id = `note-${entry.id.replace(/[^\w-]/g, "_")}`;
    const area = h("textarea", { id, class: "note", rows: 2, maxlength: 100_000 });
    area.value = entry.note;
    const saved = h("span", { class: "saved", role: "status" });
    const entryId = entry.id;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending = false;
    const save = () => {
      if (timer) clearTimeout(timer);
      timer = undefined;
      if (!pending) return;
      pending = false;
      void this.host
        .sendToWorker({ type: "glossary/update", id: entryId, note: area.value })
        .then((r) => {
          assertOk(r);
          saved.textContent = t("popupNoteSaved");
        })
        .catch((e) => (saved.textContent = t("popupError", errorText(e))));
    };
    area.addEventListener("input", () => {
      pending = true;
      saved.textContent = "";
      if (timer) clearTimeout(timer);
      timer = setTimeout(save, NOTE_DEBOUNCE_MS);
    });
    // the popup closes as soon as focus leaves it: flush rather than lose the last keystrokes
    area.addEventListener("blur", save);
    addEventListener("pagehide", save);
    const seen = entry.seenIn === 1 ? t("popupSeenInOne") : t("popupSeenIn", entry.seenIn);
    return h(
      "div",
      { class: "note-box" },
      h("label", { for: id, class: "note-label", text: t("popupNoteLabel", name) }),
      area,
      h("div", { class: "note-meta" }, entry.seenIn > 0 ? h("span", { text: seen }) : null, saved),
    );
  }

  private entitySection(kind: "organization" | "place", label: string, list: readonly Entity[]): HTMLElement {
    const ul = h("ul", { class: "entities" });
    for (const e of sortEntities(list)) {
      const b = h(
        "button",
        { type: "button", class: "entity", "data-id": e.id },
        h("span", { class: "who" }, h("span", { class: "name", text: e.name }), e.description ? h("span", { class: "role", text: e.description }) : null),
        h("span", { class: "counts", text: plural(e.mentions.length, "popupMentionsOne", "popupMentionsMany") }),
      );
      let index = 0;
      b.addEventListener("click", () => {
        if (!this.tab) return;
        const i = index;
        index = wrapIndex(index, 1, Math.max(1, e.mentions.length));
        void this.host.sendToTab(this.tab.id, { type: "page/scroll-to", kind, id: e.id, index: i }).catch(() => undefined);
      });
      ul.append(h("li", {}, b));
    }
    ul.addEventListener("keydown", (ev) => moveFocus(ev, ul, "button.entity"));
    return h("details", { class: `section ${kind}` }, h("summary", { text: label }), ul);
  }

  // ——— quotes ———

  private quotesPanel(a: Analysis): HTMLElement {
    const panel = h("section", { role: "tabpanel", id: "panel-quotes", "aria-labelledby": "tab-quotes", class: "panel" });
    panel.hidden = this.view !== "quotes";
    if (!a.quotes.length) {
      panel.append(h("p", { class: "empty", text: t("popupNoQuotes") }));
      return panel;
    }
    const names = new Map(a.people.map((p) => [p.id, p.name]));
    const ol = h("ol", { class: "quotes", "aria-label": t("popupTabQuotes") });
    distinctQuotes(a).forEach(([q, i]) => {
      const name = q.speaker ? names.get(q.speaker) : undefined;
      // "said the source": the words the article uses for a speaker it does not name
      const described = name ? null : describedSpeaker(a.text, q);
      const swatch = h("span", { class: "swatch", "aria-hidden": "true" });
      const color = q.speaker ? safeColor(this.state?.colors[q.speaker]) : null;
      if (color) swatch.style.setProperty("background-color", color);
      const b = h(
        "button",
        { type: "button", class: "quote", "data-quote": `q${i}` },
        h("span", { class: name ? "speaker" : described ? "speaker described" : "speaker none" }, swatch, h("span", { text: name ?? described ?? t("popupUnattributed") })),
        h("span", { class: "qtext", text: `“${truncate(q.text, 180)}”` }),
      );
      b.addEventListener("click", () => {
        if (this.tab) void this.host.sendToTab(this.tab.id, { type: "page/scroll-to", kind: "quote", id: `q${i}`, index: 0 }).catch(() => undefined);
      });
      ol.append(h("li", {}, b));
    });
    ol.addEventListener("keydown", (e) => moveFocus(e, ol, "button.quote"));
    panel.append(ol);
    return panel;
  }

  // ——— export ———

  private exportMenu(a: Analysis): HTMLElement {
    const formats: [ExportFormat, PopupKey][] = [
      ["markdown", "popupExportMarkdown"],
      ["csv", "popupExportCsv"],
      ["json", "popupExportJson"],
    ];
    let format: ExportFormat = "markdown";
    const radios = formats.map(([f, key]) => {
      const input = h("input", { type: "radio", name: "export-format", id: `fmt-${f}`, value: f });
      input.checked = f === format;
      input.addEventListener("change", () => {
        if (input.checked) format = f;
      });
      return h("label", { for: `fmt-${f}`, class: "radio" }, input, h("span", { text: t(key) }));
    });
    const status = h("p", { class: "export-status", role: "status" });
    const fallback = h("textarea", { class: "export-fallback", readonly: true, rows: 4, "aria-label": t("popupExport") });
    fallback.hidden = true;
    const box = h("details", { class: "export", id: "export" });
    const produce = (): string => {
      const text = exportAs(format, a, this.labels());
      // our own page: tests and power users read what was produced from here
      box.dataset.lastExport = text;
      box.dataset.lastFormat = format;
      return text;
    };
    const copy = h("button", { type: "button", id: "export-copy", text: t("popupCopy") });
    const download = h("button", { type: "button", id: "export-download", text: t("popupDownload") });
    copy.addEventListener("click", () => {
      const text = produce();
      fallback.hidden = true;
      void this.host.copy(text).then(
        () => (status.textContent = t("popupCopied")),
        () => {
          status.textContent = t("popupCopyFailed");
          fallback.value = text;
          fallback.hidden = false;
          fallback.focus();
          fallback.select();
        },
      );
    });
    download.addEventListener("click", () => {
      const text = produce();
      try {
        this.host.download(text, fileName(a.title, format), EXPORT_TYPES[format].mime);
        status.textContent = t("popupDownloaded");
      } catch (e) {
        status.textContent = t("popupError", errorText(e));
      }
    });
    box.append(
      h("summary", { text: t("popupExport") }),
      h(
        "div",
        { class: "export-body" },
        h("fieldset", { class: "formats" }, h("legend", { text: t("popupExportFormat") }), ...radios),
        h("div", { class: "export-actions" }, copy, download),
        status,
        fallback,
      ),
    );
    return h("footer", { class: "foot" }, box);
  }

  private labels(): ExportLabels {
    return {
      people: t("popupTabCast"),
      quotes: t("popupTabQuotes"),
      organizations: t("popupOrganizations", "").replace(/\s*\(\s*\)\s*$/, ""),
      places: t("popupPlaces", "").replace(/\s*\(\s*\)\s*$/, ""),
      unattributed: t("popupUnattributed"),
      name: t("popupColName"),
      role: t("popupColRole"),
      mentions: t("popupColMentions"),
      quoteCount: t("popupColQuotes"),
      untitled: t("popupUntitled"),
    };
  }
}

/** The promise's value, or undefined if it takes longer than `ms` (a real timer: the host's
 *  sleep hook is a test clock). */
async function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms)));
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Performance marks for the benchmark's breakdown of the time to the list (bench/parts/popup.mjs). */
function mark(name: string): void {
  try {
    performance.mark(name);
  } catch {
    /* no Performance API (never in the browsers we ship for) */
  }
}

/** Up/Down (and Home/End) move focus between the buttons of a list. */
function moveFocus(e: KeyboardEvent, list: HTMLElement, selector: string): void {
  if (!["ArrowDown", "ArrowUp", "Home", "End"].includes(e.key)) return;
  const items = [...list.querySelectorAll<HTMLElement>(selector)];
  const at = items.indexOf(document.activeElement as HTMLElement);
  if (at < 0 || !items.length) return;
  e.preventDefault();
  const to = e.key === "Home" ? 0 : e.key === "End" ? items.length - 1 : Math.min(items.length - 1, Math.max(0, at + (e.key === "ArrowDown" ? 1 : -1)));
  items[to]?.focus();
}

function assertOk(r: unknown): void {
  if (r && typeof r === "object" && (r as { ok?: unknown }).ok === true) return;
  const err = r && typeof r === "object" && typeof (r as { error?: unknown }).error === "string" ? (r as { error: string }).error : "no reply";
  throw new Error(err.slice(0, 500));
}

function errorText(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).slice(0, 500);
}
