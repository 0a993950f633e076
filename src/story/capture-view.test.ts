/**
 * Capturing a view as a step (pure part): only what differs from the defaults is written, and the
 * viewport becomes `fit` only when it leaves some visible actor out.
 */
import { describe, expect, it } from 'vitest';
import { actorsInView, viewOfSnapshot, type ViewSnapshot } from './capture-view';
import { STORY_LIMITS } from './story-types';

const ACTORS = [
  { key: 'DPRK', x: 0, y: 0 },
  { key: 'Russia', x: 100, y: 0 },
  { key: 'Ukraine', x: 200, y: 0 },
];
const EVERYTHING = { x1: -50, y1: -50, x2: 250, y2: 50 };

const snapshot = (partial: Partial<ViewSnapshot> = {}): ViewSnapshot => ({
  selection: null,
  focus: null,
  path: { from: null, to: null, types: null, direction: 'follow' },
  filter: { edgeTypes: null, statuses: null, nodeKinds: null },
  asOf: null,
  layout: null,
  groupBy: null,
  actors: ACTORS,
  extent: EVERYTHING,
  ...partial,
});

describe('viewOfSnapshot', () => {
  it('is empty when everything is at its default and the whole graph is in view', () => {
    expect(viewOfSnapshot(snapshot())).toEqual({});
  });

  it('writes a selected actor or claim, but not the ties of an aggregated edge', () => {
    expect(viewOfSnapshot(snapshot({ selection: { kind: 'node', key: 'DPRK' } }))).toEqual({ select: 'DPRK' });
    expect(viewOfSnapshot(snapshot({ selection: { kind: 'edge', key: 'DPRK-pact-Russia' } }))).toEqual({ select: 'DPRK-pact-Russia' });
    expect(viewOfSnapshot(snapshot({ selection: { kind: 'ties', key: 'agg:1', edges: ['a', 'b'] } }))).toEqual({});
  });

  it('writes the focus with its hops', () => {
    expect(viewOfSnapshot(snapshot({ focus: { key: 'Russia', hops: 2 } }))).toEqual({ focus: { key: 'Russia', hops: 2 } });
  });

  it('writes a path only with both ends, its types when limited and its direction only when ignored', () => {
    expect(viewOfSnapshot(snapshot({ path: { from: 'US', to: null, types: null, direction: 'follow' } }))).toEqual({});
    expect(viewOfSnapshot(snapshot({ path: { from: 'US', to: 'Ukraine', types: null, direction: 'follow' } }))).toEqual({
      path: { from: 'US', to: 'Ukraine' },
    });
    expect(viewOfSnapshot(snapshot({ path: { from: 'US', to: 'Ukraine', types: ['supplies'], direction: 'ignore' } }))).toEqual({
      path: { from: 'US', to: 'Ukraine', types: ['supplies'], direction: 'ignore' },
    });
    // Another path than the shortest keeps which.
    expect(viewOfSnapshot(snapshot({ path: { from: 'US', to: 'Ukraine', types: null, direction: 'follow', index: 1 } }))).toEqual({
      path: { from: 'US', to: 'Ukraine', index: 1 },
    });
  });

  it('writes only the filter facets that are set, an empty list (none shown) included', () => {
    expect(viewOfSnapshot(snapshot({ filter: { edgeTypes: null, statuses: ['confirmed'], nodeKinds: [] } }))).toEqual({
      filter: { statuses: ['confirmed'], nodeKinds: [] },
    });
  });

  it('writes the date, the layout and the grouping when set, and leaves empty values out', () => {
    expect(viewOfSnapshot(snapshot({ asOf: '2024-06', layout: 'circle', groupBy: 'kind' }))).toEqual({
      asOf: '2024-06',
      layout: 'circle',
      groupBy: 'kind',
    });
    expect(viewOfSnapshot(snapshot({ asOf: '', layout: '', groupBy: '' }))).toEqual({});
  });

  it('copies the lists, so a later change to the element state does not change the step', () => {
    const types = ['supplies'];
    const view = viewOfSnapshot(snapshot({ filter: { edgeTypes: types, statuses: null, nodeKinds: null } }));
    types.push('pact');
    expect(view.filter?.edgeTypes).toEqual(['supplies']);
  });

  it('fits the actors in view when the view leaves some out', () => {
    expect(viewOfSnapshot(snapshot({ extent: { x1: -10, y1: -10, x2: 150, y2: 10 } }))).toEqual({ fit: ['DPRK', 'Russia'] });
  });
});

describe('actorsInView', () => {
  it('is undefined without a view, with every actor in it, or with none', () => {
    expect(actorsInView(ACTORS, null)).toBeUndefined();
    expect(actorsInView(ACTORS, EVERYTHING)).toBeUndefined();
    expect(actorsInView(ACTORS, { x1: 1000, y1: 1000, x2: 1100, y2: 1100 })).toBeUndefined();
    expect(actorsInView([], EVERYTHING)).toBeUndefined();
  });

  it('counts an actor whose centre lies on the edge of the view as inside', () => {
    expect(actorsInView(ACTORS, { x1: 100, y1: 0, x2: 200, y2: 0 })).toEqual(['Russia', 'Ukraine']);
  });

  it('leaves fit out rather than write more actors than a step may fit', () => {
    const many = Array.from({ length: STORY_LIMITS.maxFit + 2 }, (_, index) => ({ key: `n${index}`, x: index, y: 0 }));
    expect(actorsInView(many, { x1: 0, y1: 0, x2: STORY_LIMITS.maxFit, y2: 0 })).toBeUndefined();
    expect(actorsInView(many, { x1: 0, y1: 0, x2: 9, y2: 0 })).toHaveLength(10);
  });
});
