/**
 * The engine as the page's own fallback (`engine-page.js`, web-accessible, imported by
 * content-main.js only when the worker cannot answer). Kept out of content-main.js so that every
 * article does not fetch and compile the lexicons and the tagger's model the worker already has.
 */
export * from "../engine/analyze";
