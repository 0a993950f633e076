/**
 * Exporting the graph shown: the file loads back into the same graph, the filter's visible set
 * and the screen positions carry over, and the graph itself is never written to.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Graph from 'graphology';
import { loadDataset } from './load';
import { visibleSet } from './filter';
import { exportDataset, exportFileName } from './export-dataset';
import { hasPresetPositions, presetPositions } from '../layout/initial-positions';

const seedText = readFileSync(new URL('../../graph-data/dprk-russia-2024.json', import.meta.url), 'utf8');

/** Nodes and edges with their attributes, order-independent. */
function contents(graph: Graph) {
  return {
    attributes: graph.getAttributes(),
    nodes: graph.mapNodes((key, attributes) => [key, attributes] as const).sort(([a], [b]) => a.localeCompare(b)),
    edges: graph
      .mapEdges((key, attributes, source, target, _s, _t, undirected) => [key, source, target, undirected, attributes] as const)
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
  };
}

describe('exportDataset', () => {
  it('loads back into the same graph (the seed dataset)', () => {
    const graph = loadDataset(seedText);
    const again = loadDataset(JSON.parse(JSON.stringify(exportDataset(graph))) as object);
    expect(contents(again)).toEqual(contents(graph));
  });

  it('keeps only what the filter shows', () => {
    const graph = loadDataset(seedText);
    const visible = visibleSet(graph, { edgeTypes: ['supplies'], statuses: null, nodeKinds: null });
    const exported = exportDataset(graph, { only: visible });
    expect(exported.edges.length).toBe(visible.edges.size);
    expect(exported.edges.length).toBeGreaterThan(0);
    expect(exported.edges.length).toBeLessThan(graph.size);
    expect(exported.edges.every((edge) => (edge.attributes as { type?: string }).type === 'supplies')).toBe(true);
    expect(exported.nodes.map((node) => node.key).sort()).toEqual([...visible.nodes].sort());
    expect(() => loadDataset(exported as object)).not.toThrow();
  });

  it('stores the positions given as x/y, so "From the data" restores the arrangement', () => {
    const graph = loadDataset(seedText);
    const positions = new Map(graph.mapNodes((key, _a) => [key, { x: graph.degree(key) * 10.04, y: -key.length * 3.333 }] as const));
    const again = loadDataset(exportDataset(graph, { positions }));
    expect(hasPresetPositions(again)).toBe(true);
    for (const [key, at] of presetPositions(again)) {
      expect(at.x).toBeCloseTo(positions.get(key)!.x, 1);
      expect(at.y).toBeCloseTo(positions.get(key)!.y, 1);
    }
    // The graph shown keeps its own attributes.
    expect(hasPresetPositions(graph)).toBe(hasPresetPositions(loadDataset(seedText)));
    expect(contents(graph)).toEqual(contents(loadDataset(seedText)));
  });

  it("keeps the registered groups and each actor's group, also when the filter hides a whole group", () => {
    const data = {
      attributes: {
        groups: { eastern: { label: 'Eastern bloc', color: '#b22222', description: 'Arms for shells.' }, western: { label: 'West' } },
      },
      nodes: [
        { key: 'DPRK', attributes: { group: 'eastern' } },
        { key: 'Russia', attributes: { group: 'eastern' } },
        { key: 'Wagner', attributes: { group: 'mercenaries' } },
      ],
      edges: [{ key: 'shells', source: 'DPRK', target: 'Russia', attributes: { type: 'supplies' } }],
    };
    const graph = loadDataset(data);
    const again = loadDataset(JSON.parse(JSON.stringify(exportDataset(graph))) as object);
    expect(again.getAttribute('groups')).toEqual(data.attributes.groups);
    expect(again.mapNodes((key, attributes) => [key, attributes.group as unknown] as const)).toEqual([
      ['DPRK', 'eastern'],
      ['Russia', 'eastern'],
      ['Wagner', 'mercenaries'],
    ]);

    const onlyEastern = exportDataset(graph, { only: { nodes: new Set(['DPRK', 'Russia']), edges: new Set(['shells']) } });
    expect(onlyEastern.attributes?.groups).toEqual(data.attributes.groups);
    expect(onlyEastern.nodes.map((node) => node.attributes?.group as unknown)).toEqual(['eastern', 'eastern']);
    expect(() => loadDataset(onlyEastern as object)).not.toThrow();
  });

  it('round-trips any valid graph, with or without edge keys, directed or not', () => {
    const keyArb = fc.constantFrom('a', 'b', 'c', 'd', 'e', '__proto__', 'x y', '7');
    const edgeArb = fc.record({
      source: keyArb,
      target: keyArb,
      undirected: fc.boolean(),
      keyed: fc.boolean(),
      type: fc.constantFrom('supplies', 'pact', 'condemns'),
    });
    fc.assert(
      fc.property(fc.uniqueArray(keyArb, { minLength: 1 }), fc.array(edgeArb, { maxLength: 12 }), (keys, edges) => {
        const nodeSet = new Set(keys);
        const data = {
          options: { type: 'mixed', multi: true, allowSelfLoops: true },
          nodes: keys.map((key) => ({ key, attributes: { label: `Actor ${key}` } })),
          edges: edges
            .filter(
              (edge) => nodeSet.has(edge.source) && nodeSet.has(edge.target) && edge.source !== '__proto__' && edge.target !== '__proto__',
            )
            .map((edge, index) => ({
              ...(edge.keyed ? { key: `e${index}` } : {}),
              source: edge.source,
              target: edge.target,
              ...(edge.undirected ? { undirected: true } : {}),
              attributes: { type: edge.type },
            })),
        };
        const graph = loadDataset(data);
        const all = visibleSet(graph, { edgeTypes: null, statuses: null, nodeKinds: null });
        const again = loadDataset(JSON.parse(JSON.stringify(exportDataset(graph, { only: all }))) as object);
        expect(again.order).toBe(graph.order);
        expect(again.size).toBe(graph.size);
        expect(contents(again).nodes).toEqual(contents(graph).nodes);
      }),
      { numRuns: 200 },
    );
  });
});

describe('exportFileName', () => {
  it('names the file after the title, safe for any file system', () => {
    const graph = new Graph();
    graph.setAttribute('title', 'North Korean troops in Russia (2024): who does what?');
    expect(exportFileName(graph, 'json')).toBe('north-korean-troops-in-russia-2024-who-does-what.json');
    graph.setAttribute('title', '../../etc/passwd');
    expect(exportFileName(graph, 'png')).toBe('etc-passwd.png');
    graph.setAttribute('title', '東京');
    expect(exportFileName(graph, 'png')).toBe('stakeholder-graph.png');
    expect(exportFileName(new Graph(), 'json')).toBe('stakeholder-graph.json');
  });
});
