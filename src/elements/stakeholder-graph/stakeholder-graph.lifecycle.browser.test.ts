/**
 * `<stakeholder-graph>` as pages come and go, measured through the DevTools protocol (`cdp()`):
 * 200 mount/unmount cycles and 100 graph replacements leave the JS heap, DOM nodes and event
 * listeners where they were after forced garbage collection; a moved element keeps its Cytoscape
 * core and keeps working; five instances on one page share no state, style or error.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import seed from '../../../graph-data/dprk-russia-2024.json';
import type { StakeholderGraph } from './stakeholder-graph.component';
import { addGraph, createGraph, mountGraph, nextEvent } from '../../test-support/graph';
import { frame, onCleanup, undoPageChanges } from '../../test-support/page';

afterEach(undoPageChanges);

const SIZE = { width: '600px', height: '400px' };
const MB = 1024 * 1024;

/** Heap and DOM counters after two full garbage collections. */
async function measure(): Promise<{ heap: number; nodes: number; listeners: number; documents: number }> {
  const session = cdp();
  // Let pending tasks (Cytoscape's last frame, Lit's microtasks) finish before collecting.
  await new Promise((resolve) => setTimeout(resolve, 50));
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  const { nodes, jsEventListeners, documents } = await session.send('Memory.getDOMCounters');
  return { heap: usedSize, nodes, listeners: jsEventListeners, documents };
}

/** One page lifetime: create, show the seed, let Cytoscape draw, remove. */
async function cycle(): Promise<void> {
  const element = createGraph({ style: SIZE });
  document.body.append(element);
  await element.updateComplete;
  await frame();
  element.remove();
}

/** A small dataset of its own for instance `n`: actors n-a, n-b, n-c. */
function dataset(n: number) {
  return {
    attributes: { title: `Graph ${n}` },
    nodes: ['a', 'b', 'c'].map((k) => ({
      key: `${n}-${k}`,
      attributes: { label: `${n}${k.toUpperCase()}`, kind: k === 'c' ? 'organization' : 'state' },
    })),
    edges: [
      { key: `${n}-ab`, source: `${n}-a`, target: `${n}-b`, attributes: { type: 'supplies', status: 'confirmed' } },
      { key: `${n}-bc`, source: `${n}-b`, target: `${n}-c`, attributes: { type: 'condemns', status: 'reported' } },
    ],
  };
}

describe('<stakeholder-graph> memory (lifecycle, hard)', () => {
  it('comes back to its heap, DOM nodes and listeners after 200 mount/unmount cycles', async () => {
    for (let i = 0; i < 10; i++) await cycle(); // warm-up: code, caches and Cytoscape's one-time setup
    const before = await measure();
    for (let i = 0; i < 200; i++) await cycle();
    const after = await measure();
    console.log('200 mount/unmount cycles:', { before, after, heapGrowthKB: Math.round((after.heap - before.heap) / 1024) });

    expect(after.heap - before.heap).toBeLessThan(1 * MB);
    expect(after.nodes - before.nodes).toBeLessThanOrEqual(0);
    expect(after.listeners - before.listeners).toBeLessThanOrEqual(0);
    expect(after.documents).toBe(before.documents);
  }, 120_000);

  it('does not grow when its graph is replaced 100 times', async () => {
    const element = await mountGraph({ style: SIZE });
    const replace = async (i: number) => {
      const data = structuredClone(seed) as { attributes: { title: string } };
      data.attributes.title = `Version ${i}`;
      element.data = data;
      await element.updateComplete;
      await frame();
    };
    for (let i = 0; i < 30; i++) await replace(i); // warm-up: V8 keeps optimising Cytoscape's code for a while
    const before = await measure();
    for (let i = 0; i < 100; i++) await replace(i);
    const after = await measure();
    console.log('100 graph replacements:', { before, after, heapGrowthKB: Math.round((after.heap - before.heap) / 1024) });

    expect(element.graph!.getAttribute('title')).toBe('Version 99');
    expect(element.cy!.nodes()).toHaveLength(6);
    expect(after.heap - before.heap).toBeLessThan(1 * MB);
    expect(after.nodes - before.nodes).toBeLessThanOrEqual(0);
    expect(after.listeners - before.listeners).toBeLessThanOrEqual(0);
  }, 120_000);
});

describe('<stakeholder-graph> moved in the page (lifecycle, hard)', () => {
  async function clickNode(element: StakeholderGraph, key: string): Promise<void> {
    const position = element.cy!.getElementById(key).renderedPosition();
    await userEvent.click(element.cy!.container()!, { position });
    await element.updateComplete;
  }

  it.each([
    ['append', (parent: HTMLElement, element: HTMLElement) => parent.append(element)],
    [
      'moveBefore',
      (parent: HTMLElement, element: HTMLElement) =>
        (parent as HTMLElement & { moveBefore(node: Node, child: Node | null): void }).moveBefore(element, null),
    ],
  ])('keeps its Cytoscape core and selection, and stays clickable, when moved with %s', async (_name, move) => {
    // Big enough that the legend covers none of the actors clicked.
    const element = await mountGraph();
    await clickNode(element, 'Ukraine');
    const cy = element.cy!;
    cy.zoom(0.9);
    const zoom = cy.zoom();
    const other = document.createElement('section');
    document.body.prepend(other);
    onCleanup(() => other.remove());

    move(other, element);
    await element.updateComplete;
    await frame();

    expect(element.parentElement).toBe(other);
    expect(element.cy).toBe(cy);
    expect(cy.destroyed()).toBe(false);
    expect(cy.zoom()).toBe(zoom);
    expect(cy.getElementById('Ukraine').hasClass('sg-selected')).toBe(true);
    await clickNode(element, 'DPRK');
    expect(element.selected).toBe('DPRK');
    expect(cy.getElementById('DPRK').hasClass('sg-selected')).toBe(true);
    // Still follows resizes after the move.
    element.style.width = '700px';
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(cy.width()).toBe(700);
  });

  it('finishes loading src when moved while the request is in flight', async () => {
    const element = await mountGraph({ data: { nodes: [{ key: 'old' }] }, style: SIZE });
    element.src = '/__faults/slow?ms=300';
    await element.updateComplete;
    const loaded = new Promise((resolve) => element.addEventListener('sg-load', resolve, { once: true }));
    const other = document.createElement('div');
    document.body.append(other);
    onCleanup(() => other.remove());
    other.append(element);

    await loaded;
    await element.updateComplete;
    expect(element.graph!.nodes()).toEqual(['slow-a', 'slow-b']);
    expect(element.shadowRoot!.querySelector('[role=status]')).toBeNull();
  });
});

describe('five <stakeholder-graph> on one page (lifecycle, hard)', () => {
  async function five(): Promise<StakeholderGraph[]> {
    const style = { width: '400px', height: '300px' };
    const elements = [0, 1, 2, 3].map((n) => addGraph({ data: dataset(n), style }));
    const failing = addGraph({ data: null, style, setup: (el) => (el.src = '/__faults/500') });
    const failed = nextEvent(failing, 'sg-error'); // the request is not even sent yet
    elements.push(failing);
    await Promise.all(elements.map((element) => element.updateComplete));
    await failed;
    await failing.updateComplete;
    await frame();
    return elements;
  }

  const alertOf = (element: StakeholderGraph) => element.shadowRoot!.querySelector('[role=alert]');
  const selectedIds = (element: StakeholderGraph) => element.cy!.elements('.sg-selected').map((ele) => ele.id());
  const hiddenIds = (element: StakeholderGraph) => element.cy!.elements('.sg-hidden').map((ele) => ele.id());

  it('each draws its own graph; only the failing one shows an error', async () => {
    const elements = await five();
    const [a, b, c, d, failing] = elements as [StakeholderGraph, StakeholderGraph, StakeholderGraph, StakeholderGraph, StakeholderGraph];

    [a, b, c, d].forEach((element, n) => {
      expect(element.cy!.nodes().map((node) => node.id())).toEqual([`${n}-a`, `${n}-b`, `${n}-c`]);
      expect(alertOf(element)).toBeNull();
    });
    expect(new Set([a, b, c, d].map((element) => element.cy)).size).toBe(4);
    expect(alertOf(failing)!.textContent).toContain('Could not load /__faults/500: the server answered 500');
    expect(failing.graph).toBeUndefined();
  });

  it('selects, filters and themes each one alone', async () => {
    const [a, b, c, d, failing] = (await five()) as [
      StakeholderGraph,
      StakeholderGraph,
      StakeholderGraph,
      StakeholderGraph,
      StakeholderGraph,
    ];
    const textColour = (element: StakeholderGraph) => element.cy!.nodes().first().style('color') as string;
    const lightText = textColour(c);

    const position = a.cy!.getElementById('0-b').renderedPosition();
    await userEvent.click(a.cy!.container()!, { position });
    await userEvent.click(b.shadowRoot!.querySelector<HTMLButtonElement>('button[data-facet=edgeTypes][data-key=condemns]')!);
    d.theme = 'dark';
    await Promise.all([a, b, c, d].map((element) => element.updateComplete));

    expect([a, b, c, d].map((element) => element.selected)).toEqual(['0-b', null, null, null]);
    expect([a, b, c, d].map(selectedIds)).toEqual([['0-b'], [], [], []]);
    expect([a, b, c, d].map(hiddenIds)).toEqual([[], ['1-bc'], [], []]);
    expect([a, b, c, d].map((element) => element.filter.edgeTypes)).toEqual([null, ['supplies'], null, null]);
    expect(textColour(d)).not.toBe(lightText);
    expect([a, b, c].map(textColour)).toEqual([lightText, lightText, lightText]);
    expect(alertOf(failing)).not.toBeNull();
    expect([a, b, c, d].map(alertOf)).toEqual([null, null, null, null]);
  });
});
