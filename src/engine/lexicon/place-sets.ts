import { CITIES, COUNTRIES, REGIONS } from "./places";
import { DEMONYM } from "./demonym";

/**
 * The place lists of places.ts as lower-case sets, one of each for every module (roles, entities,
 * people, the tagger's features each built its own unions of the same words), each built on its
 * first question: a page that never asks about cities never splits them. A union is asked as
 * several questions ("a country, a region or a nationality"): the same answers as one merged set.
 */
let countries: Set<string> | null = null;
let cities: Set<string> | null = null;
let regions: Set<string> | null = null;
const lowerSet = (s: string) => new Set(s.toLowerCase().split("|"));

/** A country or one of its names ("russia", "united states", "uk"), lower case. */
export const isCountry = (lw: string): boolean => (countries ??= lowerSet(COUNTRIES)).has(lw);
/** A city ("london", "kuala lumpur"), lower case. */
export const isCity = (lw: string): boolean => (cities ??= lowerSet(CITIES)).has(lw);
/** A region, state or province ("ohio", "bavaria"), lower case. */
export const isRegion = (lw: string): boolean => (regions ??= lowerSet(REGIONS)).has(lw);
/** A nationality word ("russian"), lower case. */
export const isDemonym = (lw: string): boolean => DEMONYM.has(lw);
/** A country, city or region: people.ts's PLACE set (its line `const PLACE = new Set([COUNTRIES,
 *  CITIES, REGIONS]…)` can become `PLACE.has(x)` → `isPlaceName(x)`). */
export const isPlaceName = (lw: string): boolean => isCountry(lw) || isCity(lw) || isRegion(lw);

export { DEMONYM };
