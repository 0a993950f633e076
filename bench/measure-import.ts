/**
 * One import measurement: the import page in a fresh browser context reads one dataset in one
 * format (so every run pays for starting the worker and loading the importers, as a user's first
 * import does), and answers with its times (see `ImportPageResult`).
 */
import type { Browser, BrowserContext } from 'playwright';
import type { ImportDataset, ImportFileFormat } from './import-data';
import { Timeout, within } from './measure';
import type { ImportPageResult } from './protocol';

export interface ImportMeasurement {
  dataset: string;
  format: ImportFileFormat;
  /** Null when the run failed (see `errors`). */
  result: ImportPageResult | null;
  errors: string[];
  /** The page stopped answering; the browser should be replaced. */
  stuck: boolean;
  wallMs: number;
}

/** Longest wait for one import, fetch included. */
const IMPORT_TIMEOUT_MS = 120_000;

export async function measureImport(
  browser: Browser,
  options: { origin: string; dataset: ImportDataset; format: ImportFileFormat },
): Promise<ImportMeasurement> {
  const { origin, dataset, format } = options;
  const started = Date.now();
  const out: ImportMeasurement = { dataset: dataset.id, format, result: null, errors: [], stuck: false, wallMs: 0 };
  let context: BrowserContext | undefined;
  try {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.on('pageerror', (error) => out.errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') out.errors.push(`console: ${message.text().slice(0, 300)}`);
    });
    await within(
      page.goto(`${origin}/import.html?files=${dataset.files[format].join(',')}`, { waitUntil: 'commit' }),
      30_000,
      'navigation',
    );
    await within(
      page.waitForFunction(() => window.__benchImport !== undefined, undefined, { polling: 50 }),
      30_000,
      'import page',
    );
    const answer = await within(
      page.evaluate(() => window.__benchImport!),
      IMPORT_TIMEOUT_MS,
      'import',
    );
    if ('error' in answer) out.errors.push(answer.error);
    else out.result = answer;
    if (out.result && (out.result.nodes !== dataset.actors || out.result.edges !== dataset.relationships)) {
      out.errors.push(
        `read ${out.result.nodes} actors and ${out.result.edges} relationships, not ${dataset.actors} and ${dataset.relationships}`,
      );
    }
  } catch (error) {
    out.errors.push(error instanceof Error ? error.message : String(error));
    if (error instanceof Timeout) out.stuck = true;
  } finally {
    out.wallMs = Date.now() - started;
    if (context) {
      try {
        await within(context.close(), 15_000, 'closing the page');
      } catch {
        out.stuck = true;
      }
    }
  }
  return out;
}
