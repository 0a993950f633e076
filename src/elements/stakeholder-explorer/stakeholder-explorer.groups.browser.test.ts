/**
 * Groups in the explorer, driven as a person would: the toolbar's Group menu groups the actors,
 * clicking an aggregated edge lists the claims behind it with their evidence, searching for an
 * actor hidden in a collapsed group of the overview opens the group and selects it, and the
 * details and the legend stay axe clean.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import { generateDataset } from '../../../bench/generate';
import { mountExplorer, settleExplorer, text } from '../../test-support/explorer';
import type { StakeholderExplorer } from './stakeholder-explorer.component';

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const element of mounted.splice(0)) element.remove();
});

const groupMenu = (explorer: StakeholderExplorer) =>
  [...explorer.shadowRoot!.querySelectorAll('sg-toolbar')]
    .flatMap((toolbar) => [...(toolbar.shadowRoot ?? toolbar).querySelectorAll<HTMLLabelElement>('label.control')])
    .find((label) => label.textContent.trim().startsWith('Group'))!
    .querySelector('select')!;
const details = (explorer: StakeholderExplorer) => explorer.shadowRoot!.querySelector('sg-details')!.shadowRoot!;

const nextGroup = (explorer: StakeholderExplorer) =>
  new Promise((resolve) => explorer.addEventListener('sg-group', resolve, { once: true }));

describe('groups in the explorer', () => {
  it('groups by camp from the toolbar, and lists the claims behind a clicked aggregated edge with their evidence', async () => {
    const explorer = await mountExplorer(mounted);
    const graph = explorer.graphElement!;
    const grouped = nextGroup(explorer);
    await userEvent.selectOptions(groupMenu(explorer), 'camp');
    await grouped;
    await settleExplorer(explorer);
    expect(graph.groupedBy).toBe('camp');
    expect(explorer.groupBy).toBe('camp');
    const camp = graph.groupOf('DPRK')!;
    graph.collapseGroup(camp);
    await settleExplorer(explorer);
    const cy = graph.cy!;
    const edge = cy.edges('.sg-aggregate').max((candidate) => Number(candidate.data('count'))).ele;
    const count = Number(edge.data('count'));
    const canvas = graph.shadowRoot!.querySelector<HTMLElement>('.canvas')!;
    const middle = edge.renderedMidpoint();
    await userEvent.click(canvas, { position: { x: Math.round(middle.x), y: Math.round(middle.y) } });
    await settleExplorer(explorer);
    expect(graph.selection?.kind).toBe('ties');
    const panel = details(explorer);
    expect(text(panel.querySelector('#heading'))).toMatch(new RegExp(`^${count} .+ claims?$`));
    const items = panel.querySelectorAll('.ties > li');
    expect(items.length).toBe(count);
    // Each claim carries its evidence from the article (every seed claim cites lines).
    for (const item of items) expect(text(item.querySelector('.evidence'))).toMatch(/line/);
    const result = await axe.run(panel as unknown as Element, { resultTypes: ['violations'] });
    expect(result.violations.map((violation) => violation.id)).toEqual([]);
    // A claim of the list is a button to that relationship.
    await userEvent.click(items[0]!.querySelector('button')!);
    await settleExplorer(explorer);
    expect(graph.selection?.kind).toBe('edge');
  });

  it('searches for an actor hidden in a collapsed group of the overview: the group opens and the actor is selected', async () => {
    const data = generateDataset({ nodes: 700 });
    const explorer = await mountExplorer(mounted, { data, setup: (element) => (element.overviewThreshold = 500) });
    const graph = explorer.graphElement!;
    if (!graph.groups.length) await nextGroup(explorer);
    await settleExplorer(explorer);
    expect(graph.groups.every((group) => group.collapsed)).toBe(true);
    const target = data.nodes[321]!;
    const label = String(target.attributes!.label);
    const search = explorer.shadowRoot!.querySelector('sg-search')!.shadowRoot!.querySelector<HTMLInputElement>('input[role=combobox]')!;
    await userEvent.type(search, label);
    await settleExplorer(explorer);
    await userEvent.keyboard('{Enter}');
    await settleExplorer(explorer);
    await settleExplorer(explorer);
    expect(graph.selection).toEqual({ kind: 'node', key: target.key });
    expect(graph.groups.find((group) => group.key === graph.groupOf(target.key))!.collapsed).toBe(false);
    expect(graph.cy!.getElementById(target.key).hasClass('sg-selected')).toBe(true);
    expect(text(details(explorer).querySelector('#heading'))).toBe(label);
  });

  it('opens the collapsed groups a highlighted path runs through, from the path panel', async () => {
    const data = generateDataset({ nodes: 700 });
    const explorer = await mountExplorer(mounted, { data, setup: (element) => (element.overviewThreshold = 500) });
    const graph = explorer.graphElement!;
    if (!graph.groups.length) await nextGroup(explorer);
    const model = graph.graph!;
    const edge = model.findEdge((_key, _attributes, source, target) => graph.groupOf(source) !== graph.groupOf(target))!;
    const [from, to] = [model.source(edge), model.target(edge)];
    graph.highlightPath(from, to, { direction: 'ignore' });
    await settleExplorer(explorer);
    expect(graph.pathGroups.sort()).toEqual([graph.groupOf(from)!, graph.groupOf(to)!].sort());
    const panel = explorer.shadowRoot!.querySelector('sg-path-panel')!.shadowRoot!;
    const button = panel.querySelector<HTMLButtonElement>('button.open-groups')!;
    expect(text(button.parentElement)).toMatch(/runs through 2 collapsed groups/);
    await userEvent.click(button);
    await settleExplorer(explorer);
    expect(graph.pathGroups).toEqual([]);
    for (const actor of [from, to]) expect(graph.cy!.getElementById(actor).hasClass('sg-path')).toBe(true);
    expect(panel.querySelector('button.open-groups')).toBeNull();
  });
});
