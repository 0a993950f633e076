/**
 * How much the picture rests on unconfirmed claims: the camps and the top-5 centrality ranks
 * with the claims selected, against the same analysis with confirmed claims only. Camps are
 * compared up to relabelling (camp-matching.ts); what changes is said in sentences for people
 * (sensitivity-sentences.ts) and listed as data for a view to mark.
 */
import { matchCamps } from './camp-matching';
import type { Claim } from './claims';
import { rankChanges } from './ranks';
import { describeChanges } from './sensitivity-sentences';
import type { CampChange, CampsResult, CentralityResult, RankChange, SensitivityResult } from './types';

/** One run of the analysis: the claims it counted and what it found. */
export interface Run {
  claims: readonly Claim[];
  camps: CampsResult;
  centrality: CentralityResult;
}

export function compareWithConfirmed(base: Run, confirmed: Run, label: (actor: string) => string): SensitivityResult {
  const campChanges = compareCamps(base.camps, confirmed.camps, label);
  const rankChangesFound: RankChange[] = [
    ...rankChanges('degree', base.centrality.degree, confirmed.centrality.degree, label),
    ...rankChanges('betweenness', base.centrality.betweenness, confirmed.centrality.betweenness, label),
    ...rankChanges('pagerank', base.centrality.pagerank, confirmed.centrality.pagerank, label),
  ];
  const sentences = describeChanges({ base, confirmed, campChanges, rankChanges: rankChangesFound, label });
  return { sentences, campChanges, rankChanges: rankChangesFound };
}

/** Actors whose camp differs once the confirmed-only camps are renumbered to match the others. */
function compareCamps(base: CampsResult, confirmed: CampsResult, label: (actor: string) => string): CampChange[] {
  const match = matchCamps(base.assignment, confirmed.assignment);
  const changes: CampChange[] = [];
  for (const [actor, from] of Object.entries(base.assignment)) {
    const raw = confirmed.assignment[actor] ?? null;
    const to = raw === null ? null : match.get(raw)!;
    if (from === to) continue;
    const kind = to === null ? 'unaligned' : from === null ? 'aligned' : 'moves';
    changes.push({ actor, label: label(actor), from, to, kind });
  }
  return changes;
}
