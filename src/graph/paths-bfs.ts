/**
 * Hop distances straight on the graph, without a view: what the all-paths search and the
 * explanations need. Building a view costs hundreds of milliseconds on a large graph and an
 * explanation may try a dozen relaxed options, while a BFS touches only what it reaches, and a
 * bidirectional one (as in graphology-shortest-path) only about the square root of that.
 */
import type Graph from 'graphology';
import { forEachAllowedEdge, isVisibleNode, type Resolved } from './paths-traversal';

/** Fewest hops from `start` to each actor within `limit` hops (`into`: from each actor to `start`). */
export function hopDistances(graph: Graph, options: Resolved, start: string, limit: number, into = false): Map<string, number> {
  const distances = new Map<string, number>();
  if (!isVisibleNode(options, start)) return distances;
  distances.set(start, 0);
  let frontier = [start];
  for (let depth = 1; depth <= limit && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const node of frontier) {
      forEachAllowedEdge(graph, options, node, into, (_edge, _attributes, to) => {
        if (distances.has(to)) return;
        distances.set(to, depth);
        next.push(to);
      });
    }
    frontier = next;
  }
  return distances;
}

/**
 * Hops on a shortest path from `from` to `to`, or null when there is none: a BFS from each end,
 * a whole level at a time on the smaller frontier; the first level that meets gives the length.
 */
export function shortestHops(graph: Graph, options: Resolved, from: string, to: string): number | null {
  if (!isVisibleNode(options, from) || !isVisibleNode(options, to)) return null;
  if (from === to) return 0;
  interface Side {
    distances: Map<string, number>;
    frontier: string[];
    into: boolean;
  }
  const forward: Side = { distances: new Map([[from, 0]]), frontier: [from], into: false };
  const backward: Side = { distances: new Map([[to, 0]]), frontier: [to], into: true };
  while (forward.frontier.length > 0 && backward.frontier.length > 0) {
    const [side, other] = forward.frontier.length <= backward.frontier.length ? [forward, backward] : [backward, forward];
    const depth = side.distances.get(side.frontier[0]!)! + 1;
    const next: string[] = [];
    let best = Infinity;
    for (const node of side.frontier) {
      forEachAllowedEdge(graph, options, node, side.into, (_edge, _attributes, neighbour) => {
        if (side.distances.has(neighbour)) return;
        side.distances.set(neighbour, depth);
        next.push(neighbour);
        const rest = other.distances.get(neighbour);
        if (rest !== undefined) best = Math.min(best, depth + rest);
      });
    }
    if (best < Infinity) return best;
    side.frontier = next;
  }
  return null;
}
