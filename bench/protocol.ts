/**
 * The contract between the runner (Node) and each contender's page (browser): the hooks a page
 * exposes as `window.__bench`, the query parameters it reads, and the marks it leaves. Every time
 * is in milliseconds since navigation start (`performance.now()` in the page).
 */

/** Query parameters of a bench page: `?data=/data/n1000.json&cap=60000&settleEvent=1`. */
export interface PageParams {
  /** URL of the dataset (graphology serialization) to fetch. */
  data: string;
  /** Layout cap in ms since navigation start; past it the layout is reported as not settled. */
  cap: number;
  /** The widget only: whether the build fires `sg-layout-settled` (else first frame counts as settled). */
  settleEvent: boolean;
}

/** How the page decided that its layout settled. */
export type SettleSource =
  | 'layoutstop' // Cytoscape's layoutstop event
  | 'stabilized' // vis-network's stabilized event
  | 'fa2-iterations' // the ForceAtlas2 worker ran its iteration budget
  | 'sg-layout-settled' // the widget's own event
  | 'first-frame'; // no settle signal: the first interactive frame counts as settled

export interface LongestBlock {
  /** Longest long animation frame (or long task) seen, ms; 0 when none was over 50 ms. */
  ms: number;
  /** Its blocking part (duration beyond 50 ms of script/style/layout), when known. */
  blockingMs: number | null;
  /** Which API measured it. */
  source: 'long-animation-frame' | 'longtask' | 'none';
  /** Entries seen over 50 ms. */
  count: number;
}

/** One long animation frame: when, how long, and its longest scripts ("ms invoker function file"). */
export interface LongFrame {
  startMs: number;
  ms: number;
  scripts: string[];
}

export interface HighlightResult {
  /** From the call (or click) to the first frame after the renderer drew the path. */
  ms: number;
  /** Actors on the path shown (0 when none was found). */
  pathNodes: number;
}

/**
 * Where the contender's camera is: its zoom factor (larger = closer; sigma's camera ratio is
 * inverted) and its pan, in whatever units the library keeps it (Cytoscape: rendered pixels;
 * sigma: normalized graph coordinates; vis-network: the canvas point at the centre of the view).
 * Only compared with the same contender's own earlier reading.
 */
export interface Viewport {
  zoom: number;
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What every bench page puts on `window.__bench`. */
export interface BenchHooks {
  contender: string;
  /** `performance.now()` when the page's module started running. */
  scriptStart: number;
  /** First frame after all elements were drawn at the contender's first placement, and the page could run a frame. */
  firstFrame: Promise<number>;
  /** When the layout settled; null when the cap passed first. */
  settled: Promise<number | null>;
  settleSource: SettleSource;
  /** Stops a layout still running (after the cap), so the other metrics can be taken. */
  stopLayout(): void;
  /** The longest main-thread block seen so far. */
  longestBlock(): LongestBlock;
  /** The five longest frames so far, for diagnosis. */
  longestFrames(): LongFrame[];
  /** Where the drawing surface is, in CSS pixels of the viewport. */
  canvasRect(): Rect;
  /** The camera now: the runner reads it around the pan/zoom input to check that the input moved it. */
  viewport(): Viewport;
  /** Starts recording requestAnimationFrame deltas. */
  startFrames(): void;
  /** Stops recording and returns the deltas, ms. */
  stopFrames(): number[];
  /** Work done before timing a highlight that a real app would have done earlier (e.g. an index). */
  prepareHighlight(from: string, to: string): void;
  highlight(from: string, to: string): Promise<HighlightResult>;
  /** Contender-specific counters for the JSON (e.g. ForceAtlas2 iterations run). */
  info(): Record<string, number | string>;
  /** Errors the page caught (uncaught exceptions, rejected promises, element error events). */
  errors: string[];
}

/**
 * What the import page (`pages/import.ts`, `?files=/data/import/n1000.gexf`) leaves on
 * `window.__benchImport` once it read its files with `importInBackground`.
 */
export interface ImportPageResult {
  /** From the call to `importInBackground` to its result (fresh page: includes starting the worker). */
  importMs: number;
  /** The longest long animation frame (or long task) during the import; 0 when none was over 50 ms. */
  longestBlockMs: number;
  blockSource: LongestBlock['source'];
  /** Where the input was read: 'worker' or 'main-thread' (under 50,000 characters, or no worker allowed). */
  thread: string;
  format: string;
  /** Characters of text read, in all. */
  chars: number;
  /** Then building the graph on the main thread as the element does: from the worker's validated plan, else `loadDataset` (validation and building). */
  loadMs: number;
  nodes: number;
  edges: number;
}

declare global {
  interface Window {
    __bench?: BenchHooks;
    __benchImport?: Promise<ImportPageResult | { error: string }>;
  }
}

export const CONTENDER_IDS = ['widget', 'cytoscape-cose', 'cytoscape-fcose', 'cytoscape-grid', 'vis-network', 'sigma', 'sigma-v3'] as const;
export type ContenderId = (typeof CONTENDER_IDS)[number];
