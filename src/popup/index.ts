/**
 * Popup entry: wires PopupApp to the real browser.
 *
 * Which tab: normally the active tab of the popup's window. `popup.html?tab=<id>` picks a tab
 * by id instead, so tests (and anyone opening the popup as a page of its own) can point it at
 * a tab; it only reads that tab's state through the same messages as the toolbar popup.
 */
import type Browser from "webextension-polyfill";
import { PopupApp, type PopupHost, type TabInfo } from "./app";
import { t } from "./strings";

/**
 * Firefox's own `browser` or Chromium's MV3 `chrome`: both return promises for every call made
 * here, so the popup skips the polyfill (a third of its bundle, parsed on every open).
 */
const browser = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as typeof Browser;

function tabFromQuery(): number | null {
  const raw = new URLSearchParams(location.search).get("tab");
  if (!raw || !/^\d{1,10}$/.test(raw)) return null;
  return Number(raw);
}

function toInfo(tab: Browser.Tabs.Tab | undefined): TabInfo | null {
  if (!tab || typeof tab.id !== "number") return null;
  return { id: tab.id, url: tab.url, title: tab.title, status: tab.status };
}

/** The part of the scripting API the popup uses (the "scripting" permission; the tab's host
 *  access comes from activeTab, granted when the user opens the popup on it). */
interface Scripting {
  executeScript(injection: { target: { tabId: number; frameIds: number[] }; func: () => boolean }): Promise<{ result?: unknown }[]>;
}

/** Tabs whose content script has registered its message listener at our request. */
const listening = new Set<number>();

/**
 * The content script listens for messages only on articles (registering a listener costs every
 * page ~1.7 ms in Chromium): on another page, asks it to start, in its own world, before the
 * first message. Nothing is lost when this fails (no permission on the tab, a browser page, the
 * page still loading): the message is sent as before, and the popup's retries ask again.
 */
async function wake(tabId: number): Promise<void> {
  if (listening.has(tabId)) return;
  const scripting = (browser as unknown as { scripting?: Scripting }).scripting;
  const results = await scripting
    ?.executeScript({
      target: { tabId, frameIds: [0] },
      func: () => {
        const listen = (globalThis as { __dramatisListen?: () => void }).__dramatisListen;
        listen?.();
        return typeof listen === "function";
      },
    })
    .catch(() => undefined);
  if (results?.[0]?.result === true) listening.add(tabId);
}

const host: PopupHost = {
  async getTab() {
    const id = tabFromQuery();
    if (id !== null) return toInfo(await browser.tabs.get(id));
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return toInfo(tab);
  },
  // Only the top frame runs the content script; frameId 0 keeps replies from anywhere else out.
  async sendToTab(tabId, message) {
    await wake(tabId);
    return browser.tabs.sendMessage(tabId, message, { frameId: 0 });
  },
  sendToWorker: (message) => browser.runtime.sendMessage(message),
  hasHostPermission: (pattern) => browser.permissions.contains({ origins: [pattern] }),
  requestHostPermission: () => browser.permissions.request({ origins: ["<all_urls>"] }),
  async copy(text) {
    await navigator.clipboard.writeText(text);
  },
  download(text, name, mime) {
    const url = URL.createObjectURL(new Blob([text], { type: mime }));
    const a = document.createElement("a");
    a.href = url;
    a.download = name;
    a.hidden = true;
    document.body.append(a);
    a.click();
    a.remove();
    // the download has its own copy once started; free the Blob a little later
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  },
};

document.title = t("popupTitle");
const root = document.getElementById("app");
if (root) void new PopupApp(root, host).start();
