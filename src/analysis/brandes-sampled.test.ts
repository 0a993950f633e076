/**
 * Sampled betweenness against the exact count (graphology-metrics): equal when every actor is a
 * source, unbiased on average, and close with half the sources on a 1,000-actor network.
 */
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate';
import { loadDataset } from '../graph/load';
import { resolveRegistry } from '../graph/registry';
import { karateClubGraph } from '../graph/test-networks';
import { sampledBetweenness } from './brandes-sampled';
import { countedClaims } from './claims';
import { resolveOptions } from './options';
import { directedCopy, undirectedCopy } from './simple-graph';
import type Graph from 'graphology';

function copies(graph: Graph) {
  const claims = countedClaims(graph, resolveRegistry(graph), resolveOptions());
  return { undirected: undirectedCopy(graph.nodes(), claims), directed: directedCopy(graph.nodes(), claims) };
}

const exact = (graph: Graph) => betweennessCentrality(graph, { getEdgeWeight: null });
const maxDifference = (a: Record<string, number>, b: Record<string, number>) =>
  Math.max(...Object.keys(a).map((key) => Math.abs(a[key]! - b[key]!)));
const top = (scores: Record<string, number>, n: number) =>
  Object.entries(scores)
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([key]) => key);

const generated = copies(loadDataset(generateDataset({ nodes: 1000, seed: 7 })));

describe('sampled betweenness', () => {
  it('is exact with every actor as a source, undirected and directed', () => {
    const karate = copies(karateClubGraph()).undirected;
    expect(maxDifference(sampledBetweenness(karate, 34, 1).scores, exact(karate))).toBeLessThan(1e-12);
    expect(maxDifference(sampledBetweenness(generated.directed, 5000, 1).scores, exact(generated.directed))).toBeLessThan(1e-12);
    expect(sampledBetweenness(karate, 100, 1).samples).toBe(34);
  });

  it('is unbiased: averaged over 400 seeds, 5 sources of 34 land within 0.02 of the exact karate scores', () => {
    const karate = copies(karateClubGraph()).undirected;
    const mean: Record<string, number> = {};
    for (let seed = 0; seed < 400; seed++) {
      for (const [member, score] of Object.entries(sampledBetweenness(karate, 5, seed).scores))
        mean[member] = (mean[member] ?? 0) + score / 400;
    }
    expect(maxDifference(mean, exact(karate))).toBeLessThan(0.02);
  });

  it('with 500 of 1,000 sources, is within 0.03 of exact and finds most of the top 10', () => {
    for (const graph of [generated.undirected, generated.directed]) {
      const estimate = sampledBetweenness(graph, 500, 3).scores;
      const truth = exact(graph);
      expect(maxDifference(estimate, truth)).toBeLessThan(0.03);
      const found = top(estimate, 10).filter((key) => top(truth, 10).includes(key));
      expect(found.length).toBeGreaterThanOrEqual(8);
    }
  });

  it('draws the same sources for the same seed', () => {
    expect(sampledBetweenness(generated.undirected, 50, 9)).toEqual(sampledBetweenness(generated.undirected, 50, 9));
    expect(sampledBetweenness(generated.undirected, 50, 9)).not.toEqual(sampledBetweenness(generated.undirected, 50, 10));
  });
});
