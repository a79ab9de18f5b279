/**
 * A warning of Dramatis's on the page's console, its text prefixed "Dramatis: " (how the e2e
 * safety check tells ours from the page's), under a name the minifier shortens: content.js, parsed
 * on every page, spelled the whole call out five times.
 */
export const warn = (what: string, e: unknown): void => console.warn(`Dramatis: ${what}`, e);
