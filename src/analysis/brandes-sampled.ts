/**
 * Betweenness estimated from a sample of sources, for networks too large for the exact count
 * (graphology-metrics has no sampling option). Brandes' algorithm runs a breadth-first search
 * from each source and credits every actor with its share of the shortest paths from it; running
 * it from k sources drawn at random without replacement and scaling by n/k gives an unbiased
 * estimate (Brandes and Pich, "Centrality estimation in large networks", 2007). Normalised as
 * graphology-metrics and networkx do, by 1/((n−1)(n−2)), so exact and sampled scores compare.
 * With k ≥ n every actor is a source and the result is exact.
 */
import type Graph from 'graphology';
import { mulberry32, randomIndex } from './prng';
import type { NumberMap } from './types';

export interface SampledBetweenness {
  scores: NumberMap;
  /** Sources used: min(k, n). */
  samples: number;
}

export function sampledBetweenness(graph: Graph, k: number, seed: number): SampledBetweenness {
  const nodes = graph.nodes();
  const n = nodes.length;
  const index = new Map(nodes.map((node, i) => [node, i]));
  const out = adjacency(graph, nodes, index, 'out');
  // Predecessors on a shortest path are in-neighbours one step nearer the source.
  const into = graph.type === 'undirected' ? out : adjacency(graph, nodes, index, 'in');

  const sources = drawSources(n, Math.min(k, n), seed);
  const centrality = new Float64Array(n);
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n);
  const delta = new Float64Array(n);
  const stack = new Int32Array(n);
  for (const s of sources) {
    dist.fill(-1);
    sigma.fill(0);
    delta.fill(0);
    dist[s] = 0;
    sigma[s] = 1;
    // The stack doubles as the BFS queue: actors are pushed in order of distance.
    let head = 0;
    let tail = 0;
    stack[tail++] = s;
    while (head < tail) {
      const v = stack[head++]!;
      for (let j = out.starts[v]!; j < out.starts[v + 1]!; j++) {
        const w = out.list[j]!;
        if (dist[w]! < 0) {
          dist[w] = dist[v]! + 1;
          stack[tail++] = w;
        }
        if (dist[w] === dist[v]! + 1) sigma[w]! += sigma[v]!;
      }
    }
    for (let i = tail - 1; i > 0; i--) {
      const w = stack[i]!;
      const share = (1 + delta[w]!) / sigma[w]!;
      for (let j = into.starts[w]!; j < into.starts[w + 1]!; j++) {
        const v = into.list[j]!;
        if (dist[v] === dist[w]! - 1) delta[v]! += sigma[v]! * share;
      }
      centrality[w]! += delta[w]!;
    }
  }

  const scale = n > 2 ? n / sources.length / ((n - 1) * (n - 2)) : 0;
  return { scores: Object.fromEntries(nodes.map((node, i) => [node, centrality[i]! * scale])), samples: sources.length };
}

/** k distinct actor numbers, by a partial Fisher–Yates shuffle. */
function drawSources(n: number, k: number, seed: number): Int32Array {
  const random = mulberry32(seed);
  const pool = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + randomIndex(random, n - i);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, k);
}

function adjacency(graph: Graph, nodes: string[], index: Map<string, number>, side: 'out' | 'in') {
  const starts = new Int32Array(nodes.length + 1);
  const list: number[] = [];
  nodes.forEach((node, i) => {
    const each = side === 'out' ? graph.forEachOutboundNeighbor.bind(graph) : graph.forEachInboundNeighbor.bind(graph);
    each(node, (neighbour) => list.push(index.get(neighbour)!));
    starts[i + 1] = list.length;
  });
  return { starts, list: Int32Array.from(list) };
}
