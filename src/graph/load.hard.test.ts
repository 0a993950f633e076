/**
 * Hostile and broken datasets named in issue 7, one test each. Most already have their test
 * beside the rule; this file adds the ones that had none, and maps the list:
 *
 * | input                                   | test                                                            |
 * |-----------------------------------------|-----------------------------------------------------------------|
 * | invalid JSON                            | load.test.ts "gives line and column for a syntax error"         |
 * | empty body                              | load.test.ts "rejects empty text", "rejects whitespace-only…"   |
 * | top-level null / array / string         | load.test.ts "rejects the JSON text %s" (null, [], "hi", …)    |
 * | nodes / edges not arrays                | validate.test.ts "requires nodes to be an array", "requires edges, when given, to be an array" |
 * | missing keys                            | validate.test.ts "requires a node key"; here: edge source/target |
 * | duplicate keys, 1 vs "1"                | validate.test.ts "treats 1 and "1" as the same node key", "rejects a duplicate edge key…"; here: edge keys 1 vs "1" |
 * | object keys                             | here: "rejects an object as a node key / an edge key / an endpoint" |
 * | dangling edges                          | validate.test.ts "rejects a missing target and suggests…"       |
 * | node/edge key clash                     | validate.test.ts "rejects an edge key that is also a node key"  |
 * | two edges with key: null                | validate.test.ts "generates e0, e1 for edges whose key is null" |
 * | self-loops / parallel edges vs options  | validate.test.ts "options" (allowSelfLoops, multi)              |
 * | unknown options.type                    | validate.test.ts "rejects an unknown graph type"                |
 * | attributes that are arrays or null      | here: "attribute bags"                                          |
 * | NaN / Infinity / string positions       | validate.test.ts "rejects x: Infinity", "rejects y: NaN", "rejects a position given as text" |
 * | __proto__ / constructor keys            | validate.test.ts "reserved names"; here: constructor/prototype as names |
 * | oversize: bytes, counts, label, depth   | validate.test.ts "size limits"; load.test.ts "…nested 100,000 deep" |
 * | empty or blank keys (browser fuzz)      | here: "empty keys"                                              |
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from './load';
import { DatasetError, type Problem } from './problems';

function rejected(input: unknown): readonly Problem[] {
  let error: unknown;
  try {
    loadDataset(input as object);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(DatasetError);
  return (error as DatasetError).problems;
}

const only = (path: string, text: string): Array<{ path: string; message: unknown }> => [{ path, message: expect.stringContaining(text) }];
const two = { nodes: [{ key: 'DPRK' }, { key: 'Russia' }] };

describe('missing and duplicate keys (hard)', () => {
  it('rejects an edge without a source', () => {
    expect(rejected({ ...two, edges: [{ target: 'Russia' }] })).toEqual(only('edges[0].source', 'missing'));
  });

  it('rejects an edge without a target', () => {
    expect(rejected({ ...two, edges: [{ source: 'DPRK' }] })).toEqual(only('edges[0].target', 'missing'));
  });

  it('treats edge keys 1 and "1" as the same key', () => {
    const edges = [
      { key: 1, source: 'DPRK', target: 'Russia' },
      { key: '1', source: 'Russia', target: 'DPRK' },
    ];
    expect(rejected({ ...two, edges })).toEqual(only('edges[1].key', 'duplicate edge key "1" (also edges[0])'));
  });

  it('treats node keys -0 and "0" as the same key', () => {
    expect(rejected({ nodes: [{ key: -0 }, { key: '0' }] })).toEqual(only('nodes[1].key', 'duplicate node key "0"'));
  });
});

describe('object keys (hard)', () => {
  it('rejects an object as a node key', () => {
    expect(rejected({ nodes: [{ key: { id: 'DPRK' } }] })).toEqual(only('nodes[0].key', 'must be a string or a number'));
  });

  it('rejects an object as an edge key', () => {
    expect(rejected({ ...two, edges: [{ key: {}, source: 'DPRK', target: 'Russia' }] })).toEqual(
      only('edges[0].key', 'must be a string or a number'),
    );
  });

  it('rejects an object as an endpoint', () => {
    expect(rejected({ ...two, edges: [{ source: ['DPRK'], target: 'Russia' }] })).toEqual(
      only('edges[0].source', 'must be a string or a number'),
    );
  });
});

describe('attribute bags (hard)', () => {
  it('rejects node attributes given as an array, which would load as {"0": …}', () => {
    expect(rejected({ nodes: [{ key: 'DPRK', attributes: ['North Korea'] }] })).toEqual(
      only('nodes[0].attributes', 'expected an object, got an array'),
    );
  });

  it('rejects edge attributes given as an array', () => {
    expect(rejected({ ...two, edges: [{ source: 'DPRK', target: 'Russia', attributes: [] }] })).toEqual(
      only('edges[0].attributes', 'expected an object, got an array'),
    );
  });

  it('rejects graph attributes given as an array', () => {
    expect(rejected({ attributes: [{ title: 'x' }], nodes: [] })).toEqual(only('attributes', 'expected an object, got an array'));
  });

  it('rejects options given as an array', () => {
    expect(rejected({ options: ['directed'], nodes: [] })).toEqual(only('options', 'expected an object, got an array'));
  });

  it('rejects a node given as an array', () => {
    expect(rejected({ nodes: [['DPRK']] })).toContainEqual({ path: 'nodes[0]', message: 'expected an object, got an array' });
  });

  it('rejects node attributes that are null', () => {
    expect(rejected({ nodes: [{ key: 'DPRK', attributes: null }] })).toEqual(only('nodes[0].attributes', 'expected an object, got null'));
  });

  it('rejects edge attributes that are null', () => {
    expect(rejected({ ...two, edges: [{ source: 'DPRK', target: 'Russia', attributes: null }] })).toEqual(
      only('edges[0].attributes', 'expected an object, got null'),
    );
  });

  it('rejects graph attributes and options that are null', () => {
    expect(rejected({ attributes: null, options: null, nodes: [] }).map((p) => p.path)).toEqual(['attributes', 'options']);
  });

  it('rejects an attribute that is an array where text belongs', () => {
    expect(rejected({ nodes: [{ key: 'DPRK', attributes: { label: ['North', 'Korea'] } }] })).toEqual(
      only('nodes[0].attributes.label', 'expected string'),
    );
  });
});

describe('names JavaScript reserves (hard)', () => {
  // valibot drops these from objects without a word: the data would lose them silently.
  it('rejects "constructor" as an attribute name instead of dropping it', () => {
    expect(rejected({ nodes: [{ key: 'DPRK', attributes: { constructor: 'x' } }] })).toEqual(
      only('nodes[0].attributes.constructor', '"constructor" is reserved by JavaScript'),
    );
  });

  it('rejects "prototype" as an attribute name instead of dropping it', () => {
    expect(rejected({ ...two, edges: [{ source: 'DPRK', target: 'Russia', attributes: { prototype: 1 } }] })).toEqual(
      only('edges[0].attributes.prototype', 'reserved'),
    );
  });

  it('rejects an edge type named "constructor" where it is declared, not where it is used', () => {
    const data = {
      attributes: { edgeTypes: { constructor: { label: 'builds' } } },
      ...two,
      edges: [{ source: 'DPRK', target: 'Russia', attributes: { type: 'constructor' } }],
    };
    expect(rejected(data)).toEqual(only('attributes.edgeTypes.constructor', 'reserved by JavaScript'));
  });

  it('still loads "constructor" and "prototype" as node keys (values, not names)', () => {
    expect(loadDataset({ nodes: [{ key: 'constructor' }, { key: 'prototype' }] }).nodes()).toEqual(['constructor', 'prototype']);
  });
});

describe('empty keys (hard)', () => {
  // Cytoscape refuses an element whose id is empty or only whitespace, which would fail the whole drawing.
  it('rejects an empty node key', () => {
    expect(rejected({ nodes: [{ key: '' }] })).toEqual(only('nodes[0].key', 'empty or blank key'));
  });

  it('rejects an empty edge key', () => {
    expect(rejected({ ...two, edges: [{ key: '', source: 'DPRK', target: 'Russia' }] })).toEqual(
      only('edges[0].key', 'empty or blank key'),
    );
  });

  it('rejects a node key of whitespace only', () => {
    expect(rejected({ nodes: [{ key: '\t \n' }] })).toEqual(only('nodes[0].key', 'empty or blank key'));
  });

  it('rejects an edge key of whitespace only', () => {
    expect(rejected({ ...two, edges: [{ key: ' ', source: 'DPRK', target: 'Russia' }] })).toEqual(
      only('edges[0].key', 'empty or blank key'),
    );
  });

  it('accepts keys with spaces around visible characters', () => {
    expect(loadDataset({ nodes: [{ key: ' DPRK ' }, { key: 'a b' }] }).nodes()).toEqual([' DPRK ', 'a b']);
  });
});
