/**
 * The worker request of an article's first paint: index the article's text, send it to the
 * background worker on a port, and hold the raw (unchecked) reply. The port is opened before the
 * text is indexed, so the connection (and a stopped worker's start) overlaps the indexing. The
 * reply is checked (summary.ts) only by the first paint, so this module stays small: it is in
 * the file every page parses.
 */
import type { ArticleLocation } from "../engine/article";
import { startTextIndex, type TextIndex } from "../engine/text-index";
import { ANALYSE_PORT, MAX_ANALYSE_TEXT } from "../wire";
import { now } from "./clock";
import { connect, sendMessage, type NativePort } from "./ext";

/** How long a page waits for the worker before analysing by itself (a worker that is starting
 *  cold answers well within this; one that is stuck must not leave the page bare). The test
 *  build waits longer: on a loaded CI machine a cold worker can take over 3 s, and the tests
 *  that check who analysed a page must not depend on the machine's load (the page's own
 *  analysis has its own switch, #dramatis-test-no-worker). */
export const WORKER_TIMEOUT_MS = __TEST_BUILD__ ? 15_000 : 3_000;

export interface WorkerRequest {
  location: ArticleLocation;
  index: TextIndex;
  /** The worker's raw reply; null when there is none (no worker, a timeout, a text too long). */
  reply: Promise<unknown>;
  /** Test probe: when it was sent (performance.now() and epoch ms), what sending cost the
   *  page, what indexing cost (sentAt, send and indexMs are 0 outside test builds), and when
   *  this request started (performance.now()). */
  t0: number;
  sentAt: number;
  send: number;
  indexMs: number;
  startedAt: number;
  /** When the reply (or its absence) came (performance.now()); NaN until then. */
  arrivedAt: number;
  /** How many tasks indexing took (1: all of it in the caller's task), and when the index's
   *  slice in the task that sent the request began (performance.now()). */
  indexTasks?: number;
  sentTask?: number;
  /** Set when the text was sent in a task after the index's last (it would have made that task long). */
  sentLater?: boolean;
}

/** The first reply on `port` to `message`, or null once the port closes without one. */
function askOnPort(port: NativePort, message: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    port.onMessage.addListener(resolve);
    port.onDisconnect.addListener(() => resolve(null));
    try {
      port.postMessage(message);
    } catch {
      // the port closed already (the extension was reloaded, the worker refused it)
      resolve(null);
    }
  });
}

/**
 * Sends `index`'s text to the worker, on `port` when there is one (then closed after the
 * reply), else by sendMessage. The worker refuses a site the user turned off (the message names
 * the site), so the request need not wait for the settings.
 */
export function sendAnalysis(location: ArticleLocation, index: TextIndex, port: NativePort | null, startedAt = now(), indexMs = 0): WorkerRequest {
  const text = index.text;
  const t0 = now();
  const sentAt = __TEST_BUILD__ ? performance.timeOrigin + t0 : 0;
  // test builds only: a page can ask to be analysed without the worker (the fallback's e2e test)
  if (text.length > MAX_ANALYSE_TEXT || (__TEST_BUILD__ && window.location.hash === "#dramatis-test-no-worker")) {
    port?.disconnect();
    return { location, index, reply: Promise.resolve(null), t0, sentAt, send: 0, indexMs, startedAt, arrivedAt: t0 };
  }
  const message = { type: "engine/analyse", text, title: location.title.slice(0, 1_000), host: window.location.hostname.slice(0, 300) };
  const sending = port ? askOnPort(port, message) : sendMessage(message).catch(() => null);
  // the call itself serialises the message on the page's main thread
  const send = __TEST_BUILD__ ? now() - t0 : 0;
  let timer = 0;
  const request: WorkerRequest = { location, index, reply: Promise.resolve(null), t0, sentAt, send, indexMs, startedAt, arrivedAt: NaN };
  request.reply = Promise.race([sending, new Promise((resolve) => (timer = window.setTimeout(() => resolve(null), WORKER_TIMEOUT_MS)))]).then((r) => {
    request.arrivedAt = now();
    clearTimeout(timer);
    port?.disconnect();
    return r;
  });
  return request;
}

/** How long each later slice of a long article's index may run (its first slice runs until the
 *  caller's deadline), well under the long-task line (50 ms) on a loaded machine. */
export const INDEX_SLICE_MS = 25;
/** What sending may cost the page per character of text (the message is serialised on the main
 *  thread), taken high: the 20x page's ~98,000 characters took 6-12 ms in Chromium at load 1-3
 *  and 9-40 ms at load 6-8, so a long text goes alone in its task and a short one never waits. */
const SEND_MS_PER_CHAR = 1 / 4_000;
/** A send may take its task this far from the task's start (under the long-task line, 50 ms). */
const SEND_LINE_MS = 45;
/** How many times a sliced index starts over because the page changed the article meanwhile. */
const MAX_INDEX_RESTARTS = 2;

/**
 * Opens the port first (the connection is made while the text is indexed), indexes, sends. The
 * index runs in the caller's task until `deadline` (performance.now() time) and, should it not be
 * done by then, in later tasks of INDEX_SLICE_MS each: no fixed guess decides where the request
 * goes, so a short article is sent from the finder's own task (no turn of the event loop, which on
 * a long page is the browser rendering it, between the verdict and the request), and a long one on
 * a busy machine never makes a long task. The promise settles in the task that sent the request.
 */
export function requestAnalysis(location: ArticleLocation, deadline = Infinity, taskStart = now()): Promise<WorkerRequest> {
  const startedAt = now();
  const port = __TEST_BUILD__ && window.location.hash === "#dramatis-test-no-worker" ? null : connect(ANALYSE_PORT);
  // test builds only: index in the smallest slices there are, so the sliced path is what a
  // short page exercises (the e2e test compares its paint with the one-task path's)
  const everySlice = __TEST_BUILD__ && window.location.hash === "#dramatis-test-sliced-index";
  if (__TEST_BUILD__ && everySlice) deadline = -Infinity;
  let build = startTextIndex(location);
  let indexMs = 0;
  let tasks = 0;
  /** Between slices the page runs: set when it changed the article meanwhile. */
  let changed = false;
  let watch: MutationObserver | null = null;
  let restarts = 0;
  return new Promise<WorkerRequest>((resolve, reject) => {
    const slice = (until: number, sliceTask = now()): void => {
      const t = now();
      let index: TextIndex | null;
      try {
        // what was read before the change may be gone from the page: read it all again (twice at
        // most; a page that never stops changing is caught up with by content-main.js's observer)
        if (changed && restarts < MAX_INDEX_RESTARTS) {
          restarts++;
          build = startTextIndex(location);
        }
        changed = false;
        index = build.run(() => now() >= until);
      } catch (e) {
        watch?.disconnect();
        port?.disconnect();
        reject(e);
        return;
      }
      if (__TEST_BUILD__) indexMs += now() - t;
      tasks++;
      if (!index) {
        if (!watch) {
          watch = new MutationObserver(() => (changed = true));
          for (const root of location.roots) watch.observe(root, { childList: true, characterData: true, subtree: true });
        }
        setTimeout(() => slice(__TEST_BUILD__ && everySlice ? -Infinity : now() + INDEX_SLICE_MS), 0);
        return;
      }
      watch?.disconnect();
      const send = (sentLater: boolean): void => {
        const request = sendAnalysis(location, index, port, startedAt, indexMs);
        request.indexTasks = tasks;
        request.sentTask = sentLater ? now() : t;
        request.sentLater = sentLater;
        resolve(request);
      };
      // sending serialises the whole text on this thread: where that would take this task past
      // the long-task line, it goes in a task of its own (the index's last slice plus the send
      // was the 20x page's longest task: 48-52 ms)
      if (now() + index.text.length * SEND_MS_PER_CHAR > sliceTask + SEND_LINE_MS) setTimeout(() => send(true), 0);
      else send(false);
    };
    slice(deadline, taskStart);
  });
}
