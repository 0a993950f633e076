/**
 * `<stakeholder-explorer>` on a generated 5,000-actor, 10,000-relationship graph: a filter
 * toggle, a focus and a search must give the right result, and their times (median of 5) are
 * printed for comparison with one plain redraw. Times are not asserted: the test machines are
 * shared and slow, so a threshold would only make the test flaky.
 */
import { afterEach, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './stakeholder-explorer';
// The benchmark's seeded PRNG: the same graph on every run.
import { mulberry32 } from '../../../bench/generate';

const NODES = 5_000;
const EDGES = 10_000;
const TYPES = ['supplies', 'pact', 'condemns', 'targets'] as const;
const STATUSES = ['confirmed', 'reported', 'potential'] as const;

interface GeneratedEdge {
  key: string;
  source: string;
  target: string;
  attributes: { type: string; status: string };
}

/** A dataset in graphology's serialization format, with declared edge types and no positions. */
function generateDataset(seed: number) {
  const next = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const nodes = Array.from({ length: NODES }, (_, i) => ({
    key: `n${i}`,
    attributes: { label: `Actor ${i}`, kind: next() < 0.8 ? 'state' : 'organization' },
  }));
  const edges: GeneratedEdge[] = [];
  for (let i = 0; i < EDGES; i++) {
    const source = Math.floor(next() * NODES);
    let target = Math.floor(next() * (NODES - 1));
    if (target >= source) target += 1; // no self-loops
    edges.push({ key: `e${i}`, source: `n${source}`, target: `n${target}`, attributes: { type: pick(TYPES), status: pick(STATUSES) } });
  }
  return {
    attributes: {
      title: 'Generated graph',
      edgeTypes: {
        supplies: { label: 'supplies', inverseLabel: 'supplied by', directed: true },
        pact: { label: 'pact with', directed: false },
        condemns: { label: 'condemns', inverseLabel: 'condemned by', directed: true },
        targets: { label: 'targets', inverseLabel: 'targeted by', directed: true },
      },
      nodeKinds: { state: { label: 'State' }, organization: { label: 'Organization' } },
    },
    options: { type: 'mixed', multi: true, allowSelfLoops: false },
    nodes,
    edges,
  };
}

/** Nodes and edges a one-hop focus on `key` keeps bright, computed straight from the data. */
function oneHop(edges: readonly GeneratedEdge[], key: string): number {
  const nodes = new Set([key]);
  for (const edge of edges) {
    if (edge.source === key) nodes.add(edge.target);
    if (edge.target === key) nodes.add(edge.source);
  }
  const kept = edges.filter((edge) => nodes.has(edge.source) && nodes.has(edge.target)).length;
  return nodes.size + kept;
}

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const element of mounted.splice(0)) element.remove();
});

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => Math.round(value);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function timed(action: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await action();
  return performance.now() - start;
}

it('filters, focuses and searches 5,000 actors and 10,000 relationships correctly (times logged)', async () => {
  const dataset = generateDataset(20241021);
  const explorer = document.createElement('stakeholder-explorer');
  explorer.style.width = '1240px';
  explorer.data = dataset;
  // The flat view: every actor drawn (above 3,000 actors the graph would open as an overview).
  explorer.groupBy = 'none';
  const loaded = new Promise((resolve) => explorer.addEventListener('sg-load', resolve, { once: true }));
  const loadTime = await timed(async () => {
    document.body.append(explorer);
    mounted.push(explorer);
    await loaded;
    await explorer.updateComplete;
    await frame();
  });
  const graph = explorer.graphElement!;
  const cy = graph.cy!;
  const root = explorer.shadowRoot!;
  expect(cy.nodes()).toHaveLength(NODES);
  expect(cy.edges()).toHaveLength(EDGES);

  // Filter: "condemns" off and on again, by clicking its legend entry.
  const condemns = dataset.edges.filter((edge) => edge.attributes.type === 'condemns').length;
  const button = graph.shadowRoot!.querySelector<HTMLButtonElement>('button[data-facet=edgeTypes][data-key="condemns"]')!;
  const filterTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    filterTimes.push(
      await timed(async () => {
        const filtered = new Promise((resolve) => graph.addEventListener('sg-filter', resolve, { once: true }));
        button.click();
        await filtered;
        await frame();
      }),
    );
    const hidden = i % 2 === 0 ? condemns : 0;
    expect(cy.edges('.sg-hidden'), `toggle ${i + 1}`).toHaveLength(hidden);
    expect(cy.nodes('.sg-hidden'), `toggle ${i + 1}`).toHaveLength(0);
    const count = text(root.querySelector('sg-relationships')!.shadowRoot!.querySelector('.count'));
    expect(count, `toggle ${i + 1}`).toBe(`Showing 200 of ${(EDGES - hidden).toLocaleString('en')} relationships`);
  }
  graph.resetFilter();
  await graph.updateComplete;

  // Focus: one hop around five actors in turn; everything else dims.
  const next = mulberry32(7);
  const focusTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const key = `n${Math.floor(next() * NODES)}`;
    focusTimes.push(
      await timed(async () => {
        graph.focusActor(key, 1);
        await frame();
      }),
    );
    expect(graph.focused).toEqual({ key, hops: 1 });
    expect(cy.elements('.sg-dimmed'), key).toHaveLength(NODES + EDGES - oneHop(dataset.edges, key));
  }
  graph.clearFocus();
  await graph.updateComplete;

  // Search: a person types a label; then five more queries timed to the updated listbox.
  const search = root.querySelector('sg-search')!;
  const input = search.shadowRoot!.querySelector<HTMLInputElement>('input[role=combobox]')!;
  const firstOption = () => text(search.shadowRoot!.querySelector('[role=option]'));
  await userEvent.fill(input, 'Actor 4321');
  await search.updateComplete;
  expect(firstOption()).toBe('Actor 4321');
  const searchTimes: number[] = [];
  for (const n of [17, 256, 1999, 3141, 4999]) {
    searchTimes.push(
      await timed(async () => {
        input.value = `Actor ${n}`;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await search.updateComplete;
        await frame();
      }),
    );
    expect(firstOption()).toBe(`Actor ${n}`);
  }

  // For comparison: one redraw of the whole canvas (a zoom step).
  const redrawTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    redrawTimes.push(
      await timed(async () => {
        cy.zoom(cy.zoom() * 1.1);
        await frame();
      }),
    );
  }

  console.log(
    `[perf ${NODES}] load ${ms(loadTime)} ms; filter toggle median ${ms(median(filterTimes))} ms; focus median ${ms(median(focusTimes))} ms; ` +
      `search median ${ms(median(searchTimes))} ms; one redraw (zoom step) median ${ms(median(redrawTimes))} ms`,
  );
}, 120_000);
