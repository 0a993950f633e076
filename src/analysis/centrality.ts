/**
 * Who matters: degree, betweenness and PageRank over the claims that count, friendly, hostile or
 * neutral alike (an actor everyone condemns is central too). Betweenness and PageRank come from
 * graphology-metrics on a simple copy of the network (simple-graph.ts), unweighted, so they equal
 * networkx's `betweenness_centrality` and `pagerank` on the same Graph (or DiGraph when
 * direction is followed). Above 5,000 actors betweenness is estimated from sampled sources
 * unless exact is asked for.
 */
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { sampledBetweenness } from './brandes-sampled';
import type { Claim } from './claims';
import { directedCopy, undirectedCopy } from './simple-graph';
import type { CentralityResult, NumberMap } from './types';

/**
 * Above this many actors, betweenness is sampled unless 'exact' is asked for. Exact betweenness
 * is O(nm): about 0.2 s at 1,000 actors here, 4.8 s at 5,000 (bench/analysis-timings.ts), and an
 * analysis runs it twice (the confirmed-only comparison), so sampling starts where the analysis
 * moves into its worker (WORKER_MIN_ACTORS in analysis-client.ts).
 */
export const EXACT_BETWEENNESS_MAX_ACTORS = 2_000;

export interface CentralityOptions {
  direction: 'ignore' | 'follow';
  betweenness: 'exact' | 'sampled' | 'default';
  samples: number;
  seed: number;
}

export function computeCentrality(nodes: readonly string[], claims: readonly Claim[], options: CentralityOptions): CentralityResult {
  const result: CentralityResult = {
    ...degrees(nodes, claims),
    betweenness: {},
    pagerank: {},
    approximate: false,
    direction: options.direction,
  };
  if (nodes.length === 0) return result;

  const simple = options.direction === 'follow' ? directedCopy(nodes, claims) : undirectedCopy(nodes, claims);
  const sampled = options.betweenness === 'sampled' || (options.betweenness === 'default' && nodes.length > EXACT_BETWEENNESS_MAX_ACTORS);
  if (sampled && options.samples < nodes.length) {
    const estimate = sampledBetweenness(simple, options.samples, options.seed);
    result.betweenness = estimate.scores;
    result.approximate = true;
    result.samples = estimate.samples;
  } else {
    // getEdgeWeight null: the copies' `weight` sums claim weights, which are not distances.
    result.betweenness = betweennessCentrality(simple, { getEdgeWeight: null, normalized: true });
  }
  result.pagerank = pageRank(simple);
  return result;
}

/** Claims touching each actor; in and out degrees too when some claim is directed. */
function degrees(nodes: readonly string[], claims: readonly Claim[]): Pick<CentralityResult, 'degree' | 'inDegree' | 'outDegree'> {
  const degree = new Map(nodes.map((node) => [node, 0]));
  const inDegree = new Map(degree);
  const outDegree = new Map(degree);
  const bump = (counts: Map<string, number>, node: string) => counts.set(node, counts.get(node)! + 1);
  for (const claim of claims) {
    bump(degree, claim.source);
    bump(degree, claim.target);
    bump(outDegree, claim.source);
    bump(inDegree, claim.target);
    // An undirected claim runs both ways: it is in and out for both of its actors.
    if (!claim.directed) {
      bump(outDegree, claim.target);
      bump(inDegree, claim.source);
    }
  }
  const result: Pick<CentralityResult, 'degree' | 'inDegree' | 'outDegree'> = { degree: Object.fromEntries(degree) };
  if (claims.some((claim) => claim.directed)) {
    result.inDegree = Object.fromEntries(inDegree);
    result.outDegree = Object.fromEntries(outDegree);
  }
  return result;
}

/**
 * networkx's defaults (damping 0.85, tolerance 1e-6 per actor), unweighted. graphology-metrics
 * throws after `maxIterations` without converging; with damping 0.85 the error shrinks at least
 * 0.85-fold per iteration from at most 2, so it is below 1e-6 after about 90: 1,000 cannot fail.
 */
function pageRank(graph: Parameters<typeof pagerank>[0]): NumberMap {
  return pagerank(graph, { getEdgeWeight: null, alpha: 0.85, tolerance: 1e-6, maxIterations: 1000 });
}
