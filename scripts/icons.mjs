#!/usr/bin/env node
// Remakes icons/icon-{16,32,48,128}.png from icons/icon.svg by rendering it in headless
// Chromium (already needed for the tests), so no image tool is required: `node scripts/icons.mjs`.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import puppeteer from "puppeteer-core";
import { CHROME_ARGS } from "./chromium-flags.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const svg = readFileSync(join(root, "icons/icon.svg"), "utf8");
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  headless: true,
  pipe: true,
  args: CHROME_ARGS,
});
try {
  const page = await browser.newPage();
  for (const size of [16, 32, 48, 128]) {
    await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    await page.screenshot({ path: join(root, `icons/icon-${size}.png`), omitBackground: true });
    console.log(`icons/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
