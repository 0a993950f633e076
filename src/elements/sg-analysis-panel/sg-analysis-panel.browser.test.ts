/**
 * The analysis panel in the explorer, driven as a person would in real Chromium: run the
 * analysis and read the camps, colour the graph by camp from the menu, sort the centrality
 * table, pick a member or a tie against the split, work the menus with the keyboard alone; and
 * axe with the panel filled, in both themes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import seed from '../../../graph-data/dprk-russia-2024.json';
import type { StakeholderExplorer } from '../stakeholder-explorer/stakeholder-explorer.component';
import type { Theme } from '../stakeholder-graph/stakeholder-graph.component';
import { mountExplorer as mountShared, settleExplorer, text } from '../../test-support/explorer';
import type { SgAnalysisPanel } from './sg-analysis-panel.component';
import { bindHashState } from '../../app/hash-sync';

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const element of mounted.splice(0)) element.remove();
});

const SUMMARY = '2 camps, balance 100%; most central: North Korea';

async function mountExplorer(options: { theme?: Theme; data?: object } = {}): Promise<StakeholderExplorer> {
  const explorer = await mountShared(mounted, {
    data: options.data,
    setup: (element) => element.setAttribute('theme', options.theme ?? 'light'),
  });
  await settle(explorer);
  return explorer;
}

/** The explorer and its panels, the analysis panel too (it arrives in the lazy chunk). */
async function settle(explorer: StakeholderExplorer): Promise<void> {
  await customElements.whenDefined('sg-analysis-panel');
  await settleExplorer(explorer);
  await panel(explorer).updateComplete;
}

const panel = (explorer: StakeholderExplorer): SgAnalysisPanel => explorer.shadowRoot!.querySelector('sg-analysis-panel')!;
const root = (explorer: StakeholderExplorer) => panel(explorer).shadowRoot!;
const status = (explorer: StakeholderExplorer) => text(root(explorer).querySelector('[role=status]'));
const button = (explorer: StakeholderExplorer, label: string) =>
  [...root(explorer).querySelectorAll<HTMLButtonElement>('button')].find((element) => text(element) === label)!;
/** The `<select>` in the `<label>` whose text starts with `name`. */
const menu = (explorer: StakeholderExplorer, name: string) =>
  [...root(explorer).querySelectorAll('label')].find((label) => text(label).startsWith(name))!.querySelector('select')!;
const camps = (explorer: StakeholderExplorer) =>
  [...root(explorer).querySelectorAll('.camp')].map((camp) => [text(camp.querySelector('h4')), [...camp.querySelectorAll('li')].map(text)]);
const firstColumn = (explorer: StakeholderExplorer) => [...root(explorer).querySelectorAll('table.centrality tbody th')].map(text);
const sortButton = (explorer: StakeholderExplorer, key: string) =>
  root(explorer).querySelector<HTMLButtonElement>(`button[data-sort=${key}]`)!;

/** Presses Run analysis and waits for the result to be announced. */
async function runAnalysis(explorer: StakeholderExplorer, summary = SUMMARY): Promise<void> {
  await userEvent.click(button(explorer, 'Run analysis'));
  await expect.poll(() => status(explorer)).toBe(summary);
  await settle(explorer);
}

describe('the analysis panel in the explorer', () => {
  it('runs the analysis and shows the two camps, 100% balance, exact, and the rest as text', async () => {
    const explorer = await mountExplorer();
    expect(explorer.shadowRoot!.querySelector('section.analysis[part=analysis]')?.getAttribute('aria-label')).toBe('Analysis');
    expect(status(explorer)).toBe('');
    await runAnalysis(explorer);

    expect(camps(explorer)).toEqual([
      ['Camp A (2)', ['North Korea', 'Russia']],
      ['Camp B (4)', ['South Korea', 'United States', 'Ukraine', 'United Nations']],
    ]);
    const words = text(root(explorer).querySelector('.panel'));
    expect(words).toContain('100% of the weight of friendly and hostile ties agrees with this split');
    expect(words).toContain('Exact: no other split frustrates less weight');
    expect(words).toContain('None: every friendly tie is within a camp and every hostile tie between camps.');
    expect(text(root(explorer).querySelector('.communities'))).toMatch(/^2 communities, modularity 0\.04 /);
    expect([...root(explorer).querySelectorAll('.sensitivity li')].map(text)).toContain(
      'If only confirmed claims count, the camps stay the same.',
    );
    expect(root(explorer).querySelector('.run')).toBeNull();
    expect(
      explorer.shadowRoot!.querySelector('section.analysis')!.compareDocumentPosition(explorer.shadowRoot!.querySelector('section.paths')!),
    ).toBe(Node.DOCUMENT_POSITION_PRECEDING);
  });

  it('analyses again what the filter shows when the legend changes it', async () => {
    const explorer = await mountExplorer();
    await runAnalysis(explorer);
    expect(root(explorer).querySelector('.unaligned')).toBeNull();
    const graph = explorer.graphElement!;
    await userEvent.click(graph.shadowRoot!.querySelector<HTMLButtonElement>('button[data-facet=edgeTypes][data-key="condemns"]')!);
    // The UN only condemns: with condemnations hidden it has no tie that counts.
    await expect.poll(() => text(root(explorer).querySelector('.unaligned ul'))).toBe('United Nations');
    expect(camps(explorer)).toEqual([
      ['Camp A (2)', ['North Korea', 'Russia']],
      ['Camp B (3)', ['South Korea', 'United States', 'Ukraine']],
    ]);
  });

  it('colours the graph by camp from the Colour by menu, and keeps color-by in step on the explorer', async () => {
    const explorer = await mountExplorer();
    const graph = explorer.graphElement!;
    expect(graph.cy!.nodes('.sg-grouped')).toHaveLength(0);
    await userEvent.selectOptions(menu(explorer, 'Colour by'), 'camp');
    await expect.poll(() => graph.cy!.nodes('.sg-grouped').length).toBe(6);
    await settle(explorer);
    expect(graph.colorBy).toBe('camp');
    expect(explorer.getAttribute('color-by')).toBe('camp');
    // The graph's own analysis fills the panel: no need to press Run analysis.
    expect(status(explorer)).toBe(SUMMARY);

    await userEvent.selectOptions(menu(explorer, 'Colour by'), 'kind');
    await expect.poll(() => graph.cy!.nodes('.sg-grouped').length).toBe(0);
    await settle(explorer);
    expect(explorer.hasAttribute('color-by')).toBe(false);
    expect(menu(explorer, 'Colour by').value).toBe('kind');
    // The analysis stays on the panel.
    expect(status(explorer)).toBe(SUMMARY);
  });

  it('keeps the app’s URL hash in step with the menus, and a hash set by hand moves the menus', async () => {
    const explorer = await mountExplorer();
    const unbind = bindHashState(explorer.graphElement!, window);
    try {
      await userEvent.selectOptions(menu(explorer, 'Colour by'), 'community');
      await userEvent.selectOptions(menu(explorer, 'Size by'), 'pagerank');
      await expect.poll(() => location.hash).toBe('#color=community&size=pagerank');

      const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
      location.hash = '#color=camp';
      await changed;
      await expect.poll(() => [menu(explorer, 'Colour by').value, menu(explorer, 'Size by').value]).toEqual(['camp', 'none']);
      expect(explorer.graphElement!.cy!.getElementById('DPRK').style('label')).toBe('North Korea [A]');
    } finally {
      unbind();
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('sorts the centrality table by the buttons in its headers', async () => {
    const explorer = await mountExplorer();
    await runAnalysis(explorer);
    const sortedBy = () => [...root(explorer).querySelectorAll('th[aria-sort]')].map((th) => [text(th), th.getAttribute('aria-sort')]);
    expect(sortedBy()).toEqual([['PageRank ▼', 'descending']]);

    await userEvent.click(sortButton(explorer, 'betweenness'));
    expect(sortedBy()).toEqual([['Betweenness ▼', 'descending']]);
    expect(firstColumn(explorer)[0]).toBe('North Korea');
    expect(text(root(explorer).querySelector('caption'))).toBe('Centrality: all 6 actors, by betweenness, highest first');
    // Focus stays on the header button, so the sort can be turned again from the keyboard.
    expect(root(explorer).activeElement).toBe(sortButton(explorer, 'betweenness'));

    await userEvent.click(sortButton(explorer, 'betweenness'));
    expect(sortedBy()).toEqual([['Betweenness ▲', 'ascending']]);
    expect(firstColumn(explorer).at(-1)).toBe('North Korea');

    await userEvent.click(sortButton(explorer, 'actor'));
    expect(firstColumn(explorer)).toEqual(['North Korea', 'Russia', 'South Korea', 'Ukraine', 'United Nations', 'United States']);
    // Directed claims: degree says how many point in and out.
    expect(text(root(explorer).querySelector('tbody tr td'))).toBe('9 (6 in, 4 out)');
  });

  it('selects an actor from its camp', async () => {
    const explorer = await mountExplorer();
    await runAnalysis(explorer);
    await userEvent.click(root(explorer).querySelector<HTMLButtonElement>('.camp button[data-key=Russia]')!);
    await settle(explorer);
    expect(explorer.graphElement!.selected).toBe('Russia');
    expect(text(explorer.shadowRoot!.querySelector('sg-details')!.shadowRoot!.querySelector('#heading'))).toBe('Russia');
    expect(root(explorer).querySelector('.camp button[aria-current=true]')?.getAttribute('data-key')).toBe('Russia');
  });

  it('lists a tie against the split and selects it, so the details show its evidence', async () => {
    const frustrated = {
      key: 'US-supplies-Russia-grain',
      source: 'US',
      target: 'Russia',
      attributes: {
        type: 'supplies',
        label: 'grain',
        status: 'reported',
        evidence: [{ source: 'article', lines: [1, 2], summary: 'A made-up shipment.' }],
      },
    };
    const explorer = await mountExplorer({ data: { ...seed, edges: [...seed.edges, frustrated] } });
    await runAnalysis(explorer, '2 camps, balance 92%; most central: North Korea');
    const tie = root(explorer).querySelector<HTMLButtonElement>('button.tie')!;
    expect(text(tie)).toBe('United States supplies Russia: grain (reported)');
    await userEvent.click(tie);
    await settle(explorer);
    expect(explorer.graphElement!.selected).toBe('US-supplies-Russia-grain');
    const details = text(explorer.shadowRoot!.querySelector('sg-details')!.shadowRoot!.querySelector('[part=panel]'));
    expect(details).toContain('A made-up shipment.');
    expect(tie.getAttribute('aria-current')).toBe('true');
  });

  it('works from the keyboard alone: Tab to the menus, arrow keys change them', async () => {
    const explorer = await mountExplorer();
    const graph = explorer.graphElement!;
    // Start on the last control of the part before it, the path panel's "Up to" menu.
    explorer.shadowRoot!.querySelector('sg-path-panel')!.shadowRoot!.querySelector('select')!.focus();
    await userEvent.tab();
    expect(explorer.shadowRoot!.activeElement).toBe(panel(explorer));
    expect(root(explorer).activeElement).toBe(menu(explorer, 'Colour by'));
    expect(getComputedStyle(root(explorer).activeElement!).outlineStyle).toBe('solid');
    await userEvent.keyboard('{ArrowDown}');
    await expect.poll(() => graph.colorBy).toBe('camp');
    await expect.poll(() => status(explorer)).toBe(SUMMARY);

    await userEvent.tab();
    expect(root(explorer).activeElement).toBe(menu(explorer, 'Size by'));
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect.poll(() => graph.sizeBy).toBe('betweenness');
    await settle(explorer);
    expect(explorer.getAttribute('size-by')).toBe('betweenness');
    const width = (key: string) => graph.cy!.getElementById(key).width();
    expect(width('DPRK')).toBeGreaterThan(width('Russia'));
  });
});

describe.each(['light', 'dark'] as const)('axe on the filled analysis panel, %s theme', (theme) => {
  it('finds no serious or critical violation', async () => {
    const explorer = await mountExplorer({ theme });
    await runAnalysis(explorer);
    await userEvent.click(root(explorer).querySelector<HTMLButtonElement>('.camp button[data-key=DPRK]')!);
    await settle(explorer);
    expect(root(explorer).querySelector('table.centrality')).not.toBeNull();
    // axe walks the open shadow roots below the explorer; the panel's member and sort buttons are
    // among those that pass button-name, which proves it looked inside the panel.
    const results = await axe.run(explorer);
    const named = results.passes.find((rule) => rule.id === 'button-name')?.nodes.map((node) => JSON.stringify(node.target)) ?? [];
    expect(named.filter((target) => target.includes('sg-analysis-panel')).length).toBeGreaterThan(10);
    const ariaForReview = results.incomplete.filter((result) => result.id.startsWith('aria-'));
    const serious = [...results.violations, ...ariaForReview]
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
      );
    expect(serious, serious.join('\n')).toEqual([]);
  });
});
