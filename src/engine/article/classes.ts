/**
 * What an element's class and id say about it. Judged per token, not over the whole string:
 * "related-content" is a related box even though it says "content", while "entry-content
 * share-enabled" is the body even though it says "share". Page builders put words like
 * "widget" or "hidden" (overflow-hidden, elementor-widget) on every wrapper of the body, so only
 * words that name a boilerplate box count.
 */
import { lazyWords } from "./word-set";

/** Parts of a class token that name a box which is not the article. */
const NEGATIVE_PARTS = lazyWords(
  // (the last six: calls to action, customer testimonials and donation appeals sit beside the
  // story, never in it)
  "share shares sharing sharebar social socials related recommended recommendation " +
  "recommendations newsletter subscribe signup comment comments commentlist disqus respond " +
  "replies advert advertisement adverts ads ad adslot adunit advertising sponsor sponsored " +
  "promo promotion promoted bio authorbio tags taglist tagcloud breadcrumb breadcrumbs " +
  "pagination pager navigation nav navbar menu sidebar footer toolbar popular trending " +
  "mostread readmore morestories cookie cookies consent gdpr outbrain taboola modal popup " +
  "subnav paywall teaser teasers rail cta testimonial testimonials donate donation donations",
);
/** Two-part names ("read-more", "see-also"…) whose parts alone are harmless. */
const NEGATIVE_PAIRS = lazyWords(
  "read more|more stories|see also|also read|most read|most popular|author box|about author|" +
  "author bio|tag list|meta nav|you may|more from|up next|next post|prev post|post nav|" +
  "post navigation|more articles|other articles|author details|author info|author card|" +
  "author profile|author container|author wrapper|author section|the author",
  "|",
);
/** Long negative words that also appear glued to others ("relatedposts", "sharebuttons"). */
const NEGATIVE_PREFIXES = [
  "testimonial", "related", "sharing", "share", "social", "comment", "newsletter", "subscribe", "sidebar", "advert", "sponsor",
  "breadcrumb", "pagination", "popular", "trending", "outbrain", "taboola", "disqus", "recommend",
  // consent banners glue their word to the next ("cookiebanner", "consentmanager")
  "cookie", "consent",
];
const POSITIVE_PARTS = lazyWords(
  "article articlebody articlecontent body content entry hentry main post text blog story storybody prose richtext rte",
);

export interface ClassVerdict {
  /** A token names a boilerplate box. */
  negative: boolean;
  /** A token names comments or replies: never a wrapper of the article, however long. */
  comments: boolean;
  /** A token names the body and nothing else. */
  positive: boolean;
  /** The box names a date (1), its poster (2) or both (3): the marks of a post (Stats.posts). */
  marks: number;
}

const NONE: ClassVerdict = { negative: false, comments: false, positive: false, marks: 0 };
/** "post-date", "timestamp"; "username", "author-avatar", "member-profile". */
const DATE_NAME = /date|time/;
const POSTER_NAME = /author|user|member|avatar|profile/;
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

/** Words that make a run of words a phrase: a slug of a heading's text has them ("how to use
 *  social shopping for your brand"), a component's name ("related-posts-widget") has none. */
const FUNCTION_WORDS = lazyWords(
  "a an the and or of to for in on with by from how what why when which who is are can do does " +
  "should your you i we my our it vs",
);
const SLUG_MIN_WORDS = 4;

/** The id is an anchor made of a heading's text ("1-heading-how-popular-are-meditation-and-
 *  mindfulness", "top-certifications-and-certificates-for-social-media-marketing"): it names what
 *  the section is about, not what kind of box it is, so its words ("popular", "social") say
 *  nothing about boilerplate. */
function slugOfText(id: string): boolean {
  const parts = id.split(/[-_:]+/);
  let letters = 0;
  let functionWord = false;
  for (const p of parts) {
    if (!/^[a-z]+$/.test(p)) continue;
    letters++;
    if (FUNCTION_WORDS.has(p)) functionWord = true;
  }
  return letters >= SLUG_MIN_WORDS && functionWord;
}

/** `ci` is classAndId(el): lower-case class, a space, and the id (no whitespace in it). */
export function classVerdict(ci: string): ClassVerdict {
  if (!ci) return NONE;
  const space = ci.lastIndexOf(" ");
  if (space >= 0 && space < ci.length - 1 && slugOfText(ci.slice(space + 1))) ci = ci.slice(0, space);
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
  const marks = (DATE_NAME.test(ci) ? 1 : 0) | (POSTER_NAME.test(ci) ? 2 : 0);
  return negative || positive || marks ? { negative, comments, positive, marks } : NONE;
}
