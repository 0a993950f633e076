/**
 * ForceAtlas2's working arrays for a graph, built here (not with the package's helper) so node
 * keys go through a Map and names such as "__proto__" are safe. Layout: 10 floats per node
 * (x, y, dx, dy, old dx, old dy, mass, convergence, size, fixed), 3 per edge (source index,
 * target index, weight), as graphology-layout-forceatlas2's `iterate` expects.
 */
import type Graph from 'graphology';
import type { Positions } from './initial-positions';

export const PPN = 10;
export const PPE = 3;

export interface Fa2Matrices {
  /** Node keys in matrix order. */
  order: string[];
  nodes: Float32Array;
  edges: Float32Array;
}

export function buildMatrices(graph: Graph, start: Positions): Fa2Matrices {
  const order: string[] = [];
  const index = new Map<string, number>();
  const nodes = new Float32Array(graph.order * PPN);
  graph.forEachNode((node) => {
    const i = order.length;
    index.set(node, i);
    order.push(node);
    const position = start.get(node) ?? { x: 0, y: 0 };
    const j = i * PPN;
    nodes[j] = position.x;
    nodes[j + 1] = position.y;
    nodes[j + 6] = 1; // mass: 1 + degree, added below
    nodes[j + 7] = 1; // convergence
    nodes[j + 8] = 1; // size
  });
  const pairs: number[] = [];
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (source === target) return;
    const s = index.get(source)!;
    const t = index.get(target)!;
    pairs.push(s, t);
    nodes[s * PPN + 6]! += 1;
    nodes[t * PPN + 6]! += 1;
  });
  const edges = new Float32Array((pairs.length / 2) * PPE);
  for (let k = 0, e = 0; k < pairs.length; k += 2, e += PPE) {
    edges[e] = pairs[k]! * PPN;
    edges[e + 1] = pairs[k + 1]! * PPN;
    edges[e + 2] = 1;
  }
  return { order, nodes, edges };
}

/** x, y pairs from the node matrix, for shipping positions cheaply. */
export function extractXY(nodes: Float32Array): Float32Array {
  const count = nodes.length / PPN;
  const xy = new Float32Array(count * 2);
  for (let i = 0; i < count; i++) {
    xy[i * 2] = nodes[i * PPN]!;
    xy[i * 2 + 1] = nodes[i * PPN + 1]!;
  }
  return xy;
}
