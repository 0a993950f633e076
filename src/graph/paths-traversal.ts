/**
 * What a path may walk along: options resolved and checked once, which edges they allow, and the
 * steps out of an actor with parallel edges collapsed (the rule is written at the top of paths.ts).
 */
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { edgeStatusOf } from './legend';
import { nodeLabel } from './registry';
import type { Direction, Hop, PathOptions } from './paths-types';

export interface Resolved {
  types: Set<string> | null;
  statuses: Set<string> | null;
  direction: Direction;
  weight: string | null;
  maxHops: number;
  maxPaths: number;
  visible: { nodes: Set<string>; edges: Set<string> } | null;
}

/** One edge walked from one actor to another. */
export interface Traversal {
  edge: string;
  to: string;
  type: string;
  status: string;
  forward: boolean;
}

/** Parallel traversals of one type and direction to one actor; `edges[0]` represents them. */
export interface StepGroup {
  to: string;
  type: string;
  forward: boolean;
  edges: Traversal[];
}

/** The step groups towards one neighbour, in (type, with-direction first) order. */
export interface NeighbourSteps {
  to: string;
  groups: StepGroup[];
}

export const DEFAULT_MAX_HOPS = 4;
export const DEFAULT_MAX_PATHS = 50;

export function resolveOptions(options: PathOptions = {}): Resolved {
  const direction = options.direction ?? 'follow';
  if (direction !== 'follow' && direction !== 'ignore') {
    throw new RangeError(`direction must be "follow" or "ignore", got ${JSON.stringify(direction)}`);
  }
  const maxHops = options.maxHops ?? DEFAULT_MAX_HOPS;
  if (!(maxHops === Infinity || (Number.isInteger(maxHops) && maxHops >= 0))) {
    throw new RangeError(`maxHops must be a whole number of at least 0, got ${String(maxHops)}`);
  }
  const maxPaths = options.maxPaths ?? DEFAULT_MAX_PATHS;
  if (!(Number.isInteger(maxPaths) && maxPaths >= 1)) {
    throw new RangeError(`maxPaths must be a whole number of at least 1, got ${String(maxPaths)}`);
  }
  return {
    types: options.types ? new Set(options.types) : null,
    statuses: options.statuses ? new Set(options.statuses) : null,
    direction,
    weight: options.weight ?? null,
    maxHops,
    maxPaths,
    visible: options.visible ?? null,
  };
}

/** Best first: confirmed, reported, potential, then edges with no status. */
const STATUS_RANK: Record<string, number> = { confirmed: 0, reported: 1, potential: 2 };
export const statusRank = (status: string): number => STATUS_RANK[status] ?? 3;

/** Code-unit order: total and the same everywhere, for keys. */
export const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const collator = new Intl.Collator();
/** Human order for labels, falling back to code units when the collator calls two equal. */
export const compareText = (a: string, b: string): number => collator.compare(a, b) || compareKeys(a, b);

export function isVisibleNode(options: Resolved, node: string): boolean {
  return options.visible === null || options.visible.nodes.has(node);
}

/** Whether the options let a path use this edge at all (in some direction); self-loops never. */
export function allowsEdge(options: Resolved, edge: string, attributes: Attributes, source: string, target: string): boolean {
  if (source === target) return false;
  if (options.types && !options.types.has(String(attributes.type))) return false;
  if (options.statuses && !options.statuses.has(edgeStatusOf(attributes))) return false;
  const visible = options.visible;
  return visible === null || (visible.edges.has(edge) && visible.nodes.has(source) && visible.nodes.has(target));
}

/**
 * Every allowed edge out of `node` with the actor at its other end, unordered; with `into`, every
 * allowed edge into it instead (`to` is then the actor it comes from).
 */
export function forEachAllowedEdge(
  graph: Graph,
  options: Resolved,
  node: string,
  into: boolean,
  callback: (edge: string, attributes: Attributes, to: string, forward: boolean) => void,
): void {
  const visit = (forward: boolean) => (edge: string, attributes: Attributes, source: string, target: string) => {
    if (allowsEdge(options, edge, attributes, source, target)) callback(edge, attributes, source === node ? target : source, forward);
  };
  const ignore = options.direction === 'ignore';
  graph.forEachUndirectedEdge(node, visit(true));
  if (!into || ignore) graph.forEachOutEdge(node, visit(!into));
  if (into || ignore) graph.forEachInEdge(node, visit(into));
}

/** Every allowed traversal out of `node`, unordered. */
export function forEachTraversal(graph: Graph, options: Resolved, node: string, callback: (t: Traversal) => void): void {
  forEachAllowedEdge(graph, options, node, false, (edge, attributes, to, forward) =>
    callback({ edge, to, type: String(attributes.type), status: edgeStatusOf(attributes), forward }),
  );
}

/** The allowed traversals from `from` straight to `to`, unordered. */
export function traversalsBetween(graph: Graph, options: Resolved, from: string, to: string): Traversal[] {
  const found: Traversal[] = [];
  const add = (forward: boolean) => (edge: string) => {
    const attributes = graph.getEdgeAttributes(edge);
    if (!allowsEdge(options, edge, attributes, graph.source(edge), graph.target(edge))) return;
    found.push({ edge, to, type: String(attributes.type), status: edgeStatusOf(attributes), forward });
  };
  // Not directedEdges(from, to): on a mixed graph it returns both directions.
  graph.outEdges(from, to).forEach(add(true));
  graph.undirectedEdges(from, to).forEach(add(true));
  if (options.direction === 'ignore') graph.inEdges(from, to).forEach(add(false));
  return found;
}

/** Representative first: best status, then edge key. */
export const compareTraversals = (a: Traversal, b: Traversal): number =>
  statusRank(a.status) - statusRank(b.status) || compareKeys(a.edge, b.edge);

/** Traversals collapsed into step groups, grouped by neighbour, in path order (see paths.ts). */
export function groupSteps(graph: Graph, traversals: Traversal[], labels: LabelCache): NeighbourSteps[] {
  const groups = new Map<string, StepGroup>();
  for (const t of traversals) {
    const id = `${t.to}\u0000${t.type}\u0000${t.forward ? 1 : 0}`;
    const group = groups.get(id);
    if (group) group.edges.push(t);
    else groups.set(id, { to: t.to, type: t.type, forward: t.forward, edges: [t] });
  }
  const sorted = [...groups.values()].sort(
    (a, b) =>
      compareText(labels.of(graph, a.to), labels.of(graph, b.to)) ||
      compareKeys(a.to, b.to) ||
      compareText(a.type, b.type) ||
      Number(b.forward) - Number(a.forward),
  );
  const byNeighbour: NeighbourSteps[] = [];
  for (const group of sorted) {
    group.edges.sort(compareTraversals);
    const last = byNeighbour[byNeighbour.length - 1];
    if (last?.to === group.to) last.groups.push(group);
    else byNeighbour.push({ to: group.to, groups: [group] });
  }
  return byNeighbour;
}

/** Node labels looked up once per query. */
export class LabelCache {
  private readonly labels = new Map<string, string>();
  of(graph: Graph, node: string): string {
    let label = this.labels.get(node);
    if (label === undefined) this.labels.set(node, (label = nodeLabel(graph, node)));
    return label;
  }
}

/** A path step from a group; `representative` defaults to the group's best edge. */
export function makeHop(graph: Graph, from: string, group: StepGroup, representative = group.edges[0]!): Hop {
  const others = group.edges.filter((t) => t !== representative);
  const evidence = [representative, ...others].flatMap((t) => {
    const value = graph.getEdgeAttribute(t.edge, 'evidence') as unknown;
    return Array.isArray(value) ? (value as unknown[]) : [];
  });
  const hop: Hop = {
    edge: representative.edge,
    from,
    to: group.to,
    type: group.type,
    status: representative.status,
    forward: group.forward,
    evidence,
  };
  if (others.length > 0) hop.alternatives = others.map((t) => t.edge);
  return hop;
}
