/**
 * The popup's flow in jsdom with a fake browser: the states a user meets, what a click sends to
 * the page, and that page-derived text never becomes markup.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PopupApp, type PopupHost, type TabInfo } from "../../../src/popup/app";
import type { Message } from "../../../src/messages";
import type { Analysis } from "../../../src/engine/types";
import { fixture } from "./fixture";

interface Fake extends PopupHost {
  toTab: Message[];
  toWorker: Message[];
  clock: number;
}

function fakeHost(opts: {
  tab?: TabInfo | null;
  replies?: unknown[];
  analysis?: Analysis;
  worker?: (m: Message) => unknown;
  permitted?: boolean;
  asked?: string[];
  copyFails?: boolean;
} = {}): Fake {
  const replies = opts.replies ?? [{ ok: true, status: "article", analysis: opts.analysis ?? fixture(), colors: { p1: "#ffd6a5", p2: "url(javascript:alert(1))" }, enabled: true, siteEnabled: true }];
  const host: Fake = {
    toTab: [],
    toWorker: [],
    clock: 0,
    getTab: async () => (opts.tab === undefined ? { id: 7, url: "https://news.example.com/story" } : opts.tab),
    async sendToTab(_id, m) {
      host.toTab.push(m);
      if (m.type === "page/get-analysis") {
        const r = replies.length > 1 ? replies.shift() : replies[0];
        if (r instanceof Error) throw r;
        return r;
      }
      if (m.type === "page/scroll-to") return { ok: true, index: m.index ?? 0, count: 3 };
      return { ok: true };
    },
    async sendToWorker(m) {
      host.toWorker.push(m);
      return opts.worker ? opts.worker(m) : { ok: false, error: "no worker" };
    },
    hasHostPermission: async (pattern) => {
      opts.asked?.push(pattern);
      return opts.permitted ?? true;
    },
    requestHostPermission: vi.fn(async () => true),
    copy: async () => {
      if (opts.copyFails) throw new Error("denied");
    },
    download: vi.fn(),
    sleep: async (ms) => {
      host.clock += ms;
    },
    now: () => host.clock,
  };
  return host;
}

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement("main");
  document.body.replaceChildren(root);
});
afterEach(() => vi.useRealTimers());

const flush = () => new Promise((r) => setTimeout(r, 0));
const names = () => [...root.querySelectorAll("button.person .name")].map((n) => n.textContent);

describe("popup states", () => {
  it("lists people by prominence with role, mentions and quotes", async () => {
    const host = fakeHost();
    await new PopupApp(root, host).start();
    expect(root.dataset.state).toBe("article");
    expect(names()).toEqual(["Vladimir Putin", "Christopher Wray"]);
    const first = root.querySelector("button.person")!;
    expect(first.querySelector(".role")?.textContent).toBe("Russian President");
    expect(first.querySelector(".counts")?.textContent).toBe(`${fixture().people[0]!.mentions.length} mentions2 quotes`);
    // the page's colour is used only when it parses as a colour
    const swatches = [...root.querySelectorAll<HTMLElement>("button.person .swatch")];
    expect(swatches[0]!.style.backgroundColor).not.toBe("");
    expect(swatches[1]!.style.backgroundColor).toBe("");
    expect(root.querySelector("h1")?.textContent).toBe('Putin, "Wray" & <b>friends</b>');
  });

  it("a person with no role is placed by the words around their first mention, cut at words, as text", async () => {
    const a = fixture();
    const before = "In a long and winding first sentence that goes on about the weather, the harbour and the ferries, ";
    const after = " of the <b>harbour board</b> said nothing at all about the plans for the new bridge over the estuary. Then more.";
    const text = `${a.text} ${before}Ngozi Achterberg${after}`;
    const at = text.indexOf("Ngozi Achterberg");
    a.text = text;
    a.people.push({ id: "p3", name: "Ngozi Achterberg", aliases: ["Ngozi Achterberg"], role: null, mentions: [{ start: at, end: at + 16 }] });
    a.people[1]!.role = null;
    await new PopupApp(root, fakeHost({ analysis: a })).start();
    const role = (id: string) => root.querySelector(`button.person[data-id="${id}"] .role`)!;
    const ngozi = role("p3").textContent!;
    expect(role("p3").classList.contains("none")).toBe(true);
    expect(ngozi).toContain("Ngozi Achterberg");
    expect(ngozi.length).toBeLessThanOrEqual(92);
    // cut inside its sentence, at word boundaries, and marked where it was cut
    expect(ngozi).toMatch(/^…\S/);
    expect(ngozi).toMatch(/\S…$/);
    expect(ngozi).not.toContain("Then more");
    expect(before + "Ngozi Achterberg" + after).toContain(ngozi.slice(1, -1));
    expect(root.querySelector("b")).toBeNull();
    // a short sentence is shown whole: Wray's first is "FBI Director Christopher Wray disagreed."
    expect(role("p2").textContent).toBe("FBI Director Christopher Wray disagreed.");
  });

  it("a first mention that stands alone (a heading, a table cell) is no context: 'No role given', not the name again", async () => {
    const a = fixture();
    const text = `${a.text}\nFee Type\nTuition per credit hour\nMarta Quiroga:\nThe rest of the page.`;
    a.text = text;
    const at = text.indexOf("Fee Type");
    const mq = text.indexOf("Marta Quiroga");
    a.people.push({ id: "p3", name: "Fee Type", aliases: ["Fee Type"], role: null, mentions: [{ start: at, end: at + 8 }] });
    a.people.push({ id: "p4", name: "Marta Quiroga", aliases: ["Marta Quiroga"], role: null, mentions: [{ start: mq, end: mq + 13 }] });
    await new PopupApp(root, fakeHost({ analysis: a })).start();
    const role = (id: string) => root.querySelector(`button.person[data-id="${id}"] .role`)!.textContent;
    expect(role("p3")).toBe("No role given");
    expect(role("p4")).toBe("No role given");
  });

  it("shows hostile page text as text, never as markup", async () => {
    const a = fixture();
    a.people[0]!.name = "<img src=x onerror=alert(1)>";
    a.people[0]!.role = "<script>alert(1)</script>";
    const host = fakeHost({ analysis: a });
    await new PopupApp(root, host).start();
    expect(root.querySelector("img, script, b")).toBeNull();
    expect(names()).toContain("<img src=x onerror=alert(1)>");
    root.querySelector<HTMLButtonElement>("#tab-quotes")!.click();
    expect(root.querySelector("img")).toBeNull();
    expect(root.textContent).toContain("“<img src=x onerror=alert(1)>”");
  });

  it("polls while the page is loading, then shows the cast", async () => {
    const ready = { ok: true, status: "article", analysis: fixture(), colors: {}, enabled: true, siteEnabled: true };
    const host = fakeHost({ replies: [{ ok: true, status: "loading", analysis: null, colors: {}, enabled: true, siteEnabled: true }, { ok: true, status: "loading", analysis: null, colors: {}, enabled: true, siteEnabled: true }, ready] });
    await new PopupApp(root, host).start();
    expect(host.toTab.filter((m) => m.type === "page/get-analysis")).toHaveLength(3);
    expect(host.clock).toBe(400);
    expect(names()).toHaveLength(2);
  });

  it("says why it cannot run on a browser page, without asking the page", async () => {
    const host = fakeHost({ tab: { id: 1, url: "chrome://settings/" } });
    await new PopupApp(root, host).start();
    expect(root.dataset.state).toBe("cant-run");
    expect(root.textContent).toContain("Dramatis can't run on this page.");
    expect(root.textContent).toContain("browser's own pages");
    expect(host.toTab).toEqual([]);
  });

  it("offers the permission request when the content script is missing for lack of host permission", async () => {
    const asked: string[] = [];
    const host = fakeHost({ replies: [new Error("Could not establish connection")], permitted: false, asked });
    await new PopupApp(root, host).start();
    expect(asked).toEqual(["https://news.example.com/*"]);
    expect(root.dataset.state).toBe("needs-permission");
    const button = root.querySelector<HTMLButtonElement>("button.primary")!;
    button.click();
    expect(host.requestHostPermission).toHaveBeenCalledTimes(1);
  });

  it("with the URL hidden too, asks about all sites before offering the permission button", async () => {
    const asked: string[] = [];
    const host = fakeHost({ tab: { id: 4 }, replies: [new Error("Could not establish connection")], permitted: false, asked });
    await new PopupApp(root, host).start();
    expect(asked).toEqual(["<all_urls>"]);
    expect(root.dataset.state).toBe("needs-permission");
  });

  it("a content script that never answers does not leave the popup loading", async () => {
    vi.useFakeTimers();
    const host = fakeHost({ permitted: true });
    host.sendToTab = (_id, m) => {
      host.toTab.push(m);
      return new Promise(() => {});
    };
    const done = new PopupApp(root, host).start();
    await vi.advanceTimersByTimeAsync(60_000);
    await done;
    expect(root.dataset.state).toBe("cant-run");
    expect(root.textContent).toContain("Reload the page");
  });

  it("asks for a reload when the script is missing although permitted", async () => {
    const host = fakeHost({ replies: [new Error("Could not establish connection")], permitted: true });
    await new PopupApp(root, host).start();
    expect(root.dataset.state).toBe("cant-run");
    expect(root.textContent).toContain("Reload the page");
  });

  it("a site switched off, its tab's title hidden (Chromium without the tabs permission): the header names the site, not 'Untitled article'", async () => {
    const host = fakeHost({
      tab: { id: 7 },
      replies: [{ ok: true, status: "disabled", analysis: null, colors: {}, enabled: false, siteEnabled: false, url: "https://www.news.example.com/2025/story" }],
    });
    await new PopupApp(root, host).start();
    expect(root.querySelector("h1")?.textContent).toBe("www.news.example.com");
    expect(root.textContent).toContain("Dramatis is turned off for this site.");
    expect(root.querySelector<HTMLInputElement>("#sw-site")!.checked).toBe(false);
  });

  it("a tab title whose site part is missing ('Headline |') is shown without the dangling separator", async () => {
    const host = fakeHost({
      tab: { id: 7, url: "https://news.example.com/story", title: "The 16 best ferry routes in 2025 |" },
      replies: [{ ok: true, status: "disabled", analysis: null, colors: {}, enabled: false, siteEnabled: false }],
    });
    await new PopupApp(root, host).start();
    expect(root.querySelector("h1")?.textContent).toBe("The 16 best ferry routes in 2025");
  });

  it("a page left unanalysed is headed by the title it sends, where the tab's title is hidden", async () => {
    const host = fakeHost({
      tab: { id: 7 },
      replies: [{ ok: true, status: "not-english", analysis: null, colors: {}, enabled: false, siteEnabled: true, url: "https://zeitung.example.de/a", title: "Stadtrat beschließt Brücke" }],
    });
    await new PopupApp(root, host).start();
    expect(root.querySelector("h1")?.textContent).toBe("Stadtrat beschließt Brücke");
  });

  it("not an article: 'Analyse anyway' asks the page and shows the result", async () => {
    const host = fakeHost({
      replies: [
        { ok: true, status: "not-article", analysis: null, colors: {}, enabled: false, siteEnabled: true },
        { ok: true, status: "article", analysis: fixture(), colors: {}, enabled: true, siteEnabled: true },
      ],
    });
    await new PopupApp(root, host).start();
    expect(root.textContent).toContain("This page doesn't look like a news article.");
    expect(root.querySelector<HTMLInputElement>("#sw-page")!.disabled).toBe(true);
    root.querySelector<HTMLButtonElement>("button.primary")!.click();
    await flush();
    await flush();
    expect(host.toTab.map((m) => m.type)).toContain("page/analyse-anyway");
    expect(names()).toHaveLength(2);
  });

  it("no people: says so", async () => {
    const a = fixture();
    a.people = [];
    a.quotes = [];
    await new PopupApp(root, fakeHost({ analysis: a })).start();
    expect(root.textContent).toContain("No people found in this article.");
  });

  it("a malformed or error reply shows the error", async () => {
    await new PopupApp(root, fakeHost({ replies: [{ ok: true, status: "article", analysis: { version: 2 } }] })).start();
    expect(root.dataset.state).toBe("error");
    expect(root.querySelector("[role=alert]")?.textContent).toMatch(/Something went wrong: malformed reply at analysis/);
  });
});

describe("popup actions", () => {
  it("a person click scrolls to mention 0, then next/previous step and wrap", async () => {
    const host = fakeHost();
    await new PopupApp(root, host).start();
    const wray = [...root.querySelectorAll<HTMLButtonElement>("button.person")].find((b) => b.textContent?.includes("Wray"))!;
    wray.click();
    await flush();
    expect(wray.getAttribute("aria-expanded")).toBe("true");
    const scrolls = () => host.toTab.filter((m): m is Extract<Message, { type: "page/scroll-to" }> => m.type === "page/scroll-to").map((m) => [m.kind, m.id, m.index]);
    expect(scrolls()).toEqual([["person", "p2", 0]]);
    const [prev, next] = root.querySelectorAll<HTMLButtonElement>(".detail button.step");
    next!.click();
    await flush();
    prev!.click();
    await flush();
    prev!.click();
    await flush();
    const count = fixture().people[1]!.mentions.length;
    expect(scrolls()).toEqual([["person", "p2", 0], ["person", "p2", 1], ["person", "p2", 0], ["person", "p2", count - 1]]);
    expect(root.querySelector(".position")?.textContent).toBe(`Mention ${count} of 3`);
  });

  it("arrow keys move focus through the cast; Enter on a focused person is a click", async () => {
    const host = fakeHost();
    await new PopupApp(root, host).start();
    const buttons = [...root.querySelectorAll<HTMLButtonElement>("button.person")];
    buttons[0]!.focus();
    buttons[0]!.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true }));
    expect(document.activeElement).toBe(buttons[1]);
    buttons[1]!.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true }));
    expect(document.activeElement).toBe(buttons[1]);
    buttons[1]!.dispatchEvent(new KeyboardEvent("keydown", { key: "Home", bubbles: true }));
    expect(document.activeElement).toBe(buttons[0]);
    // native <button>s: Enter and Space activate them in browsers; every row is one
    expect(buttons.every((b) => b.type === "button")).toBe(true);
  });

  it("the filter narrows the list by alias or role", async () => {
    await new PopupApp(root, fakeHost()).start();
    const input = root.querySelector<HTMLInputElement>("#filter")!;
    input.value = "fbi";
    input.dispatchEvent(new Event("input"));
    expect(names()).toEqual(["Christopher Wray"]);
    input.value = "nobody here";
    input.dispatchEvent(new Event("input"));
    expect(names()).toEqual([]);
    expect(root.textContent).toContain("Nobody matches “nobody here”.");
  });

  it("quotes view: ARIA tabs, every quote in order with its speaker; a click scrolls to it", async () => {
    const host = fakeHost();
    await new PopupApp(root, host).start();
    const tab = root.querySelector<HTMLButtonElement>("#tab-quotes")!;
    tab.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    expect(tab.getAttribute("aria-selected")).toBe("true");
    expect(root.querySelector<HTMLElement>("#panel-quotes")!.hidden).toBe(false);
    expect(root.querySelector<HTMLElement>("#panel-cast")!.hidden).toBe(true);
    const quotes = [...root.querySelectorAll<HTMLButtonElement>("button.quote")];
    expect(quotes.map((q) => q.querySelector(".speaker")?.textContent)).toEqual(["Vladimir Putin", "Vladimir Putin", "Unattributed"]);
    quotes[2]!.click();
    expect(host.toTab.at(-1)).toEqual({ type: "page/scroll-to", kind: "quote", id: "q2", index: 0 });
  });

  it("quotes view: a speaker the article describes but does not name is shown in its words", async () => {
    const a = fixture();
    const extra = " “Prices will rise for everyone,” the ministry said. “Pure fiction,” Remember the words.";
    a.text += extra;
    const at = (s: string) => ({ start: a.text.lastIndexOf(s), end: a.text.lastIndexOf(s) + s.length });
    a.quotes.push(
      { ...at("Prices will rise for everyone,"), text: "Prices will rise for everyone,", speaker: null, cue: at("the ministry") },
      // a sentence's first word with no reporting verb is no speaker
      { ...at("Pure fiction,"), text: "Pure fiction,", speaker: null, cue: at("Remember") },
    );
    await new PopupApp(root, fakeHost({ analysis: a })).start();
    root.querySelector<HTMLButtonElement>("#tab-quotes")!.click();
    const speakers = [...root.querySelectorAll<HTMLElement>("button.quote .speaker")];
    expect(speakers.map((s) => s.textContent)).toEqual(["Vladimir Putin", "Vladimir Putin", "Unattributed", "the ministry", "Unattributed"]);
    expect(speakers[3]!.classList.contains("described")).toBe(true);
  });

  it("the site switch adds and removes this host in settings.disabledSites", async () => {
    let stored: Record<string, unknown> = { disabledSites: ["other.org"], autoHighlight: true };
    const host = fakeHost({
      worker: (m) => {
        if (m.type === "settings/get") return { ok: true, settings: stored };
        if (m.type === "settings/set") {
          stored = m.settings;
          return { ok: true };
        }
        return { ok: false, error: "?" };
      },
    });
    await new PopupApp(root, host).start();
    const sw = root.querySelector<HTMLInputElement>("#sw-site")!;
    sw.checked = false;
    sw.dispatchEvent(new Event("change"));
    for (let i = 0; i < 5; i++) await flush();
    expect(stored.disabledSites).toEqual(["other.org", "news.example.com"]);
    expect(host.toTab).toContainEqual({ type: "page/set-enabled", enabled: false });
    const sw2 = root.querySelector<HTMLInputElement>("#sw-site")!;
    sw2.checked = true;
    sw2.dispatchEvent(new Event("change"));
    for (let i = 0; i < 5; i++) await flush();
    expect(stored.disabledSites).toEqual(["other.org"]);
  });

  it("without tab.url (no activeTab) the site switch uses the URL the page reports", async () => {
    let stored: Record<string, unknown> = {};
    const state = { ok: true, status: "article", analysis: fixture(), colors: {}, enabled: true, siteEnabled: true, url: "https://www.example.org/a" };
    const host = fakeHost({
      tab: { id: 3 },
      replies: [state],
      worker: (m) => {
        if (m.type === "settings/get") return { ok: true, settings: stored };
        if (m.type === "settings/set") return (stored = m.settings), { ok: true };
        return { ok: false, error: "?" };
      },
    });
    await new PopupApp(root, host).start();
    const sw = root.querySelector<HTMLInputElement>("#sw-site")!;
    expect(sw.disabled).toBe(false);
    sw.checked = false;
    sw.dispatchEvent(new Event("change"));
    for (let i = 0; i < 5; i++) await flush();
    expect(stored.disabledSites).toEqual(["www.example.org"]);
  });

  it("without any URL the site switch is off limits", async () => {
    const host = fakeHost({ tab: { id: 3 } });
    await new PopupApp(root, host).start();
    expect(root.querySelector<HTMLInputElement>("#sw-site")!.disabled).toBe(true);
  });

  it("the glossary note appears only when the worker has an entry, and edits are saved debounced", async () => {
    const updates: Message[] = [];
    const host = fakeHost({
      worker: (m) => {
        if (m.type === "glossary/lookup")
          return { ok: true, entries: m.names[0] === "Vladimir Putin" ? { "Vladimir Putin": { id: "person:vladimir putin", kind: "person", name: "Vladimir Putin", aliases: [], note: "old", pinned: false, hidden: false, seenIn: 3, roles: [], quotes: [] } } : {} };
        if (m.type === "glossary/update") {
          updates.push(m);
          return { ok: true };
        }
        return { ok: false, error: "?" };
      },
    });
    await new PopupApp(root, host).start();
    const [putin, wray] = root.querySelectorAll<HTMLButtonElement>("button.person");
    wray!.click();
    await flush();
    expect(root.querySelector("textarea.note")).toBeNull();
    vi.useFakeTimers();
    putin!.click();
    await vi.waitFor(() => expect(root.querySelector("textarea.note")).not.toBeNull());
    const area = root.querySelector<HTMLTextAreaElement>("textarea.note")!;
    expect(area.value).toBe("old");
    expect(root.textContent).toContain("Seen in 3 articles");
    for (const v of ["n", "ne", "new"]) {
      area.value = v;
      area.dispatchEvent(new Event("input"));
    }
    expect(updates).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(updates).toEqual([{ type: "glossary/update", id: "person:vladimir putin", note: "new" }]);
  });

  it("export: copy falls back to a selected text box; download gets the file name and type", async () => {
    const host = fakeHost({ copyFails: true });
    await new PopupApp(root, host).start();
    root.querySelector<HTMLInputElement>("#fmt-json")!.click();
    root.querySelector<HTMLButtonElement>("#export-copy")!.click();
    await flush();
    const box = root.querySelector<HTMLTextAreaElement>(".export-fallback")!;
    expect(box.hidden).toBe(false);
    expect(JSON.parse(box.value)).toEqual(fixture());
    expect(root.textContent).toContain("Couldn't reach the clipboard");
    root.querySelector<HTMLInputElement>("#fmt-csv")!.click();
    root.querySelector<HTMLButtonElement>("#export-download")!.click();
    expect(host.download).toHaveBeenCalledWith(expect.stringMatching(/^kind,id,name/), "putin-wray-b-friends-b-cast.csv", "text/csv;charset=utf-8");
  });
});
