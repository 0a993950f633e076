import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SerializedGraph } from 'graphology-types';
import { loadDataset } from '../graph/load';
import { resolveRegistry } from '../graph/registry';
import { validateStory } from './validate-story';
import { STORY_LIMITS } from './story-types';

const seed = JSON.parse(readFileSync(new URL('../../graph-data/dprk-russia-2024.json', import.meta.url), 'utf8')) as SerializedGraph;
const { story: _ignored, ...attributes } = seed.attributes as Record<string, unknown>;
const graph = loadDataset({ ...seed, attributes });
const registry = resolveRegistry(graph);

const good = {
  title: 'Who backs whom',
  steps: [
    {
      id: 'munitions',
      title: 'Shells first',
      text: 'North Korea shipped shells.\n\nThen missiles.',
      cite: ['DPRK-supplies-Russia-munitions'],
      view: { select: 'DPRK-supplies-Russia-munitions' },
    },
    {
      id: 'path',
      title: 'From Seoul to Kyiv',
      text: 'Lethal aid.',
      view: {
        path: { from: 'ROK', to: 'Ukraine', types: ['supplies'], direction: 'ignore', index: 1 },
        filter: { edgeTypes: ['supplies', 'condemns'], statuses: ['confirmed', 'unspecified'], nodeKinds: ['state'] },
        focus: { key: 'DPRK', hops: 2 },
        asOf: '2024-06',
        layout: 'circle',
        fit: ['ROK', 'Ukraine'],
        groupBy: 'kind',
      },
    },
  ],
};

const problemsOf = (raw: unknown) => validateStory(raw, graph, registry).problems.map((problem) => `${problem.path}: ${problem.message}`);

describe('validateStory', () => {
  it('accepts a story naming what the graph has, and gives it back as read', () => {
    const check = validateStory(good, graph, registry);
    expect(check.problems).toEqual([]);
    expect(check.story).toEqual(good);
  });

  it('fills in what may be left out: the title, a text, the view', () => {
    const check = validateStory({ steps: [{ id: 'a', title: 'A' }] }, graph, registry);
    expect(check.story).toEqual({ title: 'Story', steps: [{ id: 'a', title: 'A', text: '', view: {} }] });
  });

  it('names unknown actors and claims with their JSON path and a did-you-mean', () => {
    const story = structuredClone(good);
    story.steps[0]!.view = { select: 'Rusia' };
    story.steps[0]!.cite = ['DPRK-supplies-Russia-munition'];
    story.steps[1]!.view.path = { from: 'US', to: 'Ukrain' } as never;
    story.steps[1]!.view.fit = ['ROK', 'Nowhere'];
    (story.steps[1]!.view.path as { index?: number }).index = -1;
    expect(problemsOf(story)).toEqual([
      'story.steps[0].cite[0]: no claim has the key "DPRK-supplies-Russia-munition" (did you mean "DPRK-supplies-Russia-munitions"?)',
      'story.steps[0].view.select: no actor or claim has the key "Rusia" (did you mean "Russia"?)',
      'story.steps[1].view.path.to: no actor has the key "Ukrain" (did you mean "Ukraine"?)',
      'story.steps[1].view.path.index: must be 0 (the shortest path) or a higher whole number',
      'story.steps[1].view.fit[1]: no actor has the key "Nowhere"',
    ]);
    expect(validateStory(story, graph, registry).story).toBeNull();
  });

  it('names unknown fields, types, statuses, kinds, layouts, groupings and bad dates', () => {
    const story = {
      title: 'T',
      steps: [
        {
          id: 'a',
          title: 'A',
          txt: 'typo',
          view: {
            slect: 'DPRK',
            filter: { edgeTypes: ['suplies'], statuses: ['confrmed'], nodeKinds: ['stat'] },
            asOf: 'June 2024',
            layout: 'circel',
            groupBy: 'camps',
          },
        },
      ],
    };
    expect(problemsOf(story)).toEqual([
      'story.steps[0].txt: unknown field (did you mean "text"?); the fields here are id, title, text, cite, view',
      'story.steps[0].view.slect: unknown field (did you mean "select"?); the fields here are select, focus, path, filter, asOf, layout, fit, groupBy',
      'story.steps[0].view.filter.edgeTypes[0]: unknown relationship type "suplies" (did you mean "supplies"?); this graph has supplies, pact, condemns, targets',
      'story.steps[0].view.filter.statuses[0]: unknown status "confrmed" (did you mean "confirmed"?); this graph has confirmed, reported, potential, unspecified',
      'story.steps[0].view.filter.nodeKinds[0]: unknown actor kind "stat" (did you mean "state"?); this graph has state, organization',
      'story.steps[0].view.asOf: "June 2024" is not a date; write 2024, 2024-06 or 2024-06-19',
      'story.steps[0].view.layout: unknown layout "circel" (did you mean "circle"?); use one of force, concentric, circle, grid, breadthfirst, preset',
      'story.steps[0].view.groupBy: unknown grouping "camps" (did you mean "camp"?); use one of none, data, kind, camp, community',
    ]);
  });

  it('refuses an empty story, duplicate ids and a story that is not one', () => {
    expect(problemsOf({ title: 'T', steps: [] })).toEqual(['story.steps: the story has no steps; add at least one']);
    expect(problemsOf([])).toEqual(['story: must be an object {title, steps}; see "Stories" in the README']);
    const twice = { steps: [good.steps[0], { ...good.steps[1], id: 'munitions' }] };
    expect(problemsOf(twice)).toEqual(['story.steps[1].id: duplicate step id "munitions" (also steps[0].id); give each step its own id']);
    expect(problemsOf({ steps: [{ title: 'no id' }] })).toEqual(['story.steps[0].id: is missing; every step needs one']);
  });

  it('keeps to the size limits', () => {
    const many = { steps: Array.from({ length: STORY_LIMITS.maxSteps + 1 }, (_, i) => ({ id: `s${i}`, title: 'T' })) };
    expect(problemsOf(many)).toEqual([
      `story.steps: has ${STORY_LIMITS.maxSteps + 1} steps, more than the ${STORY_LIMITS.maxSteps} a story may have; split it`,
    ]);
    const long = { steps: [{ id: 'a', title: 'T', text: 'x'.repeat(STORY_LIMITS.maxTextLength + 1) }] };
    expect(problemsOf(long)).toEqual([`story.steps[0].text: is 5,001 characters long, more than 5,000; shorten it`]);
  });

  it('paths start where the story sits: a story file of its own has none before steps', () => {
    const check = validateStory({ steps: [] }, graph, registry, []);
    expect(check.problems.map((problem) => problem.path)).toEqual(['steps']);
  });
});
