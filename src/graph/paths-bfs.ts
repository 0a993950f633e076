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
  return meet(graph, options, from, to)?.hops ?? null;
}

/**
 * Hops to `to` from each actor on a shortest path from `from` (and from the actors the backward
 * search reached, whose distances are exact too), with the length; null when there is no path.
 * It lets the all-paths search walk straight along a shortest path, with no dead end to back out
 * of, after a bidirectional search rather than a BFS over everything within that many hops of `to`.
 */
export function distancesOnShortestPaths(
  graph: Graph,
  options: Resolved,
  from: string,
  to: string,
): { hops: number; toTarget: Map<string, number> } | null {
  const met = meet(graph, options, from, to);
  if (met === null) return null;
  const { hops, forward, backward } = met;
  const toTarget = new Map(backward);
  // Where the searches met: actors both reached with distances adding up to the length. Every
  // shortest path passes through one of them, and the forward search's levels lead back from them
  // to `from` along exactly the shortest paths; backward distances beyond them are exact already.
  let level = [...forward].filter(([node, d]) => backward.get(node) === hops - d).map(([node]) => node);
  const onShortest = new Set(level);
  while (level.length > 0) {
    const previous: string[] = [];
    for (const node of level) {
      const before = forward.get(node)! - 1;
      forEachAllowedEdge(graph, options, node, true, (_edge, _attributes, neighbour) => {
        if (forward.get(neighbour) !== before || onShortest.has(neighbour)) return;
        onShortest.add(neighbour);
        toTarget.set(neighbour, hops - before);
        previous.push(neighbour);
      });
    }
    level = previous;
  }
  return { hops, toTarget };
}

interface Side {
  distances: Map<string, number>;
  frontier: string[];
  into: boolean;
}

/**
 * The bidirectional search, with what each side reached. Each side has searched whole levels, so
 * when they meet the length is the sum of their depths and every shortest path lies within them.
 */
function meet(
  graph: Graph,
  options: Resolved,
  from: string,
  to: string,
): { hops: number; forward: Map<string, number>; backward: Map<string, number> } | null {
  if (!isVisibleNode(options, from) || !isVisibleNode(options, to)) return null;
  const forward: Side = { distances: new Map([[from, 0]]), frontier: [from], into: false };
  const backward: Side = { distances: new Map([[to, 0]]), frontier: [to], into: true };
  const result = (hops: number) => ({ hops, forward: forward.distances, backward: backward.distances });
  if (from === to) return result(0);
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
    if (best < Infinity) return result(best);
    side.frontier = next;
  }
  return null;
}
