/**
 * The path engine on the DPRK–Russia seed dataset and on small hand-made graphs: shortest paths,
 * all simple paths in stable order, the parallel-edge rule, options, explanations and errors.
 * Random graphs are in paths.property.test.ts, the 20,000-node graph in paths.perf.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import Graph from 'graphology';
import { loadDataset } from './load';
import { resolveRegistry } from './registry';
import { explainNoPath, findPaths, shortestPath, UnknownActorError } from './paths';

const seedText = readFileSync(new URL('../../graph-data/dprk-russia-2024.json', import.meta.url), 'utf8');
const seed = () => loadDataset(seedText);
const narratives = (graph: Graph, from: string, to: string, options = {}) =>
  findPaths(graph, resolveRegistry(graph), from, to, options).paths.map((path) => path.narrative);

describe('shortestPath on the seed dataset', () => {
  it('links the United States to Ukraine in two hops through North Korea', () => {
    const path = shortestPath(seed(), 'US', 'Ukraine');
    expect(path).toMatchObject({
      nodes: ['US', 'DPRK', 'Ukraine'],
      edges: ['US-condemns-DPRK', 'DPRK-targets-Ukraine'],
      hops: 2,
      narrative: 'United States condemns North Korea; North Korea targets Ukraine',
    });
  });

  it('prefers the confirmed edge where parallel edges of different types tie on hops', () => {
    // US→DPRK: condemns (confirmed) and targets (potential).
    const path = shortestPath(seed(), 'US', 'DPRK');
    expect(path?.steps[0]).toMatchObject({ edge: 'US-condemns-DPRK', type: 'condemns', status: 'confirmed' });
  });

  it('takes the direct condemns edge from South Korea to Russia', () => {
    const path = shortestPath(seed(), 'ROK', 'Russia');
    expect(path).toMatchObject({ edges: ['ROK-condemns-Russia'], hops: 1, narrative: 'South Korea condemns Russia' });
  });

  it('finds no path from Ukraine to the United States following direction', () => {
    expect(shortestPath(seed(), 'Ukraine', 'US')).toBeNull();
  });

  it('finds one ignoring direction, telling reversed hops in their own direction', () => {
    const path = shortestPath(seed(), 'Ukraine', 'US', { direction: 'ignore' });
    expect(path?.nodes).toEqual(['Ukraine', 'DPRK', 'US']);
    expect(path?.steps.map((hop) => hop.forward)).toEqual([false, false]);
    expect(path?.narrative).toBe('North Korea targets Ukraine; United States condemns North Korea');
  });

  it('goes the long way when the short edge is filtered out by status', () => {
    const path = shortestPath(seed(), 'US', 'Ukraine', { statuses: ['confirmed'] });
    expect(path?.narrative).toBe('United States condemns North Korea; North Korea pact with Russia; Russia targets Ukraine');
  });

  it('goes the long way when the short edge is hidden', () => {
    const graph = seed();
    const edges = new Set(graph.edges().filter((edge) => edge !== 'DPRK-targets-Ukraine'));
    const path = shortestPath(graph, 'US', 'Ukraine', { visible: { nodes: new Set(graph.nodes()), edges } });
    expect(path?.hops).toBe(3);
  });

  it('returns a path of no hops from an actor to itself', () => {
    expect(shortestPath(seed(), 'UN', 'UN')).toMatchObject({ nodes: ['UN'], edges: [], hops: 0, narrative: 'United Nations' });
  });
});

describe('findPaths on the seed dataset', () => {
  it('lists every path from the United States to Ukraine, by hops, then actors, then types', () => {
    expect(narratives(seed(), 'US', 'Ukraine')).toEqual([
      'United States condemns North Korea; North Korea targets Ukraine',
      'United States targets North Korea; North Korea targets Ukraine',
      'United States condemns North Korea; North Korea pact with Russia; Russia targets Ukraine',
      'United States condemns North Korea; North Korea supplies Russia; Russia targets Ukraine',
      'United States targets North Korea; North Korea pact with Russia; Russia targets Ukraine',
      'United States targets North Korea; North Korea supplies Russia; Russia targets Ukraine',
    ]);
  });

  it('collapses the two supplies edges from North Korea to Russia into one step', () => {
    const graph = seed();
    const [path, ...others] = findPaths(graph, resolveRegistry(graph), 'DPRK', 'Russia', { types: ['supplies'] }).paths;
    expect(others).toHaveLength(0);
    expect(path?.steps[0]).toMatchObject({
      edge: 'DPRK-supplies-Russia-munitions', // confirmed beats the reported troops edge
      status: 'confirmed',
      alternatives: ['DPRK-supplies-Russia-troops'],
    });
    expect(path?.steps[0]?.evidence).toEqual([
      ...(graph.getEdgeAttribute('DPRK-supplies-Russia-munitions', 'evidence') as unknown[]),
      ...(graph.getEdgeAttribute('DPRK-supplies-Russia-troops', 'evidence') as unknown[]),
    ]);
  });

  it('keeps supplies in each direction apart when direction is ignored', () => {
    expect(narratives(seed(), 'DPRK', 'Russia', { types: ['supplies'], direction: 'ignore' })).toEqual([
      'North Korea supplies Russia',
      'Russia supplies North Korea',
    ]);
  });

  it('drops the reported troops edge from the step under a confirmed-only filter', () => {
    const graph = seed();
    const result = findPaths(graph, resolveRegistry(graph), 'US', 'Ukraine', { statuses: ['confirmed'] });
    expect(result.paths.map((path) => path.edges)).toEqual([
      ['US-condemns-DPRK', 'DPRK-pact-Russia', 'Russia-targets-Ukraine'],
      ['US-condemns-DPRK', 'DPRK-supplies-Russia-munitions', 'Russia-targets-Ukraine'],
    ]);
    expect(result.paths[1]?.steps[1]?.alternatives).toBeUndefined();
  });

  it('stops at maxHops', () => {
    expect(narratives(seed(), 'US', 'Ukraine', { maxHops: 2 })).toHaveLength(2);
  });

  it('stops at maxPaths with the first paths in order and says it was capped', () => {
    const graph = seed();
    const all = findPaths(graph, resolveRegistry(graph), 'US', 'Ukraine');
    const capped = findPaths(graph, resolveRegistry(graph), 'US', 'Ukraine', { maxPaths: 3 });
    expect(capped.capped).toBe(true);
    expect(capped.paths).toEqual(all.paths.slice(0, 3));
  });

  it('is not capped when maxPaths is exactly the number of paths', () => {
    const graph = seed();
    expect(findPaths(graph, resolveRegistry(graph), 'US', 'Ukraine', { maxPaths: 6 }).capped).toBe(false);
  });

  it('gives no explanation when it finds paths', () => {
    const graph = seed();
    expect(findPaths(graph, resolveRegistry(graph), 'ROK', 'Russia').explanation).toBeNull();
  });
});

describe('explanations when there is no path', () => {
  const explanation = (from: string, to: string, options = {}, graph = seed()) =>
    findPaths(graph, resolveRegistry(graph), from, to, options).explanation;

  it('blames direction from Ukraine to the United States', () => {
    expect(explanation('Ukraine', 'US')).toBe('No path following direction; 18 paths ignoring direction.');
  });

  it('blames the type filter when only supplies may link North Korea to Ukraine', () => {
    expect(explanation('DPRK', 'Ukraine', { types: ['supplies'] })).toBe(
      'No path using only supplies; 3 paths when all types are allowed.',
    );
  });

  it('says when no type is allowed at all', () => {
    expect(explanation('ROK', 'Russia', { types: [] })).toBe('No path with no type allowed; 3 paths when all types are allowed.');
  });

  it('names every allowed type by its label', () => {
    expect(explanation('Russia', 'US', { types: ['pact', 'supplies'] })).toMatch(
      /^No path using only pact with or supplies and following direction;/,
    );
  });

  it('blames the status filter', () => {
    expect(explanation('UN', 'Ukraine', { statuses: ['reported'] })).toBe('No path with status reported; 3 paths with any status.');
  });

  it('blames the hop limit and gives the shortest length, when asked', () => {
    // findPaths itself returns that shortest path (see below), so only explainNoPath says this.
    const graph = seed();
    expect(explainNoPath(graph, resolveRegistry(graph), 'US', 'Ukraine', { maxHops: 1 })).toBe('No path within 1 hop; the shortest has 2.');
  });

  it('returns the shortest path instead when only the hop limit blocks, saying the list stopped there', () => {
    const graph = seed();
    const result = findPaths(graph, resolveRegistry(graph), 'US', 'Ukraine', { maxHops: 1 });
    expect(result.paths.map((path) => path.narrative)).toEqual(['United States condemns North Korea; North Korea targets Ukraine']);
    expect(result).toMatchObject({ explanation: null, beyondMaxHops: true, maxHops: 1, capped: false });
  });

  it('names a hidden end of the path', () => {
    const graph = seed();
    const visible = { nodes: new Set(['US', 'DPRK']), edges: new Set(graph.edges()) };
    expect(explanation('US', 'Ukraine', { visible }, graph)).toBe(
      'No path while Ukraine is hidden by the filters; 6 paths when the filters are cleared.',
    );
  });

  it('lists every option that alone unblocks a path', () => {
    expect(explanation('US', 'Russia', { statuses: ['potential'] })).toBe(
      'No path with status potential; 4 paths with any status. No path following direction; 1 path ignoring direction.',
    );
  });

  it('relaxes options together when no single one is enough', () => {
    expect(explanation('Ukraine', 'UN', { types: ['supplies'] })).toBe(
      'No path using only supplies and following direction; 9 paths when all types are allowed and ignoring direction.',
    );
  });

  it('relaxes the hop limit together with another option', () => {
    expect(explanation('UN', 'ROK', { maxHops: 1 })).toBe(
      'No path following direction and within 1 hop; the shortest ignoring direction has 2 hops.',
    );
  });

  it('says when two actors are not connected at all', () => {
    const graph = seed();
    graph.addNode('Mars', { label: 'Mars' });
    expect(explanation('DPRK', 'Mars', {}, graph)).toBe('North Korea and Mars are not connected at all.');
  });

  it('counts the paths when asked about actors that are connected', () => {
    const graph = seed();
    expect(explainNoPath(graph, resolveRegistry(graph), 'US', 'Ukraine', {})).toBe('6 paths with these options.');
  });
});

describe('weights', () => {
  function triangle(weights: Record<string, unknown>): Graph {
    const graph = new Graph({ type: 'mixed', multi: true });
    for (const node of ['A', 'B', 'C']) graph.addNode(node);
    graph.addDirectedEdgeWithKey('AB', 'A', 'B', { type: 't', cost: weights.AB });
    graph.addDirectedEdgeWithKey('AC', 'A', 'C', { type: 't', cost: weights.AC });
    graph.addDirectedEdgeWithKey('CB', 'C', 'B', { type: 't', cost: weights.CB });
    return graph;
  }

  it('takes the lighter two-hop route over a heavy direct edge', () => {
    expect(shortestPath(triangle({ AB: 10, AC: 1, CB: 1 }), 'A', 'B', { weight: 'cost' })?.nodes).toEqual(['A', 'C', 'B']);
  });

  it('ignores weights when no weight attribute is named', () => {
    expect(shortestPath(triangle({ AB: 10, AC: 1, CB: 1 }), 'A', 'B')?.nodes).toEqual(['A', 'B']);
  });

  it('counts missing and non-finite weights as 1', () => {
    expect(shortestPath(triangle({ AB: 3, AC: 'heavy', CB: Infinity }), 'A', 'B', { weight: 'cost' })?.nodes).toEqual(['A', 'C', 'B']);
  });

  it('picks the lightest of parallel edges for a hop', () => {
    const graph = triangle({ AB: 5 });
    graph.addDirectedEdgeWithKey('AB-light', 'A', 'B', { type: 'u', cost: 2 });
    expect(shortestPath(graph, 'A', 'B', { weight: 'cost' })?.edges).toEqual(['AB-light']);
  });
});

describe('cached views follow the graph', () => {
  it('sees an edge dropped after a first query', () => {
    const graph = seed();
    expect(shortestPath(graph, 'US', 'Ukraine')?.hops).toBe(2);
    graph.dropEdge('DPRK-targets-Ukraine');
    expect(shortestPath(graph, 'US', 'Ukraine')?.hops).toBe(3);
  });

  it('sees an edge added after a first query', () => {
    const graph = seed();
    expect(shortestPath(graph, 'Ukraine', 'US')).toBeNull();
    graph.addDirectedEdge('Ukraine', 'US', { type: 'condemns', status: 'confirmed', evidence: [] });
    expect(shortestPath(graph, 'Ukraine', 'US')?.hops).toBe(1);
  });

  it('sees an edge change type after a first query', () => {
    const graph = seed();
    expect(shortestPath(graph, 'ROK', 'Ukraine', { types: ['supplies'] })?.hops).toBe(1);
    graph.setEdgeAttribute('ROK-supplies-Ukraine-lethal-aid', 'type', 'condemns');
    expect(shortestPath(graph, 'ROK', 'Ukraine', { types: ['supplies'] })).toBeNull();
  });

  it('tells paths with a registry declared after a first query', () => {
    const graph = seed();
    shortestPath(graph, 'ROK', 'Russia');
    graph.setAttribute('edgeTypes', { condemns: { label: 'denounces', directed: true } });
    expect(shortestPath(graph, 'ROK', 'Russia')?.narrative).toBe('South Korea denounces Russia');
  });
});

describe('errors', () => {
  it('rejects an unknown actor with the closest key', () => {
    const error = (() => {
      try {
        shortestPath(seed(), 'US', 'Rusia');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(UnknownActorError);
    expect(error).toMatchObject({ key: 'Rusia', message: 'unknown actor "Rusia" (did you mean "Russia"?)' });
  });

  it('rejects an unknown actor in findPaths too', () => {
    const graph = seed();
    expect(() => findPaths(graph, resolveRegistry(graph), 'Mars', 'US')).toThrow(/^unknown actor "Mars"$/);
  });

  it('rejects an unknown direction', () => {
    expect(() => shortestPath(seed(), 'US', 'DPRK', { direction: 'backwards' as 'follow' })).toThrow(
      /direction must be "follow" or "ignore"/,
    );
  });

  it('rejects a negative hop limit', () => {
    const graph = seed();
    expect(() => findPaths(graph, resolveRegistry(graph), 'US', 'DPRK', { maxHops: -1 })).toThrow(/maxHops must be/);
  });
});
