/**
 * The benchmark runner: builds the contender pages, writes the datasets, serves both on
 * localhost, measures every contender on every dataset in the system Chromium, and writes
 * `latest.json`, `latest.md` and `latest.svg`.
 *
 *   tsx bench/run.ts [--sizes 100,1000,5000,20000] [--no-seed] [--runs 3]
 *                    [--contenders widget,widget-flat,cytoscape-cose,cytoscape-fcose,cytoscape-grid,vis-network,sigma,sigma-v3]
 *                    [--cap 60000] [--pan-zoom 2000] [--import-sizes 1000,20000] [--out bench/results] [--dist bench/dist]
 *   tsx bench/run.ts --smoke     (100 nodes and the seed, 1 run, 15 s cap, into bench/results/smoke)
 *   tsx bench/run.ts --import-only --runs 5 --out bench/results/import   (only the CSV and GEXF import)
 *   tsx bench/run.ts --sizes 5000,20000,100000 --contenders widget,widget-flat,sigma-v3 --runs 3 --out bench/results/overview
 *                    (issue 14's overview rows; 100,000 is never in the default sizes)
 */
import { chromium, type Browser } from 'playwright';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { findChromium, CHROMIUM_ARGS, INSTALL_HINT } from '../scripts/find-chromium.mjs';
import { CONTENDER_IDS, type ContenderId } from './protocol';
import { writeDatasets } from './datasets';
import { buildPages, bundleSize, DEFAULT_DIST, type BundleSize } from './build';
import { serveStatic } from './server';
import { measure, type Measurement } from './measure';
import { measureImport, type ImportMeasurement } from './measure-import';
import { IMPORT_FORMATS, writeImportDatasets } from './import-data';
import { machineInfo, summarize, summarizeImport, type BenchResults, type ImportSummaryRow, type SummaryRow } from './results';
import { parseContenders } from './contenders';
import { renderMarkdown, formatMs, name } from './report-md';
import { renderSvg } from './report-svg';

export interface RunOptions {
  /** Synthetic graph sizes, in nodes. */
  sizes: number[];
  /** Also measure the bundled seed dataset. */
  seed: boolean;
  /** Runs per contender and dataset (median reported). */
  runs: number;
  contenders: ContenderId[];
  /** Layout cap, ms since navigation start. */
  capMs: number;
  /** Duration of the scripted pan/zoom input. */
  panZoomMs: number;
  /** Sizes (actors) at which CSV and GEXF import is timed; empty for none. */
  importSizes: number[];
  /** Where latest.json / .md / .svg go. */
  outDir: string;
  /** Where the pages are built and the datasets written. */
  distDir: string;
  log?: (line: string) => void;
}

export const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));
const EVENTS_FILE = fileURLToPath(new URL('../src/elements/events.ts', import.meta.url));

export const FULL: RunOptions = {
  sizes: [100, 1000, 5000, 20_000],
  seed: true,
  runs: 3,
  contenders: [...CONTENDER_IDS],
  capMs: 60_000,
  panZoomMs: 2000,
  importSizes: [1000, 20_000],
  outDir: RESULTS_DIR,
  distDir: DEFAULT_DIST,
};

/** Whether this build of the widget fires `sg-layout-settled` (declared in its event map). */
export function widgetHasSettleEvent(): boolean {
  try {
    return readFileSync(EVENTS_FILE, 'utf8').includes("'sg-layout-settled'");
  } catch {
    return false;
  }
}

/**
 * `SG_BENCH_GPU=1` keeps the GPU (no `--disable-gpu`, the blocklist ignored): on a machine with
 * a hardware GPU the widget's `renderer="auto"` then switches big graphs to WebGL, and sigma.js
 * draws on the GPU. Without it Chromium rasterises in software, as on the CI machines.
 */
export function chromiumArgs(gpu = process.env.SG_BENCH_GPU === '1'): string[] {
  return gpu
    ? [...CHROMIUM_ARGS.filter((arg) => arg !== '--disable-gpu'), '--ignore-gpu-blocklist', '--enable-gpu-rasterization']
    : CHROMIUM_ARGS;
}

async function launch(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: chromiumArgs() });
}

/** The CI smoke: smallest size and the seed, one run, a short cap and short input. */
export const SMOKE: Partial<RunOptions> = {
  sizes: [100],
  seed: true,
  runs: 1,
  capMs: 15_000,
  panZoomMs: 1000,
  // 100 actors: the GEXF (59 KB) goes through the built import worker, the CSV pair (12 KB) not.
  importSizes: [100],
  outDir: join(RESULTS_DIR, 'smoke'),
  distDir: fileURLToPath(new URL('./dist-smoke/', import.meta.url)),
};

export async function main(partial: Partial<RunOptions> = {}): Promise<BenchResults> {
  const options: RunOptions = { ...FULL, ...partial };
  const log = options.log ?? ((line: string) => console.log(line));
  const began = Date.now();
  const loadBefore = loadavg()[0]!;
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);

  log(`building the pages into ${options.distDir}`);
  await buildPages(options.distDir);
  const bundles: Partial<Record<ContenderId, BundleSize>> = {};
  for (const id of options.contenders) bundles[id] = bundleSize(options.distDir, id);
  const datasets = writeDatasets(join(options.distDir, 'data'), options.sizes, options.seed);
  const importDatasets = writeImportDatasets(join(options.distDir, 'data'), options.importSizes);
  const settleEvent = widgetHasSettleEvent();
  const notes: string[] = [];
  if (!settleEvent) notes.push('The widget has no `sg-layout-settled` event in this build: its settled time is its first frame.');

  const server = await serveStatic(options.distDir);
  let browser = await launch(executablePath);
  const chromiumVersion = `Chromium ${browser.version()}`;
  const measurements: Measurement[] = [];
  const summary: SummaryRow[] = [];
  const imports: ImportMeasurement[] = [];
  const importSummary: ImportSummaryRow[] = [];
  try {
    for (const dataset of datasets) {
      const done = new Map<ContenderId, Measurement[]>(options.contenders.map((id) => [id, []]));
      const capped = new Set<ContenderId>();
      for (let run = 1; run <= options.runs; run++) {
        for (const id of options.contenders) {
          if (capped.has(id)) continue;
          const m = await measure(browser, {
            origin: server.origin,
            contender: id,
            dataset,
            capMs: options.capMs,
            panZoomMs: options.panZoomMs,
            settleEvent,
          });
          measurements.push(m);
          done.get(id)!.push(m);
          const check = m.interactive;
          const interactive = check
            ? `, ${check.drawn} (${check.nodesDrawn} nodes) interactive ${formatMs(check.interactiveMs)}, select${check.selectHidden ? ' (hidden)' : ''} ${formatMs(check.selectMs)}, data to sg-load ${formatMs(check.sgLoadMs === null ? null : check.sgLoadMs - check.dataAssignedMs)}`
            : '';
          log(
            `${dataset.id.padEnd(8)} ${id.padEnd(16)} run ${run}: first frame ${formatMs(m.firstFrameMs)}${interactive}, settled ${formatMs(m.settledMs)}, block ${formatMs(m.longestBlock?.ms ?? null)}, pan/zoom p95 ${m.panZoom?.invalid ? `invalid (${m.panZoom.invalid})` : formatMs(m.panZoom?.p95 ?? null)}, path ${formatMs(m.highlight?.ms ?? null)}, heap ${m.heapBytes === null ? '–' : `${(m.heapBytes / 2 ** 20).toFixed(1)} MB`} (${formatMs(m.wallMs)})${m.errors.length ? ` errors: ${m.errors.join('; ').slice(0, 300)}` : ''}`,
          );
          if (m.stuck) {
            log('  the page stopped answering: restarting the browser');
            await browser.close().catch(() => undefined);
            browser = await launch(executablePath);
          }
          if (run === 1 && options.runs > 1 && (m.firstFrameMs === null || m.settledMs === null)) {
            capped.add(id);
            notes.push(`${name(id)} on ${dataset.label}: hit the ${formatMs(options.capMs)} cap on its first run, so it ran once.`);
          }
        }
      }
      for (const id of options.contenders) summary.push(summarize(id, dataset.id, done.get(id)!, bundles[id]));
    }
    for (const dataset of importDatasets) {
      for (const format of IMPORT_FORMATS) {
        const runs: ImportMeasurement[] = [];
        for (let run = 1; run <= options.runs; run++) {
          const m = await measureImport(browser, { origin: server.origin, dataset, format });
          runs.push(m);
          imports.push(m);
          const r = m.result;
          log(
            `import ${dataset.id.padEnd(8)} ${format.padEnd(4)} run ${run}: ${formatMs(r?.importMs ?? null)} (${r?.thread ?? '–'}), block ${formatMs(r?.longestBlockMs ?? null)}, then build ${formatMs(r?.loadMs ?? null)} (${formatMs(m.wallMs)})${m.errors.length ? ` errors: ${m.errors.join('; ').slice(0, 300)}` : ''}`,
          );
          if (m.stuck) {
            log('  the page stopped answering: restarting the browser');
            await browser.close().catch(() => undefined);
            browser = await launch(executablePath);
          }
        }
        importSummary.push(summarizeImport(dataset, format, runs));
      }
    }
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }

  const loadAfter = loadavg()[0]!;
  const cores = cpus().length;
  if (Math.max(loadBefore, loadAfter) > cores) {
    notes.push(
      `The machine was busy with other work (1-minute load average ${loadBefore.toFixed(1)} at the start, ${loadAfter.toFixed(1)} at the end, on ${cores} cores): absolute times are inflated; ratios within the run are less affected.`,
    );
  }
  const results: BenchResults = {
    machine: machineInfo(chromiumVersion, executablePath, chromiumArgs(), loadBefore),
    options: {
      sizes: options.sizes,
      seed: options.seed,
      runs: options.runs,
      contenders: options.contenders,
      capMs: options.capMs,
      panZoomMs: options.panZoomMs,
      widgetSettleEvent: settleEvent,
      importSizes: options.importSizes,
    },
    timeOrigin: 'navigation start (performance.now() in the page)',
    datasets,
    bundles,
    summary,
    measurements,
    importDatasets,
    importSummary,
    imports,
    notes,
    runtimeMs: Date.now() - began,
  };
  mkdirSync(options.outDir, { recursive: true });
  writeFileSync(join(options.outDir, 'latest.json'), JSON.stringify(results, null, 2) + '\n');
  writeFileSync(join(options.outDir, 'latest.md'), renderMarkdown(results));
  // The chart has the contenders only: none for an import-only run.
  if (summary.length > 0) writeFileSync(join(options.outDir, 'latest.svg'), renderSvg(results));
  log(`wrote ${join(options.outDir, summary.length > 0 ? 'latest.{json,md,svg}' : 'latest.{json,md}')} in ${formatMs(results.runtimeMs)}`);
  return results;
}

export function parseArgs(argv: readonly string[]): Partial<RunOptions> {
  const options: Partial<RunOptions> = {};
  const number = (flag: string, text: string | undefined) => {
    const value = Number(text);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`${flag}: expected a positive number (got ${text})`);
    return value;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${flag}: missing value`);
      return next;
    };
    switch (flag) {
      case '--smoke':
        Object.assign(options, SMOKE);
        break;
      case '--sizes':
        options.sizes = value()
          .split(',')
          .filter(Boolean)
          .map((size) => Math.round(number('--sizes', size)));
        break;
      case '--no-seed':
        options.seed = false;
        break;
      case '--import-sizes':
        options.importSizes = value()
          .split(',')
          .filter(Boolean)
          .map((size) => Math.round(number(flag, size)));
        break;
      case '--import-only':
        Object.assign(options, { sizes: [], seed: false, contenders: [] });
        break;
      case '--runs':
        options.runs = Math.round(number(flag, value()));
        break;
      case '--contenders':
        options.contenders = parseContenders(value());
        break;
      case '--cap':
        options.capMs = number(flag, value());
        break;
      case '--pan-zoom':
        options.panZoomMs = number(flag, value());
        break;
      case '--out':
        options.outDir = resolve(value());
        break;
      case '--dist':
        options.distDir = resolve(value());
        break;
      default:
        throw new Error(`unknown flag ${flag}; see the header of bench/run.ts`);
    }
  }
  return options;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(parseArgs(process.argv.slice(2))).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
