/**
 * The claims an analysis counts: the graph's edges of the selected statuses and types, each with
 * its sign (from the options, else the registry, else neutral) and its weight. Every analysis
 * reads this one list, so they all agree on what counts.
 */
import type Graph from 'graphology';
import { edgeStatusOf, type StatusKey } from '../graph/legend';
import type { Registry } from '../graph/registry';
import type { ResolvedOptions } from './options';

export interface Claim {
  key: string;
  source: string;
  target: string;
  /** False for an undirected claim (a pact). */
  directed: boolean;
  type: string;
  status: StatusKey;
  sign: -1 | 0 | 1;
  /** Above 0: claims that would weigh nothing are left out. */
  weight: number;
}

/** The claims that count, in the graph's edge order. */
export function countedClaims(
  graph: Graph,
  registry: Registry,
  options: Pick<ResolvedOptions, 'statuses' | 'types' | 'signs' | 'statusWeights'>,
): Claim[] {
  const claims: Claim[] = [];
  graph.forEachEdge((key, attributes, source, target, _sa, _ta, undirected) => {
    const type = String(attributes.type);
    const status = edgeStatusOf(attributes);
    if (options.statuses && !options.statuses.has(status)) return;
    if (options.types && !options.types.has(type)) return;
    const weight = claimWeight(attributes.weight) * (options.statusWeights.get(status) ?? 1);
    // A status weighted 0 is a way of saying "leave these out": they tie no one to anyone.
    if (!(weight > 0)) return;
    const sign = options.signs.get(type) ?? registry.edgeTypes.get(type)?.sign ?? 0;
    claims.push({ key, source, target, directed: !undirected, type, status, sign, weight });
  });
  return claims;
}

/** The `weight` attribute when it is a finite number above 0, else 1. */
function claimWeight(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 1;
}
