/**
 * The overview: a graph above `overview-threshold` opens grouped by community with every group
 * collapsed (the legend and a hint say so); selecting a hidden actor opens its group and paints
 * it; a path into a collapsed group marks the aggregated hop; the keyboard reaches and opens
 * groups with announcements; semantic zoom opens a group zoomed into (and can be turned off);
 * axe finds nothing on the grouped view.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import { generateDataset } from '../../../bench/generate';
import { addGraph, nextEvent, settleGraph } from '../../test-support/graph';
import { undoPageChanges } from '../../test-support/page';
import type { SgGroupDetail } from '../events';
import type { StakeholderGraph } from './stakeholder-graph.component';

afterEach(undoPageChanges);

const data = generateDataset({ nodes: 800 });

async function overview(setup?: (element: StakeholderGraph) => void): Promise<StakeholderGraph> {
  const element = addGraph({
    data,
    setup: (graph) => {
      graph.overviewThreshold = 500;
      setup?.(graph);
    },
  });
  await nextEvent(element, 'sg-load');
  await nextEvent<SgGroupDetail>(element, 'sg-group');
  await settleGraph(element, 2);
  return element;
}

const liveText = (element: StakeholderGraph) => element.shadowRoot!.querySelector('[aria-live]')!.textContent;

describe('overview', () => {
  it('opens a graph above the threshold as collapsed communities, and says so', async () => {
    const element = await overview();
    const groups = element.groups;
    expect(element.groupedBy).toBe('community');
    expect(groups.length).toBeGreaterThan(2);
    expect(groups.every((group) => group.collapsed)).toBe(true);
    expect(groups.reduce((sum, group) => sum + group.size, 0)).toBe(800);
    const cy = element.cy!;
    expect(cy.nodes().length).toBe(groups.length);
    expect(cy.nodes('.sg-group-collapsed').length).toBe(groups.length);
    // Each aggregated edge carries at least one tie, and together they carry every tie between two groups.
    const carried = cy.edges('.sg-aggregate').reduce((sum, edge) => sum + Number(edge.data('count')), 0);
    expect(carried).toBeGreaterThan(0);
    expect(carried).toBeLessThanOrEqual(element.graph!.size);
    const legend = element.shadowRoot!.querySelector('.legend')!.textContent.replace(/\s+/g, ' ');
    expect(legend).toContain(`800 actors in ${groups.length} groups, ${groups.length} collapsed`);
    expect(element.shadowRoot!.querySelector('.hint')!.textContent).toMatch(/800 actors in \d+ groups; double-click a group/);
  });

  it('selects a hidden actor: its group opens and the actor is painted selected', async () => {
    const element = await overview();
    const key = data.nodes[137]!.key;
    const group = element.groups.find((entry) => entry.key === element.groupOf(key))!;
    expect(group.collapsed).toBe(true);
    expect(element.cy!.getElementById(key).length).toBe(0);
    element.select(key);
    await settleGraph(element, 2);
    expect(element.selection).toEqual({ kind: 'node', key });
    expect(element.cy!.getElementById(key).hasClass('sg-selected')).toBe(true);
    expect(element.groups.find((entry) => entry.key === group.key)!.collapsed).toBe(false);
    expect(element.groups.filter((entry) => !entry.collapsed).length).toBe(1);
    expect(element.shadowRoot!.querySelector('.hint')!.textContent).toMatch(/^Opened .+ to show /);
  });

  it('marks the aggregated hop of a path into a collapsed group, and opens it on request', async () => {
    const element = await overview();
    const graph = element.graph!;
    // A tie between two actors in different groups: its path is one hop, through two collapsed groups.
    const edge = graph.findEdge((_edge, _attributes, source, target) => element.groupOf(source) !== element.groupOf(target))!;
    const [from, to] = [graph.source(edge), graph.target(edge)];
    element.highlightPath(from, to, { direction: 'ignore' });
    await settleGraph(element);
    const onPath = element.cy!.edges('.sg-path');
    expect(onPath.length).toBe(1);
    expect(onPath.first().hasClass('sg-aggregate')).toBe(true);
    expect(
      element
        .cy!.nodes('.sg-path')
        .map((node) => node.data('groupKey') as string)
        .sort(),
    ).toEqual([element.groupOf(from), element.groupOf(to)].sort());
    element.expandGroup(element.groupOf(to)!);
    await settleGraph(element);
    expect(element.cy!.getElementById(to).hasClass('sg-path')).toBe(true);
  });

  it('reaches a group with the keyboard and opens it with Enter, announcing each step', async () => {
    const element = await overview();
    const canvas = element.shadowRoot!.querySelector<HTMLElement>('.canvas')!;
    canvas.focus();
    await userEvent.keyboard('{ArrowRight}');
    await settleGraph(element);
    expect(liveText(element)).toMatch(/, \d+ relationships\. Enter selects\./);
    await userEvent.keyboard('{Enter}');
    await settleGraph(element, 2);
    const selected = element.selection;
    expect(selected?.kind).toBe('node');
    expect(element.groups.filter((group) => !group.collapsed).length).toBe(1);
    expect(liveText(element)).not.toBe('');
    // The legend's button collapses it again, and says so.
    const open = element.groups.find((group) => !group.collapsed)!;
    const button = element.shadowRoot!.querySelector<HTMLButtonElement>(`.group-toggle[data-group="${open.key}"]`)!;
    expect(button.getAttribute('aria-expanded')).toBe('true');
    await userEvent.click(button);
    await settleGraph(element);
    expect(element.groups.every((group) => group.collapsed)).toBe(true);
    expect(liveText(element)).toMatch(/Collapsed /);
  });

  it('opens a group zoomed into (semantic zoom), unless semantic-zoom is off', async () => {
    for (const semanticZoom of ['on', 'off'] as const) {
      const element = await overview((graph) => (graph.semanticZoom = semanticZoom));
      const cy = element.cy!;
      const node = cy.nodes('.sg-group-collapsed').first();
      const key = node.data('groupKey') as string;
      // Zoomed until the circle its members will take fills the view.
      cy.zoom({ level: 520 / Number(node.data('reach')), position: node.position() });
      cy.center(node);
      await new Promise((resolve) => setTimeout(resolve, 400));
      await settleGraph(element);
      expect(element.groups.find((group) => group.key === key)!.collapsed).toBe(semanticZoom === 'off');
      element.remove();
    }
  });

  it('has no axe violations on the grouped view', async () => {
    const element = await overview();
    element.expandGroup(element.groups[0]!.key);
    await settleGraph(element);
    const result = await axe.run(element, { resultTypes: ['violations'] });
    expect(result.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
});
