/**
 * The viewport that fits a set of model positions into a box, computed from the positions alone.
 * Cytoscape's own `fit` asks every element for its bounding box (styles, label sizes, edge
 * geometry): measured at 5,000 actors that alone took 3.3 s before the first draw, while the
 * positions' box takes a millisecond. Used for big graphs, whose labels are culled at the fitted
 * zoom anyway, so leaving them out of the box loses nothing.
 */
import type { Positions } from '../layout/initial-positions';

export interface FitBox {
  /** Size of the drawing area, px. */
  width: number;
  height: number;
  /** Free margin on every side, px. */
  padding: number;
  /** Largest zoom a fit may choose (a few actors should not be drawn huge). */
  maxZoom: number;
  /** Model units added around the outermost centres, for the nodes' own size. */
  nodeMargin: number;
}

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/** The zoom and pan that centre `positions` in the box; undefined when there is nothing to fit. */
export function viewportForPositions(positions: Positions, box: FitBox): Viewport | undefined {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  positions.forEach(({ x, y }) => {
    if (x < x1) x1 = x;
    if (x > x2) x2 = x;
    if (y < y1) y1 = y;
    if (y > y2) y2 = y;
  });
  if (!Number.isFinite(x1) || !Number.isFinite(y1) || !Number.isFinite(x2) || !Number.isFinite(y2)) return undefined;
  x1 -= box.nodeMargin;
  y1 -= box.nodeMargin;
  x2 += box.nodeMargin;
  y2 += box.nodeMargin;
  const room = { w: Math.max(1, box.width - 2 * box.padding), h: Math.max(1, box.height - 2 * box.padding) };
  const zoom = Math.min(box.maxZoom, room.w / (x2 - x1), room.h / (y2 - y1));
  return { zoom, pan: { x: box.width / 2 - zoom * ((x1 + x2) / 2), y: box.height / 2 - zoom * ((y1 + y2) / 2) } };
}
