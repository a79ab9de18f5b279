import { describe, expect, it } from "vitest";
import { attribute } from "../../../bench/browser/trace-cpu.mjs";

// Chromium's trace names the file of a module's compile but not of its evaluation (empty args):
// the content scripts' CPU must still count what our imported modules run, and never a module
// of the page's own.
const ours = "chrome-extension://abc/content-main.js";
const x = (name: string, ts: number, dur: number, args: unknown = {}) => ({ name, ph: "X", pid: 1, tid: 1, ts, dur, tdur: dur, args });

describe("attribute", () => {
  it("counts the evaluation of a module the content script imported", () => {
    const events = [x("v8.compileModule", 0, 100, { data: { url: ours } }), x("v8.evaluateModule", 500, 4_000)];
    expect(attribute(events)["v8.evaluateModule"]).toBeCloseTo(4);
    expect(attribute(events).total).toBeCloseTo(4.1);
  });

  it("leaves the page's own modules out", () => {
    const page = "http://127.0.0.1/app.js";
    const events = [x("v8.compileModule", 0, 100, { data: { url: page } }), x("v8.evaluateModule", 500, 4_000), x("EvaluateScript", 9_000, 2_000, { data: { url: "chrome-extension://abc/content.js" } })];
    expect(attribute(events)["v8.evaluateModule"]).toBeUndefined();
    expect(attribute(events).total).toBeCloseTo(2);
  });
});
