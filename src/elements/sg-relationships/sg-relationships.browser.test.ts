/**
 * `<sg-relationships>` in real Chromium: the summary and table a screen-reader or keyboard user
 * gets instead of the canvas, kept in step with filters and selection, paged for big graphs.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import Graph from 'graphology';
import seed from '../../../graph-data/dprk-russia-2024.json';
import { loadDataset } from '../../graph/load';
import { resolveRegistry } from '../../graph/registry';
import type { VisibleSet } from '../../graph/filter';
import type { SgNavigateDetail, SgSelection } from '../sg-details/sg-details';
import './sg-relationships';
import type { SgRelationships } from './sg-relationships.component';

const graph = loadDataset(seed);
const registry = resolveRegistry(graph);
const mounted: HTMLElement[] = [];

afterEach(() => {
  for (const element of mounted.splice(0)) element.remove();
});

const DARK =
  '--sg-text:#e2e8f0;--sg-muted:#94a3b8;--sg-background:#0f172a;--sg-panel:rgb(15 23 42 / 0.94);--sg-border:#334155;--sg-accent:#93c5fd;background:#0f172a';

async function mount(
  options: { graph?: Graph; visible?: VisibleSet | null; selection?: SgSelection; dark?: boolean } = {},
): Promise<SgRelationships> {
  const element = document.createElement('sg-relationships');
  element.graph = options.graph ?? graph;
  element.registry = options.graph ? resolveRegistry(options.graph) : registry;
  element.visible = options.visible ?? null;
  element.selection = options.selection ?? null;
  const wrapper = document.createElement('div');
  if (options.dark) wrapper.setAttribute('style', DARK);
  wrapper.append(element);
  document.body.append(wrapper);
  mounted.push(wrapper);
  await element.updateComplete;
  return element;
}

const root = (element: SgRelationships) => element.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const bodyRows = (element: SgRelationships) => [...root(element).querySelectorAll<HTMLTableRowElement>('tbody tr')];
/** "North Korea | supplies | Russia" per row. */
const rowLines = (element: SgRelationships) => bodyRows(element).map((row) => [...row.querySelectorAll('td button')].map(text).join(' | '));
const row = (element: SgRelationships, edge: string) => root(element).querySelector<HTMLTableRowElement>(`tr[data-edge="${edge}"]`)!;

function nextNavigate(): Promise<SgNavigateDetail> {
  return new Promise((resolve) => document.addEventListener('sg-navigate', (event) => resolve(event.detail), { once: true }));
}

/** axe on the host: it walks the open shadow root (the buttons' passing `button-name` shows it did). */
async function seriousViolations(element: HTMLElement): Promise<string[]> {
  const results = await axe.run(element, { resultTypes: ['violations'] });
  expect(results.passes.find((rule) => rule.id === 'button-name')?.nodes.length).toBeGreaterThan(0);
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

/** `count` edges among 50 actors, named so that the sorted order is predictable. */
function bigGraph(count: number): Graph {
  const big = new Graph({ multi: true });
  for (let i = 0; i < 50; i++) big.addNode(`n${i}`, { label: `Actor ${i}` });
  for (let i = 0; i < count; i++) {
    big.addEdgeWithKey(`e${i}`, `n${i % 50}`, `n${(i * 7 + 1) % 50}`, {
      type: 'supplies',
      status: 'confirmed',
      evidence: [{ source: 's', lines: [i + 1], summary: `Claim ${i}` }],
    });
  }
  return big;
}

describe('<sg-relationships> with the seed dataset', () => {
  it('summarises the graph in one paragraph', async () => {
    const element = await mount();
    expect(text(root(element).querySelector('p.summary'))).toMatch(
      /^North Korean troops and Russia's war in Ukraine \(October 2024\): 6 actors and 12 relationships \(4 supplies, 1 pact with, 4 condemns, 3 targets; 7 confirmed, 1 reported, 4 potential\)\. Most connected: North Korea \(9\)/,
    );
  });

  it('lists every relationship in a captioned table, sorted by source, type and target', async () => {
    const element = await mount();
    const table = root(element).querySelector('table')!;
    expect(text(table.querySelector('caption'))).toBe('Relationships');
    expect([...table.querySelectorAll('thead th[scope=col]')].map(text)).toEqual([
      'Source',
      'Relationship',
      'Target',
      'Status',
      'Evidence',
    ]);
    expect(rowLines(element)).toEqual([
      'North Korea | pact with (both ways) | Russia',
      'North Korea | supplies | Russia',
      'North Korea | supplies | Russia',
      'North Korea | targets | Ukraine',
      'Russia | supplies | North Korea',
      'Russia | targets | Ukraine',
      'South Korea | condemns | North Korea',
      'South Korea | condemns | Russia',
      'South Korea | supplies | Ukraine',
      'United Nations | condemns | North Korea',
      'United States | condemns | North Korea',
      'United States | targets | North Korea',
    ]);
    expect(text(root(element).querySelector('.count'))).toBe('Showing all 12 relationships');
  });

  it('gives status as text and the first evidence in short, counting the rest', async () => {
    const element = await mount();
    const cells = (edge: string) => [...row(element, edge).querySelectorAll('td')].map(text);
    expect(cells('DPRK-supplies-Russia-munitions').slice(3)).toEqual([
      'confirmed',
      "lines 3, 8: Until now Pyongyang's help consisted of weapons: shells by the million, other ammunition and short-range missiles, shipped over several months.",
    ]);
    expect(cells('ROK-condemns-DPRK')[4]).toBe(
      "line 15: Seoul's National Security Office described the deployment as a serious danger to the country. +1 more",
    );
    expect(cells('DPRK-supplies-Russia-troops')[1]).toBe('supplies troops');
  });

  it('lists only what the filter shows and says so in the summary', async () => {
    const visible: VisibleSet = { nodes: new Set(graph.nodes()), edges: new Set(graph.filterEdges((_e, a) => a.type !== 'condemns')) };
    const element = await mount({ visible });
    expect(bodyRows(element)).toHaveLength(8);
    expect(rowLines(element).filter((line) => line.includes('condemns'))).toEqual([]);
    expect(text(root(element).querySelector('p.summary'))).toContain('showing 6 of 6 actors and 8 of 12 relationships');
  });

  it('follows a new visible set', async () => {
    const element = await mount();
    element.visible = { nodes: new Set(graph.nodes()), edges: new Set(['US-targets-DPRK']) };
    await element.updateComplete;
    expect(rowLines(element)).toEqual(['United States | targets | North Korea']);
  });

  it('marks the selected relationship with aria-current, a marker and bold text', async () => {
    const element = await mount({ selection: { kind: 'edge', key: 'ROK-condemns-Russia' } });
    const selected = root(element).querySelectorAll('tr.selected');
    expect([...selected].map((tr) => tr.getAttribute('data-edge'))).toEqual(['ROK-condemns-Russia']);
    expect(selected[0]!.getAttribute('aria-current')).toBe('true');
    expect(text(selected[0]!.querySelector('.marker'))).toBe('▶');
    expect(getComputedStyle(selected[0]!.querySelector('td')!).fontWeight).toBe('700');
    expect(root(element).querySelectorAll('[aria-current]')).toHaveLength(1);
  });

  it("marks the selected actor's rows and can list only those", async () => {
    const element = await mount({ selection: { kind: 'node', key: 'DPRK' } });
    expect(root(element).querySelectorAll('tr.involved')).toHaveLength(9);
    expect(getComputedStyle(root(element).querySelector('tr.involved td')!).borderLeftWidth).toBe('4px');
    const only = root(element).querySelector<HTMLButtonElement>('button.only')!;
    expect(text(only)).toBe('Only relationships of North Korea');
    expect(only.getAttribute('aria-pressed')).toBe('false');

    await userEvent.click(only);
    expect(only.getAttribute('aria-pressed')).toBe('true');
    expect(bodyRows(element)).toHaveLength(9);
    expect(text(root(element).querySelector('.count'))).toBe('Showing all 9 relationships of North Korea');

    await userEvent.click(only);
    expect(bodyRows(element)).toHaveLength(12);
  });

  it('offers no actor toggle when a relationship or nothing is selected', async () => {
    const element = await mount({ selection: { kind: 'edge', key: 'DPRK-pact-Russia' } });
    expect(root(element).querySelector('button.only')).toBeNull();
  });

  it('asks to go to an actor or a relationship when its cell is clicked', async () => {
    const element = await mount();
    let navigate = nextNavigate();
    await userEvent.click(row(element, 'US-targets-DPRK').querySelectorAll('button')[2]!);
    expect(await navigate).toEqual({ kind: 'node', key: 'DPRK' });
    navigate = nextNavigate();
    await userEvent.click(row(element, 'US-targets-DPRK').querySelectorAll('button')[1]!);
    expect(await navigate).toEqual({ kind: 'edge', key: 'US-targets-DPRK' });
  });

  it('works from the keyboard: Tab to the first relationship, Enter', async () => {
    const before = document.createElement('input');
    document.body.append(before);
    mounted.push(before);
    const element = await mount();
    before.focus();
    await userEvent.tab();
    expect(text(root(element).activeElement)).toBe('North Korea');
    await userEvent.tab();
    expect(text(root(element).activeElement)).toBe('pact with (both ways)');
    expect(getComputedStyle(root(element).activeElement!).outlineStyle).toBe('solid');
    const navigate = nextNavigate();
    await userEvent.keyboard('{Enter}');
    expect(await navigate).toEqual({ kind: 'edge', key: 'DPRK-pact-Russia' });
  });

  it('keeps its sorted rows when only the selection changes', async () => {
    const element = await mount();
    const rowsOf = () => (element as unknown as { rows: unknown }).rows;
    const before = rowsOf();
    element.selection = { kind: 'node', key: 'ROK' };
    await element.updateComplete;
    expect(rowsOf()).toBe(before);
    element.visible = { nodes: new Set(graph.nodes()), edges: new Set(graph.edges()) };
    await element.updateComplete;
    expect(rowsOf()).not.toBe(before);
  });

  it('renders hostile text as text', async () => {
    const hostile = new Graph();
    hostile.addNode('a', { label: '<img src=x onerror="window.pwned=1">' });
    hostile.addNode('b', { label: 'B' });
    hostile.addEdgeWithKey('e', 'a', 'b', {
      type: '<b>t</b>',
      label: '<i>l</i>',
      evidence: [{ source: 's', lines: [2], summary: '<img src=y>' }],
    });
    const element = await mount({ graph: hostile });
    expect(root(element).querySelector('img, b, i')).toBeNull();
    expect(rowLines(element)).toEqual(['<img src=x onerror="window.pwned=1"> | <b>t</b> | B']);
    expect(text(row(element, 'e').querySelectorAll('td')[4])).toBe('line 2: <img src=y>');
  });

  it('has no serious or critical axe violations, light or dark', async () => {
    const light = await mount({ selection: { kind: 'node', key: 'DPRK' } });
    expect(await seriousViolations(light)).toEqual([]);
    const dark = await mount({ selection: { kind: 'edge', key: 'DPRK-pact-Russia' }, dark: true });
    expect(await seriousViolations(dark)).toEqual([]);
  });
});

describe('<sg-relationships> with a large graph', () => {
  it('renders 200 rows at a time and shows more on request', async () => {
    const element = await mount({ graph: bigGraph(500) });
    expect(bodyRows(element)).toHaveLength(200);
    expect(text(root(element).querySelector('.count'))).toBe('Showing 200 of 500 relationships');
    const more = () => root(element).querySelector<HTMLButtonElement>('button.show-more');
    expect(text(more())).toBe('Show 200 more');

    await userEvent.click(more()!);
    expect(bodyRows(element)).toHaveLength(400);
    expect(root(element).activeElement).toBe(bodyRows(element)[200]!.querySelector('button'));
    expect(text(more())).toBe('Show 100 more');

    await userEvent.click(more()!);
    expect(bodyRows(element)).toHaveLength(500);
    expect(more()).toBeNull();
    expect(text(root(element).querySelector('.count'))).toBe('Showing all 500 relationships');
  });

  it('keeps a stable order by label, with numbers in numeric order', async () => {
    const element = await mount({ graph: bigGraph(500) });
    const sources = bodyRows(element).map((tr) => text(tr.querySelector('td button')));
    expect(sources.slice(0, 1)).toEqual(['Actor 0']);
    expect(sources[10]).toBe('Actor 1');
    expect(sources[199]).toBe('Actor 19');
  });

  it('formats big counts with separators', async () => {
    const element = await mount({ graph: bigGraph(10_000) });
    expect(text(root(element).querySelector('.count'))).toBe('Showing 200 of 10,000 relationships');
  });
});
