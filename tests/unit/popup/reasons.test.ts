import { describe, expect, it } from "vitest";
import { permissionOrigin, siteOf, unsupportedReason } from "../../../src/popup/reasons";

describe("can't run here", () => {
  it.each([
    ["chrome://extensions/", "popupReasonBrowserPage"],
    ["about:addons", "popupReasonBrowserPage"],
    ["about:blank", "popupReasonBrowserPage"],
    ["edge://settings", "popupReasonBrowserPage"],
    ["https://chromewebstore.google.com/detail/abc", "popupReasonStore"],
    ["https://chrome.google.com/webstore/detail/abc", "popupReasonStore"],
    ["https://addons.mozilla.org/en-US/firefox/addon/x/", "popupReasonStore"],
    ["view-source:https://example.com/", "popupReasonViewSource"],
    ["https://example.com/report.PDF", "popupReasonPdf"],
    ["file:///home/me/paper.pdf", "popupReasonPdf"],
    ["file:///home/me/page.html", "popupReasonFile"],
    ["moz-extension://abc/options.html", "popupReasonExtension"],
    ["chrome-extension://abc/popup.html", "popupReasonExtension"],
    ["not a url", "popupReasonBrowserPage"],
  ])("%s → %s", (url, reason) => {
    expect(unsupportedReason(url)).toBe(reason);
  });

  it.each(["https://www.nytimes.com/2020/10/07/world/putin.html", "http://127.0.0.1:8080/demo.html", "https://example.com/pdf-guide/", "https://chrome.google.com/intl/en/chrome/"])(
    "%s may run",
    (url) => expect(unsupportedReason(url)).toBeNull(),
  );

  it("leaves an unknown URL to messaging", () => {
    expect(unsupportedReason(undefined)).toBeNull();
  });

  it("gives the origin for permissions and the host for the site switch", () => {
    expect(permissionOrigin("https://news.example.com:8443/a?b")).toBe("https://news.example.com:8443");
    expect(permissionOrigin("chrome://newtab")).toBeNull();
    expect(siteOf("https://news.example.com/a")).toBe("news.example.com");
    expect(siteOf("about:blank")).toBeNull();
  });
});
