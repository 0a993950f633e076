/**
 * Loading: JSON text, objects and graphology graphs in; a new Graph out or a DatasetError, with
 * the caller's data never mutated or shared. The rules themselves are in validate.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import Graph from 'graphology';
import { isGraph, loadDataset, parseDatasetText } from './load';
import { DatasetError, MAX_MESSAGE_LENGTH, MAX_PROBLEMS, type Problem } from './problems';

const seedText = readFileSync(new URL('../../graph-data/dprk-russia-2024.json', import.meta.url), 'utf8');

/**
 * Loads `input` expecting failure; asserts no graph came back and the input is unchanged, as
 * seen through `snapshot` (a deep copy by default).
 */
function failure(input: unknown, snapshot: (value: unknown) => unknown = structuredClone): DatasetError {
  const before = snapshot(input);
  let graph: Graph | undefined;
  let error: unknown;
  try {
    graph = loadDataset(input as object);
  } catch (caught) {
    error = caught;
  }
  expect(graph, 'a failed load must not return a graph').toBeUndefined();
  expect(snapshot(input), 'a failed load must not change its input').toEqual(before);
  expect(error).toBeInstanceOf(DatasetError);
  return error as DatasetError;
}

const problemsOf = (input: unknown, snapshot?: (value: unknown) => unknown): readonly Problem[] => failure(input, snapshot).problems;
const only = (path: string, text: string): Array<{ path: string; message: unknown }> => [{ path, message: expect.stringContaining(text) }];

/** Russia and North Korea with one aliased node and a typed, undirected edge. */
function pact() {
  return {
    attributes: { title: 'Pact' },
    nodes: [
      { key: 'DPRK', attributes: { label: 'North Korea', aliases: ['Pyongyang'] } },
      { key: 'Russia', attributes: { label: 'Russia', aliases: ['Moscow'] } },
    ],
    edges: [{ key: 'pact', source: 'DPRK', target: 'Russia', undirected: true, attributes: { type: 'pact', since: '2024-06' } }],
  };
}

describe('JSON text', () => {
  it('gives line and column for a syntax error', () => {
    const text = '{\n  "nodes": [\n    {"key": "DPRK"},\n  ]\n}';
    expect(problemsOf(text)).toEqual(only('$', 'invalid JSON at line 4, column 3'));
  });

  it('gives line and column when the engine reports a position', () => {
    expect(problemsOf('{"nodes": [] "edges": []}')).toEqual(only('$', 'invalid JSON at line 1, column 14'));
  });

  it('points at the end of truncated text', () => {
    expect(problemsOf('{"nodes": [\n  {"key": "DPRK"}')).toEqual(only('$', 'at line 2, column 18'));
  });

  it('says what to do about invalid JSON', () => {
    expect(problemsOf('{nodes: []}')[0]!.message).toMatch(/; check the file is complete, valid JSON$/);
  });

  it('escapes markup when an HTML page is loaded by mistake', () => {
    const error = failure('<!doctype html><html><body>Not found</body></html>');
    expect(error.problems).toEqual(only('$', 'invalid JSON at line 1, column 1'));
    expect(error.message).not.toMatch(/[<>]/);
  });

  it('rejects empty text', () => {
    expect(problemsOf('')).toEqual([{ path: '$', message: 'the file is empty; expected a JSON dataset' }]);
  });

  it('rejects whitespace-only text', () => {
    expect(problemsOf(' \n\t\r\n ')).toEqual(only('$', 'the file is empty'));
  });

  it('parses valid text into a plain value', () => {
    expect(parseDatasetText('{"nodes": []}')).toEqual({ nodes: [] });
  });

  it('fails cleanly on JSON text nested 100,000 deep', () => {
    const text = `{"nodes": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(problemsOf(text)).toEqual(only(`nodes${'[0]'.repeat(31)}`, 'nested more than 32 levels deep'));
  });
});

describe('top-level shape', () => {
  it.each([
    ['null', 'got null'],
    ['[]', 'got an array'],
    ['"hi"', 'got a string'],
    ['42', 'got a number'],
    ['true', 'got a boolean'],
  ])('rejects the JSON text %s', (text, got) => {
    expect(problemsOf(text)).toEqual(only('$', `${got}; a dataset is an object {"nodes": [...], "edges": [...]}`));
  });

  it('rejects null passed as a value', () => {
    expect(problemsOf(null)).toEqual(only('$', 'got null'));
  });

  it('rejects an array passed as a value', () => {
    expect(problemsOf([{ key: 'DPRK' }])).toEqual(only('$', 'got an array'));
  });

  it('rejects a number passed as a value', () => {
    expect(problemsOf(42)).toEqual(only('$', 'got a number'));
  });
});

describe('objects', () => {
  it('does not mutate the input', () => {
    const input = pact();
    const before = structuredClone(input);
    loadDataset(input);
    expect(input).toEqual(before);
  });

  it('does not share arrays with the input', () => {
    const input = pact();
    const graph = loadDataset(input);
    input.nodes[0]!.attributes.aliases.push("Democratic People's Republic of Korea");
    expect(graph.getNodeAttribute('DPRK', 'aliases')).toEqual(['Pyongyang']);
  });

  it('does not share attribute objects with the input', () => {
    const input = pact();
    const graph = loadDataset(input);
    graph.setEdgeAttribute('pact', 'since', '2024-07');
    graph.setAttribute('title', 'Changed');
    expect([input.edges[0]!.attributes.since, input.attributes.title]).toEqual(['2024-06', 'Pact']);
  });

  it('rejects values that are not plain data', () => {
    const input = { nodes: [{ key: 'DPRK', attributes: { onClick: () => 'hi' } }] };
    // structuredClone cannot copy the function either, so compare the JSON view.
    expect(problemsOf(input, (value) => JSON.stringify(value))).toEqual(only('$', 'not plain data'));
  });

  it('fails cleanly, without a stack overflow, on an object nested 100,000 deep', () => {
    const top: Record<string, unknown> = {};
    let level = top;
    for (let i = 0; i < 100_000; i++) {
      const next: Record<string, unknown> = {};
      level.a = next;
      level = next;
    }
    const input = { nodes: [{ key: 'DPRK', attributes: { nested: top } }] };
    // Copying the input for comparison would overflow too; count the levels instead.
    const levels = (value: unknown) => {
      let count = 0;
      for (let at = (value as typeof input).nodes[0]!.attributes.nested; at.a; at = at.a as Record<string, unknown>) count++;
      return count;
    };
    const error = failure(input, levels);
    expect(error.problems).toEqual(
      only(`nodes[0].attributes.nested${'.a'.repeat(28)}`, 'nested more than 32 levels deep; flatten the data'),
    );
  });
});

describe('graphology graphs', () => {
  it('loads a Graph instance', () => {
    const source = new Graph({ type: 'undirected' });
    source.addNode('DPRK');
    source.addNode('Russia');
    source.addEdgeWithKey('pact', 'DPRK', 'Russia', { type: 'pact' });
    const graph = loadDataset(source);
    expect([graph.type, graph.order, graph.getEdgeAttribute('pact', 'type')]).toEqual(['undirected', 2, 'pact']);
  });

  it('returns a new graph, not the one passed in', () => {
    const source = new Graph();
    source.addNode('DPRK');
    expect(loadDataset(source)).not.toBe(source);
  });

  it('is not changed by changes to the returned graph', () => {
    const source = new Graph();
    source.addNode('DPRK', { aliases: ['Pyongyang'] });
    const graph = loadDataset(source);
    graph.addNode('Russia');
    (graph.getNodeAttribute('DPRK', 'aliases') as string[]).push('North Korea');
    expect([source.order, source.getNodeAttribute('DPRK', 'aliases')]).toEqual([1, ['Pyongyang']]);
  });

  it('does not follow later changes to the graph passed in', () => {
    const source = new Graph();
    source.addNode('DPRK', { aliases: ['Pyongyang'] });
    const graph = loadDataset(source);
    source.addNode('Russia');
    (source.getNodeAttribute('DPRK', 'aliases') as string[]).push('North Korea');
    expect([graph.order, graph.getNodeAttribute('DPRK', 'aliases')]).toEqual([1, ['Pyongyang']]);
  });

  it('validates a Graph like any other input', () => {
    const source = new Graph();
    source.addNode('DPRK', { x: Infinity });
    expect(problemsOf(source, (graph) => (graph as Graph).export())).toEqual(only('nodes[0].attributes.x', 'must be a finite number'));
  });

  it('recognises a Graph and nothing else as one', () => {
    expect([isGraph(new Graph()), isGraph({ nodes: [] }), isGraph(null)]).toEqual([true, false, false]);
  });
});

describe('many problems', () => {
  const edges = Array.from({ length: 25 }, (_, i) => ({ source: 'DPRK', target: `unit-${i}` }));

  it(`reports exactly ${MAX_PROBLEMS}`, () => {
    expect(problemsOf({ nodes: [{ key: 'DPRK' }], edges })).toHaveLength(MAX_PROBLEMS);
  });

  it('says how many more there are', () => {
    expect(failure({ nodes: [{ key: 'DPRK' }], edges }).message).toMatch(/ \(and 24 more problems\)$/);
  });
});

describe('hostile messages', () => {
  const hostile = `<img src=x onerror=alert(1)>${'<'.repeat(472)}`;

  it(`keeps the message within ${MAX_MESSAGE_LENGTH} characters for a 500-character key`, () => {
    expect(hostile).toHaveLength(500);
    const { message } = failure({ nodes: [{ key: hostile }, { key: hostile }] });
    expect(message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    expect(message).toMatch(/^Invalid dataset: nodes\[1\]\.key: duplicate node key /);
  });

  it('carries no markup from a hostile key', () => {
    expect(failure({ nodes: [{ key: hostile }, { key: hostile }] }).message).not.toContain('<');
  });

  it('carries no markup from a hostile endpoint or its suggestion', () => {
    const input = { nodes: [{ key: hostile }], edges: [{ source: `${hostile}>`, target: hostile }] };
    const { message, problems } = failure(input);
    expect(problems[0]!.message).toContain('did you mean');
    expect(message).not.toMatch(/[<>]/);
  });

  it('carries no markup from a hostile attribute name', () => {
    const input = { nodes: [{ key: 'DPRK', attributes: { [hostile]: 'x'.repeat(100_001) } }] };
    const { message, problems } = failure(input);
    expect(problems[0]!.path).toMatch(/^nodes\[0\]\.attributes\["\\u003cimg src=x onerror=alert\(1\)\\u003e/);
    expect(message).not.toContain('<');
  });
});

describe('datasets that load', () => {
  it('loads the seed dataset with its 6 actors and 12 relations', () => {
    const graph = loadDataset(seedText);
    expect([graph.order, graph.size]).toEqual([6, 12]);
  });

  it('keeps the seed pact undirected and every other seed edge directed', () => {
    const graph = loadDataset(seedText);
    expect(graph.filterEdges((_edge, _attributes, _s, _t, _sa, _ta, undirected) => undirected)).toEqual(['DPRK-pact-Russia']);
  });

  it("applies the seed's options", () => {
    const graph = loadDataset(seedText);
    expect([graph.type, graph.multi, graph.allowSelfLoops]).toEqual(['mixed', true, false]);
  });

  it("keeps the seed's registries as graph attributes", () => {
    const graph = loadDataset(seedText);
    expect(Object.keys(graph.getAttribute('edgeTypes') as object)).toEqual(['supplies', 'pact', 'condemns', 'targets']);
  });

  it('loads a plain third-party graphology export and keeps its attributes', () => {
    const exported = {
      attributes: { name: 'Exported from Gephi Lite' },
      options: { type: 'undirected', multi: false, allowSelfLoops: true },
      nodes: [
        { key: 'n0', attributes: { label: 'Moscow', x: 12.5, y: -3, size: 8, color: '#cc0000' } },
        { key: 'n1', attributes: { label: 'Pyongyang', x: -40, y: 7.25, size: 5, color: 'rgb(0, 51, 153)' } },
      ],
      edges: [{ key: '0', source: 'n0', target: 'n1', attributes: { size: 2, color: '#999' } }],
    };
    const graph = loadDataset(exported);
    expect([graph.type, graph.getNodeAttribute('n1', 'size'), graph.getEdgeAttribute('0', 'color'), graph.getAttribute('name')]).toEqual([
      'undirected',
      5,
      '#999',
      'Exported from Gephi Lite',
    ]);
  });

  it('round-trips a graph through export and load', () => {
    const graph = loadDataset(seedText);
    expect(loadDataset(graph.export()).export()).toEqual(graph.export());
  });
});
