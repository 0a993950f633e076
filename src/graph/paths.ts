/**
 * The path engine: who connects to whom, through which relations, under the current options.
 *
 * Parallel edges: between the same two actors, edges of the same type walked in the same direction
 * (with it, or against it under direction `ignore`; undirected edges count as with it) are one
 * path step. Its representative edge is the one with the best status (confirmed > reported >
 * potential > unspecified), then the smallest key; the others stay reachable through
 * `Hop.alternatives`, and `Hop.evidence` merges the evidence of all of them. Edges of different
 * types, or walked in different directions, make distinct paths: they are different claims.
 *
 * Order of `findPaths`: by hops, then actor by actor along the path (label, then key for actors
 * sharing a label), then hop by hop by relation (type, then with-direction before against). Only
 * paths of at most `maxHops` are listed, except that when none is that short the first path of the
 * shortest length is returned alone, so `paths[0]` is a shortest path whenever there is one.
 * `shortestPath` runs graphology-shortest-path on a filtered view (see paths-view.ts) and picks,
 * per hop, the allowed edge of least weight, then best status, then smallest key.
 */
import type Graph from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import { bidirectional as dijkstraBidirectional } from 'graphology-shortest-path/dijkstra';
import { quote } from './problems';
import { hint } from './suggest';
import { nodeLabel, type Registry } from './registry';
import { narrate } from './path-narrative';
import { enumeratePaths, type RawPath } from './paths-all';
import { explain } from './paths-explain';
import { distancesOnShortestPaths } from './paths-bfs';
import { cachedRegistry, filteredView } from './paths-cache';
import { weightOf } from './paths-view';
import { compareTraversals, makeHop, resolveOptions, traversalsBetween, type Resolved, type StepGroup } from './paths-traversal';
import type { Hop, Path, PathOptions, PathResult } from './paths-types';

export type { Direction, Hop, Path, PathOptions, PathResult } from './paths-types';

/** Thrown for an actor key that is not in the graph, with the closest key as a hint. */
export class UnknownActorError extends Error {
  readonly key: string;
  constructor(key: string, candidates: Iterable<string>) {
    super(`unknown actor ${quote(key)}${hint(key, candidates)}`);
    this.name = 'UnknownActorError';
    this.key = key;
  }
}

function checkActors(graph: Graph, ...keys: string[]): void {
  for (const key of keys) if (!graph.hasNode(key)) throw new UnknownActorError(String(key), graph.nodes());
}

/** A path with the fewest hops (or least total `options.weight`), or null when there is none. */
export function shortestPath(graph: Graph, from: string, to: string, options: PathOptions = {}): Path | null {
  checkActors(graph, from, to);
  const resolved = resolveOptions(options);
  const nodes = shortestNodePath(graph, resolved, from, to);
  if (nodes === null) return null;
  const steps = nodes.slice(1).map((next, i) => {
    const here = nodes[i]!;
    const candidates = traversalsBetween(graph, resolved, here, next);
    const weight = (edge: string) => weightOf(graph.getEdgeAttributes(edge), resolved.weight);
    const best = candidates.reduce((a, b) => ((weight(b.edge) - weight(a.edge) || compareTraversals(b, a)) < 0 ? b : a));
    const group: StepGroup = {
      to: next,
      type: best.type,
      forward: best.forward,
      edges: candidates.filter((t) => t.type === best.type && t.forward === best.forward).sort(compareTraversals),
    };
    return makeHop(graph, here, group, best);
  });
  return toPath(graph, cachedRegistry(graph), nodes, steps);
}

/**
 * All simple paths of at most `maxHops` hops, the first `maxPaths` in stable order (see above); when
 * there is none that short, the shortest path alone, with `beyondMaxHops` set.
 */
export function findPaths(graph: Graph, registry: Registry, from: string, to: string, options: PathOptions = {}): PathResult {
  checkActors(graph, from, to);
  const resolved = resolveOptions(options);
  const { paths, capped } = enumeratePaths(graph, resolved, from, to, resolved.maxPaths);
  const result = { capped, explanation: null, maxHops: resolved.maxHops, beyondMaxHops: false };
  if (paths.length > 0) return { ...result, paths: paths.map((raw) => fromRaw(graph, registry, raw)) };
  const longer = firstShortestPath(graph, resolved, from, to);
  if (longer) return { ...result, paths: [fromRaw(graph, registry, longer)], beyondMaxHops: true };
  return { ...result, paths: [], explanation: explain(graph, registry, from, to, resolved) };
}

/**
 * The first path, in findPaths' order, among those with the fewest hops, whatever their number;
 * null when there is none. This is what findPaths would list first with `maxHops` raised to that
 * length, so raising it keeps the path in first place. It walks the graph with the same rules as
 * the enumeration rather than calling shortestPath: that would build a filtered view (hundreds of
 * milliseconds on a large graph, each time the filters change) and pick among equally short paths
 * and parallel edges by other rules. Weights are not used, as nowhere in findPaths.
 */
function firstShortestPath(graph: Graph, options: Resolved, from: string, to: string): RawPath | null {
  const shortest = distancesOnShortestPaths(graph, options, from, to);
  if (shortest === null) return null;
  return enumeratePaths(graph, { ...options, maxHops: shortest.hops }, from, to, 1, shortest.toTarget).paths[0] ?? null;
}

/**
 * Which option blocks every path, found by relaxing them one at a time (then in pairs, …):
 * "No path following direction; 1 path ignoring direction." When paths exist, how many.
 */
export function explainNoPath(graph: Graph, registry: Registry, from: string, to: string, options: PathOptions = {}): string {
  checkActors(graph, from, to);
  return explain(graph, registry, from, to, resolveOptions(options));
}

/** The actors on a shortest path in the filtered view (see paths-view.ts), or null. */
function shortestNodePath(graph: Graph, options: Resolved, from: string, to: string): string[] | null {
  const view = filteredView(graph, options);
  if (!view.hasNode(from) || !view.hasNode(to)) return null;
  if (options.weight === null) return bidirectional(view, from, to);
  // Typed as string[], but graphology returns null when there is no path (as this function does).
  return dijkstraBidirectional(view, from, to, 'weight');
}

function fromRaw(graph: Graph, registry: Registry, raw: RawPath): Path {
  const steps = raw.groups.map((group, i) => makeHop(graph, raw.nodes[i]!, group));
  return toPath(graph, registry, raw.nodes, steps);
}

function toPath(graph: Graph, registry: Registry, nodes: string[], steps: Hop[]): Path {
  return {
    nodes,
    edges: steps.map((hop) => hop.edge),
    hops: steps.length,
    // A path of no hops (from an actor to itself) is told as the actor alone.
    narrative: steps.length > 0 ? narrate(graph, registry, steps) : nodeLabel(graph, nodes[0]!),
    steps,
  };
}
