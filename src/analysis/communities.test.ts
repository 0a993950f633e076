/**
 * Louvain communities: a good split of the karate club, stable for a seed, numbered by size;
 * actors with no tie in no community; a clear result when there are no ties.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StatusKey } from '../graph/legend';
import { loadDataset } from '../graph/load';
import { resolveRegistry } from '../graph/registry';
import { florentineGraph, karateClubGraph } from '../graph/test-networks';
import { countedClaims } from './claims';
import { computeCommunities, NO_TIES } from './communities';
import { resolveOptions } from './options';
import type Graph from 'graphology';

function communities(graph: Graph, seed = 1, statuses?: StatusKey[]) {
  const claims = countedClaims(graph, resolveRegistry(graph), resolveOptions({ statuses }));
  return computeCommunities(graph.nodes(), claims, seed);
}

describe('communities', () => {
  it('split the karate club with modularity 0.40 or more, the same way twice for a seed', () => {
    const first = communities(karateClubGraph(), 42);
    expect(first.modularity).toBeGreaterThanOrEqual(0.4);
    expect(first).toEqual(communities(karateClubGraph(), 42));
    expect(first.count).toBeGreaterThanOrEqual(2);
  });

  it('reach 0.40 or more for every one of 10 seeds', () => {
    for (let seed = 0; seed < 10; seed++) expect(communities(karateClubGraph(), seed).modularity).toBeGreaterThanOrEqual(0.4);
  });

  it('are numbered by size, largest first', () => {
    const { assignment, count } = communities(karateClubGraph(), 42);
    const sizes = Array.from({ length: count }, (_, c) => Object.values(assignment).filter((v) => v === c).length);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it('leave actors with no tie out: the Pucci married no one', () => {
    const { assignment } = communities(florentineGraph());
    expect(assignment.Pucci).toBeNull();
    expect(Object.entries(assignment).filter(([, c]) => c === null)).toHaveLength(1);
  });

  it('say so when there are no ties to group by', () => {
    const seed = loadDataset(readFileSync(new URL('../../graph-data/dprk-russia-2024.json', import.meta.url), 'utf8'));
    expect(communities(seed, 1, ['unspecified'])).toEqual({
      assignment: { DPRK: null, Russia: null, ROK: null, US: null, Ukraine: null, UN: null },
      modularity: null,
      count: 0,
      message: NO_TIES,
    });
  });
});
