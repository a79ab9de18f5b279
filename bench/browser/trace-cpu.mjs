// The content scripts' main-thread CPU time in one page load, from Chromium's own trace (thread
// time, `tdur`, which a loaded machine stretches far less than wall time), by event: shared by
// bench/browser/trace.mjs (dists in turns) and bench/parts/browser.mjs (the bench's own loads,
// so its figures can count what the script's own clock cannot see: compiling content.js before
// its first statement).

/** The trace categories attribute() reads. */
export const TRACE_CATEGORIES = ["devtools.timeline", "v8", "disabled-by-default-devtools.timeline"];

/** Thread-time (ms) of trace events that belong to extension scripts, by kind. */
export function attribute(events) {
  // the content scripts' files (the worker's background.js runs on a thread of its own)
  const ext = (e) => /chrome-extension:\/\/[^"]*\/content[-a-z]*\.js/.test(JSON.stringify(e.args ?? {}));
  const onMain = events;
  const out = {};
  const add = (k, e) => (out[k] = (out[k] ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
  // top-level events only: nested ones (v8.compile inside EvaluateScript) are in their parent
  const top = onMain.filter((e) => e.ph === "X" && ext(e) && ["EvaluateScript", "v8.compile", "FunctionCall", "v8.compileModule", "v8.evaluateModule", "TimerFire", "EventDispatch"].includes(e.name));
  // a module's evaluation names no file in the trace (its args are empty): ours is the first one
  // on the thread after our module's compile (content-article.js, content-main.js: the import()
  // evaluates the module it just compiled, its top level and all); without this the rows counted
  // a module's 0.1 ms compile and none of its run
  for (const c of top.filter((e) => e.name === "v8.compileModule")) {
    const run = onMain.filter((e) => e.ph === "X" && e.name === "v8.evaluateModule" && e.pid === c.pid && e.tid === c.tid && e.ts >= c.ts).sort((a, b) => a.ts - b.ts)[0];
    if (run && !top.includes(run)) top.push(run);
  }
  top.sort((a, b) => a.ts - b.ts);
  let end = -1;
  for (const e of top) {
    if (e.ts < end) continue;
    end = e.ts + e.dur;
    add(e.name, e);
    add("total", e);
  }
  // inside content.js's evaluation: compiling it (no code cache for content scripts: every page
  // compiles it afresh) and running its top level, the first look and what follows in that task
  for (const e of top.filter((x) => x.name === "EvaluateScript" && /\/content\.js/.test(JSON.stringify(x.args))))
    for (const c of onMain)
      if ((c.name === "v8.compile" || c.name === "v8.run") && c.ph === "X" && c.tid === e.tid && c.pid === e.pid && c.ts >= e.ts && c.ts + c.dur <= e.ts + e.dur) add(`content.js ${c.name.slice(3)}`, c);
  // the task that evaluated content.js, whole: before its evaluation the browser creates the
  // content scripts' isolated world and injects them, which any content script costs (the floor)
  for (const e of top.filter((x) => x.name === "EvaluateScript" && /\/content\.js/.test(JSON.stringify(x.args)))) {
    const task = onMain.filter((t) => t.name === "RunTask" && t.ph === "X" && t.tid === e.tid && t.pid === e.pid && t.ts <= e.ts && t.ts + t.dur >= e.ts + e.dur).sort((a, b) => b.dur - a.dur)[0];
    if (task) add("content.js task", task);
  }
  // the longest task that ran any of our code (wall and thread time): the page's own long tasks
  // (the x20 page's first layout takes 40-90 ms in Chromium 150 here, with or without the
  // extension) are in the long-task observer's figure but are not ours
  const tasks = onMain.filter((t) => t.name === "RunTask" && t.ph === "X");
  for (const e of top) {
    const task = tasks.filter((t) => t.tid === e.tid && t.pid === e.pid && t.ts <= e.ts && t.ts + t.dur >= e.ts + e.dur).sort((a, b) => b.dur - a.dur)[0];
    if (task && task.dur / 1000 > (out["own longest task"] ?? 0)) {
      out["own longest task"] = task.dur / 1000;
      out["own longest task cpu"] = (task.tdur ?? task.dur) / 1000;
    }
  }
  // wall time of the same events, to show what the load did to them
  let wall = 0;
  end = -1;
  for (const e of top) {
    if (e.ts < end) continue;
    end = e.ts + e.dur;
    wall += e.dur / 1000;
  }
  out.wall = wall;
  return out;
}
