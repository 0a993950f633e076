/**
 * Stable camp numbers, whatever order a search found the camps in: camp 0 is the camp of the
 * actor with the most signed claims (ties broken by key), and the other camps are numbered by
 * their first member in that same order. Two runs that find the same split number it the same.
 */
import type { SignedGraph } from './signed-graph';

/** Actor numbers from most to fewest signed claims, equal counts by key. */
export function prominenceOrder(graph: SignedGraph): number[] {
  return graph.actors
    .map((_, i) => i)
    .sort((a, b) => graph.signedDegree[b]! - graph.signedDegree[a]! || compareKeys(graph.actors[a]!, graph.actors[b]!));
}

/** `camp` renumbered; returns the new numbers and how many camps have members. */
export function renumberCamps(graph: SignedGraph, camp: ArrayLike<number>): { camp: Int32Array; used: number } {
  const renamed = new Map<number, number>();
  const result = new Int32Array(graph.actors.length);
  for (const actor of prominenceOrder(graph)) {
    const old = camp[actor]!;
    if (!renamed.has(old)) renamed.set(old, renamed.size);
    result[actor] = renamed.get(old)!;
  }
  return { camp: result, used: renamed.size };
}

/** Code-unit order: the same in every locale and runtime. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
