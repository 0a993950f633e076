/**
 * What the analysis panel says, as plain data and sentences: the camps with their members, the
 * balance as a percentage, the one-line summary it announces, and the centrality rows in the
 * order the table's sort asks for. Pure, so it is tested without a browser.
 */
import type { Analysis, CampsResult, CentralityResult } from '../../analysis/types';
import { groupName } from '../../state/analysis-looks';

/** An actor as the panel lists it. */
export interface Member {
  key: string;
  label: string;
}

export interface CampList {
  /** The camp's number in the analysis (0 is Camp A). */
  index: number;
  /** "Camp A". */
  name: string;
  members: Member[];
}

/**
 * The camps that have members, in order, each with its members in the analysis's (the graph's)
 * order, and the actors with no friendly or hostile tie that counts.
 */
export function campLists(camps: CampsResult, label: (key: string) => string): { camps: CampList[]; unaligned: Member[] } {
  const lists = new Map<number, Member[]>();
  const unaligned: Member[] = [];
  for (const [key, camp] of Object.entries(camps.assignment)) {
    const member = { key, label: label(key) };
    if (camp === null) unaligned.push(member);
    else lists.set(camp, [...(lists.get(camp) ?? []), member]);
  }
  const ordered = [...lists.entries()].sort(([a], [b]) => a - b);
  return { camps: ordered.map(([index, members]) => ({ index, name: groupName('camp', index), members })), unaligned };
}

/**
 * A share as a whole percentage that never rounds to 100% or 0% unless it is exactly that: a
 * split with one frustrated tie in a thousand must not read as perfectly balanced.
 */
export function percent(share: number): string {
  if (share >= 1) return '100%';
  if (share <= 0) return '0%';
  return `${Math.min(99, Math.max(1, Math.round(share * 100)))}%`;
}

/** "94% of the weight of friendly and hostile ties agrees with this split." */
export function balanceSentence(balance: number): string {
  return `${percent(balance)} of the weight of friendly and hostile ties agrees with this split (friendly ties within a camp, hostile ties between camps).`;
}

/** Whether the split is proved the best, said for a person. */
export function optimalSentence(camps: CampsResult): string {
  return camps.optimal
    ? 'Exact: no other split frustrates less weight (proved by exhaustive search).'
    : 'Best found by the heuristic: a good split, not proved the best.';
}

/** The engine's lower-case fragments ("the exhaustive search stopped…") as a sentence. */
export function sentence(fragment: string): string {
  const trimmed = fragment.trim();
  if (trimmed === '') return '';
  const capital = trimmed[0]!.toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

export type SortKey = 'actor' | 'degree' | 'betweenness' | 'pagerank';

export interface Sort {
  key: SortKey;
  descending: boolean;
}

/** Highest PageRank first: the measure the summary's "most central" names. */
export const DEFAULT_SORT: Sort = { key: 'pagerank', descending: true };

export interface CentralityRow extends Member {
  degree: number;
  inDegree?: number;
  outDegree?: number;
  betweenness: number;
  pagerank: number;
}

/** One row per analysed actor. */
export function centralityRows(centrality: CentralityResult, label: (key: string) => string): CentralityRow[] {
  return Object.keys(centrality.pagerank).map((key) => {
    const row: CentralityRow = {
      key,
      label: label(key),
      degree: centrality.degree[key] ?? 0,
      betweenness: centrality.betweenness[key] ?? 0,
      pagerank: centrality.pagerank[key] ?? 0,
    };
    if (centrality.inDegree) row.inDegree = centrality.inDegree[key] ?? 0;
    if (centrality.outDegree) row.outDegree = centrality.outDegree[key] ?? 0;
    return row;
  });
}

const collator = new Intl.Collator('en');

/** The rows in the order `sort` asks for; equal scores by name, so the order is stable. */
export function sortRows(rows: readonly CentralityRow[], sort: Sort): CentralityRow[] {
  const sign = sort.descending ? -1 : 1;
  const byName = (a: CentralityRow, b: CentralityRow) => collator.compare(a.label, b.label) || collator.compare(a.key, b.key);
  if (sort.key === 'actor') return [...rows].sort((a, b) => sign * byName(a, b));
  const key = sort.key;
  return [...rows].sort((a, b) => sign * (a[key] - b[key]) || byName(a, b));
}

/** The actor with the highest PageRank (first by name among equals), or null when none was analysed. */
export function mostCentral(rows: readonly CentralityRow[]): CentralityRow | null {
  return sortRows(rows, DEFAULT_SORT)[0] ?? null;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The line the panel announces: "2 camps, balance 100%; most central: North Korea". */
export function summaryLine(analysis: Analysis, label: (key: string) => string): string {
  const { camps } = analysis;
  const split =
    camps.balance === null || camps.used === 0 ? 'No camps' : `${plural(camps.used, 'camp')}, balance ${percent(camps.balance)}`;
  const top = mostCentral(centralityRows(analysis.centrality, label));
  return top ? `${split}; most central: ${top.label}` : split;
}

/** Scores with three decimals (PageRank, betweenness); counts as they are. */
export const score = (value: number): string => value.toFixed(3);
