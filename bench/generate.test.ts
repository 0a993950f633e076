import { describe, expect, it } from 'vitest';
import { generateDataset, mulberry32 } from './generate';
import { pickPathEnds, seedDataset } from './datasets';
import { loadDataset } from '../src/graph/load';

describe('generateDataset', () => {
  it('gives the same graph for the same size and seed, and another for another seed', () => {
    const a = JSON.stringify(generateDataset({ nodes: 500 }));
    const b = JSON.stringify(generateDataset({ nodes: 500 }));
    const c = JSON.stringify(generateDataset({ nodes: 500, seed: 7 }));

    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('passes the project loader with its declared registries and carries no positions', () => {
    const data = generateDataset({ nodes: 1000 });

    const graph = loadDataset(data);

    expect(graph.order).toBe(1000);
    expect(graph.size).toBe(data.edges.length);
    expect(graph.someNode((_key, attributes) => 'x' in attributes || 'y' in attributes)).toBe(false);
  });

  it('has about two edges per node, four types and three statuses, and a few hubs', () => {
    const data = generateDataset({ nodes: 5000 });
    const edges = data.edges;
    const degree = new Map<string, number>();
    for (const edge of edges) for (const end of [edge.source, edge.target]) degree.set(end, (degree.get(end) ?? 0) + 1);

    expect(edges.length / 5000).toBeGreaterThan(1.9);
    expect(edges.length / 5000).toBeLessThan(2.1);
    expect(new Set(edges.map((edge) => String(edge.attributes?.type)))).toEqual(new Set(['supplies', 'pact', 'condemns', 'targets']));
    expect(new Set(edges.map((edge) => String(edge.attributes?.status)))).toEqual(new Set(['confirmed', 'reported', 'potential']));
    expect(Math.max(...degree.values())).toBeGreaterThan(50);
    expect([...degree.values()].filter((d) => d <= 3).length / 5000).toBeGreaterThan(0.5);
  });

  it('is connected', () => {
    const data = generateDataset({ nodes: 2000 });
    const neighbours = new Map<string, string[]>();
    for (const edge of data.edges) {
      neighbours.set(edge.source, [...(neighbours.get(edge.source) ?? []), edge.target]);
      neighbours.set(edge.target, [...(neighbours.get(edge.target) ?? []), edge.source]);
    }
    const seen = new Set(['n0']);
    const queue = ['n0'];
    while (queue.length > 0) for (const next of neighbours.get(queue.pop()!) ?? []) if (!seen.has(next) && seen.add(next)) queue.push(next);

    expect(seen.size).toBe(2000);
  });
});

describe('mulberry32', () => {
  it('draws floats in [0, 1) with a plausible mean', () => {
    const random = mulberry32(42);
    const draws = Array.from({ length: 10_000 }, random);

    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(draws.reduce((sum, x) => sum + x, 0) / draws.length).toBeCloseTo(0.5, 1);
  });
});

describe('pickPathEnds', () => {
  it('picks two actors four hops apart on a synthetic graph', () => {
    const ends = pickPathEnds(generateDataset({ nodes: 1000 }));

    expect(ends.hops).toBe(4);
    expect(ends.from).not.toBe(ends.to);
  });

  it('falls back to the farthest actor on the small seed dataset', () => {
    const ends = pickPathEnds(seedDataset());

    expect(ends.hops).toBeGreaterThanOrEqual(1);
    expect(ends.hops).toBeLessThanOrEqual(4);
  });
});
