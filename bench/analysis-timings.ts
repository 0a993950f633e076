/**
 * Timings of the analysis engine (src/analysis/) in Node: camps (exact on 20 and 24 actors,
 * heuristic on large graphs), Louvain, PageRank and betweenness (exact and sampled) on seeded
 * synthetic graphs of 1,000, 5,000 and 20,000 actors with about 2 ties per actor, 45% of them
 * signed (pacts allied, condemnations hostile, the other types neutral). Each figure is the
 * median of 3 runs; `analyze` rows are the whole engine with its defaults (which include a
 * second, confirmed-only run for the sensitivity analysis). Run:
 * `npx tsx bench/analysis-timings.ts [sizes…] [--skip-exact]`, e.g. `… 1000 5000`; --skip-exact
 * leaves out exact betweenness (about 3.5 minutes a run at 20,000 actors).
 */
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { analyze } from '../src/analysis/analyze';
import { sampledBetweenness } from '../src/analysis/brandes-sampled';
import { computeCamps } from '../src/analysis/camps';
import { countedClaims } from '../src/analysis/claims';
import { computeCommunities } from '../src/analysis/communities';
import { resolveOptions } from '../src/analysis/options';
import { mulberry32 } from '../src/analysis/prng';
import { buildSignedGraph } from '../src/analysis/signed-graph';
import { undirectedCopy } from '../src/analysis/simple-graph';
import { buildGraph, TYPES } from '../src/test-support/camps-recount';
import { loadDataset } from '../src/graph/load';
import { resolveRegistry } from '../src/graph/registry';
import { generateDataset } from './generate';

const RUNS = 3;
const SAMPLES = 500;
const SIGNS = { pact: 1, condemns: -1, supplies: 0, targets: 0 };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median wall time of `RUNS` calls, in milliseconds, and the last call's result. */
function time<T>(run: () => T): { ms: number; result: T } {
  const times: number[] = [];
  let result!: T;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    result = run();
    times.push(performance.now() - start);
  }
  return { ms: median(times), result };
}

const rows: string[][] = [['task', 'actors', 'median ms', 'note']];
const row = (task: string, actors: number, ms: number, note = '') => {
  rows.push([task, actors.toLocaleString('en'), ms.toFixed(ms < 10 ? 2 : 0), note]);
  console.error(`${task} ${actors}: ${ms.toFixed(1)} ms ${note}`);
};

// Exact camps: random networks where every claim is signed, 2 or 3 claims per actor.
for (const [actors, perActor] of [
  [20, 2],
  [20, 3],
  [24, 3],
] as const) {
  const random = mulberry32(actors * 31 + perActor);
  const edges = Array.from({ length: actors * perActor }, () => ({
    a: Math.floor(random() * actors),
    b: Math.floor(random() * actors),
    type: TYPES[random() < 0.5 ? 0 : 1],
    weight: 1 + Math.floor(random() * 3),
  }));
  const graph = buildGraph(actors, edges);
  const options = resolveOptions();
  const claims = countedClaims(graph, resolveRegistry(graph), options);
  const signed = buildSignedGraph(graph.nodes(), claims).actors.length;
  for (const k of [2, 3, 4]) {
    const { ms, result } = time(() => computeCamps(graph.nodes(), claims, k, 1));
    row(`camps exact, k=${k}, ${perActor} claims/actor`, signed, ms, `optimal ${result.optimal}, balance ${result.balance?.toFixed(3)}`);
  }
}

const args = process.argv.slice(2);
const skipExact = args.includes('--skip-exact');
const sizes = args.filter((arg) => !arg.startsWith('--')).map(Number);
for (const actors of sizes.length > 0 ? sizes : [1_000, 5_000, 20_000]) {
  const graph = loadDataset(generateDataset({ nodes: actors, seed: 20_261_113, edgesPerNode: 2 }));
  const options = resolveOptions({ signs: SIGNS });
  const claims = countedClaims(graph, resolveRegistry(graph), options);
  const nodes = graph.nodes();
  const signedShare = claims.filter((claim) => claim.sign !== 0).length / claims.length;
  const note = `${claims.length} claims, ${Math.round(signedShare * 100)}% signed`;

  const camps = time(() => computeCamps(nodes, claims, 2, 1));
  row('camps heuristic, k=2', actors, camps.ms, `${note}; balance ${camps.result.balance?.toFixed(3)}`);
  const camps3 = time(() => computeCamps(nodes, claims, 3, 1));
  row('camps heuristic, k=3', actors, camps3.ms, `balance ${camps3.result.balance?.toFixed(3)}`);
  const louvain = time(() => computeCommunities(nodes, claims, 1));
  row(
    'Louvain (incl. copy)',
    actors,
    louvain.ms,
    `modularity ${louvain.result.modularity?.toFixed(3)}, ${louvain.result.count} communities`,
  );
  const copy = time(() => undirectedCopy(nodes, claims));
  row('simple undirected copy', actors, copy.ms);
  const simple = copy.result;
  row('PageRank', actors, time(() => pagerank(simple, { getEdgeWeight: null, maxIterations: 1000 })).ms);
  row(`betweenness sampled (${SAMPLES} sources)`, actors, time(() => sampledBetweenness(simple, SAMPLES, 1)).ms);
  if (!skipExact) row('betweenness exact', actors, time(() => betweennessCentrality(simple, { getEdgeWeight: null })).ms);
  const registry = resolveRegistry(graph);
  const whole = time(() => analyze(graph, registry, { signs: SIGNS }));
  row('analyze (defaults)', actors, whole.ms, whole.result.centrality.approximate ? `betweenness sampled` : 'betweenness exact');
}

console.log(rows.map((cells) => `| ${cells.join(' | ')} |`).join('\n'));
