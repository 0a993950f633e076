/**
 * `npm run screenshot`: the README's picture of the explorer, taken from headless Chromium
 * against the Vite dev server on the bundled dataset, with an actor selected and a path shown.
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
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  // A state worth showing: North Korea selected, a path from the United States to Ukraine.
  await page.goto(`${url}#node=DPRK&from=US&to=Ukraine`);
  // eslint-disable-next-line no-undef -- the callback runs in the page, where `document` exists
  await page.waitForFunction(() => document.querySelector('stakeholder-explorer')?.graphElement?.cy?.nodes('.sg-path').length > 0, null, {
    timeout: 30_000,
  });
  await page.waitForTimeout(800);
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
