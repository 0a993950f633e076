/**
 * validateStory on random stories (fast-check): any story built from the graph's own keys, types,
 * statuses, kinds and dates comes back as given with no problem; the same story with one key
 * replaced by one the graph lacks is refused with exactly one problem, at that key's JSON path.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SerializedGraph } from 'graphology-types';
import { loadDataset } from '../graph/load';
import { resolveRegistry } from '../graph/registry';
import { formatPath, type PathSegment } from '../graph/problems';
import { validateStory } from './validate-story';
import type { StepView, Story, StoryStep } from './story-types';

const seed = JSON.parse(readFileSync(new URL('../../graph-data/dprk-russia-2024.json', import.meta.url), 'utf8')) as SerializedGraph;
const graph = loadDataset(seed);
const registry = resolveRegistry(graph);
const actors = graph.nodes();
const claims = graph.edges();

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const some = <T>(items: readonly T[]) => fc.uniqueArray(fc.constantFrom(...items), { minLength: 1, maxLength: items.length });

const view: fc.Arbitrary<StepView> = fc
  .record({
    select: optional(fc.constantFrom(...actors, ...claims)),
    focus: optional(fc.record({ key: fc.constantFrom(...actors), hops: fc.constantFrom(1 as const, 2 as const) })),
    path: optional(
      fc.record(
        {
          from: fc.constantFrom(...actors),
          to: fc.constantFrom(...actors),
          types: some([...registry.edgeTypes.keys()]),
          direction: fc.constantFrom('follow' as const, 'ignore' as const),
        },
        { requiredKeys: ['from', 'to'] },
      ),
    ),
    filter: optional(
      fc.record(
        {
          edgeTypes: some([...registry.edgeTypes.keys()]),
          statuses: some(['confirmed', 'reported', 'potential', 'unspecified']),
          nodeKinds: some([...registry.nodeKinds.keys()]),
        },
        { requiredKeys: [] },
      ),
    ),
    asOf: optional(fc.constantFrom('2024', '2024-06', '2024-06-19', '1999-12')),
    layout: optional(fc.constantFrom('force', 'concentric', 'circle', 'grid', 'breadthfirst', 'preset')),
    fit: optional(some(actors)),
    groupBy: optional(fc.constantFrom('none', 'data', 'kind', 'camp', 'community')),
  })
  .map((record) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as StepView);

const step = (id: string): fc.Arbitrary<StoryStep> =>
  fc
    .record({
      title: fc.string({ minLength: 1, maxLength: 30 }).filter((title) => title.trim() !== ''),
      text: fc.string({ maxLength: 80 }),
      cite: optional(some(claims)),
      view,
    })
    .map(({ cite, ...rest }) => ({ id, ...rest, ...(cite ? { cite } : {}) }));

const story: fc.Arbitrary<Story> = fc
  .integer({ min: 1, max: 6 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => step(`s${i}`))))
  .map((steps) => ({ title: 'Random', steps }));

/** Every place in a story that names an actor or claim, as its path from the story. */
function keyPaths(value: Story): PathSegment[][] {
  const paths: PathSegment[][] = [];
  value.steps.forEach((item, i) => {
    const at = ['steps', i] as PathSegment[];
    item.cite?.forEach((_, j) => paths.push([...at, 'cite', j]));
    const v = item.view;
    if (v.select) paths.push([...at, 'view', 'select']);
    if (v.focus) paths.push([...at, 'view', 'focus', 'key']);
    if (v.path) paths.push([...at, 'view', 'path', 'from'], [...at, 'view', 'path', 'to']);
    v.fit?.forEach((_, j) => paths.push([...at, 'view', 'fit', j]));
  });
  return paths;
}

function setAt(target: unknown, path: readonly PathSegment[], value: unknown): void {
  let node = target as Record<PathSegment, unknown>;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<PathSegment, unknown>;
  node[path[path.length - 1]!] = value;
}

describe('validateStory on random stories', () => {
  it('gives back any story made of what the graph has, with no problem', () => {
    fc.assert(
      fc.property(story, (given) => {
        const check = validateStory(given, graph, registry, []);
        expect(check.problems).toEqual([]);
        expect(check.story).toEqual(given);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a story with one unknown key, with one problem at that key', () => {
    const cases = story
      .filter((given) => keyPaths(given).length > 0)
      .chain((given) => fc.tuple(fc.constant(given), fc.constantFrom(...keyPaths(given))));
    fc.assert(
      fc.property(cases, ([given, path]) => {
        const broken = structuredClone(given);
        setAt(broken, path, 'Nobody-at-all');
        const check = validateStory(broken, graph, registry, []);
        expect(check.story).toBeNull();
        expect(check.problems.map((problem) => problem.path)).toEqual([formatPath(path)]);
        expect(check.problems[0]!.message).toContain('"Nobody-at-all"');
      }),
      { numRuns: 300 },
    );
  });
});
