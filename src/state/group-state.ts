/**
 * The grouped part of the view state: the grouping in effect, which groups are collapsed, the
 * aggregated edges of what the filter shows, and how a model key maps to what is drawn for it (an
 * actor inside a collapsed group is drawn as its group; a tie with an end there, as an aggregated
 * edge). The element derives it with the rest of the view state (view-state.ts).
 */
import type Graph from 'graphology';
import { aggregateEdges, type AggregatedEdge, type Grouping } from '../graph/groups';
import type { VisibleSet } from '../graph/filter';

export interface GroupState {
  grouping: Grouping | null;
  collapsed: ReadonlySet<string>;
  /** The aggregated edges of the visible ties with an end in a collapsed group. */
  aggregated: readonly AggregatedEdge[];
  /** Aggregated edge by id. */
  aggregateById: ReadonlyMap<string, AggregatedEdge>;
  /** The aggregated edge each aggregated tie is drawn in. */
  aggregateOfEdge: ReadonlyMap<string, string>;
}

export const NO_GROUPS: GroupState = Object.freeze({
  grouping: null,
  collapsed: new Set<string>(),
  aggregated: [],
  aggregateById: new Map(),
  aggregateOfEdge: new Map(),
});

export function groupState(
  graph: Graph | undefined,
  grouping: Grouping | null,
  collapsed: ReadonlySet<string>,
  visible: VisibleSet | null,
): GroupState {
  if (!graph || !grouping) return NO_GROUPS;
  const shown = visible?.edges;
  const aggregated = aggregateEdges(graph, grouping, collapsed, shown ? (edge) => shown.has(edge) : undefined);
  const aggregateById = new Map(aggregated.map((edge) => [edge.id, edge]));
  const aggregateOfEdge = new Map<string, string>();
  for (const edge of aggregated) for (const tie of edge.edges) aggregateOfEdge.set(tie, edge.id);
  return { grouping, collapsed, aggregated, aggregateById, aggregateOfEdge };
}

/** The collapsed group an actor is hidden in, or undefined when it is drawn itself. */
export function collapsedGroupOf(state: Pick<GroupState, 'grouping' | 'collapsed'>, actor: string): string | undefined {
  const group = state.grouping?.groupOf.get(actor);
  return group !== undefined && state.collapsed.has(group) ? group : undefined;
}

/** Whether two group states draw the same thing (same grouping, same collapsed groups). */
export function sameGroups(a: Pick<GroupState, 'grouping' | 'collapsed'>, b: Pick<GroupState, 'grouping' | 'collapsed'>): boolean {
  if (a.grouping !== b.grouping || a.collapsed.size !== b.collapsed.size) return false;
  for (const key of a.collapsed) if (!b.collapsed.has(key)) return false;
  return true;
}
