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
  /** A colour for each group, by its place in the list (none when absent). */
  color?: (position: number) => string,
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
    .map((index, position): Group => {
      const group: Group = { key: `${by}-${index + 1}`, label: label(index), members: members.get(index)! };
      return color ? { ...group, color: color(position) } : group;
    });
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
  if (collapsed.size === 0) return [];
  // The drawn end of every actor hidden in a collapsed group (`g` + group key), one string per
  // group made once; any other actor is drawn itself (`a` + its key). Aggregates are found through
  // nested maps (from end, to end, type, direction), so no id is built per tie: at 100,000 actors
  // that string work was most of the time.
  const groupEnd = new Map<string, string>();
  const hiddenIn = new Map<string, string>();
  for (const key of collapsed) {
    const end = `g${key}`;
    groupEnd.set(end, key);
    for (const actor of grouping.groups.get(key)?.members ?? []) if (grouping.groupOf.get(actor) === key) hiddenIn.set(actor, end);
  }
  const found: AggregatedEdge[] = [];
  const index = new Map<string, Map<string, Map<string, [AggregatedEdge?, AggregatedEdge?]>>>();
  graph.forEachEdge((edge, attributes, source, target, _sa, _ta, undirected) => {
    const fromGroup = hiddenIn.get(source);
    const toGroup = hiddenIn.get(target);
    if (fromGroup === undefined && toGroup === undefined) return;
    if (fromGroup === toGroup) return;
    if (!include(edge)) return;
    let fromEnd = fromGroup ?? `a${source}`;
    let toEnd = toGroup ?? `a${target}`;
    if (undirected && toEnd < fromEnd) [fromEnd, toEnd] = [toEnd, fromEnd];
    const type = String(attributes.type);
    let byTo = index.get(fromEnd);
    if (!byTo) index.set(fromEnd, (byTo = new Map<string, Map<string, [AggregatedEdge?, AggregatedEdge?]>>()));
    let byType = byTo.get(toEnd);
    if (!byType) byTo.set(toEnd, (byType = new Map<string, [AggregatedEdge?, AggregatedEdge?]>()));
    let pair = byType.get(type);
    if (!pair) byType.set(type, (pair = [undefined, undefined]));
    const slot = undirected ? 1 : 0;
    let aggregated = pair[slot];
    if (!aggregated) {
      const end = (drawn: string): { key: string; group: boolean } => {
        const group = groupEnd.get(drawn);
        return group !== undefined ? { key: group, group: true } : { key: drawn.slice(1), group: false };
      };
      const [from, to] = [end(fromEnd), end(toEnd)];
      aggregated = {
        id: `${AGGREGATE_PREFIX}\u001f${fromEnd}\u001f${toEnd}\u001f${type}\u001f${undirected ? 'u' : 'd'}`,
        source: from.key,
        target: to.key,
        sourceIsGroup: from.group,
        targetIsGroup: to.group,
        type,
        directed: !undirected,
        edges: [],
      };
      pair[slot] = aggregated;
      found.push(aggregated);
    }
    aggregated.edges.push(edge);
  });
  return found;
}

/** Whether an id names an aggregated edge. */
export function isAggregateId(id: string): boolean {
  return id.startsWith(AGGREGATE_PREFIX);
}
