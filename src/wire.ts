/**
 * The two protocol constants content.js itself needs (it sends the first worker request), apart
 * from messages.ts, whose valibot schemas content.js must not bundle (every page parses it).
 */

/** The longest article text the worker analyses (longer ones are analysed in the page). */
export const MAX_ANALYSE_TEXT = 2_000_000;

/**
 * The name of the port a content script opens to the worker for its first engine/analyse, before
 * its text is ready: a message on an open port crosses to the worker once, where sendMessage
 * first sets up a channel (and back), and the connect itself wakes a stopped worker while the
 * page still indexes. The port carries engine/analyse only, checked like any message.
 */
export const ANALYSE_PORT = "dramatis-analyse";
