/**
 * `<stakeholder-graph>` in someone else's page: several instances side by side, hostile page
 * styles, a page that moves, scales or hides the element, a page that scrolls, and a container
 * that decides the size. (The same element under a strict CSP, from the built bundle, is in
 * `src/embed.e2e.test.ts`.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { addGraph, nextEvent, settleGraph, type GraphOptions } from '../../test-support/graph';
import type { StakeholderGraph } from './stakeholder-graph.component';
import { box, pageStyle, undoPageChanges } from '../../test-support/page';

afterEach(() => {
  undoPageChanges();
  window.scrollTo(0, 0);
});

/** A graph of the seed dataset in `parent`, which decides its size. */
const graphIn = (parent: HTMLElement, options: GraphOptions = {}) => addGraph({ parent, style: {}, ...options });

const canvasOf = (element: StakeholderGraph) => element.shadowRoot!.querySelector<HTMLElement>('[part=canvas]')!;

/**
 * An actor drawn where a click reaches the canvas (not under the legend), with its position in
 * the container's own, untransformed pixels.
 */
function clickableActor(element: StakeholderGraph): { key: string; x: number; y: number } {
  const canvas = canvasOf(element);
  const rect = canvas.getBoundingClientRect();
  const scale = rect.width / canvas.offsetWidth;
  for (const node of element.cy!.nodes()) {
    const { x, y } = node.renderedPosition();
    const inside = x > 10 && y > 10 && x < canvas.offsetWidth - 10 && y < canvas.offsetHeight - 10;
    if (inside && canvas.contains(element.shadowRoot!.elementFromPoint(rect.left + x * scale, rect.top + y * scale)))
      return { key: node.id(), x, y };
  }
  throw new Error('no actor is clickable: all are outside the canvas or under the legend');
}

/** Clicks an actor as a person would, at its place on screen (scaled like its container), and returns its key. */
async function clickAnActor(element: StakeholderGraph, scale = 1): Promise<string> {
  const actor = clickableActor(element);
  // Playwright adds the offset to the element's on-screen box: under a transform, in screen pixels.
  await userEvent.click(canvasOf(element), { position: { x: actor.x * scale, y: actor.y * scale } });
  await element.updateComplete;
  return actor.key;
}

describe('several instances on one page', () => {
  it('keep their own state, styles and errors: one failing src touches none of the others', async () => {
    const row = box({ display: 'flex', gap: '8px' });
    const a = graphIn(row);
    const b = graphIn(row);
    const failed = nextEvent<{ message: string }>(row, 'sg-error');
    const c = graphIn(row, { data: null, setup: (element) => (element.src = '/__missing__/no-such-dataset.json') });
    for (const element of [a, b, c]) element.style.flex = '1';
    await failed;
    await Promise.all([settleGraph(a, 2), settleGraph(b, 2), settleGraph(c, 2)]);

    a.select('DPRK');
    a.theme = 'dark';
    a.edgeTypes = 'supplies';
    await settleGraph(a, 2);

    expect(a.selection).toEqual({ kind: 'node', key: 'DPRK' });
    expect(b.selection).toBeNull();
    expect(b.cy!.edges('.sg-hidden')).toHaveLength(0);
    expect(getComputedStyle(a).backgroundColor).toBe('rgb(15, 23, 42)');
    expect(getComputedStyle(b).backgroundColor).toBe('rgb(255, 255, 255)');
    expect(c.shadowRoot!.querySelector('[part=error]')).not.toBeNull();
    expect(a.shadowRoot!.querySelector('[part=error]')).toBeNull();
    expect(b.shadowRoot!.querySelector('[part=error]')).toBeNull();
    expect(b.cy!.nodes()).toHaveLength(6);
  });
});

describe('page styles', () => {
  it('do not leak in: hostile rules for div, * and inherited text styles leave the internals as they were', async () => {
    const plain = graphIn(box({ width: '800px', height: '500px' }));
    await settleGraph(plain, 2);
    const before = internals(plain);
    const hostileParent = box({ width: '800px', height: '500px' });
    hostileParent.className = 'hostile';
    pageStyle(`
      div { color: red; padding: 50px; border: 3px solid red }
      * { box-sizing: content-box }
      canvas { display: none }
      p, li, button, h3 { margin: 40px; font-size: 30px }
      .hostile { letter-spacing: 3px; word-spacing: 9px; line-height: 3; text-transform: uppercase; text-align: center; font-style: italic; font-weight: 700; white-space: pre; text-indent: 40px }
    `);

    const hostile = graphIn(hostileParent);
    hostile.style.height = '100%';
    await settleGraph(hostile, 2);

    expect(internals(hostile)).toEqual(before);
    // …and pointer positions still map to the right actor.
    expect(hostile.selection).toBeNull();
    const key = await clickAnActor(hostile);
    expect(hostile.selection).toEqual({ kind: 'node', key });
  });

  it('do not leak out: the element adds no stylesheet and no rule to the page', async () => {
    const sheets = document.styleSheets.length;
    const adopted = document.adoptedStyleSheets.length;
    const neighbour = box({});
    neighbour.textContent = 'page text';
    const neighbourStyle = JSON.stringify(pick(getComputedStyle(neighbour), ['color', 'fontFamily', 'position', 'boxSizing', 'padding']));

    const element = graphIn(box({ width: '600px', height: '400px' }));
    await settleGraph(element, 2);

    expect(document.styleSheets.length).toBe(sheets);
    expect(document.adoptedStyleSheets.length).toBe(adopted);
    expect(JSON.stringify(pick(getComputedStyle(neighbour), ['color', 'fontFamily', 'position', 'boxSizing', 'padding']))).toBe(
      neighbourStyle,
    );
    // What stands in for Cytoscape's head stylesheet is inert.
    expect(document.getElementById('__________cytoscape_stylesheet')?.localName).toBe('meta');
  });
});

describe('pointer positions', () => {
  it('stay right after the element is moved to another parent', async () => {
    const first = box({ width: '800px', height: '500px' });
    const element = graphIn(first);
    await settleGraph(element, 2);
    const second = box({ width: '800px', height: '500px', marginLeft: '240px', marginTop: '120px' });

    second.append(element);
    await settleGraph(element, 2);

    const key = await clickAnActor(element);
    expect(element.selection).toEqual({ kind: 'node', key });
  });

  it('stay right inside a parent scaled with a CSS transform', async () => {
    const parent = box({ width: '800px', height: '500px', marginLeft: '100px' });
    const element = graphIn(parent);
    await settleGraph(element, 2);
    // Scaled after Cytoscape measured (and cached) its container, as a page animating a card would.
    await userEvent.hover(canvasOf(element), { position: { x: 5, y: 5 } });
    parent.style.transform = 'scale(0.8)';
    parent.style.transformOrigin = '0 0';
    await settleGraph(element, 2);

    const key = await clickAnActor(element, 0.8);
    expect(element.selection).toEqual({ kind: 'node', key });
  });

  it('stay right, and the graph is laid out and fitted, when a hidden tab is shown', async () => {
    const tab = box({ display: 'none', width: '800px' });
    const loaded = nextEvent(tab, 'sg-load');
    const element = graphIn(tab);
    await loaded;
    await settleGraph(element, 2);

    tab.style.display = 'block';
    await expect.poll(() => element.cy!.width()).toBe(800);
    await settleGraph(element, 2);

    const positions = element.cy!.nodes().map((node) => node.renderedPosition());
    const distinct = new Set(positions.map(({ x, y }) => `${Math.round(x)},${Math.round(y)}`));
    expect(distinct.size).toBe(6);
    for (const { x, y } of positions) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(800);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(480);
    }
    const key = await clickAnActor(element);
    expect(element.selection).toEqual({ kind: 'node', key });
  });
});

describe('scrolling', () => {
  it('a wheel over the graph scrolls the page and does not zoom', async () => {
    const element = graphIn(box({ width: '800px' }));
    box({ height: '3000px' });
    await settleGraph(element, 2);
    const zoom = element.cy!.zoom();

    await userEvent.wheel(canvasOf(element), { delta: { y: 400 } });

    await expect.poll(() => window.scrollY).toBeGreaterThan(0);
    expect(element.cy!.zoom()).toBe(zoom);
  });
});

describe('size', () => {
  it('is 480px high by default and as wide as its container', async () => {
    const element = graphIn(box({ width: '640px' }));
    await nextEvent(element, 'sg-load');
    await element.timeReady();
    await settleGraph(element, 2);

    expect(element.getBoundingClientRect().height).toBe(480);
    expect(element.getBoundingClientRect().width).toBe(640);
    expect(element.cy!.width()).toBe(640);
    // Less the timeline strip at the bottom (the seed dates one claim).
    expect(element.cy!.height() + element.shadowRoot!.querySelector<HTMLElement>('.timeline')!.offsetHeight).toBe(480);
  });

  it('fills a container that sets the size, and follows it when it changes', async () => {
    const parent = box({ width: '500px', height: '300px' });
    const element = graphIn(parent);
    element.style.height = '100%';
    // The seed dates one claim: the timeline strip takes its height from the bottom of the drawing.
    await nextEvent(element, 'sg-load');
    await element.timeReady();
    await settleGraph(element, 2);
    const strip = () => element.shadowRoot!.querySelector<HTMLElement>('.timeline')?.offsetHeight ?? 0;
    expect(strip()).toBeGreaterThan(0);
    expect([element.cy!.width(), element.cy!.height() + strip()]).toEqual([500, 300]);

    parent.style.width = '700px';
    parent.style.height = '420px';

    await expect.poll(() => [element.cy!.width(), element.cy!.height() + strip()]).toEqual([700, 420]);
  });
});

describe('accessible name', () => {
  it('comes from the label attribute', async () => {
    const element = graphIn(box({ width: '600px' }), { setup: (el) => el.setAttribute('label', 'Who backs whom in the Ukraine war') });
    await settleGraph(element, 2);

    await expect.element(page.getByRole('application', { name: 'Who backs whom in the Ukraine war' })).toBeInTheDocument();
    element.setAttribute('label', 'Renamed by the page');
    await expect.element(page.getByRole('application', { name: 'Renamed by the page' })).toBeInTheDocument();
  });
});

/** What page styles must not change: the computed boxes and text styles inside the shadow root. */
function internals(element: StakeholderGraph) {
  const root = element.shadowRoot!;
  const canvas = canvasOf(element);
  const legend = root.querySelector<HTMLElement>('[part=legend]')!;
  const button = legend.querySelector('button')!;
  const heading = legend.querySelector('h3')!;
  const canvases = [...canvas.querySelectorAll('canvas')];
  const text: Array<keyof CSSStyleDeclaration> = [
    'letterSpacing',
    'wordSpacing',
    'lineHeight',
    'textTransform',
    'textAlign',
    'fontStyle',
    'fontWeight',
    'whiteSpace',
    'textIndent',
  ];
  return {
    canvas: pick(getComputedStyle(canvas), ['padding', 'borderTopWidth', 'boxSizing', 'position']),
    drawing: canvases.map((c) => getComputedStyle(c).display),
    legend: {
      ...pick(getComputedStyle(legend), ['padding', 'color', 'borderTopWidth', 'fontSize', ...text]),
      width: legend.offsetWidth,
      height: legend.offsetHeight,
    },
    heading: pick(getComputedStyle(heading), ['margin', 'fontSize', ...text]),
    button: pick(getComputedStyle(button), ['margin', 'fontSize', 'padding', ...text]),
  };
}

function pick(style: CSSStyleDeclaration, keys: Array<keyof CSSStyleDeclaration>): Record<string, string> {
  return Object.fromEntries(keys.map((key) => [key, style[key] as string]));
}
