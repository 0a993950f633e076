/**
 * What the filter shows: edge types, statuses and node kinds, each facet either `null` (show
 * all, including types added later) or the list of keys shown. Producers are pure and return new
 * filters. Keys come from untrusted data, so they are only ever compared as strings (Set/Map
 * lookups), never turned into regexes or selectors.
 */
import type Graph from 'graphology';
import { edgeStatusOf } from './legend';
import { nodeKindOf } from './registry';

export type Facet = 'edgeTypes' | 'statuses' | 'nodeKinds';

export interface Filter {
  /** Edge types shown, or null for all. */
  edgeTypes: string[] | null;
  /** Edge statuses shown (`unspecified` included), or null for all. */
  statuses: string[] | null;
  /** Node kinds shown, or null for all. */
  nodeKinds: string[] | null;
}

export interface VisibleSet {
  nodes: Set<string>;
  edges: Set<string>;
}

export interface FacetCount {
  visible: number;
  total: number;
}

export type FilterCounts = Record<Facet, Map<string, FacetCount>>;

export const FACETS: readonly Facet[] = ['edgeTypes', 'statuses', 'nodeKinds'];

/** Shows everything. */
export const ALL: Filter = Object.freeze({ edgeTypes: null, statuses: null, nodeKinds: null });

/** True when some facet hides something (or at least names what it shows). */
export function isFiltered(filter: Filter): boolean {
  return FACETS.some((facet) => filter[facet] !== null);
}

/**
 * Shows `key` if hidden, hides it if shown. `allKeys` are the facet's keys present in the data,
 * in display order; when all of them end up shown the facet goes back to `null`.
 */
export function toggle(filter: Filter, facet: Facet, key: string, allKeys: readonly string[]): Filter {
  const shown = new Set(filter[facet] ?? allKeys);
  if (shown.has(key)) shown.delete(key);
  else shown.add(key);
  const everything = allKeys.every((k) => shown.has(k));
  // Known keys in display order, then any others (from a shared link, say) as they were.
  const ordered = [...allKeys.filter((k) => shown.has(k)), ...[...shown].filter((k) => !allKeys.includes(k))];
  return { ...filter, [facet]: everything ? null : ordered };
}

/** Nodes whose kind is shown; edges whose type and status are shown and whose ends are visible. */
export function visibleSet(graph: Graph, filter: Filter): VisibleSet {
  const test = matcher(filter);
  const nodes = new Set<string>();
  const edges = new Set<string>();
  graph.forEachNode((node, attributes) => {
    if (test.nodeKinds(nodeKindOf(attributes))) nodes.add(node);
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (test.edgeTypes(String(attributes.type)) && test.statuses(edgeStatusOf(attributes)) && nodes.has(source) && nodes.has(target)) {
      edges.add(edge);
    }
  });
  return { nodes, edges };
}

/** Per facet key present in the graph: how many edges (nodes, for kinds) exist and are visible. */
export function filterCounts(graph: Graph, filter: Filter): FilterCounts {
  const visible = visibleSet(graph, filter);
  const counts: FilterCounts = { edgeTypes: new Map(), statuses: new Map(), nodeKinds: new Map() };
  graph.forEachNode((node, attributes) => count(counts.nodeKinds, nodeKindOf(attributes), visible.nodes.has(node)));
  graph.forEachEdge((edge, attributes) => {
    const shown = visible.edges.has(edge);
    count(counts.edgeTypes, String(attributes.type), shown);
    count(counts.statuses, edgeStatusOf(attributes), shown);
  });
  return counts;
}

/** Same facets showing the same keys; order and repeats do not matter. */
export function sameFilter(a: Filter, b: Filter): boolean {
  return FACETS.every((facet) => sameList(a[facet], b[facet]));
}

/**
 * "supplies, pact" to `['supplies', 'pact']`; null or "" to null (all); a value of commas only
 * (`","`, what `formatList([])` writes) to `[]` (none).
 */
export function parseList(text: string | null | undefined): string[] | null {
  if (typeof text !== 'string' || text.trim() === '') return null;
  const items = [
    ...new Set(
      text
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== ''),
    ),
  ];
  return items;
}

/**
 * `['supplies', 'pact']` to "supplies,pact"; null to null; an empty list (show none) to ",", so
 * the attribute can say "none" as well as "all" (keys cannot contain commas, nor be blank).
 */
export function formatList(list: readonly string[] | null | undefined): string | null {
  if (!list) return null;
  return list.length === 0 ? ',' : list.join(',');
}

function matcher(filter: Filter): Record<Facet, (key: string) => boolean> {
  const one = (list: string[] | null) => {
    if (list === null) return () => true;
    const shown = new Set(list);
    return (key: string) => shown.has(key);
  };
  return { edgeTypes: one(filter.edgeTypes), statuses: one(filter.statuses), nodeKinds: one(filter.nodeKinds) };
}

function count(map: Map<string, FacetCount>, key: string, visible: boolean): void {
  const entry = map.get(key) ?? { visible: 0, total: 0 };
  entry.total += 1;
  if (visible) entry.visible += 1;
  map.set(key, entry);
}

function sameList(a: string[] | null, b: string[] | null): boolean {
  if (a === null || b === null) return a === b;
  const setA = new Set(a);
  const setB = new Set(b);
  return setA.size === setB.size && [...setA].every((key) => setB.has(key));
}
