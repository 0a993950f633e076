/**
 * The embed build (`npm run build:lib`): `dist/stakeholder-graph.js`, one self-contained ES
 * module with every dependency bundled, for `<script type="module" src="…">` with no build step.
 * Parts a page may never use (the explorer's panels) are split into `dist/chunks/`, loaded on
 * demand. `npm run size` checks the eager part against the budget. The npm entry, with the
 * dependencies left for the host app to dedupe, is `vite.npm.config.ts`.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { cytoscapeLean, cytoscapeWebglDefault } from './scripts/cytoscape-lean.mjs';
import { minifyLitCss } from './scripts/minify-lit-css.mjs';

export default defineConfig({
  // Cytoscape from its shipped source, without the algorithms and layouts this widget never
  // calls; the CSS in Lit templates without comments and indentation.
  plugins: [cytoscapeLean(), cytoscapeWebglDefault(), minifyLitCss()],
  // Lib mode leaves `process.env.NODE_ENV` for a consumer's bundler; this file has none.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  // Production builds of the dependencies (Lit without its dev-mode checks) whatever NODE_ENV the
  // build runs under (Vitest sets "test", which would otherwise select the development exports).
  // `events` (graphology's EventEmitter) is our small Node-compatible one: see src/vendor/events.ts.
  resolve: {
    conditions: ['module', 'browser', 'production'],
    alias: { events: fileURLToPath(new URL('./src/vendor/events.ts', import.meta.url)) },
  },
  // Asset URLs (the layout worker) relative to the bundle, wherever a page serves it from.
  base: './',
  build: {
    target: 'es2022',
    outDir: 'dist',
    // `dist/` also holds the app, the npm build and the declarations; `npm run clean` empties it.
    emptyOutDir: false,
    sourcemap: true,
    lib: {
      entry: { 'stakeholder-graph': 'src/embed.ts' },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      // Lets the lazy chunks import what they share with the entry from the entry itself, rather
      // than splitting it into a third, eager, common chunk (costlier to gzip and to fetch).
      preserveEntrySignatures: 'allow-extension',
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Vite keeps whitespace in ES library output for the sake of a consumer's minifier; this
        // file goes to the browser as is, so minify fully. Licence comments stay.
        minify: true,
        comments: { legal: true, annotation: false, jsdoc: false },
      },
    },
  },
});
