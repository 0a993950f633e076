/**
 * An actor's neighbourhood for focus mode: the actor, every actor within one or two steps
 * (edge direction ignored), and the edges among them. Given the filter's visible set, it walks
 * only visible edges to visible nodes, so focus never brings back what the filter hides.
 */
import type Graph from 'graphology';
import type { VisibleSet } from './filter';

import type { Hops } from './state-types';

export type { Hops };

/**
 * Breadth-first, no recursion. An actor that is not in the graph, or is hidden by `visible`,
 * has an empty neighbourhood.
 */
export function neighbourhood(graph: Graph, key: string, hops: Hops, visible?: VisibleSet): VisibleSet {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const nodeShown = (node: string) => !visible || visible.nodes.has(node);
  const edgeShown = (edge: string) => !visible || visible.edges.has(edge);
  if (!graph.hasNode(key) || !nodeShown(key)) return { nodes, edges };

  nodes.add(key);
  let frontier = [key];
  for (let step = 0; step < hops && frontier.length > 0; step++) {
    const next: string[] = [];
    const reach = (other: string) => {
      if (nodes.has(other)) return;
      nodes.add(other);
      next.push(other);
    };
    for (const node of frontier) {
      if (!visible) {
        graph.forEachNeighbor(node, reach);
        continue;
      }
      graph.forEachEdge(node, (edge, _attributes, source, target) => {
        const other = source === node ? target : source;
        if (edgeShown(edge) && nodeShown(other)) reach(other);
      });
    }
    frontier = next;
  }

  for (const node of nodes) {
    graph.forEachEdge(node, (edge, _attributes, source, target) => {
      if (edgeShown(edge) && nodes.has(source) && nodes.has(target)) edges.add(edge);
    });
  }
  return { nodes, edges };
}
