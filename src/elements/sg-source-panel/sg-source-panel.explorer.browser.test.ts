/**
 * Reading the evidence in `<stakeholder-explorer>`, driven as a person would: find North Korea,
 * open the munitions claim, open its cited lines, "Show source" to the Sources panel, and from a
 * cited line there to another claim. Also: a text fetched relative to the explorer's `src`, a
 * text that fails to load (the graph stays), `controls` without `sources`, and axe.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import seed from '../../../graph-data/dprk-russia-2024.json';
import article from '../../../graph-data/sources/dprk-troops-russia-article.txt?raw';
import { splitLines } from '../../graph/source-text';
import '../stakeholder-explorer/stakeholder-explorer';
import type { StakeholderExplorer } from '../stakeholder-explorer/stakeholder-explorer.component';
import { mountExplorer, settleExplorer, text } from '../../test-support/explorer';

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const element of mounted.splice(0)) element.remove();
});

const TITLE = 'North Korean troops head to Russia: what we know';
const articleLines = splitLines(article);

/** The seed with its article given as `text` or by `textUrl`. */
function seedWith(text: { text: string } | { textUrl: string }): object {
  return { ...seed, attributes: { ...seed.attributes, sources: [{ id: 'article', title: TITLE, published: '2024-10', ...text }] } };
}

const details = (explorer: StakeholderExplorer) => explorer.shadowRoot!.querySelector('sg-details')!;
const detailsRoot = (explorer: StakeholderExplorer) => details(explorer).shadowRoot!;
const sourcePanel = (explorer: StakeholderExplorer) => explorer.shadowRoot!.querySelector('sg-source-panel')!;
const panelRoot = (explorer: StakeholderExplorer) => sourcePanel(explorer).shadowRoot!;
const buttonIn = (root: ParentNode, label: string | RegExp) =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
    typeof label === 'string' ? text(b) === label : label.test(text(b)),
  )!;
const markedIn = (root: ParentNode, scope: string) =>
  [...root.querySelectorAll(`${scope} mark`)].map((mark) => Number(mark.closest<HTMLElement>('li')!.dataset.line));

async function settle(explorer: StakeholderExplorer): Promise<void> {
  await settleExplorer(explorer);
  await customElements.whenDefined('sg-source-panel');
  await sourcePanel(explorer)?.updateComplete;
}

/** Types `name` in the toolbar's search and picks the first hit. */
async function find(explorer: StakeholderExplorer, name: string): Promise<void> {
  const search = explorer.shadowRoot!.querySelector('sg-search')!;
  await userEvent.type(search.shadowRoot!.querySelector<HTMLInputElement>('input[role=combobox]')!, name);
  await settle(explorer);
  await userEvent.keyboard('{ArrowDown}{Enter}');
  await settle(explorer);
}

/** Finds North Korea by "Pyongyang", then opens its munitions claim from the details. */
async function openMunitions(explorer: StakeholderExplorer): Promise<void> {
  await find(explorer, 'Pyongyang');
  await userEvent.click(buttonIn(detailsRoot(explorer), 'Details: North Korea supplies Russia, munitions'));
  await settle(explorer);
  expect(explorer.graphElement!.selected).toBe('DPRK-supplies-Russia-munitions');
}

describe('reading the evidence in the explorer', () => {
  it('opens the cited lines of a claim, shows the source there, and goes from a cited line to another claim', async () => {
    const explorer = await mountExplorer(mounted, { data: seedWith({ text: article }) });
    await settle(explorer);
    const section = explorer.shadowRoot!.querySelector('section[part=sources]')!;
    expect(section.getAttribute('aria-label')).toBe('Sources');
    expect(text(panelRoot(explorer).querySelector('h2'))).toBe('Sources');

    await openMunitions(explorer);
    const toggle = buttonIn(detailsRoot(explorer), '▸ Show lines 3, 8');
    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(text(detailsRoot(explorer).querySelector('.excerpt li[data-line="8"] .t'))).toBe(articleLines[7]);
    expect(markedIn(detailsRoot(explorer), '.excerpt')).toEqual([3, 8]);

    await userEvent.click(buttonIn(detailsRoot(explorer), /^Show source/));
    await settle(explorer);
    await expect.poll(() => (panelRoot(explorer).activeElement as HTMLElement | null)?.dataset.line).toBe('3');
    const targets = [...panelRoot(explorer).querySelectorAll<HTMLElement>('.text li.target')].map((li) => Number(li.dataset.line));
    expect(targets).toEqual([3, 8]);
    const box = section.getBoundingClientRect();
    expect(box.top < innerHeight && box.bottom > 0).toBe(true);

    const line5 = panelRoot(explorer).querySelector('.text li[data-line="5"]')!;
    await userEvent.click(line5.querySelector<HTMLButtonElement>('button.claims-toggle')!);
    await userEvent.click(buttonIn(line5, /^United States condemns North Korea/));
    await settle(explorer);
    expect(explorer.graphElement!.selected).toBe('US-condemns-DPRK');
    expect(text(detailsRoot(explorer).querySelector('#heading'))).toBe('United States condemns North Korea');
  });

  it('fetches a text relative to the dataset’s src', async () => {
    const explorer = await mountExplorer(mounted, {
      setup: (e) => {
        e.data = undefined;
        e.src = '/src/elements/sg-source-panel/relative-text.fixture.json';
      },
    });
    await find(explorer, 'North Korea');
    await userEvent.click(buttonIn(detailsRoot(explorer), 'Details: North Korea supplies Russia'));
    await settle(explorer);
    await userEvent.click(buttonIn(detailsRoot(explorer), '▸ Show lines 3, 8'));
    await expect.poll(() => markedIn(detailsRoot(explorer), '.excerpt')).toEqual([3, 8]);
    expect(text(detailsRoot(explorer).querySelector('.excerpt li[data-line="8"] mark'))).toBe(articleLines[7]);
    // Relative to the dataset, not to the page.
    const dataset = new URL('/src/elements/sg-source-panel/relative-text.fixture.json', location.href).href;
    expect(details(explorer).sourceBase).toBe(dataset);
    expect(sourcePanel(explorer).sourceBase).toBe(dataset);
  });

  it('says beside the evidence when a text cannot be loaded, and the graph stays', async () => {
    const explorer = await mountExplorer(mounted, { data: seedWith({ textUrl: '/__faults/404' }) });
    const graph = explorer.graphElement!.graph!;
    await openMunitions(explorer);
    await userEvent.click(buttonIn(detailsRoot(explorer), '▸ Show lines 3, 8'));
    const item = detailsRoot(explorer).querySelector('.evidence.full > li')!;
    await expect.poll(() => text(item.querySelector('.text-error'))).toMatch(/^Could not load the text of “North Korean troops/);
    expect(text(item.querySelector('.text-error'))).toBe(
      `Could not load the text of “${TITLE}” from ${location.origin}/__faults/404: the server answered 404 Not Found: there is no file at this URL; check it`,
    );
    expect(explorer.graphElement!.graph).toBe(graph);
    expect(explorer.graphElement!.shadowRoot!.querySelector('[part=error]')).toBeNull();
    expect(explorer.graphElement!.selected).toBe('DPRK-supplies-Russia-munitions');
  });

  it('shows no Sources section and no "Show source" when controls leave sources out', async () => {
    const explorer = await mountExplorer(mounted, {
      data: seedWith({ text: article }),
      setup: (e) => (e.controls = 'search details table'),
    });
    await openMunitions(explorer);
    expect(explorer.shadowRoot!.querySelector('sg-source-panel, section[part=sources]')).toBeNull();
    expect(buttonIn(detailsRoot(explorer), '▸ Show lines 3, 8')).toBeDefined();
    expect(detailsRoot(explorer).querySelector('button.show-source')).toBeNull();
  });

  it('has no serious or critical axe violations in the Sources section and the details with lines open', async () => {
    const explorer = await mountExplorer(mounted, { data: seedWith({ text: article }) });
    await openMunitions(explorer);
    await userEvent.click(buttonIn(detailsRoot(explorer), '▸ Show lines 3, 8'));
    await userEvent.click(buttonIn(detailsRoot(explorer), /^Show source/));
    await settle(explorer);
    await userEvent.click(panelRoot(explorer).querySelector<HTMLButtonElement>('.text li[data-line="5"] button')!);
    for (const part of ['sources', 'details']) {
      const results = await axe.run(explorer.shadowRoot!.querySelector<HTMLElement>(`[part=${part}]`)!, { resultTypes: ['violations'] });
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
      expect(serious, part).toEqual([]);
    }
  });
});
