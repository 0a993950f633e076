/**
 * One config for the dev server, the app build and both test projects:
 * `unit` runs pure graph logic in Node; `browser` runs elements in real Chromium.
 */
import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { findChromium, CHROMIUM_ARGS } from './scripts/find-chromium.mjs';
import { faultServer } from './scripts/fault-server.js';
import { cytoscapeLean, cytoscapeWebglDefault } from './scripts/cytoscape-lean.mjs';

export default defineConfig({
  server: { port: 5173, strictPort: false },
  // The app (`npm run build:app`) as static files that work from any folder of any host.
  base: './',
  build: { target: 'es2022', sourcemap: true, outDir: 'dist/app', emptyOutDir: true },
  // Builds carry Cytoscape without the algorithms and layouts the widget never calls.
  plugins: [cytoscapeLean(), cytoscapeWebglDefault()],
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
