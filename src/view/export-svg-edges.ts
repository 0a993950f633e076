/**
 * Edges as SVG, for the SVG export. The geometry is Cytoscape's own, read through its public
 * edge-point API: the line runs from `sourceEndpoint()` to `targetEndpoint()` through
 * `segmentPoints()` (polylines) or `controlPoints()` (bezier curves, loops), drawn as the chain
 * of quadratic curves Cytoscape draws between them. The arrowhead, its size and the gap the line
 * leaves under its tip follow Cytoscape's triangle arrow (`arrow-shapes.mjs`): every arrow shape
 * is drawn as that triangle, the only one the widget's stylesheet uses.
 */
import type { EdgeSingular, Position } from 'cytoscape';
import { attrs, colorStyle, num, numberStyle, opacity, stringStyle, styleOf } from './export-svg-markup';

interface Curve {
  start: Position;
  /** Each step: to `to`, straight or through a quadratic control point `via`. */
  steps: Array<{ via?: Position; to: Position }>;
}

/** The `<g>` of one edge: its line and arrowheads (its label is drawn by the caller). */
export function edgeMarkup(edge: EdgeSingular): string {
  const curve = edgeCurve(edge);
  if (!curve) return '';
  const width = numberStyle(edge, 'width');
  const alpha = edge.effectiveOpacity() * numberStyle(edge, 'line-opacity');
  const arrows: string[] = [];
  const haystack = stringStyle(edge, 'curve-style') === 'haystack';
  if (!haystack && hasArrow(edge, 'target')) arrows.push(arrowAtEnd(edge, curve, 'target', width, alpha));
  if (!haystack && hasArrow(edge, 'source')) {
    const back = reversed(curve);
    arrows.push(arrowAtEnd(edge, back, 'source', width, alpha));
    curve.start = back.steps.at(-1)!.to;
  }
  const line = attrs({
    class: 'line',
    d: pathData(curve),
    fill: 'none',
    stroke: colorStyle(edge, 'line-color'),
    'stroke-width': width,
    'stroke-opacity': opacity(alpha),
    'stroke-dasharray': dashArray(edge),
    'stroke-dashoffset': stringStyle(edge, 'line-style') === 'dashed' ? numberStyle(edge, 'line-dash-offset') || undefined : undefined,
    'stroke-linecap': stringStyle(edge, 'line-cap') === 'butt' ? undefined : stringStyle(edge, 'line-cap'),
  });
  return `<g${attrs({ class: 'edge', 'data-id': edge.id() })}><path${line}/>${arrows.join('')}</g>`;
}

/** Cytoscape's dash patterns: `dotted` is [1, 1] whatever the width; `dashed` is `line-dash-pattern`. */
function dashArray(edge: EdgeSingular): string | undefined {
  const style = stringStyle(edge, 'line-style');
  if (style === 'dotted') return '1 1';
  if (style !== 'dashed') return undefined;
  const pattern = styleOf(edge, 'line-dash-pattern');
  return Array.isArray(pattern) ? pattern.map((value) => num(Number(value))).join(' ') : '6 3';
}

function edgeCurve(edge: EdgeSingular): Curve | null {
  const start = edge.sourceEndpoint() as Position | undefined;
  const end = edge.targetEndpoint() as Position | undefined;
  if (!finite(start) || !finite(end)) return null;
  const segments = edge.segmentPoints() as Position[] | undefined;
  const controls = edge.controlPoints() as Position[] | undefined;
  if (segments?.length) return { start, steps: [...segments, end].map((to) => ({ to })) };
  if (controls?.length) {
    // Cytoscape's `allpts`: between two control points the curve passes through their midpoint.
    const steps = controls.map((via, i) => {
      const next = controls[i + 1];
      return { via, to: next ? { x: (via.x + next.x) / 2, y: (via.y + next.y) / 2 } : end };
    });
    return { start, steps };
  }
  return { start, steps: [{ to: end }] };
}

const finite = (p: Position | undefined): p is Position => !!p && Number.isFinite(p.x) && Number.isFinite(p.y);

function pathData(curve: Curve): string {
  const p = (point: Position) => `${num(point.x)},${num(point.y)}`;
  return `M${p(curve.start)}${curve.steps.map((step) => (step.via ? ` Q${p(step.via)} ${p(step.to)}` : ` L${p(step.to)}`)).join('')}`;
}

/** The same curve run from its end back to its start. */
function reversed(curve: Curve): Curve {
  const points = [curve.start, ...curve.steps.map((step) => step.to)];
  const steps = curve.steps.map((step, i) => ({ via: step.via, to: points[i]! })).reverse();
  return { start: points.at(-1)!, steps };
}

const hasArrow = (edge: EdgeSingular, end: 'source' | 'target') => {
  const shape = stringStyle(edge, `${end}-arrow-shape`);
  return shape !== '' && shape !== 'none';
};

/**
 * The arrowhead at the end of `curve`, whose tip is Cytoscape's endpoint; the curve's last point
 * moves back under the arrow, by Cytoscape's gap, so the line's square end does not show past the
 * tip. Cytoscape's arrow size: `max((width * 13.37) ^ 0.9, 29) * arrow-scale`, 0.3 of it long
 * and as wide.
 */
function arrowAtEnd(edge: EdgeSingular, curve: Curve, end: 'source' | 'target', width: number, alpha: number): string {
  const own = styleOf(edge, `${end}-arrow-scale`);
  const scale = typeof own === 'number' ? own : numberStyle(edge, 'arrow-scale') || 1;
  const size = Math.max(Math.pow(width * 13.37, 0.9), 29) * scale;
  const last = curve.steps.at(-1)!;
  const tip = last.to;
  const before = last.via ?? (curve.steps.length > 1 ? curve.steps.at(-2)!.to : curve.start);
  const gap = 2 * width * scale;
  const along = direction(before, tip);
  const lineEnd = { x: tip.x - along.x * gap, y: tip.y - along.y * gap };
  // Moves the curve's end in place (the caller draws the line after its arrows).
  last.to = lineEnd;
  // Cytoscape points the arrow along the curve near its end: from 90% along the last piece.
  const from = last.via ? quadraticAt(curve.steps.length > 1 ? curve.steps.at(-2)!.to : curve.start, last.via, lineEnd, 0.9) : before;
  const dir = direction(from, lineEnd);
  const length = 0.3 * size;
  const half = 0.15 * size;
  const base = { x: tip.x - dir.x * length, y: tip.y - dir.y * length };
  const points = [tip, { x: base.x - dir.y * half, y: base.y + dir.x * half }, { x: base.x + dir.y * half, y: base.y - dir.x * half }];
  return `<polygon${attrs({
    class: 'arrow',
    points: points.map((p) => `${num(p.x)},${num(p.y)}`).join(' '),
    fill: colorStyle(edge, `${end}-arrow-color`),
    'fill-opacity': opacity(alpha),
  })}/>`;
}

function direction(from: Position, to: Position): Position {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  return length > 0 ? { x: dx / length, y: dy / length } : { x: 1, y: 0 };
}

const quadraticAt = (p0: Position, p1: Position, p2: Position, t: number): Position => ({
  x: (1 - t) * (1 - t) * p0.x + 2 * (1 - t) * t * p1.x + t * t * p2.x,
  y: (1 - t) * (1 - t) * p0.y + 2 * (1 - t) * t * p1.y + t * t * p2.y,
});
