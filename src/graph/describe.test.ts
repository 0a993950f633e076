/**
 * Screen-reader text: an actor, an edge and the whole graph, on the seed dataset and small graphs.
 */
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { loadDataset } from './load';
import { resolveRegistry } from './registry';
import { ALL, visibleSet } from './filter';
import { describeActor, describeEdgeText, summarizeGraph } from './describe';

const seed = loadDataset(readFileSync(new URL('../../graph-data/dprk-russia-2024.json', import.meta.url), 'utf8'));
const registry = resolveRegistry(seed);
const TITLE = "North Korean troops and Russia's war in Ukraine (October 2024)";

describe('describeActor', () => {
  it('lists what North Korea does, then what is done to it, merging repeated claims', () => {
    expect(describeActor(seed, registry, 'DPRK')).toBe(
      'North Korea (State): supplies Russia (2 claims), pact with Russia, targets Ukraine, supplied by Russia, ' +
        'condemned by South Korea, condemned by United Nations, condemned by United States, targeted by United States.',
    );
  });

  it('stops after maxItems phrases and says how many more there are', () => {
    expect(describeActor(seed, registry, 'DPRK', 5)).toBe(
      'North Korea (State): supplies Russia (2 claims), pact with Russia, targets Ukraine, supplied by Russia, condemned by South Korea, and 3 more.',
    );
  });

  it('names the kind by its registry label', () => {
    expect(describeActor(seed, registry, 'UN')).toBe('United Nations (Organization): condemns North Korea.');
  });

  it('says when an actor has no relationships', () => {
    const graph = loadDataset({ nodes: [{ key: 'x', attributes: { label: 'Lone Actor' } }] });
    expect(describeActor(graph, resolveRegistry(graph), 'x')).toBe('Lone Actor (actor): no relationships.');
  });

  it('gives only a count when maxItems is 0', () => {
    expect(describeActor(seed, registry, 'US', 0)).toBe('United States (State): 2 relationships.');
  });
});

describe('describeEdgeText', () => {
  it('gives label, status and date', () => {
    expect(describeEdgeText(seed, registry, 'DPRK-pact-Russia')).toBe(
      'North Korea pact with Russia: defence pact (confirmed, since 2024-06)',
    );
  });

  it('leaves out the date when there is none', () => {
    expect(describeEdgeText(seed, registry, 'DPRK-supplies-Russia-troops')).toBe('North Korea supplies Russia: troops (reported)');
  });

  it('says when no status is given and leaves out a missing label', () => {
    const graph = loadDataset({
      nodes: [{ key: 'a' }, { key: 'b' }],
      edges: [{ key: 'e', source: 'a', target: 'b', attributes: { type: 'knows' } }],
    });
    expect(describeEdgeText(graph, resolveRegistry(graph), 'e')).toBe('a knows b (no status given)');
  });
});

describe('summarizeGraph', () => {
  it('summarises the seed dataset: counts by type and status, and the most connected actors', () => {
    expect(summarizeGraph(seed, registry)).toBe(
      `${TITLE}: 6 actors and 12 relationships (4 supplies, 1 pact with, 4 condemns, 3 targets; 7 confirmed, 1 reported, 4 potential). ` +
        'Most connected: North Korea (9), Russia (6), South Korea (3).',
    );
  });

  it('counts only visible elements and says how many there are in all', () => {
    const visible = visibleSet(seed, { ...ALL, edgeTypes: ['condemns'] });
    expect(summarizeGraph(seed, registry, visible)).toBe(
      `${TITLE}: showing 6 of 6 actors and 4 of 12 relationships (4 condemns; 4 confirmed). ` +
        'Most connected: North Korea (3), South Korea (2), Russia (1).',
    );
  });

  it('uses singular nouns, and no breakdown or ranking without edges', () => {
    const graph = loadDataset({ nodes: [{ key: 'a' }] });
    expect(summarizeGraph(graph, resolveRegistry(graph))).toBe('1 actor and 0 relationships.');
  });

  it('counts edges without status as "with no status given"', () => {
    const graph = loadDataset({
      attributes: { title: 'T' },
      nodes: [{ key: 'a' }, { key: 'b' }],
      edges: [{ source: 'a', target: 'b', attributes: { type: 'knows' } }],
    });
    expect(summarizeGraph(graph, resolveRegistry(graph))).toBe(
      'T: 2 actors and 1 relationship (1 knows; 1 with no status given). Most connected: a (1), b (1).',
    );
  });
});
