/**
 * Simple copies of the network of counted claims, for the library algorithms that expect one:
 * every actor, and one edge per tied pair (parallel claims merged, self-loops dropped).
 *
 * Why a copy: on the dataset's mixed multigraph graphology-metrics counts each parallel claim as a
 * separate shortest path (Brandes over a neighbourhood index with repeats) and follows arrows on
 * directed edges, and graphology-communities-louvain refuses a truly mixed graph. The copies make
 * "ignore direction" mean what networkx's Graph means, and "follow" what its DiGraph means
 * (an undirected claim is an arc each way).
 */
import Graph from 'graphology';
import type { Claim } from './claims';

/** Undirected simple graph; each edge's `weight` is the summed weight of the pair's claims. */
export function undirectedCopy(nodes: readonly string[], claims: readonly Claim[]): Graph {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const node of nodes) graph.addNode(node);
  for (const claim of claims) {
    if (claim.source === claim.target) continue;
    graph.updateUndirectedEdge(claim.source, claim.target, (attributes) => ({
      weight: ((attributes.weight as number | undefined) ?? 0) + claim.weight,
    }));
  }
  return graph;
}

/** Directed simple graph: a directed claim is one arc, an undirected claim two. */
export function directedCopy(nodes: readonly string[], claims: readonly Claim[]): Graph {
  const graph = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
  for (const node of nodes) graph.addNode(node);
  const arc = (source: string, target: string, weight: number) =>
    graph.updateDirectedEdge(source, target, (attributes) => ({ weight: ((attributes.weight as number | undefined) ?? 0) + weight }));
  for (const claim of claims) {
    if (claim.source === claim.target) continue;
    arc(claim.source, claim.target, claim.weight);
    if (!claim.directed) arc(claim.target, claim.source, claim.weight);
  }
  return graph;
}
