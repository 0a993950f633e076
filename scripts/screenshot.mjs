/**
 * `npm run screenshot`: the README's picture of the explorer, taken from headless Chromium
 * against the Vite dev server on the bundled dataset.
 */
import { chromium } from 'playwright';
import { createServer } from 'vite';
import { findChromium, CHROMIUM_ARGS, INSTALL_HINT } from './find-chromium.mjs';

const executablePath = findChromium();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
const out = process.argv[2] ?? 'docs/screenshot.png';
const server = await createServer({ server: { port: 0 }, logLevel: 'error' });
await server.listen();
const url = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('stakeholder-graph')?.cy?.nodes().length > 0, null, { timeout: 30_000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
