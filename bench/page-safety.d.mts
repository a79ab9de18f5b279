import type { Browser } from "puppeteer-core";
export function chromePath(): string;
export function launchChromium(extensionDir: string | null): Promise<Browser>;
export interface Visit {
  dom: string;
  pageErrors: string[];
  consoleErrors: string[];
  dramatisLogs: string[];
  dialogs: string[];
  title: string;
  painted: number;
  loadError: string | null;
}
export function visit(browser: Browser, url: string, options?: { settle?: number; after?: number }): Promise<Visit>;
export interface Comparison {
  url: string;
  /** "caused" only when every load with the extension differs from every load without it on a
   *  page whose own loads agree; see comparePage in page-safety.mjs. */
  verdict: "same" | "caused" | "page-nondeterministic";
  domDiff: boolean;
  unstable: boolean;
  pageErrors: string[];
  consoleErrors: string[];
  extensionExceptions: string[];
  dialogs: string[];
  titleChanged: boolean;
  painted: number;
  loadError: string | null;
  firstDifference?: { with: string; without: string };
  nondeterminism?: { between: string; with: string; without: string };
}
export function comparePage(withExt: Browser, plain: Browser, url: string, options?: { settle?: number; after?: number }): Promise<Comparison>;
/** An error's text with every address masked, as errors are compared between loads. */
export function errorShape(text: string): string;
/** The demo page and the reference article ×20 in one page, as the benchmarks serve them. */
export function benchPages(root: string): { demo: string; x20: string; x40: string };
/** Records a page's long tasks in `globalThis.__longTasks` from a main-world observer. */
export function watchLongTasks(page: import("puppeteer-core").Page): Promise<unknown>;
