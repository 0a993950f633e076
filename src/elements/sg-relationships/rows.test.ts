/** The relationships table's row model on the seed dataset. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { loadDataset } from '../../graph/load';
import { resolveRegistry } from '../../graph/registry';
import { relationshipRows, rowsInvolving } from './rows';

const seed = loadDataset(readFileSync(new URL('../../../graph-data/dprk-russia-2024.json', import.meta.url), 'utf8'));
const registry = resolveRegistry(seed);
const line = (row: { sourceLabel: string; typeLabel: string; targetLabel: string }) =>
  `${row.sourceLabel} ${row.typeLabel} ${row.targetLabel}`;

describe('relationshipRows', () => {
  it('gives one row per edge, sorted by source, type and target label', () => {
    const rows = relationshipRows(seed, registry, null);
    expect(rows).toHaveLength(12);
    expect(rows.slice(0, 5).map(line)).toEqual([
      'North Korea pact with Russia',
      'North Korea supplies Russia',
      'North Korea supplies Russia',
      'North Korea targets Ukraine',
      'Russia supplies North Korea',
    ]);
  });

  it('keeps rows that read the same in key order', () => {
    const rows = relationshipRows(seed, registry, null).filter((row) => line(row) === 'North Korea supplies Russia');
    expect(rows.map((row) => row.edge)).toEqual(['DPRK-supplies-Russia-munitions', 'DPRK-supplies-Russia-troops']);
  });

  it('marks undirected edges as both ways', () => {
    const pact = relationshipRows(seed, registry, null).find((row) => row.type === 'pact');
    expect(pact?.bothWays).toBe(true);
  });

  it('leaves out edges outside the visible set', () => {
    const edges = new Set(seed.filterEdges((_e, attributes) => attributes.type !== 'condemns'));
    const rows = relationshipRows(seed, registry, { nodes: new Set(seed.nodes()), edges });
    expect(rows).toHaveLength(8);
    expect(rows.some((row) => row.type === 'condemns')).toBe(false);
  });

  it('orders numbered labels naturally', () => {
    const graph = new Graph({ multi: true });
    for (const key of ['a2', 'a10', 'a1']) graph.addNode(key, { label: `Actor ${key.slice(1)}` });
    graph.addEdge('a10', 'a1', { type: 't' });
    graph.addEdge('a2', 'a1', { type: 't' });
    const rows = relationshipRows(graph, resolveRegistry(graph), null);
    expect(rows.map((row) => row.sourceLabel)).toEqual(['Actor 2', 'Actor 10']);
  });
});

describe('rowsInvolving', () => {
  it('keeps rows with the actor at either end', () => {
    const rows = rowsInvolving(relationshipRows(seed, registry, null), 'ROK');
    expect(rows.map(line)).toEqual(['South Korea condemns North Korea', 'South Korea condemns Russia', 'South Korea supplies Ukraine']);
  });
});
