/**
 * Hostile and broken inputs for the loader's property tests (Node and browser): random JSON-ish
 * values, JSON text (valid, truncated, with duplicate keys), generated datasets built from keys
 * that collide or trip JavaScript, the real seed dataset mutated at random, and graphology Graphs.
 * Also `describe`, the oracle: the attributes, node keys and edges an input describes.
 * Test support only; nothing in the library imports it.
 */
import fc from 'fast-check';
import Graph from 'graphology';
import type { Limits } from '../graph/limits';

/** Keys that collide (`1`/`"1"`, `-0`/`"0"`, `1e21`/`"1e+21"`), shadow built-ins, mimic generated keys or carry markup. */
const KEY_POOL = [
  'DPRK',
  'Russia',
  'ROK',
  'a',
  'b',
  '1',
  1,
  0,
  -0,
  '0',
  'e0',
  'e1',
  1.5,
  1e21,
  '1e+21',
  '__proto__',
  'constructor',
  'toString',
  'prototype',
  '',
  ' ',
  'a b',
  'a"b',
  "a'b",
  '#x',
  '[id="x"]',
  '<img src=x onerror=window.__xss=true>',
  '"><svg onload=window.__xss=true>',
] as const;

const XSS = [
  '<img src=x onerror=window.__xss=true>',
  '"><svg onload=window.__xss=true>',
  'javascript:window.__xss=true',
  'JaVaScRiPt:window.__xss=true',
  '\tjavascript:window.__xss=true',
  'data:text/html,<script>window.__xss=true</script>',
  'vbscript:msgbox(1)',
] as const;

/** Wrong-typed values: what a careless or hostile file puts where something else belongs. */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, true, false, Number.NaN, Infinity, -Infinity, 1e308, -0, [], {}, '', '12', [1, 2], { a: 1 }),
  fc.double(),
  fc.string({ maxLength: 6 }),
);

/** Mostly right, sometimes wrong: `good` in `weight` draws out of `weight + 1`. */
function mostly<T>(good: fc.Arbitrary<T>, weight = 9): fc.Arbitrary<unknown> {
  return fc.oneof({ weight, arbitrary: good }, { weight: 1, arbitrary: junk });
}

const key = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...KEY_POOL) },
  { weight: 1, arbitrary: fc.integer({ min: -2, max: 4 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 3 }) },
);
const text = fc.oneof(
  { weight: 6, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.constantFrom(...XSS) },
  { weight: 1, arbitrary: fc.nat({ max: 700 }).map((n) => '<'.repeat(n)) },
);
const coordinate = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: -1000, max: 1000, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Infinity, -Infinity, 1e308, '12', null) },
);
const typeName = fc.constantFrom('supplies', 'pact', 'condemns', 'suplies', 'toString', 'constructor', '', '<b>x</b>');
const kindName = fc.constantFrom('state', 'organization', 'stat', 'hasOwnProperty', '');
const status = fc.constantFrom('confirmed', 'reported', 'potential', 'rumoured', undefined);

const nodeAttributes = mostly(
  fc.record(
    {
      label: mostly(text),
      kind: mostly(kindName),
      aliases: mostly(fc.array(text, { maxLength: 3 })),
      description: mostly(text),
      x: coordinate,
      y: coordinate,
    },
    { requiredKeys: [] },
  ),
  4,
);

const evidence = fc.record(
  {
    source: fc.constantFrom('article', 'artcle', 'x'),
    lines: fc.array(mostly(fc.integer({ min: 1, max: 40 })), { maxLength: 3 }),
    summary: mostly(text),
    quote: text,
  },
  { requiredKeys: ['source', 'lines', 'summary'] },
);

const edgeAttributes = mostly(
  fc.record(
    {
      type: mostly(typeName),
      label: mostly(text),
      status: mostly(status),
      since: fc.constantFrom('2024-06', '2024-13', '19/06/2024'),
      items: fc.array(text, { maxLength: 2 }),
      evidence: fc.array(evidence, { maxLength: 2 }),
      weight: mostly(fc.double({ min: 0, max: 10, noNaN: true })),
    },
    { requiredKeys: [] },
  ),
  4,
);

const node = fc.record({ key: mostly(key, 19), attributes: nodeAttributes }, { requiredKeys: ['key'] });
const edge = fc.record(
  {
    key: fc.oneof(key, fc.constant(null)),
    source: mostly(key, 19),
    target: mostly(key, 19),
    undirected: mostly(fc.boolean()),
    attributes: edgeAttributes,
  },
  { requiredKeys: ['source', 'target'] },
);

const source = fc.record(
  {
    id: fc.constantFrom('article', 'other', ''),
    title: mostly(text),
    url: fc.constantFrom('https://example.org/a', 'http://example.org/b', ...XSS, '/relative'),
    published: fc.constantFrom('2024-10', 'October'),
  },
  { requiredKeys: ['id', 'title'] },
);
const edgeTypeSpec = fc.record(
  {
    label: mostly(text),
    directed: mostly(fc.boolean()),
    inverseLabel: text,
    color: fc.constantFrom('#1f6fb2', 'red', 'url(javascript:alert(1))', '#12'),
  },
  { requiredKeys: ['label'] },
);
const nodeKindSpec = fc.record(
  {
    label: mostly(text),
    shape: fc.constantFrom('ellipse', 'star', 'circle'),
    color: fc.constantFrom('#334155', 'blue', 'expression(alert(1))'),
  },
  { requiredKeys: ['label'] },
);

const graphAttributes = mostly(
  fc.record(
    {
      title: mostly(text),
      description: mostly(text),
      sources: mostly(fc.array(source, { maxLength: 2 })),
      edgeTypes: fc.dictionary(typeName, edgeTypeSpec, { maxKeys: 3 }),
      nodeKinds: fc.dictionary(kindName, nodeKindSpec, { maxKeys: 2 }),
    },
    { requiredKeys: [] },
  ),
  4,
);

const options = mostly(
  fc.record(
    {
      type: fc.constantFrom('mixed', 'directed', 'undirected', 'Mixed', 1),
      multi: mostly(fc.boolean()),
      allowSelfLoops: mostly(fc.boolean()),
    },
    { requiredKeys: [] },
  ),
  4,
);

/** A dataset object built from tricky parts: right in shape most of the time, wrong in details. */
export const datasetObject: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    attributes: graphAttributes,
    options,
    nodes: mostly(fc.array(node, { maxLength: 7 }), 19),
    edges: mostly(fc.array(edge, { maxLength: 9 }), 19),
  },
  { requiredKeys: [] },
);

/**
 * A dataset that loads unless an edge touches a built-in name (`toString`, `__proto__`): unique
 * string keys, edges between existing nodes, no contradictions.
 */
export const simpleDataset: fc.Arbitrary<Record<string, unknown>> = fc
  .uniqueArray(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('DPRK', 'Russia', 'ROK', 'a b', 'a"b', '#x', 'e0', '<img src=x onerror=window.__xss=true>') },
      { weight: 1, arbitrary: fc.constantFrom('toString', '__proto__', 'constructor', 'hasOwnProperty') },
      { weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: 5 }) },
    ),
    { minLength: 1, maxLength: 7 },
  )
  .chain((keys) =>
    fc.record({
      nodes: fc.constant(keys.map((k) => ({ key: k, attributes: { label: `${k}!` } }))),
      edges: fc.array(
        fc.record({
          source: fc.constantFrom(...keys),
          target: fc.constantFrom(...keys),
          attributes: fc.record({ type: fc.constantFrom('supplies', 'condemns') }),
        }),
        { maxLength: 8 },
      ),
      options: fc.constant({ multi: true }),
    }),
  );

/** The seed dataset, read once by the caller and passed in, so this module needs neither fs nor a bundler. */
export function mutatedDataset(base: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.tuple(base, fc.array(fc.tuple(fc.nat(), fc.nat(), junk), { minLength: 1, maxLength: 3 })).map(([value, mutations]) => {
    const copy = structuredClone(value);
    for (const mutation of mutations) mutate(copy, ...mutation);
    return copy;
  });
}

/**
 * One random change at a random place in the tree: drop a key, duplicate an array item, put a
 * wrong-typed value in, add an own `__proto__` (as JSON.parse would) or a `constructor` key,
 * turn a key into the other type (`"1"` ↔ `1`), or put an array where attributes belong.
 */
function mutate(root: unknown, where: number, how: number, value: unknown): void {
  const containers: Array<Record<string, unknown> | unknown[]> = [];
  const walk = (at: unknown) => {
    if (typeof at !== 'object' || at === null) return;
    containers.push(at as Record<string, unknown>);
    for (const child of Object.values(at)) walk(child);
  };
  walk(root);
  const target = containers[where % containers.length];
  if (!target) return;
  const names = Object.keys(target);
  const name = names[Math.floor(where / Math.max(containers.length, 1)) % Math.max(names.length, 1)];
  switch (how % 7) {
    case 0:
      if (name === undefined) return;
      if (Array.isArray(target)) target.splice(Number(name), 1);
      else delete target[name];
      return;
    case 1:
      if (Array.isArray(target) && name !== undefined) target.push(structuredClone(target[Number(name)]));
      return;
    case 2:
      if (name !== undefined) (target as Record<string, unknown>)[name] = value;
      return;
    case 3:
      if (!Array.isArray(target))
        Object.defineProperty(target, '__proto__', { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
      return;
    case 4:
      // An own key named `constructor` (written as a property, TypeScript takes it for the inherited Function).
      if (!Array.isArray(target)) Reflect.set(target, 'constructor', value);
      return;
    case 5: {
      if (name === undefined) return;
      const current = (target as Record<string, unknown>)[name];
      if (typeof current === 'string' && current !== '' && Number.isFinite(Number(current)))
        (target as Record<string, unknown>)[name] = Number(current);
      else if (typeof current === 'number') (target as Record<string, unknown>)[name] = String(current);
      return;
    }
    default: {
      // An array where an object belongs, aimed at attribute bags (valibot takes arrays as objects).
      const field = !Array.isArray(target) && 'attributes' in target ? 'attributes' : name;
      if (field !== undefined) (target as Record<string, unknown>)[field] = Array.isArray(value) ? value : [value];
    }
  }
}

/** JSON text: valid, cut short, with a key given twice, or with garbage spliced in. */
export function datasetText(base: fc.Arbitrary<unknown>): fc.Arbitrary<string> {
  return fc.oneof(
    base.map((value) => JSON.stringify(value) ?? 'undefined'),
    fc.tuple(base, fc.double({ min: 0, max: 1, noNaN: true })).map(([value, at]) => {
      const json = JSON.stringify(value) ?? '';
      return json.slice(0, Math.floor(json.length * at));
    }),
    base.map((value) => (JSON.stringify(value) ?? '').replace('"key":', '"key":"dup","key":')),
    fc.tuple(base, fc.nat(), fc.constantFrom('<', '}', ',', 'NaN', '\u0000', '"', '<!doctype html>')).map(([value, at, junkText]) => {
      const json = JSON.stringify(value) ?? '';
      const cut = json.length ? at % json.length : 0;
      return json.slice(0, cut) + junkText + json.slice(cut);
    }),
    fc.json(),
    fc.constantFrom('', '   ', 'null', '[]', '"nodes"', '{}', '{"nodes": {}}', '<!doctype html><title>404</title>'),
  );
}

/** A graphology Graph with tricky keys and attributes, some of them invalid (NaN positions). */
export const graphInput: fc.Arbitrary<Graph> = fc
  .record({
    type: fc.constantFrom<'mixed' | 'directed' | 'undirected'>('mixed', 'directed', 'undirected'),
    nodes: fc.uniqueArray(
      fc.oneof({ weight: 9, arbitrary: fc.string({ minLength: 1, maxLength: 4 }) }, { weight: 1, arbitrary: fc.constantFrom('', ' ') }),
      { maxLength: 6 },
    ),
    edges: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 8 }),
    x: fc.oneof(fc.double(), fc.constant(undefined)),
  })
  .map(({ type, nodes, edges, x }) => {
    const graph = new Graph({ type, multi: true });
    for (const n of nodes) graph.addNode(n, x === undefined ? {} : { x, y: 0 });
    if (nodes.length > 0) {
      for (const [s, t, undirected] of edges) {
        const a = nodes[s % nodes.length]!;
        const b = nodes[t % nodes.length]!;
        if (type === 'undirected' || (type === 'mixed' && undirected)) graph.addUndirectedEdge(a, b);
        else graph.addDirectedEdge(a, b);
      }
    }
    return graph;
  });

/** Limits a page might set, in one run out of five; small ones make the size checks fire. */
export const limitsInput: fc.Arbitrary<Partial<Limits> | undefined> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  {
    weight: 1,
    arbitrary: fc.record(
      {
        maxBytes: fc.integer({ min: 1, max: 4000 }),
        maxNodes: fc.integer({ min: 1, max: 8 }),
        maxEdges: fc.integer({ min: 1, max: 8 }),
        maxLabelLength: fc.integer({ min: 1, max: 40 }),
        maxStringLength: fc.integer({ min: 1, max: 400 }),
        maxDepth: fc.integer({ min: 1, max: 8 }),
      },
      { requiredKeys: [] },
    ),
  },
);

/** Every kind of input the loader takes, hostile or not. `seed` is the real dataset. */
export function anyInput(seed: unknown): fc.Arbitrary<unknown> {
  const seedArb = fc.constant(seed);
  return fc.oneof(
    { weight: 3, arbitrary: datasetObject },
    { weight: 2, arbitrary: simpleDataset },
    { weight: 2, arbitrary: mutatedDataset(fc.oneof(seedArb, simpleDataset)) },
    { weight: 2, arbitrary: datasetText(fc.oneof(seedArb, simpleDataset, datasetObject)) },
    { weight: 1, arbitrary: graphInput },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true }) },
  );
}

export interface DescribedEdge {
  /** The key given, as text, or undefined when the loader is to make one. */
  key: string | undefined;
  source: string;
  target: string;
  undirected: boolean | undefined;
  attributes: unknown;
}

export interface Described {
  attributes: unknown;
  nodes: Array<{ key: string; attributes: unknown }>;
  edges: DescribedEdge[];
}

/**
 * What an input says the graph holds: its attributes, and node keys and edges as text, in
 * order; undefined when the input is not even shaped like a dataset (the loader must refuse it).
 */
export function describe(input: unknown): Described | undefined {
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return undefined;
    }
  } else if (input instanceof Graph) {
    value = input.export();
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { attributes, nodes, edges = [] } = value as { attributes?: unknown; nodes?: unknown; edges?: unknown };
  if (!Array.isArray(nodes) || !Array.isArray(edges)) return undefined;
  type Item = { key?: unknown; source?: unknown; target?: unknown; undirected?: unknown; attributes?: unknown } | null | undefined;
  return {
    attributes: attributes ?? {},
    nodes: nodes.map((n: Item) => ({ key: String(n?.key), attributes: n?.attributes ?? {} })),
    edges: edges.map((e: Item) => ({
      // Stringified as the loader does (check-structure.ts), whatever the key is.
      // eslint-disable-next-line @typescript-eslint/no-base-to-string
      key: e?.key === undefined || e?.key === null ? undefined : String(e.key),
      source: String(e?.source),
      target: String(e?.target),
      undirected: typeof e?.undirected === 'boolean' ? e.undirected : undefined,
      attributes: e?.attributes ?? {},
    })),
  };
}
