/**
 * The view cache: equal options reuse a view, whether the visible sets come as the same object or
 * as a new, equal one; different contents or a changed graph get a new view.
 */
import { describe, it, expect } from 'vitest';
import Graph from 'graphology';
import { cachedRegistry, filteredView } from './paths-cache';
import { resolveOptions } from './paths-traversal';
import type { PathOptions } from './paths-types';

function chain(): Graph {
  const graph = new Graph({ type: 'mixed', multi: true });
  for (const node of ['a', 'b', 'c']) graph.addNode(node);
  graph.addDirectedEdgeWithKey('ab', 'a', 'b', { type: 't' });
  graph.addDirectedEdgeWithKey('bc', 'b', 'c', { type: 'u' });
  return graph;
}

const view = (graph: Graph, options: PathOptions) => filteredView(graph, resolveOptions(options));
const visible = (nodes: string[], edges: string[]) => ({ nodes: new Set(nodes), edges: new Set(edges) });

describe('filteredView', () => {
  it('reuses the view for the same options', () => {
    const graph = chain();
    expect(view(graph, { types: ['t', 'u'] })).toBe(view(graph, { types: ['u', 't'] }));
  });

  it('builds another view for other options', () => {
    const graph = chain();
    expect(view(graph, { types: ['t'] })).not.toBe(view(graph, { types: ['u'] }));
  });

  it('reuses the view for equal visible sets passed as a new object', () => {
    const graph = chain();
    const first = view(graph, { visible: visible(['a', 'b', 'c'], ['ab', 'bc']) });
    expect(view(graph, { visible: visible(['c', 'b', 'a'], ['bc', 'ab']) })).toBe(first);
  });

  it('builds another view for visible sets of the same sizes but other keys', () => {
    const graph = chain();
    view(graph, { visible: visible(['a', 'b'], ['ab']) });
    expect(view(graph, { visible: visible(['b', 'c'], ['bc']) }).edges()).toHaveLength(1);
    expect(view(graph, { visible: visible(['b', 'c'], ['bc']) }).hasEdge('b', 'c')).toBe(true);
  });

  it('notices visible sets grown in place', () => {
    const graph = chain();
    const shown = visible(['a', 'b'], ['ab']);
    view(graph, { visible: shown });
    shown.nodes.add('c');
    shown.edges.add('bc');
    expect(view(graph, { visible: shown }).hasEdge('b', 'c')).toBe(true);
  });

  it('drops its views when the graph changes', () => {
    const graph = chain();
    const before = view(graph, {});
    graph.addDirectedEdgeWithKey('ca', 'c', 'a', { type: 't' });
    const after = view(graph, {});
    expect(after).not.toBe(before);
    expect(after.hasEdge('c', 'a')).toBe(true);
  });
});

describe('cachedRegistry', () => {
  it('resolves once while the graph is unchanged', () => {
    const graph = chain();
    expect(cachedRegistry(graph)).toBe(cachedRegistry(graph));
  });

  it('resolves again after an edge type changes', () => {
    const graph = chain();
    cachedRegistry(graph);
    graph.setEdgeAttribute('ab', 'type', 'v');
    expect([...cachedRegistry(graph).edgeTypes.keys()]).toEqual(['v', 'u']);
  });
});
