/**
 * Filters: toggling facets, what stays visible on the seed dataset, counts, and list attributes.
 */
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import Graph from 'graphology';
import { loadDataset } from './load';
import { ALL, filterCounts, formatList, isFiltered, parseList, sameFilter, toggle, visibleSet, type Filter } from './filter';

const seed = loadDataset(readFileSync(new URL('../../graph-data/dprk-russia-2024.json', import.meta.url), 'utf8'));
const TYPES = ['supplies', 'pact', 'condemns', 'targets'];
const only = (partial: Partial<Filter>): Filter => ({ ...ALL, ...partial });
const sorted = (set: Set<string>) => [...set].sort();

describe('isFiltered', () => {
  it('is false for ALL', () => {
    expect(isFiltered(ALL)).toBe(false);
  });

  it('is true when any facet lists what it shows', () => {
    expect(isFiltered(only({ nodeKinds: ['state'] }))).toBe(true);
  });
});

describe('toggle', () => {
  it('hides one type when all are shown, listing the others in display order', () => {
    expect(toggle(ALL, 'edgeTypes', 'pact', TYPES)).toEqual(only({ edgeTypes: ['supplies', 'condemns', 'targets'] }));
  });

  it('goes back to null once every type is shown again', () => {
    const hidden = toggle(ALL, 'edgeTypes', 'pact', TYPES);
    expect(toggle(hidden, 'edgeTypes', 'pact', TYPES).edgeTypes).toBeNull();
  });

  it('can hide everything, leaving an empty list', () => {
    const none = toggle(only({ statuses: ['confirmed'] }), 'statuses', 'confirmed', ['confirmed', 'potential']);
    expect(none.statuses).toEqual([]);
  });

  it('does not change the filter it was given', () => {
    const filter = only({ edgeTypes: ['supplies'] });
    toggle(filter, 'edgeTypes', 'pact', TYPES);
    expect(filter).toEqual(only({ edgeTypes: ['supplies'] }));
  });

  it('leaves the other facets alone', () => {
    const filter = only({ nodeKinds: ['state'] });
    expect(toggle(filter, 'statuses', 'reported', ['confirmed', 'reported']).nodeKinds).toEqual(['state']);
  });

  it('keeps a shown key the data no longer has, after the known ones', () => {
    expect(toggle(only({ edgeTypes: ['gone', 'supplies'] }), 'edgeTypes', 'pact', TYPES).edgeTypes).toEqual(['supplies', 'pact', 'gone']);
  });
});

describe('visibleSet on the seed dataset', () => {
  it('shows every node and edge under ALL', () => {
    const visible = visibleSet(seed, ALL);
    expect([visible.nodes.size, visible.edges.size]).toEqual([6, 12]);
  });

  it('hides the edges of hidden types only', () => {
    const visible = visibleSet(seed, only({ edgeTypes: ['pact'] }));
    expect([sorted(visible.edges), visible.nodes.size]).toEqual([['DPRK-pact-Russia'], 6]);
  });

  it('hides edges by status', () => {
    const visible = visibleSet(seed, only({ statuses: ['reported'] }));
    expect(sorted(visible.edges)).toEqual(['DPRK-supplies-Russia-troops']);
  });

  it('hides nodes of hidden kinds and every edge touching them', () => {
    const visible = visibleSet(seed, only({ nodeKinds: ['organization'] }));
    expect([sorted(visible.nodes), visible.edges.size]).toEqual([['UN'], 0]);
  });

  it('combines facets: an edge needs its type, its status and both ends shown', () => {
    const visible = visibleSet(seed, only({ edgeTypes: ['condemns'], statuses: ['confirmed'], nodeKinds: ['state'] }));
    expect(sorted(visible.edges)).toEqual(['ROK-condemns-DPRK', 'ROK-condemns-Russia', 'US-condemns-DPRK']);
  });
});

describe('visibleSet on hand-built graphs', () => {
  it("treats 'unspecified' as a status and 'actor' as the kind of nodes without one", () => {
    const graph = new Graph();
    graph.addNode('a');
    graph.addNode('b', { kind: 'person' });
    graph.addEdgeWithKey('ab', 'a', 'b', { type: 'knows' });
    const visible = visibleSet(graph, only({ statuses: ['unspecified'], nodeKinds: ['actor', 'person'] }));
    expect(sorted(visible.edges)).toEqual(['ab']);
  });

  it('treats keys as plain text, never as patterns', () => {
    const graph = new Graph();
    graph.addNode('a', { kind: '.*' });
    graph.addNode('b', { kind: 'x' });
    expect(sorted(visibleSet(graph, only({ nodeKinds: ['.*'] })).nodes)).toEqual(['a']);
  });
});

describe('filterCounts', () => {
  it('counts every edge and node as visible under ALL', () => {
    const counts = filterCounts(seed, ALL);
    expect([counts.edgeTypes.get('supplies'), counts.statuses.get('confirmed'), counts.nodeKinds.get('state')]).toEqual([
      { visible: 4, total: 4 },
      { visible: 7, total: 7 },
      { visible: 5, total: 5 },
    ]);
  });

  it('counts what the whole filter leaves visible, per key', () => {
    const counts = filterCounts(seed, only({ statuses: ['confirmed'] }));
    expect([counts.edgeTypes.get('supplies'), counts.statuses.get('potential')]).toEqual([
      { visible: 1, total: 4 },
      { visible: 0, total: 4 },
    ]);
  });

  it('counts edges hidden by a hidden endpoint as not visible', () => {
    const counts = filterCounts(seed, only({ nodeKinds: ['state'] }));
    expect([counts.edgeTypes.get('condemns'), counts.nodeKinds.get('organization')]).toEqual([
      { visible: 3, total: 4 },
      { visible: 0, total: 1 },
    ]);
  });
});

describe('sameFilter', () => {
  it('ignores the order of keys', () => {
    expect(sameFilter(only({ edgeTypes: ['a', 'b'] }), only({ edgeTypes: ['b', 'a'] }))).toBe(true);
  });

  it('tells all (null) from a list', () => {
    expect(sameFilter(ALL, only({ edgeTypes: [] }))).toBe(false);
  });

  it('tells different lists apart', () => {
    expect(sameFilter(only({ statuses: ['confirmed'] }), only({ statuses: ['confirmed', 'potential'] }))).toBe(false);
  });
});

describe('parseList and formatList', () => {
  it('splits on commas, trims, drops empties and repeats', () => {
    expect(parseList(' supplies, pact,,supplies ,')).toEqual(['supplies', 'pact']);
  });

  it('reads null, "" and blanks as all, and commas alone as none', () => {
    expect([parseList(null), parseList(''), parseList('  ')]).toEqual([null, null, null]);
    // Commas alone say "none": what formatList writes for an empty list.
    expect([parseList(','), parseList(' , '), parseList(formatList([]))]).toEqual([[], [], []]);
  });

  it('joins with commas and keeps null as null', () => {
    expect([formatList(['supplies', 'pact']), formatList(null)]).toEqual(['supplies,pact', null]);
  });

  it('round-trips a list of plain keys', () => {
    expect(parseList(formatList(['confirmed', 'reported']))).toEqual(['confirmed', 'reported']);
  });
});
