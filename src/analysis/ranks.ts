/**
 * Top-5 ranks of a centrality measure and how they differ between two runs. Ranks are
 * competition ranks (1, 2, 2, 4): actors with equal scores share one, so a tie broken one way in
 * one run and the other way in the next is not reported as a change. A score of 0 ranks nowhere:
 * an actor on no shortest path is not "5th by betweenness".
 */
import { compareKeys } from './camps-numbering';
import type { NumberMap, RankChange, RankedMeasure } from './types';

export const TOP = 5;

/** Actors ranked TOP or better, with their ranks. */
export function topRanks(scores: NumberMap, top = TOP): Map<string, number> {
  const ranked = Object.entries(scores)
    .filter(([, score]) => score > 0)
    .sort((a, b) => b[1] - a[1] || compareKeys(a[0], b[0]));
  const ranks = new Map<string, number>();
  let rank = 0;
  ranked.forEach(([actor, score], i) => {
    // Scores from different claim sets are summed in different orders: compare with a tolerance.
    if (i === 0 || !nearlyEqual(ranked[i - 1]![1], score)) rank = i + 1;
    if (rank <= top) ranks.set(actor, rank);
  });
  return ranks;
}

/** The actors whose top-5 rank differs, in the order of their rank with all claims, then of the other run. */
export function rankChanges(measure: RankedMeasure, base: NumberMap, other: NumberMap, label: (actor: string) => string): RankChange[] {
  const from = topRanks(base);
  const to = topRanks(other);
  const actors = [...new Set([...from.keys(), ...to.keys()])];
  return actors
    .filter((actor) => from.get(actor) !== to.get(actor))
    .map((actor) => ({ measure, actor, label: label(actor), from: from.get(actor) ?? null, to: to.get(actor) ?? null }));
}

function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}
