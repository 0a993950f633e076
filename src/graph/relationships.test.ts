/**
 * Relationships from an actor's side, single-edge descriptions and source lookup, on the seed
 * dataset and on small graphs.
 */
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import Graph from 'graphology';
import { loadDataset } from './load';
import { resolveRegistry } from './registry';
import { describeEdge, evidenceSources, relationshipsOf } from './relationships';

const seed = loadDataset(readFileSync(new URL('../../graph-data/dprk-russia-2024.json', import.meta.url), 'utf8'));
const registry = resolveRegistry(seed);
const outline = (key: string) =>
  relationshipsOf(seed, registry, key).map((g) => `${g.direction} ${g.heading}: ${g.items.map((i) => i.other).join(' ')}`);

describe('relationshipsOf on the seed dataset', () => {
  it("lists North Korea's relationships in registry order, out before in before both", () => {
    expect(outline('DPRK')).toEqual([
      'out supplies: Russia Russia',
      'in supplied by: Russia',
      'both pact with: Russia',
      'in condemned by: ROK UN US',
      'out targets: Ukraine',
      'in targeted by: US',
    ]);
  });

  it("orders items by the other actor's label, not its key", () => {
    const condemned = relationshipsOf(seed, registry, 'DPRK').find((g) => g.type === 'condemns');
    expect(condemned?.items.map((item) => item.otherLabel)).toEqual(['South Korea', 'United Nations', 'United States']);
  });

  it('gives an undirected type the direction "both" and its label from either end', () => {
    const pact = relationshipsOf(seed, registry, 'Russia').find((g) => g.type === 'pact');
    expect(pact).toMatchObject({ direction: 'both', heading: 'pact with', items: [{ other: 'DPRK', otherLabel: 'North Korea' }] });
  });

  it('carries status, date, label and evidence', () => {
    const pact = relationshipsOf(seed, registry, 'DPRK').find((g) => g.type === 'pact')?.items[0];
    expect(pact).toMatchObject({
      edge: 'DPRK-pact-Russia',
      status: 'confirmed',
      since: '2024-06',
      label: 'defence pact',
      evidence: [{ source: 'article', lines: [32] }],
    });
  });

  it('carries items and leaves `since` out when the data has none', () => {
    const munitions = relationshipsOf(seed, registry, 'DPRK')[0]?.items.find((item) => item.edge === 'DPRK-supplies-Russia-munitions');
    expect([munitions?.items, munitions && 'since' in munitions]).toEqual([
      ['artillery shells', 'other munitions', 'short-range ballistic missiles'],
      false,
    ]);
  });

  it('is empty for an actor without edges', () => {
    const graph = loadDataset({ nodes: [{ key: 'alone' }] });
    expect(relationshipsOf(graph, resolveRegistry(graph), 'alone')).toEqual([]);
  });
});

describe('relationshipsOf on hand-built graphs', () => {
  it('gives edges without status "unspecified" and no evidence', () => {
    const graph = loadDataset({
      nodes: [{ key: 'a' }, { key: 'b' }],
      edges: [{ source: 'a', target: 'b', attributes: { type: 'knows' } }],
    });
    expect(relationshipsOf(graph, resolveRegistry(graph), 'a')[0]?.items[0]).toMatchObject({ status: 'unspecified', evidence: [] });
  });

  it('puts types missing from the registry last, named by their key', () => {
    const graph = new Graph({ multi: true });
    graph.addNode('a');
    graph.addNode('b');
    graph.addDirectedEdge('a', 'b', { type: 'zz-unknown' });
    graph.addDirectedEdge('a', 'b', { type: 'known' });
    const known = { key: 'known', label: 'knows', inverseLabel: 'known by', directed: true, color: '#000', declared: true };
    const groups = relationshipsOf(graph, { edgeTypes: new Map([['known', known]]), nodeKinds: new Map() }, 'b');
    expect(groups.map((g) => g.heading)).toEqual(['known by', 'zz-unknown (reverse)']);
  });

  it('honours an undirected edge of a directed type', () => {
    const graph = loadDataset({
      nodes: [{ key: 'a' }, { key: 'b' }],
      edges: [{ source: 'a', target: 'b', undirected: true, attributes: { type: 'meets' } }],
    });
    expect(relationshipsOf(graph, resolveRegistry(graph), 'b')[0]).toMatchObject({ direction: 'both', heading: 'meets' });
  });
});

describe('describeEdge', () => {
  it('names both ends and reads as a sentence', () => {
    const description = describeEdge(seed, registry, 'ROK-condemns-Russia');
    expect(description).toMatchObject({
      source: 'ROK',
      sourceLabel: 'South Korea',
      target: 'Russia',
      targetLabel: 'Russia',
      type: 'condemns',
      typeLabel: 'condemns',
      directed: true,
      status: 'confirmed',
      sentence: 'South Korea condemns Russia',
    });
  });

  it('uses the type label for undirected edges too', () => {
    const description = describeEdge(seed, registry, 'DPRK-pact-Russia');
    expect([description.sentence, description.directed, description.since]).toEqual(['North Korea pact with Russia', false, '2024-06']);
  });

  it('keeps every piece of evidence, quotes included', () => {
    const evidence = describeEdge(seed, registry, 'ROK-condemns-DPRK').evidence;
    expect(evidence.map((e) => e.quote ?? null)).toEqual(['significant security threat', null]);
  });
});

describe('evidenceSources', () => {
  it('maps the seed source id to its title', () => {
    expect(evidenceSources(seed).get('article')?.title).toBe('North Korean troops head to Russia: what we know');
  });

  it('is empty when the graph declares no sources', () => {
    expect(evidenceSources(new Graph()).size).toBe(0);
  });

  it('skips malformed entries and keeps the first of repeated ids', () => {
    const graph = new Graph();
    graph.setAttribute('sources', [null, { id: 's', title: 'First' }, { id: 's', title: 'Second' }, { id: 7 }]);
    expect([...evidenceSources(graph).values()].map((s) => s.title)).toEqual(['First']);
  });
});
