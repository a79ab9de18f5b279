import { describe, expect, it } from "vitest";
import { errorShape } from "../../../bench/page-safety.mjs";

// The crawl counts a page error as the extension's only when no load without the extension
// throws the same error; "the same" must survive a page naming a different missing file.
describe("errorShape", () => {
  it("matches one failure that names different files of the page", () => {
    const a = "TypeError: Failed to fetch dynamically imported module: http://127.0.0.1:37081/_astro/client.DvXUb1gm.js";
    const b = "TypeError: Failed to fetch dynamically imported module: http://127.0.0.1:37081/_astro/header-wrapper.CPLKI1DD.js";
    expect(errorShape(a)).toBe(errorShape(b));
  });

  it("keeps errors of another kind apart, so one the extension causes still counts", () => {
    const page = "TypeError: Failed to fetch dynamically imported module: http://127.0.0.1:1/a.js";
    const ours = "TypeError: Cannot read properties of null (reading 'appendChild')\n    at http://127.0.0.1:1/a.js:3:9";
    expect(errorShape(ours)).not.toBe(errorShape(page));
    expect(errorShape(ours)).toContain("Cannot read properties of null");
  });

  it("masks addresses inside stack lines but keeps the line's shape", () => {
    expect(errorShape("Error: x\n    at f (http://127.0.0.1:5/app.js:1:2)")).toBe("Error: x\n    at f (<address>)");
  });
});
