import { describe, expect, it } from 'vitest';
import type { Analysis, CampsResult, CentralityResult } from '../../analysis/types';
import { balanceSentence, campLists, centralityRows, mostCentral, percent, sentence, sortRows, summaryLine } from './analysis-text';

const LABELS: Record<string, string> = { a: 'Alpha', b: 'Bravo', c: 'Charlie', d: 'Delta' };
const label = (key: string) => LABELS[key] ?? key;

const camps = (assignment: CampsResult['assignment'], balance: number | null = 1): CampsResult => ({
  k: 2,
  used: new Set(Object.values(assignment).filter((camp) => camp !== null)).size,
  assignment,
  frustration: 0,
  frustrated: [],
  balance,
  optimal: true,
});

const centrality: CentralityResult = {
  degree: { a: 1, b: 3, c: 3, d: 0 },
  betweenness: { a: 0, b: 0.5, c: 0.25, d: 0 },
  pagerank: { a: 0.2, b: 0.3, c: 0.4, d: 0.1 },
  approximate: false,
  direction: 'ignore',
};

describe('campLists', () => {
  it('lists the camps with members in order, in the analysis’s order, and the unaligned apart', () => {
    const lists = campLists(camps({ a: 1, b: 0, c: null, d: 1 }), label);
    expect(lists.camps.map((camp) => [camp.name, camp.members.map((member) => member.label)])).toEqual([
      ['Camp A', ['Bravo']],
      ['Camp B', ['Alpha', 'Delta']],
    ]);
    expect(lists.unaligned).toEqual([{ key: 'c', label: 'Charlie' }]);
  });

  it('skips a camp nobody is in', () => {
    expect(campLists(camps({ a: 0, b: 2 }), label).camps.map((camp) => camp.name)).toEqual(['Camp A', 'Camp C']);
  });
});

describe('percent', () => {
  it('says 100% and 0% only when exact', () => {
    expect([percent(1), percent(0.999), percent(0.94), percent(0.004), percent(0)]).toEqual(['100%', '99%', '94%', '1%', '0%']);
  });

  it('words the balance', () => {
    expect(balanceSentence(0.94)).toMatch(/^94% of the weight of friendly and hostile ties agrees with this split/);
  });
});

describe('sentence', () => {
  it('capitalises an engine fragment and ends it with a full stop', () => {
    expect(sentence('no friendly or hostile ties to split on')).toBe('No friendly or hostile ties to split on.');
    expect(sentence('Done.')).toBe('Done.');
    expect(sentence('  ')).toBe('');
  });
});

describe('centrality rows', () => {
  const rows = centralityRows(centrality, label);

  it('sorts by a score, highest first, equal scores by name', () => {
    expect(sortRows(rows, { key: 'degree', descending: true }).map((row) => row.label)).toEqual(['Bravo', 'Charlie', 'Alpha', 'Delta']);
    expect(sortRows(rows, { key: 'betweenness', descending: false }).map((row) => row.key)).toEqual(['a', 'd', 'c', 'b']);
  });

  it('sorts by name', () => {
    expect(sortRows(rows, { key: 'actor', descending: true }).map((row) => row.label)).toEqual(['Delta', 'Charlie', 'Bravo', 'Alpha']);
  });

  it('carries in and out degrees only when the analysis has them', () => {
    expect(rows[0]).not.toHaveProperty('inDegree');
    const directed = centralityRows({ ...centrality, inDegree: { a: 1 }, outDegree: { a: 0 } }, label);
    expect(directed[0]).toMatchObject({ inDegree: 1, outDegree: 0 });
    expect(directed[1]).toMatchObject({ inDegree: 0, outDegree: 0 });
  });

  it('names the highest PageRank as most central', () => {
    expect(mostCentral(rows)?.label).toBe('Charlie');
    expect(mostCentral([])).toBeNull();
  });
});

describe('summaryLine', () => {
  const analysis = (campsResult: CampsResult): Analysis => ({
    camps: campsResult,
    centrality,
    communities: { assignment: {}, modularity: 0.1, count: 2 },
    sensitivity: { sentences: [], campChanges: [], rankChanges: [] },
    warnings: [],
  });

  it('says the camps, the balance and the most central actor', () => {
    expect(summaryLine(analysis(camps({ a: 0, b: 1, c: 1, d: null }, 0.5)), label)).toBe('2 camps, balance 50%; most central: Charlie');
  });

  it('says when there are no camps', () => {
    const none = { ...camps({ a: null }), k: 0, used: 0, balance: null };
    expect(summaryLine(analysis(none), label)).toBe('No camps; most central: Charlie');
  });
});
