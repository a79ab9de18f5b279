// What the studies of the background worker's engine share (worker-engine.mjs, warm-start.mjs):
// the text they have it analyse and an extension page to ask it from, plus the median they print
// (trace.mjs prints it too).
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The lower median (the middle value, or the lower of the two middle ones); NaN for none. */
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};

/** The reference article, or with `x20` twenty copies of it, each paragraph marked with its copy's
 *  number (as the bench's x20 page marks them, so no two paragraphs are the same text). */
export function studyText(root, x20) {
  const article = readFileSync(join(root, "tests/fixtures/seed/article.txt"), "utf8");
  return x20 ? Array.from({ length: 20 }, (_, k) => article.replace(/\n/g, ` [${k + 1}]\n`)).join("\n") : article;
}

/** Is the target the extension's service worker? */
export const isWorker = (t) => t.type() === "service_worker" && t.url().startsWith("chrome-extension://");

/** The worker's target once it runs, and the extension's popup page opened to send it messages. */
export async function workerAndPage(browser) {
  const worker = await browser.waitForTarget(isWorker);
  const origin = /^chrome-extension:\/\/[^/]+/.exec(worker.url())[0];
  const page = await browser.newPage();
  await page.goto(`${origin}/popup.html`);
  return { worker, page };
}
