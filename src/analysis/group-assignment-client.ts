/**
 * Camps or communities for grouping, without freezing the page: from WORKER_MIN_ACTORS actors in
 * a module worker started from our own bundle (which a strict CSP's `script-src 'self'` allows);
 * smaller graphs, and pages that refuse the worker, here. Loaded on demand.
 */
import type Graph from 'graphology';
import type { Registry } from '../graph/registry';
import { assign, assignmentInput, type GroupKind } from './group-assignment';
import type { AssignmentAnswer } from './group-assignment.worker';

/** From this many actors the grouping runs in the worker (as the analysis does: analysis-client.ts). */
const WORKER_MIN_ACTORS = 2000;

let refused = false;

export function assignInBackground(graph: Graph, registry: Registry, by: GroupKind): Promise<Record<string, number | null>> {
  const input = assignmentInput(graph, registry, by);
  if (graph.order < WORKER_MIN_ACTORS || refused || typeof Worker === 'undefined') return Promise.resolve(assign(input));
  let worker: Worker;
  try {
    worker = new Worker(new URL('./group-assignment.worker.ts', import.meta.url), { type: 'module', name: 'stakeholder-graph-groups' });
  } catch {
    refused = true;
    return Promise.resolve(assign(input));
  }
  return new Promise((resolve, reject) => {
    let started = false;
    worker.onmessage = (event: MessageEvent<AssignmentAnswer | { started: true }>) => {
      const answer = event.data;
      if ('started' in answer) {
        started = true;
        return;
      }
      worker.terminate();
      if ('assignment' in answer) resolve(answer.assignment);
      else reject(new Error(`grouping failed: ${answer.error}`));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      // It never said it started: a CSP without 'self' for workers. Group here.
      if (!started) {
        refused = true;
        resolve(assign(input));
      } else reject(new Error(`the grouping stopped in its worker (${event.message || 'no reason given'})`));
    };
    const arrays = [input.source, input.target, input.weight, input.sign, input.directed].map((array) => array.buffer);
    worker.postMessage(input, arrays);
  });
}
