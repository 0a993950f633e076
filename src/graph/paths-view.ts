/**
 * The filtered view shortest paths run on: a simple graphology Graph holding one edge per allowed
 * traversal, weighted by the lightest allowed edge, which graphology-shortest-path then searches.
 * `follow`: a directed graph, with a directed edge source→target and an undirected edge both ways;
 * `ignore`: an undirected graph, which means the same as both directions for every edge but holds
 * half the edges, and inserting edges is most of the cost of a view (about 8 µs each).
 * Views are cached in paths-cache.ts and searched by `shortestPath` in paths.ts.
 */
import Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { allowsEdge, isVisibleNode, type Resolved } from './paths-traversal';

/** A missing, non-finite or negative weight counts as 1 (Dijkstra needs weights of at least 0). */
export function weightOf(attributes: Attributes, name: string | null): number {
  if (name === null) return 1;
  const value = attributes[name] as unknown;
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 1;
}

export function buildView(graph: Graph, options: Resolved): Graph {
  const both = options.direction === 'ignore';
  const view = new Graph({ type: both ? 'undirected' : 'directed', multi: false, allowSelfLoops: false });
  graph.forEachNode((node) => {
    if (isVisibleNode(options, node)) view.addNode(node);
  });
  const add = (source: string, target: string, weight: number) => {
    const existing = view.edge(source, target);
    if (existing === undefined) view.addEdge(source, target, { weight });
    else if (weight < (view.getEdgeAttribute(existing, 'weight') as number)) view.setEdgeAttribute(existing, 'weight', weight);
  };
  graph.forEachEdge((edge, attributes, source, target, _sa, _ta, undirected) => {
    if (!allowsEdge(options, edge, attributes, source, target)) return;
    const weight = weightOf(attributes, options.weight);
    add(source, target, weight);
    if (undirected && !both) add(target, source, weight);
  });
  return view;
}
