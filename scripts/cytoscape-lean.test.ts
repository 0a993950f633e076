import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { KEPT_ALGORITHMS, KEPT_LAYOUTS } from './cytoscape-lean.mjs';
import { LAYOUTS } from '../src/layout/layouts';

// The built bundles carry a Cytoscape without the layouts and algorithms listed as left out in
// cytoscape-lean.mjs, while the dev server and the tests run the full prebuilt file. These checks
// fail when the widget starts calling something the lean build does not carry.
describe('the lean Cytoscape of the built bundles', () => {
  it('keeps every Cytoscape layout the layout registry names', () => {
    const names = LAYOUTS.flatMap((layout) => (layout.type === 'cytoscape' ? [layout.options({ animate: false }).name] : []));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(KEPT_LAYOUTS).toContain(name);
  });

  it('keeps the preset layout the view starts every graph with', () => {
    const view = readFileSync(new URL('../src/view/graph-view.ts', import.meta.url), 'utf8');
    expect(view).toMatch(/layout: \{ name: 'preset' \}/);
    expect(KEPT_LAYOUTS).toContain('preset');
  });

  it('keeps breadth-first search, which the breadthfirst layout and components() run on', () => {
    expect(KEPT_ALGORITHMS).toContain('bfs-dfs');
  });

  it('leaves no call to a dropped Cytoscape algorithm in the shipped code', () => {
    const dropped = [
      'dijkstra',
      'aStar',
      'floydWarshall',
      'bellmanFord',
      'kruskal',
      'kargerStein',
      'pageRank',
      'degreeCentrality',
      'closenessCentrality',
      'betweennessCentrality',
      'markovClustering',
      'kMeans',
      'kMedoids',
      'fuzzyCMeans',
      'hierarchicalClustering',
      'affinityPropagation',
      'hierholzer',
      'hopcroftTarjanBiconnected',
      'tarjanStronglyConnected',
    ];
    const files = import.meta.glob(['../src/**/*.ts', '!../src/**/*.test.ts'], { query: '?raw', import: 'default', eager: true });
    expect(Object.keys(files).length).toBeGreaterThan(20);
    for (const [file, source] of Object.entries(files)) {
      for (const name of dropped) expect(source, `${file} calls ${name}()`).not.toMatch(new RegExp(`\\.${name}\\(`));
    }
  });
});
