/**
 * The legend: the edge types, statuses and node kinds present in a graph, in registry order,
 * with counts.
 */
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { loadDataset } from './load';
import { resolveRegistry } from './registry';
import { computeLegend, edgeStatusOf, UNSPECIFIED_STATUS } from './legend';

const seed = loadDataset(readFileSync(new URL('../../graph-data/dprk-russia-2024.json', import.meta.url), 'utf8'));

describe('computeLegend on the seed dataset', () => {
  const legend = computeLegend(seed, resolveRegistry(seed));

  it('counts edge types in registry order', () => {
    expect(legend.edgeTypes).toEqual([
      { key: 'supplies', label: 'supplies', count: 4 },
      { key: 'pact', label: 'pact with', count: 1 },
      { key: 'condemns', label: 'condemns', count: 4 },
      { key: 'targets', label: 'targets', count: 3 },
    ]);
  });

  it('counts statuses from confirmed to potential', () => {
    expect(legend.statuses).toEqual([
      { key: 'confirmed', label: 'confirmed', count: 7 },
      { key: 'reported', label: 'reported', count: 1 },
      { key: 'potential', label: 'potential', count: 4 },
    ]);
  });

  it('counts node kinds with their declared labels', () => {
    expect(legend.nodeKinds).toEqual([
      { key: 'state', label: 'State', count: 5 },
      { key: 'organization', label: 'Organization', count: 1 },
    ]);
  });
});

describe('computeLegend', () => {
  it('leaves out declared types and kinds nothing uses', () => {
    const graph = loadDataset({
      attributes: {
        edgeTypes: { condemns: { label: 'condemns' }, sanctions: { label: 'sanctions' } },
        nodeKinds: { state: { label: 'State' }, militia: { label: 'Militia' } },
      },
      nodes: [
        { key: 'ROK', attributes: { kind: 'state' } },
        { key: 'DPRK', attributes: { kind: 'state' } },
      ],
      edges: [{ source: 'ROK', target: 'DPRK', attributes: { type: 'condemns', status: 'confirmed' } }],
    });
    const legend = computeLegend(graph, resolveRegistry(graph));
    expect([legend.edgeTypes.map((e) => e.key), legend.nodeKinds.map((k) => k.key)]).toEqual([['condemns'], ['state']]);
  });

  it('lists edges without a status last, as "no status given"', () => {
    const graph = loadDataset({
      nodes: [{ key: 'US' }, { key: 'DPRK' }],
      edges: [
        { source: 'US', target: 'DPRK' },
        { source: 'DPRK', target: 'US', attributes: { status: 'potential' } },
      ],
    });
    expect(computeLegend(graph, resolveRegistry(graph)).statuses).toEqual([
      { key: 'potential', label: 'potential', count: 1 },
      { key: UNSPECIFIED_STATUS, label: 'no status given', count: 1 },
    ]);
  });

  it('counts inferred types and the default kind in a file without registries', () => {
    const graph = loadDataset({ nodes: [{ key: 'US' }, { key: 'DPRK' }], edges: [{ source: 'US', target: 'DPRK' }] });
    const legend = computeLegend(graph, resolveRegistry(graph));
    expect([legend.edgeTypes, legend.nodeKinds]).toEqual([
      [{ key: 'related', label: 'related', count: 1 }],
      [{ key: 'actor', label: 'actor', count: 2 }],
    ]);
  });

  it('is empty for an empty graph', () => {
    const graph = loadDataset({ nodes: [] });
    expect(computeLegend(graph, resolveRegistry(graph))).toEqual({ edgeTypes: [], statuses: [], nodeKinds: [] });
  });
});

describe('edgeStatusOf', () => {
  it('reads a known status', () => {
    expect(edgeStatusOf({ status: 'reported' })).toBe('reported');
  });

  it('treats a missing or unknown status as unspecified', () => {
    expect([edgeStatusOf({}), edgeStatusOf({ status: 'rumoured' })]).toEqual([UNSPECIFIED_STATUS, UNSPECIFIED_STATUS]);
  });
});
