/**
 * CI smoke of the benchmark: the real runner, every contender, on 100 nodes and the seed dataset,
 * one run with a short cap, into a temporary folder. It checks that the harness still measures
 * (finite first frame and heap everywhere), that the widget's viewport moved under the pan/zoom
 * input (so its frame time is a real one), that the import page read the 100-actor CSV pair and
 * GEXF whole (the GEXF in the built worker), that both widget pages passed their interactive check
 * (select of an actor), and that the three reports are written and parse;
 * it asserts nothing about speed.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, SMOKE } from './run';
import { CONTENDER_IDS } from './protocol';
import type { BenchResults } from './results';

/** Throws unless every tag of `xml` is closed in order (enough to catch a broken hand-written SVG). */
function checkWellFormed(xml: string): void {
  const open: string[] = [];
  for (const [, closing, name, selfClosing] of xml.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    if (selfClosing) continue;
    if (!closing) open.push(name!);
    else if (open.pop() !== name) throw new Error(`</${name}> closes nothing open`);
  }
  if (open.length > 0) throw new Error(`unclosed <${open.join('>, <')}>`);
}

describe('benchmark smoke', () => {
  it('measures every contender on 100 nodes and the seed dataset, and writes JSON, Markdown and SVG', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-bench-'));
    try {
      const results = await main({ ...SMOKE, outDir: join(dir, 'results'), distDir: join(dir, 'dist'), log: () => undefined });

      expect(results.datasets.map((dataset) => dataset.id)).toEqual(['seed', 'n100']);
      for (const id of CONTENDER_IDS) {
        for (const dataset of ['seed', 'n100']) {
          const row = results.summary.find((entry) => entry.contender === id && entry.dataset === dataset);
          expect(row, `${id} on ${dataset}`).toBeDefined();
          expect(
            Number.isFinite(row!.firstFrameMs),
            `${id} on ${dataset}: first frame ${row!.firstFrameMs} (${row!.errors.join('; ')})`,
          ).toBe(true);
          expect(Number.isFinite(row!.heapBytes), `${id} on ${dataset}: heap ${row!.heapBytes}`).toBe(true);
          expect(row!.bundleGzipBytes).toBeGreaterThan(10_000);
          // A pan/zoom figure is either a frame time or marked invalid with its reason, never both.
          expect(row!.panZoomP95Ms === null || row!.panZoomInvalid < row!.runs, `${id} on ${dataset}: pan/zoom`).toBe(true);
          if (row!.panZoomInvalid > 0) expect(row!.panZoomInvalidReason).toMatch(/^viewport did not change under the input/);
        }
      }
      // Both widget pages pass their interactive check (below the overview threshold: every actor
      // drawn, so the selected actor was not hidden), with the same seeded actor.
      for (const dataset of ['seed', 'n100']) {
        const checks = (['widget', 'widget-flat'] as const).map(
          (id) => results.measurements.find((m) => m.contender === id && m.dataset === dataset)?.interactive,
        );
        for (const check of checks) {
          expect(check, `interactive check on ${dataset}`).toBeTruthy();
          expect(check!.error).toBeNull();
          expect(check!.drawn).toBe('flat');
          expect(check!.interactiveMs).toBe(check!.frameMs);
          expect(Number.isFinite(check!.selectMs)).toBe(true);
          expect(check!.selectHidden).toBe(false);
        }
        expect(checks[0]!.selectKey).toBe(checks[1]!.selectKey);
      }
      for (const dataset of ['seed', 'n100']) {
        const panZoom = results.measurements.find((m) => m.contender === 'widget' && m.dataset === dataset)?.panZoom;
        expect(panZoom, `widget on ${dataset}: pan/zoom`).toBeTruthy();
        const { before, afterDrag, wheel } = panZoom!.viewport;
        expect({ panned: panZoom!.panned, zoomed: panZoom!.zoomed, invalid: panZoom!.invalid }, `widget on ${dataset}`).toEqual({
          panned: true,
          zoomed: true,
          invalid: null,
        });
        expect(afterDrag).not.toEqual(before);
        expect(wheel.some((reading) => reading.zoom !== afterDrag.zoom)).toBe(true);
        expect(Number.isFinite(panZoom!.p95)).toBe(true);
      }
      expect(results.importSummary.map((row) => `${row.dataset} ${row.format}`)).toEqual(['n100 csv', 'n100 gexf']);
      for (const row of results.importSummary) {
        expect(row.failed, `import ${row.format}: ${row.errors.join('; ')}`).toBe(0);
        expect(row.errors).toEqual([]);
        expect(Number.isFinite(row.importMs)).toBe(true);
        expect(Number.isFinite(row.longestBlockMs)).toBe(true);
      }
      expect(results.importSummary.map((row) => row.thread)).toEqual(['main-thread', 'worker']);
      const json = JSON.parse(readFileSync(join(dir, 'results', 'latest.json'), 'utf8')) as BenchResults;
      expect(json.summary).toHaveLength(CONTENDER_IDS.length * 2);
      expect(json.importSummary).toHaveLength(2);
      expect(json.machine.cores).toBeGreaterThan(0);
      const markdown = readFileSync(join(dir, 'results', 'latest.md'), 'utf8');
      expect(markdown).toMatch(/^# Stakeholder Graph benchmark/);
      expect(markdown.match(/^\| `<stakeholder-graph>` overview \| 1 \|/gm)).toHaveLength(2);
      expect(markdown.match(/^\| `<stakeholder-graph>` group-by none \| 1 \|/gm)).toHaveLength(2);
      expect(markdown).toContain('## Overview (issue 14)');
      expect(markdown).toMatch(
        /^\| 100 \/ 197 \| `<stakeholder-graph>` overview \| [\d.]+ m?s \(flat, 100 nodes drawn\) \| [\d.]+ m?s \(not hidden: already drawn\) \|/m,
      );
      expect(markdown).toMatch(/^\| GEXF 1\.3 \| 100 \| 197 \| .* \| 1 \| .* \| worker \|/m);
      const svg = readFileSync(join(dir, 'results', 'latest.svg'), 'utf8');
      expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(() => checkWellFormed(svg)).not.toThrow();
      // Three panels (first frame, settled, pan/zoom p95), one bar or box per contender and dataset.
      expect(svg.match(/<rect [^>]*><title>/g)?.length).toBe(CONTENDER_IDS.length * 2 * 3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
