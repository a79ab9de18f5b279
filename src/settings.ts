/**
 * User settings: one typed object, stored in storage.local and mirrored to storage.sync so
 * they follow the user. Readers always merge over DEFAULTS, so an old or partial stored
 * object never breaks a context.
 */
export interface Settings {
  /** Highlight articles automatically when a page loads. */
  autoHighlight: boolean;
  /** Hostnames where Dramatis stays off entirely. */
  disabledSites: string[];
  /** Which kinds are painted. */
  kinds: { people: boolean; quotes: boolean; organizations: boolean; places: boolean; terms: boolean };
  /** "auto" follows the page's colour scheme. */
  theme: "auto" | "light" | "dark";
}

export const DEFAULT_SETTINGS: Settings = {
  autoHighlight: true,
  disabledSites: [],
  kinds: { people: true, quotes: true, organizations: true, places: true, terms: true },
  theme: "auto",
};

export const SETTINGS_KEY = "settings";

/** Merges a stored value (possibly partial, old or corrupt) over the defaults. */
export function normalizeSettings(stored: unknown): Settings {
  const s = (stored && typeof stored === "object" ? stored : {}) as Partial<Record<keyof Settings, unknown>>;
  const kinds = (s.kinds && typeof s.kinds === "object" ? s.kinds : {}) as Record<string, unknown>;
  const bool = (x: unknown, d: boolean) => (typeof x === "boolean" ? x : d);
  return {
    autoHighlight: bool(s.autoHighlight, DEFAULT_SETTINGS.autoHighlight),
    disabledSites: Array.isArray(s.disabledSites)
      ? s.disabledSites.filter((x): x is string => typeof x === "string").slice(0, 5_000)
      : [],
    kinds: {
      people: bool(kinds.people, true),
      quotes: bool(kinds.quotes, true),
      organizations: bool(kinds.organizations, true),
      places: bool(kinds.places, true),
      terms: bool(kinds.terms, true),
    },
    theme: s.theme === "light" || s.theme === "dark" ? s.theme : "auto",
  };
}
