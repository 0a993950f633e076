/**
 * The shapes the analysis engine takes and returns (issue #13, "Who sides with whom, and who
 * matters"). Every result is plain data (objects keyed by actor, arrays, numbers, strings), so it
 * crosses a worker boundary or JSON unchanged.
 */
import type { StatusKey } from '../graph/legend';

/** An actor key to a number: a centrality score, a count. */
export type NumberMap = Record<string, number>;

export interface AnalysisOptions {
  /** How many camps to split the actors into (2 to 6), or 'auto' to choose 2, 3 or 4. Default 2. */
  camps?: number | 'auto';
  /** Signs per relation type (1 allies, -1 adversaries, 0 neither), over the registry's. */
  signs?: Record<string, number>;
  /** What a claim of each status weighs in the camps and communities, e.g. {reported: 0.5}; default 1 each. */
  statusWeights?: Partial<Record<StatusKey, number>>;
  /** The statuses whose claims count; all by default. */
  statuses?: readonly StatusKey[];
  /** The relation types whose claims count; all by default. */
  types?: readonly string[];
  /** Whether betweenness and PageRank follow arrows ('follow') or not ('ignore', the default). */
  direction?: 'ignore' | 'follow';
  /** Exact betweenness, or an estimate from sampled sources; default exact up to 5,000 actors. */
  betweenness?: 'exact' | 'sampled';
  /** Sources the sampled betweenness draws; default 500. */
  samples?: number;
  /** Seed of every random choice; the same seed gives the same result. */
  seed?: number;
}

export interface CampsResult {
  /** The number of camps asked for (or chosen by 'auto'); 0 when there is nothing to split. */
  k: number;
  /** The number of camps that have members: fewer than k when splitting further frustrates more. */
  used: number;
  /** Each actor's camp (0…k-1), or null when it has no friendly or hostile tie that counts. */
  assignment: Record<string, number | null>;
  /** The weight of frustrated ties: friendly ones between camps, hostile ones within a camp. */
  frustration: number;
  /** The keys of the frustrated claims. */
  frustrated: string[];
  /** 1 − frustration / total signed weight; null when there is no signed weight. */
  balance: number | null;
  /** True when no other split frustrates less weight (proved by exhaustive search). */
  optimal: boolean;
  /** How k was chosen ('auto'), or why the result is not proved optimal. */
  reason?: string;
  /** Said when the result is degenerate: no signed ties, or one camp. */
  message?: string;
}

export interface CentralityResult {
  /** Claims that count touching each actor (parallel claims each count). */
  degree: NumberMap;
  /** Directed claims into each actor plus its undirected ones; only when some claim is directed. */
  inDegree?: NumberMap;
  /** Directed claims out of each actor plus its undirected ones; only when some claim is directed. */
  outDegree?: NumberMap;
  /** Betweenness normalised as networkx does: 1/((n−1)(n−2)) of the ordered pairs' shares. */
  betweenness: NumberMap;
  /** PageRank, damping 0.85, summing to 1. */
  pagerank: NumberMap;
  /** True when betweenness was estimated from sampled sources. */
  approximate: boolean;
  /** The number of sources sampled, when approximate. */
  samples?: number;
  direction: 'ignore' | 'follow';
}

export interface CommunitiesResult {
  /** Each actor's community (0 the largest), or null for an actor with no tie that counts. */
  assignment: Record<string, number | null>;
  /** Newman modularity of the split (resolution 1); null when there are no ties. */
  modularity: number | null;
  count: number;
  message?: string;
}

export interface CampChange {
  actor: string;
  label: string;
  /** The camp with all selected claims, null when unaligned. */
  from: number | null;
  /** The matching camp with confirmed claims only (renumbered to match), null when unaligned. */
  to: number | null;
  kind: 'moves' | 'unaligned' | 'aligned';
}

export type RankedMeasure = 'degree' | 'betweenness' | 'pagerank';

export interface RankChange {
  measure: RankedMeasure;
  actor: string;
  label: string;
  /** Rank (1 the highest; equal scores share a rank) with all selected claims, null outside the top 5. */
  from: number | null;
  /** Rank with confirmed claims only, null outside the top 5. */
  to: number | null;
}

export interface SensitivityResult {
  /** What changes if only confirmed claims count, in sentences for people. */
  sentences: string[];
  campChanges: CampChange[];
  rankChanges: RankChange[];
}

export interface Analysis {
  camps: CampsResult;
  centrality: CentralityResult;
  communities: CommunitiesResult;
  sensitivity: SensitivityResult;
  /** Options that were out of range and what was used instead. */
  warnings: string[];
}
