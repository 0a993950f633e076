/**
 * The sensitivity analysis: what the seed's picture loses with confirmed claims only, actors who
 * become unaligned or change camp (compared up to relabelling), rank changes, and the sentences.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../graph/load';
import { resolveRegistry } from '../graph/registry';
import { analyze } from './analyze';
import { matchCamps } from './camp-matching';
import { buildGraph } from '../test-support/camps-recount';
import { topRanks } from './ranks';

const seed = loadDataset(readFileSync(new URL('../../graph-data/dprk-russia-2024.json', import.meta.url), 'utf8'));
const sensitivity = (graph: ReturnType<typeof buildGraph>) => analyze(graph, resolveRegistry(graph)).sensitivity;

describe('the seed with confirmed claims only', () => {
  it('keeps the camps and reshuffles the top ranks, and says so', () => {
    const result = sensitivity(seed);
    expect(result.campChanges).toEqual([]);
    expect(result.sentences).toEqual([
      'If only confirmed claims count, 5 of the 12 claims drop out.',
      'If only confirmed claims count, the camps stay the same.',
      'If only confirmed claims count, Ukraine drops from 3rd to 4th by degree.',
      'If only confirmed claims count, United States rises from 5th to 4th by degree.',
      'If only confirmed claims count, United Nations enters the top 5 by degree, at 4th.',
      'If only confirmed claims count, Russia enters the top 5 by betweenness, at 2nd.',
      'If only confirmed claims count, South Korea drops from 2nd to 3rd by PageRank.',
      'If only confirmed claims count, Ukraine drops from 2nd to 4th by PageRank.',
    ]);
    expect(result.rankChanges).toContainEqual({ measure: 'betweenness', actor: 'Russia', label: 'Russia', from: null, to: 2 });
  });
});

describe('camp changes', () => {
  it('an actor tied only by a potential claim becomes unaligned', () => {
    const graph = buildGraph(3, [
      { a: 0, b: 1, type: 'friend', status: 'confirmed' },
      { a: 2, b: 0, type: 'foe', status: 'potential' },
    ]);
    const result = sensitivity(graph);
    expect(result.campChanges).toEqual([{ actor: 'actor02', label: 'Actor 2', from: 1, to: null, kind: 'unaligned' }]);
    expect(result.sentences).toContain(
      'If only confirmed claims count, Actor 2 has no friendly or hostile tie left and becomes unaligned.',
    );
  });

  it('an actor held by a reported friendship moves to the camp its confirmed friend is in', () => {
    // With all claims the best split is {0, 1, 4} against {2, 3}, frustrating only 4–3 (weight 1);
    // without the reported 4–1 (weight 3), 4 joins 3 at no cost.
    const graph = buildGraph(5, [
      { a: 0, b: 1, type: 'friend', status: 'confirmed', weight: 2 },
      { a: 2, b: 3, type: 'friend', status: 'confirmed', weight: 2 },
      { a: 0, b: 2, type: 'foe', status: 'confirmed', weight: 2 },
      { a: 4, b: 3, type: 'friend', status: 'confirmed' },
      { a: 4, b: 1, type: 'friend', status: 'reported', weight: 3 },
    ]);
    const result = sensitivity(graph);
    expect(result.campChanges).toEqual([{ actor: 'actor04', label: 'Actor 4', from: 0, to: 1, kind: 'moves' }]);
    expect(result.sentences).toContain('If only confirmed claims count, Actor 4 moves from the camp of Actor 0 to the camp of Actor 2.');
    expect(result.sentences).toContain('If only confirmed claims count, the balance goes from 0.9 to 1 (frustrated weight 1, then 0).');
  });

  it('says when every claim is confirmed and nothing can change', () => {
    const graph = buildGraph(2, [{ a: 0, b: 1, type: 'foe', status: 'confirmed' }]);
    expect(sensitivity(graph)).toEqual({
      sentences: ['Every claim that counts is confirmed, so counting only confirmed claims changes nothing.'],
      campChanges: [],
      rankChanges: [],
    });
  });

  it('says when no signed claim is confirmed', () => {
    const graph = buildGraph(2, [{ a: 0, b: 1, type: 'foe', status: 'reported' }]);
    expect(sensitivity(graph).sentences).toContain(
      'If only confirmed claims count, no friendly or hostile ties are left to split into camps.',
    );
  });
});

describe('matching camps', () => {
  it('relabelled camps match', () => {
    const match = matchCamps({ a: 0, b: 0, c: 1, d: 2 }, { a: 2, b: 2, c: 0, d: 1 });
    expect([...match]).toEqual([
      [0, 1],
      [1, 2],
      [2, 0],
    ]);
  });

  it('by largest overlap, giving a surplus camp a new number', () => {
    const match = matchCamps({ a: 0, b: 0, c: 0, d: 1, e: null }, { a: 1, b: 1, c: 2, d: 0, e: 0 });
    expect(match.get(1)).toBe(0);
    expect(match.get(0)).toBe(1);
    expect(match.get(2)).toBe(2);
  });
});

describe('top ranks', () => {
  it('share a rank between equal scores, skip the next, and leave out scores of 0', () => {
    expect([...topRanks({ a: 3, b: 2, c: 2, d: 1, e: 0.5, f: 0.25, g: 0 })]).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 4],
      ['e', 5],
    ]);
  });
});
