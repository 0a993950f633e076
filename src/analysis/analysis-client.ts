/**
 * Runs the analysis without freezing the page: graphs above WORKER_MIN_ACTORS actors go to a
 * module worker (analysis.worker.ts) started from our own bundle's URL, which a strict CSP's
 * `script-src 'self'` allows; smaller ones, and pages that refuse the worker, run here. Load this
 * module on demand: neither it nor the engine belongs in the eager bundle.
 */
import type Graph from 'graphology';
import type { Registry } from '../graph/registry';
import { analyze, type Analysis, type AnalyzeOptions } from './analyze';
import type { AnalysisAnswer, AnalysisRequest } from './analysis.worker';

/**
 * From this many actors the analysis runs in the worker. Exact betweenness is O(nm): at 1,000
 * actors it takes tens of milliseconds here, at 5,000 seconds (bench/analysis-timings.ts).
 */
export const WORKER_MIN_ACTORS = 2000;

let refused = false;
let nextId = 1;
/** The worker of the run in flight: a newer run ends it (its answer would be dropped anyway). */
let running: { worker: Worker; reject(error: Error): void } | undefined;

export function analyzeInBackground(graph: Graph, registry: Registry, options: AnalyzeOptions = {}): Promise<Analysis> {
  if (graph.order < WORKER_MIN_ACTORS || refused || typeof Worker === 'undefined')
    return Promise.resolve(analyze(graph, registry, options));
  let worker: Worker;
  try {
    worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'stakeholder-graph-analysis' });
  } catch {
    refused = true;
    return Promise.resolve(analyze(graph, registry, options));
  }
  if (running) {
    running.worker.terminate();
    running.reject(new Error('a newer analysis replaced this one'));
  }
  const request: AnalysisRequest = { id: nextId++, graph: graph.export(), registry, options };
  return new Promise((resolve, reject) => {
    const current = { worker, reject };
    running = current;
    let started = false;
    const end = () => {
      worker.terminate();
      if (running === current) running = undefined;
    };
    worker.onmessage = (event: MessageEvent<AnalysisAnswer | { started: true }>) => {
      const answer = event.data;
      if ('started' in answer) {
        started = true;
        return;
      }
      end();
      if ('analysis' in answer) resolve(answer.analysis);
      else reject(new Error(`analysis failed: ${answer.error.message}`));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      end();
      // It never said it started: it could not (a CSP without 'self' for workers). Run it here.
      if (!started) {
        refused = true;
        resolve(analyze(graph, registry, options));
      } else reject(new Error(`the analysis stopped in its worker (${event.message || 'no reason given'})`));
    };
    worker.postMessage(request);
  });
}
