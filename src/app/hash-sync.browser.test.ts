/**
 * The explorer page's URL hash in real Chromium: every change (clicks, legend, API) is written
 * to `location.hash`; a hash set by hand is applied to the graph and the canvas; and a page
 * loaded with a hash (a reload, a shared link) opens in that state.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import seed from '../../graph-data/dprk-russia-2024.json';
import { decodeHash } from '../graph/explorer-state';
import '../elements/stakeholder-graph/stakeholder-graph';
import '../elements/stakeholder-explorer/stakeholder-explorer';
import type { StakeholderGraph } from '../elements/stakeholder-graph/stakeholder-graph.component';
import type { StakeholderExplorer } from '../elements/stakeholder-explorer/stakeholder-explorer.component';
import { bindHashState } from './hash-sync';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
  history.replaceState(null, '', location.pathname + location.search);
});

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A graph bound to the hash before it loads, as the app binds it. */
async function mountBoundGraph(): Promise<StakeholderGraph> {
  const graph = document.createElement('stakeholder-graph');
  graph.style.width = '800px';
  graph.style.height = '520px';
  const unbind = bindHashState(graph, window);
  const loaded = new Promise((resolve) => graph.addEventListener('sg-load', resolve, { once: true }));
  graph.data = seed;
  document.body.append(graph);
  cleanups.push(() => graph.remove(), unbind);
  await loaded;
  await settle(graph);
  return graph;
}

async function settle(graph: StakeholderGraph): Promise<void> {
  await graph.updateComplete;
  await graph.updateComplete;
  await frame();
}

/** Sets the hash the way a person editing the address bar does, and waits for `hashchange`. */
async function setHash(graph: StakeholderGraph, hash: string): Promise<void> {
  const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
  location.hash = hash;
  await changed;
  await settle(graph);
}

const legendButton = (graph: StakeholderGraph, facet: string, key: string) =>
  graph.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-facet=${facet}][data-key="${key}"]`)!;
const ids = (graph: StakeholderGraph, className: string) =>
  graph
    .cy!.elements(`.${className}`)
    .map((element) => element.id())
    .sort();

/** True when every node lies on one circle around their centroid (within 1%). */
function onACircle(graph: StakeholderGraph): boolean {
  const points = graph.cy!.nodes().map((node) => node.position());
  const cx = points.reduce((sum, p) => sum + p.x, 0) / points.length;
  const cy = points.reduce((sum, p) => sum + p.y, 0) / points.length;
  const radii = points.map((p) => Math.hypot(p.x - cx, p.y - cy));
  return Math.max(...radii) - Math.min(...radii) < 0.01 * Math.max(...radii);
}

describe('writing the hash', () => {
  it('records selection, filter, focus and layout as they change, without adding history entries', async () => {
    const graph = await mountBoundGraph();
    const entries = history.length;
    expect(location.hash).toBe('');

    await userEvent.click(graph.cy!.container()!, { position: graph.cy!.getElementById('Russia').renderedPosition() });
    await settle(graph);
    expect(location.hash).toBe('#node=Russia');

    await userEvent.click(legendButton(graph, 'statuses', 'reported'));
    await userEvent.click(legendButton(graph, 'statuses', 'potential'));
    await settle(graph);
    expect(location.hash).toContain('statuses=confirmed');
    expect(location.hash).toContain('node=Russia');

    graph.focusActor('Russia', 2);
    await settle(graph);
    expect(location.hash).toContain('focus=Russia:2');

    graph.layout = 'circle';
    await settle(graph);
    expect(location.hash).toContain('layout=circle');

    expect(decodeHash(location.hash)).toEqual({
      selected: { kind: 'node', key: 'Russia' },
      focus: { key: 'Russia', hops: 2 },
      filter: { edgeTypes: null, statuses: ['confirmed'], nodeKinds: null },
      layout: 'circle',
      path: null,
      colorBy: null,
      sizeBy: null,
      groupBy: null,
      asOf: null,
      compare: null,
      step: null,
    });
    expect(history.length).toBe(entries);
  });

  it('records a selected relationship as edge=…, and clears the hash when everything is back to default', async () => {
    const graph = await mountBoundGraph();
    graph.select('DPRK-pact-Russia');
    await settle(graph);
    expect(location.hash).toBe('#edge=DPRK-pact-Russia');

    graph.select(null);
    await settle(graph);
    expect(location.hash).toBe('');
  });

  it('stops writing once unbound', async () => {
    const graph = document.createElement('stakeholder-graph');
    graph.style.height = '400px';
    const unbind = bindHashState(graph, window);
    const loaded = new Promise((resolve) => graph.addEventListener('sg-load', resolve, { once: true }));
    graph.data = seed;
    document.body.append(graph);
    cleanups.push(() => graph.remove());
    await loaded;
    await settle(graph);

    unbind();
    graph.select('UN');
    await settle(graph);
    expect(location.hash).toBe('');
  });
});

describe('reading the hash', () => {
  it('applies a hash typed into the address bar to the graph and the canvas', async () => {
    const graph = await mountBoundGraph();
    await setHash(graph, '#node=DPRK&focus=UN:2&statuses=confirmed&layout=grid');

    expect(graph.selected).toBe('DPRK');
    expect(graph.filter).toEqual({ edgeTypes: null, statuses: ['confirmed'], nodeKinds: null });
    expect(graph.focused).toEqual({ key: 'UN', hops: 2 });
    expect(graph.layout).toBe('grid');
    expect(ids(graph, 'sg-selected')).toEqual(['DPRK']);
    expect(graph.cy!.edges('.sg-hidden')).toHaveLength(5);
    // Two confirmed steps from the UN reach North Korea, then Russia, South Korea and the US; not Ukraine.
    expect(ids(graph, 'sg-dimmed')).toContain('Ukraine');
    expect(ids(graph, 'sg-dimmed')).not.toContain('DPRK');
    expect(ids(graph, 'sg-dimmed')).not.toContain('Russia');
  });

  it('goes back to the defaults for what a new hash leaves out', async () => {
    const graph = await mountBoundGraph();
    await setHash(graph, '#node=DPRK&focus=UN:1&types=supplies&layout=circle');
    expect(graph.cy!.edges('.sg-hidden')).toHaveLength(8);

    await setHash(graph, '#node=ROK');
    expect(graph.selected).toBe('ROK');
    expect(graph.focused).toBeNull();
    expect(graph.filter).toEqual({ edgeTypes: null, statuses: null, nodeKinds: null });
    expect(graph.layout).toBeNull();
    expect(ids(graph, 'sg-hidden')).toEqual([]);
    expect(ids(graph, 'sg-dimmed')).toEqual([]);
    expect(ids(graph, 'sg-selected')).toEqual(['ROK']);
  });

  it('survives a hash with unknown keys and junk, and keeps what it understands', async () => {
    const graph = await mountBoundGraph();
    await setHash(graph, '#node=Nowhere&focus=%E0%A4%A&statuses=confirmed&zoom=3');
    expect(graph.selection).toBeNull();
    expect(graph.filter.statuses).toEqual(['confirmed']);
    expect(graph.cy!.edges('.sg-hidden')).toHaveLength(5);
  });
});

describe('reloading with a hash', () => {
  const HASH = '#node=Russia&focus=Russia:2&statuses=confirmed&layout=circle';

  /** The app's own start-up (main.ts): bind the inner graph, then point the explorer at the data. */
  async function startApp(): Promise<StakeholderExplorer> {
    const explorer = document.createElement('stakeholder-explorer');
    explorer.style.width = '1240px';
    document.body.append(explorer);
    await explorer.updateComplete;
    const graph = explorer.graphElement!;
    const unbind = bindHashState(graph, window);
    cleanups.push(() => explorer.remove(), unbind);
    const loaded = new Promise((resolve) => graph.addEventListener('sg-load', resolve, { once: true }));
    explorer.src = '/graph-data/dprk-russia-2024.json';
    await loaded;
    for (let i = 0; i < 3; i++) {
      await explorer.updateComplete;
      await graph.updateComplete;
      await explorer.shadowRoot!.querySelector('sg-details')!.updateComplete;
      await explorer.shadowRoot!.querySelector('sg-relationships')!.updateComplete;
    }
    await frame();
    return explorer;
  }

  it('restores selection, filter, focus and layout in the graph, the canvas and the panels', async () => {
    history.replaceState(null, '', HASH);
    const explorer = await startApp();
    const graph = explorer.graphElement!;

    expect(graph.selected).toBe('Russia');
    expect(graph.focused).toEqual({ key: 'Russia', hops: 2 });
    expect(graph.filter.statuses).toEqual(['confirmed']);
    expect(graph.layout).toBe('circle');
    expect(ids(graph, 'sg-selected')).toEqual(['Russia']);
    expect(graph.cy!.edges('.sg-hidden')).toHaveLength(5);

    const root = explorer.shadowRoot!;
    expect(text(root.querySelector('sg-details')!.shadowRoot!.querySelector('#heading'))).toBe('Russia');
    expect(root.querySelector('sg-relationships')!.shadowRoot!.querySelectorAll('tbody tr')).toHaveLength(7);
    const select = (name: string) =>
      [...root.querySelectorAll('.toolbar label')].find((label) => text(label).startsWith(name))!.querySelector('select')!;
    expect(select('Layout').value).toBe('circle');
    expect(select('Focus').value).toBe('2');
    // Restoring does not rewrite what was loaded.
    expect(location.hash).toBe(HASH);
  });

  it('draws the restored layout when the data comes from src (loaded after the first render)', async () => {
    history.replaceState(null, '', HASH);
    const explorer = await startApp();
    await sleep(700);
    expect(onACircle(explorer.graphElement!)).toBe(true);
  });

  it('restores the state into a fresh graph given its data before it is attached', async () => {
    history.replaceState(null, '', HASH);
    const graph = await mountBoundGraph();
    expect(graph.selected).toBe('Russia');
    expect(graph.focused).toEqual({ key: 'Russia', hops: 2 });
    expect(graph.filter.statuses).toEqual(['confirmed']);
    expect(graph.layout).toBe('circle');
    expect(ids(graph, 'sg-selected')).toEqual(['Russia']);
    expect(graph.cy!.edges('.sg-hidden')).toHaveLength(5);
  });

  it('draws the restored layout when the data was given before the first render', async () => {
    history.replaceState(null, '', HASH);
    const graph = await mountBoundGraph();
    await sleep(700);
    expect(onACircle(graph)).toBe(true);
  });

  it('draws the circle layout when it is chosen after loading (the check above can pass)', async () => {
    const explorer = await startApp();
    const graph = explorer.graphElement!;
    expect(onACircle(graph)).toBe(false);
    graph.layout = 'circle';
    await graph.updateComplete;
    await sleep(700);
    expect(onACircle(graph)).toBe(true);
  });
});
