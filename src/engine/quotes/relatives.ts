/**
 * A lone surname that several people in the text share ("Clinton" among Hillary and Bill, "Mrs.
 * Abedini" among Saeed and Naghmeh) names whichever relative the sentence makes it: the one of the
 * sex a courtesy title before it gives, or the one a "he"/"she" after it points back to. The
 * finder groups each lone surname with one relative by who was named in full near it; the
 * speaker rules re-read that choice where the text says the sex outright.
 */
import type { Person } from "../types";
import { type Gender, givenNameSex } from "./gender";

/** The sex a person's given name gives (the first name word before the surname that has one). */
function nameSex(name: string): Gender | undefined {
  const ws = name.split(/\s+/);
  for (let i = 0; i < ws.length - 1; i++) {
    const g = givenNameSex(ws[i]!.toLowerCase().replace(/\.$/, ""));
    if (g) return g;
  }
  return undefined;
}

/** The surname of a name: its last word, past "Jr."/"Sr."/"II". */
function surnameOf(name: string): string {
  const ws = name.split(/\s+/);
  while (ws.length > 1 && /^(?:Jr|Sr|II|III|IV)\.?$/.test(ws[ws.length - 1]!)) ws.pop();
  return ws[ws.length - 1]!.replace(/,$/, "");
}

const COURTESY = /(?:^|[^\p{L}])(Mr|Mrs|Ms|Miss)\.?\s+$/u;

/** The sex of a courtesy title written right before `at` ("Mrs. Clinton"), or undefined. */
export function titleSexBefore(text: string, at: number): Gender | undefined {
  const t = COURTESY.exec(text.slice(Math.max(0, at - 6), at))?.[1];
  return t ? (t === "Mr" ? "m" : "f") : undefined;
}

/**
 * `(start, end, id, sex)`: who the mention [start, end) of person `id` stands for when the text
 * gives it sex `sex`. Only a lone surname (the mention is the person's surname alone) that
 * another person shares moves, and only when `id`'s given name has the other sex and exactly one
 * relative fits: of `sex` by their given name, else (none has it) the one whose name tells nothing.
 */
export function relativeReader(text: string, people: readonly Person[]): (start: number, end: number, id: string, sex: Gender) => string {
  const bySurname = new Map<string, Person[]>();
  for (const p of people) {
    const s = surnameOf(p.name);
    const group = bySurname.get(s);
    if (group) group.push(p);
    else bySurname.set(s, [p]);
  }
  const shared = new Map<string, Person[]>();
  for (const p of people) {
    const group = bySurname.get(surnameOf(p.name))!;
    if (group.length > 1) shared.set(p.id, group);
  }
  if (!shared.size) return (_s, _e, id) => id;
  const sexes = new Map<string, Gender | undefined>();
  const sexOf = (p: Person) => {
    if (!sexes.has(p.id)) sexes.set(p.id, nameSex(p.name));
    return sexes.get(p.id);
  };
  return (start, end, id, sex) => {
    const group = shared.get(id);
    if (!group) return id;
    const self = group.find((p) => p.id === id)!;
    const own = sexOf(self);
    if (own === undefined || own === sex || text.slice(start, end).replace(/['’]s$/, "") !== surnameOf(self.name)) return id;
    const same = group.filter((p) => p !== self && sexOf(p) === sex);
    if (same.length === 1) return same[0]!.id;
    const unknown = same.length ? [] : group.filter((p) => p !== self && sexOf(p) === undefined);
    return unknown.length === 1 ? unknown[0]!.id : id;
  };
}
