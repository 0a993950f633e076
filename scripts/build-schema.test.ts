/**
 * The published JSON Schema: it must match what the runtime validator generates, and it must
 * describe the seed dataset (checked by reading the schema's structure, not with a validator).
 */
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { buildSchema, formatSchema, SCHEMA_PATH } from './build-schema';
import { STATUSES } from '../src/graph/dataset-schema';

interface Node {
  type?: string;
  enum?: string[];
  pattern?: string;
  minimum?: number;
  required?: string[];
  properties?: Record<string, Node>;
  additionalProperties?: Node | boolean;
  propertyNames?: Node;
  items?: Node;
  anyOf?: Node[];
}

const committedText = readFileSync(SCHEMA_PATH, 'utf8');
const schema = JSON.parse(committedText) as Node & Record<string, unknown>;
const seed = JSON.parse(readFileSync(new URL('../graph-data/dprk-russia-2024.json', import.meta.url), 'utf8')) as {
  attributes: { sources: { published?: string }[]; edgeTypes: Record<string, object>; nodeKinds: Record<string, { shape: string }> };
  edges: { attributes: { status: string; since?: string; evidence: { lines: number[] }[] } }[];
};

/** Follows property names down the schema, failing loudly on a wrong turn. */
function at(node: Node, ...names: string[]): Node {
  let current = node;
  for (const name of names) {
    const next = name === '[]' ? current.items : name === '{}' ? current.additionalProperties : current.properties?.[name];
    if (typeof next !== 'object') throw new Error(`schema has no ${names.join('.')} (stopped at ${name})`);
    current = next;
  }
  return current;
}

describe('graph-data/schema.json', () => {
  it('is what the runtime validator generates', () => {
    expect(schema, 'graph-data/schema.json is out of date: run npm run schema').toEqual(buildSchema());
  });

  it('is written with 2-space indentation and a trailing newline', () => {
    expect(committedText, 'graph-data/schema.json is not formatted: run npm run schema').toBe(formatSchema(schema));
  });

  it('names itself and its draft', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toMatch(/^[a-z][a-z0-9+.-]*:/);
    expect(schema.title).toBe('Stakeholder Graph dataset');
  });

  it('requires nodes and only nodes at the top level', () => {
    expect(schema.required).toEqual(['nodes']);
  });

  it('lists the statuses the runtime accepts, including every status in the seed', () => {
    const statusEnum = at(schema, 'edges', '[]', 'attributes', 'status').enum;
    expect(statusEnum).toEqual([...STATUSES]);
    for (const edge of seed.edges) expect(statusEnum).toContain(edge.attributes.status);
  });

  it('describes edgeTypes as a record of {label, …} objects, as the seed uses it', () => {
    const edgeTypes = at(schema, 'attributes', 'edgeTypes');
    expect(edgeTypes.type).toBe('object');
    expect(edgeTypes.propertyNames).toEqual({ type: 'string' });
    const entry = at(edgeTypes, '{}');
    expect(entry.required).toEqual(['label']);
    for (const spec of Object.values(seed.attributes.edgeTypes)) {
      expect(Object.keys(entry.properties ?? {})).toEqual(expect.arrayContaining(Object.keys(spec)));
    }
  });

  it('keeps the date pattern: accepts the seed dates, rejects month 13', () => {
    const since = new RegExp(at(schema, 'edges', '[]', 'attributes', 'since').pattern ?? '(?!)');
    const published = new RegExp(at(schema, 'attributes', 'sources', '[]', 'published').pattern ?? '(?!)');
    for (const edge of seed.edges) if (edge.attributes.since) expect(edge.attributes.since).toMatch(since);
    for (const source of seed.attributes.sources) if (source.published) expect(source.published).toMatch(published);
    expect('2024-13').not.toMatch(since);
  });

  it('turns line numbers into integers of at least 1', () => {
    expect(at(schema, 'edges', '[]', 'attributes', 'evidence', '[]', 'lines', '[]')).toEqual({ type: 'integer', minimum: 1 });
  });

  it('offers every node shape the seed uses', () => {
    const shapes = at(schema, 'attributes', 'nodeKinds', '{}', 'shape').enum;
    for (const kind of Object.values(seed.attributes.nodeKinds)) expect(shapes).toContain(kind.shape);
  });

  it('allows unknown attributes, so any graphology export is valid', () => {
    const objects = [schema, at(schema, 'nodes', '[]'), at(schema, 'nodes', '[]', 'attributes'), at(schema, 'edges', '[]', 'attributes')];
    for (const object of objects) expect(object.additionalProperties ?? true).toBe(true);
  });

  it('accepts a node key as a string or a number', () => {
    expect(at(schema, 'nodes', '[]', 'key')).toEqual({ anyOf: [{ type: 'string' }, { type: 'number' }] });
  });
});
