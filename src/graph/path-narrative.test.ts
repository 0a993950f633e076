/**
 * Path narratives: one clause per hop in path order, each clause in the relation's own direction,
 * and hop descriptions with status and evidence lines.
 */
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import Graph from 'graphology';
import { loadDataset } from './load';
import { resolveRegistry } from './registry';
import { clause, describeEvidence, describeHop, narrate } from './path-narrative';
import type { Hop } from './paths-types';

const graph = loadDataset(readFileSync(new URL('../../graph-data/dprk-russia-2024.json', import.meta.url), 'utf8'));
const registry = resolveRegistry(graph);

const hop = (fields: Partial<Hop> & Pick<Hop, 'from' | 'to' | 'type'>): Hop => ({
  edge: 'e',
  status: 'confirmed',
  forward: true,
  evidence: [],
  ...fields,
});

describe('narrate', () => {
  it('joins one clause per hop in path order with the types’ labels', () => {
    const steps = [
      hop({ from: 'US', to: 'DPRK', type: 'targets' }),
      hop({ from: 'DPRK', to: 'Russia', type: 'supplies' }),
      hop({ from: 'Russia', to: 'Ukraine', type: 'targets' }),
    ];
    expect(narrate(graph, registry, steps)).toBe('United States targets North Korea; North Korea supplies Russia; Russia targets Ukraine');
  });

  it('tells a hop walked against its direction as the relation is stated', () => {
    const steps = [hop({ from: 'Russia', to: 'DPRK', type: 'supplies', forward: false })];
    expect(narrate(graph, registry, steps)).toBe('North Korea supplies Russia');
  });

  it('tells an undirected hop in path order', () => {
    expect(clause(graph, registry, hop({ from: 'Russia', to: 'DPRK', type: 'pact' }))).toBe('Russia pact with North Korea');
  });

  it('is empty for a path of no hops', () => {
    expect(narrate(graph, registry, [])).toBe('');
  });

  it('falls back to the type key for a type missing from the registry', () => {
    expect(clause(graph, registry, hop({ from: 'UN', to: 'ROK', type: 'monitors' }))).toBe('United Nations monitors South Korea');
  });

  it('uses node keys and inferred type labels on a graph without labels or declared types', () => {
    const bare = new Graph({ type: 'mixed', multi: true });
    bare.addNode('a');
    bare.addNode('b');
    bare.addDirectedEdge('a', 'b', { type: 'funds' });
    expect(narrate(bare, resolveRegistry(bare), [hop({ from: 'b', to: 'a', type: 'funds', forward: false })])).toBe('a funds b');
  });
});

describe('describeHop', () => {
  it('adds the status and the cited lines', () => {
    const evidence = graph.getEdgeAttribute('DPRK-supplies-Russia-munitions', 'evidence') as unknown[];
    expect(describeHop(graph, registry, hop({ from: 'DPRK', to: 'Russia', type: 'supplies', evidence }))).toBe(
      'North Korea supplies Russia (confirmed; evidence: lines 3, 8)',
    );
  });

  it('counts collapsed parallel edges', () => {
    const h = hop({
      from: 'DPRK',
      to: 'Russia',
      type: 'supplies',
      alternatives: ['x', 'y'],
      evidence: [{ source: 'article', lines: [9] }],
    });
    expect(describeHop(graph, registry, h)).toBe(
      'North Korea supplies Russia (confirmed; 2 more relations of this type; evidence: line 9)',
    );
  });

  it('says when no status is given', () => {
    expect(describeHop(graph, registry, hop({ from: 'UN', to: 'DPRK', type: 'condemns', status: 'unspecified' }))).toBe(
      'United Nations condemns North Korea (no status given; no evidence cited)',
    );
  });
});

describe('describeEvidence', () => {
  it('merges and sorts the lines of several items from one source', () => {
    expect(
      describeEvidence([
        { source: 'a', lines: [10, 2] },
        { source: 'a', lines: [2, 5] },
      ]),
    ).toBe('evidence: lines 2, 5, 10');
  });

  it('groups lines by source when there are several', () => {
    expect(
      describeEvidence([
        { source: 'a', lines: [3] },
        { source: 'b', lines: [1, 4] },
      ]),
    ).toBe('evidence: a line 3; b lines 1, 4');
  });

  it('counts items that cite no lines', () => {
    expect(describeEvidence([{ source: 'a' }, 'a note'])).toBe('evidence: 2 items');
  });
});
