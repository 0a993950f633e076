/**
 * Imports files without freezing the page: big inputs are read in a module worker
 * (import.worker.ts), small ones on the main thread, where starting a worker would cost more
 * than the reading. Load this module on demand (`await import(…)`): neither it nor the parsers
 * belong in the eager bundle.
 *
 * The worker is started from our own bundle's URL, which `script-src 'self'` allows (papaparse's
 * own worker mode starts from a blob: URL, which a strict CSP refuses). Where no worker can start
 * (no Worker, or a CSP without 'self' for workers), everything is read on the main thread with
 * the browser's DOMParser, and a big input's result says the page was busy meanwhile. One worker
 * serves every call; it is ended once idle for `IDLE_MS`.
 */
import { DatasetError } from '../graph/problems';
import type { Plan } from '../graph/check-structure';
import type { ImportAnswer, ImportFailure, ImportRequest, PartKey } from './import.worker';
import type { ImportOptions, ImportResult, ImportText, XmlParser } from './types';

export type ImportThread = 'worker' | 'main-thread';

export interface BackgroundOptions {
  /** Where to read: by size (default), or always in the worker or on the main thread (tests, benchmarks). */
  thread?: 'auto' | ImportThread;
}

/** Stands in for the data of a result the worker sent as a plan. */
const EMPTY_DATA: ImportResult['data'] = { attributes: {}, options: {}, nodes: [], edges: [] };

export interface BackgroundImportResult extends ImportResult {
  /** From the worker: the data validated there, ready for `graphFromPlan` (then `data` is empty). */
  plan?: Plan;
  /** Where the input was read. */
  thread: ImportThread;
}

/**
 * Inputs smaller than this (characters in all) are read on the main thread, where they take under
 * about 100 ms, less than starting the worker. Measured with `bench/run.ts --import-only` when
 * this was 200,000, on a busy 2-core machine: a 130 KB CSV pair blocked the page 150-430 ms on the
 * main thread, while a 590 KB GEXF took 310-440 ms in the worker with no frame over 50 ms.
 */
export const MAIN_THREAD_MAX_CHARS = 50_000;
/** An idle worker is ended after this long, freeing its memory. */
export const IDLE_MS = 20_000;

const BUSY_NOTE =
  'read on the main thread, as the import worker could not be used here (no Worker, or the page does not allow it), so the page did not respond while reading';

interface Pending {
  request: ImportRequest;
  resolve(result: BackgroundImportResult): void;
  reject(error: unknown): void;
  /** The dataset's arrays as their parts arrive. */
  parts?: Partial<Record<PartKey, unknown[]>>;
}

interface Shared {
  worker: Worker;
  pending: Map<number, Pending>;
  /** Whether it ever answered: an error before that means it could not start. */
  heard: boolean;
  idle?: ReturnType<typeof setTimeout>;
}

let shared: Shared | undefined;
let refused = false;
let nextId = 1;

/** Reads `inputs` (see `importData`) in the worker or on the main thread; rejects with a DatasetError. */
export function importInBackground(
  inputs: readonly ImportText[],
  options: ImportOptions = {},
  how: BackgroundOptions = {},
): Promise<BackgroundImportResult> {
  const chars = inputs.reduce((sum, input) => sum + input.text.length, 0);
  const thread = how.thread ?? 'auto';
  if (thread === 'main-thread' || (thread === 'auto' && chars < MAIN_THREAD_MAX_CHARS)) return onMainThread(inputs, options, false);
  const request: ImportRequest = { id: nextId++, inputs: [...inputs], options };
  return new Promise((resolve, reject) => {
    const pending: Pending = { request, resolve, reject };
    const current = connect();
    if (!current) {
      fallBack(pending, chars);
      return;
    }
    try {
      current.worker.postMessage(request);
    } catch {
      // Options the worker cannot receive (a function in a registry, say): read them here.
      fallBack(pending, chars);
      return;
    }
    clearTimeout(current.idle);
    current.pending.set(request.id, pending);
  });
}

/** Ends the worker now (a page leaving its import screen, tests); calls in flight reject. */
export function stopImportWorker(): void {
  const current = shared;
  if (!current) return;
  shared = undefined;
  current.worker.terminate();
  clearTimeout(current.idle);
  for (const pending of current.pending.values()) pending.reject(new Error('the import was stopped'));
  current.pending.clear();
}

function connect(): Shared | undefined {
  if (shared) return shared;
  const worker = startWorker();
  if (!worker) return undefined;
  const current: Shared = { worker, pending: new Map(), heard: false };
  worker.onmessage = (event: MessageEvent<ImportAnswer>) => {
    current.heard = true;
    const answer = event.data;
    const pending = current.pending.get(answer.id);
    if (!pending) return;
    if ('part' in answer) {
      pending.parts ??= {};
      const list = (pending.parts[answer.key] ??= []);
      for (const item of answer.part) list.push(item);
      return;
    }
    current.pending.delete(answer.id);
    if ('result' in answer) {
      // The worker validated the data and sends its plan: what the element builds the graph from.
      const plan = assemble(answer.result.data, answer.parts, pending) as unknown as Plan;
      pending.resolve({ ...answer.result, data: EMPTY_DATA, plan, thread: 'worker' });
    } else pending.reject(rebuild(answer.error));
    if (current.pending.size === 0) current.idle = setTimeout(() => shared === current && stopImportWorker(), IDLE_MS);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    clearTimeout(current.idle);
    if (shared === current) shared = undefined;
    // Never answered: it could not start (CSP, a missing file). Otherwise it broke mid-way.
    if (!current.heard) refused = true;
    for (const pending of current.pending.values()) {
      if (!current.heard) fallBack(pending, sizeOf(pending.request));
      else pending.reject(new Error(`the import stopped in its worker (${event.message || 'no reason given'}); try again`));
    }
    current.pending.clear();
  };
  shared = current;
  return current;
}

/** A module worker from our own bundle (same origin, so `script-src 'self'` allows it), or undefined. */
function startWorker(): Worker | undefined {
  if (refused || typeof Worker === 'undefined') return undefined;
  try {
    return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'stakeholder-graph-import' });
  } catch {
    refused = true;
    return undefined;
  }
}

function fallBack(pending: Pending, chars: number): void {
  onMainThread(pending.request.inputs, pending.request.options, chars >= MAIN_THREAD_MAX_CHARS).then(pending.resolve, pending.reject);
}

/** The same import here: the importers and a parser are loaded on first use. */
async function onMainThread(inputs: readonly ImportText[], options: ImportOptions, busy: boolean): Promise<BackgroundImportResult> {
  const [{ importData }, parser] = await Promise.all([import('./import'), mainThreadParser()]);
  const result = importData(inputs, options, parser);
  return { ...result, warnings: busy ? [...result.warnings, BUSY_NOTE] : result.warnings, thread: 'main-thread' };
}

/** The browser's DOMParser; xmldom where there is none (Node). */
async function mainThreadParser(): Promise<XmlParser> {
  if (typeof globalThis.DOMParser === 'function') return new globalThis.DOMParser();
  return (await import('./xml-xmldom')).xmldomParser();
}

/** The dataset with the arrays that came in parts put back. */
function assemble(data: ImportResult['data'], keys: readonly PartKey[], pending: Pending): ImportResult['data'] {
  const whole: Record<string, unknown> = { ...data };
  for (const key of keys) whole[key] = pending.parts?.[key] ?? [];
  return whole as unknown as ImportResult['data'];
}

/** The worker's error as the main thread's: a DatasetError with its problems, or an Error of the same kind. */
function rebuild(failure: ImportFailure): Error {
  if (failure.problems) {
    const error = new DatasetError(failure.problems);
    // The worker's message also counts the problems past the first 20.
    error.message = failure.message;
    return error;
  }
  const Kind = failure.name === 'RangeError' ? RangeError : failure.name === 'TypeError' ? TypeError : Error;
  const error = new Kind(failure.message);
  if (Kind === Error) error.name = failure.name;
  return error;
}

function sizeOf(request: ImportRequest): number {
  return request.inputs.reduce((sum, input) => sum + input.text.length, 0);
}
