/**
 * `<stakeholder-graph>` on big generated graphs: the large-graph styles, the progressive
 * ForceAtlas2 (interactive before it settles, positions refined in steps, stopped on a new
 * graph), and the WebGL opt-in.
 */
import { gpuRenderer, isSoftwareRenderer, WEBGL_MIN_ELEMENTS } from '../../view/renderer-choice';
import { afterEach, describe, expect, it } from 'vitest';
import type { StakeholderGraph } from './stakeholder-graph.component';
import { addGraph, nextEvent } from '../../test-support/graph';
import { undoPageChanges } from '../../test-support/page';

afterEach(undoPageChanges);

/** A connected, seeded graph in the project's format: about two typed edges per actor, no positions. */
function generate(n: number) {
  let seed = 7;
  const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const types = ['supplies', 'pact', 'condemns', 'targets'];
  const statuses = ['confirmed', 'reported', 'potential'];
  const nodes = Array.from({ length: n }, (_, i) => ({ key: `a${i}`, attributes: { label: `Actor ${i}` } }));
  const edges = [];
  for (let i = 1; i < n; i++) {
    for (let k = 0; k < 2; k++) {
      const j = Math.floor(random() * i);
      edges.push({
        key: `r${i}-${k}`,
        source: `a${i}`,
        target: `a${j}`,
        attributes: { type: types[(i + k) % 4], status: statuses[(i * 3 + k) % 3] },
      });
    }
  }
  return { attributes: { title: `Generated ${n}` }, options: { type: 'mixed', multi: true }, nodes, edges };
}

const SIZE = { width: '900px', height: '600px' };

const positionsOf = (element: StakeholderGraph) =>
  element.cy!.nodes().map((node) => `${node.position('x').toFixed(1)},${node.position('y').toFixed(1)}`);

describe('big graphs', () => {
  it('draws 1,200 actors at once, selectable, while ForceAtlas2 refines them in a worker until it settles', async () => {
    const settled = new Promise<CustomEvent<{ layout: string }>>((resolve) =>
      document.addEventListener('sg-layout-settled', (e) => resolve(e), { once: true }),
    );
    const element = addGraph({ data: generate(1200), style: SIZE });
    await element.updateComplete;

    expect(element.cy!.nodes()).toHaveLength(1200);
    expect(element.layoutRunning).toBe(true);
    const first = positionsOf(element);
    // Interactive before the layout is done: selecting works now.
    element.select('a42');
    await element.updateComplete;
    expect(element.cy!.getElementById('a42').hasClass('sg-selected')).toBe(true);

    const event = await settled;
    expect(event.detail.layout).toBe('force');
    expect(element.layoutRunning).toBe(false);
    expect(positionsOf(element)).not.toEqual(first);
  }, 60_000);

  it('stopLayout() stops the progressive layout where the actors are, and says so in sg-layout-settled', async () => {
    const events: Array<{ layout: string; stopped: boolean }> = [];
    const element = addGraph({ data: generate(1500), style: SIZE });
    element.addEventListener('sg-layout-settled', (event) => events.push(event.detail));
    await element.updateComplete;
    expect(element.layoutRunning).toBe(true);

    element.stopLayout();
    const stoppedAt = positionsOf(element);
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 2000));

    expect(element.layoutRunning).toBe(false);
    expect(events).toEqual([{ layout: 'force', stopped: true }]);
    // No step of the stopped run arrives later.
    expect(positionsOf(element)).toEqual(stoppedAt);
    // Nothing runs any more: a second call fires nothing.
    element.stopLayout();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(events).toHaveLength(1);
  }, 30_000);

  it('stopLayout() ends an animated Cytoscape layout early', async () => {
    const element = addGraph({ data: generate(300), style: SIZE });
    await element.updateComplete;
    const settled = new Promise<{ layout: string; stopped: boolean }>((resolve) =>
      element.addEventListener('sg-layout-settled', (event) => event.detail.layout === 'circle' && resolve(event.detail)),
    );
    element.layout = 'circle';
    await element.updateComplete;
    element.stopLayout();
    expect(await settled).toEqual({ layout: 'circle', stopped: true });
  }, 30_000);

  it('uses the large-graph styles above 6,000 elements, and stops the running layout when a new graph replaces it', async () => {
    const element = addGraph({ data: generate(2500), style: SIZE });
    await element.updateComplete;
    expect(element.layoutRunning).toBe(true);
    // Straight edges without arrows, arrows back on the selected edge.
    expect(element.cy!.getElementById('r5-0').style('curve-style')).toBe('haystack');
    element.select('r5-0');
    await element.updateComplete;
    expect(element.cy!.getElementById('r5-0').style('curve-style')).toBe('bezier');
    expect(element.cy!.getElementById('r5-0').style('target-arrow-shape')).toBe('triangle');
    element.data = generate(50);
    await element.updateComplete;
    expect(element.layoutRunning).toBe(false);
    const settledPositions = positionsOf(element);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(positionsOf(element)).toEqual(settledPositions);
    expect(element.cy!.nodes()).toHaveLength(50);
    expect(element.cy!.getElementById('r5-0').style('curve-style')).toBe('bezier');
  }, 30_000);

  it('switches to the WebGL renderer on request, keeping the graph', async () => {
    const element = addGraph({ data: generate(50), style: SIZE });
    await element.updateComplete;
    element.setAttribute('renderer', 'webgl');
    await element.updateComplete;
    await element.updateComplete;
    expect(element.cy!.nodes()).toHaveLength(50);
    expect(element.cy!.container()!.querySelectorAll('canvas').length).toBeGreaterThan(0);
    expect(Boolean((element.cy as unknown as { renderer(): { webgl?: boolean } }).renderer().webgl)).toBe(true);
  });

  it('keeps the canvas for a big graph by default where WebGL is software (this machine), and reads the GPU to decide', async () => {
    const gpu = gpuRenderer();
    expect(isSoftwareRenderer(gpu)).toBe(true);
    const element = addGraph({ data: generate(8000), style: SIZE, setup: (graph) => (graph.groupBy = 'none') });
    await nextEvent(element, 'sg-load');
    await element.updateComplete;
    expect(element.renderer).toBe('auto');
    expect(element.graph!.order + element.graph!.size).toBeGreaterThanOrEqual(WEBGL_MIN_ELEMENTS);
    const renderer = (element.cy as unknown as { renderer(): { webgl?: boolean } }).renderer();
    expect(Boolean(renderer.webgl)).toBe(false);
  }, 30_000);
});
