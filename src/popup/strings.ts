/**
 * The popup's English strings. _locales/en/messages.json carries the same keys (a unit test
 * keeps the two equal); this table is what t() falls back to when the i18n API is missing
 * (jsdom) or a locale lacks a key, so the popup never shows a bare key to a user.
 * Substitutions are positional ($1, $2), as browser.i18n.getMessage does them.
 */
export const POPUP_STRINGS = {
  popupTitle: "Dramatis — the article's cast",
  popupLoading: "Reading the article…",
  popupNotArticle: "This page doesn't look like a news article.",
  popupNotEnglish: "This article doesn't seem to be in English, the only language Dramatis reads.",
  popupAnalyseAnyway: "Analyse anyway",
  popupNoPeople: "No people found in this article.",
  popupCantRun: "Dramatis can't run on this page.",
  popupReasonBrowserPage: "This is one of the browser's own pages, which extensions are not allowed to read.",
  popupReasonStore: "Browsers don't let extensions run on their add-on stores.",
  popupReasonViewSource: "This is the page's source code view, not the page itself.",
  popupReasonPdf: "This is a PDF document, not a web page, so there is no article text to read.",
  popupReasonExtension: "This page belongs to an extension, not to a website.",
  popupReasonFile: "Dramatis only reads web pages; open this file from a website instead.",
  popupReasonNoScript: "Dramatis isn't running in this tab yet. Reload the page and try again.",
  popupNeedsPermission: "Dramatis needs your permission to read pages on this site.",
  popupGrantPermission: "Allow Dramatis to read pages",
  popupPermissionDenied: "Permission was not granted.",
  popupDisabled: "Dramatis is turned off for this site.",
  popupError: "Something went wrong: $1",
  popupHighlightsSwitch: "Highlights on this page",
  popupSiteSwitch: "On this site",
  popupTabCast: "Cast",
  popupTabQuotes: "Quotes",
  popupFilterLabel: "Filter people",
  popupFilterPlaceholder: "Name, alias or role",
  popupFilterNoMatch: "Nobody matches “$1”.",
  popupMentionsOne: "1 mention",
  popupMentionsMany: "$1 mentions",
  popupQuotesOne: "1 quote",
  popupQuotesMany: "$1 quotes",
  popupNoRole: "No role given",
  popupPrevious: "Previous mention",
  popupNext: "Next mention",
  popupMentionPosition: "Mention $1 of $2",
  popupOrganizations: "Organisations ($1)",
  popupPlaces: "Places ($1)",
  popupUnattributed: "Unattributed",
  popupNoQuotes: "No quotations found in this article.",
  popupNoteLabel: "Your note on $1",
  popupNoteSaved: "Note saved",
  popupSeenIn: "Seen in $1 articles",
  popupSeenInOne: "Seen in 1 article",
  popupExport: "Export",
  popupExportFormat: "Format",
  popupExportMarkdown: "Markdown",
  popupExportCsv: "CSV",
  popupExportJson: "JSON",
  popupCopy: "Copy",
  popupDownload: "Download",
  popupCopied: "Copied to the clipboard.",
  popupCopyFailed: "Couldn't reach the clipboard: the text is selected below, press Ctrl+C to copy it.",
  popupDownloaded: "Download started.",
  popupUntitled: "Untitled article",
  popupViews: "Views",
  popupColName: "Name",
  popupColRole: "Role",
  popupColMentions: "Mentions",
  popupColQuotes: "Quotes",
} as const;

export type PopupKey = keyof typeof POPUP_STRINGS;

type GetMessage = (key: string, subs?: string[]) => string;

function nativeI18n(): { getMessage: GetMessage } | null {
  // No polyfill import here: i18n.getMessage is synchronous and exists as chrome.i18n in both
  // browsers, and keeping this module free of the polyfill lets jsdom tests load it.
  const g = globalThis as { browser?: { i18n?: { getMessage?: GetMessage } }; chrome?: { i18n?: { getMessage?: GetMessage } } };
  const api = g.browser?.i18n ?? g.chrome?.i18n;
  return api && typeof api.getMessage === "function" ? (api as { getMessage: GetMessage }) : null;
}

/** A localised string; the English table when the locale has no such key. */
export function t(key: PopupKey, ...subs: (string | number)[]): string {
  const args = subs.map(String);
  const native = nativeI18n();
  if (native) {
    try {
      // called on its object: Chromium's bindings throw "Illegal invocation" when detached
      const got = native.getMessage(key, args);
      if (got) return got;
    } catch {
      /* an unknown key throws in some builds: fall through to English */
    }
  }
  return POPUP_STRINGS[key].replace(/\$(\d)/g, (m, d: string) => args[Number(d) - 1] ?? m);
}

/** "1 mention" / "3 mentions": a plural needs two keys, not string surgery. */
export function plural(n: number, one: PopupKey, many: PopupKey): string {
  return n === 1 ? t(one) : t(many, n);
}
