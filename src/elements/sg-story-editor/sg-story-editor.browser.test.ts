/**
 * Writing a story in the explorer, as a person would: set the graph up (a claim picked in the
 * table, the legend's filter, a path from the path panel), type a title and a text, "Add step";
 * reorder and delete with the buttons and the keyboard, each change said in the live region;
 * "Save story" and "Save dataset with story" (the download is caught), and "Open story…" or the
 * saved dataset in a fresh explorer gives the same steps, each showing what was captured. Then
 * axe on the editor.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import seed from '../../../graph-data/dprk-russia-2024.json';
import '../stakeholder-explorer/stakeholder-explorer';
import type { StakeholderExplorer } from '../stakeholder-explorer/stakeholder-explorer.component';
import type { Story } from '../../story/story-types';
import { mountExplorer as mountShared, settleExplorer, text } from '../../test-support/explorer';
import type { SgStoryEditor } from './sg-story-editor.component';

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const element of mounted.splice(0)) element.remove();
});

/** The seed without its own story, to write one from nothing. */
const { story: seedStory, ...bareAttributes } = seed.attributes as typeof seed.attributes & { story: Story };
const BARE = { ...seed, attributes: bareAttributes };

async function mountExplorer(data: object = BARE): Promise<StakeholderExplorer> {
  const explorer = await mountShared(mounted, { data });
  await customElements.whenDefined('sg-story-editor');
  await editorOf(explorer).updateComplete;
  await explorer.graphElement!.storyReady();
  await settle(explorer);
  return explorer;
}

const editorOf = (explorer: StakeholderExplorer): SgStoryEditor => explorer.shadowRoot!.querySelector('sg-story-editor')!;
const root = (explorer: StakeholderExplorer) => editorOf(explorer).shadowRoot!;

async function settle(explorer: StakeholderExplorer): Promise<void> {
  await settleExplorer(explorer);
  await editorOf(explorer).updateComplete;
}

/** The editor's button whose accessible name is `name` (its label, else its text). */
function button(explorer: StakeholderExplorer, name: string): HTMLButtonElement {
  const found = [...root(explorer).querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? text(b)) === name);
  if (!found) throw new Error(`no button named "${name}"`);
  return found;
}

const status = (explorer: StakeholderExplorer) => text(root(explorer).querySelector('[role=status]'));
const stepNames = (explorer: StakeholderExplorer) => [...root(explorer).querySelectorAll('li.step .step-name')].map(text);
/** The element focused inside the editor's shadow root, if any. */
const focusedInEditor = (explorer: StakeholderExplorer) => root(explorer).activeElement as HTMLElement | null;

/** Waits until the live region says `message` (each change is said once it has been made). */
async function said(explorer: StakeholderExplorer, message: string | RegExp): Promise<void> {
  if (typeof message === 'string') await expect.poll(() => status(explorer)).toBe(message);
  else await expect.poll(() => status(explorer)).toMatch(message);
  await settle(explorer);
}

/** Types a title and a text and presses "Add step" (or, `by: 'enter'`, Enter in the title). */
async function addStep(explorer: StakeholderExplorer, title: string, body: string, by: 'button' | 'enter' = 'button'): Promise<void> {
  const titleInput = root(explorer).querySelector<HTMLInputElement>('.step-title')!;
  await userEvent.fill(root(explorer).querySelector<HTMLTextAreaElement>('.step-text')!, body);
  await userEvent.fill(titleInput, title);
  if (by === 'button') await userEvent.click(button(explorer, 'Add step'));
  else await userEvent.keyboard('{Enter}');
}

/** The next download started inside the editor: its name and bytes; the download itself is cancelled. */
function nextDownload(explorer: StakeholderExplorer): Promise<{ name: string; blob: Blob }> {
  return new Promise((resolve) => {
    const onClick = (event: Event) => {
      const link = event.target as HTMLAnchorElement;
      if (link.localName !== 'a' || !link.download) return;
      event.preventDefault();
      root(explorer).removeEventListener('click', onClick, true);
      void fetch(link.href).then(async (response) => resolve({ name: link.download, blob: await response.blob() }));
    };
    root(explorer).addEventListener('click', onClick, true);
  });
}

/** "Open story…" with `file`: the button opens the picker (caught), then the person picks the file. */
async function openStory(explorer: StakeholderExplorer, file: File): Promise<void> {
  const input = root(explorer).querySelector<HTMLInputElement>('input[type=file]')!;
  let pickerOpened = false;
  const onClick = (event: Event) => {
    pickerOpened = true;
    event.preventDefault();
  };
  input.addEventListener('click', onClick, { once: true });
  await userEvent.click(button(explorer, 'Open story…'));
  expect(pickerOpened).toBe(true);
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const legend = (explorer: StakeholderExplorer, facet: string, key: string) =>
  explorer.graphElement!.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-facet=${facet}][data-key="${key}"]`)!;
const tableClaim = (explorer: StakeholderExplorer, key: string) =>
  explorer
    .shadowRoot!.querySelector('sg-relationships')!
    .shadowRoot!.querySelector<HTMLButtonElement>(`tr[data-edge="${key}"] button.edge`)!;

/** Picks `name` in the path panel's From (0) or To (1) field. */
async function pickPathEnd(explorer: StakeholderExplorer, which: 0 | 1, name: string): Promise<void> {
  const search = explorer.shadowRoot!.querySelector('sg-path-panel')!.shadowRoot!.querySelectorAll('sg-search')[which]!;
  const input = search.shadowRoot!.querySelector<HTMLInputElement>('input')!;
  await userEvent.click(input);
  await userEvent.fill(input, name);
  await search.updateComplete;
  await userEvent.keyboard('{Enter}');
  await settle(explorer);
}

/** What a step should bring back: the graph's selection, path ends and filter when it was captured. */
function stateOf(explorer: StakeholderExplorer) {
  const graph = explorer.graphElement!;
  const { from, to, types, direction } = graph.pathQuery;
  return { selected: graph.selected, path: { from, to, types, direction }, filter: graph.filter };
}

describe('writing a story', () => {
  it('captures two views, saves the story, and opens it in a fresh explorer with the same steps and views', async () => {
    const explorer = await mountExplorer();
    const graph = explorer.graphElement!;
    expect(graph.story).toBeNull();
    expect(text(root(explorer).querySelector('p.muted'))).toMatch(/^No steps yet/);

    // The story's title, typed before any step.
    await userEvent.fill(root(explorer).querySelector<HTMLInputElement>('.story-title')!, 'Who backs whom');
    await userEvent.keyboard('{Tab}');
    await said(explorer, 'Story title: Who backs whom');

    // First view: a claim picked in the table, potential claims hidden in the legend.
    await userEvent.click(tableClaim(explorer, 'DPRK-supplies-Russia-munitions'));
    await userEvent.click(legend(explorer, 'statuses', 'potential'));
    await settle(explorer);
    const first = stateOf(explorer);
    expect(first.selected).toBe('DPRK-supplies-Russia-munitions');
    expect(first.filter.statuses).not.toContain('potential');
    await addStep(explorer, 'Shells first', 'North Korea ships shells.\n\n\nThe article states it as fact.');
    await said(explorer, 'Added step 1: Shells first');
    expect(stepNames(explorer)).toEqual(['Shells first']);

    // Second view: every status again, condemnations hidden, a path from Washington to Kyiv, an actor picked.
    await userEvent.click(legend(explorer, 'statuses', 'potential'));
    await userEvent.click(legend(explorer, 'edgeTypes', 'condemns'));
    await pickPathEnd(explorer, 0, 'Washington');
    await pickPathEnd(explorer, 1, 'Kyiv');
    await userEvent.click(
      explorer.shadowRoot!.querySelector('sg-relationships')!.shadowRoot!.querySelector<HTMLButtonElement>('button.node')!,
    );
    await settle(explorer);
    const second = stateOf(explorer);
    expect(second.path).toMatchObject({ from: 'US', to: 'Ukraine' });
    expect(second.filter.edgeTypes).not.toContain('condemns');
    await addStep(explorer, 'The US and Ukraine', 'How Washington bears on Kyiv.');
    await said(explorer, 'Added step 2: The US and Ukraine');
    expect(stepNames(explorer)).toEqual(['Shells first', 'The US and Ukraine']);

    // The graph tells it; the first step cites the claim it selects; the text keeps its paragraphs.
    const story = graph.story!;
    expect(story.title).toBe('Who backs whom');
    expect(story.steps.map((step) => step.id)).toEqual(['shells-first', 'the-us-and-ukraine']);
    expect(story.steps[0]).toMatchObject({
      text: 'North Korea ships shells.\n\nThe article states it as fact.',
      cite: ['DPRK-supplies-Russia-munitions'],
      view: { select: 'DPRK-supplies-Russia-munitions', filter: { statuses: first.filter.statuses } },
    });
    expect(story.steps[1]!.view).toMatchObject({ path: { from: 'US', to: 'Ukraine' }, filter: { edgeTypes: second.filter.edgeTypes } });

    // Save story: the story JSON, named after its title.
    const download = nextDownload(explorer);
    await userEvent.click(button(explorer, 'Save story'));
    const { name, blob } = await download;
    expect(name).toBe('who-backs-whom-story.json');
    await said(explorer, 'Saved the story as who-backs-whom-story.json');
    const saved = JSON.parse(await blob.text()) as Story;
    expect(saved).toEqual({ title: story.title, steps: story.steps });

    // A fresh explorer on the same dataset opens the file: the same steps.
    const fresh = await mountExplorer();
    await openStory(fresh, new File([await blob.text()], name, { type: 'application/json' }));
    await said(fresh, 'Opened the story Who backs whom from who-backs-whom-story.json: 2 steps');
    expect(stepNames(fresh)).toEqual(['Shells first', 'The US and Ukraine']);
    expect(fresh.graphElement!.story).toEqual(saved);
    expect(root(fresh).querySelector<HTMLInputElement>('.story-title')!.value).toBe('Who backs whom');

    // Showing each step brings back its selection, path and filter.
    for (const [index, expected] of [first, second].entries()) {
      const title = saved.steps[index]!.title;
      await userEvent.click(button(fresh, `Show step ${index + 1}: ${title}`));
      await expect.poll(() => fresh.graphElement!.storyStep?.index).toBe(index);
      await settle(fresh);
      expect(stateOf(fresh).selected).toBe(expected.selected);
      expect(stateOf(fresh).filter).toEqual(expected.filter);
      if (expected.path.from) expect(stateOf(fresh).path).toEqual(expected.path);
      else expect(fresh.graphElement!.pathFrom).toBeNull();
      // The editor marks the step shown; the explorer's step attribute follows.
      expect(root(fresh).querySelector('li[aria-current=step] .step-name')?.textContent).toBe(title);
      expect(fresh.getAttribute('step')).toBe(saved.steps[index]!.id);
    }
  });

  it('saves the dataset with the story inside, which loads again with the same steps', async () => {
    const explorer = await mountExplorer();
    await userEvent.click(tableClaim(explorer, 'DPRK-pact-Russia'));
    await settle(explorer);
    await addStep(explorer, 'The pact', 'A treaty of mutual defence.', 'enter');
    await said(explorer, 'Added step 1: The pact');

    const download = nextDownload(explorer);
    await userEvent.click(button(explorer, 'Save dataset with story'));
    const { name, blob } = await download;
    expect(name).toMatch(/^[a-z0-9-]+\.json$/);
    const dataset = JSON.parse(await blob.text()) as { attributes: { story: Story; title: string }; nodes: unknown[]; edges: unknown[] };
    expect(dataset.attributes.title).toBe(seed.attributes.title);
    expect(dataset.nodes).toHaveLength(seed.nodes.length);
    expect(dataset.edges).toHaveLength(seed.edges.length);
    expect(dataset.attributes.story).toEqual(explorer.graphElement!.story);

    const fresh = await mountExplorer(dataset);
    expect(stepNames(fresh)).toEqual(['The pact']);
    expect(fresh.graphElement!.story).toEqual(dataset.attributes.story);
  });

  it('keeps the part in view when it leaves actors out, and shows it again', async () => {
    const explorer = await mountExplorer();
    const graph = explorer.graphElement!;
    const cy = graph.cy!;
    const zoomIn = explorer.shadowRoot!.querySelector<HTMLButtonElement>('sg-toolbar button[aria-label="Zoom in"]')!;
    // Everything in view: the step fits what it brings forward, as a step without fit does.
    await addStep(explorer, 'Everything', '');
    await said(explorer, 'Added step 1: Everything');
    expect(graph.story!.steps[0]!.view).toEqual({});

    for (let i = 0; i < 6; i++) await userEvent.click(zoomIn);
    await settle(explorer);
    const extent = cy.extent();
    const inView = cy
      .nodes()
      .filter((node) => {
        const { x, y } = node.position();
        return x >= extent.x1 && x <= extent.x2 && y >= extent.y1 && y <= extent.y2;
      })
      .map((node) => node.id());
    expect(inView.length).toBeGreaterThan(0);
    expect(inView.length).toBeLessThan(cy.nodes().length);
    await addStep(explorer, 'Close up', '');
    await said(explorer, 'Added step 2: Close up');
    expect(graph.story!.steps[1]!.view.fit?.sort()).toEqual(inView.sort());

    // Looking elsewhere (as a drag would), then the step: its actors are in view again.
    const shown = () => {
      const now = cy.extent();
      return inView.every((key) => {
        const { x, y } = cy.getElementById(key).position();
        return x >= now.x1 && x <= now.x2 && y >= now.y1 && y <= now.y2;
      });
    };
    cy.panBy({ x: 5000, y: 5000 });
    expect(shown()).toBe(false);
    await userEvent.click(button(explorer, 'Show step 2: Close up'));
    await expect.poll(() => graph.storyStep?.id).toBe('close-up');
    await expect.poll(shown, { timeout: 3000 }).toBe(true);
  });

  it('reorders and deletes steps with buttons and keys, saying each change and keeping the keyboard on the step', async () => {
    const explorer = await mountExplorer(seed);
    const ids = () => explorer.graphElement!.story!.steps.map((step) => step.id);
    const titles = seedStory.steps.map((step) => step.title);
    expect(stepNames(explorer)).toEqual(titles);
    expect(button(explorer, `Move up step 1: ${titles[0]}`).disabled).toBe(true);
    expect(button(explorer, `Move down step ${titles.length}: ${titles.at(-1)}`).disabled).toBe(true);

    await userEvent.click(button(explorer, `Move down step 1: ${titles[0]}`));
    await said(explorer, `Moved ${titles[0]} to 2`);
    expect(ids().slice(0, 3)).toEqual(['troops', 'munitions', 'pact']);
    expect(focusedInEditor(explorer)?.getAttribute('aria-label')).toBe(`Move down step 2: ${titles[0]}`);

    // The keyboard stays on the moved step: Enter moves it again.
    await userEvent.keyboard('{Enter}');
    await said(explorer, `Moved ${titles[0]} to 3`);
    expect(ids().slice(0, 3)).toEqual(['troops', 'pact', 'munitions']);

    // Up to the top: at the first place Move up is disabled, and the keyboard goes to Move down.
    await userEvent.click(button(explorer, `Move up step 3: ${titles[0]}`));
    await said(explorer, `Moved ${titles[0]} to 2`);
    await userEvent.keyboard('{Enter}');
    await said(explorer, `Moved ${titles[0]} to 1`);
    expect(ids()[0]).toBe('munitions');
    expect(focusedInEditor(explorer)?.getAttribute('aria-label')).toBe(`Move down step 1: ${titles[0]}`);

    await userEvent.click(button(explorer, `Delete step 2: ${titles[1]}`));
    await said(explorer, `Deleted step 2: ${titles[1]}`);
    expect(ids()).toEqual(['munitions', 'pact', 'payback', 'reactions', 'front']);
    expect(stepNames(explorer)).toEqual(titles.filter((_title, index) => index !== 1));
    // The keyboard goes to the step that took its place.
    expect(focusedInEditor(explorer)?.getAttribute('aria-label')).toBe(`Delete step 2: ${titles[2]}`);
  });

  it('gives a step the view the graph shows now, with "Use this view"', async () => {
    const explorer = await mountExplorer(seed);
    const graph = explorer.graphElement!;
    const titles = seedStory.steps.map((step) => step.title);
    await userEvent.click(button(explorer, `Show step 5: ${titles[4]}`));
    await expect.poll(() => graph.storyStep?.id).toBe('reactions');
    // The author tweaks the step shown: another filter, a claim selected.
    graph.edgeTypes = 'condemns,targets';
    graph.select('US-targets-DPRK');
    await settle(explorer);
    await userEvent.click(button(explorer, `Use this view for step 5: ${titles[4]}`));
    await said(explorer, `Step 5: ${titles[4]} now shows this view`);
    const step = graph.story!.steps[4]!;
    expect(step.view.select).toBe('US-targets-DPRK');
    expect(step.view.filter).toEqual({ edgeTypes: ['condemns', 'targets'] });
    expect(step.cite).toContain('US-targets-DPRK');
    expect(step.title).toBe(titles[4]);
    // Shown again later, it is the new view.
    graph.exitStory();
    await settle(explorer);
    await userEvent.click(button(explorer, `Show step 5: ${titles[4]}`));
    await expect.poll(() => graph.selected).toBe('US-targets-DPRK');
    expect(graph.filter.edgeTypes).toEqual(['condemns', 'targets']);
  });

  it('asks for a title, refuses a story file that does not fit the graph, and deletes the last step', async () => {
    const explorer = await mountExplorer();
    const graph = explorer.graphElement!;
    await userEvent.click(button(explorer, 'Add step'));
    await said(explorer, 'Give the step a title first.');
    expect(focusedInEditor(explorer)).toBe(root(explorer).querySelector('.step-title'));

    const bad = { title: 'Typos', steps: [{ id: 'one', title: 'One', text: '', view: { select: 'Rusia' } }] };
    await openStory(explorer, new File([JSON.stringify(bad)], 'typos.json'));
    await said(
      explorer,
      /^Could not open typos\.json: steps\[0\]\.view\.select: no actor or claim has the key "Rusia" \(did you mean "Russia"\?\)/,
    );
    expect(graph.story).toBeNull();
    await openStory(explorer, new File(['{"title": '], 'broken.json'));
    await said(explorer, 'Could not open broken.json: it is not JSON');

    await addStep(explorer, 'Only step', '');
    await said(explorer, 'Added step 1: Only step');
    expect(graph.story?.title).toBe('Story');
    await userEvent.click(button(explorer, 'Delete step 1: Only step'));
    await said(explorer, 'Deleted step 1: Only step. No story is left.');
    expect(graph.story).toBeNull();
    expect(stepNames(explorer)).toEqual([]);
    expect(focusedInEditor(explorer)).toBe(root(explorer).querySelector('.step-title'));
  });
});

describe('axe on the story editor', () => {
  it('finds no serious violation with steps listed and one shown', async () => {
    const explorer = await mountExplorer(seed);
    await userEvent.click(button(explorer, `Show step 2: ${seedStory.steps[1]!.title}`));
    await expect.poll(() => explorer.graphElement!.storyStep?.id).toBe('troops');
    await settle(explorer);
    expect(root(explorer).querySelector('li[aria-current=step]')).not.toBeNull();

    const results = await axe.run(editorOf(explorer));
    expect(results.passes.find((rule) => rule.id === 'button-name')?.nodes.length).toBeGreaterThan(20);
    const serious = [...results.violations, ...results.incomplete.filter((result) => result.id.startsWith('aria-'))]
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
    expect(serious, serious.join('\n')).toEqual([]);
  });
});
