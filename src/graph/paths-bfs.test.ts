/**
 * Hop distances on the graph itself, forwards and backwards, within a limit.
 */
import { describe, it, expect } from 'vitest';
import Graph from 'graphology';
import { distancesOnShortestPaths, hopDistances, shortestHops } from './paths-bfs';
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

describe('distancesOnShortestPaths', () => {
  /** s → a → m → b → t and s → c → m, plus branches off the shortest paths: s → x → y and m → z. */
  function diamond(): Graph {
    const graph = new Graph({ type: 'mixed', multi: true });
    for (const [source, target] of ['sa', 'am', 'mb', 'bt', 'sc', 'cm', 'sx', 'xy', 'mz'])
      graph.mergeDirectedEdge(source!, target!, { type: 't' });
    return graph;
  }

  it('gives hops to the target from every actor on a shortest path, and from no dead end', () => {
    const found = distancesOnShortestPaths(diamond(), resolveOptions({}), 's', 't');
    expect(found?.hops).toBe(4);
    const onPaths = Object.fromEntries([...found!.toTarget].filter(([node]) => 'sacmbt'.includes(node)));
    expect(onPaths).toEqual({ s: 4, a: 3, c: 3, m: 2, b: 1, t: 0 });
    expect(found!.toTarget.has('x') || found!.toTarget.has('y') || found!.toTarget.has('z')).toBe(false);
  });

  it('is null when there is no path, and 0 hops from an actor to itself', () => {
    expect(distancesOnShortestPaths(diamond(), resolveOptions({}), 't', 's')).toBeNull();
    expect(distancesOnShortestPaths(diamond(), resolveOptions({}), 'm', 'm')?.hops).toBe(0);
  });
});
