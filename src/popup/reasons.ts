/**
 * Why Dramatis cannot run on a tab, decided from its URL alone (before asking the content
 * script, which is not there on these pages and would only answer with a connection error).
 */
import type { PopupKey } from "./strings";

/** Hosts where both browsers refuse content scripts: their add-on stores. */
const STORE_HOSTS = new Set(["chrome.google.com", "chromewebstore.google.com", "addons.mozilla.org", "microsoftedge.microsoft.com"]);

/** The string key that explains why the page cannot be read, or null if it may be readable. */
export function unsupportedReason(url: string | undefined | null): PopupKey | null {
  // No URL at all: the browser hides it (its own pages, or no permission); messaging decides.
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return "popupReasonBrowserPage";
  }
  const scheme = u.protocol;
  if (scheme === "view-source:") return "popupReasonViewSource";
  if (scheme === "chrome-extension:" || scheme === "moz-extension:" || scheme === "extension:") return "popupReasonExtension";
  if (scheme === "http:" || scheme === "https:") {
    const host = u.hostname.toLowerCase();
    if (host === "chrome.google.com" && !u.pathname.startsWith("/webstore")) {
      // only the store part of chrome.google.com is closed to extensions
    } else if (STORE_HOSTS.has(host)) {
      return "popupReasonStore";
    }
    if (isPdfPath(u.pathname)) return "popupReasonPdf";
    return null;
  }
  if (scheme === "file:") return isPdfPath(u.pathname) ? "popupReasonPdf" : "popupReasonFile";
  // chrome:, about:, edge:, brave:, devtools:, data:, blob:, javascript: …
  return "popupReasonBrowserPage";
}

function isPdfPath(pathname: string): boolean {
  return /\.pdf$/i.test(pathname);
}

/** The origin to ask host permission for, or null for URLs that have none. */
export function permissionOrigin(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.origin : null;
  } catch {
    return null;
  }
}

/** The hostname the "On this site" switch applies to. */
export function siteOf(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.hostname : null;
  } catch {
    return null;
  }
}
