/**
 * A seeded pseudo-random generator for the analyses that draw (heuristic camp starts, Louvain's
 * visiting order, betweenness sources), so the same graph and seed always give the same result.
 */

/** mulberry32 (as in bench/generate.ts): small, fast, floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A whole number in [0, n). */
export function randomIndex(random: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(random() * n));
}

/** 0…n-1 in an order drawn by Fisher–Yates. */
export function shuffledRange(random: () => number, n: number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = randomIndex(random, i + 1);
    const swap = order[i]!;
    order[i] = order[j]!;
    order[j] = swap;
  }
  return order;
}

/** The seed analyses use when none is given. */
export const DEFAULT_SEED = 13;
