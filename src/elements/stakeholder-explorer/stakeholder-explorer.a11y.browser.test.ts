/**
 * axe-core on the whole `<stakeholder-explorer>` (toolbar, legend, canvas, details, table) in
 * both themes, empty and with a selection and a filter: no serious or critical violation.
 */
import { afterEach, describe, expect, it } from 'vitest';
import axe from 'axe-core';
import './stakeholder-explorer';
import type { StakeholderExplorer } from './stakeholder-explorer.component';
import type { Theme } from '../stakeholder-graph/stakeholder-graph.component';
import { mountExplorer as mountShared, settleExplorer as settle } from '../../test-support/explorer';

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const element of mounted.splice(0)) element.remove();
  document.body.style.background = '';
});

function mountExplorer(theme: Theme): Promise<StakeholderExplorer> {
  return mountShared(mounted, { setup: (explorer) => explorer.setAttribute('theme', theme) });
}

/**
 * Serious and critical violations as "rule-id: target, target" lines. axe walks the open shadow
 * roots below the host; the buttons exist only there, so a passing `button-name` proves it did.
 */
async function seriousViolations(explorer: StakeholderExplorer): Promise<string[]> {
  const results = await axe.run(explorer);
  expect(results.passes.find((rule) => rule.id === 'button-name')?.nodes.length).toBeGreaterThan(10);
  // axe leaves some ARIA checks "for review" (e.g. aria-label on an element with no role): count those too.
  const ariaForReview = results.incomplete.filter((result) => result.id.startsWith('aria-'));
  return [...results.violations, ...ariaForReview]
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
}

describe.each(['light', 'dark'] as const)('axe on the explorer, %s theme', (theme) => {
  it('finds no serious violation once loaded', async () => {
    const explorer = await mountExplorer(theme);
    const violations = await seriousViolations(explorer);
    expect(violations, violations.join('\n')).toEqual([]);
  });

  it('finds no serious violation with an actor selected, the details filled and a filter on', async () => {
    const explorer = await mountExplorer(theme);
    const graph = explorer.graphElement!;
    graph.select('DPRK');
    graph.toggleFilter('statuses', 'potential');
    await settle(explorer);
    // The state under test really is on screen.
    expect(explorer.shadowRoot!.querySelector('sg-details')!.shadowRoot!.querySelector('#heading')?.textContent).toBe('North Korea');
    expect(graph.shadowRoot!.querySelector('button.reset')).not.toBeNull();

    const violations = await seriousViolations(explorer);
    expect(violations, violations.join('\n')).toEqual([]);
  });

  it('finds no serious violation with a relationship selected and its evidence shown', async () => {
    const explorer = await mountExplorer(theme);
    explorer.graphElement!.select('DPRK-supplies-Russia-munitions');
    await settle(explorer);
    const violations = await seriousViolations(explorer);
    expect(violations, violations.join('\n')).toEqual([]);
  });
});

it('names the canvas after the dataset when the explorer has no label', async () => {
  const explorer = await mountExplorer('light');
  const canvas = explorer.graphElement!.shadowRoot!.querySelector('[part=canvas]')!;
  expect(canvas.getAttribute('aria-label')).toBe("North Korean troops and Russia's war in Ukraine (October 2024)");
});
