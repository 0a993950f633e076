/**
 * The import page: fetches the files named in `?files=` (comma-separated URLs), then times
 * `importInBackground` on them as the element calls it (worker for big inputs, main thread for
 * small ones), watching the main thread for long frames meanwhile; then times what the element
 * does next on the main thread: building the graph from the worker's validated plan (or loading
 * the data read on the main thread). The
 * answer goes on `window.__benchImport`. Fetching is not timed: a user's file is already in memory.
 */
import { graphFromPlan, loadDataset } from '../../src/graph/load';
import { importInBackground } from '../../src/io/import-client';
import type { ImportPageResult, LongestBlock } from '../protocol';

const files = (new URLSearchParams(location.search).get('files') ?? '').split(',').filter(Boolean);

const afterFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))));

/** Watches long frames from now on; `stop` gives the longest, once the last frame's entry came in. */
function watchBlocks(): { stop(): Promise<{ ms: number; source: LongestBlock['source'] }> } {
  const supported = PerformanceObserver.supportedEntryTypes;
  const source = supported.includes('long-animation-frame') ? 'long-animation-frame' : supported.includes('longtask') ? 'longtask' : 'none';
  const start = performance.now();
  let longest = 0;
  const take = (entries: PerformanceEntryList) => {
    for (const entry of entries) if (entry.startTime >= start) longest = Math.max(longest, entry.duration);
  };
  const observer = source === 'none' ? undefined : new PerformanceObserver((list) => take(list.getEntries()));
  observer?.observe({ type: source });
  return {
    async stop() {
      await afterFrames();
      if (observer) take(observer.takeRecords());
      observer?.disconnect();
      return { ms: longest, source };
    },
  };
}

async function run(): Promise<ImportPageResult> {
  const inputs = await Promise.all(
    files.map(async (url) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return { name: url.split('/').pop(), text: await response.text() };
    }),
  );
  // The fetch's own work ends before the timing starts.
  await afterFrames();
  const blocks = watchBlocks();
  const start = performance.now();
  const result = await importInBackground(inputs);
  const importMs = performance.now() - start;
  const block = await blocks.stop();
  const loadStart = performance.now();
  // As the element does: from the worker's validated plan, else validating here.
  const graph = result.plan ? graphFromPlan(result.plan) : loadDataset(result.data);
  const loadMs = performance.now() - loadStart;
  return {
    importMs,
    longestBlockMs: block.ms,
    blockSource: block.source,
    thread: result.thread,
    format: result.format,
    chars: inputs.reduce((sum, input) => sum + input.text.length, 0),
    loadMs,
    nodes: graph.order,
    edges: graph.size,
  };
}

window.__benchImport = run().catch((error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }));
