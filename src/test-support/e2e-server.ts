/**
 * The end-to-end test's server and build helpers: a static file server that sends the strict CSP
 * an embedding page would, a Node script runner, and the manifest's shape. Test code only.
 */
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, normalize, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/** The policy of a strict embedding page: nothing inline, nothing from elsewhere, Trusted Types. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
export const NONCE = 'cHJvYmUtbm9uY2U';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

/** A page the examples do not cover: the `nonce` option, under a policy that allows that nonce. */
const NONCE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>nonce</title>
<link rel="icon" href="/examples/favicon.svg"><script type="module" src="/dist/stakeholder-graph.js"></script></head>
<body><stakeholder-graph id="graph" nonce="${NONCE}" src="/graph-data/dprk-russia-2024.json"></stakeholder-graph>
<div id="outside" class="__________cytoscape_container"></div></body></html>`;

/** The parts of custom-elements.json (the Custom Elements Manifest schema) the end-to-end test reads. */
export interface Manifest {
  modules: Array<{ declarations: ManifestDeclaration[] }>;
}

export interface ManifestDeclaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: Array<{ name: string }>;
  members?: Array<{ name: string }>;
  events?: Array<{ name: string; type?: { text: string } }>;
  cssParts?: Array<{ name: string }>;
  cssProperties?: Array<{ name: string; default?: string }>;
  slots?: Array<{ name: string }>;
}

/** A static file server for `routes` (URL prefix → directory) that sends the strict CSP on every response. */
export function serve(routes: Record<string, string>): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const headers: Record<string, string> = {
      'Content-Security-Policy': STRICT_CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    };
    // The same pages under a policy that also names the Trusted Types policies allowed.
    if (new URL(request.url ?? '/', 'http://localhost').searchParams.has('named-policies'))
      headers['Content-Security-Policy'] += '; trusted-types lit-html';
    if (path === '/test/nonce.html') {
      headers['Content-Security-Policy'] = STRICT_CSP.replace("style-src 'self'", `style-src 'self' 'nonce-${NONCE}'`);
      response.writeHead(200, { ...headers, 'Content-Type': TYPES['.html']! }).end(NONCE_PAGE);
      return;
    }
    const prefix = Object.keys(routes).find((candidate) => path.startsWith(candidate));
    const base = prefix ? routes[prefix]! : undefined;
    const file = base && normalize(join(base, path.slice(prefix!.length)));
    if (!file || !file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, 'localhost', () => done(server)));
}

/** Runs a Node script from the project root; rejects with its output when it fails. */
export function run(script: string, args: string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: ROOT });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0 ? done() : fail(new Error(`${relative(ROOT, script)} ${args.join(' ')} exited ${code}:\n${output}`)),
    );
  });
}

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}
