/**
 * Paths on `<stakeholder-graph>`: the API, the attributes, Shift-click and Shift+Enter, and what
 * the canvas and screen readers get.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { mountGraph, record, settleGraph } from '../../test-support/graph';
import type { StakeholderGraph } from './stakeholder-graph.component';
import type { SgPathDetail } from '../events';
import { undoPageChanges } from '../../test-support/page';

afterEach(undoPageChanges);

const onPath = (element: StakeholderGraph) =>
  element
    .cy!.elements('.sg-path')
    .map((ele) => ele.id())
    .sort();

describe('path highlighting', () => {
  it('highlights the shortest path from the United States to Ukraine, numbered, the rest dimmed', async () => {
    const element = await mountGraph();
    const events = record<SgPathDetail>(element, 'sg-path');

    const path = element.highlightPath('US', 'Ukraine');
    await settleGraph(element);

    expect(path?.nodes).toEqual(['US', 'DPRK', 'Ukraine']);
    expect(path?.narrative).toBe('United States condemns North Korea; North Korea targets Ukraine');
    expect(onPath(element)).toEqual(['DPRK', 'DPRK-targets-Ukraine', 'US', 'US-condemns-DPRK', 'Ukraine']);
    expect(element.cy!.getElementById('US-condemns-DPRK').data('step')).toBe('1');
    expect(element.cy!.getElementById('DPRK-targets-Ukraine').data('step')).toBe('2');
    expect(element.cy!.getElementById('Russia').hasClass('sg-dimmed')).toBe(true);
    expect(element.cy!.getElementById('US').hasClass('sg-path-start')).toBe(true);
    expect(element.getAttribute('path-from')).toBe('US');
    expect(element.getAttribute('path-to')).toBe('Ukraine');
    expect(events).toHaveLength(1);
    expect(events[0]!.active?.edges).toEqual(['US-condemns-DPRK', 'DPRK-targets-Ukraine']);
    expect(events[0]!.paths.length).toBeGreaterThan(1);

    const live = element.shadowRoot!.querySelector('[aria-live]')!;
    expect(live.querySelector('p')!.textContent).toMatch(/^Path 1 of \d+ from United States to Ukraine, 2 hops:$/);
    expect([...live.querySelectorAll('ol > li')].map((li) => li.textContent)).toEqual([
      'United States condemns North Korea (confirmed; evidence: lines 5, 18, 19)',
      'North Korea targets Ukraine (potential; evidence: lines 9, 14, 41)',
    ]);
  });

  it('shows another path by index, and clears with Escape', async () => {
    const element = await mountGraph();
    const events = record<SgPathDetail>(element, 'sg-path');
    const second = element.highlightPath('US', 'Ukraine', { index: 1 });
    await settleGraph(element);
    expect(onPath(element)).toEqual([...second!.nodes, ...second!.edges].sort());

    element.cy!.container()!.focus();
    await userEvent.keyboard('{Escape}');
    await settleGraph(element);
    expect(onPath(element)).toEqual([]);
    expect(element.cy!.elements('.sg-dimmed')).toHaveLength(0);
    expect(events.at(-1)).toEqual({ from: null, to: null, paths: [], active: null });
  });

  it('sets the highlight declaratively, and the type and direction attributes change the answer', async () => {
    const element = await mountGraph({
      setup: (el) => {
        el.setAttribute('path-from', 'Ukraine');
        el.setAttribute('path-to', 'US');
      },
    });
    const events = record<SgPathDetail>(element, 'sg-path');
    expect(element.activePath).toBeNull();
    expect(element.paths?.explanation).toMatch(/No path following direction; \d+ paths? ignoring direction/);

    element.setAttribute('path-direction', 'ignore');
    await settleGraph(element);
    expect(element.activePath?.nodes).toEqual(['Ukraine', 'DPRK', 'US']);
    expect(events.at(-1)!.active).not.toBeNull();

    element.setAttribute('path-types', 'supplies');
    await settleGraph(element);
    expect(element.activePath).toBeNull();
    expect(events.at(-1)!.paths).toEqual([]);
  });

  it('reports an unknown actor with sg-error instead of an empty result', async () => {
    const element = await mountGraph();
    const errors = record<{ message: string }>(element, 'sg-error');
    expect(() => element.highlightPath('US', 'Rusia')).toThrow(/unknown actor "Rusia" \(did you mean "Russia"\?\)/);
    expect(errors.at(-1)!.message).toContain('did you mean "Russia"');
    element.setAttribute('path-from', 'USA');
    element.setAttribute('path-to', 'Ukraine');
    await settleGraph(element);
    expect(errors.at(-1)!.message).toContain('unknown actor "USA"');
    expect(element.shadowRoot!.querySelector('[role=alert]')!.textContent).toContain('Could not find paths.');
  });

  it('picks from and to with two Shift-clicks', async () => {
    const element = await mountGraph();
    const canvas = element.cy!.container()!;
    const at = (key: string) => element.cy!.getElementById(key).renderedPosition();
    await userEvent.click(canvas, { position: at('ROK'), modifiers: ['Shift'] });
    await userEvent.click(canvas, { position: at('Russia'), modifiers: ['Shift'] });
    await settleGraph(element);
    expect(element.pathFrom).toBe('ROK');
    expect(element.pathTo).toBe('Russia');
    expect(element.activePath?.edges).toEqual(['ROK-condemns-Russia']);
    expect(element.selected).toBeNull();
  });

  it('picks from and to with Shift+Enter on the keyboard cursor', async () => {
    const element = await mountGraph({ setup: (el) => el.setAttribute('path-direction', 'ignore') });
    element.cy!.container()!.focus();
    await userEvent.keyboard('{ArrowRight}'); // starts on North Korea, the most connected actor
    await userEvent.keyboard('{Shift>}{Enter}{/Shift}');
    const dprk = element.cy!.getElementById('DPRK').renderedPosition();
    const russia = element.cy!.getElementById('Russia').renderedPosition();
    const arrow =
      Math.abs(russia.x - dprk.x) > Math.abs(russia.y - dprk.y)
        ? russia.x > dprk.x
          ? '{ArrowRight}'
          : '{ArrowLeft}'
        : russia.y > dprk.y
          ? '{ArrowDown}'
          : '{ArrowUp}';
    await userEvent.keyboard(arrow);
    const second = element.cy!.nodes('.sg-cursor').first().id();
    await userEvent.keyboard('{Shift>}{Enter}{/Shift}');
    await settleGraph(element);
    expect(element.pathFrom).toBe('DPRK');
    expect(element.pathTo).toBe(second);
    expect(element.activePath?.nodes[0]).toBe('DPRK');
  });

  it('respects the legend filters: a hidden type is not walked', async () => {
    const element = await mountGraph();
    element.highlightPath('US', 'Ukraine');
    await settleGraph(element);
    element.filter = { edgeTypes: ['supplies', 'pact', 'targets'], statuses: null, nodeKinds: null };
    await settleGraph(element);
    expect(element.activePath?.edges.every((edge) => element.graph!.getEdgeAttribute(edge, 'type') !== 'condemns')).toBe(true);
    expect(element.activePath?.nodes).toEqual(['US', 'DPRK', 'Ukraine']);
    expect(element.activePath?.edges[0]).toBe('US-targets-DPRK');
  });

  it('previews a path without changing the highlighted one', async () => {
    const element = await mountGraph();
    element.highlightPath('US', 'Ukraine');
    await settleGraph(element);
    const events = record<SgPathDetail>(element, 'sg-path');
    element.previewPath(1);
    await settleGraph(element);
    expect(onPath(element)).toEqual([...element.paths!.paths[1]!.nodes, ...element.paths!.paths[1]!.edges].sort());
    element.previewPath(null);
    await settleGraph(element);
    expect(onPath(element)).toEqual([...element.paths!.paths[0]!.nodes, ...element.paths!.paths[0]!.edges].sort());
    expect(events).toEqual([]);
  });
});
