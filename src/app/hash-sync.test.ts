/**
 * The hash binding's logic in Node, with a stand-in graph and window: what it reads from the
 * graph, the order it applies a state in, when it writes (never while restoring, never the
 * same hash twice, no history entries) and that unbinding stops everything.
 */
import { describe, expect, it } from 'vitest';
import type { StakeholderGraph } from '../elements/stakeholder-graph/stakeholder-graph.component';
import type { Filter } from '../graph/filter';
import { DEFAULT_STATE } from '../graph/explorer-state';
import { applyState, bindHashState, currentState } from './hash-sync';

const ALL: Filter = { edgeTypes: null, statuses: null, nodeKinds: null };

/** Just enough of `<stakeholder-graph>`: state, the methods the binding calls, and its events. */
class FakeGraph extends EventTarget {
  selected: string | null = null;
  focused: { key: string; hops: 1 | 2 } | null = null;
  filter: Filter = ALL;
  layout: string | null = null;
  updateComplete = Promise.resolve(true);
  readonly edges = new Set(['DPRK-pact-Russia']);
  pathQuery = {
    from: null as string | null,
    to: null as string | null,
    types: null as string[] | null,
    direction: 'follow' as const,
    statuses: null,
    maxHops: 4,
    index: 0,
  };
  get pathFrom() {
    return this.pathQuery.from;
  }
  get pathTo() {
    return this.pathQuery.to;
  }
  setPathQuery(query: Partial<FakeGraph['pathQuery']>) {
    this.pathQuery = { ...this.pathQuery, ...query };
  }
  clearHighlight() {
    this.pathQuery = { ...this.pathQuery, from: null, to: null, index: 0 };
  }

  /** The story: `step` as set, `storyStep` once the (fake) story shows it; only ids a, b and pact exist. */
  step: string | number | null = null;
  storyStep: { index: number; id: string } | null = null;
  readonly log: string[] = [];
  showStep() {
    const index = ['a', 'b', 'pact'].indexOf(String(this.step));
    this.storyStep = index < 0 ? null : { index, id: String(this.step) };
  }
  exitStory() {
    this.log.push('exit');
    this.step = null;
    this.storyStep = null;
  }

  get selection() {
    if (this.selected === null) return null;
    return { kind: this.edges.has(this.selected) ? ('edge' as const) : ('node' as const), key: this.selected };
  }
  focusActor(key: string, hops: 1 | 2) {
    this.focused = { key, hops };
    this.selected = key;
  }
  clearFocus() {
    this.focused = null;
  }
  fire(type: string) {
    this.dispatchEvent(new Event(type));
  }
}

/** A window with a location whose hash `replaceState` updates, counting the writes. */
function fakeWindow(hash = '') {
  const win = new EventTarget() as EventTarget & {
    location: { hash: string; pathname: string; search: string };
    history: { replaceState(data: unknown, unused: string, url: string): void };
    writes: string[];
  };
  win.location = { hash, pathname: '/app/', search: '' };
  win.writes = [];
  win.history = {
    replaceState(_data, _unused, url) {
      win.writes.push(url);
      win.location.hash = url.startsWith('#') ? url : '';
    },
  };
  return win;
}

const bind = (graph: FakeGraph, win: ReturnType<typeof fakeWindow>) =>
  bindHashState(graph as unknown as StakeholderGraph, win as unknown as Window);

describe('currentState and applyState', () => {
  it('reads selection, focus, filter and layout, with an empty layout as the default', () => {
    const graph = new FakeGraph();
    graph.focusActor('UN', 2);
    graph.filter = { ...ALL, statuses: ['confirmed'] };
    graph.layout = '';
    expect(currentState(graph as unknown as StakeholderGraph)).toEqual({
      selected: { kind: 'node', key: 'UN' },
      focus: { key: 'UN', hops: 2 },
      filter: { edgeTypes: null, statuses: ['confirmed'], nodeKinds: null },
      layout: null,
      path: null,
      groupBy: null,
      asOf: null,
      compare: null,
      step: null,
    });
  });

  it('reads and applies the path query', () => {
    const graph = new FakeGraph();
    applyState(graph as unknown as StakeholderGraph, {
      selected: null,
      focus: null,
      filter: ALL,
      layout: null,
      path: { from: 'US', to: 'Ukraine', types: ['targets'], direction: 'ignore', index: 1 },
    });
    expect(graph.pathQuery).toMatchObject({ from: 'US', to: 'Ukraine', types: ['targets'], direction: 'ignore', index: 1 });
    expect(currentState(graph as unknown as StakeholderGraph).path).toEqual({
      from: 'US',
      to: 'Ukraine',
      types: ['targets'],
      direction: 'ignore',
      index: 1,
    });
    applyState(graph as unknown as StakeholderGraph, { selected: null, focus: null, filter: ALL, layout: null, path: null });
    expect(graph.pathQuery.from).toBeNull();
  });

  it('applies the focus before the selection, so a focus does not take over the selected key', () => {
    const graph = new FakeGraph();
    applyState(graph as unknown as StakeholderGraph, {
      selected: { kind: 'edge', key: 'DPRK-pact-Russia' },
      focus: { key: 'UN', hops: 1 },
      filter: ALL,
      layout: 'grid',
    });
    expect(graph.selected).toBe('DPRK-pact-Russia');
    expect(graph.focused).toEqual({ key: 'UN', hops: 1 });
    expect(graph.layout).toBe('grid');
  });
});

describe('story steps', () => {
  const FREE = { selected: { kind: 'node' as const, key: 'UN' }, focus: null, filter: { ...ALL, statuses: ['confirmed'] }, layout: null };

  it('reads the step shown by its id', () => {
    const graph = new FakeGraph();
    graph.step = 1;
    graph.showStep();
    expect(currentState(graph as unknown as StakeholderGraph).step).toBeNull();
    graph.step = 'pact';
    graph.showStep();
    expect(currentState(graph as unknown as StakeholderGraph).step).toBe('pact');
  });

  it('starts the story at the step after applying the rest of the state', () => {
    const graph = new FakeGraph();
    let filterWhenStepped: Filter | null = null;
    let step: string | number | null = null;
    Object.defineProperty(graph, 'step', {
      get: () => step,
      set: (value: string | number | null) => {
        filterWhenStepped = graph.filter;
        step = value;
      },
    });
    applyState(graph as unknown as StakeholderGraph, { ...FREE, step: 'pact' });
    expect(graph.step).toBe('pact');
    expect(graph.selected).toBe('UN');
    expect(filterWhenStepped).toEqual({ ...ALL, statuses: ['confirmed'] });
  });

  it("starts the story from the reader's view when the hash names the step alone", () => {
    const graph = new FakeGraph();
    graph.selected = 'ROK';
    graph.filter = { ...ALL, statuses: ['confirmed'] };
    applyState(graph as unknown as StakeholderGraph, { ...DEFAULT_STATE, step: 'troops' });
    expect(graph.step).toBe('troops');
    expect(graph.selected).toBe('ROK');
    expect(graph.filter.statuses).toEqual(['confirmed']);
  });

  it('in the story already, changes only the step', () => {
    const graph = new FakeGraph();
    graph.step = 'a';
    graph.showStep();
    applyState(graph as unknown as StakeholderGraph, { ...FREE, step: 'b' });
    expect(graph.step).toBe('b');
    expect(graph.selected).toBeNull();
    expect(graph.filter).toEqual(ALL);
  });

  it('leaves the story for a free state, then applies it once the graph has updated', async () => {
    const graph = new FakeGraph();
    graph.step = 'a';
    graph.showStep();
    applyState(graph as unknown as StakeholderGraph, { ...FREE, step: null });
    expect(graph.log).toEqual(['exit']);
    expect(graph.step).toBeNull();
    await graph.updateComplete;
    expect(graph.selected).toBe('UN');
    expect(graph.filter.statuses).toEqual(['confirmed']);
  });

  it('writes the step alone while it is shown, and the free state again once the story is left', () => {
    const graph = new FakeGraph();
    const win = fakeWindow();
    bind(graph, win);
    graph.selected = 'UN';
    graph.fire('sg-select');
    expect(win.writes).toEqual(['#node=UN']);

    graph.step = 'pact';
    graph.showStep();
    graph.selected = 'DPRK';
    graph.fire('sg-select');
    graph.fire('sg-step');
    expect(win.writes).toEqual(['#node=UN', '#step=pact']);

    graph.exitStory();
    graph.selected = 'UN';
    graph.fire('sg-step');
    expect(win.writes).toEqual(['#node=UN', '#step=pact', '#node=UN']);
  });

  it('opens a link at a step: the step is set on the first load, and the hash stays', async () => {
    const graph = new FakeGraph();
    const win = fakeWindow('#step=pact');
    bind(graph, win);
    graph.fire('sg-load');
    expect(graph.step).toBe('pact');
    await graph.updateComplete;
    graph.showStep();
    graph.fire('sg-step');
    expect(win.writes).toEqual([]);
    expect(win.location.hash).toBe('#step=pact');
  });
});

describe('bindHashState', () => {
  it('restores the hash on the first load and does not write it back while restoring', async () => {
    const graph = new FakeGraph();
    const win = fakeWindow('#node=Russia&statuses=confirmed');
    bind(graph, win);

    graph.fire('sg-load');
    graph.fire('sg-select'); // the graph reports what the restore changed
    expect(graph.selected).toBe('Russia');
    expect(graph.filter.statuses).toEqual(['confirmed']);
    expect(win.writes).toEqual([]);

    await graph.updateComplete;
    graph.selected = 'UN';
    graph.fire('sg-select');
    expect(win.writes).toEqual(['#node=UN&statuses=confirmed']);
  });

  it('writes only when the hash would change, and the bare path when all is default', () => {
    const graph = new FakeGraph();
    const win = fakeWindow();
    bind(graph, win);

    graph.fire('sg-filter');
    expect(win.writes).toEqual([]);
    graph.layout = 'circle';
    graph.fire('sg-layout');
    graph.fire('sg-layout');
    expect(win.writes).toEqual(['#layout=circle']);
    graph.layout = null;
    graph.fire('sg-layout');
    expect(win.writes).toEqual(['#layout=circle', '/app/']);
  });

  it('applies a hash typed later on hashchange', () => {
    const graph = new FakeGraph();
    const win = fakeWindow();
    bind(graph, win);
    win.location.hash = '#focus=DPRK:2';
    win.dispatchEvent(new Event('hashchange'));
    expect(graph.focused).toEqual({ key: 'DPRK', hops: 2 });
  });

  it('stops listening once unbound', () => {
    const graph = new FakeGraph();
    const win = fakeWindow('#node=UN');
    const unbind = bind(graph, win);
    unbind();
    graph.fire('sg-load');
    win.dispatchEvent(new Event('hashchange'));
    graph.selected = 'ROK';
    graph.fire('sg-select');
    expect(graph.selected).toBe('ROK');
    expect(win.writes).toEqual([]);
  });
});
