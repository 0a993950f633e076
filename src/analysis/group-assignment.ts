/**
 * Camps or communities alone, for grouping the actors (`group-by="camp"` / `"community"`): the
 * same engine as analyze() with its defaults, without the centrality and the sensitivity run,
 * so grouping a 100,000-actor graph costs one Louvain (or one camps split).
 */
import type Graph from 'graphology';
import type { Registry } from '../graph/registry';
import { computeCamps } from './camps';
import { countedClaims, type Claim } from './claims';
import { computeCommunities } from './communities';
import { resolveOptions } from './options';

export type GroupKind = 'camp' | 'community';

/** What a worker needs: the actors and the claims that count (plain data). */
export interface AssignmentInput {
  by: GroupKind;
  nodes: string[];
  claims: Claim[];
  seed: number;
}

export function assignmentInput(graph: Graph, registry: Registry, by: GroupKind): AssignmentInput {
  const options = resolveOptions({ camps: 'auto' });
  return { by, nodes: graph.nodes(), claims: countedClaims(graph, registry, options), seed: options.seed };
}

/** Each actor's camp or community (numbered from 0, biggest first for communities), or null. */
export function assign(input: AssignmentInput): Record<string, number | null> {
  if (input.by === 'community') return computeCommunities(input.nodes, input.claims, input.seed).assignment;
  return computeCamps(input.nodes, input.claims, 'auto', input.seed).assignment;
}
