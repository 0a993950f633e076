/**
 * The benchmark's datasets: the bundled seed dataset plus synthetic graphs by size, each written
 * as a JSON file the pages fetch, with the two actors a path highlight runs between.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SerializedGraph } from 'graphology-types';
import { generateDataset } from './generate';

export const SEED_PATH = fileURLToPath(new URL('../graph-data/dprk-russia-2024.json', import.meta.url));

export interface BenchDataset {
  /** `seed` or `n1000`; also the file name under `data/`. */
  id: string;
  /** Shown in tables: "seed (6)" or "1,000". */
  label: string;
  nodes: number;
  edges: number;
  /** Ends of the highlighted path: a leaf-ish actor and one PATH_HOPS hops away (or the farthest). */
  pathFrom: string;
  pathTo: string;
  pathHops: number;
}

/** Hops between the highlighted path's ends: the widget lists paths up to 4 hops by default. */
export const PATH_HOPS = 4;

export function seedDataset(): SerializedGraph {
  return JSON.parse(readFileSync(SEED_PATH, 'utf8')) as SerializedGraph;
}

/**
 * Path ends, ignoring edge direction: the last actor (the least connected one, added last) and,
 * among the actors `hops` away from it (fewer when none is that far), the least connected one
 * with the smallest key.
 */
export function pickPathEnds(data: SerializedGraph, hops = PATH_HOPS): { from: string; to: string; hops: number } {
  const keys = (data.nodes ?? []).map((node) => String(node.key));
  const neighbours = new Map<string, string[]>(keys.map((key) => [key, []]));
  for (const edge of data.edges ?? []) {
    neighbours.get(String(edge.source))?.push(String(edge.target));
    neighbours.get(String(edge.target))?.push(String(edge.source));
  }
  const degree = (key: string) => neighbours.get(key)!.length;
  const from = [...keys].reverse().reduce((best, key) => (degree(key) > 0 && (best === '' || degree(key) < degree(best)) ? key : best), '');
  if (from === '') throw new Error('pickPathEnds: the graph has no edges');
  const distance = new Map<string, number>([[from, 0]]);
  let frontier = [from];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const key of frontier) {
      for (const neighbour of neighbours.get(key)!) {
        if (distance.has(neighbour)) continue;
        distance.set(neighbour, distance.get(key)! + 1);
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  // A loop, not Math.max(...): 100,000 arguments are near the engine's limit.
  let farthest = 0;
  for (const d of distance.values()) if (d > farthest) farthest = d;
  const reach = Math.min(hops, farthest);
  const candidates = [...distance].filter(([, d]) => d === reach).map(([key]) => key);
  candidates.sort((a, b) => degree(a) - degree(b) || (a < b ? -1 : a > b ? 1 : 0));
  return { from, to: candidates[0]!, hops: reach };
}

function describe(id: string, label: string, data: SerializedGraph): BenchDataset {
  const ends = pickPathEnds(data);
  return {
    id,
    label,
    nodes: data.nodes?.length ?? 0,
    edges: data.edges?.length ?? 0,
    pathFrom: ends.from,
    pathTo: ends.to,
    pathHops: ends.hops,
  };
}

/**
 * Writes `seed.json` (when asked) and `n<size>.json` into `dir`; returns their descriptions, seed
 * first. 100,000 actors (about 200,000 relationships, 30 MB of JSON) take about 1.5 s and 260 MB
 * of Node memory here: one `JSON.stringify` is fine at that size.
 */
export function writeDatasets(dir: string, sizes: readonly number[], includeSeed: boolean): BenchDataset[] {
  mkdirSync(dir, { recursive: true });
  const out: BenchDataset[] = [];
  if (includeSeed) {
    const data = seedDataset();
    writeFileSync(join(dir, 'seed.json'), JSON.stringify(data));
    out.push(describe('seed', `seed (${data.nodes?.length ?? 0})`, data));
  }
  for (const size of sizes) {
    const data = generateDataset({ nodes: size });
    const id = `n${size}`;
    writeFileSync(join(dir, `${id}.json`), JSON.stringify(data));
    out.push(describe(id, size.toLocaleString('en'), data));
  }
  return out;
}
