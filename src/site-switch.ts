/**
 * The per-site switch, read the same way by the content script (before painting) and by the
 * background worker (before analysing a page's text): a listed domain turns off its subdomains too.
 */
import type { Settings } from "./settings";

/** False when the user turned Dramatis off for this host (or a domain above it). */
export function siteAllowed(settings: Pick<Settings, "disabledSites">, hostname: string): boolean {
  const host = hostname.toLowerCase();
  return !settings.disabledSites.some((s) => {
    const d = s.trim().toLowerCase();
    return d && (host === d || host.endsWith(`.${d}`));
  });
}
