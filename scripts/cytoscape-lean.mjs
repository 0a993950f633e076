/**
 * A Vite plugin for the embed build: bundles Cytoscape from the source modules its npm package
 * ships (`cytoscape/src/`) instead of its prebuilt `dist/` file, leaving out the parts this
 * widget never calls, so that a page downloads less.
 *
 * Left out, because graphology is the model and runs every algorithm (Cytoscape is only the view):
 * - the collection algorithms (Dijkstra, A*, Floyd-Warshall, Bellman-Ford, Kruskal, Karger-Stein,
 *   PageRank, centralities, clustering, Hierholzer, Hopcroft-Tarjan, Tarjan), except breadth- and
 *   depth-first search, which the `breadthfirst` layout and `eles.components()` use;
 * - the `cose` and `random` layouts (the widget's layouts are listed in `src/layout/layouts.ts`:
 *   its force layout is graphology's ForceAtlas2; Cytoscape lays out `concentric`, `circle`,
 *   `grid`, `breadthfirst` and `preset`).
 *
 * - the WebGL renderer from the eager code: it is 12.9 KiB gzip, used only with `renderer="webgl"`,
 *   so its mixin is a stand-in that `loadWebgl()` (the virtual module WEBGL_LOADER) fills from a
 *   lazy chunk before such a renderer starts.
 *
 * Everything else (core, collections, selectors, style, the canvas renderer) is the
 * same source the dist file is built from, with the same two build-time constants replaced.
 * The npm build leaves `cytoscape` external for the host app to dedupe, so it does not use this.
 * The embed end-to-end test (`src/embed.e2e.test.ts`) drives the built bundle in Chromium.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
// The package's `exports` map lists only its dist files; its main entry sits in `dist/`.
const packageRoot = dirname(dirname(require.resolve('cytoscape')));
const sourceRoot = join(packageRoot, 'src');
const { version } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8'));

/** The algorithm modules kept (file names under `src/collection/algorithms/`). */
export const KEPT_ALGORITHMS = ['bfs-dfs'];

/** The layouts kept (names as registered, file names under `src/extensions/layout/`). */
export const KEPT_LAYOUTS = ['breadthfirst', 'circle', 'concentric', 'grid', 'null', 'preset'];

const toPosix = (path) => path.split('\\').join('/');
const algorithmsIndex = toPosix(join(sourceRoot, 'collection/algorithms/index.mjs'));
const layoutsIndex = toPosix(join(sourceRoot, 'extensions/layout/index.mjs'));
const webglMixin = toPosix(join(sourceRoot, 'extensions/renderer/canvas/webgl/drawing-redraw-webgl.mjs'));

/** Imported by the view to load the WebGL renderer before starting one (src/view/webgl.ts). */
export const WEBGL_LOADER = 'virtual:stakeholder-graph/cytoscape-webgl';
const REAL = '?sg-real';

/**
 * The WebGL mixin's stand-in: the canvas renderer copies its one method, `initWebgl`, which it
 * calls only for `webgl: true`; by then `loadWebgl()` has brought the real one.
 */
const webglStandIn = () =>
  [
    'let real = null;',
    `export function loadWebgl() { return real ? Promise.resolve() : import(${JSON.stringify(webglMixin + REAL)}).then((m) => { real = m.default; }); }`,
    'export default { initWebgl(options, fns) {',
    "  if (!real) throw new Error('the WebGL renderer is not loaded yet: call loadWebgl() first');",
    '  return real.initWebgl.call(this, options, fns);',
    '} };',
  ].join('\n');

/** Where the build leaves Cytoscape whole (dev server, tests, the npm build): nothing to load. */
export function cytoscapeWebglDefault() {
  return {
    name: 'stakeholder-graph:cytoscape-webgl-default',
    resolveId: (source) => (source === WEBGL_LOADER ? `\0${WEBGL_LOADER}` : null),
    load: (id) => (id === `\0${WEBGL_LOADER}` ? 'export function loadWebgl() { return Promise.resolve(); }' : null),
  };
}

const identifier = (name) => name.replace(/[^a-z0-9]/gi, '_');

/** `src/collection/algorithms/index.mjs` with only the kept algorithms. */
const algorithmsModule = () =>
  [
    `import * as util from '../../util/index.mjs';`,
    ...KEPT_ALGORITHMS.map((name) => `import ${identifier(name)} from './${name}.mjs';`),
    'var elesfn = {};',
    `[${KEPT_ALGORITHMS.map(identifier).join(', ')}].forEach(function (props) { util.extend(elesfn, props); });`,
    'export default elesfn;',
  ].join('\n');

/** `src/extensions/layout/index.mjs` with only the kept layouts. */
const layoutsModule = () =>
  [
    ...KEPT_LAYOUTS.map((name) => `import ${identifier(name)}Layout from './${name}.mjs';`),
    `export default [${KEPT_LAYOUTS.map((name) => `{ name: '${name}', impl: ${identifier(name)}Layout }`).join(', ')}];`,
  ].join('\n');

/**
 * @param {{ importers?: RegExp }} [options] `importers`: only imports of `cytoscape` from files
 *   whose path matches get the lean build (the benchmark builds its plain-Cytoscape pages in the
 *   same run, with the full file); all of them by default.
 * @returns {import('vite').Plugin}
 */
export function cytoscapeLean({ importers } = {}) {
  return {
    name: 'stakeholder-graph:cytoscape-lean',
    enforce: 'pre',
    // Builds only: the dev server and the tests use the prebuilt file, which is a superset.
    apply: 'build',
    resolveId(source, importer) {
      if (source === WEBGL_LOADER) return webglMixin;
      if (source !== 'cytoscape') return null;
      if (importers && !(importer && importers.test(toPosix(importer)))) return null;
      return join(sourceRoot, 'index.mjs');
    },
    load(id) {
      const path = toPosix(id.split('?')[0] ?? id);
      if (path === algorithmsIndex) return algorithmsModule();
      if (path === layoutsIndex) return layoutsModule();
      if (path === webglMixin && !id.endsWith(REAL)) return webglStandIn();
      return null;
    },
    transform(code, id) {
      if (!toPosix(id).startsWith(toPosix(sourceRoot))) return null;
      if (!code.includes('process.env')) return null;
      // The constants Cytoscape's own rollup build replaces (its rollup.config.mjs). Lines keep
      // their place, so `map: null` keeps the source map (columns on these lines shift a little).
      const replaced = code
        .replaceAll('process.env.NODE_ENV', JSON.stringify('production'))
        .replaceAll('process.env.VERSION', JSON.stringify(version))
        .replaceAll('process.env.TEST_BUILD', 'false');
      return { code: replaced, map: null };
    },
  };
}
