/**
 * Whether the scripted pan/zoom input moved the contender's camera, and the pan/zoom result built
 * from that: a page that ignores the drag or the wheel has nothing to redraw, so its frame times
 * would read as fast. Such a run reports no frame time, only why. Pure, so the decision is unit
 * tested in Node (`viewport.test.ts`); `measure.ts` takes the readings.
 */
import type { Viewport } from './protocol';
import { percentile } from './stats';

/** The reason a run reports no pan/zoom frame time. */
export const VIEWPORT_UNCHANGED = 'viewport did not change under the input';

/** The camera read around the input: before it, after the drag, and during and after the wheel steps. */
export interface ViewportReadings {
  before: Viewport;
  afterDrag: Viewport;
  wheel: Viewport[];
}

export interface PanZoomResult {
  /** Frame-time percentiles of the `requestAnimationFrame` deltas; null when the input did not move the viewport. */
  p50: number | null;
  p95: number | null;
  max: number | null;
  /** Frames sampled while the input ran. */
  frames: number;
  /** The drag changed the pan. */
  panned: boolean;
  /** A wheel step changed the zoom. */
  zoomed: boolean;
  /** Why no frame time is reported (`VIEWPORT_UNCHANGED` and which part of the input did nothing); null when valid. */
  invalid: string | null;
  viewport: ViewportReadings;
}

/** Equal up to floating-point noise, relative to the values' size (sigma's camera lives in 0..1 units). */
function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function finite(viewport: Viewport): boolean {
  return Number.isFinite(viewport.zoom) && Number.isFinite(viewport.x) && Number.isFinite(viewport.y);
}

/** What changed from `before` to `after`. An unreadable (non-finite) reading counts as no change. */
export function viewportMoved(before: Viewport, after: Viewport): { zoomed: boolean; panned: boolean; moved: boolean } {
  if (!finite(before) || !finite(after)) return { zoomed: false, panned: false, moved: false };
  const zoomed = !same(before.zoom, after.zoom);
  const panned = !same(before.x, after.x) || !same(before.y, after.y);
  return { zoomed, panned, moved: zoomed || panned };
}

/**
 * The drag must have panned (before → after the drag) and the wheel must have zoomed (after the
 * drag → any reading during or after the wheel: the steps go in and out, so the last reading alone
 * can be back where it started). Either missing makes the run invalid, with the part that did nothing.
 */
export function judgeViewport(readings: ViewportReadings): { panned: boolean; zoomed: boolean; invalid: string | null } {
  const panned = viewportMoved(readings.before, readings.afterDrag).panned;
  const zoomed = readings.wheel.some((reading) => viewportMoved(readings.afterDrag, reading).zoomed);
  const missing = [panned ? null : 'the drag did not pan', zoomed ? null : 'the wheel did not zoom'].filter(Boolean);
  return { panned, zoomed, invalid: missing.length ? `${VIEWPORT_UNCHANGED} (${missing.join(', ')})` : null };
}

/** The pan/zoom result of one run: frame times only when the input moved the viewport. */
export function panZoomResult(deltas: readonly number[], readings: ViewportReadings): PanZoomResult {
  const { panned, zoomed, invalid } = judgeViewport(readings);
  const valid = invalid === null;
  return {
    p50: valid ? percentile(deltas, 50) : null,
    p95: valid ? percentile(deltas, 95) : null,
    max: valid && deltas.length ? Math.max(...deltas) : null,
    frames: deltas.length,
    panned,
    zoomed,
    invalid,
    viewport: readings,
  };
}
