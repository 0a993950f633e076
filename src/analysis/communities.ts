/**
 * Communities: groups of actors more tied to each other than to the rest, found by Louvain
 * (graphology-communities-louvain) on the undirected network of counted claims, whatever their
 * sign, each pair weighted by its claims' summed weight. Louvain visits actors in a random order;
 * its `rng` option is a seeded mulberry32 here, so a graph and seed always give the same split.
 * Actors with no counted claim belong to no community.
 */
import louvain from 'graphology-communities-louvain';
import type { Claim } from './claims';
import { compareKeys } from './camps-numbering';
import { mulberry32 } from './prng';
import { undirectedCopy } from './simple-graph';
import type { CommunitiesResult } from './types';

export const NO_TIES = 'no ties to group actors by';

export function computeCommunities(nodes: readonly string[], claims: readonly Claim[], seed: number): CommunitiesResult {
  const graph = undirectedCopy(nodes, claims);
  for (const node of graph.filterNodes((node) => graph.degree(node) === 0)) graph.dropNode(node);
  if (graph.size === 0) {
    return { assignment: Object.fromEntries(nodes.map((node) => [node, null])), modularity: null, count: 0, message: NO_TIES };
  }

  const detailed = louvain.detailed(graph, { getEdgeWeight: 'weight', rng: mulberry32(seed) });

  // Louvain's numbers depend on the visiting order: renumber by size, then by first key.
  const members = new Map<number, string[]>();
  for (const [node, community] of Object.entries(detailed.communities)) {
    if (!members.has(community)) members.set(community, []);
    members.get(community)!.push(node);
  }
  const groups = [...members.values()].map((group) => group.sort(compareKeys));
  groups.sort((a, b) => b.length - a.length || compareKeys(a[0]!, b[0]!));
  const community = new Map<string, number>();
  groups.forEach((group, i) => group.forEach((node) => community.set(node, i)));
  return {
    assignment: Object.fromEntries(nodes.map((node) => [node, community.get(node) ?? null])),
    modularity: detailed.modularity,
    count: groups.length,
  };
}
