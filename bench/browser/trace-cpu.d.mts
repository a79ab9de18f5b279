/** The trace categories attribute() reads. */
export const TRACE_CATEGORIES: string[];
/** Thread-time (ms) of a page load's trace events that belong to the content scripts, by kind
 *  (see trace-cpu.mjs); `total` is all of them. */
export function attribute(events: unknown[]): Record<string, number>;
