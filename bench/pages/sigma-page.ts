/**
 * The sigma.js contenders (v4, the registry's latest, and v3): sigma (WebGL) on a graphology
 * graph, nodes placed at seeded random positions, then graphology's ForceAtlas2 in a Web Worker
 * (`graphology-layout-forceatlas2/worker`, `inferSettings`) refining them while sigma redraws,
 * as sigma's own examples do.
 *
 * First frame: sigma draws once while it is constructed, so the first frame after the constructor
 * returned. Settled: the worker ran `fa2Iterations(order)` iterations (FA2 never stops by itself;
 * each worker round trip is one iteration), then stopped. Path: graphology's bidirectional BFS on
 * the (undirected) graph, node and edge reducers that highlight it and dim the rest,
 * `refresh({skipIndexation: true})`, then `afterRender` and a frame.
 */
import type Graph from 'graphology';
import GraphClass from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import { mulberry32 } from '../generate';
import { createHarness, nextFrame, once, rectOf } from './harness';

/**
 * ForceAtlas2 iterations counted as "settled": the budget the widget's own worker layout used
 * when this was written (`iterationsForLarge` in src/layout/progressive-layout.ts), so the two
 * FA2 contenders do the same work.
 */
export function fa2Iterations(order: number): number {
  if (order <= 2000) return 400;
  if (order <= 10_000) return 250;
  return 150;
}

type Display = Record<string, unknown>;
export interface Reducers {
  nodeReducer(node: string, display: Display): Display;
  edgeReducer(edge: string, display: Display): Display;
}

/** What the page needs of either sigma version. */
export interface SigmaLike {
  once(event: 'afterRender', listener: () => void): unknown;
  off(event: 'afterRender', listener: () => void): unknown;
  refresh(options?: { skipIndexation?: boolean }): unknown;
  getCamera(): { getState(): { x: number; y: number; ratio: number } };
}

interface Registry {
  edgeTypes?: Record<string, { color?: string }>;
  nodeKinds?: Record<string, { color?: string }>;
}

export async function runSigma(id: string, create: (graph: Graph, container: HTMLElement, reducers: Reducers) => SigmaLike): Promise<void> {
  const harness = createHarness(id);
  const container = document.getElementById('graph')!;
  // Assigned once the data is in; read by the hooks installed before that (the cap can call stopLayout during the fetch).
  // eslint-disable-next-line prefer-const
  let renderer: SigmaLike | undefined;
  // eslint-disable-next-line prefer-const
  let layout: FA2Layout | undefined;
  let path: { nodes: Set<string>; edges: Set<string> } | null = null;
  let iterations = 0;
  let iterationsAtFirstFrame = 0;
  const rendered = (timeoutMs = 30_000) =>
    once((done) => {
      renderer!.once('afterRender', done);
      return () => renderer!.off('afterRender', done);
    }, timeoutMs);

  harness.install({
    settleSource: 'fa2-iterations',
    canvasRect: () => rectOf(container),
    // The camera's ratio is the visible share of the graph: zooming in makes it smaller.
    viewport: () => {
      const { x, y, ratio } = renderer!.getCamera().getState();
      return { zoom: 1 / ratio, x, y };
    },
    stopLayout: () => layout?.stop(),
    info: () => ({ fa2Iterations: iterations, fa2IterationsAtFirstFrame: iterationsAtFirstFrame }),
    async highlight(from, to) {
      const start = performance.now();
      const nodes = bidirectional(graph, from, to) ?? [];
      const edges = nodes.slice(1).map((node, i) => graph.edges(nodes[i]!, node)[0]!);
      path = { nodes: new Set(nodes), edges: new Set(edges) };
      const shown = rendered();
      renderer!.refresh({ skipIndexation: true });
      await shown;
      const end = await nextFrame();
      return { ms: end - start, pathNodes: nodes.length };
    },
  });

  const data = await harness.fetchData();
  const registry = (data.attributes ?? {}) as Registry;
  const random = mulberry32(1);
  const graph: Graph = new GraphClass({ type: 'undirected', multi: true });
  for (const node of data.nodes ?? []) {
    graph.addNode(String(node.key), {
      label: String(node.attributes?.label ?? node.key),
      color: registry.nodeKinds?.[String(node.attributes?.kind)]?.color ?? '#475569',
      x: random(),
      y: random(),
    });
  }
  for (const edge of data.edges ?? []) {
    graph.addEdgeWithKey(String(edge.key), String(edge.source), String(edge.target), {
      color: registry.edgeTypes?.[String(edge.attributes?.type)]?.color ?? '#94a3b8',
      size: 1,
    });
  }
  graph.updateEachNodeAttributes((node, attributes) => ({ ...attributes, size: 3 + Math.sqrt(graph.degree(node)) }));

  renderer = create(graph, container, {
    nodeReducer: (node, display) => {
      if (!path) return display;
      return path.nodes.has(node) ? { ...display, color: '#dc2626', zIndex: 1 } : { ...display, color: '#e2e8f0', label: '' };
    },
    edgeReducer: (edge, display) => {
      if (!path) return display;
      return path.edges.has(edge) ? { ...display, color: '#dc2626', size: 4, zIndex: 1 } : { ...display, color: '#f1f5f9' };
    },
  });
  void nextFrame().then((time) => {
    iterationsAtFirstFrame = iterations;
    harness.firstFrame(time);
  });
  const budget = fa2Iterations(graph.order);

  const fa2 = new FA2Layout(graph, { settings: forceAtlas2.inferSettings(graph) });
  layout = fa2;
  graph.on('eachNodeAttributesUpdated', () => {
    iterations++;
    if (iterations !== budget) return;
    // Inside the supervisor's message handler: stop now, terminate the worker once it returned.
    fa2.stop();
    setTimeout(() => fa2.kill());
    harness.settled(performance.now());
  });
  fa2.start();
}
