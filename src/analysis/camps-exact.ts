/**
 * The best split of a small signed network into at most k camps, proved by branch and bound.
 *
 * Actors are placed one at a time, most connected first and then always the one most tied to
 * those already placed, so that costs show early. Camps are opened in order (an actor may join a
 * camp already used or open the next one), which visits each split once instead of k! times.
 * A branch is cut when its cost so far plus a lower bound on what is left cannot beat the best
 * known split. The bound: every unplaced actor must pay at least its cheapest camp's cost
 * towards the placed ones, and a pair of unplaced actors tied both ways pays at least the
 * smaller of its two weights whatever happens.
 */
import type { SignedGraph } from './signed-graph';

export interface ExactResult {
  /** False when the step budget ran out before the search could finish. */
  complete: boolean;
  /** A split better than `upperBound`, or null when none exists (or none was found in time). */
  camp: Int32Array | null;
  frustration: number;
  steps: number;
}

/** Search steps allowed before giving up: a few seconds at most (1 to 4 µs a step, measured on 24 actors). */
export const DEFAULT_STEP_BUDGET = 2_000_000;

/**
 * Searches for a split strictly better than `upperBound` (a heuristic's frustration, or
 * Infinity). When the search completes and finds none, the split that gave `upperBound` is
 * optimal.
 */
export function exactCamps(graph: SignedGraph, k: number, upperBound = Infinity, budget = DEFAULT_STEP_BUDGET): ExactResult {
  const n = graph.actors.length;
  const order = placementOrder(graph);
  const position = new Int32Array(n);
  order.forEach((actor, i) => (position[actor] = i));

  // unavoidable[i]: pairs tied both ways cost at least min(pos, neg); this sums them over the
  // pairs whose two actors are both still unplaced at step i (the first of them placed at i or later).
  const unavoidable = new Float64Array(n + 1);
  for (let p = 0; p < graph.pos.length; p++) {
    const first = Math.min(position[graph.pairA[p]!]!, position[graph.pairB[p]!]!);
    unavoidable[first]! += Math.min(graph.pos[p]!, graph.neg[p]!);
  }
  for (let i = n - 1; i >= 0; i--) unavoidable[i]! += unavoidable[i + 1]!;

  // toPlaced[v * k + c]: what unplaced actor v would pay towards the placed actors in camp c.
  // Only unplaced actors are updated: actors are placed and unplaced last in, first out, so a
  // placed actor's entries still hold its cost towards the actors placed before it, which are
  // the placed ones again when the search comes back to it.
  const toPlaced = new Float64Array(n * k);
  // cheapest[v]: the smallest of v's k entries; cheapestSum: their sum over unplaced actors.
  const cheapest = new Float64Array(n);
  let cheapestSum = 0;
  const camp = new Int32Array(n).fill(-1);
  const bestCamp = new Int32Array(n);
  // Camps to try at each depth, cheapest first.
  const tries = new Int32Array(n * k);
  // Relative tolerance: sums of the same weights in different orders differ in the last bits.
  const eps = 1e-9 * Math.max(1, graph.total);
  let best = upperBound;
  let found = false;
  let steps = 0;
  let complete = true;

  const place = (actor: number, c: number, sign: 1 | -1) => {
    for (let j = graph.starts[actor]!; j < graph.starts[actor + 1]!; j++) {
      const other = graph.neighbour[j]!;
      if (camp[other]! >= 0) continue;
      const p = graph.pairOf[j]!;
      const base = other * k;
      let least = Infinity;
      for (let d = 0; d < k; d++) {
        toPlaced[base + d]! += sign * (d === c ? graph.neg[p]! : graph.pos[p]!);
        least = Math.min(least, toPlaced[base + d]!);
      }
      cheapestSum += least - cheapest[other]!;
      cheapest[other] = least;
    }
  };

  const search = (i: number, used: number, cost: number): void => {
    if (++steps > budget) {
      complete = false;
      return;
    }
    if (i === n) {
      if (cost < best - eps) {
        best = cost;
        found = true;
        bestCamp.set(camp);
      }
      return;
    }
    const actor = order[i]!;
    const base = actor * k;
    const choices = Math.min(used + 1, k);
    // Insertion sort of at most k camps by cost, lowest number first among equals.
    const at = i * k;
    for (let c = 0; c < choices; c++) {
      let slot = c;
      while (slot > 0 && toPlaced[base + tries[at + slot - 1]!]! > toPlaced[base + c]!) {
        tries[at + slot] = tries[at + slot - 1]!;
        slot--;
      }
      tries[at + slot] = c;
    }
    cheapestSum -= cheapest[actor]!;
    for (let t = 0; t < choices; t++) {
      const c = tries[at + t]!;
      const next = cost + toPlaced[base + c]!;
      camp[actor] = c;
      place(actor, c, 1);
      if (next + cheapestSum + unavoidable[i + 1]! < best - eps) search(i + 1, Math.max(used, c + 1), next);
      place(actor, c, -1);
      camp[actor] = -1;
      if (!complete) break;
    }
    cheapestSum += cheapest[actor]!;
  };

  if (n > 0) search(0, 0, 0);
  return { complete, camp: found ? bestCamp : null, frustration: best, steps };
}

/** The most connected actor first, then always the unplaced actor with most weight to the placed ones. */
function placementOrder(graph: SignedGraph): number[] {
  const n = graph.actors.length;
  const strength = new Float64Array(n);
  for (let p = 0; p < graph.pos.length; p++) {
    const w = graph.pos[p]! + graph.neg[p]!;
    strength[graph.pairA[p]!]! += w;
    strength[graph.pairB[p]!]! += w;
  }
  const placed = new Uint8Array(n);
  const pull = new Float64Array(n);
  const order: number[] = [];
  for (let step = 0; step < n; step++) {
    let pick = -1;
    for (let v = 0; v < n; v++) {
      if (placed[v]) continue;
      if (pick < 0 || pull[v]! > pull[pick]! || (pull[v] === pull[pick] && strength[v]! > strength[pick]!)) pick = v;
    }
    placed[pick] = 1;
    order.push(pick);
    for (let j = graph.starts[pick]!; j < graph.starts[pick + 1]!; j++) {
      const p = graph.pairOf[j]!;
      pull[graph.neighbour[j]!]! += graph.pos[p]! + graph.neg[p]!;
    }
  }
  return order;
}
