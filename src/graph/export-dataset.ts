/**
 * The graph shown, back in the project's data format (a graphology serialization), so a user can
 * save what they see and load it again: all of it or only what the filter shows, with the
 * positions on screen as each actor's `x`/`y` (then "From the data" restores that arrangement).
 * Pure: never writes into the graph.
 */
import type Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { VisibleSet } from './filter';

export interface ExportDatasetOptions {
  /** Keep only these actors and relationships (the filter's visible set); all when absent. */
  only?: VisibleSet | null;
  /** Positions to store as each actor's `x`/`y`, rounded to 0.1; the data's own stay otherwise. */
  positions?: ReadonlyMap<string, { x: number; y: number }> | null;
}

const round = (value: number) => Math.round(value * 10) / 10;

export function exportDataset(graph: Graph, options: ExportDatasetOptions = {}): SerializedGraph {
  const { only, positions } = options;
  // graph.export() copies attributes shallowly; the spread below keeps the graph's objects intact.
  const serialized = graph.export();
  const nodes = serialized.nodes
    .filter((node) => !only || only.nodes.has(node.key))
    .map((node) => {
      const at = positions?.get(node.key);
      if (!at || !Number.isFinite(at.x) || !Number.isFinite(at.y)) return node;
      return { ...node, attributes: { ...node.attributes, x: round(at.x), y: round(at.y) } };
    });
  const edges = serialized.edges.filter((edge) => !only || (edge.key !== undefined && only.edges.has(edge.key)));
  return { ...serialized, nodes, edges };
}

/** A file name for the export from the dataset's title: `dprk-troops-in-russia.json`. */
export function exportFileName(graph: Graph, extension: string): string {
  const title = typeof graph.getAttribute('title') === 'string' ? (graph.getAttribute('title') as string) : '';
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'stakeholder-graph'}.${extension}`;
}
