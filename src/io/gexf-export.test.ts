import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { SerializedGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { STATUSES } from '../graph/dataset-schema';
import { loadDataset } from '../graph/load';
import { DatasetError } from '../graph/problems';
import { exportGexf } from './gexf-export';
import { importGexf } from './gexf-import';
import { xmldomParser } from './xml-xmldom';

const parser = xmldomParser();
const seed = JSON.parse(readFileSync(new URL('../../graph-data/dprk-russia-2024.json', import.meta.url), 'utf8')) as SerializedGraph;

/** What the graph holds once loaded: defaults filled in (edge types, keys, direction), so two forms of one dataset compare equal. */
const normal = (data: SerializedGraph) => loadDataset(data).export();
const roundTrip = (data: SerializedGraph) => importGexf({ name: 'round.gexf', text: exportGexf(data) }, {}, parser);

describe('exportGexf', () => {
  it('the seed dataset comes back with every actor, relationship, type, direction, status, date and evidence', () => {
    const placed = structuredClone(seed);
    placed.nodes.forEach((node, i) => Object.assign(node.attributes!, { x: i * 10.5, y: 0 - i }));
    const text = exportGexf(placed);
    expect(text).toContain('<gexf version="1.3"');
    expect(text).toContain('<viz:position x="10.5" y="-1"/>');
    expect(text).toContain('<creator>Stakeholder Graph</creator>');
    expect(text).toMatch(/<attvalue for="type" value="supplies"\/>/);

    const back = importGexf({ name: 'seed.gexf', text }, {}, parser);
    expect(back.warnings).toEqual([]);
    expect(back.mapping).toBe(
      '6 actors, 12 relationships (11 directed, 1 undirected); GEXF 1.3; registries and settings from Stakeholder Graph metadata; ' +
        'actor attributes kept: kind, aliases, description; ' +
        'relationship attributes kept: type, status, items, evidence, since, dateNote; positions from viz:position',
    );
    expect(normal(back.data)).toEqual(normal(placed));
    expect(back.data.attributes).toEqual(seed.attributes);
    expect(back.data.options).toEqual(seed.options);
  });

  it('a dataset without positions, registries or options loads back the same', () => {
    const data = {
      attributes: {},
      nodes: [{ key: 'a' }, { key: 'b', attributes: { label: 'B' } }],
      edges: [{ source: 'a', target: 'b', attributes: { weight: 2 } }],
    } as unknown as SerializedGraph;
    const back = roundTrip(data);
    expect(normal(back.data)).toEqual(normal(data));
    expect(back.data.edges[0]).toEqual({ key: 'e0', source: 'a', target: 'b', attributes: { type: 'related', weight: 2 } });
  });

  it("refuses a key XML cannot carry, and invalid data with the loader's message", () => {
    const bad = { attributes: {}, nodes: [{ key: 'a\u0001' }], edges: [] } as unknown as SerializedGraph;
    expect(() => exportGexf(bad)).toThrow(/control character/);
    const invalid = { attributes: {}, nodes: [{ key: 'a' }], edges: [{ source: 'a', target: 'z' }] } as unknown as SerializedGraph;
    expect(() => exportGexf(invalid)).toThrow(DatasetError);
  });

  it('JSON → GEXF → JSON keeps random datasets (property)', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(datasetArbitrary(), (data) => {
        const back = roundTrip(data);
        // The one warning a faithful round trip may give: some actors placed and some not.
        expect(back.warnings.filter((warning) => !/^only \d+ of \d+ actors have a position/.test(warning))).toEqual([]);
        expect(normal(back.data)).toEqual(normal(data));
      }),
      { numRuns: 60 },
    );
  });
});

// Text of every kind, control characters and lone surrogates included (they travel as JSON).
const anyText = fc.string({ unit: 'binary', maxLength: 12 });
const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => (Object.is(value, -0) ? 0 : value));
const month = fc
  .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }))
  .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
const KINDS = ['state', 'person', 'company'];

function datasetArbitrary(): fc.Arbitrary<SerializedGraph> {
  const nodeKeys = fc.uniqueArray(
    fc.string({ minLength: 1, maxLength: 8 }).filter((key) => key.trim() !== '' && !(key in Object.prototype) && key !== 'prototype'),
    { minLength: 1, maxLength: 8 },
  );
  return fc
    .record({
      keys: nodeKeys,
      typeDirections: fc.array(fc.boolean(), { minLength: 1, maxLength: 3 }),
      useRegistry: fc.boolean(),
      title: fc.option(anyText, { nil: undefined }),
      nodeValues: fc.array(
        fc.record(
          {
            label: anyText,
            kind: fc.constantFrom(...KINDS),
            aliases: fc.array(anyText, { maxLength: 3 }),
            description: anyText,
            position: fc.tuple(finite, finite),
            score: finite,
            flag: fc.boolean(),
          },
          { requiredKeys: [] },
        ),
        { minLength: 8, maxLength: 8 },
      ),
      edgeValues: fc.array(
        fc.record(
          {
            ends: fc.tuple(fc.nat(), fc.nat()),
            typeIndex: fc.nat(),
            flip: fc.boolean(),
            keyed: fc.boolean(),
            attributes: fc.record(
              {
                label: anyText,
                status: fc.constantFrom(...STATUSES),
                since: month,
                until: month,
                items: fc.array(anyText, { maxLength: 3 }),
                weight: fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }),
                evidence: fc.array(
                  fc.record(
                    {
                      source: fc.constant('article'),
                      lines: fc.array(fc.integer({ min: 1, max: 500 }), { maxLength: 3 }),
                      summary: anyText,
                      quote: anyText,
                    },
                    { requiredKeys: ['source', 'lines', 'summary'] },
                  ),
                  { maxLength: 2 },
                ),
              },
              { requiredKeys: [] },
            ),
          },
          { requiredKeys: ['ends', 'typeIndex', 'flip', 'keyed', 'attributes'] },
        ),
        { maxLength: 12 },
      ),
    })
    .map(({ keys, typeDirections, useRegistry, title, nodeValues, edgeValues }) => {
      const types = typeDirections.map((directed, i) => ({ name: `type${i}`, directed }));
      const nodes = keys.map((key, i) => {
        const { position, ...values } = nodeValues[i]!;
        const attributes: Record<string, unknown> = { ...values };
        if (position) [attributes.x, attributes.y] = position;
        return { key, attributes };
      });
      const edges = edgeValues.map((edge, i) => {
        const type = types[edge.typeIndex % types.length]!;
        const out: SerializedGraph['edges'][number] = {
          source: keys[edge.ends[0] % keys.length]!,
          target: keys[edge.ends[1] % keys.length]!,
          attributes: { ...edge.attributes },
        };
        if (edge.keyed) out.key = `edge ${i}`;
        // A claim cannot end before it starts (the loader refuses it): months in order.
        const { since, until } = out.attributes as { since?: string; until?: string };
        if (since !== undefined && until !== undefined && until < since) Object.assign(out.attributes!, { since: until, until: since });
        if (useRegistry) out.attributes!.type = type.name;
        // With a registry the direction follows the type; without, each edge chooses.
        if (!useRegistry && edge.flip) out.undirected = true;
        return out;
      });
      const attributes: Record<string, unknown> = { sources: [{ id: 'article', title: 'An article' }] };
      if (title !== undefined) attributes.title = title;
      if (useRegistry) {
        attributes.edgeTypes = Object.fromEntries(types.map((type) => [type.name, { label: type.name, directed: type.directed }]));
        attributes.nodeKinds = Object.fromEntries(KINDS.map((kind) => [kind, { label: kind, shape: 'ellipse' }]));
      }
      return { attributes, options: { type: 'mixed', multi: true, allowSelfLoops: true }, nodes, edges };
    });
}
