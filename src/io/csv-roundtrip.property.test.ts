/**
 * exportCsv → importCsv gives back the same dataset: random actors and relationships with
 * hostile text (formula starts, delimiters, quotes, newlines, semicolons in free text) come back
 * with the same keys, labels, kinds, aliases, descriptions, positions, types, directions,
 * statuses, dates, items, weights and evidence. Lists (`items`, `aliases`) are written
 * `;`-separated and trimmed, so their entries are generated without `;` and outer spaces.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseDate } from '../graph/dates';
import type { SerializedEdge, SerializedGraph, SerializedNode } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { RESERVED_KEYS } from '../graph/check-limits';
import { loadDataset } from '../graph/load';
import { exportCsv } from './csv-export';
import { importCsv } from './csv-import';

const RUNS = 300;
const STATUSES = ['confirmed', 'reported', 'potential'] as const;
const HOSTILE_STARTS = ['=', '+', '-', '@', '\t', '\r', "'", "'=", "''+", ',', ';', '"', '\n', '\r\n', ' ', '1,5', '-3'];

/** Any text, often starting with something a spreadsheet or a CSV reader could trip on. */
const freeText = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 20 }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }),
    fc
      .tuple(fc.constantFrom(...HOSTILE_STARTS), fc.string({ maxLength: 12 }), fc.constantFrom('', ',', '"', '\n', ';', ' '))
      .map((parts) => parts.join('')),
  )
  .filter((text) => text !== '');

/** Ids, types and kinds: trimmed by the importer, and not names the loader refuses. */
const keyText = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 12 }),
    fc.tuple(fc.constantFrom(...HOSTILE_STARTS), fc.string({ minLength: 1, maxLength: 8 })).map(([a, b]) => a + b),
  )
  .filter((text) => text.trim() === text && text !== '' && !(text in Object.prototype) && !RESERVED_KEYS.has(text));

const listItem = keyText.filter((text) => !text.includes(';'));
const date = fc
  .tuple(
    fc.integer({ min: 1000, max: 9999 }),
    fc.integer({ min: 1, max: 12 }),
    fc.option(fc.integer({ min: 1, max: 28 }), { nil: undefined }),
  )
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}${d === undefined ? '' : `-${String(d).padStart(2, '0')}`}`);
const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => value + 0); // -0 is written "0"
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

const evidence = fc.record(
  {
    source: keyText,
    lines: fc.array(fc.integer({ min: 1, max: 5000 }), { maxLength: 5 }),
    summary: fc.oneof(fc.constant(''), freeText),
    quote: freeText,
  },
  { requiredKeys: ['source', 'lines', 'summary'] },
);

const nodeAttributes = fc.record({
  label: optional(freeText),
  kind: optional(keyText),
  aliases: optional(fc.array(listItem, { minLength: 1, maxLength: 3 })),
  description: optional(freeText),
  x: optional(finite),
  y: optional(finite),
  score: optional(finite),
});

const edgeAttributes = fc
  .record({
    type: optional(fc.constantFrom('supplies', 'pact', '=SUM(1)', '-backs', 'related to')),
    label: optional(freeText),
    status: optional(fc.constantFrom(...STATUSES)),
    since: optional(date),
    until: optional(date),
    weight: optional(fc.double({ min: 0, max: 1e9, noNaN: true }).map((value) => value + 0)),
    items: optional(fc.array(listItem, { minLength: 1, maxLength: 3 })),
    evidence: optional(fc.array(evidence, { minLength: 1, maxLength: 3 })),
    // Letters first, so the column is never all numbers (a text "12" would come back as 12).
    note: optional(freeText.map((text) => `n${text}`)),
  })
  .map((attributes) => {
    // A claim cannot end before it starts (the loader refuses it): put such dates in order.
    const [since, until] = [parseDate(attributes.since), parseDate(attributes.until)];
    return since && until && until.end < since.start ? { ...attributes, since: attributes.until, until: attributes.since } : attributes;
  });

/** Drops undefined fields, as a dataset built by hand would not have them. */
const defined = (value: Record<string, unknown>) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));

const datasets = fc
  .uniqueArray(keyText, { minLength: 1, maxLength: 8 })
  .chain((keys) =>
    fc.record({
      nodes: fc.tuple(...keys.map((key) => nodeAttributes.map((attributes): SerializedNode => ({ key, attributes: defined(attributes) })))),
      edges: fc.uniqueArray(
        fc.record({
          key: keyText.filter((key) => !keys.includes(key)),
          source: fc.constantFrom(...keys),
          target: fc.constantFrom(...keys),
          undirected: fc.boolean(),
          attributes: edgeAttributes.map(defined),
        }),
        { maxLength: 10, selector: (edge) => edge.key },
      ),
    }),
  )
  .map(({ nodes, edges }): SerializedGraph => ({ attributes: {}, options: { type: 'mixed', multi: true }, nodes, edges }));

/** The fields the round trip must keep, in one key order, with empty lists the same as none. */
function normalize(data: SerializedGraph) {
  const list = (value: unknown) => (Array.isArray(value) && value.length > 0 ? value : undefined);
  const nodes = data.nodes.map(({ key, attributes: a = {} }: SerializedNode) =>
    defined({
      key: String(key),
      label: a.label,
      kind: a.kind,
      aliases: list(a.aliases),
      description: a.description,
      x: a.x,
      y: a.y,
      score: a.score,
    }),
  );
  const edges = data.edges.map(({ key, source, target, undirected, attributes: a = {} }: SerializedEdge) =>
    defined({
      key,
      source,
      target,
      undirected: undirected ?? false,
      type: a.type,
      label: a.label,
      status: a.status,
      since: a.since,
      until: a.until,
      weight: a.weight,
      items: list(a.items),
      note: a.note,
      evidence: list(a.evidence)?.map((item: Record<string, unknown>) =>
        defined({ source: item.source, lines: item.lines, summary: item.summary, quote: item.quote }),
      ),
    }),
  );
  return { nodes, edges };
}

const roundTrip = (data: SerializedGraph) => {
  const csv = exportCsv(data);
  return importCsv([
    { name: 'relationships.csv', text: csv.relationships },
    { name: 'actors.csv', text: csv.actors },
  ]);
};

describe('CSV round trip', () => {
  it('random datasets with hostile text come back the same, and load', () => {
    fc.assert(
      fc.property(datasets, (data) => {
        const result = roundTrip(data);
        expect(normalize(result.data)).toEqual(normalize(data));
        expect(result.warnings).toEqual([]);
        expect(() => loadDataset(result.data)).not.toThrow();
      }),
      { numRuns: RUNS },
    );
  });

  it('signs and one direction per type come back through the registry', () => {
    const types = fc.uniqueArray(fc.record({ type: keyText, directed: fc.boolean(), sign: fc.constantFrom(1, -1, 0) }), {
      minLength: 1,
      maxLength: 4,
      selector: (spec) => spec.type,
    });
    const cases = fc.tuple(datasets, types).map(([data, specs]) => {
      const edges = data.edges.map((edge, i) => {
        const spec = specs[i % specs.length]!;
        return { ...edge, undirected: !spec.directed, attributes: { ...edge.attributes, type: spec.type } };
      });
      const edgeTypes = Object.fromEntries(specs.map(({ type, directed, sign }) => [type, { label: type, directed, sign }]));
      return { ...data, edges, attributes: { edgeTypes } };
    });
    fc.assert(
      fc.property(cases, (data) => {
        const result = roundTrip(data);
        expect(normalize(result.data)).toEqual(normalize(data));
        const used = new Set(data.edges.map((edge) => edge.attributes?.type));
        const expected = Object.fromEntries(Object.entries(data.attributes.edgeTypes as object).filter(([type]) => used.has(type)));
        expect(result.data.attributes.edgeTypes ?? {}).toEqual(expected);
        expect(() => loadDataset(result.data)).not.toThrow();
      }),
      { numRuns: RUNS / 3 },
    );
  });

  it('the seed dataset: JSON → CSV → JSON keeps actors, relationships, types, directions, statuses, dates and evidence', () => {
    const seed = JSON.parse(readFileSync(new URL('../../graph-data/dprk-russia-2024.json', import.meta.url), 'utf8')) as SerializedGraph;
    const result = roundTrip(seed);
    expect(normalize(result.data)).toEqual(normalize(seed));
    expect(result.data.attributes.sources).toEqual([{ id: 'article', title: 'article' }]);
    const graph = loadDataset(result.data);
    expect([graph.order, graph.size]).toEqual([seed.nodes.length, seed.edges.length]);
  });
});
