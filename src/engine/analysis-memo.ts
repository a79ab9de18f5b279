/**
 * Memos of one text's scans live for one analysis only. Keyed on the text alone, they outlived
 * their analysis: the worker's second analysis of a page loaded again found the scans done, and
 * the benchmark, which reloads one page, timed analyses without them (a first visit has none).
 * Every analysis starts a new epoch (analysisSteps); a memo is good while both its text and the
 * epoch are the ones it was made for.
 */
let epoch = 0;

/** Starts a new analysis: every per-text memo of the last one is stale after this. */
export function newAnalysis(): void {
  epoch++;
}

/** The analysis now running (for memos kept as fields of their own). */
export const analysisEpoch = (): number => epoch;

/** `compute(text)`, computed once per text and analysis. */
export function perAnalysis<T>(compute: (text: string) => T): (text: string) => T {
  let memoText: string | undefined;
  let memoEpoch = -1;
  let value: T | undefined;
  return (text) => {
    if (text !== memoText || memoEpoch !== epoch) {
      value = compute(text);
      memoText = text;
      memoEpoch = epoch;
    }
    return value as T;
  };
}
