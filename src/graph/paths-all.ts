/**
 * All simple paths up to `maxHops`, in their stable order and only as many as asked for. The search
 * deepens one hop at a time and, within a length, walks neighbours in label order, so paths come
 * out already sorted and it can stop at `limit + 1` instead of enumerating everything. A reverse
 * BFS from the target prunes branches that cannot reach it in the hops left.
 */
import type Graph from 'graphology';
import { hopDistances } from './paths-bfs';
import {
  forEachTraversal,
  groupSteps,
  isVisibleNode,
  LabelCache,
  type NeighbourSteps,
  type Resolved,
  type StepGroup,
  type Traversal,
} from './paths-traversal';

/** A path as found: its actors and, per hop, the chosen step group. */
export interface RawPath {
  nodes: string[];
  groups: StepGroup[];
}

export interface Enumeration {
  paths: RawPath[];
  capped: boolean;
}

/**
 * The first `limit` simple paths from `from` to `to` in stable order; `capped` if there are more.
 * `toTarget` replaces the pruning BFS when the caller knows enough: hops to `to` from every actor
 * a path within `maxHops` can pass through (see `distancesOnShortestPaths`).
 */
export function enumeratePaths(
  graph: Graph,
  options: Resolved,
  from: string,
  to: string,
  limit: number,
  toTarget?: Map<string, number>,
): Enumeration {
  if (!isVisibleNode(options, from) || !isVisibleNode(options, to)) return { paths: [], capped: false };
  if (from === to) return { paths: [{ nodes: [from], groups: [] }], capped: false };
  const maxHops = Math.min(options.maxHops, graph.order - 1);
  const distance = toTarget ?? hopDistances(graph, options, to, maxHops, true);
  const first = distance.get(from);
  if (first === undefined) return { paths: [], capped: false };

  const labels = new LabelCache();
  const stepCache = new Map<string, NeighbourSteps[]>();
  const stepsFrom = (node: string): NeighbourSteps[] => {
    let steps = stepCache.get(node);
    if (steps === undefined) {
      const traversals: Traversal[] = [];
      forEachTraversal(graph, options, node, (t) => traversals.push(t));
      stepCache.set(node, (steps = groupSteps(graph, traversals, labels)));
    }
    return steps;
  };

  const paths: RawPath[] = [];
  const nodes = [from];
  const onPath = new Set([from]);
  const hopChoices: StepGroup[][] = [];
  const full = () => paths.length > limit;

  // Every combination of the step groups chosen per hop, in (type, with-direction first) order.
  const emit = (hop: number, chosen: StepGroup[]) => {
    if (full()) return;
    if (hop === hopChoices.length) {
      paths.push({ nodes: [...nodes], groups: [...chosen] });
      return;
    }
    for (const group of hopChoices[hop]!) {
      chosen.push(group);
      emit(hop + 1, chosen);
      chosen.pop();
    }
  };

  const walk = (node: string, left: number) => {
    for (const { to: next, groups } of stepsFrom(node)) {
      if (full()) return;
      if (onPath.has(next) || (distance.get(next) ?? Infinity) > left - 1) continue;
      // Pruning: the target can only end a path, so there is no walking on from it.
      if (next === to && left > 1) continue;
      nodes.push(next);
      hopChoices.push(groups);
      if (left === 1) emit(0, []);
      else {
        onPath.add(next);
        walk(next, left - 1);
        onPath.delete(next);
      }
      nodes.pop();
      hopChoices.pop();
    }
  };

  for (let hops = first; hops <= maxHops && !full(); hops++) walk(from, hops);
  const capped = full();
  return { paths: capped ? paths.slice(0, limit) : paths, capped };
}
