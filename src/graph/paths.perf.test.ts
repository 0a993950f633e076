/**
 * The path engine on a generated 20,000-actor, 40,000-relation graph: correctness against
 * brute force written here, and median timings printed with console.log. No timing assertions:
 * timings flake on shared machines, so the figures are for reading, not for failing.
 */
import { describe, it, expect } from 'vitest';
import Graph from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import { resolveRegistry } from './registry';
import { findPaths, shortestPath, type Path } from './paths';
import { buildView } from './paths-view';
import { resolveOptions } from './paths-traversal';

const NODES = 20_000;
const EDGES = 40_000;
const TYPES = ['supplies', 'condemns', 'targets'];
const STATUSES = ['confirmed', 'reported', 'potential', undefined];

/** mulberry32: a small seeded generator, so every run sees the same graph. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Spec {
  key: string;
  source: string;
  target: string;
  type: string;
  status: string;
  undirected: boolean;
  weight: number;
}

function generate(): { graph: Graph; specs: Spec[] } {
  const rand = random(20_000);
  const pick = <T>(items: T[]) => items[Math.floor(rand() * items.length)]!;
  const graph = new Graph({ type: 'mixed', multi: true });
  for (let i = 0; i < NODES; i++) graph.addNode(`a${i}`, { label: `Actor ${i}` });
  const specs: Spec[] = [];
  for (let i = 0; i < EDGES; i++) {
    const previous = specs[specs.length - 1];
    // One edge in twenty runs parallel to the one before it.
    const [source, target] =
      previous && rand() < 0.05
        ? [previous.source, previous.target]
        : (() => {
            const s = Math.floor(rand() * NODES);
            return [`a${s}`, `a${(s + 1 + Math.floor(rand() * (NODES - 1))) % NODES}`];
          })();
    const status = pick(STATUSES);
    const spec = {
      key: `e${i}`,
      source,
      target,
      type: pick(TYPES),
      status: status ?? 'unspecified',
      undirected: rand() < 0.1,
      weight: 1 + Math.floor(rand() * 9),
    };
    specs.push(spec);
    const attributes = { type: spec.type, weight: spec.weight, evidence: [], ...(status ? { status } : {}) };
    if (spec.undirected) graph.addUndirectedEdgeWithKey(spec.key, source, target, attributes);
    else graph.addDirectedEdgeWithKey(spec.key, source, target, attributes);
  }
  return { graph, specs };
}

const { graph, specs } = generate();
const registry = resolveRegistry(graph);
const rand = random(7);
const randomNode = () => `a${Math.floor(rand() * NODES)}`;
const pairs = (n: number) => Array.from({ length: n }, () => [randomNode(), randomNode()] as const);

/** Adjacency lists from the specs, not from the engine: (to, type, forward, edge) per actor. */
function adjacency(options: { direction: 'follow' | 'ignore'; statuses?: string[] }) {
  const out = new Map<string, { to: string; type: string; forward: boolean; edge: string }[]>();
  const add = (from: string, to: string, spec: Spec, forward: boolean) => {
    if (!out.has(from)) out.set(from, []);
    out.get(from)!.push({ to, type: spec.type, forward, edge: spec.key });
  };
  for (const spec of specs) {
    if (options.statuses && !options.statuses.includes(spec.status)) continue;
    add(spec.source, spec.target, spec, true);
    if (spec.undirected) add(spec.target, spec.source, spec, true);
    else if (options.direction === 'ignore') add(spec.target, spec.source, spec, false);
  }
  return out;
}

function bfsHops(adj: ReturnType<typeof adjacency>, from: string, to: string, limit = Infinity): number | null {
  const distance = new Map([[from, 0]]);
  let frontier = [from];
  for (let depth = 1; depth <= limit && frontier.length && !distance.has(to); depth++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const { to: neighbour } of adj.get(node) ?? []) {
        if (distance.has(neighbour)) continue;
        distance.set(neighbour, distance.get(node)! + 1);
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  return distance.get(to) ?? null;
}

/** Distinct (actors, type and direction per hop) simple paths of at most `maxHops` hops. */
function countPaths(adj: ReturnType<typeof adjacency>, from: string, to: string, maxHops: number): number {
  const found = new Set<string>();
  const walk = (nodes: string[], steps: string[]) => {
    const here = nodes[nodes.length - 1]!;
    if (here === to) return void found.add(`${nodes.join(' ')}|${steps.join(' ')}`);
    if (steps.length === maxHops) return;
    for (const step of adj.get(here) ?? []) {
      if (!nodes.includes(step.to)) walk([...nodes, step.to], [...steps, `${step.type}${step.forward ? '+' : '-'}`]);
    }
  };
  walk([from], []);
  return found.size;
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time<T>(runs: number, task: (i: number) => T): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    task(i);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const cost = (path: Path) => path.edges.reduce((sum, edge) => sum + (graph.getEdgeAttribute(edge, 'weight') as number), 0);

describe(`paths on ${NODES} actors and ${EDGES} relations`, () => {
  it('finds shortest paths with as many hops as brute-force BFS, following and ignoring direction', () => {
    for (const direction of ['follow', 'ignore'] as const) {
      const adj = adjacency({ direction });
      for (const [from, to] of pairs(30)) {
        expect(shortestPath(graph, from, to, { direction })?.hops ?? null, `${from}→${to} ${direction}`).toBe(bfsHops(adj, from, to));
      }
    }
  });

  it('finds shortest confirmed-only paths with as many hops as brute-force BFS', () => {
    const adj = adjacency({ direction: 'follow', statuses: ['confirmed'] });
    for (const [from, to] of pairs(30)) {
      expect(shortestPath(graph, from, to, { statuses: ['confirmed'] })?.hops ?? null).toBe(bfsHops(adj, from, to));
    }
  });

  it('finds weighted paths no heavier than the fewest-hops path', () => {
    let compared = 0;
    for (const [from, to] of pairs(30)) {
      const light = shortestPath(graph, from, to, { weight: 'weight' });
      const short = shortestPath(graph, from, to);
      expect(light === null).toBe(short === null);
      if (light && short) {
        expect(cost(light)).toBeLessThanOrEqual(cost(short));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10);
  });

  it('lists as many paths within 4 hops as brute force finds', () => {
    const adj = adjacency({ direction: 'ignore' });
    let compared = 0;
    for (const [from, to] of pairs(400)) {
      if (bfsHops(adj, from, to, 4) === null) continue;
      const result = findPaths(graph, registry, from, to, { direction: 'ignore', maxHops: 4, maxPaths: 10_000 });
      expect(result.paths.length, `${from}→${to}`).toBe(countPaths(adj, from, to, 4));
      if (++compared === 5) break;
    }
    expect(compared).toBe(5);
  });

  it('prints median timings', () => {
    const follow = resolveOptions({});
    const ignore = resolveOptions({ direction: 'ignore' });
    const visible = { nodes: new Set(graph.nodes()), edges: new Set(graph.edges()) };
    const filtered = resolveOptions({ types: ['supplies', 'targets'], statuses: ['confirmed', 'reported'], visible });
    const view = buildView(graph, follow);
    const edges = graph.edges();
    const others = Array.from({ length: 7 }, (_, i) => ({ nodes: visible.nodes, edges: new Set(edges.filter((_e, j) => j !== i)) }));
    const copies = Array.from({ length: 7 }, () => ({ nodes: new Set(visible.nodes), edges: new Set(visible.edges) }));
    shortestPath(graph, 'a0', 'a1', { visible: copies[0] });
    const queries = pairs(200);
    const results: Record<string, number> = {
      'build view, follow': time(3, () => buildView(graph, follow)),
      'build view, ignore': time(3, () => buildView(graph, ignore)),
      'build view, 2 types + 2 statuses + visible sets': time(3, () => buildView(graph, filtered)),
      'graphology bidirectional alone on a built view': time(200, (i) => bidirectional(view, queries[i]![0], queries[i]![1])),
      'shortestPath, follow (view cached)': time(200, (i) => shortestPath(graph, queries[i]![0], queries[i]![1])),
      'shortestPath, ignore (view cached)': time(200, (i) => shortestPath(graph, queries[i]![0], queries[i]![1], { direction: 'ignore' })),
      'shortestPath, weighted Dijkstra (view cached)': time(200, (i) =>
        shortestPath(graph, queries[i]![0], queries[i]![1], { weight: 'weight' }),
      ),
      // Visible sets with other contents each time miss the cache: view build + query, as after a filter change.
      'shortestPath, cold (view rebuilt)': time(5, (i) => shortestPath(graph, queries[i]![0], queries[i]![1], { visible: others[i]! })),
      // Equal contents in new Set objects: the cache finds the view by fingerprint.
      'shortestPath, equal visible sets as new objects': time(7, (i) =>
        shortestPath(graph, queries[i]![0], queries[i]![1], { visible: copies[i]! }),
      ),
      'findPaths, ignore, maxHops 4, maxPaths 50': time(50, (i) =>
        findPaths(graph, registry, queries[i]![0], queries[i]![1], { direction: 'ignore' }),
      ),
      // findPaths needs no view: its pruning BFS runs on the graph, so new filters cost nothing extra.
      'findPaths, new visible sets each time': time(7, (i) =>
        findPaths(graph, registry, queries[i]![0], queries[i]![1], { visible: others[i]! }),
      ),
      // No path under four active options: up to 31 relaxations tried, each a BFS on the graph.
      'findPaths with no path (explanation), 4 options': time(7, (i) =>
        findPaths(graph, registry, queries[i]![0], queries[i]![1], {
          types: ['supplies'],
          statuses: ['confirmed'],
          visible: others[i]!,
          maxHops: 2,
        }),
      ),
    };
    console.log(
      `paths.perf (${NODES} nodes, ${EDGES} edges), median ms:\n${Object.entries(results)
        .map(([name, ms]) => `  ${name.padEnd(52)} ${ms.toFixed(2)}`)
        .join('\n')}`,
    );
    expect(Object.values(results).every(Number.isFinite)).toBe(true);
  });
}, 120_000);
