/**
 * `<stakeholder-explorer>` driven as a person would, in real Chromium: typing in the search,
 * clicking the legend, the panels, the table and the canvas, and keys. Each test checks what
 * changed on the canvas (Cytoscape classes, positions, viewport) and in the panels.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import seed from '../../../graph-data/dprk-russia-2024.json';
import './stakeholder-explorer';
import type { StakeholderExplorer } from './stakeholder-explorer.component';
import type { StakeholderGraph } from '../stakeholder-graph/stakeholder-graph.component';
import { mountExplorer as mountShared, settleExplorer, text } from '../../test-support/explorer';

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const element of mounted.splice(0)) element.remove();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function mountExplorer(setup: (explorer: StakeholderExplorer) => void = () => {}): Promise<StakeholderExplorer> {
  return mountShared(mounted, { setup });
}

const graphOf = (explorer: StakeholderExplorer): StakeholderGraph => explorer.graphElement!;
const cyOf = (explorer: StakeholderExplorer) => graphOf(explorer).cy!;
const part = <K extends keyof HTMLElementTagNameMap>(explorer: StakeholderExplorer, tag: K) => explorer.shadowRoot!.querySelector(tag)!;
const searchInput = (explorer: StakeholderExplorer) =>
  part(explorer, 'sg-search').shadowRoot!.querySelector<HTMLInputElement>('input[role=combobox]')!;
const options = (explorer: StakeholderExplorer) => [...part(explorer, 'sg-search').shadowRoot!.querySelectorAll('[role=option]')].map(text);
const listbox = (explorer: StakeholderExplorer) => part(explorer, 'sg-search').shadowRoot!.querySelector<HTMLElement>('[role=listbox]')!;
const details = (explorer: StakeholderExplorer) => part(explorer, 'sg-details').shadowRoot!;
const heading = (explorer: StakeholderExplorer) => text(details(explorer).querySelector('#heading'));
const table = (explorer: StakeholderExplorer) => part(explorer, 'sg-relationships').shadowRoot!;
const rows = (explorer: StakeholderExplorer) => [...table(explorer).querySelectorAll<HTMLTableRowElement>('tbody tr')];
const legendButton = (explorer: StakeholderExplorer, facet: string, key: string) =>
  graphOf(explorer).shadowRoot!.querySelector<HTMLButtonElement>(`button[data-facet=${facet}][data-key="${key}"]`)!;
const toolbarButton = (explorer: StakeholderExplorer, label: string) =>
  [...explorer.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toolbar button')].find((button) => text(button) === label)!;
/** The toolbar's `<select>` inside the `<label>` whose text starts with `name`. */
const toolbarSelect = (explorer: StakeholderExplorer, name: string) =>
  [...explorer.shadowRoot!.querySelectorAll('.toolbar label')].find((label) => text(label).startsWith(name))!.querySelector('select')!;
const dimmedIds = (explorer: StakeholderExplorer) =>
  cyOf(explorer)
    .elements('.sg-dimmed')
    .map((element) => element.id())
    .sort();

const settle = settleExplorer;

function record<T>(target: EventTarget, type: string): T[] {
  const details: T[] = [];
  target.addEventListener(type, (event) => details.push((event as CustomEvent<T>).detail));
  return details;
}

/**
 * Distance in pixels between the middle of the canvas and where `key` is drawn: its centre, or
 * with `withLabel` the middle of the box around it and its label (what `cy.center` centres).
 */
function offCentre(explorer: StakeholderExplorer, key: string, withLabel = false): number {
  const cy = cyOf(explorer);
  const container = cy.container()!;
  const node = cy.getElementById(key);
  const box = node.renderedBoundingBox();
  const position = withLabel ? { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 } : node.renderedPosition();
  return Math.hypot(position.x - container.clientWidth / 2, position.y - container.clientHeight / 2);
}

/** Clicks where a node is drawn on the canvas. */
async function clickNode(explorer: StakeholderExplorer, key: string, double = false): Promise<void> {
  const cy = cyOf(explorer);
  const position = cy.getElementById(key).renderedPosition();
  if (double) await userEvent.dblClick(cy.container()!, { position });
  else await userEvent.click(cy.container()!, { position });
  await settle(explorer);
}

describe('search', () => {
  it('finds North Korea by its alias "Pyongyang", selects it, shows it in the panel and centres it', async () => {
    const explorer = await mountExplorer();
    const selections = record(explorer, 'sg-select');
    // Move DPRK away from the middle first, so centring has something to do.
    cyOf(explorer).panBy({ x: 220, y: 140 });
    expect(offCentre(explorer, 'DPRK')).toBeGreaterThan(150);

    await userEvent.type(searchInput(explorer), 'Pyongyang');
    await settle(explorer);
    expect(options(explorer)).toEqual(['North Korea (also: Pyongyang)']);
    expect(listbox(explorer).hidden).toBe(false);
    expect(searchInput(explorer).getAttribute('aria-expanded')).toBe('true');

    await userEvent.keyboard('{ArrowDown}{Enter}');
    await settle(explorer);
    await sleep(400);

    expect(graphOf(explorer).selected).toBe('DPRK');
    expect(selections).toEqual([{ kind: 'node', key: 'DPRK' }]);
    expect(heading(explorer)).toBe('North Korea');
    expect(cyOf(explorer).getElementById('DPRK').hasClass('sg-selected')).toBe(true);
    expect(offCentre(explorer, 'DPRK')).toBeLessThan(2);
    expect(offCentre(explorer, 'DPRK')).toBeLessThan(25);
    expect(listbox(explorer).hidden).toBe(true);
  });

  it('finds South Korea by "Seoul"', async () => {
    const explorer = await mountExplorer();
    await userEvent.type(searchInput(explorer), 'Seoul');
    await settle(explorer);
    expect(options(explorer)).toEqual(['South Korea (also: Seoul)']);
    await userEvent.keyboard('{Enter}');
    await settle(explorer);
    expect(graphOf(explorer).selected).toBe('ROK');
    expect(heading(explorer)).toBe('South Korea');
  });

  it('works with the keyboard only: Tab into the search, type, Enter', async () => {
    const explorer = await mountExplorer();
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.prepend(before);
    mounted.push(before);
    before.focus();

    await userEvent.tab();
    expect(part(explorer, 'sg-search').shadowRoot!.activeElement).toBe(searchInput(explorer));
    await userEvent.keyboard('Seoul');
    await userEvent.keyboard('{Enter}');
    await settle(explorer);

    expect(graphOf(explorer).selected).toBe('ROK');
    expect(heading(explorer)).toBe('South Korea');
  });

  it('closes the list with Escape without picking, and clears the text with a second Escape', async () => {
    const explorer = await mountExplorer();
    await userEvent.type(searchInput(explorer), 'Korea');
    await settle(explorer);
    expect(options(explorer)).toEqual(['North Korea', 'South Korea']);

    await userEvent.keyboard('{Escape}');
    await settle(explorer);
    expect(listbox(explorer).hidden).toBe(true);
    expect(searchInput(explorer).getAttribute('aria-expanded')).toBe('false');
    expect(searchInput(explorer).value).toBe('Korea');
    expect(graphOf(explorer).selected).toBeNull();

    await userEvent.keyboard('{Escape}');
    await settle(explorer);
    expect(searchInput(explorer).value).toBe('');
  });
});

describe('filters from the legend', () => {
  it('hides "condemns": its rows leave the table and the summary counts what is shown', async () => {
    const explorer = await mountExplorer();
    expect(rows(explorer)).toHaveLength(12);

    await userEvent.click(legendButton(explorer, 'edgeTypes', 'condemns'));
    await settle(explorer);

    const types = rows(explorer).map((row) => text(row.querySelector('button.edge')));
    expect(types).toHaveLength(8);
    expect(types).not.toContain('condemns');
    expect(text(table(explorer).querySelector('.summary'))).toContain('showing 6 of 6 actors and 8 of 12 relationships');
    expect(cyOf(explorer).edges('.sg-hidden')).toHaveLength(4);
  });

  it('shows confirmed claims only, then "Show all" restores every row', async () => {
    const explorer = await mountExplorer();
    await userEvent.click(legendButton(explorer, 'statuses', 'reported'));
    await userEvent.click(legendButton(explorer, 'statuses', 'potential'));
    await settle(explorer);

    const statuses = rows(explorer).map((row) => text(row.querySelector('.badge')));
    expect(statuses).toEqual(Array(7).fill('confirmed'));
    expect(text(table(explorer).querySelector('.summary'))).toContain('7 of 12 relationships');

    await userEvent.click(graphOf(explorer).shadowRoot!.querySelector<HTMLButtonElement>('button.reset')!);
    await settle(explorer);
    expect(rows(explorer)).toHaveLength(12);
    expect(text(table(explorer).querySelector('.summary'))).toContain('6 actors and 12 relationships');
    expect(cyOf(explorer).elements('.sg-hidden')).toHaveLength(0);
  });

  it('keeps the filter for new data, and the table lists what the filter shows of the new graph', async () => {
    const explorer = await mountExplorer();
    await userEvent.click(legendButton(explorer, 'statuses', 'reported'));
    await userEvent.click(legendButton(explorer, 'statuses', 'potential'));
    await settle(explorer);
    expect(rows(explorer)).toHaveLength(7);

    const extra = {
      source: 'UN',
      target: 'Russia',
      key: 'UN-condemns-Russia',
      attributes: {
        type: 'condemns',
        status: 'confirmed',
        evidence: [{ source: 'article', lines: [33], summary: 'The Security Council is told of the deployment.' }],
      },
    };
    const loaded = new Promise((resolve) => explorer.addEventListener('sg-load', resolve, { once: true }));
    explorer.data = { ...seed, edges: [...seed.edges, extra] };
    await loaded;
    await settle(explorer);

    expect(graphOf(explorer).filter.statuses).toEqual(['confirmed']);
    expect(rows(explorer).map((row) => row.dataset.edge)).toContain('UN-condemns-Russia');
    expect(rows(explorer)).toHaveLength(8);
    expect(text(table(explorer).querySelector('.summary'))).toContain('8 of 13 relationships');
  });
});

describe('details panel', () => {
  it('shows a clicked actor: description, kind, aliases and relationships grouped by direction', async () => {
    const explorer = await mountExplorer();
    await clickNode(explorer, 'DPRK');

    const panel = details(explorer);
    expect(heading(explorer)).toBe('North Korea');
    expect(text(panel.querySelector('.kind'))).toBe('State');
    expect(text(panel.querySelector('.description'))).toMatch(/^Heavily sanctioned state/);
    expect(text(panel.querySelector('.aliases'))).toBe("Also known as: Democratic People's Republic of Korea, Pyongyang");
    const groups = [...panel.querySelectorAll('.group h4')].map(text);
    expect(groups).toEqual(expect.arrayContaining(['supplies →', '← condemned by', '↔ pact with', 'targets →', '← targeted by']));
  });

  it('moves to Russia from the "supplies →" group, and the graph follows', async () => {
    const explorer = await mountExplorer();
    graphOf(explorer).select('DPRK');
    await settle(explorer);
    const selections = record(explorer, 'sg-select');

    const supplies = [...details(explorer).querySelectorAll('.group')].find((group) => text(group.querySelector('h4')) === 'supplies →')!;
    const russia = [...supplies.querySelectorAll<HTMLButtonElement>('button.other')].find((button) => text(button) === 'Russia')!;
    await userEvent.click(russia);
    await settle(explorer);

    expect(graphOf(explorer).selected).toBe('Russia');
    expect(selections).toEqual([{ kind: 'node', key: 'Russia' }]);
    expect(heading(explorer)).toBe('Russia');
    expect(cyOf(explorer).getElementById('Russia').hasClass('sg-selected')).toBe(true);
  });

  it("opens a relationship's claim from its Details button, with the lines and summary of its evidence", async () => {
    const explorer = await mountExplorer();
    graphOf(explorer).select('DPRK');
    await settle(explorer);

    const claim = [...details(explorer).querySelectorAll<HTMLButtonElement>('button.claim')].find((button) =>
      text(button).includes('munitions'),
    )!;
    await userEvent.click(claim);
    await settle(explorer);

    expect(graphOf(explorer).selected).toBe('DPRK-supplies-Russia-munitions');
    expect(heading(explorer)).toBe('North Korea supplies Russia');
    expect(text(details(explorer).querySelector('.evidence .lines'))).toBe('lines 3, 8');
    expect(text(details(explorer).querySelector('.evidence .summary'))).toMatch(/^Until now Pyongyang's help consisted of weapons/);
  });

  it('shows the claim of an edge clicked on the canvas', async () => {
    const explorer = await mountExplorer();
    const cy = cyOf(explorer);
    const edge = cy.getElementById('DPRK-supplies-Russia-munitions');
    await userEvent.click(cy.container()!, { position: edge.renderedMidpoint() });
    await settle(explorer);

    expect(graphOf(explorer).selected).toBe('DPRK-supplies-Russia-munitions');
    expect(edge.hasClass('sg-selected')).toBe(true);
    expect(heading(explorer)).toBe('North Korea supplies Russia');
    expect(text(details(explorer).querySelector('.evidence .lines'))).toBe('lines 3, 8');
  });
});

describe('focus', () => {
  it('focuses the selected actor with the Focus button at the hops chosen, and Clear focus ends it', async () => {
    const explorer = await mountExplorer();
    const focuses = record(explorer, 'sg-focus');
    expect(toolbarButton(explorer, 'Focus').disabled).toBe(true);
    await clickNode(explorer, 'UN');

    await userEvent.selectOptions(toolbarSelect(explorer, 'Focus'), '1');
    await userEvent.click(toolbarButton(explorer, 'Focus'));
    await settle(explorer);
    expect(focuses.at(-1)).toEqual({ key: 'UN', hops: 1 });
    // One hop from the UN reaches North Korea only.
    expect(dimmedIds(explorer)).toContain('Ukraine');
    expect(dimmedIds(explorer)).not.toContain('DPRK');

    await userEvent.selectOptions(toolbarSelect(explorer, 'Focus'), '2');
    await settle(explorer);
    expect(focuses.at(-1)).toEqual({ key: 'UN', hops: 2 });
    expect(graphOf(explorer).focused).toEqual({ key: 'UN', hops: 2 });
    // Two hops reach everyone in this small graph.
    expect(dimmedIds(explorer)).toEqual([]);

    await userEvent.click(toolbarButton(explorer, 'Clear focus'));
    await settle(explorer);
    expect(graphOf(explorer).focused).toBeNull();
    expect(toolbarButton(explorer, 'Clear focus').disabled).toBe(true);
  });

  it('starts a two-hop focus with the Focus button, with "2 hops" chosen first', async () => {
    const explorer = await mountExplorer();
    await clickNode(explorer, 'Ukraine');
    await userEvent.selectOptions(toolbarSelect(explorer, 'Focus'), '2');
    await userEvent.click(toolbarButton(explorer, 'Focus'));
    await settle(explorer);
    expect(graphOf(explorer).focused).toEqual({ key: 'Ukraine', hops: 2 });
    expect(dimmedIds(explorer)).toEqual([]);
  });

  it('focuses on double-click, at the hops of the focus shown', async () => {
    const explorer = await mountExplorer();
    await clickNode(explorer, 'UN', true);
    expect(graphOf(explorer).focused).toEqual({ key: 'UN', hops: 1 });
    expect(dimmedIds(explorer)).toContain('Ukraine');
    expect(toolbarButton(explorer, 'Clear focus').disabled).toBe(false);

    await userEvent.selectOptions(toolbarSelect(explorer, 'Focus'), '2');
    await clickNode(explorer, 'Ukraine', true);
    expect(graphOf(explorer).focused).toEqual({ key: 'Ukraine', hops: 2 });
    expect(toolbarSelect(explorer, 'Focus').value).toBe('2');
  });

  it('clears the focus with Escape on the canvas (reached with Tab)', async () => {
    const explorer = await mountExplorer();
    await clickNode(explorer, 'UN', true);
    expect(graphOf(explorer).focused).toEqual({ key: 'UN', hops: 1 });

    // Tab from the toolbar's last control (Save image) lands on the canvas: the import banner
    // between them holds nothing to focus while it is empty.
    toolbarButton(explorer, 'Save image').focus();
    await userEvent.tab();
    expect(graphOf(explorer).shadowRoot!.activeElement).toBe(cyOf(explorer).container());
    await userEvent.keyboard('{Escape}');
    await settle(explorer);
    expect(graphOf(explorer).focused).toBeNull();
    expect(dimmedIds(explorer)).toEqual([]);
    expect(toolbarButton(explorer, 'Clear focus').disabled).toBe(true);
  });

  it('starts a double-click focus at the hops chosen in the Focus menu', async () => {
    const explorer = await mountExplorer();
    await userEvent.selectOptions(toolbarSelect(explorer, 'Focus'), '2');
    await clickNode(explorer, 'UN', true);
    expect(graphOf(explorer).focused).toEqual({ key: 'UN', hops: 2 });
  });

  it('clears the focus with Escape right after the double-click', async () => {
    const explorer = await mountExplorer();
    await clickNode(explorer, 'UN', true);
    await userEvent.keyboard('{Escape}');
    await settle(explorer);
    expect(graphOf(explorer).focused).toBeNull();
  });
});

describe('layout menu', () => {
  it('runs each layout it offers: the attribute, the event and the positions change', async () => {
    const explorer = await mountExplorer();
    const select = toolbarSelect(explorer, 'Layout');
    const offered = [...select.options].map((option) => option.value);
    // No positions in the seed data, so "From the data" is not offered.
    expect(offered).toEqual(['force', 'concentric', 'circle', 'grid', 'breadthfirst']);
    expect(select.value).toBe('force');
    const layouts = record(explorer, 'sg-layout');
    const positions = () =>
      cyOf(explorer)
        .nodes()
        .map((node) => `${Math.round(node.position('x'))},${Math.round(node.position('y'))}`)
        .join(' ');

    // Force is shown first; go round the others and back to it.
    for (const id of ['concentric', 'circle', 'grid', 'breadthfirst', 'force']) {
      const before = positions();
      await userEvent.selectOptions(select, id);
      await settle(explorer);
      await sleep(700);
      expect(graphOf(explorer).layout, id).toBe(id);
      expect(graphOf(explorer).getAttribute('layout'), id).toBe(id);
      expect(layouts.at(-1), id).toEqual({ layout: id });
      expect(positions(), id).not.toBe(before);
      expect(select.value, id).toBe(id);
    }
    expect(layouts).toHaveLength(5);
  });
});

describe('relationships table', () => {
  it("selects the actor of a source cell, and marks the selected relationship's row", async () => {
    const explorer = await mountExplorer();
    const row = (edge: string) => table(explorer).querySelector<HTMLTableRowElement>(`tr[data-edge="${edge}"]`)!;

    await userEvent.click(row('ROK-condemns-Russia').querySelector<HTMLButtonElement>('td:first-child button')!);
    await settle(explorer);
    expect(graphOf(explorer).selected).toBe('ROK');
    expect(heading(explorer)).toBe('South Korea');
    expect(cyOf(explorer).getElementById('ROK').hasClass('sg-selected')).toBe(true);

    await userEvent.click(row('US-targets-DPRK').querySelector<HTMLButtonElement>('button.edge')!);
    await settle(explorer);
    expect(graphOf(explorer).selected).toBe('US-targets-DPRK');
    const current = [...table(explorer).querySelectorAll('tr[aria-current="true"]')].map((tr) => tr.getAttribute('data-edge'));
    expect(current).toEqual(['US-targets-DPRK']);
    expect(cyOf(explorer).getElementById('US-targets-DPRK').hasClass('sg-selected')).toBe(true);
  });

  it('marks the row of an edge selected on the graph, too', async () => {
    const explorer = await mountExplorer();
    graphOf(explorer).select('DPRK-pact-Russia');
    await settle(explorer);
    const current = [...table(explorer).querySelectorAll('tr[aria-current="true"]')].map((tr) => tr.getAttribute('data-edge'));
    expect(current).toEqual(['DPRK-pact-Russia']);
  });
});
