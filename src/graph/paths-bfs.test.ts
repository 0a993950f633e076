/**
 * Hop distances on the graph itself, forwards and backwards, within a limit.
 */
import { describe, it, expect } from 'vitest';
import Graph from 'graphology';
import { hopDistances, shortestHops } from './paths-bfs';
import { resolveOptions } from './paths-traversal';

/** a → b → c – d, with c – d undirected. */
function line(): Graph {
  const graph = new Graph({ type: 'mixed', multi: true });
  for (const node of ['a', 'b', 'c', 'd']) graph.addNode(node);
  graph.addDirectedEdge('a', 'b', { type: 't' });
  graph.addDirectedEdge('b', 'c', { type: 't' });
  graph.addUndirectedEdge('c', 'd', { type: 't' });
  return graph;
}

describe('hopDistances', () => {
  it('walks forwards along direction and both ways along undirected edges', () => {
    expect(Object.fromEntries(hopDistances(line(), resolveOptions({}), 'b', Infinity))).toEqual({ b: 0, c: 1, d: 2 });
  });

  it('walks backwards with `into`', () => {
    expect(Object.fromEntries(hopDistances(line(), resolveOptions({}), 'd', Infinity, true))).toEqual({ d: 0, c: 1, b: 2, a: 3 });
  });

  it('walks backwards only against direction with `into`', () => {
    expect(Object.fromEntries(hopDistances(line(), resolveOptions({}), 'b', Infinity, true))).toEqual({ b: 0, a: 1 });
  });

  it('stops at the limit', () => {
    expect([...hopDistances(line(), resolveOptions({}), 'd', 1, true).keys()]).toEqual(['d', 'c']);
  });
});

describe('shortestHops', () => {
  it('is null against direction and a count ignoring it', () => {
    const graph = line();
    expect([
      shortestHops(graph, resolveOptions({}), 'd', 'a'),
      shortestHops(graph, resolveOptions({ direction: 'ignore' }), 'd', 'a'),
    ]).toEqual([null, 3]);
  });
});
