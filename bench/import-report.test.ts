/**
 * The import row: medians over the runs that gave a result, the worst run's block, failed runs
 * counted, and the Markdown table with one row per size and format.
 */
import { describe, expect, it } from 'vitest';
import { TEST_MACHINE } from './test-machine';
import type { ImportDataset } from './import-data';
import type { ImportMeasurement } from './measure-import';
import type { ImportPageResult } from './protocol';
import { renderMarkdown } from './report-md';
import { summarizeImport, type BenchResults } from './results';

const dataset: ImportDataset = {
  id: 'n1000',
  actors: 1000,
  relationships: 1997,
  files: { csv: ['/data/import/n1000-actors.csv', '/data/import/n1000-relationships.csv'], gexf: ['/data/import/n1000.gexf'] },
  bytes: { csv: 150_000, gexf: 600_000 },
};

function run(importMs: number | null, longestBlockMs = 0): ImportMeasurement {
  const result: ImportPageResult | null =
    importMs === null
      ? null
      : {
          importMs,
          longestBlockMs,
          blockSource: 'long-animation-frame',
          thread: 'worker',
          format: 'gexf',
          chars: 600_000,
          loadMs: 80,
          nodes: 1000,
          edges: 1997,
        };
  return { dataset: 'n1000', format: 'gexf', result, errors: result ? [] : ['import: no answer within 120 s'], stuck: !result, wallMs: 1 };
}

describe('the import row', () => {
  it('takes medians over the runs that gave a result, and the worst block', () => {
    const row = summarizeImport(dataset, 'gexf', [run(300, 60), run(500, 120), run(400, 0), run(null)]);
    expect(row).toMatchObject({
      dataset: 'n1000',
      format: 'gexf',
      bytes: 600_000,
      runs: 4,
      failed: 1,
      importMs: 400,
      longestBlockMs: 60,
      longestBlockMaxMs: 120,
      loadMs: 80,
      thread: 'worker',
      errors: ['import: no answer within 120 s'],
    });
  });

  it('prints one table row per size and format', () => {
    const results = {
      machine: TEST_MACHINE,
      options: { runs: 3, capMs: 60_000, panZoomMs: 2000, contenders: [] },
      datasets: [],
      summary: [],
      importSummary: [summarizeImport(dataset, 'gexf', [run(1234, 0), run(1300, 0), run(1250, 0)])],
      notes: [],
      runtimeMs: 1000,
    } as unknown as BenchResults;
    const markdown = renderMarkdown(results);
    expect(markdown).toContain('## Import (CSV pair and GEXF)');
    expect(markdown).toContain('| GEXF 1.3 | 1,000 | 1,997 | 586 KB | 3 | 1.25 s | – / – | worker | 80 ms |');
    expect(markdown).toMatch(/- \*\*Import\*\*: the import page/);
  });
});
