/**
 * Aggregation against a brute-force recount: on random mixed multigraphs with random groups and
 * random collapsed sets, for every ordered pair of drawn ends, every type and both kinds of tie,
 * the number of ties the aggregated edges carry equals the number counted one tie at a time.
 */
import fc from 'fast-check';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { aggregateEdges, groupingFromAssignment, groupingOf, isAggregateId, parseGroupBy, type Grouping } from './groups';

const TYPES = ['supplies', 'condemns', 'pact'];

interface RandomCase {
  n: number;
  groupCount: number;
  assignment: Array<number | null>;
  edges: Array<{ a: number; b: number; type: number; undirected: boolean }>;
  collapsed: boolean[];
}

const randomCase = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc.integer({ min: 1, max: 4 }).chain((groupCount) =>
    fc.record<RandomCase>({
      n: fc.constant(n),
      groupCount: fc.constant(groupCount),
      assignment: fc.array(fc.option(fc.integer({ min: 0, max: groupCount - 1 }), { nil: null }), { minLength: n, maxLength: n }),
      edges: fc.array(
        fc.record({
          a: fc.integer({ min: 0, max: n - 1 }),
          b: fc.integer({ min: 0, max: n - 1 }),
          type: fc.integer({ min: 0, max: TYPES.length - 1 }),
          undirected: fc.boolean(),
        }),
        { maxLength: 30 },
      ),
      collapsed: fc.array(fc.boolean(), { minLength: groupCount, maxLength: groupCount }),
    }),
  ),
);

function build(c: RandomCase): { graph: Graph; grouping: Grouping; collapsed: Set<string> } {
  const graph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
  for (let i = 0; i < c.n; i++) graph.addNode(`a${i}`);
  c.edges.forEach((edge, i) => {
    const attributes = { type: TYPES[edge.type] };
    if (edge.undirected) graph.addUndirectedEdgeWithKey(`e${i}`, `a${edge.a}`, `a${edge.b}`, attributes);
    else graph.addDirectedEdgeWithKey(`e${i}`, `a${edge.a}`, `a${edge.b}`, attributes);
  });
  const assignment = Object.fromEntries(c.assignment.map((group, i) => [`a${i}`, group]));
  const grouping = groupingFromAssignment('community', graph, assignment, (index) => `Community ${index + 1}`);
  const collapsed = new Set([...grouping.groups.keys()].filter((key) => c.collapsed[Number(key.split('-')[1]) - 1]));
  return { graph, grouping, collapsed };
}

/** The drawn end of an actor, computed directly from the case (not through the grouping). */
function drawnEnd(c: RandomCase, actor: number, collapsed: Set<string>): string {
  const group = c.assignment[actor];
  if (group !== null && group !== undefined && collapsed.has(`community-${group + 1}`)) return `g:community-${group + 1}`;
  return `a:a${actor}`;
}

describe('aggregateEdges', () => {
  it('carries every tie with a collapsed end exactly as a brute-force recount counts them', () => {
    fc.assert(
      fc.property(randomCase, (c) => {
        const { graph, grouping, collapsed } = build(c);
        const expected = new Map<string, number>();
        c.edges.forEach((edge) => {
          let from = drawnEnd(c, edge.a, collapsed);
          let to = drawnEnd(c, edge.b, collapsed);
          if (from.startsWith('a:') && to.startsWith('a:')) return;
          if (from === to) return;
          if (edge.undirected && to < from) [from, to] = [to, from];
          const key = [from, to, TYPES[edge.type], edge.undirected ? 'u' : 'd'].join(' ');
          expected.set(key, (expected.get(key) ?? 0) + 1);
        });
        const actual = new Map<string, number>();
        for (const aggregated of aggregateEdges(graph, grouping, collapsed)) {
          const from = `${aggregated.sourceIsGroup ? 'g' : 'a'}:${aggregated.source}`;
          const to = `${aggregated.targetIsGroup ? 'g' : 'a'}:${aggregated.target}`;
          const key = [from, to, aggregated.type, aggregated.directed ? 'd' : 'u'].join(' ');
          expect(actual.has(key)).toBe(false);
          actual.set(key, aggregated.edges.length);
          expect(isAggregateId(aggregated.id)).toBe(true);
          for (const edge of aggregated.edges) expect(graph.getEdgeAttribute(edge, 'type')).toBe(aggregated.type);
        }
        expect(actual).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('aggregates only the ties `include` keeps', () => {
    const graph = new Graph({ type: 'mixed', multi: true });
    for (const key of ['a', 'b', 'c']) graph.addNode(key);
    graph.addDirectedEdgeWithKey('ab', 'a', 'c', { type: 'supplies' });
    graph.addDirectedEdgeWithKey('bc', 'b', 'c', { type: 'supplies' });
    const grouping = groupingOf('data', [{ key: 'g', label: 'G', members: ['a', 'b'] }]);
    const all = aggregateEdges(graph, grouping, new Set(['g']));
    expect(all.map((edge) => [edge.source, edge.target, edge.edges])).toEqual([['g', 'c', ['ab', 'bc']]]);
    const some = aggregateEdges(graph, grouping, new Set(['g']), (edge) => edge !== 'bc');
    expect(some[0]!.edges).toEqual(['ab']);
    expect(aggregateEdges(graph, grouping, new Set())).toEqual([]);
  });

  it('counts the two directions of a type apart', () => {
    const graph = new Graph({ type: 'mixed', multi: true });
    for (const key of ['a', 'b', 'c']) graph.addNode(key);
    graph.addDirectedEdgeWithKey('ac', 'a', 'c', { type: 'supplies' });
    graph.addDirectedEdgeWithKey('ca', 'c', 'a', { type: 'supplies' });
    graph.addDirectedEdgeWithKey('cb', 'c', 'b', { type: 'supplies' });
    const grouping = groupingOf('data', [{ key: 'g', label: 'G', members: ['a', 'b'] }]);
    const edges = aggregateEdges(graph, grouping, new Set(['g']));
    expect(edges.map((edge) => `${edge.source}>${edge.target}:${edge.edges.length}`).sort()).toEqual(['c>g:2', 'g>c:1']);
  });
});

describe('groupings', () => {
  it('puts an actor in the first group that names it', () => {
    const grouping = groupingOf('data', [
      { key: 'x', label: 'X', members: ['a', 'b'] },
      { key: 'y', label: 'Y', members: ['b', 'c'] },
    ]);
    expect(grouping.groupOf.get('b')).toBe('x');
    expect(grouping.groups.get('y')!.members).toEqual(['c']);
  });

  it('parses group-by values', () => {
    expect(parseGroupBy('community')).toBe('community');
    expect(parseGroupBy('bogus')).toBeNull();
    expect(parseGroupBy(null)).toBeNull();
  });
});
