/** The shape of `latest.json`, and the per contender and dataset medians the reports print. */
import { cpus, loadavg, totalmem, platform, release } from 'node:os';
import type { ContenderId, SettleSource } from './protocol';
import type { BenchDataset } from './datasets';
import type { BundleSize } from './build';
import type { Measurement } from './measure';
import type { ImportMeasurement } from './measure-import';
import type { ImportDataset, ImportFileFormat } from './import-data';
import { median, medianOrDnf } from './stats';
import { contender as contenderOf } from './contenders';

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  chromium: string;
  chromiumPath: string;
  /** Our flags; Playwright adds its own (software WebGL through SwiftShader, no background throttling). */
  chromiumArgs: string[];
  /** 1-minute load average when the run started and ended: other work on the machine skews the numbers. */
  loadAverage: { start: number; end: number };
  date: string;
  caveat: string;
}

export const SOFTWARE_CAVEAT =
  'Headless Chromium on a machine without a GPU: canvas and WebGL are rendered in software (SwiftShader), so every redraw costs far more than on a desktop with GPU rasterisation. Compare contenders within one run, not against other machines.';

export function machineInfo(chromium: string, chromiumPath: string, chromiumArgs: string[], loadAtStart: number): MachineInfo {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium,
    chromiumPath,
    chromiumArgs,
    loadAverage: { start: loadAtStart, end: loadavg()[0]! },
    date: new Date().toISOString(),
    caveat: SOFTWARE_CAVEAT,
  };
}

export interface SummaryRow {
  contender: ContenderId;
  dataset: string;
  runs: number;
  /** Medians over runs; a run that did not finish counts as +Infinity, so null = did not finish. */
  firstFrameMs: number | null;
  settledMs: number | null;
  settleSource: SettleSource | null;
  /** Runs that did not reach the first frame / the settled layout within the cap. */
  firstFrameDnf: number;
  settledDnf: number;
  /**
   * Issue 14's "interactive", ms since navigation start: the widget pages' first frame when their
   * select check then passed (a run that failed it counts as not finished); the others' first frame.
   */
  interactiveMs: number | null;
  interactiveDnf: number;
  /** The widget pages: what their first frame showed ("overview", "flat", or both when runs differed). */
  drawn: string | null;
  /** The widget pages: Cytoscape nodes in that frame, and `element.groups.length` (null without groups). */
  nodesDrawn: number | null;
  groups: number | null;
  /** The widget pages: from `select(key)` to the frame that painted the actor selected. */
  selectMs: number | null;
  /** Runs in which the selected actor had no Cytoscape node before the call (inside a collapsed group). */
  selectHidden: number;
  /** Runs whose select check did not pass (or never ran). */
  selectFailed: number;
  /** The widget pages: from `element.data = …` to `sg-load` (validation, building and the first draw, on the main thread). */
  loadMs: number | null;
  /** Medians over the runs that produced the metric. */
  longestBlockMs: number | null;
  longFrameSource: string | null;
  /** Over the runs whose input moved the viewport; null when none did (see `panZoomInvalid`). */
  panZoomP50Ms: number | null;
  panZoomP95Ms: number | null;
  panZoomFrames: number | null;
  /** Runs whose pan/zoom input did not move the viewport: they report no frame time. */
  panZoomInvalid: number;
  /** Why, from the first such run (e.g. "viewport did not change under the input (the wheel did not zoom)"). */
  panZoomInvalidReason: string | null;
  highlightMs: number | null;
  highlightPathNodes: number | null;
  heapBytes: number | null;
  bundleGzipBytes: number | null;
  errors: string[];
}

export interface BenchResults {
  machine: MachineInfo;
  options: {
    sizes: number[];
    seed: boolean;
    runs: number;
    contenders: ContenderId[];
    capMs: number;
    panZoomMs: number;
    widgetSettleEvent: boolean;
    /** Sizes (actors) of the import measurement; empty when it was not run. */
    importSizes: number[];
  };
  timeOrigin: string;
  datasets: BenchDataset[];
  bundles: Partial<Record<ContenderId, BundleSize>>;
  summary: SummaryRow[];
  measurements: Measurement[];
  importDatasets: ImportDataset[];
  importSummary: ImportSummaryRow[];
  imports: ImportMeasurement[];
  notes: string[];
  runtimeMs: number;
}

export function summarize(contender: ContenderId, dataset: string, runs: Measurement[], bundle: BundleSize | undefined): SummaryRow {
  const pick = <T>(get: (m: Measurement) => T) => runs.map(get);
  // Contenders with a select check (the widget pages) are judged by it; a run that never got there failed it.
  const checked = contenderOf(contender).overview?.selectCheck === true;
  const interactive = pick((m) => (checked ? (m.interactive?.interactiveMs ?? null) : m.firstFrameMs));
  const checks = runs.flatMap((m) => (m.interactive ? [m.interactive] : []));
  return {
    contender,
    dataset,
    runs: runs.length,
    firstFrameMs: medianOrDnf(pick((m) => m.firstFrameMs)),
    settledMs: medianOrDnf(pick((m) => m.settledMs)),
    settleSource: runs.find((m) => m.settleSource)?.settleSource ?? null,
    firstFrameDnf: runs.filter((m) => m.firstFrameMs === null).length,
    settledDnf: runs.filter((m) => m.settledMs === null).length,
    interactiveMs: medianOrDnf(interactive),
    interactiveDnf: interactive.filter((ms) => ms === null).length,
    drawn: checks.length > 0 ? [...new Set(checks.map((check) => check.drawn))].join(', ') : null,
    nodesDrawn: median(checks.map((check) => check.nodesDrawn)),
    groups: median(checks.map((check) => check.groups)),
    selectMs: median(checks.map((check) => check.selectMs)),
    selectHidden: checks.filter((check) => check.selectHidden).length,
    selectFailed: checked ? runs.length - checks.filter((check) => check.selectMs !== null).length : 0,
    loadMs: median(checks.map((check) => (check.sgLoadMs === null ? null : check.sgLoadMs - check.dataAssignedMs))),
    longestBlockMs: median(pick((m) => m.longestBlock?.ms)),
    longFrameSource: runs.find((m) => m.longestBlock)?.longestBlock?.source ?? null,
    panZoomP50Ms: median(pick((m) => m.panZoom?.p50)),
    panZoomP95Ms: median(pick((m) => m.panZoom?.p95)),
    panZoomFrames: median(pick((m) => (m.panZoom?.invalid ? null : m.panZoom?.frames))),
    panZoomInvalid: runs.filter((m) => m.panZoom?.invalid).length,
    panZoomInvalidReason: runs.find((m) => m.panZoom?.invalid)?.panZoom?.invalid ?? null,
    highlightMs: median(pick((m) => m.highlight?.ms)),
    highlightPathNodes: median(pick((m) => m.highlight?.pathNodes)),
    heapBytes: median(pick((m) => m.heapBytes)),
    bundleGzipBytes: bundle?.gzipBytes ?? null,
    errors: [...new Set(runs.flatMap((m) => m.errors))],
  };
}

/** Medians of the import runs of one dataset in one format. */
export interface ImportSummaryRow {
  dataset: string;
  format: ImportFileFormat;
  actors: number;
  relationships: number;
  /** Size of the file(s) read. */
  bytes: number;
  runs: number;
  /** Runs that gave no result (errors say why). */
  failed: number;
  importMs: number | null;
  longestBlockMs: number | null;
  /** The worst run's longest block: the target is a bound, so the worst case matters too. */
  longestBlockMaxMs: number | null;
  blockSource: string | null;
  /** Then building the graph on the main thread, which the element does after the import. */
  loadMs: number | null;
  /** 'worker' or 'main-thread' (several when runs differed). */
  thread: string | null;
  errors: string[];
}

export function summarizeImport(dataset: ImportDataset, format: ImportFileFormat, runs: ImportMeasurement[]): ImportSummaryRow {
  const results = runs.flatMap((run) => (run.result ? [run.result] : []));
  const blocks = results.map((result) => result.longestBlockMs);
  return {
    dataset: dataset.id,
    format,
    actors: dataset.actors,
    relationships: dataset.relationships,
    bytes: dataset.bytes[format],
    runs: runs.length,
    failed: runs.length - results.length,
    importMs: median(results.map((result) => result.importMs)),
    longestBlockMs: median(blocks),
    longestBlockMaxMs: blocks.length > 0 ? Math.max(...blocks) : null,
    blockSource: results[0]?.blockSource ?? null,
    loadMs: median(results.map((result) => result.loadMs)),
    thread: results.length > 0 ? [...new Set(results.map((result) => result.thread))].join(', ') : null,
    errors: [...new Set(runs.flatMap((run) => run.errors))],
  };
}
