import { describe, expect, it } from "vitest";
import { isEditable, noEditableIn } from "../../../src/content/paint";
import { detectTheme, parseCssColor } from "../../../src/content/theme";
import { summarize, validGlossaryView } from "../../../src/content/summary";
import { parseMessage } from "../../../src/messages";
import { analyzeText } from "../../../src/engine/analyze";

describe("never painting where the user types", () => {
  it("text inside contenteditable, textarea or input is editable; plain prose and contenteditable=false are not", () => {
    document.body.innerHTML = `
      <p id="prose">Vladimir Putin said</p>
      <div contenteditable="true"><p id="edit">Vladimir Putin said</p></div>
      <div contenteditable="true"><span contenteditable="false" id="locked">Putin</span></div>
      <textarea id="ta">Putin</textarea>`;
    const text = (id: string) => document.getElementById(id)!.firstChild!;
    expect(isEditable(text("prose"))).toBe(false);
    expect(isEditable(text("edit"))).toBe(true);
    expect(isEditable(text("ta"))).toBe(true);
    expect(isEditable(text("locked"))).toBe(true); // inside an editable host all the same
  });

  it("an article is free of editable text only when nothing in it, around it or in the document is editable", () => {
    document.body.innerHTML = `
      <article id="plain"><p>Vladimir Putin said</p></article>
      <article id="field"><p>Putin</p><form><input value="Putin"></form></article>
      <article id="comment"><p>Putin</p><div contenteditable="plaintext-only">reply</div></article>
      <article id="locked"><p contenteditable="false">Putin</p></article>
      <div contenteditable="true"><article id="inside"><p>Putin</p></article></div>`;
    const el = (id: string) => document.getElementById(id)!;
    expect(noEditableIn(el("plain"))).toBe(true);
    expect(noEditableIn(el("field"))).toBe(false);
    expect(noEditableIn(el("comment"))).toBe(false);
    expect(noEditableIn(el("locked"))).toBe(true);
    expect(noEditableIn(el("inside"))).toBe(false);
    document.designMode = "on";
    try {
      expect(noEditableIn(el("plain"))).toBe(false);
    } finally {
      document.designMode = "off";
    }
  });
});

describe("light or dark page", () => {
  it("reads computed colours in both syntaxes", () => {
    expect(parseCssColor("rgb(18, 20, 23)")).toEqual([18, 20, 23, 1]);
    expect(parseCssColor("rgba(0, 0, 0, 0)")).toEqual([0, 0, 0, 0]);
    expect(parseCssColor("rgb(255 255 255 / 50%)")).toEqual([255, 255, 255, 0.5]);
    expect(parseCssColor("transparent")).toBeNull();
  });

  it("follows the background actually behind the article, not the OS", () => {
    document.body.innerHTML = `<main id="m" style="background-color: rgb(18, 20, 23)"><p id="p">x</p></main><div id="w"><p id="q">y</p></div>`;
    expect(detectTheme(document, document.getElementById("p"))).toBe("dark");
    document.body.style.backgroundColor = "rgb(255, 255, 255)";
    expect(detectTheme(document, document.getElementById("q"))).toBe("light");
    // a faint tint over white is still a light page
    document.getElementById("w")!.style.backgroundColor = "rgba(0, 0, 0, 0.05)";
    expect(detectTheme(document, document.getElementById("q"))).toBe("light");
  });
});

describe("the summary sent to the worker", () => {
  it("is a valid protocol message even for absurd names and quotations", () => {
    const a = analyzeText('Vladimir Putin said "we will see." Putin left.');
    a.people.push({ id: "px", name: "N".repeat(5_000), aliases: Array.from({ length: 80 }, (_, i) => `A${i}`.repeat(300)), role: "r".repeat(9_000), mentions: [] });
    a.quotes.push({ start: 0, end: 1, text: "q".repeat(50_000), speaker: "px", cue: null });
    const msg = summarize(a, `https://example.com/${"x".repeat(9_000)}`);
    expect(parseMessage(msg)).toMatchObject({ ok: true });
    const putin = msg.people.find((p) => p.name === "Vladimir Putin");
    expect(putin).toMatchObject({ mentions: 2 });
    expect(putin!.quotes).toEqual(["we will see."]);
  });

  it("worker replies are checked before the card reads them", () => {
    expect(validGlossaryView({ id: "g", name: "n", aliases: [], note: "", seenIn: 2 })).toBe(true);
    expect(validGlossaryView({ id: "g", name: "n", aliases: [1], note: "", seenIn: 2 })).toBe(false);
    expect(validGlossaryView({ id: "g", name: "n", aliases: [], note: { toString: "x" }, seenIn: 2 })).toBe(false);
    expect(validGlossaryView(null)).toBe(false);
  });
});
