/**
 * `<stakeholder-graph>` in real Chromium: what a user sees after loading data, bad data, a
 * hidden container, page scroll and removal.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import seed from '../../../graph-data/dprk-russia-2024.json';
import { addGraph, mountGraph, nextEvent, settleGraph } from '../../test-support/graph';
import { onCleanup, undoPageChanges } from '../../test-support/page';

afterEach(undoPageChanges);

describe('<stakeholder-graph> with the seed dataset', () => {
  it('draws the six actors and twelve relationships and announces the load', async () => {
    const loadEvent = nextEvent<{ graph: { order: number } }>(document, 'sg-load');
    const element = addGraph();
    const event = await loadEvent;
    await settleGraph(element);

    expect(event.detail.graph.order).toBe(6);
    expect(
      element
        .cy!.nodes()
        .map((node) => node.id())
        .sort(),
    ).toEqual(['DPRK', 'ROK', 'Russia', 'UN', 'US', 'Ukraine']);
    expect(element.cy!.edges()).toHaveLength(12);
    expect(element.graph!.size).toBe(12);
  });

  it('styles each relationship by type (colour, arrow) and status (line pattern)', async () => {
    const element = await mountGraph();
    const edge = (id: string) => element.cy!.getElementById(id);

    expect(edge('DPRK-supplies-Russia-munitions').style('line-style')).toBe('solid');
    expect(edge('DPRK-supplies-Russia-troops').style('line-style')).toBe('dashed');
    expect(edge('ROK-supplies-Ukraine-lethal-aid').style('line-style')).toBe('dotted');
    expect(edge('DPRK-supplies-Russia-munitions').style('line-color')).toBe('rgb(31,111,178)');
    expect(edge('ROK-condemns-DPRK').style('line-color')).toBe('rgb(180,83,9)');
    expect(edge('DPRK-supplies-Russia-munitions').style('target-arrow-shape')).toBe('triangle');
    expect(edge('DPRK-pact-Russia').style('target-arrow-shape')).toBe('none');
  });

  it('labels every actor with its label, not its key', async () => {
    const element = await mountGraph();
    expect(element.cy!.getElementById('DPRK').style('label')).toBe('North Korea');
    expect(element.cy!.getElementById('UN').style('shape')).toBe('round-rectangle');
  });

  it('shows a legend of the types and statuses present, with counts', async () => {
    const element = await mountGraph();
    const legend = element.shadowRoot!.querySelector('[part=legend]')!;
    const rows = (facet: string) =>
      [...legend.querySelectorAll(`button[data-facet=${facet}]`)].map((button) => button.textContent.replace(/[\s✓]+/g, ' ').trim());

    expect(rows('edgeTypes')).toEqual(['supplies 4', 'pact with (both ways) 1', 'condemns 4', 'targets 3']);
    expect(rows('statuses')).toEqual(['confirmed 7', 'reported 1', 'potential 4']);
    expect(rows('nodeKinds')).toEqual(['State 5', 'Organization 1']);
  });

  it('loads from the src attribute', async () => {
    const loadEvent = nextEvent(document, 'sg-load');
    const element = addGraph({ data: null, setup: (el) => el.setAttribute('src', '/graph-data/dprk-russia-2024.json') });
    await loadEvent;
    await settleGraph(element);
    expect(element.cy!.nodes()).toHaveLength(6);
  });
});

describe('<stakeholder-graph> with bad data', () => {
  it('shows the error with its path and keeps the graph already shown', async () => {
    const element = await mountGraph();
    const bad = structuredClone(seed) as { edges: Array<{ target: string }> };
    bad.edges[3]!.target = 'Rusia';

    const errorEvent = nextEvent<{ message: string; problems: Array<{ path: string; message: string }> }>(element, 'sg-error');
    element.data = bad;
    const event = await errorEvent;
    await settleGraph(element);

    expect(event.detail.problems).toEqual([
      { path: 'edges[3].target', message: expect.stringContaining('(did you mean "Russia"?)') as unknown },
    ]);
    const alert = element.shadowRoot!.querySelector('[role=alert]')!;
    expect(alert.textContent).toContain('edges[3].target');
    expect(alert.textContent).toContain('the graph shown is unchanged');
    expect(element.cy!.nodes()).toHaveLength(6);
    expect(element.cy!.edges()).toHaveLength(12);
    expect(element.graph!.hasNode('Russia')).toBe(true);
  });

  it('reports a src that answers with a web page instead of JSON, and can be dismissed', async () => {
    const errorEvent = nextEvent<{ message: string }>(document, 'sg-error');
    const element = addGraph({ data: null, setup: (el) => (el.src = '/graph-data/missing.json') });
    const event = await errorEvent;
    await settleGraph(element);

    expect(event.detail.message).toMatch(
      /^Could not load \/graph-data\/missing\.json: the server sent a web page \(text\/html\) instead of JSON/,
    );
    const dismiss = element.shadowRoot!.querySelector<HTMLButtonElement>('[role=alert] button')!;
    await userEvent.click(dismiss);
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[role=alert]')).toBeNull();
  });

  it('renders markup in data as text, never as HTML', async () => {
    const hostile = structuredClone(seed) as { edges: Array<{ target: string }> };
    hostile.edges[0]!.target = '<img src=x onerror="window.__pwned=1">';
    const element = addGraph({ data: hostile });
    await settleGraph(element);
    const alert = element.shadowRoot!.querySelector('[role=alert]')!;
    expect(alert.querySelector('img')).toBeNull();
    expect(alert.textContent).toContain('\\u003cimg');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('<stakeholder-graph> lifecycle', () => {
  it('lays out correctly when created hidden and shown later', async () => {
    const parent = document.createElement('div');
    parent.style.display = 'none';
    onCleanup(() => parent.remove());
    const element = addGraph({ parent });
    document.body.append(parent);
    await settleGraph(element);
    expect(element.cy!.width()).toBe(0);

    parent.style.display = 'block';
    await new Promise((resolve) => setTimeout(resolve, 100));

    const box = element.cy!.nodes().renderedBoundingBox();
    expect(element.cy!.width()).toBe(800);
    expect(box.x1).toBeGreaterThanOrEqual(0);
    expect(box.x2).toBeLessThanOrEqual(800);
    expect(box.w).toBeGreaterThan(200);
    const positions = new Set(element.cy!.nodes().map((node) => `${Math.round(node.position('x'))},${Math.round(node.position('y'))}`));
    expect(positions.size).toBe(6);
  });

  it('follows resizes of its container', async () => {
    const element = await mountGraph();
    element.style.width = '500px';
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(element.cy!.width()).toBe(500);
  });

  it('keeps the Cytoscape container across Lit re-renders', async () => {
    const element = await mountGraph();
    const container = element.cy!.container();
    element.label = 'Another name';
    await element.updateComplete;
    expect(element.cy!.container()).toBe(container);
    expect(container!.getAttribute('aria-label')).toBe('Another name');
    expect(getComputedStyle(container!).position).toBe('relative');
  });

  it('destroys Cytoscape when removed and rebuilds it when put back', async () => {
    const element = await mountGraph();
    const cy = element.cy!;
    element.remove();
    await Promise.resolve(); // destroyed a microtask later, so a move keeps it (lifecycle tests)
    expect(cy.destroyed()).toBe(true);
    expect(element.cy).toBeUndefined();

    document.body.append(element);
    await settleGraph(element);
    expect(element.cy!.destroyed()).toBe(false);
    expect(element.cy!.nodes()).toHaveLength(6);
  });

  it('injects no style into the document head', async () => {
    await mountGraph();
    const placeholder = document.getElementById('__________cytoscape_stylesheet');
    expect(placeholder?.tagName).toBe('META');
  });

  it('hits the node under the pointer after the page scrolled', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '1500px';
    document.body.prepend(spacer);
    try {
      const element = await mountGraph();
      const canvas = element.cy!.container()!;
      // Let Cytoscape cache the container's offset, then scroll the page.
      await userEvent.hover(canvas, { position: { x: 5, y: 5 } });
      window.scrollTo(0, 1200);
      await new Promise((resolve) => requestAnimationFrame(resolve));

      const node = element.cy!.getElementById('Ukraine');
      const { x, y } = node.renderedPosition();
      await userEvent.click(canvas, { position: { x, y } });
      expect(element.selected).toBe('Ukraine');
      expect(node.hasClass('sg-selected')).toBe(true);
    } finally {
      spacer.remove();
      window.scrollTo(0, 0);
    }
  });
});
