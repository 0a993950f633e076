/**
 * analyze(graph, registry, options): who sides with whom (camps), who matters (centrality), who
 * clusters together (communities), and how much of that rests on unconfirmed claims
 * (sensitivity). Pure: it reads the graph and returns plain data, so it can run in a worker.
 * It never throws on a graph the loader accepts: an empty graph, a single actor, no ties or no
 * friendly or hostile ties each give a result that says so.
 */
import type Graph from 'graphology';
import { nodeLabel, type Registry } from '../graph/registry';
import { computeCamps } from './camps';
import { computeCentrality } from './centrality';
import { countedClaims } from './claims';
import { computeCommunities } from './communities';
import { confirmedOnly, resolveOptions, type ResolvedOptions } from './options';
import { compareWithConfirmed, type Run } from './sensitivity';
import type { Analysis, AnalysisOptions } from './types';

export type { Analysis, AnalysisOptions };
/** The same options under the name the element uses. */
export type AnalyzeOptions = AnalysisOptions;

export function analyze(graph: Graph, registry: Registry, options: AnalysisOptions = {}): Analysis {
  const resolved = resolveOptions(options);
  const nodes = graph.nodes();
  const base = run(graph, registry, nodes, resolved);
  const label = (actor: string) => nodeLabel(graph, actor);
  // The sensitivity run keeps the number of camps the main run used, so like is compared with like.
  const k = resolved.camps === 'auto' && base.camps.k > 0 ? base.camps.k : resolved.camps;
  const confirmed = run(graph, registry, nodes, { ...confirmedOnly(resolved), camps: k });
  const emptiness = emptyMessage(graph, base);
  const sensitivity = emptiness
    ? { sentences: [emptiness], campChanges: [], rankChanges: [] }
    : compareWithConfirmed(base, confirmed, label);
  return {
    camps: base.camps,
    centrality: base.centrality,
    communities: computeCommunities(nodes, base.claims, resolved.seed),
    sensitivity,
    warnings: resolved.warnings,
  };
}

function run(graph: Graph, registry: Registry, nodes: string[], options: ResolvedOptions): Run {
  const claims = countedClaims(graph, registry, options);
  return {
    claims,
    camps: computeCamps(nodes, claims, options.camps, options.seed),
    centrality: computeCentrality(nodes, claims, options),
  };
}

/** Why there is nothing to compare, for graphs with no actors or no claims that count. */
function emptyMessage(graph: Graph, base: Run): string | null {
  if (graph.order === 0) return 'The graph has no actors to analyse.';
  if (graph.order === 1) return 'The graph has a single actor: there is no one to side with or against.';
  if (base.claims.length === 0) return 'No claims count with the statuses and types selected: there is nothing to analyse.';
  return null;
}
