/** `latest.md`: the machine, one table per dataset, and how each number was taken. */
import type { BenchResults, ImportSummaryRow, SummaryRow } from './results';
import { CONTENDERS, contender } from './contenders';

export function formatMs(ms: number | null): string {
  if (ms === null) return '–';
  if (ms >= 120_000) return `${(ms / 60_000).toFixed(1)} min`;
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 10) return `${Math.round(ms)} ms`;
  return `${ms.toFixed(1)} ms`;
}

export function formatBytes(bytes: number | null): string {
  if (bytes === null) return '–';
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.round(bytes / 1024)} KB`;
}

/** A contender's name for Markdown: an element name is code, not an HTML tag ("`<stakeholder-graph>` overview"). */
export function name(id: Parameters<typeof contender>[0]): string {
  return contender(id).label.replace(/^<[^>]+>/, (tag) => `\`${tag}\``);
}

function timed(row: SummaryRow, ms: number | null, dnf: number, capMs: number): string {
  if (ms === null) return `**did not finish** (> ${formatMs(capMs)})`;
  const note = dnf > 0 ? ` (${dnf}/${row.runs} DNF)` : '';
  return formatMs(ms) + note;
}

/** Pan/zoom p50 / p95, or why there is none: a run whose input did not move the viewport has no frame time. */
export function panZoomCell(row: SummaryRow): string {
  if (row.panZoomP50Ms === null) {
    if (row.panZoomInvalid > 0) return `**invalid**: ${row.panZoomInvalidReason ?? 'viewport did not change under the input'}`;
    return '–';
  }
  const times = `${formatMs(row.panZoomP50Ms)} / ${formatMs(row.panZoomP95Ms)}`;
  return row.panZoomInvalid > 0 ? `${times} (${row.panZoomInvalid}/${row.runs} invalid: viewport did not move)` : times;
}

function settled(row: SummaryRow, capMs: number): string {
  const text = timed(row, row.settledMs, row.settledDnf, capMs);
  return row.settleSource === 'first-frame' && row.settledMs !== null ? `${text}¹` : text;
}

export function renderMarkdown(results: BenchResults): string {
  const { machine, options } = results;
  const lines: string[] = [];
  lines.push('# Stakeholder Graph benchmark');
  lines.push('');
  lines.push(
    `Run ${machine.date.slice(0, 16).replace('T', ' ')} UTC on ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}; ${machine.chromium} headless; Node ${machine.node}. Load average ${machine.loadAverage.start.toFixed(1)} at the start, ${machine.loadAverage.end.toFixed(1)} at the end. Runtime ${formatMs(results.runtimeMs)}.`,
  );
  lines.push('');
  lines.push(`> ${machine.caveat}`);
  lines.push('');
  lines.push(
    `Median of ${options.runs} run${options.runs === 1 ? '' : 's'} per cell (fewer where noted), each in a fresh page; viewport 1280×800. Times count from navigation start. ` +
      `Layout cap ${formatMs(options.capMs)}: a first frame or a settled layout later than that is **did not finish** (a run that did not finish counts as slower than any that did). ` +
      'A contender whose first run hit the cap is not run again on that dataset.',
  );
  lines.push('');
  lines.push('Reproduce: `npm run bench` (all sizes, 3 runs, 35-45 min) or `npm run bench:smoke` (100 nodes and the seed dataset, 1 run).');
  for (const dataset of results.datasets) {
    lines.push('');
    const title =
      dataset.id === 'seed'
        ? `Seed dataset (\`graph-data/dprk-russia-2024.json\`): ${dataset.nodes} nodes`
        : `${dataset.nodes.toLocaleString('en')} nodes`;
    lines.push(`## ${title}, ${dataset.edges.toLocaleString('en')} edges`);
    lines.push('');
    lines.push(
      '| contender | runs | first interactive frame | layout settled | longest block | pan/zoom frame p50 / p95 | path highlight | JS heap after GC | JS gzip |',
    );
    lines.push('|---|---|---|---|---|---|---|---|---|');
    for (const row of results.summary.filter((entry) => entry.dataset === dataset.id)) {
      const panZoom = panZoomCell(row);
      const missedPath =
        row.highlightPathNodes !== null && row.highlightPathNodes !== dataset.pathHops + 1 ? ` (${row.highlightPathNodes} actors)` : '';
      lines.push(
        `| ${name(row.contender)} | ${row.runs} | ${timed(row, row.firstFrameMs, row.firstFrameDnf, options.capMs)} | ${settled(row, options.capMs)} | ${formatMs(row.longestBlockMs)} | ${panZoom} | ${formatMs(row.highlightMs)}${missedPath} | ${formatBytes(row.heapBytes)} | ${formatBytes(row.bundleGzipBytes)} |`,
      );
    }
  }
  lines.push('');
  const overview = overviewSection(results);
  if (overview.length > 0) lines.push(...overview, '');
  if (results.importSummary.length > 0) lines.push(...importSection(results.importSummary), '');
  if (results.summary.some((row) => row.settleSource === 'first-frame')) {
    lines.push('¹ The widget fires no layout-settled event in this build: its first frame is counted as settled.');
    lines.push('');
  }
  lines.push('## How each number is taken');
  lines.push('');
  lines.push(
    '- **First interactive frame**: the first frame after the contender drew every element at its first placement, measured as `performance.now()` in the next `requestAnimationFrame` callback (so the main thread was free to run a frame). `<stakeholder-graph>`: every element it drew, which above its `overview-threshold` is the grouped overview (one node per collapsed group), not every actor; its select check is in the overview table.',
  );
  lines.push(
    "- **Layout settled**: the contender's own end-of-layout signal (below); a layout that ended before the first frame counts as settled at the first frame.",
  );
  lines.push(
    '- **Longest block**: the longest Long Animation Frame (`PerformanceObserver`, type `long-animation-frame`, buffered; `longtask` where unsupported) from navigation until the layout settled or was stopped at the cap. Frames under 50 ms are not reported by the API: "–" means none.',
  );
  lines.push(
    `- **Pan/zoom frame time**: \`requestAnimationFrame\` deltas while Playwright drags the background from near the top-left corner for ${formatMs(options.panZoomMs / 2)}, then turns the mouse wheel in and out over the middle for ${formatMs(options.panZoomMs / 2)} (about 25 steps a second); p50 and p95 of the deltas. A 60 Hz page with nothing to do shows 16.7 ms, so the runner reads the contender's camera (zoom and pan) before the input, after the drag, and during and after the wheel: when the drag did not pan or the wheel did not zoom, the run reports **invalid** (viewport did not change under the input) instead of a frame time.`,
  );
  lines.push(
    '- **Path highlight**: from the call to the first frame after the renderer drew the highlighted path, between two actors 4 hops apart (ignoring direction; fewer on the seed dataset).',
  );
  lines.push(
    "- **JS heap after GC**: CDP `HeapProfiler.collectGarbage` twice, then `Runtime.getHeapUsage().usedSize` of the page's main thread, after the layout settled (or was stopped). Worker heaps are not included.",
  );
  lines.push(
    "- **JS gzip**: every JavaScript file the page can load (scripts, module preloads, their imports and workers), each gzipped with zlib's default level, summed. All pages are built together by Vite in production mode and include the same 3 KB harness.",
  );
  if (results.importSummary.length > 0) {
    lines.push(
      "- **Import**: the import page (`pages/import.ts`) in a fresh page per run fetches the files (not timed), then times `importInBackground` as the element calls it: in the import worker for inputs of 50,000 characters or more (`MAIN_THREAD_MAX_CHARS`), on the main thread below that; each run includes starting the worker and loading the importers. **Longest block** is the longest Long Animation Frame from the call to the result (the result's arrival included); **max** is the worst run's. **Then build** is what the element does next on the main thread, timed separately and not part of the import: building the graph from the plan the worker validated, or `loadDataset` (validation and building) for inputs read on the main thread.",
    );
  }
  if (options.contenders.length > 0) {
    lines.push('');
    lines.push('| contender | first frame is | settled is | path highlight does |');
    lines.push('|---|---|---|---|');
    for (const entry of CONTENDERS.filter((c) => options.contenders.includes(c.id))) {
      lines.push(`| ${name(entry.id)} | ${entry.firstFrame} | ${entry.settled} | ${entry.highlight} |`);
    }
  }
  if (results.notes.length > 0) {
    lines.push('');
    lines.push('## Notes from this run');
    lines.push('');
    for (const note of results.notes) lines.push(`- ${note}`);
  }
  const errors = results.summary.filter((row) => row.errors.length > 0);
  if (errors.length > 0) {
    lines.push('');
    lines.push('## Errors seen');
    lines.push('');
    for (const row of errors)
      lines.push(`- ${name(row.contender)}, ${row.dataset}: ${row.errors.slice(0, 5).join('; ').replace(/\|/g, '\\|')}`);
  }
  lines.push('');
  return lines.join('\n');
}

/** The interactive cell of the overview table: the time, and what the widget pages' first frame showed. */
export function interactiveCell(row: SummaryRow, capMs: number): string {
  const checked = contender(row.contender).overview?.selectCheck === true;
  if (row.interactiveMs === null && checked && row.firstFrameMs !== null && row.selectFailed > row.runs / 2) {
    return `**not interactive**: drawn at ${formatMs(row.firstFrameMs)}, but the select failed`;
  }
  const text = timed(row, row.interactiveMs, row.interactiveDnf, capMs);
  if (!checked || row.drawn === null || row.interactiveMs === null) return text;
  const nodes = row.nodesDrawn === null ? '' : `, ${row.nodesDrawn.toLocaleString('en')} nodes drawn`;
  return `${text} (${row.drawn}${nodes})`;
}

/** The select cell: the widget pages' select of a seeded random actor, and whether it was hidden in a group. */
export function selectCell(row: SummaryRow): string {
  if (contender(row.contender).overview?.selectCheck !== true) return '–';
  const failed = row.selectFailed > 0 ? ` (${row.selectFailed}/${row.runs} failed)` : '';
  if (row.selectMs === null) return row.selectFailed > 0 ? `**failed**${failed}` : '–';
  const checks = row.runs - row.selectFailed;
  const hidden =
    row.selectHidden === 0
      ? ' (not hidden: already drawn)'
      : row.selectHidden < checks
        ? ` (hidden in ${row.selectHidden}/${checks} runs)`
        : '';
  return `${formatMs(row.selectMs)}${hidden}${failed}`;
}

/** Issue 14's table: interactive, select of a hidden actor, longest block and heap, for the widget pages and sigma. */
function overviewSection(results: BenchResults): string[] {
  const { options } = results;
  const shown = CONTENDERS.filter((entry) => entry.overview && options.contenders.includes(entry.id));
  if (!shown.some((entry) => entry.overview?.selectCheck)) return [];
  const lines = ['## Overview (issue 14)', ''];
  lines.push('| actors / relationships | contender | interactive | select of a hidden actor | longest block | heap |');
  lines.push('|---|---|---|---|---|---|');
  const loads: string[] = [];
  for (const dataset of results.datasets) {
    const size = `${dataset.id === 'seed' ? 'seed: ' : ''}${dataset.nodes.toLocaleString('en')} / ${dataset.edges.toLocaleString('en')}`;
    for (const entry of shown) {
      const row = results.summary.find((r) => r.contender === entry.id && r.dataset === dataset.id);
      if (!row) continue;
      lines.push(
        `| ${size} | ${name(entry.id)} | ${interactiveCell(row, options.capMs)} | ${selectCell(row)} | ${formatMs(row.longestBlockMs)} | ${formatBytes(row.heapBytes)} |`,
      );
      if (row.loadMs !== null) loads.push(`${name(entry.id)} at ${dataset.label}: ${formatMs(row.loadMs)}`);
    }
  }
  lines.push('');
  lines.push(
    '**Interactive**: ms from navigation start. ' +
      shown.map((entry) => `${name(entry.id)}: ${entry.overview!.interactive}`).join('; ') +
      '. In parentheses, what that frame showed: `overview` (groups, each one Cytoscape node) or `flat` (every actor), and the Cytoscape nodes in it. ' +
      '**Select of a hidden actor**: from the `select(key)` call to the frame after the render that drew the actor selected; the actor is the same for both widget pages (seeded by the size), hidden when it had no Cytoscape node before the call. ' +
      '**Longest block** and **heap** are the columns of the tables above (navigation until the layout settled or was stopped; after GC).',
  );
  lines.push('');
  lines.push(
    'Reproduce the overview rows: `npx tsx bench/run.ts --sizes 5000,20000,100000 --contenders widget,widget-flat,sigma-v3 --runs 3 --out bench/results/overview`.',
  );
  if (loads.length > 0) {
    lines.push('');
    lines.push(
      `\`element.data = dataset\` to \`sg-load\` (validation, building the graph and the first draw, on the main thread; included in interactive): ${loads.join('; ')}.`,
    );
  }
  return lines;
}

/** The import table: CSV and GEXF per size, as the element reads a user's files. */
function importSection(rows: readonly ImportSummaryRow[]): string[] {
  const lines = ['## Import (CSV pair and GEXF)', ''];
  lines.push('| file | actors | relationships | size | runs | import | longest block (median / max) | read in | then build |');
  lines.push('|---|---|---|---|---|---|---|---|---|');
  for (const row of rows) {
    const failed = row.failed > 0 ? ` (${row.failed}/${row.runs} failed)` : '';
    const block = row.longestBlockMs === null ? '–' : `${blockCell(row.longestBlockMs)} / ${blockCell(row.longestBlockMaxMs)}`;
    lines.push(
      `| ${row.format === 'csv' ? 'CSV (actors + relationships)' : 'GEXF 1.3'} | ${row.actors.toLocaleString('en')} | ${row.relationships.toLocaleString('en')} | ${formatBytes(row.bytes)} | ${row.runs} | ${formatMs(row.importMs)}${failed} | ${block} | ${row.thread ?? '–'} | ${formatMs(row.loadMs)} |`,
    );
  }
  lines.push('');
  lines.push(
    '"–" in the block column: no frame over 50 ms (the API reports none shorter); "< 50 ms": a median between runs with none and runs with one.',
  );
  return lines;
}

function blockCell(ms: number | null): string {
  if (!ms) return '–';
  return ms < 50 ? '< 50 ms' : formatMs(ms);
}
