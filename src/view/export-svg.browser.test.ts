/**
 * The SVG export in Chromium: a Cytoscape graph drawn with the widget's stylesheet becomes an SVG
 * document that parses, with one outline per shown actor where the actor is, dash patterns and
 * arrowheads as drawn, labels carrying their exact text whatever characters they hold, nothing
 * for hidden elements, and a legend when asked; the seed dataset in the real element too.
 */
import { afterEach, describe, expect, it } from 'vitest';
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { buildStylesheet, LIGHT_CANVAS } from './cy-style';
import { exportSvg, exportSvgBlob, type SvgLegend } from './export-svg';
import { box, frame, onCleanup, undoPageChanges } from '../test-support/page';
import { mountGraph } from '../test-support/graph';

afterEach(undoPageChanges);

const TRICKY = 'A <b>&"\'</b> ]]> \u0001';

const node = (id: string, shape: string, x: number, y: number, label = id): ElementDefinition => ({
  group: 'nodes',
  data: { id, label, kind: 'k', color: '#0f766e', shape },
  position: { x, y },
});
const edge = (id: string, source: string, target: string, lineStyle: string, arrow: 'triangle' | 'none'): ElementDefinition => ({
  group: 'edges',
  data: { id, source, target, type: 't', status: 'confirmed', color: '#1f6fb2', arrow, lineStyle, label: id },
});

async function smallGraph(): Promise<Core> {
  const cy = cytoscape({
    container: box({ width: '640px', height: '420px' }),
    style: buildStylesheet(LIGHT_CANVAS),
    layout: { name: 'preset' },
    elements: [
      node('a', 'ellipse', 0, 0, TRICKY),
      node('b', 'hexagon', 200, 0),
      node('c', 'round-rectangle', 100, 150),
      node('d', 'diamond', 300, 150),
      node('t', 'triangle', -100, 120),
      node('h', 'star', 400, 0),
      edge('ab', 'a', 'b', 'solid', 'triangle'),
      edge('bc', 'b', 'c', 'dashed', 'none'),
      edge('ca', 'c', 'a', 'dotted', 'triangle'),
      edge('ad1', 'a', 'd', 'solid', 'triangle'),
      edge('ad2', 'a', 'd', 'solid', 'triangle'),
      edge('bh', 'b', 'h', 'solid', 'triangle'),
      edge('th', 't', 'h', 'solid', 'none'),
    ],
  });
  onCleanup(() => cy.destroy());
  cy.getElementById('h').addClass('sg-hidden');
  cy.getElementById('t').addClass('sg-dimmed');
  await frame();
  return cy;
}

/** The document parsed as SVG and put on the page (so that its geometry can be measured). */
function parse(svg: string): SVGSVGElement {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')?.textContent ?? null).toBeNull();
  const root = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
  box().append(root);
  return root;
}

const centre = (shape: SVGGraphicsElement) => {
  const b = shape.getBBox();
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
};

describe('exportSvg', () => {
  it('draws each shown actor as its shape where it is, and nothing hidden', async () => {
    const cy = await smallGraph();
    const root = parse(exportSvg(cy, { title: 'Ties & <actors>' }));

    expect(root.querySelector('title')!.textContent).toBe('Ties & <actors>');
    const nodes = [...root.querySelectorAll<SVGGElement>('g.node')];
    expect(nodes.map((g) => g.dataset.id).sort()).toEqual(['a', 'b', 'c', 'd', 't']);
    for (const g of nodes) {
      const shapes = g.querySelectorAll<SVGGraphicsElement>('ellipse, path');
      expect(shapes).toHaveLength(1);
      const at = centre(shapes[0]!);
      const model = cy.getElementById(g.dataset.id!).position();
      expect(Math.abs(at.x - model.x)).toBeLessThan(1);
      expect(Math.abs(at.y - model.y)).toBeLessThan(1);
    }
    expect(root.querySelector('g.node[data-id="a"] ellipse')).not.toBeNull();
    expect(root.querySelector('g.node[data-id="c"] path')!.getAttribute('d')).toContain('A');

    // The viewBox holds every shown element with the margin around it, and nothing hidden.
    const view = root.viewBox.baseVal;
    const bounds = cy.elements(':visible').boundingBox({});
    expect(view.x).toBeCloseTo(bounds.x1 - 16, 1);
    expect(view.y).toBeCloseTo(bounds.y1 - 16, 1);
    expect(view.width).toBeCloseTo(bounds.w + 32, 1);
    expect(root.querySelector('[data-id="h"], [data-id="bh"], [data-id="th"]')).toBeNull();
    // A dimmed actor stays faint.
    expect(root.querySelector('g.node[data-id="t"] path')!.getAttribute('fill-opacity')).toBe('0.15');
    expect(root.querySelector('g.label[data-id="t"] text')!.getAttribute('fill-opacity')).toBe('0.05');
  });

  it('draws ties as Cytoscape does: dash patterns, curves for parallel ties, arrowheads on directed ones', async () => {
    const cy = await smallGraph();
    const root = parse(exportSvg(cy));
    const line = (id: string) => root.querySelector(`g.edge[data-id="${id}"] path.line`)!;

    expect(root.querySelectorAll('g.edge')).toHaveLength(5);
    expect(line('ab').getAttribute('stroke-dasharray')).toBeNull();
    expect(line('bc').getAttribute('stroke-dasharray')).toBe('6 3');
    expect(line('ca').getAttribute('stroke-dasharray')).toBe('1 1');
    expect(line('ab').getAttribute('stroke')).toBe('#1f6fb2');
    expect(line('ab').getAttribute('stroke-width')).toBe('2.5');
    expect(line('ad1').getAttribute('d')).toContain('Q');
    expect(line('ad2').getAttribute('d')).toContain('Q');

    expect(root.querySelector('g.edge[data-id="bc"] polygon.arrow')).toBeNull();
    for (const id of ['ab', 'ca', 'ad1', 'ad2']) {
      const arrow = root.querySelector(`g.edge[data-id="${id}"] polygon.arrow`)!;
      expect(arrow.getAttribute('fill')).toBe('#1f6fb2');
      // Its tip is Cytoscape's target endpoint, on the target's outline.
      const [tipX, tipY] = arrow.getAttribute('points')!.split(' ')[0]!.split(',').map(Number);
      const tip = cy.getElementById(id).targetEndpoint();
      expect(Math.hypot(tipX! - tip.x, tipY! - tip.y)).toBeLessThan(0.02);
    }
    // The line starts at Cytoscape's source endpoint.
    const start = cy.getElementById('ab').sourceEndpoint();
    expect(line('ab').getAttribute('d')).toMatch(new RegExp(`^M${Math.round(start.x * 100) / 100},${Math.round(start.y * 100) / 100} `));
  });

  it('keeps every label exactly, whatever characters it holds, under its actor with a halo', async () => {
    const cy = await smallGraph();
    const svg = exportSvg(cy, { title: TRICKY });
    expect(svg).not.toContain('<b>');
    const root = parse(svg);

    const text = root.querySelector<SVGTextElement>('g.label[data-id="a"] text')!;
    // The one character XML cannot hold at all becomes U+FFFD; everything else is kept.
    expect(text.textContent).toBe(TRICKY.replace('\u0001', '\uFFFD'));
    expect(root.querySelector('title')!.textContent).toBe(TRICKY.replace('\u0001', '\uFFFD'));
    expect(text.getAttribute('paint-order')).toBe('stroke');
    expect(text.getAttribute('stroke')).toBe('#ffffff');
    expect(text.getAttribute('stroke-width')).toBe('4');
    expect(text.getAttribute('fill')).toBe('#1e293b');
    expect(Number(text.getAttribute('x'))).toBeCloseTo(0, 0);
    // Below the actor (radius 14, border 2), as on screen.
    expect(text.getBBox().y).toBeGreaterThan(14);
    expect(text.getBBox().y).toBeLessThan(30);
  });

  it('shows a path step on its box, and a selected tie its label', async () => {
    const cy = await smallGraph();
    cy.getElementById('ab').addClass('sg-path').data('step', '1');
    cy.getElementById('bc').addClass('sg-selected');
    const root = parse(exportSvg(cy));

    const step = root.querySelector('g.label[data-id="ab"]')!;
    expect(step.querySelector('text')!.textContent).toBe('1');
    expect(step.querySelector('rect')!.getAttribute('fill')).toBe('#ffffff');
    expect(step.querySelector('rect')!.getAttribute('stroke')).toBe('#1e293b');
    const mid = cy.getElementById('ab').midpoint();
    expect(Math.abs(centre(step.querySelector('rect')!).x - mid.x)).toBeLessThan(1);
    expect(root.querySelector('g.label[data-id="bc"] text')!.textContent).toBe('bc');
    expect(root.querySelector('g.edge[data-id="ab"] path.line')!.getAttribute('stroke-width')).toBe('6');
  });

  it('adds a legend beside the graph when asked, and a background', async () => {
    const cy = await smallGraph();
    const legend: SvgLegend = {
      title: 'Ties & kinds',
      items: [
        { label: 'supplies', color: '#1f6fb2', kind: 'arrow' },
        { label: 'reported', color: '#64748b', kind: 'dashed' },
        { label: 'potential', color: '#64748b', kind: 'dotted' },
        { label: 'pact <with>', color: '#7b3fa0', kind: 'line' },
        { label: 'State', color: '#334155', kind: 'node' },
      ],
    };
    const without = parse(exportSvg(cy));
    expect(without.querySelector('g.legend')).toBeNull();
    expect(without.querySelector('rect.background')).toBeNull();

    const root = parse(exportSvg(cy, { legend, background: '#0f172a' }));
    const g = root.querySelector('g.legend')!;
    expect(g.querySelector('text')!.textContent).toBe('Ties & kinds');
    const items = [...g.querySelectorAll('g.legend-item')];
    expect(items.map((item) => item.querySelector('text')!.textContent)).toEqual([
      'supplies',
      'reported',
      'potential',
      'pact <with>',
      'State',
    ]);
    expect(items[0]!.querySelector('polygon')!.getAttribute('fill')).toBe('#1f6fb2');
    expect(items[1]!.querySelector('line')!.getAttribute('stroke-dasharray')).toBe('6 3');
    expect(items[2]!.querySelector('line')!.getAttribute('stroke-dasharray')).toBe('1 1');
    expect(items[3]!.querySelector('line')!.getAttribute('stroke-dasharray')).toBeNull();
    expect(items[4]!.querySelector('circle')!.getAttribute('fill')).toBe('#334155');
    // Beside the graph, not over it: the picture grows by the legend's width.
    expect(root.viewBox.baseVal.width).toBeGreaterThan(without.viewBox.baseVal.width + 80);
    const frameBox = (g.querySelector('rect') as SVGGraphicsElement).getBBox();
    expect(frameBox.x).toBeGreaterThan(cy.elements(':visible').boundingBox({}).x2);
    expect(root.querySelector('rect.background')!.getAttribute('fill')).toBe('#0f172a');
  });

  it('makes a file a browser opens as an image', async () => {
    const cy = await smallGraph();
    const blob = exportSvgBlob(cy, { background: '#ffffff' });
    expect(blob.type).toBe('image/svg+xml');
    expect(await blob.text()).toBe(exportSvg(cy, { background: '#ffffff' }));

    const url = URL.createObjectURL(blob);
    onCleanup(() => URL.revokeObjectURL(url));
    const image = new Image();
    image.src = url;
    await image.decode();
    const root = parse(await blob.text());
    const view = root.viewBox.baseVal;
    expect(image.naturalWidth).toBe(Math.ceil(view.width));

    // Drawn: the hexagon's fill at the hexagon's place, the background elsewhere.
    const canvas = new OffscreenCanvas(image.naturalWidth, image.naturalHeight);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const b = cy.getElementById('b').position();
    expect([...context.getImageData(b.x - view.x, b.y - view.y, 1, 1).data]).toEqual([15, 118, 110, 255]);
    expect([...context.getImageData(1, 1, 1, 1).data]).toEqual([255, 255, 255, 255]);
  });
});

describe('exportSvg on the element', () => {
  it('draws the seed dataset: 6 actors and 12 ties', async () => {
    const element = await mountGraph();
    const root = parse(exportSvg(element.cy!, { title: 'DPRK–Russia' }));

    expect(root.querySelectorAll('g.node')).toHaveLength(6);
    expect(root.querySelectorAll('g.node > ellipse, g.node > path')).toHaveLength(6);
    expect(root.querySelectorAll('g.edge path.line')).toHaveLength(12);
    expect(root.querySelectorAll('g.label')).toHaveLength(6);
    const dashes = [...root.querySelectorAll('g.edge path.line')].map((line) => line.getAttribute('stroke-dasharray'));
    expect(dashes.filter((d) => d === '6 3')).toHaveLength(1);
    expect(dashes.filter((d) => d === '1 1')).toHaveLength(4);
    // Every tie but the undirected pact has an arrowhead.
    expect(root.querySelectorAll('g.edge polygon.arrow').length).toBe(element.cy!.edges('[arrow = "triangle"]').length);
  });
});
