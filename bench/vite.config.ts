/**
 * The benchmark pages, one per contender (`bench/pages/*.html`), built together in production
 * mode (minified, no source maps) so every contender gets the same bundler treatment. The runner
 * builds with this file into `bench/dist` or an `outDir` of its choice.
 */
import { defineConfig } from 'vite';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cytoscapeLean, cytoscapeWebglDefault } from '../scripts/cytoscape-lean.mjs';

const pages = fileURLToPath(new URL('./pages/', import.meta.url));
const input = Object.fromEntries(
  readdirSync(pages)
    .filter((name) => name.endsWith('.html'))
    .map((name) => [name.slice(0, -'.html'.length), `${pages}${name}`]),
);

export default defineConfig({
  root: pages,
  base: './',
  mode: 'production',
  logLevel: 'warn',
  // The widget's page gets the Cytoscape its embed bundle ships (without the algorithms and
  // layouts graphology covers); the plain-Cytoscape pages keep the full prebuilt file.
  plugins: [cytoscapeLean({ importers: /\/src\/view\// }), cytoscapeWebglDefault()],
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('./dist/', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 4096,
    rollupOptions: { input },
  },
});
