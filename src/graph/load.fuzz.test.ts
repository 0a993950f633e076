/**
 * The loader under fire: for any input (random JSON-ish values, JSON text whole, cut short or
 * spliced, generated datasets with colliding and built-in keys, the seed dataset mutated at
 * random, graphology Graphs) and random limits, `loadDataset` either returns a graph holding
 * exactly the nodes and edges the input describes, or throws a DatasetError that is short, carries
 * no markup and names a path for every problem. Nothing else may be thrown, and the input is never
 * changed. FUZZ_RUNS (default 1,000) sets the number of runs; FUZZ_SEED replays a failure.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Graph from 'graphology';
import { loadDataset } from './load';
import { DatasetError, MAX_MESSAGE_LENGTH } from './problems';
import { anyInput, describe as describeInput, limitsInput } from '../test-support/load-fuzz-inputs';

const seed = JSON.parse(readFileSync(new URL('../../graph-data/dprk-russia-2024.json', import.meta.url), 'utf8')) as unknown;
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
/** About 1.2 ms a run here; room for a busy CI machine running the browser tests alongside. */
const TIMEOUT = 30_000 + RUNS * 10;

type Outcome = { graph: Graph } | { error: unknown };

function load(input: unknown, limits: object | undefined): Outcome {
  try {
    return { graph: loadDataset(input as object, { limits }) };
  } catch (error) {
    return { error };
  }
}

/** Checks one outcome against the property; returns which way it went, for the statistics. */
function check(input: unknown, outcome: Outcome): 'loaded' | 'refused' {
  if ('error' in outcome) {
    const { error } = outcome;
    expect(error, 'nothing but a DatasetError may be thrown').toBeInstanceOf(DatasetError);
    const { message, problems } = error as DatasetError;
    expect(message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    expect(message).not.toMatch(/[<>]/);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(problem.path).toMatch(/^(\$|[A-Za-z_$[])/);
      expect(problem.message.length).toBeGreaterThan(0);
      expect(`${problem.path} ${problem.message}`).not.toMatch(/[<>]/);
    }
    return 'refused';
  }

  const { graph } = outcome;
  const described = describeInput(input);
  expect(described, 'a graph came back for an input that is not shaped like a dataset').toBeDefined();
  const { attributes, nodes, edges } = described!;
  // Nothing lost or reshaped on the way: keys as text, attributes as given.
  expect(graph.getAttributes()).toEqual(attributes);
  expect(graph.nodes()).toEqual(nodes.map((node) => node.key));
  nodes.forEach((node) => expect(graph.getNodeAttributes(node.key)).toEqual(node.attributes));
  const keys = graph.edges();
  expect(keys).toHaveLength(edges.length);
  edges.forEach((edge, i) => {
    const key = keys[i]!;
    if (edge.key !== undefined) expect(key).toBe(edge.key);
    else {
      expect(key).toMatch(/^e\d+$/);
      expect(nodes.map((node) => node.key)).not.toContain(key);
    }
    expect([graph.source(key), graph.target(key)]).toEqual([edge.source, edge.target]);
    if (edge.undirected !== undefined) expect(graph.isUndirected(key)).toBe(edge.undirected);
    const { type, ...rest } = edge.attributes as { type?: unknown };
    expect(graph.getEdgeAttributes(key)).toEqual({ ...rest, type: type ?? 'related' });
  });
  expect(new Set(keys).size).toBe(keys.length);
  return 'loaded';
}

describe('loadDataset on arbitrary input (fuzz, hard)', () => {
  it(
    `loads exactly what the input describes or refuses it cleanly, over ${RUNS} runs`,
    () => {
      const tally = { loaded: 0, refused: 0 };
      fc.assert(
        fc.property(anyInput(seed), limitsInput, (input, limits) => {
          const before = fc.stringify(input);
          tally[check(input, load(input, limits))] += 1;
          expect(fc.stringify(input), 'the input must not be changed').toBe(before);
        }),
        { numRuns: RUNS, seed: SEED },
      );
      // Both branches must be exercised for the property to mean anything.
      expect(tally.loaded).toBeGreaterThan(RUNS / 10);
      expect(tally.refused).toBeGreaterThan(RUNS / 10);
    },
    TIMEOUT,
  );

  it(
    'never lets a hostile file change Object.prototype',
    () => {
      fc.assert(
        fc.property(anyInput(seed), (input) => {
          load(input, undefined);
          expect(Object.keys(Object.prototype)).toEqual([]);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        }),
        { numRuns: Math.ceil(RUNS / 4), seed: SEED },
      );
    },
    TIMEOUT,
  );
});
