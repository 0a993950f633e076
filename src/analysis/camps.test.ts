/**
 * Camps on the seed dataset and on small networks whose best split is known by hand: what counts
 * (signs, statuses, types, weights), how camps are numbered, 'auto', and the degenerate cases.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../graph/load';
import { resolveRegistry } from '../graph/registry';
import { computeCamps, NO_SIGNED_TIES } from './camps';
import { exactCamps } from './camps-exact';
import { buildGraph, type RandomEdge } from '../test-support/camps-recount';
import { countedClaims } from './claims';
import { resolveOptions } from './options';
import { mulberry32 } from './prng';
import { buildSignedGraph } from './signed-graph';
import type { AnalysisOptions } from './types';

const seed = loadDataset(readFileSync(new URL('../../graph-data/dprk-russia-2024.json', import.meta.url), 'utf8'));

function camps(graph: ReturnType<typeof loadDataset>, k: number | 'auto' = 2, options: AnalysisOptions = {}) {
  const resolved = resolveOptions(options);
  return computeCamps(graph.nodes(), countedClaims(graph, resolveRegistry(graph), resolved), k, resolved.seed);
}

/** Actors a0, a1, … with the claims given as [a, b, type, extra attributes]. */
function network(n: number, edges: Array<[number, number, RandomEdge['type'], Partial<RandomEdge>?]>) {
  return buildGraph(
    n,
    edges.map(([a, b, type, extra]) => ({ a, b, type, ...extra })),
  );
}

describe('the seed dataset', () => {
  it('splits exactly: North Korea and Russia against South Korea, the US, Ukraine and the UN', () => {
    const result = camps(seed);
    expect(result).toMatchObject({ k: 2, used: 2, frustration: 0, frustrated: [], balance: 1, optimal: true });
    expect(result.assignment).toEqual({ DPRK: 0, Russia: 0, ROK: 1, US: 1, Ukraine: 1, UN: 1 });
  });

  it("keeps two camps under 'auto', and says why", () => {
    const result = camps(seed, 'auto');
    expect(result.k).toBe(2);
    expect(result.assignment).toEqual({ DPRK: 0, Russia: 0, ROK: 1, US: 1, Ukraine: 1, UN: 1 });
    expect(result.reason).toMatch(/^2 camps: frustrated weight 0 with 2, 0 with 3, 0 with 4, of 12 signed; the fewest camps within 5%/);
  });

  it('follows sign overrides: with pacts hostile, the pact partners frustrate one claim', () => {
    const result = camps(seed, 2, { signs: { pact: -1 } });
    expect(result.frustrated).toEqual(['DPRK-pact-Russia']);
    expect(result.balance).toBeCloseTo(11 / 12, 12);
  });

  it('with only condemnations counting, leaves the actors no one condemns or is condemned by unaligned', () => {
    const result = camps(seed, 2, { types: ['condemns'] });
    expect(result.assignment).toEqual({ DPRK: 0, Russia: 0, ROK: 1, US: 1, Ukraine: null, UN: 1 });
  });
});

describe('what a claim weighs', () => {
  // A triangle of friends where one friendship is reported: two camps cost one friendship.
  const triangle = network(3, [
    [0, 1, 'friend', { weight: 3 }],
    [1, 2, 'friend', { status: 'reported' }],
    [0, 2, 'foe'],
  ]);

  it('is its weight attribute, times the weight of its status', () => {
    const result = camps(triangle, 2, { statusWeights: { reported: 0.5 } });
    expect(result.frustration).toBe(0.5);
    expect(result.balance).toBeCloseTo(1 - 0.5 / 4.5, 12);
  });

  it('is 1 when the weight attribute is missing, 0 or not finite', () => {
    const graph = network(2, [
      [0, 1, 'foe', { weight: 0 }],
      [0, 1, 'friend', {}],
    ]);
    expect(camps(graph)).toMatchObject({ frustration: 1, balance: 0.5 });
  });

  it('counts parallel claims each, whatever their direction', () => {
    const graph = network(2, [
      [0, 1, 'friend'],
      [1, 0, 'friend'],
      [0, 1, 'foe', { undirected: true }],
    ]);
    const result = camps(graph);
    expect(result.assignment).toEqual({ actor00: 0, actor01: 0 });
    expect(result.frustrated).toEqual(['e2']);
  });
});

describe('numbering and camp counts', () => {
  it('numbers camp 0 after the actor with most signed claims, then by first member in that order', () => {
    // a3 has 3 signed claims; the three foes of one another need 3 camps.
    const graph = network(4, [
      [3, 0, 'foe'],
      [3, 1, 'foe'],
      [3, 2, 'friend'],
      [0, 1, 'foe'],
    ]);
    const result = camps(graph, 3);
    expect(result.assignment).toEqual({ actor00: 1, actor01: 2, actor02: 0, actor03: 0 });
    expect(result).toMatchObject({ frustration: 0, used: 3, optimal: true });
  });

  it('uses fewer camps than k when splitting further would frustrate more', () => {
    const graph = network(3, [
      [0, 1, 'friend'],
      [1, 2, 'friend'],
    ]);
    const result = camps(graph, 3);
    expect(result).toMatchObject({ k: 3, used: 1, frustration: 0 });
    expect(result.message).toMatch(/^one camp/);
  });

  it("'auto' takes a third camp when it removes more than 5% of the signed weight", () => {
    // Three mutual foes: two camps must put two of them together.
    const graph = network(3, [
      [0, 1, 'foe'],
      [1, 2, 'foe'],
      [0, 2, 'foe'],
    ]);
    expect(camps(graph, 2).frustration).toBe(1);
    const result = camps(graph, 'auto');
    expect(result).toMatchObject({ k: 3, used: 3, frustration: 0, optimal: true });
    expect(result.reason).toContain('1 with 2, 0 with 3, 0 with 4');
  });
});

describe('the exact search', () => {
  it('says it is incomplete when its step budget runs out, keeping the best split found so far', () => {
    // 20 actors, 8 claims each, half friendly: a few thousand steps to search.
    const random = mulberry32(5);
    const edges = Array.from({ length: 160 }, () => ({
      a: Math.floor(random() * 20),
      b: Math.floor(random() * 20),
      type: random() < 0.5 ? ('friend' as const) : ('foe' as const),
    }));
    const graph = buildGraph(20, edges);
    const signed = buildSignedGraph(graph.nodes(), countedClaims(graph, resolveRegistry(graph), resolveOptions()));
    const stopped = exactCamps(signed, 3, Infinity, 50);
    expect(stopped).toMatchObject({ complete: false, steps: 51 });
    expect(exactCamps(signed, 3).complete).toBe(true);
  });
});

describe('nothing to split', () => {
  it('a network without friendly or hostile claims gets a clear result', () => {
    const graph = network(3, [
      [0, 1, 'meets'],
      [1, 2, 'gossips'],
    ]);
    expect(camps(graph)).toEqual({
      k: 0,
      used: 0,
      assignment: { actor00: null, actor01: null, actor02: null },
      frustration: 0,
      frustrated: [],
      balance: null,
      optimal: true,
      message: NO_SIGNED_TIES,
    });
  });

  it('statuses that leave no signed claim give the same', () => {
    expect(camps(seed, 2, { statuses: ['unspecified'] }).message).toBe(NO_SIGNED_TIES);
  });
});
