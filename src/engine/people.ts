import type { Person } from "./types";

/** Person names in `text`, one entry per person, in order of first mention. (Stub: issue 4.) */
export function findPeople(_text: string): Person[] {
  return [];
}
