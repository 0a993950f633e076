/**
 * `npm run size`: the gzip size of the embed bundle as a page downloads it. The eager part is
 * `dist/stakeholder-graph.js` plus every chunk it imports statically (followed through the built
 * files' `import` statements, transitively); each chunk reached only through `import()` is lazy
 * and listed on its own. Exits 1 when the eager part is over BUDGET_BYTES; the embed test
 * (`src/embed.e2e.test.ts`) asserts the same through `measureBundle`, so CI enforces it.
 *
 * `--deps` also splits the eager bytes by package, through the source maps.
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parseAst } from 'vite';

/**
 * The budget for the eager part, gzip bytes; the one place this number lives (issue 5's target).
 * The graph element measured 167.4 KiB when it was set, Cytoscape 112 KiB of it: the builds
 * compile Cytoscape from its source without the parts graphology covers (cytoscape-lean.mjs);
 * the prebuilt Cytoscape file alone is 135 KiB.
 */
export const BUDGET_BYTES = 175 * 1024;

/** The entry a page loads with one script tag. */
export const ENTRY = 'stakeholder-graph.js';

/** gzip at the level static hosts and CDNs precompress with. */
export const gzipSize = (buffer) => gzipSync(buffer, { level: 9 }).length;

/**
 * Sizes of the embed bundle in `dir`: the eager files (entry first) and the lazy ones, with raw
 * and gzip bytes, and whether the eager gzip total is within the budget.
 * @param {string} dir the build's output directory (holding `stakeholder-graph.js`)
 * @param {{ budget?: number, entry?: string }} [options]
 */
export function measureBundle(dir, { budget = BUDGET_BYTES, entry = ENTRY } = {}) {
  const entryPath = resolve(dir, entry);
  if (!existsSync(entryPath)) throw new Error(`${relative(process.cwd(), entryPath)} not found: run \`npm run build:lib\` first.`);
  const imports = new Map();
  const importsOfFile = (path) => {
    if (!imports.has(path)) imports.set(path, importsOf(readFileSync(path, 'utf8'), path));
    return imports.get(path);
  };
  // Eager: the entry and everything it reaches through static imports.
  const eagerPaths = closure([entryPath], (path) => importsOfFile(path).staticImports);
  // Lazy: whatever `import()` reaches from there on, with its own static imports, minus the eager.
  const reachable = closure(
    [...eagerPaths].flatMap((path) => importsOfFile(path).dynamicImports),
    (path) => [...importsOfFile(path).staticImports, ...importsOfFile(path).dynamicImports],
  );
  const lazyPaths = [...reachable].filter((path) => !eagerPaths.has(path));
  const describe = (path) => {
    const code = readFileSync(path);
    return { file: relative(dir, path), bytes: code.length, gzip: gzipSize(code) };
  };
  const eager = [...eagerPaths].map(describe);
  const lazy = lazyPaths.map(describe);
  const eagerGzip = eager.reduce((sum, file) => sum + file.gzip, 0);
  return { eager, lazy, eagerGzip, budget, withinBudget: eagerGzip <= budget };
}

/** Every path reachable from `start` through `next`, in visiting order. */
function closure(start, next) {
  const seen = new Set();
  const queue = [...start];
  while (queue.length) {
    const path = queue.shift();
    if (seen.has(path)) continue;
    seen.add(path);
    queue.push(...next(path));
  }
  return seen;
}

/**
 * The relative modules a built file imports, statically (import/export … from) and on demand
 * (`import('…')` with a constant specifier, or a script URL `new URL('….js', import.meta.url)`
 * such as a worker's). Bare specifiers (none in a self-contained build) are ignored.
 */
export function importsOf(code, path) {
  const program = parseAst(code);
  const staticImports = [];
  const dynamicImports = [];
  const local = (specifier) => (specifier.startsWith('.') ? resolve(dirname(path), specifier) : undefined);
  for (const node of program.body) {
    const source = node.source?.value;
    if (typeof source === 'string' && ['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration'].includes(node.type)) {
      const target = local(source);
      if (target) staticImports.push(target);
    }
  }
  const stack = [program];
  while (stack.length) {
    const node = stack.pop();
    if (node.type === 'ImportExpression') {
      const specifier = constantString(node.source);
      const target = specifier && local(specifier);
      if (target) dynamicImports.push(target);
    }
    // `new URL('assets/x.js', import.meta.url)`: a script started on demand (the layout worker).
    if (
      node.type === 'NewExpression' &&
      node.callee.type === 'Identifier' &&
      node.callee.name === 'URL' &&
      isImportMetaUrl(node.arguments[1])
    ) {
      const specifier = constantString(node.arguments[0]);
      if (specifier?.endsWith('.js')) dynamicImports.push(resolve(dirname(path), specifier));
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) {
        for (const child of value) if (child && typeof child.type === 'string') stack.push(child);
      } else if (value && typeof value.type === 'string') stack.push(value);
    }
  }
  return { staticImports, dynamicImports };
}

function isImportMetaUrl(node) {
  return node?.type === 'MemberExpression' && node.object.type === 'MetaProperty' && node.property.name === 'url';
}

function constantString(node) {
  if (!node) return undefined;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked;
  return undefined;
}

/**
 * The eager minified bytes per package (`own code` for this project's sources), through each
 * file's source map (this project's own code by folder); `gzipAlone` is that package's bytes gzipped on their own, which overstates
 * a little what it adds to the whole.
 */
export function bytesByPackage(dir, files) {
  const groups = new Map();
  for (const { file } of files) {
    const path = resolve(dir, file);
    const mapPath = `${path}.map`;
    if (!existsSync(mapPath)) throw new Error(`${file}.map not found: the size breakdown needs source maps.`);
    const map = JSON.parse(readFileSync(mapPath, 'utf8'));
    const lines = readFileSync(path, 'utf8').split('\n');
    decodeMappings(map.mappings).forEach((segments, index) => {
      const line = lines[index] ?? '';
      segments.forEach((segment, i) => {
        const end = i + 1 < segments.length ? segments[i + 1][0] : line.length;
        const name = segment.length > 1 ? packageOf(map.sources[segment[1]]) : '(bundler glue)';
        const chunks = groups.get(name) ?? [];
        chunks.push(line.slice(segment[0], end));
        groups.set(name, chunks);
      });
    });
  }
  return [...groups]
    .map(([name, chunks]) => {
      const text = chunks.join('');
      return { name, bytes: Buffer.byteLength(text), gzipAlone: gzipSize(Buffer.from(text)) };
    })
    .sort((a, b) => b.bytes - a.bytes);
}

function packageOf(source) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (match) return match[1];
  // This project's own code, by folder: src/graph, src/view, src/elements/stakeholder-graph, …
  const own = /(?:^|\/)(src\/(?:elements\/[^/]+|[^/]+))/.exec(source);
  return own ? own[1] : source;
}

const VLQ = new Map([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/** Source map v3 `mappings` to per-line segments `[column, source, line, column]` (absolute). */
function decodeMappings(mappings) {
  const state = [0, 0, 0, 0];
  return mappings.split(';').map((line) => {
    state[0] = 0;
    return line
      .split(',')
      .filter(Boolean)
      .map((segment) => {
        const values = [];
        let value = 0;
        let shift = 0;
        for (const char of segment) {
          const digit = VLQ.get(char);
          value += (digit & 31) << shift;
          if (digit & 32) shift += 5;
          else {
            values.push(value & 1 ? -(value >>> 1) : value >>> 1);
            value = 0;
            shift = 0;
          }
        }
        return values.map((delta, i) => (state[i] += delta));
      });
  });
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function main() {
  const dir = resolve(process.argv.find((arg, i) => i > 1 && !arg.startsWith('--')) ?? 'dist');
  const result = measureBundle(dir);
  const row = (label, file) => `  ${label.padEnd(48)} ${kb(file.bytes).padStart(10)} ${kb(file.gzip).padStart(10)} gzip`;
  console.log(`Eager (${ENTRY} and its static imports):`);
  for (const file of result.eager) console.log(row(file.file, file));
  console.log(`  ${'total'.padEnd(48)} ${''.padStart(10)} ${kb(result.eagerGzip).padStart(10)} gzip (budget ${kb(result.budget)})`);
  console.log('Lazy (loaded on demand):');
  for (const file of result.lazy) console.log(row(file.file, file));
  if (process.argv.includes('--deps')) {
    console.log('Eager bytes by package (minified; gzip of those bytes alone):');
    for (const group of bytesByPackage(dir, result.eager))
      console.log(`  ${group.name.padEnd(48)} ${kb(group.bytes).padStart(10)} ${kb(group.gzipAlone).padStart(10)}`);
  }
  if (!result.withinBudget) {
    console.error(
      `Over budget: the eager part is ${kb(result.eagerGzip)} gzip, ${kb(result.eagerGzip - result.budget)} more than ${kb(result.budget)}.`,
    );
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
