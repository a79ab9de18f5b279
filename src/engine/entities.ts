import type { Entity, Person } from "./types";

export interface Entities {
  organizations: Entity[];
  places: Entity[];
}

/** Organisations and places in `text`. (Stub: issue 10.) */
export function findEntities(_text: string, _people: readonly Person[]): Entities {
  return { organizations: [], places: [] };
}
