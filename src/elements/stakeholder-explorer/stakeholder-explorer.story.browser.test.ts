/**
 * The story in the explorer app, on the seed and its six-step story: a link to `#step=pact` opens
 * the story at that step (its selection, filter and date, the editor marking it, the explorer's
 * `step` attribute); moving through the story rewrites the hash to the step alone; leaving it
 * writes the free state from before it again. And `step` on the explorer is bound both ways.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import seed from '../../../graph-data/dprk-russia-2024.json';
import './stakeholder-explorer';
import type { StakeholderExplorer } from './stakeholder-explorer.component';
import type { SgStepDetail } from '../events';
import { bindHashState } from '../../app/hash-sync';
import { mountExplorer, settleExplorer, text } from '../../test-support/explorer';

const mounted: HTMLElement[] = [];
const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
  for (const element of mounted.splice(0)) element.remove();
  history.replaceState(null, '', location.pathname + location.search);
});

const storyTitles = (seed.attributes as { story: { steps: Array<{ id: string; title: string }> } }).story.steps;

async function settle(explorer: StakeholderExplorer): Promise<void> {
  await settleExplorer(explorer);
  await customElements.whenDefined('sg-story-editor');
  await explorer.shadowRoot!.querySelector('sg-story-editor')!.updateComplete;
}

/** The app's own start-up (main.ts): bind the inner graph to the hash, then point the explorer at the seed. */
async function startApp(): Promise<StakeholderExplorer> {
  const explorer = document.createElement('stakeholder-explorer');
  explorer.style.width = '1240px';
  document.body.append(explorer);
  mounted.push(explorer);
  await explorer.updateComplete;
  const graph = explorer.graphElement!;
  cleanups.push(bindHashState(graph, window));
  const loaded = new Promise((resolve) => graph.addEventListener('sg-load', resolve, { once: true }));
  explorer.src = '/graph-data/dprk-russia-2024.json';
  await loaded;
  await settle(explorer);
  return explorer;
}

const editorRoot = (explorer: StakeholderExplorer) => explorer.shadowRoot!.querySelector('sg-story-editor')!.shadowRoot!;
const shownInEditor = (explorer: StakeholderExplorer) => text(editorRoot(explorer).querySelector('li[aria-current=step] .step-name'));

describe('the story step in the URL', () => {
  it('opens the story at #step=pact, moves the hash with the steps, and writes the free state again on leaving', async () => {
    history.replaceState(null, '', '#step=pact');
    const explorer = await startApp();
    const graph = explorer.graphElement!;
    await expect.poll(() => graph.storyStep).toEqual({ index: 2, id: 'pact' });
    await settle(explorer);

    // The step's view, as the seed's story says.
    expect(graph.selected).toBe('DPRK-pact-Russia');
    expect(graph.filter).toEqual({ edgeTypes: ['supplies', 'pact'], statuses: ['confirmed', 'reported'], nodeKinds: null });
    expect(graph.asOf).toBe('2024-06');
    expect(explorer.getAttribute('step')).toBe('pact');
    expect(shownInEditor(explorer)).toBe(storyTitles[2]!.title);
    // Restoring does not rewrite what was loaded.
    expect(location.hash).toBe('#step=pact');

    graph.next();
    await expect.poll(() => graph.storyStep?.id).toBe('payback');
    await settle(explorer);
    expect(location.hash).toBe('#step=payback');
    expect(explorer.getAttribute('step')).toBe('payback');

    // Escape on the step card leaves the story: the free state (all defaults here) comes back, and the hash with it.
    graph.shadowRoot!.querySelector<HTMLElement>('.story-card')!.focus();
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => graph.storyStep).toBeNull();
    await settle(explorer);
    expect(graph.selected).toBeNull();
    expect(graph.asOf).toBeNull();
    expect(location.hash).toBe('');
    expect(explorer.hasAttribute('step')).toBe(false);
    expect(editorRoot(explorer).querySelector('li[aria-current]')).toBeNull();
  });

  it('comes back to the view the reader had before the story, in the graph and in the hash', async () => {
    history.replaceState(null, '', '#node=ROK&statuses=confirmed');
    const explorer = await startApp();
    const graph = explorer.graphElement!;
    expect(graph.selected).toBe('ROK');

    location.hash = '#step=troops';
    await expect.poll(() => graph.storyStep?.id).toBe('troops');
    await settle(explorer);
    expect(graph.selected).toBe('DPRK-supplies-Russia-troops');
    expect(location.hash).toBe('#step=troops');

    graph.exitStory();
    await expect.poll(() => graph.storyStep).toBeNull();
    await settle(explorer);
    expect(graph.selected).toBe('ROK');
    expect(graph.filter.statuses).toEqual(['confirmed']);
    expect(location.hash).toBe('#node=ROK&statuses=confirmed');
  });

  it('leaves the story for a free state typed into the address bar', async () => {
    history.replaceState(null, '', '#step=munitions');
    const explorer = await startApp();
    const graph = explorer.graphElement!;
    await expect.poll(() => graph.storyStep?.id).toBe('munitions');

    location.hash = '#node=UN&layout=grid';
    await expect.poll(() => graph.storyStep).toBeNull();
    await expect.poll(() => graph.selected).toBe('UN');
    await settle(explorer);
    expect(graph.layout).toBe('grid');
    expect(graph.filter).toEqual({ edgeTypes: null, statuses: null, nodeKinds: null });
    expect(location.hash).toBe('#node=UN&layout=grid');
  });
});

describe("the explorer's step attribute", () => {
  it('starts the story at a step set on the explorer, and follows the steps the graph shows', async () => {
    const explorer = await mountExplorer(mounted);
    const graph = explorer.graphElement!;
    const steps: SgStepDetail[] = [];
    explorer.addEventListener('sg-step', (event) => steps.push(event.detail));

    explorer.setAttribute('step', 'reactions');
    await expect.poll(() => graph.storyStep?.id).toBe('reactions');
    await settle(explorer);
    expect(graph.getAttribute('step')).toBe('reactions');
    expect(shownInEditor(explorer)).toBe(storyTitles[4]!.title);

    graph.previous();
    await expect.poll(() => explorer.step).toBe('payback');
    // The graph's events reach the page through the explorer.
    expect(steps).toEqual([
      { index: 4, id: 'reactions' },
      { index: 3, id: 'payback' },
    ]);

    explorer.step = null;
    await expect.poll(() => graph.storyStep).toBeNull();
    expect(steps.at(-1)).toEqual({ index: null, id: null });
  });
});

describe("the explorer's story control", () => {
  it('shows the graph’s Story button and card with `story`, and hides them without it', async () => {
    const explorer = await mountExplorer(mounted, { setup: (element) => element.setAttribute('controls', 'search story') });
    const graph = explorer.graphElement!;
    await graph.storyReady();
    await settleExplorer(explorer);
    expect(graph.getAttribute('controls')).toBe('hints story');
    const start = graph.shadowRoot!.querySelector<HTMLButtonElement>('.story-start')!;
    expect(text(start)).toMatch(/^▶ Story: .* \(6 steps\)$/);
    await userEvent.click(start);
    await expect.poll(() => graph.storyStep?.index).toBe(0);
    await settleExplorer(explorer);
    expect(graph.shadowRoot!.activeElement?.classList.contains('story-card')).toBe(true);

    explorer.setAttribute('controls', 'search legend');
    await settleExplorer(explorer);
    expect(graph.getAttribute('controls')).toBe('hints legend timeline');
    expect(graph.shadowRoot!.querySelector('.story-card, .story-start')).toBeNull();
  });
});
