/**
 * `<stakeholder-graph>` driven as a person would: legend filters, clicks, double-clicks and keys,
 * and the events a page hears for every change, whoever made it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { mountGraph, record, settleGraph } from '../../test-support/graph';
import type { StakeholderGraph } from './stakeholder-graph.component';
import { onCleanup, undoPageChanges } from '../../test-support/page';

afterEach(undoPageChanges);

const legendButton = (element: StakeholderGraph, facet: string, key: string) =>
  element.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-facet=${facet}][data-key="${key}"]`)!;
const hiddenIds = (element: StakeholderGraph) =>
  element
    .cy!.elements('.sg-hidden')
    .map((ele) => ele.id())
    .sort();
const dimmedIds = (element: StakeholderGraph) =>
  element
    .cy!.elements('.sg-dimmed')
    .map((ele) => ele.id())
    .sort();

describe('filtering with the legend', () => {
  it('selects a relationship in the same moment the filter shows it, and centres on it', async () => {
    const element = await mountGraph();
    element.edgeTypes = 'supplies';
    await settleGraph(element, 2);
    // Shown and selected at once: the tie is not drawn yet when the view centres on it.
    element.edgeTypes = 'targets';
    element.select('US-targets-DPRK');
    await settleGraph(element, 2);
    await new Promise((done) => setTimeout(done, 400));
    const cy = element.cy!;
    const edge = cy.getElementById('US-targets-DPRK');
    const ends = [edge.source().renderedPosition(), edge.target().renderedPosition()];
    const middle = { x: (ends[0]!.x + ends[1]!.x) / 2, y: (ends[0]!.y + ends[1]!.y) / 2 };
    expect(element.selection).toEqual({ kind: 'edge', key: 'US-targets-DPRK' });
    expect(Math.abs(middle.x - cy.width() / 2)).toBeLessThan(cy.width() / 4);
    expect(Math.abs(middle.y - cy.height() / 2)).toBeLessThan(cy.height() / 4);
  });

  it('hides a relationship type when its legend entry is clicked, and counts update', async () => {
    const element = await mountGraph();
    const filters = record(element, 'sg-filter');

    await userEvent.click(legendButton(element, 'edgeTypes', 'condemns'));
    await settleGraph(element, 0);

    expect(hiddenIds(element)).toEqual(['ROK-condemns-DPRK', 'ROK-condemns-Russia', 'UN-condemns-DPRK', 'US-condemns-DPRK']);
    expect(legendButton(element, 'edgeTypes', 'condemns').getAttribute('aria-pressed')).toBe('false');
    expect(legendButton(element, 'statuses', 'confirmed').textContent).toContain('3 of 7');
    expect(filters.at(-1)).toEqual({ edgeTypes: ['supplies', 'pact', 'targets'], statuses: null, nodeKinds: null });
    expect(element.getAttribute('edge-types')).toBe('supplies,pact,targets');
  });

  it('shows confirmed claims only, then resets with one click', async () => {
    const element = await mountGraph();
    await userEvent.click(legendButton(element, 'statuses', 'reported'));
    await userEvent.click(legendButton(element, 'statuses', 'potential'));
    await settleGraph(element, 0);
    expect(
      element
        .cy!.edges()
        .not('.sg-hidden')
        .map((edge) => edge.data('status') as string),
    ).toEqual(Array(7).fill('confirmed'));
    expect(element.shadowRoot!.querySelector('.filter-note')?.textContent).toBe('Filtered');

    await userEvent.click(element.shadowRoot!.querySelector<HTMLButtonElement>('button.reset')!);
    await settleGraph(element, 0);
    expect(hiddenIds(element)).toEqual([]);
    expect(element.shadowRoot!.querySelector('.filter-note')).toBeNull();
  });

  it('hides actors of a kind together with their relationships', async () => {
    const element = await mountGraph();
    await userEvent.click(legendButton(element, 'nodeKinds', 'organization'));
    await settleGraph(element, 0);
    expect(hiddenIds(element)).toEqual(['UN', 'UN-condemns-DPRK']);
  });

  it('applies a filter set through the attributes, and reports it', async () => {
    const element = await mountGraph();
    const filters = record(element, 'sg-filter');
    element.setAttribute('statuses', 'confirmed');
    await settleGraph(element, 0);
    expect(element.cy!.edges('.sg-hidden')).toHaveLength(5);
    expect(filters).toEqual([{ edgeTypes: null, statuses: ['confirmed'], nodeKinds: null }]);
  });
});

describe('selection and focus', () => {
  it('selects an actor on click and reports it', async () => {
    const element = await mountGraph();
    const selections = record(element, 'sg-select');
    const node = element.cy!.getElementById('Russia');
    await userEvent.click(element.cy!.container()!, { position: node.renderedPosition() });
    await settleGraph(element, 0);

    expect(selections).toEqual([{ kind: 'node', key: 'Russia' }]);
    expect(element.getAttribute('selected')).toBe('Russia');
    expect(node.hasClass('sg-selected')).toBe(true);
    const live = element.shadowRoot!.querySelector('[aria-live]')!;
    expect(live.textContent.trim()).toMatch(/^Russia \(State\): /);
  });

  it('fires sg-select for the method and the attribute too, and null when cleared', async () => {
    const element = await mountGraph();
    const selections = record(element, 'sg-select');
    element.select('DPRK-pact-Russia');
    await settleGraph(element, 0);
    element.setAttribute('selected', 'ROK');
    await settleGraph(element, 0);
    element.select(null);
    await settleGraph(element, 0);
    expect(selections).toEqual([{ kind: 'edge', key: 'DPRK-pact-Russia' }, { kind: 'node', key: 'ROK' }, null]);
  });

  it('focuses on double-click: the actor and its neighbours stay, the rest dims', async () => {
    const element = await mountGraph();
    const focuses = record(element, 'sg-focus');
    const node = element.cy!.getElementById('UN');
    await userEvent.dblClick(element.cy!.container()!, { position: node.renderedPosition() });
    await settleGraph(element, 0);

    expect(focuses.at(-1)).toEqual({ key: 'UN', hops: 1 });
    expect(element.cy!.getElementById('UN').hasClass('sg-dimmed')).toBe(false);
    expect(element.cy!.getElementById('DPRK').hasClass('sg-dimmed')).toBe(false);
    expect(element.cy!.getElementById('Ukraine').hasClass('sg-dimmed')).toBe(true);
    expect(element.cy!.getElementById('DPRK-pact-Russia').hasClass('sg-dimmed')).toBe(true);
  });

  it('widens the focus to two hops through the method', async () => {
    const element = await mountGraph();
    element.focusActor('UN', 2);
    await settleGraph(element, 0);
    expect(dimmedIds(element)).toEqual([]);
    element.focusActor('Ukraine', 1);
    await settleGraph(element, 0);
    expect(dimmedIds(element)).toContain('UN');
  });
});

describe('keyboard', () => {
  it('reaches the graph with Tab, moves with arrows, selects with Enter, focuses with Enter, clears with Escape', async () => {
    const element = await mountGraph();
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.prepend(before);
    onCleanup(() => before.remove());
    before.focus();

    await userEvent.tab();
    expect(element.shadowRoot!.activeElement).toBe(element.cy!.container());

    await userEvent.keyboard('{ArrowRight}');
    await settleGraph(element, 0);
    // The first arrow starts on the most connected actor.
    expect(element.cy!.getElementById('DPRK').hasClass('sg-cursor')).toBe(true);
    const live = element.shadowRoot!.querySelector('[aria-live]')!;
    expect(live.textContent).toContain('North Korea, 9 relationships');

    // Moving along an arrow reaches a neighbour of North Korea.
    const dprk = element.cy!.getElementById('DPRK').renderedPosition();
    const ukraine = element.cy!.getElementById('Ukraine').renderedPosition();
    const towardsUkraine =
      Math.abs(ukraine.x - dprk.x) > Math.abs(ukraine.y - dprk.y)
        ? ukraine.x > dprk.x
          ? '{ArrowRight}'
          : '{ArrowLeft}'
        : ukraine.y > dprk.y
          ? '{ArrowDown}'
          : '{ArrowUp}';
    await userEvent.keyboard(towardsUkraine);
    const cursor = element.cy!.nodes('.sg-cursor').first().id();
    expect(element.graph!.areNeighbors('DPRK', cursor)).toBe(true);

    await userEvent.keyboard('{Enter}');
    await settleGraph(element, 0);
    expect(element.selected).toBe(cursor);
    expect(live.textContent).toMatch(/\(State\)|\(Organization\)/);

    await userEvent.keyboard('{Enter}');
    await settleGraph(element, 0);
    expect(element.focused).toEqual({ key: cursor, hops: 1 });

    await userEvent.keyboard('{Escape}');
    await settleGraph(element, 0);
    expect(element.focused).toBeNull();
    await userEvent.keyboard('{Escape}');
    await settleGraph(element, 0);
    expect(element.selected).toBeNull();
  });

  it('toggles legend filters from the keyboard', async () => {
    const element = await mountGraph();
    legendButton(element, 'edgeTypes', 'targets').focus();
    await userEvent.keyboard('{Enter}');
    await settleGraph(element, 0);
    expect(element.filter.edgeTypes).toEqual(['supplies', 'pact', 'condemns']);
  });
});

describe('layouts, zoom and theme', () => {
  it('runs each layout from the registry and keeps every actor on screen', async () => {
    const element = await mountGraph();
    for (const layout of ['circle', 'grid', 'concentric', 'breadthfirst', 'force']) {
      element.layout = layout;
      await settleGraph(element, 0);
      await new Promise((resolve) => setTimeout(resolve, 350));
      const positions = new Set(element.cy!.nodes().map((node) => `${Math.round(node.position('x'))},${Math.round(node.position('y'))}`));
      expect(positions.size, layout).toBe(6);
    }
  });

  it('does not zoom on a plain wheel over the page, shows a hint, and zooms with Ctrl', async () => {
    const element = await mountGraph();
    const zoom = element.cy!.zoom();
    const canvas = element.cy!.container()!;
    await userEvent.hover(canvas);
    canvas
      .querySelector('canvas')!
      .dispatchEvent(new WheelEvent('wheel', { deltaY: -200, bubbles: true, composed: true, clientX: 400, clientY: 260 }));
    await settleGraph(element, 0);
    expect(element.cy!.zoom()).toBe(zoom);
    expect(element.shadowRoot!.querySelector('.hint')?.textContent).toContain('Ctrl');

    canvas
      .querySelector('canvas')!
      .dispatchEvent(new WheelEvent('wheel', { deltaY: -200, ctrlKey: true, bubbles: true, composed: true, clientX: 400, clientY: 260 }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(element.cy!.zoom()).toBeGreaterThan(zoom);
  });

  it('switches the canvas and panels to the dark theme', async () => {
    const element = await mountGraph({ setup: (el) => el.setAttribute('theme', 'dark') });
    await settleGraph(element, 0);
    expect(getComputedStyle(element).backgroundColor).toBe('rgb(15, 23, 42)');
    expect(element.cy!.getElementById('DPRK').style('color')).toBe('rgb(226,232,240)');
    element.theme = 'light';
    await settleGraph(element, 0);
    expect(getComputedStyle(element).backgroundColor).toBe('rgb(255, 255, 255)');
    expect(element.cy!.getElementById('DPRK').style('color')).toBe('rgb(30,41,59)');
  });
});
