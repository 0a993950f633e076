/**
 * Seeded synthetic datasets in the project's format (graphology serialization with `edgeTypes`
 * and `nodeKinds` declared, no positions), grown by preferential attachment so a few hubs carry
 * many ties and most actors few, as in real stakeholder maps. The same size and seed always give
 * the same bytes, so every contender and every run sees the same graph.
 */
import type { SerializedGraph } from 'graphology-types';
import { mulberry32 } from '../src/analysis/prng';

export interface GenerateOptions {
  /** Number of actors. */
  nodes: number;
  /** PRNG seed; the default gives the benchmark's published graphs. */
  seed?: number;
  /** Ties each new actor makes (the graph ends up with about this many edges per node). */
  edgesPerNode?: number;
  /** Share of ties made to a uniformly chosen actor instead of by degree (keeps hubs plausible). */
  uniformShare?: number;
}

export const DEFAULT_SEED = 20_261_106;

/** mulberry32 (the project's one seeded PRNG, in src/analysis/prng.ts): floats in [0, 1). */
export { mulberry32 };

/** The seed dataset's four relationship types, so synthetic graphs look like real ones. */
export const EDGE_TYPES = {
  supplies: { label: 'supplies', inverseLabel: 'supplied by', directed: true, color: '#1f6fb2' },
  pact: { label: 'pact with', inverseLabel: 'pact with', directed: false, color: '#7b3fa0' },
  condemns: { label: 'condemns', inverseLabel: 'condemned by', directed: true, color: '#b45309' },
  targets: { label: 'targets', inverseLabel: 'targeted by', directed: true, color: '#b91c1c' },
} as const;

export const NODE_KINDS = {
  state: { label: 'State', shape: 'ellipse', color: '#334155' },
  organization: { label: 'Organization', shape: 'round-rectangle', color: '#0f766e' },
  person: { label: 'Person', shape: 'diamond', color: '#7c2d12' },
} as const;

type Weighted<K extends string> = ReadonlyArray<readonly [K, number]>;
const TYPE_WEIGHTS: Weighted<keyof typeof EDGE_TYPES> = [
  ['supplies', 0.35],
  ['condemns', 0.25],
  ['targets', 0.2],
  ['pact', 0.2],
];
const STATUS_WEIGHTS: Weighted<'confirmed' | 'reported' | 'potential'> = [
  ['confirmed', 0.5],
  ['reported', 0.3],
  ['potential', 0.2],
];
const KIND_WEIGHTS: Weighted<keyof typeof NODE_KINDS> = [
  ['state', 0.05],
  ['organization', 0.35],
  ['person', 0.6],
];
const SYLLABLES = ['ka', 'lo', 'mir', 'ven', 'tas', 'ri', 'dor', 'an', 'el', 'su', 'nov', 'pe', 'ra', 'gul', 'ten', 'is', 'bar', 'om'];

function pick<K extends string>(random: () => number, weights: Weighted<K>): K {
  let r = random();
  for (const [key, weight] of weights) {
    r -= weight;
    if (r < 0) return key;
  }
  return weights[weights.length - 1]![0];
}

function word(random: () => number, syllables: number): string {
  let text = '';
  for (let i = 0; i < syllables; i++) text += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A connected graph of `nodes` actors: the first `edgesPerNode + 1` form a clique, then each new
 * actor ties to `edgesPerNode` distinct earlier ones, chosen with probability proportional to
 * their degree (Barabási–Albert), or uniformly for `uniformShare` of the ties.
 */
export function generateDataset(options: GenerateOptions): SerializedGraph {
  const { nodes: order, seed = DEFAULT_SEED, edgesPerNode = 2, uniformShare = 0.15 } = options;
  if (!Number.isInteger(order) || order < 1) throw new RangeError(`nodes must be a positive integer (got ${order})`);
  const random = mulberry32(seed ^ order);
  const key = (i: number) => `n${i}`;

  const nodes: NonNullable<SerializedGraph['nodes']> = [];
  for (let i = 0; i < order; i++) {
    const kind = pick(random, KIND_WEIGHTS);
    const label =
      kind === 'person' ? `${word(random, 2)} ${word(random, 3)}` : `${word(random, 3)} ${kind === 'state' ? 'Republic' : 'Group'}`;
    nodes.push({ key: key(i), attributes: { label, kind } });
  }

  const edges: NonNullable<SerializedGraph['edges']> = [];
  /** Every edge end seen so far: drawing from it uniformly is drawing by degree. */
  const ends: number[] = [];
  const addEdge = (a: number, b: number) => {
    const type = pick(random, TYPE_WEIGHTS);
    const [source, target] = random() < 0.5 ? [a, b] : [b, a];
    const attributes: Record<string, unknown> = { type, status: pick(random, STATUS_WEIGHTS) };
    if (random() < 0.3) attributes.since = `${2015 + Math.floor(random() * 10)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}`;
    const edge: NonNullable<SerializedGraph['edges']>[number] = {
      key: `e${edges.length}`,
      source: key(source),
      target: key(target),
      attributes,
    };
    if (!EDGE_TYPES[type].directed) edge.undirected = true;
    edges.push(edge);
    ends.push(a, b);
  };

  const core = Math.min(order, edgesPerNode + 1);
  for (let i = 0; i < core; i++) for (let j = 0; j < i; j++) addEdge(i, j);
  for (let i = core; i < order; i++) {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(edgesPerNode, i)) {
      const j = random() < uniformShare ? Math.floor(random() * i) : ends[Math.floor(random() * ends.length)]!;
      chosen.add(j);
    }
    for (const j of chosen) addEdge(i, j);
  }

  return {
    attributes: {
      title: `Synthetic stakeholder graph, ${order.toLocaleString('en')} actors`,
      description: `Preferential attachment, ${edgesPerNode} ties per new actor, seed ${seed}.`,
      edgeTypes: EDGE_TYPES,
      nodeKinds: NODE_KINDS,
    },
    options: { type: 'mixed', multi: true, allowSelfLoops: false },
    nodes,
    edges,
  };
}
