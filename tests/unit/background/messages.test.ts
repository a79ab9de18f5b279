/**
 * The message schema is the one gate between contexts: whatever arrives (a wrong type, an extra
 * key, a prototype key, NaN, a deep or huge value) is refused with a short sentence naming the
 * message and the place, never thrown, never acted on, and never echoing megabytes back.
 */
import { describe, expect, it } from "vitest";
import { parseMessage } from "../../../src/messages";
import { hostileVariants, VALID } from "./hostile-messages";

describe("parseMessage on hostile input", () => {
  it("accepts one well-formed example of every message (so the variants below test the faults, not the examples)", () => {
    for (const m of VALID) expect(parseMessage(m), m.type).toMatchObject({ ok: true, message: { type: m.type } });
  });

  it("refuses every hostile variant with a short sentence naming the message, and pollutes no prototype", () => {
    const variants = hostileVariants();
    expect(variants.length).toBeGreaterThan(300);
    for (const [what, raw] of variants) {
      const r = parseMessage(raw);
      expect(r.ok, what).toBe(false);
      if (r.ok) continue;
      expect(r.error, what).toMatch(/^Dramatis: malformed message/);
      // a clear sentence: not the sender's megabytes echoed back
      expect(r.error.length, what).toBeLessThan(600);
      const type = raw && typeof raw === "object" && "type" in raw ? (raw as { type: unknown }).type : undefined;
      if (typeof type === "string" && type.length < 60) expect(r.error, what).toContain(`"${type}"`);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
