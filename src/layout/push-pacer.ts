/**
 * When a progressive layout may hand new positions to the view. A push is not free: Cytoscape
 * moves every node, recomputes bounding boxes and redraws, which on a big graph keeps the main
 * thread busy for seconds. So the pacer remembers what the last push cost (from its start until
 * the frame after it was drawn) and spaces the next one at least `costFactor` times that cost
 * after it ended: with the default 4, the page is free for at least four fifths of the time
 * whatever a redraw costs on this machine. Pure logic, no DOM: the caller measures and schedules.
 */

export interface PacingOptions {
  /** Least time between the end of one push and the start of the next, ms. Default 1,000. */
  minGapMs?: number;
  /** The next push waits at least this many times the last push's cost. Default 4. */
  costFactor?: number;
  /** Whether intermediate positions are pushed at all (false: only the final ones). Default true. */
  intermediate?: boolean;
}

export const DEFAULT_MIN_GAP_MS = 1000;
export const DEFAULT_COST_FACTOR = 4;

/**
 * Above this many actors a progressive layout pushes only its final positions: a push there
 * costs seconds of main-thread time (measured: see README, Performance), so intermediate steps
 * would make the graph unresponsive for most of the layout instead of showing it refine.
 */
export const INTERMEDIATE_PUSH_LIMIT = 10_000;

/** Whether a graph of `order` actors gets intermediate positions while its layout runs. */
export function pushesIntermediate(order: number, limit = INTERMEDIATE_PUSH_LIMIT): boolean {
  return order <= limit;
}

export class PushPacer {
  private readonly minGap: number;
  private readonly factor: number;
  readonly intermediate: boolean;
  /** When the last push ended (its frame was drawn); -Infinity before the first. */
  private lastEnd = -Infinity;
  private lastCost = 0;
  /** A push started and its cost is not known yet. */
  private inFlight = false;

  constructor(options: PacingOptions = {}) {
    this.minGap = options.minGapMs ?? DEFAULT_MIN_GAP_MS;
    this.factor = options.costFactor ?? DEFAULT_COST_FACTOR;
    this.intermediate = options.intermediate ?? true;
  }

  /** What the last push cost, ms (0 before the first). */
  get lastCostMs(): number {
    return this.lastCost;
  }

  /** Whether a push started and has not been measured yet. */
  get busy(): boolean {
    return this.inFlight;
  }

  /** Counts the gap from `now` (e.g. when the graph was first drawn) as if a push of `costMs` ended then. */
  seed(now: number, costMs = 0): void {
    this.lastEnd = now;
    this.lastCost = Math.max(0, costMs);
  }

  /**
   * How long to wait from `now` before pushing: 0 for the final positions, Infinity while a push
   * is being measured or when intermediate pushes are off; else what is left of the gap.
   */
  delay(now: number, final: boolean): number {
    if (final) return 0;
    if (this.inFlight || !this.intermediate) return Infinity;
    const gap = Math.max(this.minGap, this.factor * this.lastCost);
    return Math.max(0, this.lastEnd + gap - now);
  }

  /** A push starts now. */
  started(): void {
    this.inFlight = true;
  }

  /** The push that started at `start` was drawn by `end`. */
  ended(start: number, end: number): void {
    this.inFlight = false;
    this.lastEnd = end;
    this.lastCost = Math.max(0, end - start);
  }
}
