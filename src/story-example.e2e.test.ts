/**
 * examples/story.html, end to end (issue #16): the scrollytelling page as a reader gets it. The
 * embed bundle is built as published (`vite.lib.config.ts` only, the one file the page loads),
 * served with the strict Content-Security-Policy an embedding page would send, and the page is
 * scrolled and tabbed through in Chromium. Every section with `data-sg-step` must set its step on
 * `<stakeholder-graph story-scroll>`, and the step's view (selection, path, filter, focus, date)
 * must be what the dataset's story says. Runs in Node (the `unit` project), like embed.e2e.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { build } from 'vite';
import { chromium, type Browser, type Page } from 'playwright';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, serve } from './test-support/e2e-server';
import { violations } from './test-support/e2e-page';
import { findChromium, CHROMIUM_ARGS, INSTALL_HINT } from '../scripts/find-chromium.mjs';
import type { Story, StoryStep } from './story/story-types';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 180_000 });

const dataset = JSON.parse(readFileSync(join(ROOT, 'graph-data/dprk-russia-2024.json'), 'utf8')) as {
  attributes: { story: Story };
  edges: Array<{ key: string; attributes: { evidence: Array<{ lines: number[] }> } }>;
};
const STEPS = dataset.attributes.story.steps;
const ARTICLE = readFileSync(join(ROOT, 'graph-data/sources/dprk-troops-russia-article.txt'), 'utf8').split(/\r?\n/);

let packageDir: string;
let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  packageDir = mkdtempSync(join(tmpdir(), 'sg-story-'));
  const dist = join(packageDir, 'dist');
  await build({ root: ROOT, configFile: join(ROOT, 'vite.lib.config.ts'), logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
  server = await serve({ '/dist/': dist, '/examples/': join(ROOT, 'examples'), '/graph-data/': join(ROOT, 'graph-data') });
  origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  if (packageDir) rmSync(packageDir, { recursive: true, force: true });
});

interface Watched {
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

/** Opens story.html at a viewport size, recording CSP violations and sg-step / sg-error events; resolves once the graph is drawn and its story read. */
async function open(width: number, height: number): Promise<Watched> {
  const page = await browser.newPage({ viewport: { width, height } });
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    const record = window as unknown as { __violations: object[]; __events: object[] };
    record.__violations = [];
    record.__events = [];
    document.addEventListener(
      'securitypolicyviolation',
      (event) => record.__violations.push({ directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample }),
      true,
    );
    for (const type of ['sg-step', 'sg-error'])
      document.addEventListener(type, (event) => record.__events.push({ type, detail: (event as CustomEvent<unknown>).detail }));
  });
  await page.goto(`${origin}/examples/story.html`);
  await page.waitForFunction(() => ((document.getElementById('story-graph') as StoryGraph | null)?.cy?.nodes().length ?? 0) > 0);
  await page.evaluate(() => (document.getElementById('story-graph') as StoryGraph).storyReady());
  return { page, errors };
}

/** What the test reads of `<stakeholder-graph>`'s story API (the page has no types). */
type StoryGraph = HTMLElement & {
  storyStep: { index: number; id: string } | null;
  storyReady(): Promise<unknown>;
  filter: { edgeTypes: string[] | null; statuses: string[] | null; nodeKinds: string[] | null };
  focused: { key: string; hops: number } | null;
  cy: { nodes(selector?: string): { length: number; map<T>(f: (node: { id(): string }) => T): T[] } } | undefined;
};

/** The graph's step and the state a step's view sets, as read from the page. */
function shown(page: Page) {
  return page.evaluate(() => {
    const graph = document.getElementById('story-graph') as StoryGraph;
    const sorted = (list: string[] | null) => (list ? [...list].sort() : null);
    return {
      step: graph.storyStep?.id ?? null,
      selected: graph.getAttribute('selected'),
      path: graph.getAttribute('path-from') ? { from: graph.getAttribute('path-from'), to: graph.getAttribute('path-to') } : null,
      filter: {
        edgeTypes: sorted(graph.filter.edgeTypes),
        statuses: sorted(graph.filter.statuses),
        nodeKinds: sorted(graph.filter.nodeKinds),
      },
      focus: graph.focused ? { key: graph.focused.key, hops: graph.focused.hops } : null,
      asOf: graph.getAttribute('as-of'),
    };
  });
}

/** What `shown` reads while `step` is shown: what its view names, every other part at its default. */
function expected(step: StoryStep) {
  const { view } = step;
  const sorted = (list: string[] | undefined) => (list ? [...list].sort() : null);
  return {
    step: step.id,
    selected: view.select ?? null,
    path: view.path ? { from: view.path.from, to: view.path.to } : null,
    filter: {
      edgeTypes: sorted(view.filter?.edgeTypes),
      statuses: sorted(view.filter?.statuses),
      nodeKinds: sorted(view.filter?.nodeKinds),
    },
    focus: view.focus ?? null,
    asOf: view.asOf ?? null,
  };
}

/** Scrolls the section of step `id` to the middle of the window, as a reader would. */
async function scrollTo(page: Page, id: string): Promise<void> {
  await page.evaluate((id) => document.querySelector(`[data-sg-step="${id}"]`)!.scrollIntoView({ block: 'center' }), id);
}

/** The bounding boxes of the sticky figure and of the first step's section. */
function boxes(page: Page) {
  return page.evaluate(() => {
    const box = (selector: string) => {
      const { top, bottom, left, right } = document.querySelector(selector)!.getBoundingClientRect();
      return { top, bottom, left, right };
    };
    return { figure: box('.story-figure'), graph: box('#story-graph'), text: box('.story-step'), viewport: innerHeight };
  });
}

describe('examples/story.html on a wide screen, under a strict CSP, with one script tag', () => {
  let watched: Watched;

  beforeAll(async () => {
    watched = await open(1280, 900);
  }, 60_000);

  afterAll(() => watched?.page.close());

  it("tells the dataset's story: one section per step, in order, with the step's title, and quotes from the lines cited", async () => {
    const sections = await watched.page.$$eval('[data-sg-step]', (elements) =>
      elements.map((element) => ({
        id: element.getAttribute('data-sg-step'),
        title: element.querySelector('h2')?.textContent.trim(),
        tabindex: element.getAttribute('tabindex'),
        quotes: [...element.querySelectorAll('.story-quote')].map((quote) => ({
          text: quote.querySelector('blockquote')!.textContent.replace(/\s+/g, ' ').trim(),
          source: quote.querySelector('figcaption')!.textContent.trim(),
        })),
      })),
    );
    expect(sections.map((section) => section.id)).toEqual(STEPS.map((step) => step.id));
    expect(sections.map((section) => section.title)).toEqual(STEPS.map((step) => step.title));
    const cited = (step: StoryStep) =>
      new Set(
        (step.cite ?? []).flatMap((key) => {
          const edge = dataset.edges.find((candidate) => candidate.key === key);
          return edge?.attributes.evidence.flatMap((evidence) => evidence.lines) ?? [];
        }),
      );
    for (const [index, section] of sections.entries()) {
      expect(section.tabindex, section.id!).toBe('0');
      expect(section.quotes.length, `${section.id} quotes the article`).toBeGreaterThan(0);
      for (const quote of section.quotes) {
        const line = Number(/^Article, line (\d+)$/.exec(quote.source)?.[1]);
        expect(cited(STEPS[index]!), `${section.id}: line ${line} is one its claims cite`).toContain(line);
        expect(ARTICLE[line - 1], `${section.id}: "${quote.text}" is on line ${line}`).toContain(quote.text);
      }
    }
  });

  it('sets the step of each section scrolled to the middle, with its selection, path, filter, focus and date', async () => {
    const { page } = watched;
    for (const step of STEPS) {
      await scrollTo(page, step.id);
      await expect.poll(() => shown(page), { timeout: 10_000 }).toEqual(expected(step));
    }
    // The last step's path runs from the United States through North Korea to Ukraine.
    const onPath = await page.evaluate(() =>
      (document.getElementById('story-graph') as StoryGraph).cy!.nodes('.sg-path').map((node) => node.id()),
    );
    expect(onPath.sort()).toEqual(['DPRK', 'US', 'Ukraine']);
    const steps = (await page.evaluate(() => (window as unknown as { __events: Array<{ type: string; detail: unknown }> }).__events))
      .filter((event) => event.type === 'sg-step')
      .map((event) => event.detail);
    for (const [index, step] of STEPS.entries()) expect(steps).toContainEqual({ index, id: step.id });
  });

  it('goes back to the earlier step when the reader scrolls back up', async () => {
    const { page } = watched;
    await scrollTo(page, 'front');
    await expect.poll(() => shown(page).then((state) => state.step)).toBe('front');
    for (const id of ['reactions', 'troops']) {
      await scrollTo(page, id);
      await expect.poll(() => shown(page), { timeout: 10_000 }).toEqual(expected(STEPS.find((step) => step.id === id)!));
    }
  });

  it('keeps the graph beside the text, in view while the text scrolls', async () => {
    const { page } = watched;
    for (const id of ['munitions', 'payback', 'front']) {
      await scrollTo(page, id);
      const { figure, graph, text, viewport } = await boxes(page);
      expect(graph.left, 'the graph is right of the text').toBeGreaterThanOrEqual(text.right);
      expect(figure.top, `${id}: the graph is in view`).toBeGreaterThanOrEqual(0);
      expect(figure.bottom, `${id}: the graph is in view`).toBeLessThanOrEqual(viewport);
      expect(graph.bottom - graph.top, 'most of the window high').toBeGreaterThan(viewport * 0.6);
    }
  });

  it('gives a keyboard user tabbing through the sections the same steps', async () => {
    const { page } = watched;
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('nav a').last().focus();
    // Tab past the graph's own controls to the first section.
    let reached: string | null = null;
    for (let presses = 0; presses < 80 && !reached; presses++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.getAttribute('data-sg-step') ?? null);
    }
    expect(reached).toBe(STEPS[0]!.id);
    await expect.poll(() => shown(page), { timeout: 10_000 }).toEqual(expected(STEPS[0]!));
    await page.keyboard.press('Tab');
    await expect.poll(() => shown(page), { timeout: 10_000 }).toEqual(expected(STEPS[1]!));
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => shown(page), { timeout: 10_000 }).toEqual(expected(STEPS[0]!));
  });

  it('shows no step card: the page’s sections are the text', async () => {
    const card = await watched.page.evaluate(() => document.getElementById('story-graph')!.shadowRoot!.querySelector('[part~="story"]'));
    expect(card).toBeNull();
  });

  it('fires no securitypolicyviolation, no sg-error, and logs no error', async () => {
    const { page, errors } = watched;
    expect(await violations(page)).toEqual([]);
    const events = await page.evaluate(() => (window as unknown as { __events: Array<{ type: string }> }).__events);
    expect(events.filter((event) => event.type === 'sg-error')).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('examples/story.html on a phone (390 x 844)', () => {
  let watched: Watched;

  beforeAll(async () => {
    watched = await open(390, 844);
  }, 60_000);

  afterAll(() => watched?.page.close());

  it('puts the graph above the text, sticky at the top while the sections scroll beneath it', async () => {
    const { page } = watched;
    const start = await boxes(page);
    expect(start.figure.bottom, 'the graph is above the first section').toBeLessThanOrEqual(start.text.top);
    expect(start.figure.top).toBeLessThan(start.text.top);
    expect(start.figure.bottom - start.figure.top, 'about 45% of the window').toBeGreaterThan(start.viewport * 0.4);
    expect(start.figure.bottom - start.figure.top, 'about 45% of the window').toBeLessThan(start.viewport * 0.5);
    for (const step of STEPS.slice(1, 4)) {
      await scrollTo(page, step.id);
      await expect.poll(() => shown(page), { timeout: 10_000 }).toEqual(expected(step));
      const { figure, viewport } = await boxes(page);
      expect(figure.top, `${step.id}: the graph stays at the top`).toBeCloseTo(0, 0);
      expect(figure.bottom, `${step.id}: the graph stays in view`).toBeLessThan(viewport / 2);
    }
  });

  it('fires no securitypolicyviolation and logs no error', async () => {
    expect(await violations(watched.page)).toEqual([]);
    expect(watched.errors).toEqual([]);
  });
});
