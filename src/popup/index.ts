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

const host: PopupHost = {
  async getTab() {
    const id = tabFromQuery();
    if (id !== null) return toInfo(await browser.tabs.get(id));
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return toInfo(tab);
  },
  // Only the top frame runs the content script; frameId 0 keeps replies from anywhere else out.
  sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }),
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
