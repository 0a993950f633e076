/**
 * What a new user sees first: a small graph fills the view at a readable zoom, no actor hides
 * under the open legend (the article's small embed included), and a relationship explains
 * itself in a tooltip on hover, and to assistive technology when it is selected from the keyboard.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { mountGraph, settleGraph } from '../../test-support/graph';
import { undoPageChanges } from '../../test-support/page';
import type { StakeholderGraph } from './stakeholder-graph.component';

afterEach(undoPageChanges);

function canvasOf(element: StakeholderGraph): HTMLElement {
  return element.shadowRoot!.querySelector<HTMLElement>('[part=canvas]')!;
}

function actorsUnderLegend(element: StakeholderGraph): string[] {
  const legend = element.shadowRoot!.querySelector<HTMLElement>('.legend');
  const body = element.shadowRoot!.querySelector<HTMLElement>('#legend-body');
  if (!legend || !body || body.hidden) return [];
  const origin = canvasOf(element).getBoundingClientRect();
  const rect = legend.getBoundingClientRect();
  const box = { x1: rect.left - origin.left, x2: rect.right - origin.left, y1: rect.top - origin.top, y2: rect.bottom - origin.top };
  return element
    .cy!.nodes()
    .filter((node) => {
      const b = node.renderedBoundingBox({});
      return b.x1 < box.x2 && box.x1 < b.x2 && b.y1 < box.y2 && box.y1 < b.y2;
    })
    .map((node) => node.id());
}

describe('first sight', () => {
  it('fills the view with the six seed actors, at a zoom that keeps labels readable', async () => {
    const element = await mountGraph({ style: { width: '900px', height: '600px' } });
    const box = element.cy!.nodes().renderedBoundingBox({});
    const canvas = canvasOf(element);
    const share = Math.max(box.w / canvas.clientWidth, box.h / canvas.clientHeight);
    expect(share).toBeGreaterThan(0.6);
    expect(element.cy!.zoom()).toBeLessThanOrEqual(1.6);
    // Every actor is inside the canvas.
    expect(box.x1).toBeGreaterThanOrEqual(0);
    expect(box.x2).toBeLessThanOrEqual(canvas.clientWidth);
  });

  for (const [width, height] of [
    [360, 310],
    [416, 380],
    [800, 520],
  ] as const) {
    it(`leaves no actor under the open legend at ${width}x${height}`, async () => {
      const element = await mountGraph({
        style: { width: `${width}px`, height: `${height}px` },
        setup: (e) => (e.edgeTypes = 'supplies,pact'),
      });
      await settleGraph(element, 4);
      expect(actorsUnderLegend(element)).toEqual([]);
    });
  }

  it('shows a relationship, its status and date in a tooltip on hover, and hides it when the pointer leaves', async () => {
    const element = await mountGraph();
    const edge = element.cy!.getElementById('DPRK-pact-Russia');
    const mid = edge.renderedMidpoint();
    await userEvent.hover(canvasOf(element), { position: { x: mid.x, y: mid.y } });
    await settleGraph(element, 2);
    const tip = element.shadowRoot!.querySelector<HTMLElement>('[role=tooltip]');
    expect(tip?.textContent).toContain('North Korea');
    expect(tip?.textContent).toMatch(/pact/i);
    expect(tip?.textContent).toMatch(/confirmed/i);
    // Placed by the pointer (through the CSSOM: the strict-CSP pages select claims without a violation).
    const box = tip!.getBoundingClientRect();
    const canvas = canvasOf(element).getBoundingClientRect();
    expect(Math.abs(box.left - canvas.left - mid.x)).toBeLessThan(box.width + 40);
    expect(Math.abs(box.top - canvas.top - mid.y)).toBeLessThan(box.height + 40);
    await userEvent.hover(canvasOf(element), { position: { x: 2, y: 2 } });
    await settleGraph(element, 2);
    expect(element.shadowRoot!.querySelector('[role=tooltip]')).toBeNull();
  });

  it('gives the selected relationship the same text, referenced by the canvas for assistive technology', async () => {
    const element = await mountGraph();
    element.select('DPRK-supplies-Russia-munitions');
    await settleGraph(element, 2);
    const tip = element.shadowRoot!.querySelector<HTMLElement>('[role=tooltip]')!;
    expect(tip.textContent).toContain('North Korea supplies Russia');
    expect(tip.textContent).toMatch(/confirmed/i);
    expect(canvasOf(element).getAttribute('aria-describedby')!.split(' ')).toContain(tip.id);
  });
});
