/** The title a reader sees in the tab strip, for the popup's header on a page Dramatis left
 *  unanalysed (Chromium gives the popup no tab.title without the "tabs" permission). A page
 *  may make its title as long as it likes; the header needs a line. */
export function pageTitle(): string {
  return document.title.replace(/\s+/g, " ").trim().slice(0, 300);
}
