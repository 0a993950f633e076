/**
 * Camps: who sides with whom. The actors with friendly or hostile claims are split into at most
 * k camps so that the weight of frustrated claims (friendly ones between camps, hostile ones
 * within a camp) is as small as it can be: structural balance, measured. Small networks are
 * solved exactly (branch and bound, seeded with the heuristic's split); larger ones by the seeded
 * heuristic. 'auto' tries 2, 3 and 4 camps and keeps the fewest that come close to the best.
 */
import type { Claim } from './claims';
import { exactCamps } from './camps-exact';
import { heuristicCamps } from './camps-heuristic';
import { renumberCamps } from './camps-numbering';
import { buildSignedGraph, frustratedClaims, frustrationOf, type SignedGraph } from './signed-graph';
import type { CampsResult } from './types';

/** Networks up to this many signed actors are solved exactly. */
export const EXACT_MAX_ACTORS = 24;
/** 'auto' keeps the fewest camps whose frustration is within this share of all signed weight of the best. */
export const AUTO_TOLERANCE = 0.05;
export const NO_SIGNED_TIES = 'no friendly or hostile ties to split on';

interface Solved {
  camp: Int32Array;
  frustration: number;
  optimal: boolean;
  reason?: string;
}

/** The best split into at most k camps that this engine can find (proved optimal when small). */
export function solveCamps(graph: SignedGraph, k: number, seed: number): Solved {
  const heuristic = heuristicCamps(graph, k, seed);
  const n = graph.actors.length;
  if (n > EXACT_MAX_ACTORS) {
    return {
      camp: heuristic.camp,
      frustration: heuristic.frustration,
      optimal: false,
      reason: `${n} actors with friendly or hostile ties, more than the ${EXACT_MAX_ACTORS} searched exhaustively: the best of ${heuristic.starts} local searches (seed ${seed}), not proved optimal`,
    };
  }
  const exact = exactCamps(graph, k, heuristic.frustration);
  const camp = exact.camp ?? heuristic.camp;
  const frustration = frustrationOf(graph, camp);
  if (exact.complete) return { camp, frustration, optimal: true };
  return {
    camp,
    frustration,
    optimal: false,
    reason: `the exhaustive search stopped after ${exact.steps.toLocaleString('en')} steps: the best split found, not proved optimal`,
  };
}

/** Camps of `nodes` (every actor, in graph order) from the claims that count. */
export function computeCamps(nodes: readonly string[], claims: readonly Claim[], k: number | 'auto', seed: number): CampsResult {
  const graph = buildSignedGraph(nodes, claims);
  if (graph.actors.length === 0) {
    return {
      k: 0,
      used: 0,
      assignment: Object.fromEntries(nodes.map((node) => [node, null])),
      frustration: 0,
      frustrated: [],
      balance: null,
      optimal: true,
      message: NO_SIGNED_TIES,
    };
  }

  let chosen: number;
  let solved: Solved;
  let reason: string | undefined;
  if (k === 'auto') {
    const tries = [2, 3, 4].map((camps) => ({ camps, ...solveCamps(graph, camps, seed) }));
    const best = Math.min(...tries.map((t) => t.frustration));
    const pick = tries.find((t) => t.frustration <= best + AUTO_TOLERANCE * graph.total + 1e-9 * graph.total)!;
    chosen = pick.camps;
    solved = { ...pick, optimal: tries.every((t) => t.optimal) };
    reason = autoReason(graph, tries, chosen, best);
    if (pick.reason) reason += `; ${pick.reason}`;
  } else {
    chosen = k;
    solved = solveCamps(graph, k, seed);
    reason = solved.reason;
  }
  return campsResult(nodes, graph, chosen, solved, reason);
}

function campsResult(nodes: readonly string[], graph: SignedGraph, k: number, solved: Solved, reason: string | undefined): CampsResult {
  const { camp, used } = renumberCamps(graph, solved.camp);
  const index = new Map(graph.actors.map((actor, i) => [actor, i]));
  const result: CampsResult = {
    k,
    used,
    assignment: Object.fromEntries(nodes.map((node) => [node, index.has(node) ? camp[index.get(node)!]! : null])),
    frustration: frustrationOf(graph, camp),
    frustrated: frustratedClaims(graph, camp),
    balance: 1 - frustrationOf(graph, camp) / graph.total,
    optimal: solved.optimal,
  };
  if (reason !== undefined) result.reason = reason;
  if (used === 1) result.message = 'one camp: no split frustrates less weight than keeping everyone together';
  return result;
}

function autoReason(graph: SignedGraph, tries: Array<{ camps: number; frustration: number }>, chosen: number, best: number): string {
  const weights = tries.map((t) => `${round(t.frustration)} with ${t.camps}`).join(', ');
  return (
    `${chosen} camps: frustrated weight ${weights}, of ${round(graph.total)} signed; ` +
    `the fewest camps within ${AUTO_TOLERANCE * 100}% of all signed weight of the best (${round(best)})`
  );
}

function round(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}
