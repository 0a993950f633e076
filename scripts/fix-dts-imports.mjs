/**
 * Gives the relative imports in the emitted declarations (`dist/types/**.d.ts`) their `.js`
 * extension. The sources import without extensions (`moduleResolution: "Bundler"`), and `tsc`
 * copies specifiers as written; a consumer type-checking with `"moduleResolution": "NodeNext"`
 * would fail to resolve them inside this ES-module package. Part of `npm run build:types`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*)\2/g;

/** Rewrites every `.d.ts` under `dir` in place; returns how many specifiers changed. */
export function fixDeclarationImports(dir) {
  let changed = 0;
  for (const file of walk(dir)) {
    const text = readFileSync(file, 'utf8');
    const fixed = text.replace(SPECIFIER, (whole, lead, quote, specifier) => {
      const target = withExtension(dirname(file), specifier);
      if (target === specifier) return whole;
      changed++;
      return `${lead}${quote}${target}${quote}`;
    });
    if (fixed !== text) writeFileSync(file, fixed);
  }
  return changed;
}

function withExtension(from, specifier) {
  if (/\.(js|mjs|cjs|json)$/.test(specifier)) return specifier;
  if (existsSync(resolve(from, `${specifier}.d.ts`))) return `${specifier}.js`;
  if (existsSync(resolve(from, specifier, 'index.d.ts'))) return `${specifier}/index.js`;
  throw new Error(`${specifier} (imported under ${from}) has no declaration file: is it excluded from tsconfig.build.json?`);
}

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.name.endsWith('.d.ts')) yield path;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const dir = process.argv[2] ?? 'dist/types';
  console.log(`${dir}: ${fixDeclarationImports(dir)} relative imports given their .js extension`);
}
