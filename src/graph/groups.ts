/**
 * Groups of actors and what a collapsed group looks like from outside (issue #14). A grouping
 * says which group each actor belongs to (from the data, the actor kinds, the camps or the
 * communities); collapsing a group stands its members in for one node, and its ties are
 * aggregated into one edge per relationship type and direction between what is drawn. Pure:
 * no DOM, no Cytoscape; the view draws what `aggregateEdges` returns.
 */
import type Graph from 'graphology';

/** What groups the actors: nothing, the data's `group` attribute, the actor kind, the camp or the community. */
export type GroupBy = 'none' | 'data' | 'kind' | 'camp' | 'community';
export const GROUP_BYS: readonly GroupBy[] = ['none', 'data', 'kind', 'camp', 'community'];

export interface Group {
  key: string;
  label: string;
  /** A colour for the group's frame; the data's, or none. */
  color?: string;
  description?: string;
  /** Its actors, in the graph's node order. */
  members: readonly string[];
}

export interface Grouping {
  by: Exclude<GroupBy, 'none'>;
  /** Every group, in the order they are listed (the data's order, the kinds', by size for camps and communities). */
  groups: ReadonlyMap<string, Group>;
  /** The group of each grouped actor; actors in no group are absent. */
  groupOf: ReadonlyMap<string, string>;
}

/** The `group-by` value a string names, or null when it names none. */
export function parseGroupBy(value: string | null | undefined): GroupBy | null {
  return GROUP_BYS.includes(value as GroupBy) ? (value as GroupBy) : null;
}

/** A grouping from its groups (each actor in at most one: a later group does not take an actor an earlier one has). */
export function groupingOf(by: Grouping['by'], groups: Iterable<Group>): Grouping {
  const byKey = new Map<string, Group>();
  const groupOf = new Map<string, string>();
  for (const group of groups) {
    const members = group.members.filter((actor) => !groupOf.has(actor));
    for (const actor of members) groupOf.set(actor, group.key);
    byKey.set(group.key, { ...group, members });
  }
  return { by, groups: byKey, groupOf };
}

/**
 * Groups from an assignment of actors to numbered sets (camps, communities): one group per
 * number used, listed by number; actors assigned null are in none.
 */
export function groupingFromAssignment(
  by: 'camp' | 'community',
  graph: Graph,
  assignment: Readonly<Record<string, number | null>>,
  label: (index: number) => string,
): Grouping {
  const members = new Map<number, string[]>();
  graph.forEachNode((actor) => {
    const index = assignment[actor];
    if (index === null || index === undefined) return;
    if (!members.has(index)) members.set(index, []);
    members.get(index)!.push(actor);
  });
  const groups = [...members.keys()]
    .sort((a, b) => a - b)
    .map((index) => ({ key: `${by}-${index + 1}`, label: label(index), members: members.get(index)! }));
  return groupingOf(by, groups);
}

/** One edge drawn for the ties between a collapsed group and what is around it. */
export interface AggregatedEdge {
  /** The view id: unique, and never an actor's or a relationship's key. */
  id: string;
  /** The drawn ends: a collapsed group's key, or an actor's. */
  source: string;
  target: string;
  /** True when `source` and `target` are collapsed groups' keys (not actors'). */
  sourceIsGroup: boolean;
  targetIsGroup: boolean;
  type: string;
  /** False for undirected ties (their ends are in key order). */
  directed: boolean;
  /** The ties behind it, in the graph's edge order. */
  edges: string[];
}

/** Starts every aggregated edge's id, so it cannot be taken for a key of the data. */
export const AGGREGATE_PREFIX = '\u001fagg\u001f';

/**
 * The aggregated edges for a set of collapsed groups: every tie (of those `include` keeps) with
 * an end inside a collapsed group, counted once per drawn source, drawn target, type and
 * direction. Ties inside one collapsed group are not drawn and not aggregated. Undirected ties are
 * counted apart from directed ones, their ends in key order.
 */
export function aggregateEdges(
  graph: Graph,
  grouping: Grouping,
  collapsed: ReadonlySet<string>,
  include: (edge: string) => boolean = () => true,
): AggregatedEdge[] {
  const byId = new Map<string, AggregatedEdge>();
  if (collapsed.size === 0) return [];
  // The drawn end of every actor hidden in a collapsed group, computed once (`g` + group key);
  // any other actor is drawn itself (`a` + its key).
  const hiddenIn = new Map<string, string>();
  for (const key of collapsed) {
    for (const actor of grouping.groups.get(key)?.members ?? []) if (grouping.groupOf.get(actor) === key) hiddenIn.set(actor, key);
  }
  graph.forEachEdge((edge, attributes, source, target, _sa, _ta, undirected) => {
    const fromGroup = hiddenIn.get(source);
    const toGroup = hiddenIn.get(target);
    if (fromGroup === undefined && toGroup === undefined) return;
    if (fromGroup !== undefined && fromGroup === toGroup) return;
    if (!include(edge)) return;
    let fromEnd = fromGroup === undefined ? `a${source}` : `g${fromGroup}`;
    let toEnd = toGroup === undefined ? `a${target}` : `g${toGroup}`;
    const swap = undirected && toEnd < fromEnd;
    if (swap) [fromEnd, toEnd] = [toEnd, fromEnd];
    const type = String(attributes.type);
    const id = `${AGGREGATE_PREFIX}\u001f${fromEnd}\u001f${toEnd}\u001f${type}\u001f${undirected ? 'u' : 'd'}`;
    let aggregated = byId.get(id);
    if (!aggregated) {
      const [sourceKey, sourceGroup, targetKey, targetGroup] = swap
        ? [toGroup ?? target, toGroup !== undefined, fromGroup ?? source, fromGroup !== undefined]
        : [fromGroup ?? source, fromGroup !== undefined, toGroup ?? target, toGroup !== undefined];
      aggregated = {
        id,
        source: sourceKey,
        target: targetKey,
        sourceIsGroup: sourceGroup,
        targetIsGroup: targetGroup,
        type,
        directed: !undirected,
        edges: [],
      };
      byId.set(id, aggregated);
    }
    aggregated.edges.push(edge);
  });
  return [...byId.values()];
}

/** Whether an id names an aggregated edge. */
export function isAggregateId(id: string): boolean {
  return id.startsWith(AGGREGATE_PREFIX);
}
