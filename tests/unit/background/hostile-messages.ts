/**
 * One valid example of every message in the protocol, and hostile variants of each: every
 * field given a value of the wrong kind (NaN, Infinity, null, objects, arrays, deep nesting, a
 * 3-million-character string where a number or flag belongs), a required field left out, and
 * keys the schema does not have (prototype keys, a megabyte-long key). Shared by the schema
 * test and the worker test, which both expect every variant refused.
 */
import type { Message } from "../../../src/messages";

const person = { name: "Vladimir Putin", aliases: ["Putin"], role: "President", mentions: 3, quotes: ["We are ready."] };

export const VALID: Message[] = [
  { type: "hello" },
  { type: "article/analysed", url: "https://news.example/a", title: "A", people: [person], organizations: [], places: [] },
  { type: "glossary/lookup", names: ["Putin"] },
  { type: "glossary/list", query: "put", limit: 10 },
  { type: "glossary/update", id: "g1", note: "n", pinned: true, hidden: false },
  { type: "glossary/delete", id: "g1" },
  { type: "glossary/restore", id: "g1" },
  { type: "glossary/export" },
  { type: "glossary/import", json: "{}" },
  { type: "glossary/clear" },
  { type: "terms/add", term: "NATO", note: "n" },
  { type: "terms/list" },
  { type: "settings/get" },
  { type: "settings/set", settings: { theme: "dark" } },
  { type: "page/get-analysis" },
  { type: "page/analyse-anyway" },
  { type: "page/scroll-to", kind: "person", id: "p1", index: 0 },
  { type: "page/set-enabled", enabled: true },
  { type: "page/toggle" },
  { type: "page/next-person", direction: -1 },
  { type: "terms/changed" },
  { type: "engine/analyse", text: "Putin said so.", title: "A", host: "news.example" },
];

function deep(levels: number): unknown {
  let o: unknown = "bottom";
  for (let i = 0; i < levels; i++) o = { a: [o] };
  return o;
}

const HUGE = "9".repeat(3_000_000);

/** `settings/set`'s settings is an open record the worker normalises: only its non-object
 *  replacements are faults. */
function wrongValues(value: unknown, key: string): unknown[] {
  const common: unknown[] = [NaN, Infinity, -Infinity, null, true, [], [[[]]], deep(2_000)];
  if (key === "settings") return [NaN, null, "x", 5, true];
  if (typeof value === "string") return [...common, 5, { toString: "x" }];
  return [...common, HUGE, "", "1", -1.5];
}

/** [a label saying what was done, the hostile message]. */
export function hostileVariants(): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const m of VALID) {
    const fields = Object.entries(m).filter(([k]) => k !== "type");
    for (const [k, value] of fields) {
      const faults = wrongValues(value, k).filter((bad) => typeof value === "number" || typeof bad !== typeof value);
      for (const bad of faults) out.push([`${m.type}.${k} = ${typeof bad}`, { ...m, [k]: bad }]);
    }
    // each required field missing (the optional ones are allowed to be absent)
    const optional = new Set(["organizations", "places", "query", "limit", "note", "pinned", "hidden", "index", "direction", "host"]);
    for (const [k] of fields.filter(([k]) => !optional.has(k))) {
      const { [k]: _dropped, ...rest } = m as Record<string, unknown>;
      out.push([`${m.type} without ${k}`, rest]);
    }
    // JSON.parse makes "__proto__" an own key, as a structured clone of a page's object would
    out.push([`${m.type} + __proto__`, { ...m, ...(JSON.parse('{"__proto__": {"polluted": true}}') as object) }]);
    out.push([`${m.type} + constructor`, { ...m, constructor: { prototype: { polluted: true } } }]);
    out.push([`${m.type} + long key`, { ...m, ["k".repeat(1_000_000)]: 1 }]);
  }
  out.push(["a type 3 million characters long", { type: HUGE }]);
  out.push(["no type", { names: ["x"] }]);
  for (const raw of [null, undefined, 0, "hello", [], [{ type: "hello" }], deep(5_000)]) out.push([`top level ${Array.isArray(raw) ? "array" : typeof raw}`, raw]);
  return out;
}
