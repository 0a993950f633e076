/**
 * Issue 14's rows: the widget pages' interactive check (first frame of what the element drew,
 * then select of a seeded actor) summarized per contender and dataset, and the "Overview (issue
 * 14)" table in `latest.md`, with the overview and `group-by none` as separate rows there and in
 * the chart.
 */
import { describe, expect, it } from 'vitest';
import { TEST_MACHINE } from './test-machine';
import type { Measurement } from './measure';
import { CONTENDER_IDS, selectKey, type ContenderId, type InteractiveResult } from './protocol';
import { CONTENDERS } from './contenders';
import { summarize, type BenchResults } from './results';
import { interactiveCell, name, renderMarkdown, selectCell } from './report-md';
import { renderSvg } from './report-svg';

const DATASET = { id: 'n100000', label: '100,000', nodes: 100_000, edges: 199_997, pathFrom: 'n99999', pathTo: 'n3', pathHops: 4 };

function check(overrides: Partial<InteractiveResult> = {}): InteractiveResult {
  return {
    interactiveMs: 4200,
    frameMs: 4200,
    drawn: 'overview',
    nodesDrawn: 37,
    groups: 37,
    sgLoadMs: 3500,
    dataAssignedMs: 800,
    selectKey: 'n4242',
    selectHidden: true,
    selectMs: 180,
    longestBlockMs: 2700,
    error: null,
    ...overrides,
  };
}

function run(contender: ContenderId, firstFrameMs: number | null, interactive: InteractiveResult | null): Measurement {
  return {
    contender,
    dataset: DATASET.id,
    scriptStartMs: 10,
    firstFrameMs,
    settledMs: firstFrameMs,
    settleSource: 'sg-layout-settled',
    interactive,
    longestBlock: { ms: 2900, blockingMs: 2850, source: 'long-animation-frame', count: 3 },
    longestFrames: [],
    heapBytes: 150 * 2 ** 20,
    panZoom: null,
    highlight: null,
    info: {},
    errors: interactive?.error ? [interactive.error] : [],
    stuck: false,
    wallMs: 9000,
  };
}

function results(contenders: ContenderId[], runs: Measurement[]): BenchResults {
  return {
    machine: TEST_MACHINE,
    options: {
      sizes: [100_000],
      seed: false,
      runs: 3,
      contenders,
      capMs: 60_000,
      panZoomMs: 2000,
      widgetSettleEvent: true,
      importSizes: [],
    },
    timeOrigin: 'navigation start',
    datasets: [DATASET],
    bundles: {},
    summary: contenders.map((id) =>
      summarize(
        id,
        DATASET.id,
        runs.filter((m) => m.contender === id),
        undefined,
      ),
    ),
    measurements: runs,
    importDatasets: [],
    importSummary: [],
    imports: [],
    notes: [],
    runtimeMs: 1000,
  };
}

const OVERVIEW_RUNS = [
  run('widget', 4200, check()),
  run('widget', 4000, check({ interactiveMs: 4000, frameMs: 4000, selectMs: 150, sgLoadMs: 3300 })),
  run('widget', 4500, check({ interactiveMs: 4500, frameMs: 4500, selectMs: 240, sgLoadMs: 3700 })),
];
const FLAT_RUNS = [
  run(
    'widget-flat',
    52_000,
    check({ interactiveMs: 52_000, frameMs: 52_000, drawn: 'flat', nodesDrawn: 100_000, groups: 0, selectHidden: false, selectMs: 900 }),
  ),
];
const SIGMA_RUNS = [run('sigma-v3', 3100, null), run('sigma-v3', 2900, null), run('sigma-v3', 3000, null)];

describe('the interactive check in the summary', () => {
  it('takes the widget pages from their check, the others from their first frame', () => {
    const all = results(['widget', 'widget-flat', 'sigma-v3'], [...OVERVIEW_RUNS, ...FLAT_RUNS, ...SIGMA_RUNS]);
    const [overview, flat, sigma] = all.summary;

    expect(overview).toMatchObject({
      interactiveMs: 4200,
      interactiveDnf: 0,
      drawn: 'overview',
      nodesDrawn: 37,
      groups: 37,
      selectMs: 180,
      selectHidden: 3,
      selectFailed: 0,
      loadMs: 2700,
    });
    expect(flat).toMatchObject({ interactiveMs: 52_000, drawn: 'flat', selectHidden: 0, selectMs: 900 });
    expect(sigma).toMatchObject({ interactiveMs: 3000, drawn: null, selectMs: null, selectFailed: 0, loadMs: null });
  });

  it('counts a failed select, or a run that never got to it, as not interactive', () => {
    const failed = check({ interactiveMs: null, selectMs: null, error: 'select("n4242"): after 30 s selected but not drawn' });
    const row = summarize(
      'widget',
      DATASET.id,
      [run('widget', 4200, failed), run('widget', 4300, null), run('widget', 4000, check())],
      undefined,
    );

    expect(row).toMatchObject({ interactiveMs: null, interactiveDnf: 2, selectFailed: 2, selectMs: 180, firstFrameMs: 4200 });
    expect(interactiveCell(row, 60_000)).toBe('**not interactive**: drawn at 4.20 s, but the select failed');
    expect(selectCell(row)).toBe('180 ms (2/3 failed)');
  });

  it('picks the same actor for both widget pages, from the size alone', () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `n${i}`);

    expect(selectKey(keys)).toBe(selectKey([...keys]));
    expect(keys).toContain(selectKey(keys));
    expect(selectKey(keys.slice(0, 5000))).not.toBe(selectKey(keys));
  });
});

describe('the Overview (issue 14) table', () => {
  it('prints a row per dataset for the overview, group-by none and sigma, with interactive, select, block and heap', () => {
    const markdown = renderMarkdown(results(['widget', 'widget-flat', 'sigma-v3'], [...OVERVIEW_RUNS, ...FLAT_RUNS, ...SIGMA_RUNS]));

    expect(markdown).toContain('## Overview (issue 14)');
    expect(markdown).toContain('| actors / relationships | contender | interactive | select of a hidden actor | longest block | heap |');
    expect(markdown).toContain(
      '| 100,000 / 199,997 | `<stakeholder-graph>` overview | 4.20 s (overview, 37 nodes drawn) | 180 ms | 2.90 s | 150.0 MB |',
    );
    expect(markdown).toContain(
      '| 100,000 / 199,997 | `<stakeholder-graph>` group-by none | 52.0 s (flat, 100,000 nodes drawn) | 900 ms (not hidden: already drawn) | 2.90 s | 150.0 MB |',
    );
    expect(markdown).toContain('| 100,000 / 199,997 | sigma.js 3 + FA2 worker | 3.00 s | – | 2.90 s | 150.0 MB |');
    expect(markdown).toContain('`<stakeholder-graph>` overview at 100,000: 2.70 s');
    expect(markdown).toContain('--contenders widget,widget-flat,sigma-v3');
    // The per-dataset table keeps both widget rows too.
    expect(markdown).toMatch(/^\| `<stakeholder-graph>` overview \| 3 \| 4\.20 s \|/m);
    expect(markdown).toMatch(/^\| `<stakeholder-graph>` group-by none \| 1 \| 52\.0 s \|/m);
  });

  it('marks a frame past the cap as did not finish', () => {
    const late = [run('widget-flat', null, check({ interactiveMs: null, frameMs: 70_000, drawn: 'flat', selectHidden: false }))];
    const row = results(['widget-flat'], late).summary[0]!;

    expect(interactiveCell(row, 60_000)).toBe('**did not finish** (> 60.0 s)');
  });

  it('is left out when neither widget page ran', () => {
    expect(renderMarkdown(results(['sigma-v3'], SIGMA_RUNS))).not.toContain('Overview (issue 14)');
  });

  it('shows the two widget pages as separate bars in the chart', () => {
    const svg = renderSvg(results(['widget', 'widget-flat', 'sigma-v3'], [...OVERVIEW_RUNS, ...FLAT_RUNS, ...SIGMA_RUNS]));

    expect(svg).toContain('W = &lt;stakeholder-graph&gt; overview');
    expect(svg).toContain('N = &lt;stakeholder-graph&gt; group-by none');
    expect(svg).toContain('&lt;stakeholder-graph&gt; overview, 100,000: 4.20 s</title>');
    expect(svg).toContain('&lt;stakeholder-graph&gt; group-by none, 100,000: 52.0 s</title>');
  });
});

describe('contender ids and names', () => {
  it('has one entry per id, in the same order, with distinct codes', () => {
    expect(CONTENDERS.map((entry) => entry.id)).toEqual([...CONTENDER_IDS]);
    expect(new Set(CONTENDERS.map((entry) => entry.code)).size).toBe(CONTENDERS.length);
    expect(name('widget')).toBe('`<stakeholder-graph>` overview');
    expect(name('widget-flat')).toBe('`<stakeholder-graph>` group-by none');
    expect(name('sigma')).toBe('sigma.js 4 + FA2 worker');
  });
});
