/**
 * The npm entry (`npm run build:lib`): `dist/lib/`, one ES module per source module, with every
 * dependency (lit, cytoscape, graphology, valibot) left as an import, so a host app's bundler
 * dedupes them and tree-shakes what it does not use. Declarations come from `tsc`
 * (`tsconfig.build.json`); the self-contained script-tag bundle is `vite.lib.config.ts`.
 */
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { cytoscapeWebglDefault } from './scripts/cytoscape-lean.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
const dependencies = Object.keys(pkg.dependencies);
const isDependency = (id: string) => dependencies.some((name) => id === name || id.startsWith(`${name}/`));

export default defineConfig({
  // Asset URLs (the layout worker) relative to the importing module, for the host's bundler.
  base: './',
  // Cytoscape stays whole here (a dependency): its WebGL renderer needs no loading.
  plugins: [cytoscapeWebglDefault()],
  build: {
    target: 'es2022',
    outDir: 'dist/lib',
    emptyOutDir: true,
    sourcemap: true,
    // Readable output: the host app's bundler minifies.
    minify: false,
    lib: { entry: 'src/index.ts', formats: ['es'] },
    rolldownOptions: {
      external: isDependency,
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
