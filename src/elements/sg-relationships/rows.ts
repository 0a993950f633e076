/**
 * The row model of `<sg-relationships>`: one row per visible edge, both ends named, sorted by
 * source label, type label, target label (then key, so equal rows keep a stable order). Built
 * once per graph or filter change; rendering then only slices it.
 */
import type Graph from 'graphology';
import type { VisibleSet } from '../../graph/filter';
import { edgeStatusOf, type StatusKey } from '../../graph/legend';
import { nodeLabel, type Registry } from '../../graph/registry';
import { edgeTypeOf } from '../../graph/relationships';

export interface RelationshipRow {
  edge: string;
  source: string;
  sourceLabel: string;
  target: string;
  targetLabel: string;
  type: string;
  typeLabel: string;
  /** Undirected: read "(both ways)". */
  bothWays: boolean;
  label?: string;
  status: StatusKey;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

export function relationshipRows(graph: Graph, registry: Registry, visible: VisibleSet | null): RelationshipRow[] {
  const labels = new Map<string, string>();
  const labelOf = (node: string) => {
    let label = labels.get(node);
    if (label === undefined) labels.set(node, (label = nodeLabel(graph, node)));
    return label;
  };
  const rows: RelationshipRow[] = [];
  graph.forEachEdge((edge, attributes, source, target, _sa, _ta, undirected) => {
    if (visible && !visible.edges.has(edge)) return;
    const type = edgeTypeOf(registry, attributes);
    const row: RelationshipRow = {
      edge,
      source,
      sourceLabel: labelOf(source),
      target,
      targetLabel: labelOf(target),
      type: type.key,
      typeLabel: type.label,
      bothWays: undirected,
      status: edgeStatusOf(attributes),
    };
    if (typeof attributes.label === 'string' && attributes.label !== '') row.label = attributes.label;
    rows.push(row);
  });
  return rows.sort(
    (a, b) =>
      collator.compare(a.sourceLabel, b.sourceLabel) ||
      collator.compare(a.typeLabel, b.typeLabel) ||
      collator.compare(a.targetLabel, b.targetLabel) ||
      (a.edge < b.edge ? -1 : a.edge > b.edge ? 1 : 0),
  );
}

/** The rows with `key` at either end. */
export function rowsInvolving(rows: readonly RelationshipRow[], key: string): RelationshipRow[] {
  return rows.filter((row) => row.source === key || row.target === key);
}
