/**
 * `graphFromPlan` in time slices: the graph of a validated plan built a few thousand elements at
 * a time, the event loop getting a turn between slices (layout/run-sliced.ts), so building a
 * 100,000-actor graph (about a second here) never blocks the page for more than a slice. For big
 * datasets read in the import worker; small ones are built at once (load.ts).
 */
import Graph from 'graphology';
import type { Plan } from './check-structure';
import { runSliced } from '../layout/run-sliced';

/** Longest stretch of building before the page gets a turn, ms. */
export const BUILD_SLICE_MS = 50;

export function buildGraphSliced(plan: Plan, sliceMs = BUILD_SLICE_MS): Promise<Graph> {
  const graph = new Graph(plan.options);
  graph.replaceAttributes({ ...plan.attributes });
  const { nodes, edges } = plan;
  return new Promise((resolve, reject) => {
    const stop = runSliced({
      iterations: nodes.length + edges.length,
      sliceMs,
      step: () => {
        try {
          addNext(graph, plan);
        } catch (error) {
          stop();
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      },
      afterSlice: (_done, finished) => {
        if (finished) resolve(graph);
      },
    });
  });
}

/** Adds the plan's next node, or once every node is in, its next edge. */
function addNext(graph: Graph, plan: Plan): void {
  const i = graph.order + graph.size;
  if (i < plan.nodes.length) {
    const node = plan.nodes[i]!;
    graph.addNode(node.key, { ...node.attributes });
    return;
  }
  const edge = plan.edges[i - plan.nodes.length]!;
  if (edge.undirected) graph.addUndirectedEdgeWithKey(edge.key, edge.source, edge.target, { ...edge.attributes });
  else graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, { ...edge.attributes });
}
