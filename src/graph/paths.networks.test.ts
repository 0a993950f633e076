/**
 * The path engine on two published social networks (see test-networks.ts) with pairs more than
 * the default 4 hops apart: the shortest path is returned whatever its length, while the list of
 * alternatives stops at `maxHops` (issue #11). Distances are checked by a plain BFS written here.
 */
import { describe, it, expect } from 'vitest';
import type Graph from 'graphology';
import { resolveRegistry } from './registry';
import { findPaths, shortestPath } from './paths';
import { florentineFamilies, florentineGraph, florentineMarriageEdges, karateClubEdges, karateClubGraph } from './test-networks';

/** Hops between two actors of an undirected edge list, by breadth-first search; null when unconnected. */
function bfsDistance<T>(edges: readonly (readonly [T, T])[], from: T, to: T): number | null {
  const distance = new Map<T, number>([[from, 0]]);
  const queue = [from];
  while (queue.length > 0) {
    const here = queue.shift()!;
    for (const [a, b] of edges) {
      const next = a === here ? b : b === here ? a : undefined;
      if (next === undefined || distance.has(next)) continue;
      distance.set(next, distance.get(here)! + 1);
      queue.push(next);
    }
  }
  return distance.get(to) ?? null;
}

/** Every simple path of exactly `hops` hops, as actor lists, by brute force. */
function simplePaths<T>(edges: readonly (readonly [T, T])[], from: T, to: T, hops: number): T[][] {
  const found: T[][] = [];
  const extend = (path: T[]) => {
    const here = path[path.length - 1]!;
    if (here === to) return void (path.length - 1 === hops && found.push(path));
    if (path.length - 1 === hops) return;
    for (const [a, b] of edges) {
      const next = a === here ? b : b === here ? a : undefined;
      if (next !== undefined && !path.includes(next)) extend([...path, next]);
    }
  };
  extend([from]);
  return found;
}

const find = (graph: Graph, from: string, to: string, options = {}) => findPaths(graph, resolveRegistry(graph), from, to, options);
const sorted = (paths: string[][]) => paths.map((path) => path.join(' ')).sort();

describe('the test networks', () => {
  it('are the published ones: 34 members and 78 ties; 16 families and 20 marriages', () => {
    expect(new Set(karateClubEdges.flat()).size).toBe(34);
    expect(new Set(karateClubEdges.map(([a, b]) => `${a}-${b}`)).size).toBe(78);
    expect(florentineFamilies).toHaveLength(16);
    expect(new Set(florentineMarriageEdges.map(([a, b]) => `${a}-${b}`)).size).toBe(20);
    expect(florentineMarriageEdges.flat().every((family) => florentineFamilies.includes(family))).toBe(true);
  });

  it('put the pairs of issue #11 5 hops apart', () => {
    // networkx's members 16 and 18 (0-based) are Zachary's 17 and 19.
    expect(bfsDistance(karateClubEdges, 17, 19)).toBe(5);
    expect(bfsDistance(karateClubEdges, 16, 18)).toBe(4);
    expect(bfsDistance(florentineMarriageEdges, 'Pazzi', 'Peruzzi')).toBe(5);
  });
});

describe.each([
  { name: 'karate club members 17 and 19', graph: karateClubGraph, from: '17', to: '19', count: 14 },
  { name: 'the Pazzi and Peruzzi families', graph: florentineGraph, from: 'Pazzi', to: 'Peruzzi', count: 2 },
])('findPaths between $name, 5 hops apart', ({ graph, from, to, count }) => {
  const edges = () => graph().edges();
  const brute = () => {
    const g = graph();
    return simplePaths(
      g.edges().map((edge) => [g.source(edge), g.target(edge)] as const),
      from,
      to,
      5,
    );
  };

  it('returns the shortest path under the default maxHops 4 and says alternatives are not listed', () => {
    const result = find(graph(), from, to);
    expect(result.paths).toHaveLength(1);
    expect(result.paths[0]!.hops).toBe(5);
    expect(result).toMatchObject({ beyondMaxHops: true, maxHops: 4, capped: false, explanation: null });
    expect(sorted(brute())).toContain(result.paths[0]!.nodes.join(' '));
    expect(result.paths[0]!.edges.every((edge) => edges().includes(edge))).toBe(true);
  });

  it('returns the path that is listed first once maxHops reaches its length', () => {
    const g = graph();
    expect(find(g, from, to).paths[0]).toEqual(find(g, from, to, { maxHops: 5 }).paths[0]);
  });

  it('with maxHops 5 lists every simple 5-hop path, not beyond the limit', () => {
    const result = find(graph(), from, to, { maxHops: 5 });
    expect(result.paths).toHaveLength(count);
    expect(sorted(result.paths.map((path) => path.nodes))).toEqual(sorted(brute()));
    expect(result).toMatchObject({ beyondMaxHops: false, maxHops: 5, capped: false, explanation: null });
  });

  it('finds the shortest path at any limit, down to 0', () => {
    const g = graph();
    for (const maxHops of [0, 1, 2, 3, 4]) expect(find(g, from, to, { maxHops }).paths[0]?.hops).toBe(5);
  });

  it('agrees with shortestPath on the length', () => {
    expect(shortestPath(graph(), from, to)?.hops).toBe(5);
  });
});

describe('findPaths when no path exists under the options', () => {
  it('still explains, with no path: the Pucci married into no other family', () => {
    const result = find(florentineGraph(), 'Medici', 'Pucci');
    expect(result).toMatchObject({ paths: [], beyondMaxHops: false, explanation: 'Medici and Pucci are not connected at all.' });
  });

  it('respects the filters for the path beyond the limit: hiding a family on both routes leaves none', () => {
    const g = florentineGraph();
    // Both 5-hop routes pass through the Medici.
    const visible = { nodes: new Set(g.nodes().filter((family) => family !== 'Medici')), edges: new Set(g.edges()) };
    const result = find(g, 'Pazzi', 'Peruzzi', { visible });
    expect(result.paths).toEqual([]);
    expect(result.beyondMaxHops).toBe(false);
    expect(result.explanation).toBe(
      'No path among the actors and relations shown and within 4 hops; the shortest when the filters are cleared has 5 hops.',
    );
  });
});
