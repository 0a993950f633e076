/**
 * No actor hidden under the legend at first sight: when a freshly drawn graph has actors under
 * the open legend, the graph is fitted into the larger free area beside or above it; when that
 * area is too small to show the graph at a useful scale, the legend collapses to its button.
 */
import type { GraphView } from '../../view/graph-view';

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Above this many actors the check is skipped: measuring every actor's box costs too much. */
const MAX_ACTORS_CHECKED = 2000;
/**
 * Fitting beside the legend is kept when the graph stays at least this share of its plain fit's
 * scale, or at least at READABLE_ZOOM (13 px labels drawn at 8 px or more).
 */
const MIN_SCALE_SHARE = 0.6;
const READABLE_ZOOM = 0.6;

export function intersects(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** The larger free rectangle of the canvas beside (right of) or above the legend (which sits bottom-left). */
export function freeArea(legend: Box, width: number, height: number): { x: number; y: number; width: number; height: number } {
  const right = { x: legend.x2, y: 0, width: width - legend.x2, height };
  const above = { x: 0, y: 0, width, height: legend.y1 };
  return right.width * right.height >= above.width * above.height ? right : above;
}

/**
 * Makes every actor clear of the legend; returns false when only collapsing the legend can do
 * it (the caller collapses it).
 */
export function keepActorsClear(view: GraphView, canvas: HTMLElement, legend: HTMLElement): boolean {
  if (view.cy.nodes().length > MAX_ACTORS_CHECKED || canvas.clientWidth === 0 || canvas.clientHeight === 0) return true;
  const origin = canvas.getBoundingClientRect();
  const rect = legend.getBoundingClientRect();
  const box = { x1: rect.left - origin.left, y1: rect.top - origin.top, x2: rect.right - origin.left, y2: rect.bottom - origin.top };
  const covered = () => view.actorBoxes().some((actor) => intersects(actor, box));
  if (!covered()) return true;
  const plain = view.cy.zoom();
  const zoom = view.fitInto(freeArea(box, canvas.clientWidth, canvas.clientHeight));
  if (zoom >= Math.min(plain * MIN_SCALE_SHARE, READABLE_ZOOM) && !covered()) return true;
  view.fit(false);
  return false;
}
