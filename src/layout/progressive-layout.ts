/**
 * ForceAtlas2 for big graphs, off the main thread: a Web Worker iterates and reports positions;
 * this runner hands them to the view paced by what each hand-over costs (see push-pacer.ts), so
 * the graph is interactive from the first frame, refines progressively while a redraw is cheap
 * enough, and on the biggest graphs jumps once to the final positions. Where no worker can be
 * started (no Worker support, or a page's CSP refuses it), the same iterations run on the main
 * thread in short time slices instead, so the page never freezes either way.
 */
import type Graph from 'graphology';
import iterate from 'graphology-layout-forceatlas2/iterate';
import { buildMatrices, extractXY } from './fa2-matrices';
import { fa2Settings } from './fa2-settings';
import type { StartMessage } from './fa2.worker';
import type { Positions } from './initial-positions';
import { PushPacer, pushesIntermediate } from './push-pacer';
import { runSliced } from './run-sliced';

export interface ProgressiveOptions {
  /** Total ForceAtlas2 iterations. Default: fewer for bigger graphs (see `iterationsForLarge`). */
  iterations?: number;
  /** Least time between two position updates handed to the view. Default 1,000 ms. */
  pushEveryMs?: number;
  /** The next update waits at least this many times what the last one cost (see PushPacer). Default 4. */
  costFactor?: number;
  /** Hand over intermediate positions, or only the final ones. Default: by size (`pushesIntermediate`). */
  intermediate?: boolean;
  /** Calls `done` once the view drew the last update (default: after the next animation frame). */
  afterDrawn?(done: () => void): void;
  /** Longest stretch of work on the main thread in the fallback. Default 12 ms. */
  sliceMs?: number;
  /** Force the main-thread fallback (tests, or pages that forbid workers). */
  useWorker?: boolean;
  /** New positions for every node. */
  onPositions(positions: Positions, progress: { done: number; total: number }): void;
  /** Called once, when the iterations are done (not when stopped). */
  onSettled?(): void;
}

export interface ProgressiveLayout {
  /** 'worker' or 'main-thread': where the iterations run. */
  readonly mode: 'worker' | 'main-thread';
  readonly running: boolean;
  /** Stops iterating and releases the worker; no callback fires afterwards. */
  stop(): void;
}

export function iterationsForLarge(order: number): number {
  if (order <= 2000) return 400;
  if (order <= 10_000) return 250;
  return 150;
}

export function startProgressiveLayout(graph: Graph, start: Positions, options: ProgressiveOptions): ProgressiveLayout {
  const matrices = buildMatrices(graph, start);
  const total = options.iterations ?? iterationsForLarge(graph.order);
  const settings = fa2Settings(graph.order, 'progressive');
  const pushEvery = options.pushEveryMs ?? 1000;
  const toPositions = (xy: Float32Array): Positions => {
    const positions: Positions = new Map();
    matrices.order.forEach((node, i) => positions.set(node, { x: xy[i * 2]!, y: xy[i * 2 + 1]! }));
    return positions;
  };

  let stopped = false;
  let settled = false;
  const pacer = new PushPacer({
    minGapMs: pushEvery,
    costFactor: options.costFactor,
    intermediate: options.intermediate ?? pushesIntermediate(graph.order),
  });
  pacer.seed(performance.now());
  const afterDrawn = options.afterDrawn ?? afterNextFrame;
  let pending: { xy: Float32Array; done: number; finished: boolean } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    if (stopped || !pending) return;
    const { xy, done, finished } = pending;
    pending = null;
    const start = performance.now();
    pacer.started();
    options.onPositions(toPositions(xy), { done, total });
    if (finished) {
      settled = true;
      options.onSettled?.();
      return;
    }
    afterDrawn(() => {
      pacer.ended(start, performance.now());
      schedule();
    });
  };
  // (Re)plans the hand-over of the latest positions; while a push is being measured or
  // intermediate pushes are off, only the final positions get through.
  const schedule = () => {
    clearTimeout(timer);
    timer = undefined;
    if (stopped || !pending) return;
    const wait = pacer.delay(performance.now(), pending.finished);
    if (wait !== Infinity) timer = setTimeout(flush, wait);
  };
  const push = (xy: Float32Array, done: number, finished: boolean) => {
    if (stopped) return;
    pending = { xy, done, finished };
    schedule();
  };

  const handle = { mode: 'main-thread' as 'worker' | 'main-thread', stop: () => {} };
  const stopAll = () => {
    stopped = true;
    clearTimeout(timer);
    handle.stop();
  };
  const runOnMainThread = (nodes: Float32Array, edges: Float32Array) => {
    handle.mode = 'main-thread';
    // The same iterations as the worker's, `sliceMs` at a time; positions at most every `pushEvery`.
    let lastReport = performance.now();
    handle.stop = runSliced({
      iterations: total,
      sliceMs: options.sliceMs ?? 12,
      step: () => iterate(settings, nodes, edges),
      afterSlice: (done, finished) => {
        if (!finished && performance.now() - lastReport < pushEvery) return;
        lastReport = performance.now();
        push(extractXY(nodes), done, finished);
      },
    });
  };

  const worker = options.useWorker === false ? undefined : tryWorker();
  if (worker) {
    handle.mode = 'worker';
    let heard = false;
    // Keep the start so a worker refused after creation (CSP) can fall back to the main thread.
    const nodes = matrices.nodes.slice();
    worker.onerror = () => {
      worker.terminate();
      if (!heard && !stopped) runOnMainThread(nodes, matrices.edges);
    };
    worker.onmessage = (event: MessageEvent<{ xy: Float32Array; done: number; finished: boolean }>) => {
      heard = true;
      push(event.data.xy, event.data.done, event.data.finished);
      if (event.data.finished) worker.terminate();
    };
    handle.stop = () => worker.terminate();
    const message: StartMessage = {
      type: 'start',
      nodes: matrices.nodes,
      edges: matrices.edges.slice(),
      settings,
      iterations: total,
      sliceMs: 200,
    };
    worker.postMessage(message, [matrices.nodes.buffer]);
  } else {
    runOnMainThread(matrices.nodes, matrices.edges);
  }
  return {
    get mode() {
      return handle.mode;
    },
    get running() {
      return !stopped && !settled;
    },
    stop: stopAll,
  };
}

/** Calls `done` after the next frame was drawn (or at once where there are no frames). */
function afterNextFrame(done: () => void): void {
  if (typeof requestAnimationFrame !== 'function') setTimeout(done, 0);
  else requestAnimationFrame(() => setTimeout(done, 0));
}

/** A module worker from our own bundle (same origin, so `script-src 'self'` allows it), or undefined. */
function tryWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return new Worker(new URL('./fa2.worker.ts', import.meta.url), { type: 'module', name: 'stakeholder-graph-fa2' });
  } catch {
    return undefined;
  }
}
