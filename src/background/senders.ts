/**
 * Who may ask the worker what. Browser-free so the rules are unit-tested: the worker answers
 * only its own extension; content scripts (which run inside pages a hostile site controls)
 * get a narrow set of messages; the extension's own pages get everything.
 */
import type { MessageType } from "../messages";

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export type SenderKind = "extension-page" | "content-script";

/** Messages a content script may send; the rest change or reveal the whole glossary. */
export const CONTENT_ALLOWED: ReadonlySet<MessageType> = new Set<MessageType>([
  "hello",
  "article/analysed",
  "glossary/lookup",
  "terms/list",
  "settings/get",
  "engine/analyse",
]);

/**
 * `origin` is runtime.getURL("") (with its trailing slash). An extension page opened in a tab
 * also has sender.tab, so the URL decides, not the tab.
 */
export function classifySender(sender: SenderInfo, runtimeId: string, origin: string): SenderKind | null {
  if (!sender || sender.id !== runtimeId) return null;
  if (typeof sender.url === "string" && origin && sender.url.startsWith(origin)) return "extension-page";
  if (sender.tab && typeof sender.tab.id === "number") return "content-script";
  return null;
}

export function allowed(kind: SenderKind, type: MessageType): boolean {
  return kind === "extension-page" || CONTENT_ALLOWED.has(type);
}
