/**
 * Contender "widget": `<stakeholder-graph>` given the dataset through `element.data`, with
 * whatever layout it picks by default for data without positions.
 *
 * First frame: the first Cytoscape `render` with every node created, then the next frame.
 * Settled: the element's `sg-layout-settled` event when the build has one, else the first frame.
 * Path: `highlightPath(from, to, {direction: 'ignore'})`, then the next `render`, then a frame.
 */
import type { Core } from 'cytoscape';
import '../../src/elements/stakeholder-graph/stakeholder-graph';
import { createHarness, cytoscapeViewport, nextFrame, once, rectOf } from './harness';

const harness = createHarness('widget');
const host = document.getElementById('graph')!;
const element = document.createElement('stakeholder-graph');
element.style.height = '100%';
element.addEventListener('sg-error', (event) => harness.errors.push(`sg-error: ${event.detail.message}`));

const rendered = (cy: Core, timeoutMs?: number) =>
  once((done) => {
    cy.one('render', done);
    return () => cy.off('render', done);
  }, timeoutMs);

const times: Record<string, number> = {};
element.addEventListener('sg-load', () => (times.sgLoadMs = performance.now()), { once: true });

harness.install({
  info: () => ({ ...times, nodesDrawn: element.cy?.nodes().length ?? 0 }),
  settleSource: harness.params.settleEvent ? 'sg-layout-settled' : 'first-frame',
  canvasRect: () => rectOf(element),
  viewport: () => cytoscapeViewport(element.cy!),
  stopLayout: () => element.stopLayout(),
  async highlight(from, to) {
    const cy = element.cy!;
    const start = performance.now();
    const path = element.highlightPath(from, to, { direction: 'ignore' });
    const drawn = rendered(cy, 30_000);
    await element.updateComplete;
    await drawn;
    const end = await nextFrame();
    return { ms: end - start, pathNodes: path?.nodes.length ?? 0 };
  },
});

if (harness.params.settleEvent) {
  element.addEventListener('sg-layout-settled', () => harness.settled(performance.now()), { once: true });
}
host.append(element);

const data = await harness.fetchData();
const total = data.nodes?.length ?? 0;
element.data = data;
await element.updateComplete;
times.updateCompleteMs = performance.now();
// The view may build its elements over several frames: wait for Cytoscape, then for a render
// that has every node.
let cy = element.cy;
while (!cy) {
  await nextFrame();
  cy = element.cy;
}
const core = cy;
const complete = () => core.nodes().length >= total;
// Normally the listener sees the render; the poll covers a render it could have missed.
const drawnComplete = new Promise<void>((resolve) => {
  const check = () => {
    if (!complete()) return;
    core.off('render', check);
    resolve();
  };
  core.on('render', check);
});
const polled = (async () => {
  while (!complete()) await nextFrame();
  await rendered(core, 2_000);
})();
await Promise.race([drawnComplete, polled]);
times.drawnMs = performance.now();
const first = await nextFrame();
harness.firstFrame(first);
if (!harness.params.settleEvent) harness.settled(first);
