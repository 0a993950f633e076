/**
 * Plain Cytoscape as a developer would first write it for this data: one element per node and
 * edge, the dataset's colours, labels, arrows on directed types and dashes per status, Cytoscape's
 * defaults for everything else (no performance tuning), and a layout run on all elements.
 *
 * First frame: the first `render` after `layoutready` (every node placed once), then a frame.
 * Settled: `layoutstop`. Path: `cy.elements().aStar({directed: false})`, then in one batch
 * `addClass` on the path and a dimming class on the rest, then the next `render` and a frame.
 */
import cytoscape, { type Core, type ElementDefinition, type LayoutOptions, type StylesheetJson } from 'cytoscape';
import type { SerializedGraph } from 'graphology-types';
import { createHarness, cytoscapeViewport, nextFrame, once, rectOf } from './harness';

interface Registry {
  edgeTypes?: Record<string, { directed?: boolean; color?: string }>;
  nodeKinds?: Record<string, { color?: string; shape?: string }>;
}

const LINE_STYLE: Record<string, string> = { confirmed: 'solid', reported: 'dashed', potential: 'dotted' };

export function plainElements(data: SerializedGraph): ElementDefinition[] {
  const registry = (data.attributes ?? {}) as Registry;
  const elements: ElementDefinition[] = [];
  for (const node of data.nodes ?? []) {
    const attributes = node.attributes ?? {};
    const kind = registry.nodeKinds?.[String(attributes.kind)];
    elements.push({
      group: 'nodes',
      data: {
        id: String(node.key),
        label: String(attributes.label ?? node.key),
        color: kind?.color ?? '#475569',
        shape: kind?.shape ?? 'ellipse',
      },
    });
  }
  for (const edge of data.edges ?? []) {
    const attributes = edge.attributes ?? {};
    const type = registry.edgeTypes?.[String(attributes.type)];
    const directed = !(edge.undirected ?? type?.directed === false);
    elements.push({
      group: 'edges',
      data: {
        id: String(edge.key),
        source: String(edge.source),
        target: String(edge.target),
        color: type?.color ?? '#475569',
        arrow: directed ? 'triangle' : 'none',
        lineStyle: LINE_STYLE[String(attributes.status)] ?? 'solid',
      },
    });
  }
  return elements;
}

export const PLAIN_STYLE: StylesheetJson = [
  { selector: 'node', style: { label: 'data(label)', 'background-color': 'data(color)', shape: 'data(shape)' as never, 'font-size': 12 } },
  {
    selector: 'edge',
    style: {
      'curve-style': 'bezier',
      'line-color': 'data(color)',
      'line-style': 'data(lineStyle)' as never,
      'target-arrow-shape': 'data(arrow)' as never,
      'target-arrow-color': 'data(color)',
      width: 2,
    },
  },
  {
    selector: '.path',
    style: { 'line-color': '#dc2626', 'target-arrow-color': '#dc2626', 'background-color': '#dc2626', width: 6, 'z-index': 10 },
  },
  { selector: '.dim', style: { opacity: 0.15 } },
];

export async function runPlainCytoscape(id: string, layoutOptions: LayoutOptions): Promise<void> {
  const harness = createHarness(id);
  const container = document.getElementById('graph')!;
  // Assigned once the data is in; read by the hooks installed before that (the cap can call stopLayout during the fetch).
  // eslint-disable-next-line prefer-const
  let cy: Core | undefined;
  // eslint-disable-next-line prefer-const
  let layout: cytoscape.Layouts | undefined;
  const rendered = (core: Core) =>
    once((done) => {
      core.one('render', done);
      return () => core.off('render', done);
    }, 30_000);
  const times: Record<string, number> = {};
  harness.install({
    info: () => times,
    settleSource: 'layoutstop',
    canvasRect: () => rectOf(container),
    viewport: () => cytoscapeViewport(cy!),
    stopLayout: () => layout?.stop(),
    async highlight(from, to) {
      const core = cy!;
      const start = performance.now();
      const result = core.elements().aStar({ root: core.getElementById(from), goal: core.getElementById(to), directed: false });
      const path = result.found ? result.path : core.collection();
      core.batch(() => {
        path.addClass('path');
        core.elements().not(path).addClass('dim');
      });
      await rendered(core);
      const end = await nextFrame();
      return { ms: end - start, pathNodes: path.nodes().length };
    },
  });

  const data = await harness.fetchData();
  const core = cytoscape({ container, elements: plainElements(data), style: PLAIN_STYLE });
  times.createdMs = performance.now();
  cy = core;
  layout = core.layout(layoutOptions);
  let placed = false;
  layout.one('layoutready', () => {
    placed = true;
    times.layoutreadyMs = performance.now();
  });
  layout.one('layoutstop', () => harness.settled(performance.now()));
  const onRender = () => {
    if (!placed) return;
    core.off('render', onRender);
    void nextFrame().then((time) => harness.firstFrame(time));
  };
  core.on('render', onRender);
  layout.run();
}
