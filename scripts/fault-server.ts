/**
 * A Vite plugin for the browser tests: a local server that misbehaves on purpose, under
 * `/__faults/`, so `<stakeholder-graph src>` can be tested against slow, failing, lying and
 * oversized answers. Registered only in the browser test project (vite.config.ts), never in the
 * app's dev server or build.
 *
 * | path                          | answer                                                              |
 * |-------------------------------|---------------------------------------------------------------------|
 * | `slow?ms=N`                   | a small valid dataset ("Slow dataset": slow-a → slow-b) after N ms   |
 * | `404`, `500`                  | that status, text/plain                                             |
 * | `html`                        | 200 text/html, a page with markup that would run script if rendered |
 * | `truncated`                   | the seed dataset cut in half, application/json, honest length       |
 * | `redirect`                    | 302 to `/graph-data/dprk-russia-2024.json`                           |
 * | `huge?bytes=N[&chunked]`      | N bytes (default 200,000) of JSON whitespace; with `chunked`, streamed without Content-Length |
 * | `wrong-type?type=T`           | the seed dataset sent as content type T                            |
 * | `count`                       | requests per fault path, and `slow:aborted` (clients that hung up on `slow`), as JSON |
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import type { Plugin } from 'vite';

export const FAULTS_BASE = '/__faults/';
const SEED = 'graph-data/dprk-russia-2024.json';

/** The dataset `slow` answers with: recognisably not the seed. */
export const SLOW_DATASET = {
  attributes: { title: 'Slow dataset' },
  nodes: [{ key: 'slow-a' }, { key: 'slow-b' }],
  edges: [{ key: 'slow-edge', source: 'slow-a', target: 'slow-b' }],
};

export function faultServer(): Plugin {
  let seed = '';
  const counts: Record<string, number> = {};
  return {
    name: 'stakeholder-graph:fault-server',
    apply: 'serve',
    configureServer(server) {
      seed = readFileSync(join(server.config.root, SEED), 'utf8');
      server.middlewares.use(FAULTS_BASE, (req, res) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const fault = url.pathname.replace(/^\//, '');
        if (fault !== 'count') counts[fault] = (counts[fault] ?? 0) + 1;
        handle(fault, url.searchParams, res, seed, counts);
      });
    },
  };
}

function handle(fault: string, params: URLSearchParams, res: ServerResponse, seed: string, counts: Record<string, number>): void {
  res.setHeader('cache-control', 'no-store');
  switch (fault) {
    case 'slow': {
      const timer = setTimeout(() => send(res, 200, 'application/json', JSON.stringify(SLOW_DATASET)), Number(params.get('ms') ?? 1000));
      res.on('close', () => {
        if (res.writableEnded) return;
        // The client hung up before the answer: count it, so tests can tell an abort from an ignored answer.
        clearTimeout(timer);
        counts['slow:aborted'] = (counts['slow:aborted'] ?? 0) + 1;
      });
      return;
    }
    case '404':
      return send(res, 404, 'text/plain', 'not found');
    case '500':
      return send(res, 500, 'text/plain', 'internal error');
    case 'html':
      return send(res, 200, 'text/html; charset=utf-8', '<!doctype html><title>Oops</title><img src=x onerror="window.__xss=true">');
    case 'truncated':
      return send(res, 200, 'application/json', seed.slice(0, Math.floor(seed.length / 2)));
    case 'redirect':
      res.statusCode = 302;
      res.setHeader('location', `/${SEED}`);
      res.end();
      return;
    case 'huge':
      return huge(res, Number(params.get('bytes') ?? 200_000), params.has('chunked'));
    case 'wrong-type':
      return send(res, 200, params.get('type') ?? 'application/octet-stream', seed);
    case 'count':
      return send(res, 200, 'application/json', JSON.stringify(counts));
    default:
      return send(res, 400, 'text/plain', `unknown fault ${JSON.stringify(fault)}`);
  }
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  if (res.writableEnded || res.destroyed) return;
  res.statusCode = status;
  res.setHeader('content-type', type);
  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(body);
}

/** `bytes` bytes of `[` + spaces + `]`, declared up front or streamed in 16 KB chunks until the client hangs up. */
function huge(res: ServerResponse, bytes: number, chunked: boolean): void {
  res.statusCode = 200;
  res.setHeader('content-type', 'application/json');
  if (!chunked) {
    res.setHeader('content-length', bytes);
    res.end(`[${' '.repeat(Math.max(bytes - 2, 0))}]`);
    return;
  }
  const chunk = ' '.repeat(16 * 1024);
  let sent = 0;
  res.write('[');
  const pump = () => {
    while (sent < bytes && !res.destroyed) {
      sent += chunk.length;
      if (!res.write(chunk)) {
        res.once('drain', pump);
        return;
      }
    }
    if (!res.destroyed) res.end(']');
  };
  pump();
}
