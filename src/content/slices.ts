/**
 * Long work in slices: runs a generator step by step and gives the page its event loop back
 * whenever a slice has run long enough, so the content script never holds the page in one
 * long task (input and rendering wait for a task to end). The steps themselves decide the
 * result; slicing only decides when they run, so a sliced run equals a run in one go.
 */

/** Gives the page its event loop back for a moment (input, rendering, its own scripts). */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === "function") return s.yield.call(s);
  // a message task, not setTimeout: nested timers are clamped to 4 ms
  return new Promise((resolve) => {
    const c = new MessageChannel();
    c.port1.onmessage = () => {
      c.port1.close();
      resolve();
    };
    c.port2.postMessage(null);
  });
}

export interface SliceOptions<S> {
  /** Yield once a slice has run this long (ms). */
  sliceMs: number;
  /** After a pause: true when the result is no longer wanted (the run then resolves null). */
  stop?: () => boolean;
  /** Each step's name and duration, as it ends. */
  onStep?: (step: S, ms: number) => void;
  /** How to pause (tests pass their own). */
  pause?: () => Promise<void>;
  now?: () => number;
}

export interface SliceResult<T> {
  value: T;
  /** Time spent running the steps, pauses excluded (ms). */
  busy: number;
  /** How many times the page got its event loop back. */
  pauses: number;
}

export async function runInSlices<S, T>(steps: Generator<S, T, void>, options: SliceOptions<S>): Promise<SliceResult<T> | null> {
  const now = options.now ?? (() => performance.now());
  const pause = options.pause ?? yieldToPage;
  let busy = 0;
  let pauses = 0;
  let slice = now();
  for (;;) {
    const t0 = now();
    const r = steps.next();
    const t1 = now();
    busy += t1 - t0;
    if (r.done) return { value: r.value, busy, pauses };
    options.onStep?.(r.value, t1 - t0);
    if (t1 - slice >= options.sliceMs) {
      await pause();
      pauses++;
      if (options.stop?.()) {
        steps.return(undefined as never);
        return null;
      }
      slice = now();
    }
  }
}
