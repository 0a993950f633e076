/**
 * Search: the seed dataset's names and aliases, ranking rules on small graphs, and a large graph.
 */
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import Graph from 'graphology';
import { loadDataset } from './load';
import { createSearchIndex, normalizeForSearch } from './search';

const seed = loadDataset(readFileSync(new URL('../../graph-data/dprk-russia-2024.json', import.meta.url), 'utf8'));
const index = createSearchIndex(seed);
const keys = (query: string, limit?: number) => index.search(query, limit).map((hit) => hit.key);

/** A graph of nodes given as [key, label, aliases?]. */
function named(...nodes: [string, string?, string[]?][]): Graph {
  const graph = new Graph();
  for (const [key, label, aliases] of nodes) graph.addNode(key, { label, aliases });
  return graph;
}

describe('the seed dataset', () => {
  it('finds North Korea by its capital, reporting the alias that matched', () => {
    expect(index.search('Pyongyang')).toEqual([{ key: 'DPRK', label: 'North Korea', matched: 'Pyongyang', field: 'alias' }]);
  });

  it('finds South Korea by "seoul" in lower case', () => {
    expect(keys('seoul')).toEqual(['ROK']);
  });

  it('finds both Koreas by the word start "kor", ordered by label', () => {
    expect(keys('kor')).toEqual(['DPRK', 'ROK']);
  });

  it('finds the UN by an acronym alias and by a two-word alias', () => {
    expect([keys('UNSC'), keys('security council')]).toEqual([['UN'], ['UN']]);
  });

  it('reports a key match with field "key"', () => {
    expect(index.search('rok')[0]).toEqual({ key: 'ROK', label: 'South Korea', matched: 'ROK', field: 'key' });
  });

  it('returns nothing for an empty or blank query', () => {
    expect([index.search(''), index.search('   ')]).toEqual([[], []]);
  });

  it('returns nothing when no name matches', () => {
    expect(index.search('Atlantis')).toEqual([]);
  });

  it('returns one hit per node even when several of its names match', () => {
    expect(keys('korea')).toEqual(['DPRK', 'ROK']);
  });

  it('ranks an exact key above label prefixes ("un" finds the UN first)', () => {
    expect(keys('un')[0]).toBe('UN');
  });
});

describe('normalisation', () => {
  it('ignores case, diacritics and repeated spaces', () => {
    expect(normalizeForSearch('  Côte   d’IVOIRE ')).toBe('cote d’ivoire');
  });

  it('matches a query with diacritics against a name without, and the reverse', () => {
    const search = createSearchIndex(named(['ci', "Côte d'Ivoire"], ['sp', 'Sao Paulo']));
    expect([search.search('cote')[0]?.key, search.search('São')[0]?.key]).toEqual(['ci', 'sp']);
  });
});

describe('ranking', () => {
  it('orders exact, prefix, word-prefix and substring matches', () => {
    const graph = named(['sub', 'Peacemakers'], ['word', 'The Makers'], ['prefix', 'Makers Guild'], ['exact', 'Maker']);
    expect(
      createSearchIndex(graph)
        .search('maker')
        .map((hit) => hit.key),
    ).toEqual(['exact', 'prefix', 'word', 'sub']);
  });

  it('counts a later word-start occurrence even when an earlier one is mid-word', () => {
    const graph = named(['late', 'Banana Ana'], ['mid', 'Banana']);
    expect(
      createSearchIndex(graph)
        .search('ana')
        .map((hit) => hit.key),
    ).toEqual(['late', 'mid']);
  });

  it('breaks ties by label, then by key', () => {
    const graph = named(['b2', 'Delta'], ['a', 'Alpha'], ['b1', 'Delta']);
    expect(
      createSearchIndex(graph)
        .search('l')
        .map((hit) => hit.key),
    ).toEqual(['a', 'b1', 'b2']);
  });

  it("takes a node's best name: an exact alias beats a prefix label", () => {
    const graph = named(['x', 'Moscow Oblast', ['Moscow']]);
    expect(createSearchIndex(graph).search('moscow')[0]).toMatchObject({ matched: 'Moscow', field: 'alias' });
  });

  it('prefers the label when label and alias match equally well', () => {
    const graph = named(['x', 'Kyiv', ['Kyiv city']]);
    expect(createSearchIndex(graph).search('ky')[0]).toMatchObject({ matched: 'Kyiv', field: 'label' });
  });

  it('uses the key as label for nodes without one and skips non-string aliases', () => {
    const graph = new Graph();
    graph.addNode('n1', { aliases: ['First', 42, null] });
    expect(createSearchIndex(graph).search('n1')).toEqual([{ key: 'n1', label: 'n1', matched: 'n1', field: 'label' }]);
  });
});

describe('limits', () => {
  it('returns at most `limit` hits, the best ones', () => {
    expect(keys('u', 2)).toEqual(['Ukraine', 'UN']);
  });

  it('returns nothing for a limit below 1', () => {
    expect(index.search('u', 0)).toEqual([]);
  });
});

describe('a graph of 20,000 nodes', () => {
  const big = new Graph();
  for (let i = 0; i < 20_000; i++) big.addNode(`n${i}`, { label: `Actor ${String(i).padStart(5, '0')}`, aliases: [`Alias ${i}`] });
  big.addNode('target', { label: 'Zürich Group', aliases: ['Needle'] });
  const bigIndex = createSearchIndex(big);

  it('finds the one node whose alias matches', () => {
    expect(bigIndex.search('needle')).toEqual([{ key: 'target', label: 'Zürich Group', matched: 'Needle', field: 'alias' }]);
  });

  it('returns the first ten of thousands of matches in label order', () => {
    expect(bigIndex.search('actor').map((hit) => hit.key)).toEqual(['n0', 'n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7', 'n8', 'n9']);
  });

  it('puts the exact match before the prefix matches that share its start', () => {
    expect(bigIndex.search('alias 1999', 3).map((hit) => hit.key)).toEqual(['n1999', 'n19990', 'n19991']);
  });
});
