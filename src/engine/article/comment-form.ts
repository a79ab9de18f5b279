/**
 * Whether the page asks its readers to comment: the reply form publishing tools put under a post
 * (WordPress's #respond / #commentform, the .comment-form and .comment-respond its themes keep,
 * Disqus's #disqus_thread). A blog or a news site opens comments on its posts, not on its fixed
 * pages (a WordPress "page" has them closed by default), and a shop, a service page or a docs
 * page has none: of the WCXB dev pages, 73 articles on 70 sites carry one and none of the 300
 * others. Forums reply in forms of their own names, so a thread does not read as a post by this.
 */
const FORM_IDS = ["respond", "commentform", "disqus_thread"];
const FORM_CLASSES = ["comment-form", "comment-respond"];

export function hasCommentForm(doc: Document): boolean {
  // lookups by id and by class name: no selector to parse, no walk of the page
  for (const id of FORM_IDS) if (doc.getElementById(id)) return true;
  for (const c of FORM_CLASSES) if (doc.getElementsByClassName(c).length > 0) return true;
  return false;
}
