/**
 * What the legend shows: the edge types, statuses and node kinds present in a graph, with counts.
 */
import type Graph from 'graphology';
import { STATUSES } from './dataset-schema';
import { nodeKindOf, type Registry } from './registry';

/** Status shown for edges whose data gives none. */
export const UNSPECIFIED_STATUS = 'unspecified';
export type StatusKey = (typeof STATUSES)[number] | typeof UNSPECIFIED_STATUS;

export interface LegendEntry {
  key: string;
  label: string;
  count: number;
}

export interface Legend {
  edgeTypes: LegendEntry[];
  statuses: LegendEntry[];
  nodeKinds: LegendEntry[];
}

export const STATUS_LABELS: Record<StatusKey, string> = {
  confirmed: 'confirmed',
  reported: 'reported',
  potential: 'potential',
  unspecified: 'no status given',
};

export function edgeStatusOf(attributes: Record<string, unknown>): StatusKey {
  const status = attributes.status;
  return (STATUSES as readonly unknown[]).includes(status) ? (status as StatusKey) : UNSPECIFIED_STATUS;
}

/** Entries for the types, statuses and kinds present, in registry order, with counts. */
export function computeLegend(graph: Graph, registry: Registry): Legend {
  const typeCounts = new Map<string, number>();
  const statusCounts = new Map<string, number>();
  const kindCounts = new Map<string, number>();
  graph.forEachEdge((_edge, attributes) => {
    bump(typeCounts, String(attributes.type));
    bump(statusCounts, edgeStatusOf(attributes));
  });
  graph.forEachNode((_node, attributes) => bump(kindCounts, nodeKindOf(attributes)));

  return {
    edgeTypes: [...registry.edgeTypes.values()]
      .filter((type) => typeCounts.has(type.key))
      .map((type) => ({ key: type.key, label: type.label, count: typeCounts.get(type.key)! })),
    statuses: ([...STATUSES, UNSPECIFIED_STATUS] as StatusKey[])
      .filter((status) => statusCounts.has(status))
      .map((status) => ({ key: status, label: STATUS_LABELS[status], count: statusCounts.get(status)! })),
    nodeKinds: [...registry.nodeKinds.values()]
      .filter((kind) => kindCounts.has(kind.key))
      .map((kind) => ({ key: kind.key, label: kind.label, count: kindCounts.get(kind.key)! })),
  };
}

function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
