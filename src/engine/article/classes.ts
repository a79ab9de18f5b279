/**
 * What an element's class and id say about it. Judged per token, not over the whole string:
 * "related-content" is a related box even though it says "content", while "entry-content
 * share-enabled" is the body even though it says "share". Page builders put words like
 * "widget" or "hidden" (overflow-hidden, elementor-widget) on every wrapper of the body, so only
 * words that name a boilerplate box count.
 */

/** Parts of a class token that name a box which is not the article. */
const NEGATIVE_PARTS = new Set([
  "share", "shares", "sharing", "sharebar", "social", "socials", "related", "recommended", "recommendation",
  "recommendations", "newsletter", "subscribe", "signup", "comment", "comments", "commentlist", "disqus", "respond",
  "replies", "advert", "advertisement", "adverts", "ads", "ad", "adslot", "adunit", "advertising", "sponsor",
  "sponsored", "promo", "promotion", "promoted", "bio", "authorbio", "tags", "taglist", "tagcloud", "breadcrumb",
  "breadcrumbs", "pagination", "pager", "navigation", "nav", "navbar", "menu", "sidebar", "footer", "toolbar",
  "popular", "trending", "mostread", "readmore", "morestories", "cookie", "cookies", "consent", "gdpr", "outbrain",
  "taboola", "modal", "popup", "subnav", "paywall", "teaser", "teasers", "rail",
  // calls to action, customer testimonials and donation appeals sit beside the story, never in it
  "cta", "testimonial", "testimonials", "donate", "donation", "donations",
]);
/** Two-part names ("read-more", "see-also"…) whose parts alone are harmless. */
const NEGATIVE_PAIRS = new Set([
  "read more", "more stories", "see also", "also read", "most read", "most popular", "author box", "about author",
  "author bio", "tag list", "meta nav", "you may", "more from", "up next", "next post", "prev post", "post nav",
  "post navigation", "more articles", "other articles", "author details", "author info", "author card",
  "author profile", "author container", "author wrapper", "author section", "the author",
]);
/** Long negative words that also appear glued to others ("relatedposts", "sharebuttons"). */
const NEGATIVE_PREFIXES = [
  "testimonial", "related", "sharing", "share", "social", "comment", "newsletter", "subscribe", "sidebar", "advert", "sponsor",
  "breadcrumb", "pagination", "popular", "trending", "outbrain", "taboola", "disqus", "recommend",
  // consent banners glue their word to the next ("cookiebanner", "consentmanager")
  "cookie", "consent",
];
const POSITIVE_PARTS = new Set([
  "article", "articlebody", "articlecontent", "body", "content", "entry", "hentry", "main", "post", "text", "blog",
  "story", "storybody", "prose", "richtext", "rte",
]);

export interface ClassVerdict {
  /** A token names a boilerplate box. */
  negative: boolean;
  /** A token names comments or replies: never a wrapper of the article, however long. */
  comments: boolean;
  /** A token names the body and nothing else. */
  positive: boolean;
}

const NONE: ClassVerdict = { negative: false, comments: false, positive: false };
const COMMENT_PARTS = /^(?:comments?|commentlist|disqus|respond|replies|discussion)$/;

function tokenIsNegative(parts: string[]): boolean {
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (NEGATIVE_PARTS.has(p)) return true;
    if (i > 0 && NEGATIVE_PAIRS.has(`${parts[i - 1]} ${p}`)) return true;
    if (p.length > 6) for (const pre of NEGATIVE_PREFIXES) if (p.startsWith(pre)) return true;
  }
  return false;
}

/** `ci` is classAndId(el): lower-case class and id. */
export function classVerdict(ci: string): ClassVerdict {
  if (!ci) return NONE;
  let negative = false;
  let comments = false;
  let positive = false;
  for (const token of ci.split(/\s+/)) {
    if (!token) continue;
    const parts = token.split(/[-_:]+/).filter(Boolean);
    if (tokenIsNegative(parts)) {
      negative = true;
      if (parts.some((p) => COMMENT_PARTS.test(p))) comments = true;
    } else if (parts.some((p) => POSITIVE_PARTS.has(p))) positive = true;
  }
  return negative || positive ? { negative, comments, positive } : NONE;
}
