/**
 * `<stakeholder-graph>` under fire in Chromium: one element is handed input after input from the
 * loader's fuzz inputs (test-support/load-fuzz-inputs.ts) with random limits. Whenever
 * validation passes, the element shows the new graph and Cytoscape holds exactly graphology's
 * nodes and edges (same ids, same ends), with no error; whenever it fails, `sg-error` fires with
 * a short message free of markup, and the graph shown before stays, untouched in both graphology
 * and Cytoscape.
 * Fewer runs than the Node fuzz (each one draws); VITE_FUZZ_BROWSER_RUNS overrides, VITE_FUZZ_SEED replays.
 */
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type Graph from 'graphology';
import seed from '../../../graph-data/dprk-russia-2024.json';
import { loadDataset } from '../../graph/load';
import { MAX_MESSAGE_LENGTH } from '../../graph/problems';
import { anyInput, limitsInput } from '../../test-support/load-fuzz-inputs';
import type { StakeholderGraph } from './stakeholder-graph.component';
import type { SgErrorDetail } from '../events';
import { frame, undoPageChanges } from '../../test-support/page';
import { mountGraph, record } from '../../test-support/graph';

const RUNS = Number(import.meta.env.VITE_FUZZ_BROWSER_RUNS ?? 150);
const SEED = import.meta.env.VITE_FUZZ_SEED === undefined ? undefined : Number(import.meta.env.VITE_FUZZ_SEED);

afterEach(undoPageChanges);

interface Snapshot {
  nodes: string[];
  edges: string[];
}

/** What graphology holds, and what Cytoscape draws, as sorted `id` and `id:source→target` lists. */
function fromGraph(graph: Graph): Snapshot {
  return {
    nodes: graph.nodes().sort(),
    edges: graph
      .edges()
      .map((key) => `${key}:${graph.source(key)}→${graph.target(key)}`)
      .sort(),
  };
}

function fromCy(view: StakeholderGraph): Snapshot {
  const cy = view.cy!;
  return {
    nodes: cy
      .nodes()
      .map((node) => node.id())
      .sort(),
    edges: cy
      .edges()
      .map((edge) => `${edge.id()}:${edge.source().id()}→${edge.target().id()}`)
      .sort(),
  };
}

/** Whether the loader alone accepts the input: then the element must show it. */
function validates(input: unknown, limits: object | undefined): boolean {
  try {
    loadDataset(input as object, { limits });
    return true;
  } catch {
    return false;
  }
}

describe('<stakeholder-graph> on arbitrary data (fuzz, hard)', () => {
  it(
    `shows exactly what validates and keeps the previous graph otherwise, over ${RUNS} runs`,
    async () => {
      const element = await mountGraph({ style: { width: '600px', height: '400px' } });
      const loads = record(element, 'sg-load');
      const errors = record<SgErrorDetail>(element, 'sg-error');
      const tally = { loaded: 0, refused: 0 };

      await fc.assert(
        fc.asyncProperty(anyInput(seed), limitsInput, async (input, limits) => {
          // `data` must change for the element to notice, and undefined means "no data".
          fc.pre(input !== undefined && input !== element.data);
          const previousGraph = element.graph!;
          const previous = fromCy(element);
          const shouldLoad = validates(input, limits);
          loads.length = 0;
          errors.length = 0;

          element.limits = limits;
          element.data = input as object;
          await element.updateComplete;
          await frame(); // let Cytoscape draw it

          // A dataset that loads may carry a broken story (the seed's, mutated): reported apart, the dataset still shown.
          const storyErrors = errors.filter((error) => error.message.startsWith('Story not shown'));
          if (storyErrors.length > 0) {
            expect(loads, 'a story is checked only once its dataset loaded').toHaveLength(1);
            expect(storyErrors.every((error) => error.problems.every((problem) => problem.path.startsWith('story')))).toBe(true);
            errors.splice(0, errors.length, ...errors.filter((error) => !storyErrors.includes(error)));
          }
          expect(loads.length + errors.length, 'exactly one of sg-load and sg-error').toBe(1);
          if (shouldLoad) {
            expect(errors, 'validation passed, so the element must show it').toEqual([]);
            expect(element.graph).not.toBe(previousGraph);
            expect(fromCy(element)).toEqual(fromGraph(element.graph!));
            const alert = element.shadowRoot!.querySelector('[role=alert]');
            if (storyErrors.length === 0) expect(alert).toBeNull();
            else expect(alert!.textContent).toContain('Story not shown');
            tally.loaded += 1;
          } else {
            const [{ message, problems }] = errors as [SgErrorDetail];
            expect(message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
            expect(message).not.toMatch(/[<>]/);
            expect(problems.length).toBeGreaterThan(0);
            expect(element.graph).toBe(previousGraph);
            expect(fromCy(element)).toEqual(previous);
            expect(fromCy(element)).toEqual(fromGraph(previousGraph));
            expect(element.shadowRoot!.querySelector('[role=alert]')!.textContent).toContain(message);
            tally.refused += 1;
          }
        }),
        { numRuns: RUNS, seed: SEED },
      );
      expect(tally.loaded).toBeGreaterThan(RUNS / 10);
      expect(tally.refused).toBeGreaterThan(RUNS / 10);
    },
    20_000 + RUNS * 50,
  );
});
