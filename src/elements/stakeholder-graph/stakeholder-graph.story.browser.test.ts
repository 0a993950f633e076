/**
 * Stories on the element: the Story button starts one; each step sets the selection, focus, path,
 * filter and date its view names and brings forward what it cites; the card shows the step, its
 * cited lines of the article and "2 / 3", and moves with ←/→ and the buttons; Escape gives back
 * the free state as it was (viewport included); `step`, `next()`, `previous()` and `exitStory()`
 * drive it from a page with `sg-step` on every change; a broken story is reported with `sg-error`
 * while the dataset still loads; `story-src` fetches one; axe finds nothing on the card.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import seed from '../../../graph-data/dprk-russia-2024.json';
import article from '../../../graph-data/sources/dprk-troops-russia-article.txt?raw';
import { mountGraph, nextEvent, settleGraph } from '../../test-support/graph';
import { undoPageChanges } from '../../test-support/page';
import type { SgErrorDetail, SgStepDetail } from '../events';
import type { StakeholderGraph } from './stakeholder-graph.component';
import type { Story } from '../../story/story-types';

afterEach(undoPageChanges);

const STORY: Story = {
  title: 'Who backs whom',
  steps: [
    {
      id: 'munitions',
      title: 'Shells first',
      text: 'North Korea shipped artillery shells to Russia.\n\nThen missiles.',
      cite: ['DPRK-supplies-Russia-munitions'],
      view: { select: 'DPRK-supplies-Russia-munitions' },
    },
    {
      id: 'aid',
      title: 'From Seoul to Kyiv',
      text: 'South Korea weighs lethal aid.',
      view: { path: { from: 'ROK', to: 'Ukraine' }, filter: { edgeTypes: ['supplies'] } },
    },
    {
      id: 'dprk',
      title: 'Around Pyongyang',
      text: 'Everyone near North Korea.',
      view: { focus: { key: 'DPRK', hops: 1 }, asOf: '2024-06' },
    },
  ],
};

/** The seed with this story, and the article's text inline (a `data` dataset has no URL to resolve `textUrl` against). */
function withStory(story: unknown) {
  const data = structuredClone(seed) as unknown as { attributes: Record<string, unknown> & { sources: Array<Record<string, unknown>> } };
  data.attributes.story = story;
  data.attributes.sources = data.attributes.sources.map(({ textUrl: _url, ...source }) => ({ ...source, text: article }));
  return data;
}

async function mountStory(story: unknown = STORY) {
  const element = await mountGraph({ data: withStory(story) });
  await element.storyReady();
  await settleGraph(element);
  return element;
}

const card = (element: StakeholderGraph) => element.shadowRoot!.querySelector<HTMLElement>('.story-card');
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const live = (element: StakeholderGraph) => text(element.shadowRoot!.querySelector('[aria-live]'));

function steps(element: StakeholderGraph): SgStepDetail[] {
  const seen: SgStepDetail[] = [];
  element.addEventListener('sg-step', (event) => seen.push(event.detail));
  return seen;
}

describe('stories', () => {
  it('the Story button starts it; each step sets what its view says; the card moves with the arrow keys; Escape gives everything back', async () => {
    const element = await mountStory();
    // The attribute, not select(), which would center on US with a moving animation.
    element.selected = 'US';
    element.edgeTypes = 'condemns,targets';
    await settleGraph(element);
    const viewport = { zoom: element.cy!.zoom(), pan: { ...element.cy!.pan() } };
    const seen = steps(element);

    const start = element.shadowRoot!.querySelector<HTMLButtonElement>('.story-start')!;
    expect(text(start)).toBe('▶ Story: Who backs whom (3 steps)');
    await userEvent.click(start);
    await settleGraph(element);
    expect(element.shadowRoot!.activeElement).toBe(card(element));
    expect(text(card(element)!.querySelector('.story-count'))).toBe('1 / 3');
    expect(text(card(element)!.querySelector('.story-title'))).toBe('Shells first');
    expect([...card(element)!.querySelectorAll('.story-text')].map(text)).toEqual([
      'North Korea shipped artillery shells to Russia.',
      'Then missiles.',
    ]);
    expect(element.selection).toEqual({ kind: 'edge', key: 'DPRK-supplies-Russia-munitions' });
    expect(element.filter).toEqual({ edgeTypes: null, statuses: null, nodeKinds: null });
    // The viewport moves to the cited claim's actors, beside the card rather than under it.
    const besideCard = () => {
      const cy = element.cy!;
      const room = cy.width() - card(element)!.offsetWidth - 16;
      return ['DPRK', 'Russia'].every((key) => {
        const { x, y } = cy.getElementById(key).renderedPosition();
        return x > 0 && x < room && y > 0 && y < cy.height();
      });
    };
    await expect.poll(besideCard).toBe(true);
    expect(element.cy!.zoom()).toBeLessThanOrEqual(1.75);
    // The cited claim, with the article's line 8 quoted (the seed's source text arrives on demand).
    await expect.poll(() => text(card(element)!.querySelector('.story-quote'))).toContain('8');
    const lines = [...card(element)!.querySelectorAll('.story-line')].map(text);
    expect(lines).toEqual(['3', '8']);
    expect(text(card(element)!.querySelector('.story-claim'))).toMatch(/North Korea supplies Russia/);
    expect(live(element)).toBe('Step 1 of 3: Shells first. North Korea shipped artillery shells to Russia. Then missiles.');
    // The cited claim and its actors stay bright; the rest is dimmed.
    expect(element.cy!.getElementById('DPRK-supplies-Russia-munitions').hasClass('sg-dimmed')).toBe(false);
    expect(element.cy!.getElementById('UN').hasClass('sg-dimmed')).toBe(true);

    await userEvent.keyboard('{ArrowRight}');
    await settleGraph(element);
    expect(text(card(element)!.querySelector('.story-count'))).toBe('2 / 3');
    expect(element.pathQuery).toMatchObject({ from: 'ROK', to: 'Ukraine' });
    expect(element.activePath?.nodes).toEqual(['ROK', 'Ukraine']);
    expect(element.filter.edgeTypes).toEqual(['supplies']);
    expect(element.selection).toBeNull();
    expect(live(element)).toMatch(/^Step 2 of 3: From Seoul to Kyiv\./);

    await userEvent.keyboard('{ArrowRight}');
    await settleGraph(element);
    expect(element.focused).toEqual({ key: 'DPRK', hops: 1 });
    expect(element.selection).toEqual({ kind: 'node', key: 'DPRK' });
    expect(element.asOf).toBe('2024-06');
    expect(element.pathFrom).toBeNull();
    expect(element.filter.edgeTypes).toBeNull();
    await userEvent.keyboard('{ArrowRight}');
    expect(live(element)).toBe('This is the last step.');
    await userEvent.keyboard('{ArrowLeft}');
    await settleGraph(element);
    expect(element.storyStep).toEqual({ index: 1, id: 'aid' });

    await userEvent.keyboard('{Escape}');
    await settleGraph(element);
    expect(card(element)).toBeNull();
    expect(element.shadowRoot!.activeElement).toBe(element.shadowRoot!.querySelector('.story-start'));
    expect(element.selection).toEqual({ kind: 'node', key: 'US' });
    expect(element.filter.edgeTypes).toEqual(['condemns', 'targets']);
    expect(element.pathFrom).toBeNull();
    expect(element.focused).toBeNull();
    expect(element.asOf).toBeNull();
    expect(element.storyStep).toBeNull();
    await expect
      .poll(() => Math.abs(element.cy!.pan().x - viewport.pan.x) + Math.abs(element.cy!.pan().y - viewport.pan.y))
      .toBeLessThan(1);
    expect(element.cy!.zoom()).toBeCloseTo(viewport.zoom, 2);
    expect(seen).toEqual([
      { index: 0, id: 'munitions' },
      { index: 1, id: 'aid' },
      { index: 2, id: 'dprk' },
      { index: 1, id: 'aid' },
      { index: null, id: null },
    ]);
  });

  it('step, next(), previous() and exitStory() drive it from the page; an unknown step is reported with a did-you-mean', async () => {
    const element = await mountStory();
    const seen = steps(element);
    element.step = 'aid';
    await settleGraph(element);
    expect(element.storyStep).toEqual({ index: 1, id: 'aid' });
    expect(element.getAttribute('step')).toBe('aid');
    element.step = 0;
    await settleGraph(element);
    expect(element.storyStep).toEqual({ index: 0, id: 'munitions' });
    element.next();
    await expect.poll(() => element.storyStep?.id).toBe('aid');
    element.previous();
    await expect.poll(() => element.storyStep?.id).toBe('munitions');
    const failed = nextEvent(element, 'sg-error');
    element.step = 'aide';
    const error = (await failed) as CustomEvent<SgErrorDetail>;
    expect(error.detail.problems).toEqual([
      { path: 'step', message: 'step "aide" is not in the story (did you mean "aid"?); its steps are munitions, aid, dprk (or 0 to 2)' },
    ]);
    element.exitStory();
    await settleGraph(element);
    expect(element.storyStep).toBeNull();
    expect(element.hasAttribute('step')).toBe(false);
    expect(seen).toEqual([
      { index: 1, id: 'aid' },
      { index: 0, id: 'munitions' },
      { index: 1, id: 'aid' },
      { index: 0, id: 'munitions' },
      { index: null, id: null },
    ]);
  });

  it('editing the story during a step keeps the view from before it to come back to', async () => {
    const element = await mountStory();
    element.selected = 'ROK';
    await settleGraph(element);
    element.step = 'munitions';
    await settleGraph(element);
    const edited = structuredClone(STORY);
    edited.steps[0]!.title = 'Shells, retitled';
    element.story = edited;
    await settleGraph(element);
    expect(element.storyStep).toEqual({ index: 0, id: 'munitions' });
    expect(text(card(element)!.querySelector('.story-title'))).toBe('Shells, retitled');
    element.exitStory();
    await settleGraph(element);
    expect(element.selection).toEqual({ kind: 'node', key: 'ROK' });
  });

  it('keeps the cited claims bright beside a path; quick presses move as many steps; the same words twice are said twice', async () => {
    const story = structuredClone(STORY);
    story.steps[1]!.cite = ['ROK-condemns-DPRK'];
    const element = await mountStory(story);
    element.step = 'aid';
    await settleGraph(element);
    const dimmed = (key: string) => element.cy!.getElementById(key).hasClass('sg-dimmed');
    // The path ROK → Ukraine, and the cited condemnation of North Korea with its two actors.
    expect(['ROK', 'Ukraine', 'ROK-supplies-Ukraine-lethal-aid', 'ROK-condemns-DPRK', 'DPRK'].filter(dimmed)).toEqual([]);
    expect(dimmed('UN')).toBe(true);

    element.step = 'munitions';
    await settleGraph(element);
    card(element)!.focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await expect.poll(() => element.storyStep?.id).toBe('dprk');
    await settleGraph(element);
    await userEvent.keyboard('{ArrowRight}');
    await expect.poll(() => live(element)).toBe('This is the last step.');
    const first = element.shadowRoot!.querySelector('[aria-live]')!.textContent;
    await userEvent.keyboard('{ArrowRight}');
    await expect.poll(() => element.shadowRoot!.querySelector('[aria-live]')!.textContent).not.toBe(first);
    expect(live(element)).toBe('This is the last step.');
  });

  it('on a narrow graph the card lies along the bottom and the step is framed above it; the card follows the dark theme', async () => {
    const element = await mountGraph({ data: withStory(STORY), style: { width: '360px', height: '560px' } });
    await element.storyReady();
    element.step = 'munitions';
    await settleGraph(element, 2);
    const shown = card(element)!;
    expect(shown.classList.contains('compact')).toBe(true);
    const cardTop = shown.getBoundingClientRect().top - element.getBoundingClientRect().top;
    expect(cardTop).toBeGreaterThan(560 * 0.4);
    await expect
      .poll(() =>
        ['DPRK', 'Russia'].every((key) => {
          const { x, y } = element.cy!.getElementById(key).renderedPosition();
          return x > 0 && x < 360 && y > 0 && y < cardTop;
        }),
      )
      .toBe(true);
    const light = getComputedStyle(shown).backgroundColor;
    element.theme = 'dark';
    await settleGraph(element);
    expect(getComputedStyle(card(element)!).backgroundColor).not.toBe(light);
  });

  it('saves the story told with the whole dataset, and none with a filtered part of it', async () => {
    const element = await mountStory();
    const given = { title: 'Given', steps: [{ id: 'one', title: 'One', text: '', view: { select: 'UN' } }] };
    element.story = given;
    await element.storyReady();
    expect(element.exportData()!.attributes.story).toEqual(given);
    element.edgeTypes = 'condemns';
    await settleGraph(element);
    expect(element.exportData()!.attributes.story).toBeUndefined();
    expect(element.exportData({ all: true })!.attributes.story).toEqual(given);
    // Saved and loaded again (the property let go), it is the dataset's own story now.
    element.edgeTypes = null;
    await settleGraph(element);
    const saved = element.exportData()!;
    element.story = null;
    await element.load(saved);
    expect((await element.storyReady())?.title).toBe('Given');
  });

  it('a step in the markup opens the graph at that step', async () => {
    const element = await mountGraph({ data: withStory(STORY), setup: (graph) => (graph.step = 'dprk') });
    await element.storyReady();
    await settleGraph(element);
    expect(element.storyStep).toEqual({ index: 2, id: 'dprk' });
    expect(element.focused).toEqual({ key: 'DPRK', hops: 1 });
  });

  it('a broken story is reported with its JSON paths, and the dataset still loads', async () => {
    const broken = structuredClone(STORY);
    broken.steps[0]!.view = { select: 'Rusia' };
    broken.steps[2]!.id = 'aid';
    const errors: SgErrorDetail[] = [];
    const element = await mountGraph({
      data: withStory(broken),
      setup: (graph) => graph.addEventListener('sg-error', (event) => errors.push(event.detail)),
    });
    await element.storyReady();
    await settleGraph(element);
    expect(element.graph?.order).toBe(6);
    expect(element.story).toBeNull();
    expect(element.shadowRoot!.querySelector('.story-start')).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors[0]!.problems).toEqual([
      { path: 'story.steps[0].view.select', message: 'no actor or claim has the key "Rusia" (did you mean "Russia"?)' },
      { path: 'story.steps[2].id', message: 'duplicate step id "aid" (also steps[1].id); give each step its own id' },
    ]);
    expect(errors[0]!.message).toMatch(/^Story not shown: story\.steps\[0\]\.view\.select: .* \(and 1 more problem\)$/);
  });

  it('the story property and story-src tell another story than the dataset’s', async () => {
    const element = await mountStory();
    element.story = { title: 'Given', steps: [{ id: 'one', title: 'One', view: { select: 'UN' } }] };
    await settleGraph(element);
    expect(element.story?.title).toBe('Given');
    element.story = null;
    await settleGraph(element);
    // Read through a function: TypeScript would take the value just assigned (null) for the story read back.
    const told = (graph: StakeholderGraph) => graph.story?.title;
    expect(told(element)).toBe('Who backs whom');
    element.setAttribute('story-src', '/src/story/fixtures/seed-story.json');
    expect((await element.storyReady())?.title).toBe('Two steps from a file');
    element.step = 'reply';
    await settleGraph(element);
    expect(element.selection).toEqual({ kind: 'node', key: 'ROK' });
    expect(element.filter.edgeTypes).toEqual(['condemns']);
  });

  it('controls without "story" hide the card and the button; axe finds nothing on the card', async () => {
    const element = await mountStory();
    element.step = 'munitions';
    await settleGraph(element);
    await expect.poll(() => card(element)?.querySelector('.story-quote')).not.toBeNull();
    const results = await axe.run(element.shadowRoot!.querySelector('.story-card')!);
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    element.controls = 'legend hints';
    await settleGraph(element);
    expect(card(element)).toBeNull();
    expect(element.storyStep?.id).toBe('munitions');
  });
});
