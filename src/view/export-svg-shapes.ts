/**
 * Node outlines as SVG geometry, for the SVG export: the shapes Cytoscape draws for the node
 * shapes a dataset may name (`NODE_SHAPES`), built from the same unit polygons Cytoscape builds
 * in its renderer (`node-shapes.mjs`, `math.mjs`), so an exported drawing matches the canvas.
 * Everything is in absolute model coordinates: the document's viewBox does the placing.
 * Rounded corners are circular arcs tangent to both sides, as Cytoscape draws them; a shape this
 * file does not know is drawn as an ellipse (Cytoscape's default shape).
 */
import { num } from './export-svg-markup';

interface Point {
  x: number;
  y: number;
}

/** Cytoscape's `generateUnitNgonPoints`: a regular polygon on the unit circle, flat side down when even. */
function ngon(sides: number, rotation = 0): number[] {
  const step = (2 * Math.PI) / sides;
  const start = (sides % 2 === 0 ? Math.PI / 2 + step / 2 : Math.PI / 2) + rotation;
  return Array.from({ length: sides }, (_, i) => [Math.cos(start + i * step), Math.sin(-(start + i * step))]).flat();
}

/** Cytoscape's `fitPolygonToSquare`: stretched to span -1..1 on both axes, top at -1. */
function fitToSquare(points: number[]): number[] {
  const xs = points.filter((_, i) => i % 2 === 0);
  const ys = points.filter((_, i) => i % 2 === 1);
  const sx = 2 / (Math.max(...xs) - Math.min(...xs));
  const sy = 2 / (Math.max(...ys) - Math.min(...ys));
  const top = Math.min(...ys) * sy;
  return points.map((value, i) => (i % 2 === 0 ? value * sx : value * sy + (top < -1 ? -1 - top : 0)));
}

function star(): number[] {
  const outer = ngon(5);
  const innerRadius = 0.5 * (3 - Math.sqrt(5)) * 1.57;
  const inner = ngon(5, Math.PI / 5).map((value) => value * innerRadius);
  const points: number[] = [];
  for (let i = 0; i < 5; i++) points.push(outer[2 * i]!, outer[2 * i + 1]!, inner[2 * i]!, inner[2 * i + 1]!);
  return fitToSquare(points);
}

const SQUARE = fitToSquare(ngon(4));
const DIAMOND = [0, 1, 1, 0, 0, -1, -1, 0];
const TAG = [-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1];

/** Unit polygons by shape name; `round-*` shapes round the corners of the polygon of the same name. */
const POLYGONS: Record<string, number[]> = {
  triangle: fitToSquare(ngon(3)),
  rectangle: SQUARE,
  square: SQUARE,
  diamond: DIAMOND,
  pentagon: fitToSquare(ngon(5)),
  hexagon: fitToSquare(ngon(6)),
  heptagon: fitToSquare(ngon(7)),
  octagon: fitToSquare(ngon(8)),
  star: star(),
  vee: [-1, -1, 0, -0.333, 1, -1, 0, 1],
  rhomboid: [-1, -1, 0.333, -1, 1, 1, -0.333, 1],
  'right-rhomboid': [-0.333, -1, 1, -1, 0.333, 1, -1, 1],
  'concave-hexagon': [-1, -0.95, -0.75, 0, -1, 0.95, 1, 0.95, 0.75, 0, 1, -0.95],
  tag: TAG,
};

/** The outline of a node as SVG: an `<ellipse>` or a `<path>`, with `paint` attributes added. */
export function nodeOutline(
  shape: string,
  x: number,
  y: number,
  w: number,
  h: number,
  cornerRadius: number | 'auto',
  paint: string,
): string {
  const d = outlinePath(shape, x, y, w, h, cornerRadius);
  if (d === null) return `<ellipse cx="${num(x)}" cy="${num(y)}" rx="${num(w / 2)}" ry="${num(h / 2)}"${paint}/>`;
  return `<path d="${d}"${paint}/>`;
}

/** Path data of a shape, or null for an ellipse. */
function outlinePath(shape: string, x: number, y: number, w: number, h: number, cornerRadius: number | 'auto'): string | null {
  const place = (unit: number[]): Point[] =>
    Array.from({ length: unit.length / 2 }, (_, i) => ({ x: x + (w / 2) * unit[2 * i]!, y: y + (h / 2) * unit[2 * i + 1]! }));
  const radius = (auto: number) => (cornerRadius === 'auto' ? auto : cornerRadius);
  const polygonRadius = radius(Math.min(w / 10, h / 10, 8));
  const rectangleRadius = radius(Math.min(w / 4, h / 4, 8));
  switch (shape) {
    case 'round-rectangle':
    case 'roundrectangle':
      return roundedPolygon(place(SQUARE), [rectangleRadius]);
    case 'bottom-round-rectangle':
    case 'bottomroundrectangle':
      // SQUARE's corners run top left, bottom left, bottom right, top right.
      return roundedPolygon(place(SQUARE), [0, rectangleRadius, rectangleRadius, 0]);
    case 'cut-rectangle':
    case 'cutrectangle':
      return cutRectangle(x, y, w, h, cornerRadius === 'auto' ? 8 : cornerRadius);
    case 'barrel':
      return barrel(x, y, w, h);
  }
  const rounded = shape.startsWith('round-');
  const unit = POLYGONS[rounded ? shape.slice('round-'.length) : shape];
  if (!unit) return null;
  return roundedPolygon(place(unit), [rounded ? polygonRadius : 0]);
}

/**
 * A closed polygon whose corner i is rounded with radius `radii[i]` (the last radius given
 * repeats): a circular arc tangent to both sides, shrunk where a side is too short for it.
 */
function roundedPolygon(points: Point[], radii: number[]): string {
  const n = points.length;
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const corner = points[i]!;
    const before = points[(i + n - 1) % n]!;
    const after = points[(i + 1) % n]!;
    const r = radii[Math.min(i, radii.length - 1)]!;
    if (r <= 0) {
      parts.push(`${i === 0 ? 'M' : 'L'}${num(corner.x)},${num(corner.y)}`);
      continue;
    }
    const toBefore = unit(before, corner);
    const toAfter = unit(after, corner);
    const half = Math.acos(Math.max(-1, Math.min(1, toBefore.x * toAfter.x + toBefore.y * toAfter.y))) / 2;
    const tangent = Math.min(r / Math.tan(half), toBefore.length / 2, toAfter.length / 2);
    const arcRadius = tangent * Math.tan(half);
    const start = { x: corner.x + toBefore.x * tangent, y: corner.y + toBefore.y * tangent };
    const end = { x: corner.x + toAfter.x * tangent, y: corner.y + toAfter.y * tangent };
    // A right turn (clockwise on screen, y down) is drawn with the clockwise arc.
    const sweep = (corner.x - before.x) * (after.y - corner.y) - (corner.y - before.y) * (after.x - corner.x) > 0 ? 1 : 0;
    parts.push(`${i === 0 ? 'M' : 'L'}${num(start.x)},${num(start.y)}`);
    parts.push(`A${num(arcRadius)},${num(arcRadius)} 0 0 ${sweep} ${num(end.x)},${num(end.y)}`);
  }
  return `${parts.join(' ')} Z`;
}

function unit(to: Point, from: Point): { x: number; y: number; length: number } {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  return { x: dx / length, y: dy / length, length };
}

/** Cytoscape's cut rectangle: each corner cut at `cut` pixels along both sides. */
function cutRectangle(x: number, y: number, w: number, h: number, cut: number): string {
  const [x1, x2, y1, y2] = [x - w / 2, x + w / 2, y - h / 2, y + h / 2];
  const points = [x1 + cut, y1, x2 - cut, y1, x2, y1 + cut, x2, y2 - cut, x2 - cut, y2, x1 + cut, y2, x1, y2 - cut, x1, y1 + cut];
  return `M${Array.from({ length: 8 }, (_, i) => `${num(points[2 * i]!)},${num(points[2 * i + 1]!)}`).join(' L')} Z`;
}

/** Cytoscape's `drawBarrelPath`: straight sides, curved corners. */
function barrel(x: number, y: number, w: number, h: number): string {
  const [x1, x2, y1, y2] = [x - w / 2, x + w / 2, y - h / 2, y + h / 2];
  const hOffset = Math.min(15, 0.05 * h);
  const wOffset = Math.min(100, 0.25 * w);
  const ctrl = 0.05 * wOffset;
  const p = (px: number, py: number) => `${num(px)},${num(py)}`;
  return [
    `M${p(x1, y1 + hOffset)}`,
    `L${p(x1, y2 - hOffset)} Q${p(x1 + ctrl, y2)} ${p(x1 + wOffset, y2)}`,
    `L${p(x2 - wOffset, y2)} Q${p(x2 - ctrl, y2)} ${p(x2, y2 - hOffset)}`,
    `L${p(x2, y1 + hOffset)} Q${p(x2 - ctrl, y1)} ${p(x2 - wOffset, y1)}`,
    `L${p(x1 + wOffset, y1)} Q${p(x1 + ctrl, y1)} ${p(x1, y1 + hOffset)} Z`,
  ].join(' ');
}
