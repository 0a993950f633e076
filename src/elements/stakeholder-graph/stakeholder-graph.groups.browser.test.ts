/**
 * Groups on the element: `group-by` frames the actors in their groups, collapsing a group draws
 * it as one node with its ties aggregated (counts checked against the model), expanding brings
 * the members back where they were with the viewport untouched, selecting an actor inside a
 * collapsed group opens it, an aggregated edge selects the claims behind it, and `sg-group`
 * reports every change.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import seed from '../../../graph-data/dprk-russia-2024.json';
import { mountGraph, nextEvent, settleGraph } from '../../test-support/graph';
import { undoPageChanges } from '../../test-support/page';
import type { SgGroupDetail } from '../events';
import type { StakeholderGraph } from './stakeholder-graph.component';

afterEach(undoPageChanges);

/** The seed with two registered groups: the DPRK–Russia axis and the ROK–US–Ukraine side (the UN in none). */
function groupedSeed() {
  const data = structuredClone(seed) as {
    attributes: Record<string, unknown>;
    nodes: Array<{ key: string; attributes: Record<string, unknown> }>;
  };
  data.attributes.groups = { axis: { label: 'Axis', color: '#b91c1c' }, west: { label: 'Western side', description: 'ROK, US, Ukraine' } };
  for (const node of data.nodes) {
    if (node.key === 'DPRK' || node.key === 'Russia') node.attributes.group = 'axis';
    if (node.key === 'ROK' || node.key === 'US' || node.key === 'Ukraine') node.attributes.group = 'west';
  }
  return data;
}

const groupNode = (element: StakeholderGraph, key: string) =>
  element.cy!.nodes('.sg-group').filter((node) => node.data('groupKey') === key);

describe('groups', () => {
  it('frames the actors in their data groups with the label and member count', async () => {
    const element = await mountGraph({ data: groupedSeed(), setup: (graph) => (graph.groupBy = 'data') });
    expect(element.groups.map((group) => [group.key, group.size, group.collapsed])).toEqual([
      ['axis', 2, false],
      ['west', 3, false],
    ]);
    const axis = groupNode(element, 'axis');
    expect(axis.length).toBe(1);
    expect(axis.data('label')).toBe('Axis (2)');
    expect(
      axis
        .children()
        .map((node) => node.id())
        .sort(),
    ).toEqual(['DPRK', 'Russia']);
    expect(element.cy!.getElementById('UN').parent().length).toBe(0);
  });

  it('collapses a group into one node whose aggregated edges count the claims, and expands it back in place', async () => {
    const element = await mountGraph({ data: groupedSeed(), setup: (graph) => (graph.groupBy = 'data') });
    const graph = element.graph!;
    const cy = element.cy!;
    const before = { ...cy.getElementById('DPRK').position() };
    const viewport = { zoom: cy.zoom(), pan: { ...cy.pan() } };
    const reported = nextEvent<SgGroupDetail>(element, 'sg-group');
    element.collapseGroup('axis');
    const detail = (await reported).detail;
    expect(detail.collapsed).toEqual(['axis']);
    expect(detail.groups.find((group) => group.key === 'axis')!.collapsed).toBe(true);
    await settleGraph(element);
    expect(cy.getElementById('DPRK').length).toBe(0);
    const axis = groupNode(element, 'axis');
    expect(axis.length).toBe(1);
    expect(axis.data('label')).toBe('Axis (2)');
    // Drawn as the collapsed disc, not as the frame it was.
    expect(axis.hasClass('sg-group-collapsed')).toBe(true);
    expect(axis.hasClass('sg-group-frame')).toBe(false);
    expect(axis.style('shape')).toBe('ellipse');
    // Every claim with exactly one end in the axis is carried by one aggregated edge of its type and direction.
    const aggregated = cy.edges('.sg-aggregate');
    let carried = 0;
    aggregated.forEach((edge) => {
      carried += Number(edge.data('count'));
      expect(edge.data('label')).toMatch(/^\d+ /);
    });
    const crossing = graph.filterEdges(
      (_edge, _attributes, source, target) => ['DPRK', 'Russia'].includes(source) !== ['DPRK', 'Russia'].includes(target),
    );
    expect(carried).toBe(crossing.length);
    expect(aggregated.length).toBeLessThan(crossing.length + 1);
    expect({ zoom: cy.zoom(), pan: cy.pan() }).toEqual(viewport);

    element.expandGroup('axis');
    await settleGraph(element);
    expect(cy.getElementById('DPRK').position()).toEqual(before);
    expect(groupNode(element, 'axis').hasClass('sg-group-frame')).toBe(true);
    expect(cy.getElementById('DPRK').parent().first().data('groupKey')).toBe('axis');
    expect(cy.edges('.sg-aggregate').length).toBe(0);
    expect({ zoom: cy.zoom(), pan: cy.pan() }).toEqual(viewport);
  });

  it('opens the collapsed group of an actor that is selected, and selects the claims behind an aggregated edge', async () => {
    const element = await mountGraph({ data: groupedSeed(), setup: (graph) => (graph.groupBy = 'data') });
    element.collapseAll();
    await settleGraph(element);
    expect(element.groups.every((group) => group.collapsed)).toBe(true);
    const edge = element.cy!.edges('.sg-aggregate').first();
    element.select(edge.id());
    await settleGraph(element);
    const selection = element.selection;
    expect(selection?.kind).toBe('ties');
    expect(selection?.kind === 'ties' && selection.edges.length).toBe(Number(edge.data('count')));

    element.select('Russia');
    await settleGraph(element);
    expect(element.groups.find((group) => group.key === 'axis')!.collapsed).toBe(false);
    expect(element.cy!.getElementById('Russia').hasClass('sg-selected')).toBe(true);
  });

  it('groups by kind, camp and community, and none removes the groups', async () => {
    const element = await mountGraph();
    for (const by of ['kind', 'camp', 'community'] as const) {
      const reported = nextEvent<SgGroupDetail>(element, 'sg-group');
      element.groupBy = by;
      expect((await reported).detail.groupBy).toBe(by);
      await settleGraph(element);
      const sizes = element.groups.reduce((sum, group) => sum + group.size, 0);
      expect(sizes).toBeGreaterThan(0);
      expect(sizes).toBeLessThanOrEqual(element.graph!.order);
      expect(element.cy!.nodes('.sg-group').length).toBe(element.groups.filter((group) => group.size > 0).length);
    }
    // The camps of the seed: North Korea and Russia against the rest.
    const camps = nextEvent<SgGroupDetail>(element, 'sg-group');
    element.groupBy = 'camp';
    await camps;
    await settleGraph(element);
    const camp = (key: string): string => element.cy!.getElementById(key).parent().first().id();
    expect(camp('DPRK')).toBe(camp('Russia'));
    expect(camp('US')).not.toBe(camp('DPRK'));
    element.groupBy = 'none';
    await settleGraph(element);
    expect(element.groups).toEqual([]);
    expect(element.cy!.nodes('.sg-group').length).toBe(0);
    expect(element.cy!.nodes().length).toBe(element.graph!.order);
  });

  it('opens a clicked group with Enter and announces it', async () => {
    const element = await mountGraph({ data: groupedSeed(), setup: (graph) => (graph.groupBy = 'data') });
    element.collapseGroup('west');
    await settleGraph(element);
    const node = groupNode(element, 'west');
    const canvas = element.shadowRoot!.querySelector<HTMLElement>('.canvas')!;
    const box = canvas.getBoundingClientRect();
    const at = node.renderedPosition();
    await userEvent.click(canvas, { position: { x: Math.round(at.x), y: Math.round(at.y) } });
    await settleGraph(element);
    expect(element.shadowRoot!.querySelector('[aria-live]')!.textContent).toMatch(/Western side, 3 actors/);
    expect(box.width).toBeGreaterThan(0);
    await userEvent.keyboard('{Enter}');
    await settleGraph(element);
    expect(element.groups.find((group) => group.key === 'west')!.collapsed).toBe(false);
    expect(element.shadowRoot!.querySelector('[aria-live]')!.textContent).toMatch(/Opened Western side/);
  });
});
