/**
 * The page side of the benchmark, shared by every contender's page: reads the query, fetches the
 * dataset, watches long animation frames from the first script on, samples frames, and puts the
 * hooks the runner calls on `window.__bench`. A contender's page only says when its first frame
 * is due, when its layout settled, and how it highlights a path.
 */
import type { SerializedGraph } from 'graphology-types';
import type {
  BenchHooks,
  HighlightResult,
  InteractiveResult,
  LongFrame,
  LongestBlock,
  PageParams,
  Rect,
  SettleSource,
  Viewport,
} from '../protocol';

const scriptStart = performance.now();
performance.mark('bench:script-start');

/** The page's part of the hooks; the harness provides the rest. */
export interface ContenderHooks {
  settleSource: SettleSource;
  canvasRect(): Rect;
  /** The camera's zoom and pan now, so the runner can check that its input moved it. */
  viewport(): Viewport;
  stopLayout?(): void;
  prepareHighlight?(from: string, to: string): void;
  highlight(from: string, to: string): Promise<HighlightResult>;
  info?(): Record<string, number | string>;
  /** The widget pages: the interactive check (see `InteractiveResult`), resolved after the first frame. */
  interactive?: Promise<InteractiveResult>;
}

export interface Harness {
  params: PageParams;
  errors: string[];
  fetchData(): Promise<SerializedGraph>;
  /** Call once with the contender's hooks, before any long work. */
  install(hooks: ContenderHooks): void;
  /** The first interactive frame happened at `time`. */
  firstFrame(time: number): void;
  /** The layout settled at `time` (counted from the first frame when it settled before). */
  settled(time: number): void;
  /** The longest main-thread block so far (what `window.__bench.longestBlock()` answers). */
  longestBlock(): LongestBlock;
}

/** The next animation frame: its callback's `performance.now()`, so after everything queued before it ran. */
export function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
}

/** Resolves on the first call of `subscribe`'s callback, or after `timeoutMs` with false. */
export function once(subscribe: (done: () => void) => () => void, timeoutMs = 60_000): Promise<boolean> {
  return new Promise((resolve) => {
    let finished = false;
    const finish = (value: boolean) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      unsubscribe();
      resolve(value);
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    const unsubscribe = subscribe(() => finish(true));
  });
}

export function readParams(search = location.search): PageParams {
  const query = new URLSearchParams(search);
  return {
    data: query.get('data') ?? '/data/seed.json',
    cap: Number(query.get('cap') ?? 60_000),
    settleEvent: query.get('settleEvent') === '1',
  };
}

/** LoAF script attribution, as far as the browser gives it. */
interface ScriptTiming extends PerformanceEntry {
  invoker?: string;
  sourceFunctionName?: string;
  sourceURL?: string;
}

class LongFrames {
  private best: LongestBlock = { ms: 0, blockingMs: null, source: 'none', count: 0 };
  private top: LongFrame[] = [];
  private readonly observer?: PerformanceObserver;

  constructor() {
    const supported = PerformanceObserver.supportedEntryTypes ?? [];
    const type = supported.includes('long-animation-frame') ? 'long-animation-frame' : supported.includes('longtask') ? 'longtask' : null;
    if (!type) return;
    this.best.source = type;
    this.observer = new PerformanceObserver((list) => this.take(list.getEntries()));
    this.observer.observe({ type, buffered: true });
  }

  private take(entries: PerformanceEntryList): void {
    for (const entry of entries) {
      this.best.count++;
      this.keep(entry);
      if (entry.duration <= this.best.ms) continue;
      this.best.ms = entry.duration;
      const blocking = (entry as PerformanceEntry & { blockingDuration?: number }).blockingDuration;
      this.best.blockingMs = typeof blocking === 'number' ? blocking : null;
    }
  }

  /** Keeps the five longest frames with their longest scripts, for the JSON. */
  private keep(entry: PerformanceEntry): void {
    const scripts = ((entry as PerformanceEntry & { scripts?: ScriptTiming[] }).scripts ?? [])
      .slice()
      .sort((a, b) => b.duration - a.duration)
      .slice(0, 3)
      .map((script) =>
        `${Math.round(script.duration)} ms ${script.invoker ?? ''} ${script.sourceFunctionName ?? ''} ${(script.sourceURL ?? '').split('/').pop()}`
          .replace(/\s+/g, ' ')
          .trim(),
      );
    this.top.push({ startMs: Math.round(entry.startTime), ms: Math.round(entry.duration), scripts });
    this.top.sort((a, b) => b.ms - a.ms);
    this.top.length = Math.min(this.top.length, 5);
  }

  longestFrames(): LongFrame[] {
    if (this.observer) this.take(this.observer.takeRecords());
    return this.top.map((frame) => ({ ...frame, scripts: [...frame.scripts] }));
  }

  longest(): LongestBlock {
    if (this.observer) this.take(this.observer.takeRecords());
    return { ...this.best };
  }
}

class FrameSampler {
  private deltas: number[] = [];
  private running = false;
  private last = 0;

  private readonly tick = (time: number) => {
    if (!this.running) return;
    if (this.last > 0) this.deltas.push(time - this.last);
    this.last = time;
    requestAnimationFrame(this.tick);
  };

  start(): void {
    this.deltas = [];
    this.last = 0;
    this.running = true;
    requestAnimationFrame(this.tick);
  }

  stop(): number[] {
    this.running = false;
    return this.deltas;
  }
}

/** Sets up `window.__bench` for contender `id`; call first thing in the page's module. */
export function createHarness(id: string): Harness {
  const params = readParams();
  const errors: string[] = [];
  window.addEventListener('error', (event) => errors.push(`error: ${event.message}`));
  window.addEventListener('unhandledrejection', (event) => errors.push(`unhandled rejection: ${String(event.reason)}`));
  const longFrames = new LongFrames();
  let dataLoadedMs = NaN;
  const frames = new FrameSampler();

  let resolveFirst!: (time: number) => void;
  const firstFrame = new Promise<number>((resolve) => (resolveFirst = resolve));
  let resolveSettled!: (time: number | null) => void;
  const settledRaw = new Promise<number | null>((resolve) => (resolveSettled = resolve));
  // Past the cap (counted from navigation start) the layout did not finish: say so and stop it.
  // Checked in a frame callback as well as a timer, because a page busy with long frames can
  // starve timers (and the runner's own calls) for a minute, but still runs its frame callbacks.
  let capped = false;
  const cap = () => {
    if (capped) return;
    capped = true;
    resolveSettled(null);
    contender?.stopLayout?.();
  };
  setTimeout(cap, Math.max(0, params.cap - performance.now()));
  const watch = () => {
    if (capped) return;
    if (performance.now() >= params.cap) cap();
    else requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
  // A layout that stops before anything is drawn is seen settled on the first frame.
  const settled = settledRaw.then(async (time) => (time === null ? null : Math.max(time, await firstFrame)));

  let contender: ContenderHooks | undefined;
  const need = () => {
    if (!contender) throw new Error(`${id}: the page has not installed its hooks yet`);
    return contender;
  };
  const hooks: BenchHooks = {
    contender: id,
    scriptStart,
    firstFrame,
    settled,
    get settleSource() {
      return contender?.settleSource ?? 'first-frame';
    },
    get interactive() {
      return contender?.interactive;
    },
    stopLayout: () => contender?.stopLayout?.(),
    longestBlock: () => longFrames.longest(),
    longestFrames: () => longFrames.longestFrames(),
    canvasRect: () => need().canvasRect(),
    viewport: () => need().viewport(),
    startFrames: () => frames.start(),
    stopFrames: () => frames.stop(),
    prepareHighlight: (from, to) => need().prepareHighlight?.(from, to),
    highlight: (from, to) => need().highlight(from, to),
    info: () => ({ dataLoadedMs, ...(contender?.info?.() ?? {}) }),
    errors,
  };
  window.__bench = hooks;

  return {
    params,
    errors,
    async fetchData() {
      const response = await fetch(params.data);
      if (!response.ok) throw new Error(`${params.data}: HTTP ${response.status}`);
      const data = (await response.json()) as SerializedGraph;
      dataLoadedMs = performance.now();
      performance.mark('bench:data-loaded');
      return data;
    },
    install(hooks) {
      contender = hooks;
    },
    firstFrame(time) {
      performance.mark('bench:first-frame', { startTime: time });
      resolveFirst(time);
    },
    settled(time) {
      performance.mark('bench:settled', { startTime: time });
      if (time <= params.cap) capped = true;
      resolveSettled(time <= params.cap ? time : null);
    },
    longestBlock: () => longFrames.longest(),
  };
}

/** A Cytoscape core's camera (typed structurally, so the harness does not import Cytoscape). */
export function cytoscapeViewport(cy: { zoom(): number; pan(): { x: number; y: number } }): Viewport {
  const { x, y } = cy.pan();
  return { zoom: cy.zoom(), x, y };
}

/** The bounding box of an element as a plain object (DOMRect does not survive `evaluate`). */
export function rectOf(element: Element): Rect {
  const { x, y, width, height } = element.getBoundingClientRect();
  return { x, y, width, height };
}
