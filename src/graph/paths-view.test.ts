/**
 * The filtered view: one edge per allowed traversal, directed when following direction and
 * undirected when ignoring it, weighted by the lightest allowed edge.
 */
import { describe, it, expect } from 'vitest';
import Graph from 'graphology';
import { buildView, weightOf } from './paths-view';
import { resolveOptions } from './paths-traversal';

function sample(): Graph {
  const graph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
  for (const node of ['a', 'b', 'c']) graph.addNode(node);
  graph.addDirectedEdgeWithKey('ab-heavy', 'a', 'b', { type: 't', status: 'confirmed', w: 5 });
  graph.addDirectedEdgeWithKey('ab-light', 'a', 'b', { type: 't', status: 'potential', w: 2 });
  graph.addUndirectedEdgeWithKey('bc', 'b', 'c', { type: 'u', w: 1 });
  graph.addDirectedEdgeWithKey('loop', 'c', 'c', { type: 't' });
  return graph;
}

const pairs = (view: Graph) => view.mapEdges((_e, _a, source, target) => `${source}${view.isUndirected(_e) ? '-' : '>'}${target}`).sort();

describe('buildView', () => {
  it('follows direction: directed edges one way, undirected both, no self-loops', () => {
    expect(pairs(buildView(sample(), resolveOptions({})))).toEqual(['a>b', 'b>c', 'c>b']);
  });

  it('ignores direction with one undirected edge per linked pair', () => {
    expect(pairs(buildView(sample(), resolveOptions({ direction: 'ignore' })))).toEqual(['a-b', 'b-c']);
  });

  it('keeps the lightest allowed weight of parallel edges', () => {
    const view = buildView(sample(), resolveOptions({ weight: 'w' }));
    expect(view.getEdgeAttribute(view.edge('a', 'b'), 'weight')).toBe(2);
  });

  it('leaves out edges and actors the options exclude', () => {
    const view = buildView(
      sample(),
      resolveOptions({ statuses: ['confirmed'], visible: { nodes: new Set(['a', 'b']), edges: new Set(['ab-heavy', 'ab-light', 'bc']) } }),
    );
    expect([view.nodes(), pairs(view)]).toEqual([['a', 'b'], ['a>b']]);
  });
});

describe('weightOf', () => {
  it('reads a finite weight of at least 0', () => {
    expect(weightOf({ w: 0 }, 'w')).toBe(0);
  });

  it('counts missing, non-finite, negative and non-numeric weights as 1', () => {
    expect([{}, { w: NaN }, { w: Infinity }, { w: -2 }, { w: '3' }].map((a) => weightOf(a, 'w'))).toEqual([1, 1, 1, 1, 1]);
  });
});
