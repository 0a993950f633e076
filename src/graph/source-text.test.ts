import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import seed from '../../graph-data/dprk-russia-2024.json';
import { loadDataset } from './load';
import { sourceLines } from './check-sources';
import { citations, claimEvidence, declaredSources, excerpt, missingLines, provenance, splitLines } from './source-text';

/** Two sources, a claim with history evidence, one without evidence, and one source nobody cites. */
function sample(): Graph {
  const graph = new Graph({ multi: true });
  graph.setAttribute('sources', [
    { id: 'a', title: 'A', text: 'one\ntwo\nthree' },
    { id: 'b', title: 'B', textUrl: 'b.txt' },
    { id: 'quiet', title: 'Nobody cites me' },
    { id: 'a', title: 'A again' },
  ]);
  for (const node of ['x', 'y', 'z']) graph.addNode(node);
  graph.addEdgeWithKey('x-y', 'x', 'y', {
    evidence: [
      { source: 'a', lines: [3, 1], summary: 's' },
      { source: 'b', lines: [7], summary: 's' },
    ],
    history: [{ date: '2024', status: 'reported', evidence: [{ source: 'a', lines: [1, 2], summary: 'earlier' }] }],
  });
  graph.addEdgeWithKey('y-z', 'y', 'z', { evidence: [{ source: 'a', lines: [2], summary: 's' }] });
  graph.addEdgeWithKey('x-z', 'x', 'z', { evidence: [] });
  graph.addEdgeWithKey('z-x', 'z', 'x', { history: [{ date: '2023', status: 'potential' }] });
  return graph;
}

describe('splitLines', () => {
  it('splits on \\n and \\r\\n, line 1 first, a final newline ending the last line', () => {
    expect(splitLines('one\ntwo\r\nthree\n')).toEqual(['one', 'two', 'three']);
    expect(splitLines('one\n\nthree')).toEqual(['one', '', 'three']);
    expect(splitLines('only')).toEqual(['only']);
    expect(splitLines('')).toEqual([]);
    expect(splitLines('\n')).toEqual(['']);
  });

  it('numbers lines as validation does (check-sources.ts), so a cited line checked there is the line shown', () => {
    for (const text of ['a\nb', 'a\r\nb\r\n', '', '\n\n', 'x\n\ny\n', '\uFEFFfirst\nsecond'])
      expect(splitLines(text)).toEqual(sourceLines(text));
  });
});

describe('claimEvidence', () => {
  it('reads the evidence and each history entry’s, skipping what does not name a source', () => {
    expect(
      claimEvidence({
        evidence: [{ source: 'a', lines: [1, 0, 2.5, 'x', 3] }, null, { lines: [1] }, { source: 'b' }],
        history: [null, { evidence: [{ source: 'c', lines: [9] }] }, { evidence: 'nope' }],
      }),
    ).toEqual([
      { source: 'a', lines: [1, 3] },
      { source: 'b', lines: [] },
      { source: 'c', lines: [9] },
    ]);
    expect(claimEvidence({})).toEqual([]);
  });
});

describe('citations', () => {
  it('lists for each source the cited lines in order and the claims citing each, history included, each claim once', () => {
    const index = citations(sample());
    expect([...index.keys()]).toEqual(['a', 'b']);
    expect([...index.get('a')!]).toEqual([
      [1, ['x-y']],
      [2, ['x-y', 'y-z']],
      [3, ['x-y']],
    ]);
    expect([...index.get('b')!]).toEqual([[7, ['x-y']]]);
  });

  it('indexes the seed: line 8 of the article backs the munitions claim', () => {
    const index = citations(loadDataset(seed));
    expect(index.get('article')!.get(8)).toEqual(['DPRK-supplies-Russia-munitions']);
    expect(index.get('article')!.get(5)).toEqual(['ROK-condemns-DPRK', 'US-condemns-DPRK']);
  });
});

describe('provenance', () => {
  it('counts claims, cited lines (per source) and declared sources, and names the gaps', () => {
    expect(provenance(sample())).toEqual({
      claims: 4,
      citedLines: 4,
      sources: 3,
      claimsWithoutEvidence: ['x-z', 'z-x'],
      uncitedSources: ['quiet'],
    });
    expect(declaredSources(sample())).toEqual(['a', 'b', 'quiet']);
  });

  it('reads a graph with no sources and no edges', () => {
    const graph = new Graph();
    graph.setAttribute('sources', 'not a list');
    expect(provenance(graph)).toEqual({ claims: 0, citedLines: 0, sources: 0, claimsWithoutEvidence: [], uncitedSources: [] });
  });
});

describe('excerpt', () => {
  const lines = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`);
  const numbers = (runs: ReturnType<typeof excerpt>) => runs.map((run) => run.map((line) => line.number));

  it('shows each cited line with two lines around it, marking the cited ones', () => {
    const runs = excerpt(lines, [8]);
    expect(numbers(runs)).toEqual([[6, 7, 8, 9, 10]]);
    expect(runs[0]!.filter((line) => line.cited)).toEqual([{ number: 8, text: 'line 8', cited: true }]);
  });

  it('merges runs that overlap or touch, keeps apart the others, and stops at the ends', () => {
    expect(numbers(excerpt(lines, [3, 8]))).toEqual([[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]]);
    expect(numbers(excerpt(lines, [3, 9]))).toEqual([
      [1, 2, 3, 4, 5],
      [7, 8, 9, 10, 11],
    ]);
    expect(numbers(excerpt(lines, [8, 3, 12]))).toEqual([[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]]);
    expect(numbers(excerpt(lines, [2, 19]))).toEqual([
      [1, 2, 3, 4],
      [17, 18, 19, 20],
    ]);
    expect(numbers(excerpt(lines, [10], 0))).toEqual([[10]]);
  });

  it('leaves out lines the text does not have; missingLines names them', () => {
    expect(numbers(excerpt(lines, [21, 0]))).toEqual([]);
    expect(missingLines(20, [21, 3, 0, 21])).toEqual([0, 21]);
    expect(excerpt([], [1])).toEqual([]);
  });
});
