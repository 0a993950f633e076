import { describe, expect, it } from 'vitest';
import { TEST_MACHINE } from './test-machine';
import { judgeViewport, panZoomResult, viewportMoved, VIEWPORT_UNCHANGED } from './viewport';
import { summarize, type BenchResults } from './results';
import { panZoomCell, renderMarkdown } from './report-md';
import { renderSvg } from './report-svg';
import type { Measurement } from './measure';
import type { Viewport } from './protocol';

const at = (zoom: number, x: number, y: number): Viewport => ({ zoom, x, y });
const FRAMES = [16, 17, 16, 90, 17, 33];

describe('viewportMoved', () => {
  it('tells zoom from pan', () => {
    expect(viewportMoved(at(1, 0, 0), at(1, 0, 0))).toEqual({ zoomed: false, panned: false, moved: false });
    expect(viewportMoved(at(1, 0, 0), at(1, 30, -20))).toEqual({ zoomed: false, panned: true, moved: true });
    expect(viewportMoved(at(1, 0, 0), at(1.26, 0, 0))).toEqual({ zoomed: true, panned: false, moved: true });
  });

  it('ignores floating-point noise but not a small move in sigma-sized units', () => {
    expect(viewportMoved(at(0.5, 0.5, 0.5), at(0.5 + 1e-14, 0.5, 0.5 - 1e-14)).moved).toBe(false);
    expect(viewportMoved(at(1, 0.5, 0.5), at(1, 0.5047, 0.5)).panned).toBe(true);
  });

  it('counts an unreadable reading as no change', () => {
    expect(viewportMoved(at(1, 0, 0), at(Number.NaN, 5, 5)).moved).toBe(false);
  });
});

describe('judgeViewport and panZoomResult', () => {
  it('reports frame times when the drag panned and the wheel zoomed', () => {
    const result = panZoomResult(FRAMES, { before: at(1, 0, 0), afterDrag: at(1, 60, 40), wheel: [at(1.6, 10, 5), at(1, 60, 40)] });

    expect(result).toMatchObject({ panned: true, zoomed: true, invalid: null, p50: 17, p95: 90, max: 90, frames: 6 });
  });

  it('counts a zoom seen during the wheel even when the steps went back out to where they started', () => {
    expect(judgeViewport({ before: at(1, 0, 0), afterDrag: at(1, 60, 40), wheel: [at(1.6, 10, 5), at(1, 60, 40)] }).zoomed).toBe(true);
  });

  it('reports no frame time, and why, when the viewport did not change', () => {
    const still = at(1, 0, 0);
    const result = panZoomResult(FRAMES, { before: still, afterDrag: still, wheel: [still, still] });

    expect(result).toMatchObject({ panned: false, zoomed: false, p50: null, p95: null, max: null, frames: 6 });
    expect(result.invalid).toBe(`${VIEWPORT_UNCHANGED} (the drag did not pan, the wheel did not zoom)`);
  });

  it('is invalid when only the wheel did nothing (a page that pans but ignores the wheel)', () => {
    const result = panZoomResult(FRAMES, { before: at(1, 0, 0), afterDrag: at(1, 60, 40), wheel: [at(1, 60, 40)] });

    expect(result.invalid).toBe(`${VIEWPORT_UNCHANGED} (the wheel did not zoom)`);
    expect(result.p95).toBeNull();
  });

  it('is invalid when only the drag did nothing', () => {
    const result = panZoomResult(FRAMES, { before: at(1, 0, 0), afterDrag: at(1, 0, 0), wheel: [at(2, -100, -50)] });

    expect(result.invalid).toBe(`${VIEWPORT_UNCHANGED} (the drag did not pan)`);
  });
});

function run(valid: boolean): Measurement {
  const still = at(1, 0, 0);
  const readings = valid
    ? { before: still, afterDrag: at(1, 60, 40), wheel: [at(1.6, 10, 5)] }
    : { before: still, afterDrag: still, wheel: [still] };
  return {
    contender: 'cytoscape-grid',
    dataset: 'n100',
    scriptStartMs: 10,
    firstFrameMs: 900,
    settledMs: 900,
    settleSource: 'layoutstop',
    interactive: null,
    longestBlock: null,
    longestFrames: [],
    heapBytes: 4_000_000,
    panZoom: panZoomResult(FRAMES, readings),
    highlight: { ms: 40, pathNodes: 5 },
    info: {},
    errors: [],
    stuck: false,
    wallMs: 5000,
  };
}

function resultsWith(runs: Measurement[]): BenchResults {
  const dataset = { id: 'n100', label: '100', nodes: 100, edges: 197, pathFrom: 'a', pathTo: 'b', pathHops: 4 };
  return {
    machine: TEST_MACHINE,
    options: {
      sizes: [100],
      seed: false,
      runs: runs.length,
      contenders: ['cytoscape-grid'],
      capMs: 15_000,
      panZoomMs: 1000,
      widgetSettleEvent: true,
      importSizes: [],
    },
    timeOrigin: 'navigation start',
    datasets: [dataset],
    bundles: {},
    summary: [summarize('cytoscape-grid', 'n100', runs, undefined)],
    measurements: runs,
    importDatasets: [],
    importSummary: [],
    imports: [],
    notes: [],
    runtimeMs: 1000,
  };
}

describe('the reports', () => {
  it('summarize keeps the valid runs only and counts the invalid ones', () => {
    const row = summarize('cytoscape-grid', 'n100', [run(true), run(false), run(true)], undefined);

    expect(row).toMatchObject({ panZoomP95Ms: 90, panZoomInvalid: 1 });
    expect(panZoomCell(row)).toBe('17 ms / 90 ms (1/3 invalid: viewport did not move)');
  });

  it('prints an invalid pan/zoom as invalid in the Markdown and as a dashed box, not a bar, in the SVG', () => {
    const results = resultsWith([run(false)]);
    const row = results.summary[0]!;

    expect(row.panZoomP95Ms).toBeNull();
    const markdown = renderMarkdown(results);
    expect(markdown).toContain(`| **invalid**: ${VIEWPORT_UNCHANGED} (the drag did not pan, the wheel did not zoom) |`);
    expect(markdown).not.toMatch(/\| 17 ms \/ 90 ms \|/);
    const svg = renderSvg(results);
    expect(svg).toMatch(
      /<rect [^>]*fill="none"[^>]*stroke-dasharray="3 3"><title>Cytoscape \+ grid \(baseline\), 100: invalid, viewport did not change/,
    );
    expect(svg).toContain('>invalid</text>');
    expect(svg).not.toContain('100: 90 ms</title>');
  });

  it('draws a valid pan/zoom p95 as a bar', () => {
    const svg = renderSvg(resultsWith([run(true)]));

    expect(svg).toContain('Cytoscape + grid (baseline), 100: 90 ms</title>');
    expect(svg).not.toContain('>invalid</text>');
  });
});
