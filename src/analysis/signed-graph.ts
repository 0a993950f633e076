/**
 * The signed network the camps are found in: the actors with at least one friendly or hostile
 * claim, numbered 0…n-1, and for each pair of them the total weight of friendly claims (`pos`)
 * and of hostile ones (`neg`). Direction is ignored: "A condemns B" sets A and B apart either way.
 * Parallel claims each add their weight. A pair costs `neg` when its actors share a camp and `pos`
 * when they do not, so frustration is a sum over pairs.
 */
import type { Claim } from './claims';

export interface SignedGraph {
  /** Actor keys, in the graph's node order. */
  actors: string[];
  /** Signed claims (self-loops left out), with the numbers of their two actors. */
  claims: Array<{ key: string; a: number; b: number; sign: 1 | -1; weight: number }>;
  pairA: Int32Array;
  pairB: Int32Array;
  pos: Float64Array;
  neg: Float64Array;
  /** Adjacency: actor i's pairs are `pairOf[starts[i]…starts[i+1])`, to `neighbour[…]`. */
  starts: Int32Array;
  neighbour: Int32Array;
  pairOf: Int32Array;
  /** Signed claims touching each actor: the order camps are numbered in. */
  signedDegree: Int32Array;
  /** The weight of all signed claims. */
  total: number;
}

/** `nodes` in the graph's order; claims of sign 0 and self-loops are skipped. */
export function buildSignedGraph(nodes: readonly string[], claims: readonly Claim[]): SignedGraph {
  const signed = claims.filter((claim) => claim.sign !== 0 && claim.source !== claim.target);
  const touched = new Set<string>();
  for (const claim of signed) touched.add(claim.source).add(claim.target);
  const actors = nodes.filter((node) => touched.has(node));
  const index = new Map(actors.map((actor, i) => [actor, i]));

  const pairIndex = new Map<number, number>();
  const pairs: Array<{ a: number; b: number; pos: number; neg: number }> = [];
  const signedDegree = new Int32Array(actors.length);
  const list: SignedGraph['claims'] = [];
  let total = 0;
  for (const claim of signed) {
    const a = index.get(claim.source)!;
    const b = index.get(claim.target)!;
    const [lo, hi] = a < b ? [a, b] : [b, a];
    const id = lo * actors.length + hi;
    let p = pairIndex.get(id);
    if (p === undefined) {
      p = pairs.length;
      pairIndex.set(id, p);
      pairs.push({ a: lo, b: hi, pos: 0, neg: 0 });
    }
    if (claim.sign > 0) pairs[p]!.pos += claim.weight;
    else pairs[p]!.neg += claim.weight;
    signedDegree[a]!++;
    signedDegree[b]!++;
    total += claim.weight;
    list.push({ key: claim.key, a, b, sign: claim.sign as 1 | -1, weight: claim.weight });
  }

  const n = actors.length;
  const starts = new Int32Array(n + 1);
  for (const pair of pairs) {
    starts[pair.a + 1]!++;
    starts[pair.b + 1]!++;
  }
  for (let i = 0; i < n; i++) starts[i + 1]! += starts[i]!;
  const fill = starts.slice(0, n);
  const neighbour = new Int32Array(2 * pairs.length);
  const pairOf = new Int32Array(2 * pairs.length);
  pairs.forEach((pair, p) => {
    neighbour[fill[pair.a]!] = pair.b;
    pairOf[fill[pair.a]!++] = p;
    neighbour[fill[pair.b]!] = pair.a;
    pairOf[fill[pair.b]!++] = p;
  });

  return {
    actors,
    claims: list,
    pairA: Int32Array.from(pairs, (pair) => pair.a),
    pairB: Int32Array.from(pairs, (pair) => pair.b),
    pos: Float64Array.from(pairs, (pair) => pair.pos),
    neg: Float64Array.from(pairs, (pair) => pair.neg),
    starts,
    neighbour,
    pairOf,
    signedDegree,
    total,
  };
}

/** The frustrated weight of a split: each pair's `neg` when together, its `pos` when apart. */
export function frustrationOf(graph: SignedGraph, camp: ArrayLike<number>): number {
  let sum = 0;
  for (let p = 0; p < graph.pos.length; p++) {
    sum += camp[graph.pairA[p]!] === camp[graph.pairB[p]!] ? graph.neg[p]! : graph.pos[p]!;
  }
  return sum;
}

/** The keys of the claims a split frustrates, in claim order. */
export function frustratedClaims(graph: SignedGraph, camp: ArrayLike<number>): string[] {
  return graph.claims.filter((claim) => (camp[claim.a] === camp[claim.b]) === claim.sign < 0).map((claim) => claim.key);
}
