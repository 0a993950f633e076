/**
 * A first split into two camps from the signed adjacency matrix A (A[u][v] = friendly minus
 * hostile weight between u and v): the signs of its leading eigenvector. Minimising frustration
 * is maximising xᵀAx over x in {−1, 1}ⁿ; the leading eigenvector is the best real-valued answer,
 * and rounding it by sign is the classic start (spectral partitioning of signed graphs).
 *
 * Power iteration on A + cI, with c the largest absolute row sum, so that every eigenvalue is
 * 0 or more and the iteration finds the algebraically largest one, not the largest in size.
 */
import type { SignedGraph } from './signed-graph';

const MAX_ITERATIONS = 300;
const TOLERANCE = 1e-10;

/** Camp 0 or 1 per actor, by the sign of the leading eigenvector (0 for exact zeros). */
export function spectralSplit(graph: SignedGraph): Int32Array {
  const n = graph.actors.length;
  const attraction = Float64Array.from(graph.pos, (pos, p) => pos - graph.neg[p]!);
  let shift = 0;
  for (let v = 0; v < n; v++) {
    let row = 0;
    for (let j = graph.starts[v]!; j < graph.starts[v + 1]!; j++) row += Math.abs(attraction[graph.pairOf[j]!]!);
    shift = Math.max(shift, row);
  }

  // A fixed, uneven start: it is not orthogonal to the leading eigenvector in practice, and
  // needs no seed, so the start is the same whatever seed the rest of the search uses.
  let x = Float64Array.from({ length: n }, (_, i) => 1 + ((i * 2_654_435_761) % 1000) / 1000 - 0.5);
  normalise(x);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    for (let v = 0; v < n; v++) {
      let sum = shift * x[v]!;
      for (let j = graph.starts[v]!; j < graph.starts[v + 1]!; j++) sum += attraction[graph.pairOf[j]!]! * x[graph.neighbour[j]!]!;
      next[v] = sum;
    }
    if (!normalise(next)) break;
    let change = 0;
    for (let v = 0; v < n; v++) change = Math.max(change, Math.abs(next[v]! - x[v]!));
    [x, next] = [next, x];
    if (change < TOLERANCE) break;
  }
  return Int32Array.from(x, (value) => (value < 0 ? 1 : 0));
}

/** Scales to unit length in place; false when the vector is zero. */
function normalise(x: Float64Array): boolean {
  let norm = 0;
  for (const value of x) norm += value * value;
  norm = Math.sqrt(norm);
  if (!(norm > 0)) return false;
  for (let i = 0; i < x.length; i++) x[i]! /= norm;
  return true;
}
