/**
 * One config for the dev server, the app build and both test projects:
 * `unit` runs pure graph logic in Node; `browser` runs elements in real Chromium.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { findChromium, CHROMIUM_ARGS } from './scripts/find-chromium.mjs';
import { faultServer } from './scripts/fault-server.js';
import { cytoscapeLean, cytoscapeWebglDefault } from './scripts/cytoscape-lean.mjs';

/**
 * The app's seed dataset and its source texts, at the paths they have in the repo. The app loads
 * `graph-data/dprk-russia-2024.json` relative to the page (src/app/main.ts), and the dataset's
 * `textUrl: "sources/…"` resolves relative to the dataset, to `graph-data/sources/…`. The dev
 * server serves both straight from the repo; this copies them into the build at the same paths,
 * unhashed, so the relative link holds there too. (Imported with `?url`, the dataset would land
 * in assets/ under a hashed name, away from its sources, or even inline as a data: URL.)
 */
function seedData(): Plugin {
  const dir = new URL('./graph-data/', import.meta.url);
  return {
    name: 'stakeholder-graph:seed-data',
    apply: 'build',
    generateBundle() {
      const sources = readdirSync(new URL('sources/', dir)).filter((name) => name.endsWith('.txt'));
      for (const file of ['dprk-russia-2024.json', ...sources.map((name) => `sources/${name}`)]) {
        this.emitFile({ type: 'asset', fileName: `graph-data/${file}`, source: readFileSync(new URL(file, dir)) });
      }
    },
  };
}

export default defineConfig({
  server: { port: 5173, strictPort: false },
  // The app (`npm run build:app`) as static files that work from any folder of any host.
  base: './',
  build: { target: 'es2022', sourcemap: true, outDir: 'dist/app', emptyOutDir: true },
  // Builds carry Cytoscape without the algorithms and layouts the widget never calls.
  // And the seed dataset with its source texts, next to each other as in the repo (seedData).
  plugins: [cytoscapeLean(), cytoscapeWebglDefault(), seedData()],
  // Pre-bundle every dependency up front: a dependency discovered mid-run makes Vite reload the
  // browser tests, which fails them on a fresh machine (CI).
  optimizeDeps: {
    include: [
      'lit',
      'lit/directives/repeat.js',
      'lit/directives/class-map.js',
      'cytoscape',
      'graphology',
      'graphology-layout/circular',
      'graphology-layout-forceatlas2',
      'graphology-layout-forceatlas2/iterate',
      'graphology-shortest-path/unweighted',
      'graphology-shortest-path/dijkstra',
      'valibot',
      'graphology-metrics/centrality/betweenness',
      'graphology-metrics/centrality/pagerank',
      'graphology-communities-louvain',
      // The importers (src/io/), loaded on demand and in the import worker.
      'papaparse',
      '@xmldom/xmldom',
      'graphology-gexf/common/parser.js',
      'graphology-gexf/common/writer.js',
      'axe-core',
      'fast-check',
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // bench/: the generator's test and the benchmark smoke (about 80 s: it builds the pages
          // and drives every contender in Chromium from Node).
          include: ['src/**/*.test.ts', 'graph-data/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: ['src/**/*.browser.test.ts'],
        },
      },
      {
        extends: true,
        // A server that misbehaves on purpose under /__faults/, for the network tests only.
        plugins: [faultServer()],
        test: {
          name: 'browser',
          include: ['src/**/*.browser.test.ts'],
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            viewport: { width: 1280, height: 900 },
            instances: [{ browser: 'chromium' }],
            provider: playwright({
              launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
            }),
          },
        },
      },
    ],
  },
});
