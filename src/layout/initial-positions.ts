/**
 * Positions for a graph, computed by graphology (no DOM, no container size needed, so a graph
 * created hidden lays out the same as a visible one): the data's own `x`/`y` when every node has
 * them, else a circle refined by ForceAtlas2. Large graphs get their refinement off the main
 * thread (see the worker layout); here the synchronous version serves small and medium graphs.
 */
import Graph from 'graphology';
import circular from 'graphology-layout/circular';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { fa2Settings } from './fa2-settings';

export type Positions = Map<string, { x: number; y: number }>;

/** True when every node carries finite `x` and `y` attributes. */
export function hasPresetPositions(graph: Graph): boolean {
  if (graph.order === 0) return false;
  return graph.everyNode((_node, attributes) => Number.isFinite(attributes.x) && Number.isFinite(attributes.y));
}

export function presetPositions(graph: Graph): Positions {
  const positions: Positions = new Map();
  graph.forEachNode((node, attributes) => positions.set(node, { x: attributes.x as number, y: attributes.y as number }));
  return positions;
}

/**
 * A circle, then ForceAtlas2 for a number of iterations scaled to the graph's size. Works on a
 * copy of the positions, never writing into the graph's attributes (the data stays as loaded).
 */
export function forcePositions(graph: Graph, iterations = iterationsFor(graph.order)): Positions {
  // A simple undirected copy: FA2 wants one edge per pair, and we must not write into the data.
  // (Positions stay in graph attributes, not in plain objects keyed by node, so keys such as
  // "__proto__" are safe.)
  const work = new Graph({ type: 'undirected', multi: false });
  graph.forEachNode((node) => work.addNode(node));
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (source !== target && !work.hasEdge(source, target)) work.addEdge(source, target);
  });
  circular.assign(work, { scale: Math.max(100, Math.sqrt(graph.order) * 60) });
  if (work.order >= 2 && work.size > 0) {
    forceAtlas2.assign(work, { iterations, settings: fa2Settings(work.order, 'synchronous') });
  }
  const positions: Positions = new Map();
  work.forEachNode((node, attributes) => positions.set(node, { x: attributes.x as number, y: attributes.y as number }));
  return spread(positions);
}

/** Typical distance between a node and its nearest neighbour after `spread`, in model units. */
export const NODE_SPACING = 120;

/**
 * ForceAtlas2's scale depends on the graph (a 6-node graph fits in 30 units); rescale so the
 * median nearest-neighbour distance is NODE_SPACING, whatever the size. Sampled for big graphs.
 */
export function spread(positions: Positions, spacing = NODE_SPACING): Positions {
  const points = [...positions.values()];
  if (points.length < 2) return positions;
  const step = Math.max(1, Math.floor(points.length / 300));
  const nearest: number[] = [];
  for (let i = 0; i < points.length; i += step) {
    let best = Infinity;
    const a = points[i]!;
    for (let j = 0; j < points.length; j++) {
      if (j === i) continue;
      const b = points[j]!;
      const d = Math.hypot(a.x - b.x, a.y - b.y);
      if (d > 0 && d < best) best = d;
    }
    if (best < Infinity) nearest.push(best);
  }
  nearest.sort((x, y) => x - y);
  const median = nearest[Math.floor(nearest.length / 2)];
  if (!median) return positions;
  const factor = spacing / median;
  const scaled: Positions = new Map();
  positions.forEach((pos, node) => scaled.set(node, { x: pos.x * factor, y: pos.y * factor }));
  return scaled;
}

/** More iterations for small graphs, fewer for large ones, so the synchronous cost stays bounded. */
export function iterationsFor(order: number): number {
  if (order <= 100) return 500;
  if (order <= 1000) return 150;
  return 50;
}

/**
 * Instant positions for big graphs: a sunflower spiral (even density, deterministic, O(n)) that
 * the progressive ForceAtlas2 then refines. Spacing is NODE_SPACING between neighbours.
 */
export function spiralPositions(graph: Graph, spacing = NODE_SPACING): Positions {
  const positions: Positions = new Map();
  const golden = Math.PI * (3 - Math.sqrt(5));
  let i = 0;
  graph.forEachNode((node) => {
    const radius = spacing * 0.6 * Math.sqrt(i);
    positions.set(node, { x: radius * Math.cos(i * golden), y: radius * Math.sin(i * golden) });
    i += 1;
  });
  return positions;
}

export function initialPositions(graph: Graph): Positions {
  return hasPresetPositions(graph) ? presetPositions(graph) : forcePositions(graph);
}
