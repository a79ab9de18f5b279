/**
 * Where a link leads: to another page of the site, or off it. A site's own furniture (menus,
 * tags, "related" lists, tables of contents) links within the site; a list the writing makes of
 * things elsewhere (the works it cites, the patches it sent, each hotel's official website) links
 * away. Read from the href string alone: no URL object per link on a page of thousands.
 */

/** A link to this site (or one whose address says nothing of its host: relative, an anchor). */
export const SITE_LINK = 1;
/** A link to another host. */
export const AWAY_LINK = 2;

const HOST = /^(?:https?:)?\/\/([^/?#:@]+)(?::\d+)?(?:[/?#]|$)/i;

/** The host's last two labels ("news.example.com" → "example.com"): sister hosts of one site
 *  (www., blog., shop.) count as the site. A two-part public suffix ("bbc.co.uk" → "co.uk")
 *  then takes more hosts for the site than it should, which only keeps a link-dense block out
 *  as it was kept out before. */
export function siteOf(url: string | null | undefined): string {
  const m = url ? HOST.exec(url) : null;
  if (!m) return "";
  const labels = m[1]!.toLowerCase().split(".");
  return labels.slice(-2).join(".");
}

/** SITE_LINK or AWAY_LINK for an <a>'s href on a page of `site` (siteOf its address). A link
 *  away with a query string is tracked (an affiliate's "Check price at …", a newsletter's
 *  campaign links, a redirect): it sells or promotes, and counts as the site's own. */
export function linkKind(href: string | null, site: string): number {
  if (!href || !site || href.includes("?")) return SITE_LINK;
  const away = siteOf(href);
  return away && away !== site ? AWAY_LINK : SITE_LINK;
}
