/**
 * The element's view state as a pure function: each input moves the parts it should and no
 * others, the costly parts are cached on their inputs, and `changedParts` names exactly the
 * parts whose value changed (what the element fires events for).
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { loadDataset } from '../graph/load';
import { resolveRegistry } from '../graph/registry';
import { neighbourhood } from '../graph/neighbourhood';
import { DEFAULT_PATH_QUERY } from '../graph/state-types';
import { changedParts, createDeriver, type StateInputs } from './view-state';
import { groupingOf } from '../graph/groups';

const seed = loadDataset(readFileSync(new URL('../../graph-data/dprk-russia-2024.json', import.meta.url), 'utf8'));
const registry = resolveRegistry(seed);

const inputs = (partial: Partial<StateInputs> = {}): StateInputs => ({
  graph: seed,
  registry,
  selected: null,
  edgeTypes: null,
  statuses: null,
  nodeKinds: null,
  focus: null,
  layout: null,
  path: DEFAULT_PATH_QUERY,
  pathOptions: {},
  preview: null,
  grouping: null,
  collapsed: new Set(),
  ...partial,
});

describe('derive', () => {
  it('shows everything, selects nothing and uses the default layout on a fresh load', () => {
    const state = createDeriver()(inputs());
    expect(state.visible?.nodes.size).toBe(seed.order);
    expect(state.visible?.edges.size).toBe(seed.size);
    expect([state.selection, state.focus, state.emphasis, state.path.result]).toEqual([null, null, null, null]);
    expect(state.layout).toBe('force');
  });

  it('derives nothing but the empty state before a load', () => {
    const state = createDeriver()(inputs({ graph: undefined, registry: undefined, selected: 'DPRK', layout: 'circle' }));
    expect([state.visible, state.selection, state.layout, state.path.result]).toEqual([null, null, null, null]);
  });

  it('reads the filter attributes, with "," as none', () => {
    const state = createDeriver()(inputs({ edgeTypes: 'supplies, pact', statuses: ',' }));
    expect(state.filter).toEqual({ edgeTypes: ['supplies', 'pact'], statuses: [], nodeKinds: null });
    expect(state.visible?.edges.size).toBe(0);
  });

  it('resolves the selection to an actor, a relationship or nothing', () => {
    const derive = createDeriver();
    expect(derive(inputs({ selected: 'DPRK' })).selection).toEqual({ kind: 'node', key: 'DPRK' });
    expect(derive(inputs({ selected: 'DPRK-pact-Russia' })).selection).toEqual({ kind: 'edge', key: 'DPRK-pact-Russia' });
    expect(derive(inputs({ selected: 'Atlantis' })).selection).toBeNull();
  });

  it('drops a focus on an actor the graph does not have, and emphasises the neighbourhood of one it has', () => {
    const derive = createDeriver();
    expect(derive(inputs({ focus: { key: 'Atlantis', hops: 1 } })).focus).toBeNull();
    const state = derive(inputs({ focus: { key: 'UN', hops: 2 } }));
    expect(state.emphasis).toEqual(neighbourhood(seed, 'UN', 2));
  });

  it('emphasises the path shown over the focus, and the preview over the highlighted path', () => {
    const derive = createDeriver();
    const path = { ...DEFAULT_PATH_QUERY, from: 'US', to: 'Ukraine', direction: 'ignore' as const };
    const highlighted = derive(inputs({ focus: { key: 'UN', hops: 1 }, path }));
    expect(highlighted.path.active).toBe(highlighted.path.result!.paths[0]);
    expect([...highlighted.emphasis!.edges]).toEqual(highlighted.path.active!.edges);
    const previewed = derive(inputs({ focus: { key: 'UN', hops: 1 }, path, preview: 1 }));
    expect(previewed.path.shown).toBe(previewed.path.result!.paths[1]);
    expect(previewed.path.active).toBe(previewed.path.result!.paths[0]);
  });

  it('reports an unknown path end as an error naming the attribute, without throwing', () => {
    const state = createDeriver()(inputs({ path: { ...DEFAULT_PATH_QUERY, from: 'US', to: 'Ukrain' } }));
    expect(state.path.result).toBeNull();
    expect(state.path.error?.field).toBe('path-to');
    expect(state.path.error?.message).toContain('did you mean "Ukraine"');
  });

  it('falls back to the default layout when the one asked for does not apply', () => {
    const derive = createDeriver();
    expect(derive(inputs({ layout: 'circle' })).layout).toBe('circle');
    expect(derive(inputs({ layout: 'preset' })).layout).toBe('force');
    expect(derive(inputs({ layout: 'nonsense' })).layout).toBe('force');
  });

  it('recomputes neither the visible set nor the paths when only the selection changes', () => {
    const derive = createDeriver();
    const path = { ...DEFAULT_PATH_QUERY, from: 'US', to: 'Ukraine', direction: 'ignore' as const };
    const before = derive(inputs({ path, edgeTypes: 'condemns,targets' }));
    const after = derive(inputs({ path, edgeTypes: 'targets,condemns', selected: 'DPRK' }));
    expect(after.visible).toBe(before.visible);
    expect(after.path.result).toBe(before.path.result);
    const again = derive(inputs({ path: { ...path, index: 1 }, edgeTypes: 'targets,condemns' }));
    expect(again.path.result).toBe(before.path.result);
  });

  it('shows exactly the ties a brute-force check of type and status keeps, for any filter (property)', () => {
    const types = ['supplies', 'pact', 'condemns', 'targets', 'other'];
    const statuses = ['confirmed', 'reported', 'potential', 'unspecified'];
    const list = (keys: string[]) => fc.option(fc.subarray(keys), { nil: null });
    fc.assert(
      fc.property(list(types), list(statuses), (shownTypes, shownStatuses) => {
        const state = createDeriver()(
          inputs({ edgeTypes: shownTypes && (shownTypes.join(',') || ','), statuses: shownStatuses && (shownStatuses.join(',') || ',') }),
        );
        // Brute force: every actor (no kind filter), and each tie whose type and status are shown.
        const shows = (list: string[] | null, key: string) => list === null || list.includes(key);
        const edges = seed.filterEdges(
          (_key, attributes) =>
            shows(shownTypes, String(attributes.type)) &&
            shows(shownStatuses, typeof attributes.status === 'string' ? attributes.status : 'unspecified'),
        );
        expect([...state.visible!.nodes].sort()).toEqual(seed.nodes().sort());
        expect([...state.visible!.edges].sort()).toEqual(edges.sort());
      }),
    );
  });
});

describe('changedParts', () => {
  const derive = createDeriver();
  const base = derive(inputs());

  it('names nothing when nothing changed, and every part that did', () => {
    expect([...changedParts(base, derive(inputs()))]).toEqual([]);
    const next = derive(inputs({ selected: 'DPRK', statuses: 'confirmed', focus: { key: 'DPRK', hops: 1 }, layout: 'grid' }));
    expect([...changedParts(base, next)].sort()).toEqual(['filter', 'focus', 'layout', 'select']);
  });

  it('names the filter only when the keys shown changed, not their order', () => {
    const a = derive(inputs({ edgeTypes: 'supplies,pact' }));
    const b = derive(inputs({ edgeTypes: 'pact,supplies' }));
    expect(changedParts(a, b).has('filter')).toBe(false);
  });

  it('names the path when the highlighted path changed, not when only a preview did', () => {
    const path = { ...DEFAULT_PATH_QUERY, from: 'US', to: 'Ukraine', direction: 'ignore' as const };
    const shown = derive(inputs({ path }));
    expect(changedParts(base, shown).has('path')).toBe(true);
    expect(changedParts(shown, derive(inputs({ path, preview: 1 }))).has('path')).toBe(false);
    expect(changedParts(shown, derive(inputs({ path: { ...path, index: 1 } }))).has('path')).toBe(true);
  });

  it('names the initial state of a first load: the layout, and whatever the attributes set', () => {
    expect([...changedParts(null, base)]).toEqual(['layout']);
  });
});

describe('groups in the state', () => {
  const grouping = groupingOf('data', [{ key: 'east', label: 'East', members: ['DPRK', 'Russia'] }]);

  it('names the group part when groups open or close, and resolves an aggregated edge as the ties behind it', () => {
    const derive = createDeriver();
    const open = derive(inputs({ grouping, collapsed: new Set() }));
    expect(open.groups.aggregated).toEqual([]);
    const east = new Set(['east']);
    const closed = derive(inputs({ grouping, collapsed: east }));
    expect([...changedParts(open, closed)]).toEqual(['group']);
    const aggregated = closed.groups.aggregated[0]!;
    expect(aggregated.edges.length).toBeGreaterThan(0);
    const selected = derive(inputs({ grouping, collapsed: east, selected: aggregated.id }));
    expect(selected.selection).toEqual({ kind: 'ties', key: aggregated.id, edges: aggregated.edges });
    // The same inputs give the same group state object (cached), so nothing is redrawn.
    expect(derive(inputs({ grouping, collapsed: east, selected: aggregated.id })).groups).toBe(selected.groups);
  });

  it('aggregates only what the filter shows', () => {
    const derive = createDeriver();
    const all = derive(inputs({ grouping, collapsed: new Set(['east']) }));
    const filtered = derive(inputs({ grouping, collapsed: new Set(['east']), edgeTypes: 'condemns' }));
    const count = (state: typeof all) => state.groups.aggregated.reduce((sum, edge) => sum + edge.edges.length, 0);
    expect(count(filtered)).toBeLessThan(count(all));
    for (const edge of filtered.groups.aggregated) expect(edge.type).toBe('condemns');
  });
});
