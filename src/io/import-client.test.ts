/**
 * importInBackground's decisions, in Node: with no Worker it reads on the main thread (xmldom for
 * XML, as there is no DOMParser), noting it for big inputs; with a stand-in Worker that runs the
 * real worker module, it reads big inputs there, rebuilds DatasetErrors with their paths, reuses
 * one worker and ends it when idle, and falls back to the main thread when the worker cannot start.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DatasetError } from '../graph/problems';
import type { ImportRequest } from './import.worker';
import type { ImportText } from './types';
import { graphFromPlan, loadDataset } from '../graph/load';

type Client = typeof import('./import-client');

const small: ImportText[] = [
  { name: 'actors.csv', text: 'id,label\na,A\nb,B\n' },
  { name: 'relationships.csv', text: 'source,target\na,b\n' },
];
/** Over MAIN_THREAD_MAX_CHARS: 3,000 actors with descriptions. */
const big: ImportText[] = [
  {
    name: 'actors.csv',
    text: `id,label,description\na,A,\nb,B,\n${Array.from({ length: 2998 }, (_, i) => `x${i},X ${i},${'d'.repeat(70)}`).join('\n')}\n`,
  },
  { name: 'relationships.csv', text: 'source,target\na,b\n' },
];
const badEdge: ImportText[] = [small[0]!, { name: 'relationships.csv', text: 'source,target\na,b\nb,zz\n' }];

/** A Worker stand-in that runs the real worker module in this thread, or fails to start. */
class FakeWorker {
  static instances: FakeWorker[] = [];
  static behaviour: 'run' | 'error-event' | 'throw' = 'run';
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  terminated = false;
  /** The worker module, evaluated with this `self`, as in a real worker. */
  private readonly scope = {
    onmessage: null as ((event: { data: ImportRequest }) => void) | null,
    postMessage: (data: unknown) => {
      if (!this.terminated) this.onmessage?.({ data: structuredClone(data) });
    },
  };
  readonly ready: Promise<unknown>;

  constructor() {
    if (FakeWorker.behaviour === 'throw') throw new Error('refused by the Content Security Policy');
    FakeWorker.instances.push(this);
    vi.stubGlobal('self', this.scope);
    vi.resetModules();
    this.ready = import('./import.worker');
  }

  postMessage(request: ImportRequest): void {
    const copy = structuredClone(request);
    // No timer, so the idle test can fake the timers.
    void this.ready.then(() => {
      if (this.terminated) return;
      if (FakeWorker.behaviour === 'error-event') this.onerror?.({ message: '', preventDefault: () => undefined });
      else this.scope.onmessage!({ data: copy });
    });
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** A fresh client (no worker, nothing refused), with the DatasetError class it uses. */
async function load(): Promise<Client & { DatasetError: typeof DatasetError }> {
  vi.resetModules();
  const client = await import('./import-client');
  return { ...client, DatasetError: (await import('../graph/problems')).DatasetError };
}

beforeEach(() => {
  FakeWorker.instances = [];
  FakeWorker.behaviour = 'run';
});
afterEach(async () => {
  // The worker module must see its `self` while it is evaluated.
  await Promise.allSettled(FakeWorker.instances.map((worker) => worker.ready));
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('importInBackground without Worker (Node)', () => {
  it('reads on the main thread, with xmldom for XML', async () => {
    const { importInBackground } = await load();
    const csv = await importInBackground(small);
    expect(csv).toMatchObject({ thread: 'main-thread', format: 'csv', warnings: [] });
    expect(csv.data.nodes).toHaveLength(2);
    const gexf = await importInBackground([
      { name: 'g.gexf', text: '<gexf version="1.3"><graph><nodes><node id="a"/></nodes></graph></gexf>' },
    ]);
    expect(gexf).toMatchObject({ thread: 'main-thread', format: 'gexf' });
  });

  it('says so when a big input was read on the main thread', async () => {
    const { importInBackground } = await load();
    const result = await importInBackground(big);
    expect(result.thread).toBe('main-thread');
    expect(result.warnings).toEqual([expect.stringMatching(/^read on the main thread, as the import worker could not be used here/)]);
  });

  it('rejects with the DatasetError itself', async () => {
    const { importInBackground, DatasetError } = await load();
    await expect(importInBackground(badEdge)).rejects.toBeInstanceOf(DatasetError);
  });
});

describe('importInBackground with a worker', () => {
  beforeEach(() => vi.stubGlobal('Worker', FakeWorker));

  it('reads big inputs in the worker and small ones on the main thread', async () => {
    const { importInBackground } = await load();
    expect((await importInBackground(small)).thread).toBe('main-thread');
    expect(FakeWorker.instances).toHaveLength(0);
    const result = await importInBackground(big);
    expect(result).toMatchObject({ thread: 'worker', format: 'csv', warnings: [] });
    // Validated in the worker: the plan the element builds the graph from.
    expect(result.plan!.nodes).toHaveLength(3000);
  });

  it('sends big datasets back in parts and puts them together in order', async () => {
    const { importInBackground } = await load();
    const actors = Array.from({ length: 9001 }, (_, i) => `a${i},Actor ${i}`).join('\n');
    const ties = Array.from({ length: 9000 }, (_, i) => `a${i},a${i + 1}`).join('\n');
    const inputs = [
      { name: 'actors.csv', text: `id,label\n${actors}\n` },
      { name: 'relationships.csv', text: `source,target\n${ties}\n` },
    ];
    const [inWorker, here] = await Promise.all([
      importInBackground(inputs, {}, { thread: 'worker' }),
      importInBackground(inputs, {}, { thread: 'main-thread' }),
    ]);
    expect(inWorker.thread).toBe('worker');
    expect(inWorker.plan!.nodes).toHaveLength(9001);
    expect(inWorker.plan!.nodes.map((node) => node.key)).toEqual(Array.from({ length: 9001 }, (_, i) => `a${i}`));
    // The same graph either way: built from the worker's plan, or loaded from the data read here.
    expect(graphFromPlan(inWorker.plan!).export()).toEqual(loadDataset(here.data).export());
    expect([inWorker.format, inWorker.mapping, inWorker.warnings]).toEqual([here.format, here.mapping, here.warnings]);
  });

  it("refuses in the worker what the loader would refuse, with the loader's paths (a JSON file may hold anything)", async () => {
    const { importInBackground, DatasetError } = await load();
    const error = (await importInBackground([{ name: 'odd.json', text: '{"nodes": 5, "edges": []}' }], {}, { thread: 'worker' }).catch(
      (reason: unknown) => reason,
    )) as InstanceType<typeof DatasetError>;
    expect(error).toBeInstanceOf(DatasetError);
    expect(error.problems[0]!.path).toBe('nodes');
  });

  it('rebuilds the DatasetError of the worker with its problems and message', async () => {
    const { importInBackground, DatasetError } = await load();
    const error = (await importInBackground(badEdge, {}, { thread: 'worker' }).catch((reason: unknown) => reason)) as DatasetError;
    expect(error).toBeInstanceOf(DatasetError);
    expect(error.problems[0]).toMatchObject({ path: 'relationships.csv row 3, column "target"' });
    expect(error.message).toMatch(/^Invalid dataset: relationships\.csv row 3, column "target": actor "zz" is not in actors\.csv/);
  });

  it('rebuilds other errors by kind', async () => {
    const { importInBackground } = await load();
    const error = await importInBackground(small, { limits: { maxNodes: -1 } }, { thread: 'worker' }).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(RangeError);
    expect((error as Error).message).toMatch(/limits\.maxNodes must be a positive number/);
  });

  it('serves every call from one worker and ends it once idle', async () => {
    vi.useFakeTimers();
    const client = await load();
    const results = await Promise.all([
      client.importInBackground(small, {}, { thread: 'worker' }),
      client.importInBackground(big, {}, { thread: 'worker' }),
    ]);
    expect(results.map((result) => result.thread)).toEqual(['worker', 'worker']);
    expect(FakeWorker.instances).toHaveLength(1);
    vi.advanceTimersByTime(client.IDLE_MS - 1);
    expect(FakeWorker.instances[0]!.terminated).toBe(false);
    vi.advanceTimersByTime(2);
    expect(FakeWorker.instances[0]!.terminated).toBe(true);
    // The next call starts a new one.
    await client.importInBackground(small, {}, { thread: 'worker' });
    expect(FakeWorker.instances).toHaveLength(2);
  });

  for (const behaviour of ['throw', 'error-event'] as const) {
    it(`falls back to the main thread when the worker cannot start (${behaviour === 'throw' ? 'constructor throws' : 'error event'})`, async () => {
      FakeWorker.behaviour = behaviour;
      const { importInBackground } = await load();
      const result = await importInBackground(big);
      expect(result.thread).toBe('main-thread');
      expect(result.warnings).toHaveLength(1);
      expect(result.data.nodes).toHaveLength(3000);
      // And does not try again in this page.
      FakeWorker.behaviour = 'run';
      expect((await importInBackground(big)).thread).toBe('main-thread');
    });
  }

  it('rejects calls in flight when stopped', async () => {
    const { importInBackground, stopImportWorker } = await load();
    const pending = importInBackground(big);
    stopImportWorker();
    await expect(pending).rejects.toThrow('the import was stopped');
  });
});
