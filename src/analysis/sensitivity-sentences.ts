/**
 * The sensitivity analysis in words: one sentence per change, each starting "If only confirmed
 * claims count", naming actors by their labels and camps by a member who stays in them, so a
 * reader sees at once which conclusions rest on reported or potential claims.
 */
import { compareKeys } from './camps-numbering';
import type { Run } from './sensitivity';
import { TOP } from './ranks';
import type { CampChange, RankChange, RankedMeasure } from './types';

const IF = 'If only confirmed claims count';
/** Camp moves beyond this many are summed up in one sentence. */
const MAX_CAMP_SENTENCES = 10;
const MEASURES: Record<RankedMeasure, string> = { degree: 'degree', betweenness: 'betweenness', pagerank: 'PageRank' };

export interface Changes {
  base: Run;
  confirmed: Run;
  campChanges: CampChange[];
  rankChanges: RankChange[];
  label: (actor: string) => string;
}

export function describeChanges(changes: Changes): string[] {
  const { base, confirmed } = changes;
  const baseKeys = new Set(base.claims.map((claim) => claim.key));
  const same = confirmed.claims.length === base.claims.length && confirmed.claims.every((claim) => baseKeys.has(claim.key));
  if (same) return ['Every claim that counts is confirmed, so counting only confirmed claims changes nothing.'];

  const subset = confirmed.claims.every((claim) => baseKeys.has(claim.key));
  const sentences = [
    subset
      ? `${IF}, ${base.claims.length - confirmed.claims.length} of the ${base.claims.length} claims drop out.`
      : `${IF}, the analysis rests on ${confirmed.claims.length} claims instead of ${base.claims.length}.`,
  ];
  sentences.push(...campSentences(changes));
  sentences.push(...rankSentences(changes.rankChanges));
  return sentences;
}

function campSentences({ base, confirmed, campChanges, label }: Changes): string[] {
  if (base.camps.k > 0 && confirmed.camps.k === 0) return [`${IF}, no friendly or hostile ties are left to split into camps.`];
  if (base.camps.k === 0 && confirmed.camps.k === 0) return [];
  const movers = new Set(campChanges.map((change) => change.actor));
  const degree = base.centrality.degree;
  const byProminence = (a: string, b: string) => (degree[b] ?? 0) - (degree[a] ?? 0) || compareKeys(a, b);

  /** "the camp of Russia": its most connected member that stays in it. */
  const campName = (camp: number, mover: string): string => {
    const stays = Object.keys(base.camps.assignment)
      .filter((actor) => base.camps.assignment[actor] === camp && !movers.has(actor))
      .sort(byProminence);
    if (stays.length > 0) return `the camp of ${label(stays[0]!)}`;
    const joiners = campChanges
      .filter((change) => change.to === camp && change.actor !== mover)
      .map((change) => change.actor)
      .sort(byProminence);
    return joiners.length > 0 ? `a new camp with ${label(joiners[0]!)}` : 'a camp of its own';
  };

  const sentences = campChanges.slice(0, MAX_CAMP_SENTENCES).map((change) => {
    if (change.kind === 'unaligned') return `${IF}, ${change.label} has no friendly or hostile tie left and becomes unaligned.`;
    if (change.kind === 'aligned') return `${IF}, ${change.label} joins ${campName(change.to!, change.actor)}.`;
    return `${IF}, ${change.label} moves from ${campName(change.from!, change.actor)} to ${campName(change.to!, change.actor)}.`;
  });
  if (campChanges.length > MAX_CAMP_SENTENCES) {
    sentences.push(`${IF}, ${campChanges.length - MAX_CAMP_SENTENCES} more actors change camp.`);
  }
  if (campChanges.length === 0) sentences.push(`${IF}, the camps stay the same.`);

  const before = base.camps.balance;
  const after = confirmed.camps.balance;
  if (before !== null && after !== null && Math.abs(before - after) >= 0.005) {
    sentences.push(
      `${IF}, the balance goes from ${round(before)} to ${round(after)} ` +
        `(frustrated weight ${round(base.camps.frustration)}, then ${round(confirmed.camps.frustration)}).`,
    );
  }
  return sentences;
}

function rankSentences(changes: RankChange[]): string[] {
  if (changes.length === 0) return [`${IF}, the top ${TOP} by degree, betweenness and PageRank stay the same.`];
  return changes.map(({ measure, label, from, to }) => {
    const by = `by ${MEASURES[measure]}`;
    if (from === null) return `${IF}, ${label} enters the top ${TOP} ${by}, at ${ordinal(to!)}.`;
    if (to === null) return `${IF}, ${label} leaves the top ${TOP} ${by} (it was ${ordinal(from)}).`;
    return `${IF}, ${label} ${to > from ? 'drops' : 'rises'} from ${ordinal(from)} to ${ordinal(to)} ${by}.`;
  });
}

function ordinal(rank: number): string {
  const suffix = rank % 100 >= 11 && rank % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][rank % 10] ?? 'th');
  return `${rank}${suffix}`;
}

function round(value: number): string {
  return String(Math.round(value * 100) / 100);
}
