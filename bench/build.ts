/**
 * Builds the contender pages with `bench/vite.config.ts` and measures what each page ships: the
 * gzip size (zlib's default level 6) of every JavaScript file the page can load, found from its
 * HTML (scripts, module preloads) and, transitively, from file names inside those files (static
 * and dynamic imports, worker URLs).
 */
import { build } from 'vite';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const CONFIG_FILE = fileURLToPath(new URL('./vite.config.ts', import.meta.url));
export const DEFAULT_DIST = fileURLToPath(new URL('./dist/', import.meta.url));

export async function buildPages(outDir = DEFAULT_DIST): Promise<void> {
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
  await build({ configFile: CONFIG_FILE, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

const HTML_REFS = /<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+\.js)"/g;
const JS_REFS = /["'`]((?:\.{1,2}\/|\/)?[\w\-./]*?\.js)["'`]/g;

/** Every JS file a built page can load, as paths relative to `dist`. */
export function pageScripts(dist: string, page: string): string[] {
  const found = new Set<string>();
  const queue: string[] = [];
  const add = (from: string, ref: string) => {
    if (/^[a-z]+:/i.test(ref)) return;
    const candidates = ref.startsWith('/') ? [join(dist, ref)] : [resolve(from, ref), resolve(dist, ref)];
    const file = candidates.find((candidate) => candidate.startsWith(dist) && existsSync(candidate));
    if (!file || found.has(file)) return;
    found.add(file);
    queue.push(file);
  };
  const html = readFileSync(join(dist, `${page}.html`), 'utf8');
  for (const match of html.matchAll(HTML_REFS)) add(dist, match[1]!);
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const match of readFileSync(file, 'utf8').matchAll(JS_REFS)) add(dirname(file), match[1]!);
  }
  return [...found].map((file) => relative(dist, file)).sort();
}

export interface BundleSize {
  files: string[];
  bytes: number;
  gzipBytes: number;
}

export function bundleSize(dist: string, page: string): BundleSize {
  const files = pageScripts(dist, page);
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const body = readFileSync(join(dist, file));
    bytes += body.length;
    gzipBytes += gzipSync(body).length;
  }
  return { files, bytes, gzipBytes };
}
