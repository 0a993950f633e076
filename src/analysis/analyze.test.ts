/**
 * analyze() end to end: the seed's result, plain serialisable data, options out of range, and
 * inputs with nothing to analyse, each answered with a clear message instead of an exception.
 */
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate';
import { loadDataset } from '../graph/load';
import { resolveRegistry } from '../graph/registry';
import { analyze } from './analyze';
import { NO_SIGNED_TIES } from './camps';
import { NO_TIES } from './communities';

const seed = loadDataset(readFileSync(new URL('../../graph-data/dprk-russia-2024.json', import.meta.url), 'utf8'));
const run = (graph: Graph, options = {}) => analyze(graph, resolveRegistry(graph), options);

describe('analyze', () => {
  it('gives the seed its camps, centralities, communities and sensitivity, as plain data', () => {
    const result = run(seed);
    expect(result.camps.assignment).toEqual({ DPRK: 0, Russia: 0, ROK: 1, US: 1, Ukraine: 1, UN: 1 });
    expect(result.camps.balance).toBe(1);
    expect(result.centrality.degree.DPRK).toBe(9);
    expect(result.communities.count).toBeGreaterThan(0);
    expect(result.sensitivity.sentences[0]).toBe('If only confirmed claims count, 5 of the 12 claims drop out.');
    expect(result.warnings).toEqual([]);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(structuredClone(result)).toEqual(result);
  });

  it('keys its maps safely, even by actors called __proto__ or constructor (the loader lets them have no ties)', () => {
    const graph = loadDataset({
      attributes: { edgeTypes: { foe: { label: 'opposes', sign: -1 } } },
      nodes: [{ key: '__proto__' }, { key: 'constructor' }, { key: 'DPRK' }, { key: 'ROK' }],
      edges: [{ source: 'ROK', target: 'DPRK', attributes: { type: 'foe' } }],
    });
    const result = run(graph);
    expect(Object.keys(result.camps.assignment)).toEqual(['__proto__', 'constructor', 'DPRK', 'ROK']);
    expect(result.camps.assignment).toEqual(JSON.parse('{"__proto__": null, "constructor": null, "DPRK": 0, "ROK": 1}'));
    expect(Object.getPrototypeOf(result.centrality.degree)).toBe(Object.prototype);
    expect(Object.keys(result.communities.assignment)).toHaveLength(4);
  });

  it('replaces options out of range by their defaults and says so', () => {
    const result = run(seed, { camps: 9, signs: { pact: 2 }, statusWeights: { reported: -1 }, samples: 0, seed: Number.NaN });
    expect(result.camps.k).toBe(2);
    expect(result.warnings).toHaveLength(5);
    expect(result.warnings[0]).toBe("camps must be 'auto' or a whole number from 2 to 6 (got 9): 2 used");
  });

  it('samples betweenness above 2,000 actors, or when asked, and flags it approximate', () => {
    const asked = run(loadDataset(generateDataset({ nodes: 300, seed: 3 })), { betweenness: 'sampled', samples: 50 });
    expect(asked.centrality).toMatchObject({ approximate: true, samples: 50 });
    const signs = { supplies: 1, pact: 1, condemns: -1, targets: -1 };
    const large = run(loadDataset(generateDataset({ nodes: 2_001, seed: 3 })), { samples: 20, signs });
    expect(large.centrality).toMatchObject({ approximate: true, samples: 20 });
    expect(large.camps.optimal).toBe(false);
    expect(large.camps.reason).toMatch(/not proved optimal$/);
  });
});

describe('nothing to analyse', () => {
  it('an empty graph', () => {
    const result = run(new Graph());
    expect(result.camps).toMatchObject({ k: 0, assignment: {}, balance: null, message: NO_SIGNED_TIES });
    expect(result.centrality).toMatchObject({ degree: {}, betweenness: {}, pagerank: {} });
    expect(result.communities).toEqual({ assignment: {}, modularity: null, count: 0, message: NO_TIES });
    expect(result.sensitivity.sentences).toEqual(['The graph has no actors to analyse.']);
  });

  it('a single actor', () => {
    const graph = new Graph();
    graph.addNode('DPRK');
    const result = run(graph);
    expect(result.camps.assignment).toEqual({ DPRK: null });
    expect(result.centrality).toMatchObject({ degree: { DPRK: 0 }, betweenness: { DPRK: 0 }, pagerank: { DPRK: 1 } });
    expect(result.sensitivity.sentences).toEqual(['The graph has a single actor: there is no one to side with or against.']);
  });

  it('actors without ties', () => {
    const graph = new Graph();
    graph.addNode('DPRK');
    graph.addNode('ROK');
    const result = run(graph);
    expect(result.camps.message).toBe(NO_SIGNED_TIES);
    expect(result.communities.message).toBe(NO_TIES);
    expect(result.centrality.pagerank).toEqual({ DPRK: 0.5, ROK: 0.5 });
    expect(result.sensitivity.sentences).toEqual(['No claims count with the statuses and types selected: there is nothing to analyse.']);
  });

  it('ties that are neither friendly nor hostile', () => {
    const result = run(seed, { signs: { supplies: 0, pact: 0, condemns: 0, targets: 0 } });
    expect(result.camps.message).toBe(NO_SIGNED_TIES);
    expect(result.centrality.degree.DPRK).toBe(9);
    expect(result.communities.count).toBeGreaterThan(0);
  });

  it('types or statuses that leave no claim', () => {
    const result = run(seed, { types: ['sanctions'] });
    expect(result.camps.message).toBe(NO_SIGNED_TIES);
    expect(result.sensitivity.sentences).toEqual(['No claims count with the statuses and types selected: there is nothing to analyse.']);
  });
});
