/**
 * Neighbourhoods: one and two steps on the seed dataset, direction ignored, and the filter's
 * visible set respected.
 */
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import Graph from 'graphology';
import { loadDataset } from './load';
import { ALL, visibleSet } from './filter';
import { neighbourhood } from './neighbourhood';

const seed = loadDataset(readFileSync(new URL('../../graph-data/dprk-russia-2024.json', import.meta.url), 'utf8'));
const sorted = (set: Set<string>) => [...set].sort();

/** Directed edges given as "source>target", keyed by that text. */
function chain(...edges: string[]): Graph {
  const graph = new Graph();
  for (const edge of edges) {
    const [source, target] = edge.split('>') as [string, string];
    graph.mergeNode(source);
    graph.mergeNode(target);
    graph.addDirectedEdgeWithKey(edge, source, target);
  }
  return graph;
}

describe('on the seed dataset', () => {
  it('one step from the UN reaches only North Korea', () => {
    const result = neighbourhood(seed, 'UN', 1);
    expect([sorted(result.nodes), sorted(result.edges)]).toEqual([['DPRK', 'UN'], ['UN-condemns-DPRK']]);
  });

  it('one step from the US includes both edges to North Korea', () => {
    expect(sorted(neighbourhood(seed, 'US', 1).edges)).toEqual(['US-condemns-DPRK', 'US-targets-DPRK']);
  });

  it('two steps from the UN reach every actor', () => {
    const result = neighbourhood(seed, 'UN', 2);
    expect([result.nodes.size, result.edges.size]).toEqual([6, 12]);
  });

  it('includes edges between neighbours, not only those at the actor', () => {
    const result = neighbourhood(seed, 'Ukraine', 1);
    expect([sorted(result.nodes), result.edges.has('ROK-condemns-Russia'), result.edges.size]).toEqual([
      ['DPRK', 'ROK', 'Russia', 'Ukraine'],
      true,
      9,
    ]);
  });

  it('walks only visible edges when given the visible set', () => {
    const visible = visibleSet(seed, { ...ALL, edgeTypes: ['condemns'] });
    const result = neighbourhood(seed, 'UN', 2, visible);
    expect([sorted(result.nodes), sorted(result.edges)]).toEqual([
      ['DPRK', 'ROK', 'UN', 'US'],
      ['ROK-condemns-DPRK', 'UN-condemns-DPRK', 'US-condemns-DPRK'],
    ]);
  });

  it('gives the same result with the ALL visible set as without one', () => {
    const withAll = neighbourhood(seed, 'Russia', 1, visibleSet(seed, ALL));
    const without = neighbourhood(seed, 'Russia', 1);
    expect([sorted(withAll.nodes), sorted(withAll.edges)]).toEqual([sorted(without.nodes), sorted(without.edges)]);
  });
});

describe('on hand-built graphs', () => {
  it('ignores direction: two steps from a reach c through a shared target', () => {
    expect(sorted(neighbourhood(chain('a>b', 'c>b'), 'a', 2).nodes)).toEqual(['a', 'b', 'c']);
  });

  it('stops after the given number of steps', () => {
    const graph = chain('a>b', 'b>c', 'c>d');
    expect([sorted(neighbourhood(graph, 'a', 1).nodes), sorted(neighbourhood(graph, 'a', 2).nodes)]).toEqual([
      ['a', 'b'],
      ['a', 'b', 'c'],
    ]);
  });

  it('leaves out edges to nodes beyond the last step', () => {
    expect(sorted(neighbourhood(chain('a>b', 'b>c'), 'a', 1).edges)).toEqual(['a>b']);
  });

  it('does not cross a hidden edge even when the node behind it is visible', () => {
    const graph = chain('a>b');
    const result = neighbourhood(graph, 'a', 2, { nodes: new Set(['a', 'b']), edges: new Set() });
    expect([sorted(result.nodes), result.edges.size]).toEqual([['a'], 0]);
  });

  it('is empty for an actor the visible set hides', () => {
    const result = neighbourhood(chain('a>b'), 'a', 1, { nodes: new Set(['b']), edges: new Set(['a>b']) });
    expect([result.nodes.size, result.edges.size]).toEqual([0, 0]);
  });

  it('is empty for a key that is not in the graph', () => {
    expect(neighbourhood(chain('a>b'), 'missing', 2).nodes.size).toBe(0);
  });

  it('is just the actor when it has no edges', () => {
    const graph = new Graph();
    graph.addNode('alone');
    expect(sorted(neighbourhood(graph, 'alone', 2).nodes)).toEqual(['alone']);
  });

  it('keeps parallel edges between included nodes', () => {
    const graph = new Graph({ multi: true });
    graph.addNode('a');
    graph.addNode('b');
    graph.addDirectedEdgeWithKey('e1', 'a', 'b');
    graph.addUndirectedEdgeWithKey('e2', 'a', 'b');
    expect(sorted(neighbourhood(graph, 'b', 1).edges)).toEqual(['e1', 'e2']);
  });
});
