/**
 * The extension calls content.js makes, straight on the browser's own API instead of
 * through webextension-polyfill: the polyfill is 9.7 KB that every page would parse, for calls
 * both browsers already answer with promises in MV3 (Firefox's `browser`, Chromium's `chrome`).
 * The one difference left is onMessage: Chromium ignores a promise a listener returns, so a reply
 * goes through sendResponse (with `return true` to keep the channel open), which both accept.
 */
import type { Runtime } from "webextension-polyfill";

/** The part of runtime.Port the content script uses (both browsers' native object). */
export interface NativePort {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

interface NativeApi {
  runtime: {
    id: string;
    sendMessage(message: unknown): Promise<unknown>;
    connect(info: { name: string }): NativePort;
    onMessage: {
      addListener(listener: (message: unknown, sender: Runtime.MessageSender, sendResponse: (reply: unknown) => void) => boolean | undefined): void;
    };
  };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}

declare const chrome: NativeApi;
declare const browser: NativeApi;

/** Chosen at build time (__BROWSER__): each build ships for one browser. */
const api = (): NativeApi => (__BROWSER__ === "firefox" ? browser : chrome);

export const extensionId = (): string => api().runtime.id;

export function sendMessage(message: unknown): Promise<unknown> {
  try {
    return api().runtime.sendMessage(message);
  } catch (e) {
    // an invalidated context (the extension was reloaded) throws instead of rejecting
    return Promise.reject(e);
  }
}

/** A port to the background worker; null when the extension's context is gone. */
export function connect(name: string): NativePort | null {
  try {
    return api().runtime.connect({ name });
  } catch {
    return null;
  }
}

export function storageGet(key: string): Promise<Record<string, unknown>> {
  try {
    return api().storage.local.get(key);
  } catch (e) {
    return Promise.reject(e);
  }
}

/** `handler` answers with a promise of the reply, or undefined to leave the message to others. */
export function onMessage(handler: (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined): void {
  api().runtime.onMessage.addListener((message, sender, sendResponse) => {
    const reply = handler(message, sender);
    if (!reply) return false;
    reply.then(sendResponse, (e: unknown) => sendResponse({ ok: false, error: `Dramatis: ${e instanceof Error ? e.message : String(e)}` }));
    return true;
  });
}
