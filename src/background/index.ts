/** Background worker entry. (Skeleton: the message router; issue 7 adds the glossary.) */
import browser from "webextension-polyfill";
import { parseMessage } from "../messages";

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return Promise.resolve({ ok: false, error: "Dramatis: unknown sender" });
  const parsed = parseMessage(raw);
  if (!parsed.ok) return Promise.resolve({ ok: false, error: parsed.error });
  if (parsed.message.type === "hello") return Promise.resolve({ ok: true, context: "background" });
  return Promise.resolve({ ok: false, error: `Dramatis: no handler for "${parsed.message.type}"` });
});
