import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { graphFromPlan } from './load';
import { buildGraphSliced } from './load-sliced';
import { validateDataset } from './validate';
import { resolveLimits } from './limits';
import { generateDataset } from '../../bench/generate';

describe('buildGraphSliced', () => {
  it('builds the same graph as graphFromPlan, in slices that let timers run between them', async () => {
    for (const data of [
      JSON.parse(readFileSync(new URL('../../graph-data/dprk-russia-2024.json', import.meta.url), 'utf8')),
      generateDataset({ nodes: 3000 }),
    ]) {
      const checked = validateDataset(data, resolveLimits());
      if (!checked.ok) throw new Error('invalid test data');
      let turns = 0;
      const ticker = setInterval(() => (turns += 1), 0);
      const sliced = await buildGraphSliced(checked.plan, 1);
      clearInterval(ticker);
      expect(sliced.export()).toEqual(graphFromPlan(checked.plan).export());
      if (sliced.order > 1000) expect(turns).toBeGreaterThan(0);
    }
  });

  it('rejects what the graph refuses, and builds an empty plan', async () => {
    const checked = validateDataset({ nodes: [{ key: 'a' }], edges: [] }, resolveLimits());
    if (!checked.ok) throw new Error('invalid test data');
    const plan = { ...checked.plan, nodes: [...checked.plan.nodes, ...checked.plan.nodes] };
    await expect(buildGraphSliced(plan)).rejects.toThrow(/already exist/);
    expect((await buildGraphSliced({ ...checked.plan, nodes: [] })).order).toBe(0);
  });
});
