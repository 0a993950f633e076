/**
 * Test support for the camps: random signed networks built from plain edge lists, and an
 * independent recount of a split's frustration straight from the graph's edges by the rules of
 * issue #13, so the tests do not trust the engine's own bookkeeping. Nothing in the engine
 * imports this file.
 */
import Graph from 'graphology';
import { edgeStatusOf } from '../graph/legend';

/** friend allies, foe opposes, meets is declared neutral, gossips is not declared at all. */
export const EDGE_TYPES = {
  friend: { label: 'is friends with', sign: 1 },
  foe: { label: 'opposes', sign: -1 },
  meets: { label: 'meets' },
};
export const TYPES = ['friend', 'foe', 'meets', 'gossips'] as const;
const SIGN: Record<string, number> = { friend: 1, foe: -1 };

export interface RandomEdge {
  a: number;
  b: number;
  type: (typeof TYPES)[number];
  status?: 'confirmed' | 'reported' | 'potential' | undefined;
  weight?: number | undefined;
  undirected?: boolean;
}

export const actorKey = (i: number) => `actor${String(i).padStart(2, '0')}`;

/** `n` actors and the edges given (self-loops skipped), as the loader would build them. */
export function buildGraph(n: number, edges: readonly RandomEdge[]): Graph {
  const graph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: false });
  graph.setAttribute('edgeTypes', EDGE_TYPES);
  for (let i = 0; i < n; i++) graph.addNode(actorKey(i), { label: `Actor ${i}` });
  edges.forEach((edge, i) => {
    if (edge.a === edge.b) return;
    const attributes: Record<string, unknown> = { type: edge.type };
    if (edge.status) attributes.status = edge.status;
    if (edge.weight !== undefined) attributes.weight = edge.weight;
    if (edge.undirected) graph.addUndirectedEdgeWithKey(`e${i}`, actorKey(edge.a), actorKey(edge.b), attributes);
    else graph.addDirectedEdgeWithKey(`e${i}`, actorKey(edge.a), actorKey(edge.b), attributes);
  });
  return graph;
}

interface SignedEdge {
  key: string;
  source: string;
  target: string;
  sign: number;
  weight: number;
}

/** The signed claims with their weights: `weight` when above 0 (else 1) times the status weight. */
export function signedEdges(graph: Graph, statusWeights: Record<string, number> = {}): SignedEdge[] {
  const edges: SignedEdge[] = [];
  graph.forEachEdge((key, attributes, source, target) => {
    const sign = SIGN[attributes.type as string] ?? 0;
    const raw = attributes.weight as number | undefined;
    const weight = (raw !== undefined && raw > 0 ? raw : 1) * (statusWeights[edgeStatusOf(attributes)] ?? 1);
    if (sign !== 0 && weight > 0) edges.push({ key, source, target, sign, weight });
  });
  return edges;
}

export interface Recount {
  frustration: number;
  frustrated: string[];
  total: number;
}

/** Frustration of `assignment`: friendly claims between camps, hostile ones within a camp. */
export function recount(graph: Graph, assignment: Record<string, number | null>, statusWeights: Record<string, number> = {}): Recount {
  const result: Recount = { frustration: 0, frustrated: [], total: 0 };
  for (const edge of signedEdges(graph, statusWeights)) {
    result.total += edge.weight;
    const together = assignment[edge.source] === assignment[edge.target];
    if ((edge.sign > 0 && !together) || (edge.sign < 0 && together)) {
      result.frustration += edge.weight;
      result.frustrated.push(edge.key);
    }
  }
  return result;
}

/** The least frustration over all k^n splits of the signed actors into at most k camps. */
export function bruteForceMinimum(graph: Graph, k: number, statusWeights: Record<string, number> = {}): number {
  const edges = signedEdges(graph, statusWeights);
  const actors = [...new Set(edges.flatMap((edge) => [edge.source, edge.target]))];
  const index = new Map(actors.map((actor, i) => [actor, i]));
  const ends = edges.map((edge) => [index.get(edge.source)!, index.get(edge.target)!, edge.sign, edge.weight] as const);
  const camp = new Int32Array(actors.length);
  let best = Infinity;
  for (let code = 0; code < k ** actors.length; code++) {
    let rest = code;
    for (let i = 0; i < actors.length; i++) {
      camp[i] = rest % k;
      rest = Math.floor(rest / k);
    }
    let frustration = 0;
    for (const [a, b, sign, weight] of ends) {
      const together = camp[a] === camp[b];
      if ((sign > 0 && !together) || (sign < 0 && together)) frustration += weight;
    }
    best = Math.min(best, frustration);
  }
  return best;
}
