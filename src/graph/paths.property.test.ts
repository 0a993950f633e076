/**
 * Property tests of the path engine on random small mixed multigraphs (up to 8 actors and 16
 * edges: three types, every status, undirected edges, parallel edges, self-loops) under random
 * options, against brute force written here from the documented rules.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import Graph from 'graphology';
import { resolveRegistry } from './registry';
import { findPaths, shortestPath, type Hop, type Path, type PathOptions } from './paths';
import { shortestHops } from './paths-bfs';
import { resolveOptions } from './paths-traversal';

const TYPES = ['x', 'y', 'z'];
const STATUSES = ['confirmed', 'reported', 'potential', 'unspecified'];
const RUNS = 500;

interface EdgeSpec {
  source: number;
  target: number;
  type: string;
  status: string;
  undirected: boolean;
  weight: unknown;
}
interface Case {
  labels: string[];
  edges: EdgeSpec[];
  options: PathOptions;
  from: string;
  to: string;
  reversed: boolean;
}

const edgeSpec = (nodes: number) =>
  fc.record({
    source: fc.nat(nodes - 1),
    target: fc.nat(nodes - 1),
    type: fc.constantFrom(...TYPES),
    status: fc.constantFrom(...STATUSES),
    undirected: fc.boolean(),
    weight: fc.oneof(fc.constant(undefined), fc.integer({ min: 0, max: 5 }), fc.constantFrom(NaN, -1, 'heavy')),
  });

const subset = <T>(items: T[]) => fc.subarray(items);
/** `usual` twice as often as a value from `other`. */
const often = <T, U>(usual: T, other: fc.Arbitrary<U>) =>
  fc.oneof({ weight: 2, arbitrary: fc.constant(usual) }, { weight: 1, arbitrary: other });

/** Labels come from a small pool so that actors share labels and key order must break ties. */
const caseArb: fc.Arbitrary<Case> = fc.integer({ min: 1, max: 8 }).chain((n) => {
  const key = fc.nat(n - 1).map((i) => `n${i}`);
  const keys = Array.from({ length: n }, (_, i) => `n${i}`);
  return fc
    .record({
      labels: fc.array(fc.constantFrom('Ann', 'ann', 'Bob', 'Émile', 'Zoe', ''), { minLength: n, maxLength: n }),
      // Each spec is used twice so that parallel edges are common.
      edges: fc
        .array(edgeSpec(n), { minLength: 4, maxLength: 12, size: 'max' })
        .chain((specs) => fc.subarray(specs).map((again) => [...specs, ...again].slice(0, 16))),
      options: fc
        .record({
          types: often(null, subset(TYPES)),
          statuses: often(null, subset(STATUSES)),
          direction: fc.constantFrom('follow' as const, 'ignore' as const),
          maxHops: fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 9, arbitrary: fc.integer({ min: 1, max: 5 }) }),
          maxPaths: fc.integer({ min: 1, max: 8 }),
          // Filters hide a few actors and relations rather than show a few.
          hidden: often(null, fc.record({ nodes: subset(keys), edges: fc.array(fc.nat(15), { maxLength: 4 }) })),
        })
        .map(({ hidden, ...rest }) => ({
          ...rest,
          visible: hidden && {
            nodes: new Set(keys.filter((key) => !hidden.nodes.slice(0, 2).includes(key))),
            edges: new Set(Array.from({ length: 16 }, (_, i) => `e${i}`).filter((_, i) => !hidden.edges.includes(i))),
          },
        })),
      from: key,
      // Mostly another actor: paths from an actor to itself are trivial.
      to: fc.oneof({ weight: 1, arbitrary: key }, { weight: 4, arbitrary: fc.constant(null) }),
      reversed: fc.boolean(),
    })
    .map((c) => ({ ...c, to: c.to ?? `n${(Number(c.from.slice(1)) + 1) % n}` }));
});

/** The graph for a case; `reversed` inserts nodes and edges in the opposite order. */
function build(c: Case, reversed = c.reversed): Graph {
  const graph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
  const nodes = c.labels.map((label, i) => [`n${i}`, label] as const);
  for (const [key, label] of reversed ? [...nodes].reverse() : nodes) graph.addNode(key, label ? { label } : {});
  const edges = c.edges.map((spec, i) => [`e${i}`, spec] as const);
  for (const [key, spec] of reversed ? [...edges].reverse() : edges) {
    const attributes = {
      type: spec.type,
      weight: spec.weight,
      evidence: [{ source: 's', lines: [Number(key.slice(1))] }],
      ...(spec.status === 'unspecified' ? {} : { status: spec.status }),
    };
    const add = spec.undirected ? graph.addUndirectedEdgeWithKey : graph.addDirectedEdgeWithKey;
    add.call(graph, key, `n${spec.source}`, `n${spec.target}`, attributes);
  }
  return graph;
}

// ---- brute force, from the documented rules ----

interface Walk {
  edge: string;
  from: string;
  to: string;
  type: string;
  status: string;
  forward: boolean;
  weight: number;
}

function allowedWalks(c: Case, options = c.options): Walk[] {
  const walks: Walk[] = [];
  const visible = options.visible;
  c.edges.forEach((spec, i) => {
    const edge = `e${i}`;
    const [s, t] = [`n${spec.source}`, `n${spec.target}`];
    if (s === t) return;
    if (options.types && !options.types.includes(spec.type)) return;
    if (options.statuses && !options.statuses.includes(spec.status)) return;
    if (visible && !(visible.edges.has(edge) && visible.nodes.has(s) && visible.nodes.has(t))) return;
    const weight = typeof spec.weight === 'number' && Number.isFinite(spec.weight) && spec.weight >= 0 ? spec.weight : 1;
    const walk = { edge, type: spec.type, status: spec.status, weight };
    walks.push({ ...walk, from: s, to: t, forward: true });
    if (spec.undirected) walks.push({ ...walk, from: t, to: s, forward: true });
    else if (options.direction === 'ignore') walks.push({ ...walk, from: t, to: s, forward: false });
  });
  return walks;
}

function bfsHops(c: Case, options = c.options): number | null {
  const walks = allowedWalks(c, options);
  const visible = (node: string) => !options.visible || options.visible.nodes.has(node);
  if (!visible(c.from) || !visible(c.to)) return null;
  const distance = new Map([[c.from, 0]]);
  const queue = [c.from];
  while (queue.length) {
    const node = queue.shift()!;
    for (const walk of walks) {
      if (walk.from !== node || distance.has(walk.to)) continue;
      distance.set(walk.to, distance.get(node)! + 1);
      queue.push(walk.to);
    }
  }
  return distance.get(c.to) ?? null;
}

function bellmanFord(c: Case): number | null {
  const walks = allowedWalks(c);
  const visible = (node: string) => !c.options.visible || c.options.visible.nodes.has(node);
  if (!visible(c.from) || !visible(c.to)) return null;
  const cost = new Map([[c.from, 0]]);
  for (const _round of c.labels) {
    for (const walk of walks) {
      const here = cost.get(walk.from);
      if (here !== undefined && here + walk.weight < (cost.get(walk.to) ?? Infinity)) cost.set(walk.to, here + walk.weight);
    }
  }
  return cost.get(c.to) ?? null;
}

/** Every simple path as the signature "nodes | type+direction per hop"; parallel edges of one type and direction coincide. */
function bruteForceSignatures(c: Case): string[] {
  const walks = allowedWalks(c);
  const visible = (node: string) => !c.options.visible || c.options.visible.nodes.has(node);
  if (!visible(c.from) || !visible(c.to)) return [];
  if (c.from === c.to) return [signature([c.from], [])];
  const found = new Set<string>();
  const extend = (nodes: string[], steps: Walk[]) => {
    const here = nodes[nodes.length - 1]!;
    if (here === c.to) return void found.add(signature(nodes, steps));
    if (steps.length === c.options.maxHops) return;
    for (const walk of walks) {
      if (walk.from === here && !nodes.includes(walk.to)) extend([...nodes, walk.to], [...steps, walk]);
    }
  };
  extend([c.from], []);
  return [...found];
}

const signature = (nodes: string[], steps: { type: string; forward: boolean }[]) =>
  `${nodes.join(' ')} | ${steps.map((s) => `${s.type}${s.forward ? '+' : '-'}`).join(' ')}`;

/** The documented order: hops, then actor by actor (label, then key), then hop by hop (type, then with-direction first). */
function compareSignatures(graph: Graph) {
  const label = (key: string) => (graph.getNodeAttribute(key, 'label') as string | undefined) ?? key;
  const text = (a: string, b: string) => a.localeCompare(b) || (a < b ? -1 : a > b ? 1 : 0);
  return (a: string, b: string): number => {
    const [nodesA, stepsA] = a.split(' | ').map((part) => part.split(' ').filter(Boolean)) as [string[], string[]];
    const [nodesB, stepsB] = b.split(' | ').map((part) => part.split(' ').filter(Boolean)) as [string[], string[]];
    if (nodesA.length !== nodesB.length) return nodesA.length - nodesB.length;
    for (let i = 0; i < nodesA.length; i++) {
      const order = text(label(nodesA[i]!), label(nodesB[i]!)) || text(nodesA[i]!, nodesB[i]!);
      if (order) return order;
    }
    for (let i = 0; i < stepsA.length; i++) {
      const order =
        text(stepsA[i]!.slice(0, -1), stepsB[i]!.slice(0, -1)) || (stepsA[i]!.endsWith('+') ? 0 : 1) - (stepsB[i]!.endsWith('+') ? 0 : 1);
      if (order) return order;
    }
    return 0;
  };
}

const rank = (status: string) => ['confirmed', 'reported', 'potential'].indexOf(status) >>> 0;

/** Checks a returned path against the options and the parallel-edge rule; `representativeByStatus` for findPaths. */
function expectValid(c: Case, path: Path, representativeByStatus: boolean): void {
  const walks = allowedWalks(c);
  expect(path.nodes[0]).toBe(c.from);
  expect(path.nodes[path.nodes.length - 1]).toBe(c.to);
  expect(new Set(path.nodes).size, 'simple').toBe(path.nodes.length);
  expect(path.hops).toBe(path.steps.length);
  expect(path.edges).toEqual(path.steps.map((hop) => hop.edge));
  path.steps.forEach((hop: Hop, i) => {
    expect([hop.from, hop.to]).toEqual([path.nodes[i], path.nodes[i + 1]]);
    const group = walks.filter((w) => w.from === hop.from && w.to === hop.to && w.type === hop.type && w.forward === hop.forward);
    const chosen = group.find((w) => w.edge === hop.edge);
    expect(chosen, `${hop.edge} may be walked ${hop.from}→${hop.to} under the options`).toBeDefined();
    expect(hop.status).toBe(chosen!.status);
    const others = group.filter((w) => w !== chosen).sort((a, b) => rank(a.status) - rank(b.status) || (a.edge < b.edge ? -1 : 1));
    expect(hop.alternatives ?? []).toEqual(others.map((w) => w.edge));
    expect(hop.evidence).toHaveLength(group.length);
    if (representativeByStatus) {
      expect(
        others.every((w) => rank(w.status) > rank(chosen!.status) || (rank(w.status) === rank(chosen!.status) && w.edge > chosen!.edge)),
      ).toBe(true);
    }
  });
}

describe('findPaths on random graphs', () => {
  it('(a) returns only simple paths valid under the options, within maxHops unless beyondMaxHops', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const graph = build(c);
        const { paths, beyondMaxHops } = findPaths(graph, resolveRegistry(graph), c.from, c.to, c.options);
        for (const path of paths) {
          expectValid(c, path, true);
          if (!beyondMaxHops) expect(path.hops).toBeLessThanOrEqual(c.options.maxHops!);
        }
        if (beyondMaxHops) {
          expect(paths).toHaveLength(1);
          expect(paths[0]!.hops).toBeGreaterThan(c.options.maxHops!);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('(c) returns exactly the brute-force paths in the documented order, the first maxPaths when capped', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const graph = build(c);
        const expected = bruteForceSignatures(c).sort(compareSignatures(graph));
        const result = findPaths(graph, resolveRegistry(graph), c.from, c.to, c.options);
        const hops = bfsHops(c);
        expect(result.maxHops).toBe(c.options.maxHops);
        expect(result.beyondMaxHops).toBe(expected.length === 0 && hops !== null);
        if (result.beyondMaxHops) {
          // Alone: the first path, in the documented order, of those as long as the shortest.
          const shortest = bruteForceSignatures({ ...c, options: { ...c.options, maxHops: hops! } }).sort(compareSignatures(graph));
          expect(result.paths.map((path) => signature(path.nodes, path.steps))).toEqual(shortest.slice(0, 1));
          expect(result.capped).toBe(false);
        } else {
          expect(result.paths.map((path) => signature(path.nodes, path.steps))).toEqual(expected.slice(0, c.options.maxPaths));
          expect(result.capped).toBe(expected.length > c.options.maxPaths!);
        }
        expect(result.explanation === null).toBe(hops !== null);
      }),
      { numRuns: RUNS },
    );
  });

  it('(b) always returns a shortest path first when brute-force BFS finds a connection, whatever maxHops', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 1, max: 4 }), (c, maxHops) => {
        const graph = build(c);
        const hops = bfsHops(c);
        const { paths } = findPaths(graph, resolveRegistry(graph), c.from, c.to, { ...c.options, maxHops });
        expect(paths[0]?.hops ?? null).toBe(hops);
      }),
      { numRuns: RUNS },
    );
  });

  it('(d) gives the same paths twice, and whatever order the graph was built in', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const graph = build(c);
        const first = findPaths(graph, resolveRegistry(graph), c.from, c.to, c.options);
        const again = findPaths(graph, resolveRegistry(graph), c.from, c.to, c.options);
        const rebuilt = build(c, !c.reversed);
        const other = findPaths(rebuilt, resolveRegistry(rebuilt), c.from, c.to, c.options);
        expect(again).toEqual(first);
        expect(other.paths).toEqual(first.paths);
      }),
      { numRuns: RUNS },
    );
  });

  it('explains a missing path, and calls actors unconnected exactly when nothing links them', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const graph = build(c);
        const { paths, explanation } = findPaths(graph, resolveRegistry(graph), c.from, c.to, c.options);
        if (paths.length > 0) return;
        const everything = { ...c.options, types: null, statuses: null, direction: 'ignore' as const, visible: null };
        expect(explanation).toMatch(/^(No path .+\.|.+ are not connected at all\.)$/);
        expect(explanation!.endsWith('are not connected at all.')).toBe(bfsHops(c, everything) === null);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('shortestPath on random graphs', () => {
  it('(a, b) returns a valid path with the fewest hops, or null when brute-force BFS finds none', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const graph = build(c);
        const path = shortestPath(graph, c.from, c.to, c.options);
        const hops = bfsHops(c);
        expect(path?.hops ?? null).toBe(hops);
        if (path) expectValid(c, path, false);
      }),
      { numRuns: RUNS },
    );
  });

  it('(b) agrees with the bidirectional BFS the explanations use', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        expect(shortestHops(build(c), resolveOptions(c.options), c.from, c.to)).toBe(bfsHops(c));
      }),
      { numRuns: RUNS },
    );
  });

  it('with a weight, returns a path of least total weight, each hop on a lightest edge', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const weighted = { ...c, options: { ...c.options, weight: 'weight' } };
        const graph = build(weighted);
        const path = shortestPath(graph, c.from, c.to, weighted.options);
        const walks = allowedWalks(weighted);
        const costOf = (hop: Hop) => walks.find((w) => w.edge === hop.edge && w.from === hop.from && w.to === hop.to)!.weight;
        expect(path?.steps.reduce((sum, hop) => sum + costOf(hop), 0) ?? null).toBe(bellmanFord(weighted));
        for (const hop of path?.steps ?? []) {
          const lightest = Math.min(...walks.filter((w) => w.from === hop.from && w.to === hop.to).map((w) => w.weight));
          expect(costOf(hop)).toBe(lightest);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
