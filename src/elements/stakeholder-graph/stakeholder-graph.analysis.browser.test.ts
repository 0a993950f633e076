/**
 * Analysis on the element: `analyze()` splits the seed into its two camps, `color-by` colours,
 * rings and badges the actors by camp or community and lists the groups in the legend, `size-by`
 * sizes them by a centrality, and `sg-analysis` reports each change.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mountGraph, nextEvent, settleGraph } from '../../test-support/graph';
import { generateDataset } from '../../../bench/generate';
import { undoPageChanges } from '../../test-support/page';
import type { SgAnalysisDetail } from '../events';
import type { StakeholderGraph } from './stakeholder-graph.component';

afterEach(undoPageChanges);

const look = (element: StakeholderGraph, key: string) => {
  const node = element.cy!.getElementById(key);
  return {
    color: node.style('background-color') as string,
    label: node.style('label') as string,
    ring: node.style('border-style') as string,
  };
};

describe('analysis', () => {
  it('splits the seed exactly: North Korea and Russia against South Korea, the US, Ukraine and the UN', async () => {
    const element = await mountGraph();
    const reported = nextEvent<SgAnalysisDetail>(element, 'sg-analysis');
    const analysis = await element.analyze();
    const { camps } = analysis;
    expect(camps.balance).toBe(1);
    expect(camps.optimal).toBe(true);
    expect(camps.assignment.DPRK).toBe(camps.assignment.Russia);
    for (const key of ['ROK', 'US', 'Ukraine', 'UN']) expect(camps.assignment[key]).not.toBe(camps.assignment.DPRK);
    expect((await reported).detail.analysis).toBe(analysis);
  });

  it('colours, rings and badges the actors by camp, lists the camps in the legend, and goes back to kinds', async () => {
    const element = await mountGraph();
    const before = look(element, 'DPRK');
    const reported = nextEvent<SgAnalysisDetail>(element, 'sg-analysis');
    element.colorBy = 'camp';
    expect((await reported).detail.colorBy).toBe('camp');
    await settleGraph(element, 2);
    const [dprk, russia, rok, us] = ['DPRK', 'Russia', 'ROK', 'US'].map((key) => look(element, key));
    expect(dprk!.color).toBe(russia!.color);
    expect(rok!.color).toBe(us!.color);
    expect(dprk!.color).not.toBe(rok!.color);
    expect(dprk!.ring).not.toBe(rok!.ring);
    expect(dprk!.label).toMatch(/^North Korea \[[AB]\]$/);
    const groups = [...element.shadowRoot!.querySelectorAll('.legend .group')].map((li) => li.textContent.replace(/\s+/g, ' ').trim());
    expect(groups).toHaveLength(2);
    expect(groups.join(' | ')).toMatch(/Camp A/);
    expect(groups.join(' | ')).toMatch(/Camp B/);

    const back = nextEvent<SgAnalysisDetail>(element, 'sg-analysis');
    element.colorBy = 'kind';
    expect((await back).detail.colorBy).toBe('kind');
    await settleGraph(element, 2);
    expect(look(element, 'DPRK')).toEqual(before);
    expect(element.shadowRoot!.querySelector('.legend .group')).toBeNull();
  });

  it('sizes the actors by betweenness, the most between the biggest', async () => {
    const element = await mountGraph();
    const reported = nextEvent<SgAnalysisDetail>(element, 'sg-analysis');
    element.sizeBy = 'betweenness';
    const { analysis } = (await reported).detail;
    await settleGraph(element, 2);
    const scores = analysis!.centrality.betweenness;
    const top = Object.keys(scores).sort((a, b) => scores[b]! - scores[a]! || a.localeCompare(b))[0]!;
    const width = (key: string) => element.cy!.getElementById(key).width();
    const widths = element.cy!.nodes().map((node) => width(node.id()));
    expect(width(top)).toBe(Math.max(...widths));
    expect(new Set(widths).size).toBeGreaterThan(1);
  });

  it('colours by community from the color-by attribute', async () => {
    // The analysis may have reported before the graph is mounted: wait for its look instead.
    const element = await mountGraph({ setup: (e) => e.setAttribute('color-by', 'community') });
    await expect.poll(() => element.cy!.nodes('.sg-grouped').length).toBe(6);
    await settleGraph(element, 1);
    expect(element.shadowRoot!.querySelector('#legend-groups')!.textContent).toBe('Communities');
  });

  it('analyses a graph of 2,500 actors in its worker, with the heuristic camps', async () => {
    const element = await mountGraph({ data: generateDataset({ nodes: 2500, seed: 7 }) });
    // Counts the workers started, by name, through a subclass standing in for Worker.
    const started: string[] = [];
    const Original = globalThis.Worker;
    globalThis.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        started.push(options?.name ?? '');
      }
    };
    let analysis;
    try {
      analysis = await element.analyze({ signs: { supplies: 1, pact: 1, condemns: -1, targets: -1 } });
    } finally {
      globalThis.Worker = Original;
    }
    expect(started).toEqual(['stakeholder-graph-analysis']);
    expect(analysis.camps.optimal).toBe(false);
    expect(analysis.camps.k).toBe(2);
    expect(Object.keys(analysis.centrality.pagerank)).toHaveLength(2500);
    expect(analysis.communities.count).toBeGreaterThan(1);
  }, 60_000);
});
