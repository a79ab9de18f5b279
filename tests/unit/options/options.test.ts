/**
 * The options page's own logic in jsdom, with the worker replaced by a fake: names from pages
 * render as text, a note typed in bursts is saved once per pause, and a refused import shows
 * the worker's sentence exactly and keeps the list.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";

const EVIL = `<img src=x onerror="globalThis.__pwned=1"> Eve`;
const NOW = "2026-01-01T00:00:00.000Z";

const worker = vi.hoisted(() => ({
  sent: [] as { type: string; [k: string]: unknown }[],
  entries: [] as Record<string, unknown>[],
  /** The page's runtime.onMessage listeners (the worker's broadcasts reach it there). */
  listeners: [] as ((m: unknown) => unknown)[],
  /** When set, the next glossary/list reply waits for this promise and then answers with the
   *  entries as they were when it was asked. */
  holdList: null as Promise<void> | null,
  /** When set, glossary/update answers only once this promise settles (a save in flight). */
  holdUpdate: null as Promise<void> | null,
  /** The order the fake worker saw things in: "update answered", "delete asked". */
  log: [] as string[],
  /** How many of the next messages find no worker listening (one being restarted). */
  unreachable: 0,
}));

vi.mock("webextension-polyfill", () => ({
  default: {
    i18n: { getMessage: () => "" },
    runtime: {
      onMessage: { addListener: (f: (m: unknown) => unknown) => worker.listeners.push(f) },
      sendMessage: async (m: { type: string; [k: string]: unknown }) => {
        if (worker.unreachable > 0) {
          worker.unreachable--;
          throw new Error("Could not establish connection. Receiving end does not exist.");
        }
        worker.sent.push(m);
        switch (m.type) {
          case "glossary/list": {
            const asked = [...worker.entries];
            const hold = worker.holdList;
            worker.holdList = null;
            if (hold) await hold;
            return { ok: true, entries: asked, total: asked.length };
          }
          case "terms/list":
            return { ok: true, terms: [] };
          case "settings/get":
            return { ok: true, settings: {} };
          case "glossary/update": {
            const hold = worker.holdUpdate;
            worker.holdUpdate = null;
            if (hold) await hold;
            worker.log.push("update answered");
            return { ok: true, entry: { ...worker.entries[0], note: m.note } };
          }
          case "glossary/delete":
            worker.log.push("delete asked");
            return { ok: false, error: "kept for the next test" };
          case "glossary/import":
            return { ok: false, error: "Import refused: entries[2].pinned: Invalid type: Expected boolean but received \"yes\"." };
          default:
            return { ok: false, error: `unexpected ${m.type}` };
        }
      },
    },
  },
}));

beforeAll(async () => {
  const html = readFileSync(resolve(import.meta.dirname, "../../../src/options/options.html"), "utf8");
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/, "").replace(/<\/html>[\s\S]*$/, "").replace(/<script[\s\S]*?<\/script>/g, "");
  worker.entries.push({
    id: "e1", kind: "person", name: EVIL, aliases: [EVIL, "Eve"], note: "", pinned: false, hidden: false, seenIn: 2,
    roles: [{ role: "<b>Spy</b>", title: "<i>Story</i>", url: "javascript:alert(1)", date: NOW }],
    quotes: [{ text: "<script>globalThis.__pwned=2</script>", title: "T", url: "https://news.example/a", date: NOW }],
    articles: [{ url: "https://news.example/a", title: "T", date: NOW }],
  });
  await import("../../../src/options/index");
  await vi.waitFor(() => expect(document.documentElement.dataset.ready).toBe("true"));
});

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

describe("options page", () => {
  it("shows names, roles and quotes from pages as text, never as markup or javascript: links", () => {
    const button = document.querySelector<HTMLButtonElement>("button.entry")!;
    expect(button.querySelector(".entry-name")!.textContent).toBe(EVIL);
    button.click();
    expect($("detail-name").textContent).toBe(EVIL);
    expect($("detail-roles").textContent).toContain("<b>Spy</b>");
    expect($("detail-quotes").textContent).toContain("<script>");
    expect(document.querySelectorAll("main img, main script, main b").length).toBe(0);
    expect([...document.querySelectorAll("a")].some((a) => a.href.startsWith("javascript:"))).toBe(false);
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it("saves a note typed in bursts once per pause, and says Saved", async () => {
    const note = $<HTMLTextAreaElement>("note");
    worker.sent.length = 0;
    for (const text of ["M", "Me", "Met", "Met in Geneva"]) {
      note.value = text;
      note.dispatchEvent(new Event("input"));
      await new Promise((r) => setTimeout(r, 50));
    }
    expect($("note-status").textContent).toBe("Saving…");
    await vi.waitFor(() => expect($("note-status").textContent).toBe("Saved"), { timeout: 2_000 });
    const updates = worker.sent.filter((m) => m.type === "glossary/update");
    expect(updates).toEqual([{ type: "glossary/update", id: "e1", note: "Met in Geneva" }]);
  });

  it("a refused import shows the worker's sentence exactly and leaves the list as it was", async () => {
    const input = $<HTMLInputElement>("import");
    const body = '{"format":"dramatis-glossary"';
    const file = new File([body], "bad.json", { type: "application/json" });
    // jsdom's File has no text(); browsers do
    Object.defineProperty(file, "text", { value: async () => body });
    Object.defineProperty(input, "files", { value: [file], configurable: true });
    input.dispatchEvent(new Event("change"));
    await vi.waitFor(() => expect($("backup-error").textContent).not.toBe(""));
    expect($("backup-error").textContent).toBe('Import refused: entries[2].pinned: Invalid type: Expected boolean but received "yes".');
    expect($("backup-error").getAttribute("role")).toBe("alert");
    expect(document.querySelectorAll("#entries button.entry")).toHaveLength(1);
    // the file's text went to the worker as it was
    expect(worker.sent.filter((m) => m.type === "glossary/import")).toEqual([{ type: "glossary/import", json: body }]);
  });

  it("a 50 MB file is refused before it is read, and a file that cannot be read says so; neither reaches the worker or changes the list", async () => {
    const input = $<HTMLInputElement>("import");
    const choose = (file: File) => {
      Object.defineProperty(input, "files", { value: [file], configurable: true });
      input.dispatchEvent(new Event("change"));
    };
    const importsBefore = worker.sent.filter((m) => m.type === "glossary/import").length;
    const huge = new File(["{}"], "huge.json", { type: "application/json" });
    Object.defineProperty(huge, "size", { value: 50_000_000 });
    let read = false;
    Object.defineProperty(huge, "text", { value: async () => ((read = true), "{}") });
    choose(huge);
    await vi.waitFor(() => expect($("backup-error").textContent).toBe("Import refused: the file is larger than 20 MB."));
    expect(read).toBe(false);
    // the file was moved or deleted after it was chosen: the browser's read fails
    const gone = new File(["{}"], "gone.json", { type: "application/json" });
    Object.defineProperty(gone, "text", { value: async () => Promise.reject(new DOMException("A requested file could not be found", "NotFoundError")) });
    choose(gone);
    await vi.waitFor(() => expect($("backup-error").textContent).toMatch(/^Import refused: the file could not be read \(.*A requested file could not be found\)\. Nothing was changed\.$/));
    expect(worker.sent.filter((m) => m.type === "glossary/import")).toHaveLength(importsBefore);
    expect(document.querySelectorAll("#entries button.entry")).toHaveLength(1);
  });

  it("a slow answer from before a deletion never brings the deleted entry back on screen", async () => {
    const names = () => [...document.querySelectorAll("#entries .entry-name")].map((n) => n.textContent);
    const ghost = { ...worker.entries[0], id: "ghost", name: "Ghost Writer", aliases: ["Ghost Writer"] };
    worker.entries.push(ghost);
    let release!: () => void;
    worker.holdList = new Promise<void>((r) => (release = r));
    // a change broadcast starts a refresh that answers late, with both entries
    for (const f of worker.listeners) f({ type: "terms/changed" });
    // the entry is deleted elsewhere and a second change broadcast answers at once
    worker.entries.pop();
    for (const f of worker.listeners) f({ type: "terms/changed" });
    await vi.waitFor(() => expect(worker.sent.filter((m) => m.type === "glossary/list").length).toBeGreaterThanOrEqual(2));
    await vi.waitFor(() => expect(names()).toEqual([EVIL]));
    release();
    await new Promise((r) => setTimeout(r, 50));
    expect(names()).toEqual([EVIL]);
  });

  it("a delete confirmed while the entry's note is still being saved is asked only after that save is answered", async () => {
    document.querySelector<HTMLButtonElement>("button.entry")!.click();
    const note = $<HTMLTextAreaElement>("note");
    let release!: () => void;
    worker.holdUpdate = new Promise<void>((r) => (release = r));
    worker.log.length = 0;
    note.value = "A long note written just before deleting";
    note.dispatchEvent(new Event("input"));
    note.dispatchEvent(new Event("blur")); // clicking Delete takes the focus: the note is sent
    const dialog = $<HTMLDialogElement>("confirm");
    // jsdom has no modal dialogs: the user's "Delete" is the dialog closing with "ok"
    dialog.showModal = () => undefined;
    $("delete").click();
    dialog.returnValue = "ok";
    dialog.dispatchEvent(new Event("close"));
    await new Promise((r) => setTimeout(r, 50));
    expect(worker.log).toEqual([]);
    release();
    await vi.waitFor(() => expect(worker.log).toEqual(["update answered", "delete asked"]));
  });

  it("a delete confirmed while the worker restarts slowly still reaches it", async () => {
    document.querySelector<HTMLButtonElement>("button.entry")!.click();
    worker.log.length = 0;
    const dialog = $<HTMLDialogElement>("confirm");
    dialog.showModal = () => undefined;
    $("delete").click();
    // a worker being started on a loaded machine: nobody listens for a few seconds
    worker.unreachable = 7;
    dialog.returnValue = "ok";
    dialog.dispatchEvent(new Event("close"));
    await vi.waitFor(() => expect(worker.log).toEqual(["delete asked"]), { timeout: 9_000, interval: 100 });
    expect(worker.unreachable).toBe(0);
    expect($("note-status").textContent).not.toMatch(/Could not establish connection/);
  }, 15_000);
});
