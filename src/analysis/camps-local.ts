/**
 * Local moves that lower frustration: each actor in turn goes to the camp it is most drawn to,
 * until no single move helps (Kernighan–Lin style single-actor moves). With attraction
 * J = friendly − hostile weight of a pair, moving actor v from camp a to camp b changes the
 * frustrated weight by pull(v, a) − pull(v, b), where pull(v, c) sums J over v's ties into
 * camp c; the pulls are kept up to date, so a move costs the actor's degree.
 */
import { shuffledRange } from './prng';
import type { SignedGraph } from './signed-graph';

const MAX_SWEEPS = 200;

/** Improves `camp` (values 0…k-1) in place until no move helps; returns the number of moves. */
export function localMoves(graph: SignedGraph, k: number, camp: Int32Array, random: () => number): number {
  const n = graph.actors.length;
  const attraction = Float64Array.from(graph.pos, (pos, p) => pos - graph.neg[p]!);
  const pull = new Float64Array(n * k);
  for (let v = 0; v < n; v++) {
    for (let j = graph.starts[v]!; j < graph.starts[v + 1]!; j++) {
      pull[v * k + camp[graph.neighbour[j]!]!]! += attraction[graph.pairOf[j]!]!;
    }
  }
  // Moves that gain less than this are rounding noise; taking them could loop forever.
  const eps = 1e-12 * Math.max(1, graph.total);
  let moves = 0;
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let moved = false;
    for (const v of shuffledRange(random, n)) {
      const from = camp[v]!;
      let to = from;
      for (let c = 0; c < k; c++) if (pull[v * k + c]! > pull[v * k + to]! + eps) to = c;
      if (to === from) continue;
      camp[v] = to;
      for (let j = graph.starts[v]!; j < graph.starts[v + 1]!; j++) {
        const u = graph.neighbour[j]!;
        const a = attraction[graph.pairOf[j]!]!;
        pull[u * k + from]! -= a;
        pull[u * k + to]! += a;
      }
      moved = true;
      moves++;
    }
    if (!moved) break;
  }
  return moves;
}
