/**
 * Centrality against published values: networkx's betweenness on Padgett's Florentine families
 * and Zachary's karate club, and its PageRank on the club; then degrees and direction on the
 * seed dataset, and what parallel claims do.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../graph/load';
import { resolveRegistry } from '../graph/registry';
import { florentineGraph, karateClubGraph } from '../graph/test-networks';
import { computeCentrality, type CentralityOptions } from './centrality';
import { countedClaims } from './claims';
import { resolveOptions } from './options';
import type Graph from 'graphology';

const seed = loadDataset(readFileSync(new URL('../../graph-data/dprk-russia-2024.json', import.meta.url), 'utf8'));

function centrality(graph: Graph, options: Partial<CentralityOptions> = {}) {
  const claims = countedClaims(graph, resolveRegistry(graph), resolveOptions());
  return computeCentrality(graph.nodes(), claims, { direction: 'ignore', betweenness: 'default', samples: 500, seed: 1, ...options });
}

// networkx 3: nx.betweenness_centrality(nx.florentine_families_graph()), 15 families.
const FLORENTINE_BETWEENNESS: Record<string, number> = {
  Medici: 0.521978,
  Guadagni: 0.254579,
  Albizzi: 0.212454,
  Salviati: 0.142857,
  Ridolfi: 0.113553,
  Bischeri: 0.104396,
  Strozzi: 0.102564,
  Barbadori: 0.093407,
  Tornabuoni: 0.091575,
  Castellani: 0.054945,
  Peruzzi: 0.021978,
  Lamberteschi: 0,
  Ginori: 0,
  Acciaiuoli: 0,
  Pazzi: 0,
};

describe('betweenness', () => {
  it("equals networkx's on the 15 married Florentine families, to 1e-6", () => {
    const graph = florentineGraph();
    graph.dropNode('Pucci');
    const { betweenness, approximate } = centrality(graph);
    expect(approximate).toBe(false);
    expect(Object.keys(betweenness).sort()).toEqual(Object.keys(FLORENTINE_BETWEENNESS).sort());
    for (const [family, value] of Object.entries(FLORENTINE_BETWEENNESS)) expect(betweenness[family]).toBeCloseTo(value, 6);
  });

  it('normalises by the number of actors, so the unmarried Pucci scale the others by 14·13 / 15·14', () => {
    const { betweenness } = centrality(florentineGraph());
    expect(betweenness.Pucci).toBe(0);
    expect(betweenness.Medici).toBeCloseTo((FLORENTINE_BETWEENNESS.Medici! * 13) / 15, 6);
  });

  it("equals networkx's top five on the karate club, to 1e-5", () => {
    const { betweenness } = centrality(karateClubGraph());
    // networkx nodes 0, 33, 32, 2, 31 are members 1, 34, 33, 3, 32.
    const expected = { '1': 0.437635, '34': 0.304075, '33': 0.145247, '3': 0.143657, '32': 0.138276 };
    for (const [member, value] of Object.entries(expected)) expect(betweenness[member]).toBeCloseTo(value, 5);
  });

  it('counts a pair tied by parallel claims once, as a simple graph does', () => {
    const graph = florentineGraph();
    graph.dropNode('Pucci');
    const single = centrality(graph).betweenness;
    graph.addUndirectedEdgeWithKey('again', 'Medici', 'Albizzi', { type: 'marriage' });
    expect(centrality(graph).betweenness).toEqual(single);
  });
});

describe('PageRank', () => {
  it("equals networkx's on the karate club (damping 0.85), to 1e-4", () => {
    const { pagerank } = centrality(karateClubGraph());
    expect(pagerank['34']).toBeCloseTo(0.100918, 4);
    expect(pagerank['1']).toBeCloseTo(0.097002, 4);
    expect(Object.values(pagerank).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });
});

describe('degrees and direction, on the seed', () => {
  it('count every claim; in and out count directed claims one way and pacts both ways', () => {
    const { degree, inDegree, outDegree } = centrality(seed);
    expect(degree).toEqual({ DPRK: 9, Russia: 6, ROK: 3, US: 2, Ukraine: 3, UN: 1 });
    expect(inDegree).toEqual({ DPRK: 6, Russia: 4, ROK: 0, US: 0, Ukraine: 3, UN: 0 });
    expect(outDegree).toEqual({ DPRK: 4, Russia: 3, ROK: 3, US: 2, Ukraine: 0, UN: 1 });
  });

  it('leave out in and out degrees when no claim has a direction', () => {
    const result = centrality(karateClubGraph());
    expect(result.inDegree).toBeUndefined();
    expect(result.outDegree).toBeUndefined();
    expect(result.degree['34']).toBe(17);
  });

  it('ignoring direction, North Korea relays 7 of the 10 pairs; following arrows, 4 of the 20 ordered pairs', () => {
    // Undirected: the US and the UN reach everyone but North Korea only through it (7 pairs),
    // normalised by 2 / (5·4). Directed: only the arrows from the US and the UN through North
    // Korea to Russia and to Ukraine (4 ordered pairs), normalised by 1 / (5·4).
    const { DPRK, ...others } = centrality(seed).betweenness;
    expect(DPRK).toBeCloseTo(0.7, 12);
    expect(others).toEqual({ Russia: 0, ROK: 0, US: 0, Ukraine: 0, UN: 0 });
    const followed = centrality(seed, { direction: 'follow' });
    expect(followed.direction).toBe('follow');
    const { DPRK: relays, ...rest } = followed.betweenness;
    expect(relays).toBeCloseTo(0.2, 12);
    expect(rest).toEqual({ Russia: 0, ROK: 0, US: 0, Ukraine: 0, UN: 0 });
  });
});
