/**
 * Properties of the camps on random signed networks: the reported frustration is what a recount
 * of the returned split gives; the exact search's optimum is the brute-force optimum over every
 * split; the heuristic returns a valid split no worse than its spectral start; the same seed
 * gives the same result.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveRegistry } from '../graph/registry';
import { analyze } from './analyze';
import { computeCamps } from './camps';
import { exactCamps } from './camps-exact';
import { spectralSplit } from './camps-spectral';
import { bruteForceMinimum, buildGraph, recount, TYPES, type RandomEdge } from '../test-support/camps-recount';
import { countedClaims } from './claims';
import { resolveOptions } from './options';
import { buildSignedGraph, frustrationOf } from './signed-graph';

const STATUS_WEIGHTS = { reported: 0.5, potential: 0.25 };

/**
 * Random claims among `minActors`…`maxActors` actors: random types and signs, weights, parallel
 * claims; `minEdgesPerActor` keeps graphs dense enough that most cannot be split without frustration.
 */
function randomGraph(minActors: number, maxActors: number, edgesPerActor: number, minEdgesPerActor = 0) {
  return fc.integer({ min: minActors, max: maxActors }).chain((n) =>
    fc
      .array(
        fc.record<RandomEdge>({
          a: fc.integer({ min: 0, max: n - 1 }),
          b: fc.integer({ min: 0, max: n - 1 }),
          type: fc.constantFrom(...TYPES),
          status: fc.constantFrom('confirmed' as const, 'reported' as const, 'potential' as const, undefined),
          // Halves keep sums exact; 0 and absent both mean "weight 1".
          weight: fc.option(
            fc.integer({ min: 0, max: 8 }).map((w) => w / 2),
            { nil: undefined },
          ),
          undirected: fc.boolean(),
        }),
        { minLength: minEdgesPerActor * n, maxLength: edgesPerActor * n },
      )
      .map((edges) => ({ n, graph: buildGraph(n, edges) })),
  );
}

function camps(graph: ReturnType<typeof buildGraph>, k: number, seed = 1) {
  const options = resolveOptions({ statusWeights: STATUS_WEIGHTS, seed });
  return computeCamps(graph.nodes(), countedClaims(graph, resolveRegistry(graph), options), k, options.seed);
}

describe('camps on random signed networks', () => {
  it('report the frustration and frustrated claims a recount of their split gives', () => {
    fc.assert(
      fc.property(randomGraph(1, 12, 3), fc.constantFrom(2, 3), ({ graph }, k) => {
        const result = camps(graph, k);
        const check = recount(graph, result.assignment, STATUS_WEIGHTS);
        expect(result.frustration).toBeCloseTo(check.frustration, 9);
        expect(result.frustrated).toEqual(check.frustrated);
        if (check.total > 0) expect(result.balance).toBeCloseTo(1 - check.frustration / check.total, 9);
        else expect(result.balance).toBeNull();
      }),
      { numRuns: 150 },
    );
  });

  it('are optimal up to 12 actors: the exact search finds the brute-force minimum, for 2 and 3 camps', () => {
    fc.assert(
      fc.property(randomGraph(2, 12, 3), fc.constantFrom(2, 3), ({ graph }, k) => {
        const result = camps(graph, k);
        expect(result.optimal).toBe(true);
        expect(result.frustration).toBeCloseTo(bruteForceMinimum(graph, k, STATUS_WEIGHTS), 9);
      }),
      { numRuns: 60 },
    );
  });

  it('are optimal on dense networks of 8 to 12 actors, and so is the exact search on its own', () => {
    fc.assert(
      fc.property(randomGraph(8, 12, 4, 2), fc.constantFrom(2, 3), ({ graph }, k) => {
        const minimum = bruteForceMinimum(graph, k, STATUS_WEIGHTS);
        expect(camps(graph, k).frustration).toBeCloseTo(minimum, 9);
        // Without the heuristic's split as a bound, the search must find the optimum by itself.
        const signed = buildSignedGraph(
          graph.nodes(),
          countedClaims(graph, resolveRegistry(graph), resolveOptions({ statusWeights: STATUS_WEIGHTS })),
        );
        const alone = exactCamps(signed, k);
        expect(alone.complete).toBe(true);
        expect(frustrationOf(signed, alone.camp ?? new Int32Array(signed.actors.length))).toBeCloseTo(minimum, 9);
      }),
      { numRuns: 30 },
    );
  });

  it('give every actor with a signed claim a camp below k, and every other actor none', () => {
    fc.assert(
      fc.property(randomGraph(1, 40, 2), fc.constantFrom(2, 3, 4), ({ graph }, k) => {
        const result = camps(graph, k);
        const signed = new Set(buildSignedGraph(graph.nodes(), countedClaims(graph, resolveRegistry(graph), resolveOptions())).actors);
        for (const [actor, camp] of Object.entries(result.assignment)) {
          if (signed.has(actor)) expect(camp !== null && Number.isInteger(camp) && camp >= 0 && camp < k).toBe(true);
          else expect(camp).toBeNull();
        }
        expect(Object.keys(result.assignment)).toEqual(graph.nodes());
      }),
      { numRuns: 60 },
    );
  });

  it('from 30 to 60 actors (heuristic): a valid split, recounted exactly, no worse than the spectral start', () => {
    fc.assert(
      fc.property(randomGraph(30, 60, 3, 1), fc.constantFrom(2, 3), ({ graph }, k) => {
        const result = camps(graph, k);
        const options = resolveOptions({ statusWeights: STATUS_WEIGHTS });
        const signed = buildSignedGraph(graph.nodes(), countedClaims(graph, resolveRegistry(graph), options));
        const check = recount(graph, result.assignment, STATUS_WEIGHTS);
        expect(result.frustration).toBeCloseTo(check.frustration, 9);
        expect(result.frustrated).toEqual(check.frustrated);
        if (signed.actors.length > 24) expect(result.optimal).toBe(false);
        expect(result.frustration).toBeLessThanOrEqual(frustrationOf(signed, spectralSplit(signed)) + 1e-9);
      }),
      { numRuns: 40 },
    );
  });

  it('are the same for the same seed, analysis and all', () => {
    fc.assert(
      fc.property(randomGraph(20, 50, 3), fc.integer(), ({ graph }, seed) => {
        const registry = resolveRegistry(graph);
        const options = { camps: 3, seed, statusWeights: STATUS_WEIGHTS };
        expect(analyze(graph, registry, options)).toEqual(analyze(graph, registry, options));
      }),
      { numRuns: 20 },
    );
  });
});
