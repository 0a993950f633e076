import { readFileSync } from 'node:fs';
import type { SerializedGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../graph/load';
import { importCsv } from './csv-import';
import { csvTemplate } from './csv-template';

const seed = JSON.parse(readFileSync(new URL('../../graph-data/dprk-russia-2024.json', import.meta.url), 'utf8')) as SerializedGraph;

describe('csvTemplate', () => {
  const template = csvTemplate();
  const result = importCsv([
    { name: 'actors.csv', text: template.actors },
    { name: 'relationships.csv', text: template.relationships },
  ]);

  it('imports cleanly and loads', () => {
    expect(result.warnings).toEqual([]);
    expect(result.mapping).toMatch(/^6 actors, 6 relationships \(5 directed, 1 undirected\); actors\.csv: id → id, /);
    const graph = loadDataset(result.data);
    expect([graph.order, graph.size]).toEqual([6, 6]);
  });

  it('has the seed’s actors, and relationships that agree with the seed’s', () => {
    expect(result.data.nodes).toEqual(seed.nodes);
    for (const edge of result.data.edges) {
      const original = seed.edges.find((candidate) => candidate.key === edge.key)!;
      expect(original).toBeDefined();
      expect(edge).toMatchObject({ source: original.source, target: original.target, undirected: original.undirected });
      expect(edge.attributes).toMatchObject({ type: original.attributes?.type as unknown, status: original.attributes?.status as unknown });
      for (const item of edge.attributes?.evidence as unknown[]) expect(original.attributes?.evidence).toContainEqual(item);
    }
  });

  it('declares a sign per type, each with one direction', () => {
    expect(result.data.attributes.edgeTypes).toEqual({
      supplies: { label: 'supplies', directed: true, sign: 1 },
      pact: { label: 'pact', directed: false, sign: 1 },
      condemns: { label: 'condemns', directed: true, sign: -1 },
      targets: { label: 'targets', directed: true, sign: -1 },
    });
  });
});
