/**
 * Contender "vis-network": `new Network(container, {nodes, edges}, {})` with its default physics
 * (Barnes-Hut, 1,000 stabilization iterations before the first draw, then simulation until stable),
 * the dataset's colours, arrows on directed types and dashes for unconfirmed ties.
 *
 * First frame: the first `afterDrawing`, then a frame. Settled: the first `stabilized`.
 * Path: vis-network has no path search, so graphology's bidirectional BFS runs on an undirected
 * copy built before timing (`prepareHighlight`); the path is shown with `setSelection`, then the
 * next `afterDrawing` and a frame.
 */
import { DataSet, Network, type Edge, type Node } from 'vis-network/standalone';
import Graph from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import { createHarness, nextFrame, once, rectOf } from './harness';

interface Registry {
  edgeTypes?: Record<string, { directed?: boolean; color?: string }>;
  nodeKinds?: Record<string, { color?: string }>;
}

const harness = createHarness('vis-network');
const container = document.getElementById('graph')!;
// Assigned once the data is in; read by the hooks installed before that (the cap can call stopLayout during the fetch).
// eslint-disable-next-line prefer-const
let network: Network | undefined;
let index: Graph | undefined;
const drawn = (timeoutMs = 30_000) =>
  once((done) => {
    network!.once('afterDrawing', done);
    return () => network!.off('afterDrawing', done);
  }, timeoutMs);

const data = await harness.fetchData();
harness.install({
  settleSource: 'stabilized',
  canvasRect: () => rectOf(container),
  viewport: () => {
    const { x, y } = network!.getViewPosition();
    return { zoom: network!.getScale(), x, y };
  },
  stopLayout: () => network?.stopSimulation(),
  info: () => ({ stabilizationIterations }),
  prepareHighlight() {
    if (index) return;
    index = new Graph({ type: 'undirected', multi: true });
    for (const node of data.nodes ?? []) index.addNode(String(node.key));
    for (const edge of data.edges ?? []) index.addEdgeWithKey(String(edge.key), String(edge.source), String(edge.target));
  },
  async highlight(from, to) {
    const graph = index!;
    const start = performance.now();
    const nodes = bidirectional(graph, from, to) ?? [];
    const edges = nodes.slice(1).map((node, i) => graph.edges(nodes[i]!, node)[0]!);
    const shown = drawn();
    network!.setSelection({ nodes, edges }, { unselectAll: true, highlightEdges: false });
    await shown;
    const end = await nextFrame();
    return { ms: end - start, pathNodes: nodes.length };
  },
});

const registry = (data.attributes ?? {}) as Registry;
const nodes = new DataSet<Node>(
  (data.nodes ?? []).map((node) => ({
    id: String(node.key),
    label: String(node.attributes?.label ?? node.key),
    color: registry.nodeKinds?.[String(node.attributes?.kind)]?.color ?? '#475569',
    font: { color: '#1e293b' },
  })),
);
const edges = new DataSet<Edge>(
  (data.edges ?? []).map((edge) => {
    const type = registry.edgeTypes?.[String(edge.attributes?.type)];
    const directed = !(edge.undirected ?? type?.directed === false);
    return {
      id: String(edge.key),
      from: String(edge.source),
      to: String(edge.target),
      color: type?.color ?? '#475569',
      arrows: directed ? 'to' : undefined,
      dashes: edge.attributes?.status !== 'confirmed',
    };
  }),
);
let stabilizationIterations = 0;
network = new Network(container, { nodes, edges }, {});
network.on(
  'stabilizationProgress',
  (progress: { iterations: number }) => (stabilizationIterations = Math.max(stabilizationIterations, progress.iterations)),
);
network.once('stabilized', () => harness.settled(performance.now()));
await drawn(harness.params.cap + 60_000);
harness.firstFrame(await nextFrame());
