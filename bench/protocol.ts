/**
 * The contract between the runner (Node) and each contender's page (browser): the hooks a page
 * exposes as `window.__bench`, the query parameters it reads, and the marks it leaves. Every time
 * is in milliseconds since navigation start (`performance.now()` in the page).
 */
import { mulberry32 } from '../src/analysis/prng';

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

/**
 * The widget pages' "interactive" (issue 14): `sg-load` fired, a frame was painted showing what
 * the element drew (the overview's groups, or every actor when it draws them all), and
 * `select(key)` of a seeded random actor (inside a collapsed group when there is an overview)
 * showed up in `element.selection` and was painted.
 */
export interface InteractiveResult {
  /** The first painted frame of what the element drew, ms since navigation start; null when the select check failed. */
  interactiveMs: number | null;
  /** That frame, whether or not the select check passed. */
  frameMs: number;
  /** What that frame showed: the grouped overview (groups collapsed) or every actor. */
  drawn: 'overview' | 'flat';
  /** Cytoscape nodes in that frame (groups count as one). */
  nodesDrawn: number;
  /** `element.groups.length` then; null when the element has no `groups` (a build without groups). */
  groups: number | null;
  /** `sg-load` after `element.data = …`, ms since navigation start (validation, building, first draw); null when not seen. */
  sgLoadMs: number | null;
  /** When `element.data` was assigned, ms since navigation start. */
  dataAssignedMs: number;
  /** The actor selected (seeded by the dataset's size). */
  selectKey: string;
  /** It had no Cytoscape node when `select` was called (inside a collapsed group). */
  selectHidden: boolean;
  /** From the `select(key)` call to the first frame after a render with it selected and drawn; null when that did not happen. */
  selectMs: number | null;
  /** The longest Long Animation Frame from navigation until the select was painted (the existing measure goes on until the layout settled). */
  longestBlockMs: number;
  /** Why the check failed, when it did. */
  error: string | null;
}

/**
 * The actor the widget pages `select` after their first frame: seeded by the dataset's size alone,
 * so both widget pages and every run pick the same one.
 */
export function selectKey(keys: readonly string[]): string {
  const random = mulberry32(14 ^ keys.length);
  return keys[Math.floor(random() * keys.length)]!;
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
  /** The widget pages only: the "interactive" check, resolved once the select after the first frame was painted (or failed). */
  interactive?: Promise<InteractiveResult>;
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

export const CONTENDER_IDS = [
  'widget',
  'widget-flat',
  'cytoscape-cose',
  'cytoscape-fcose',
  'cytoscape-grid',
  'vis-network',
  'sigma',
  'sigma-v3',
] as const;
export type ContenderId = (typeof CONTENDER_IDS)[number];
