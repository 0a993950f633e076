/**
 * `<stakeholder-explorer>` as a page configures it: `controls` choosing the parts of the UI (set
 * as an attribute, changed at runtime, with a typo), a page's own details panel (the `details`
 * slot, and `detailsRenderer` fed hostile data), and custom properties set on the explorer or an
 * ancestor reaching the graph inside.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { html } from 'lit';
import seed from '../../../graph-data/dprk-russia-2024.json';
import './stakeholder-explorer';
import type { StakeholderExplorer } from './stakeholder-explorer.component';
import type { DetailsRenderer } from '../sg-details/details-hook';
import type { SgErrorDetail } from '../events';
import { MARKUP_PAYLOADS, hostileDataset, injected, xssFlag } from '../../test-support/xss-corpus';
import { settleExplorer, text } from '../../test-support/explorer';

const cleanup: Array<() => void> = [];
afterEach(async () => {
  await new Promise((resolve) => setTimeout(resolve, 30));
  for (const undo of cleanup.splice(0).reverse()) undo();
  expect(xssFlag(), 'a payload ran').toBeUndefined();
});

/** An explorer created from markup, as a page writes it, inside `parent` (the body by default). */
async function mount(
  markup: string,
  {
    data = seed,
    parent = document.body,
    before,
  }: { data?: object; parent?: HTMLElement; before?: (explorer: StakeholderExplorer) => void } = {},
): Promise<StakeholderExplorer> {
  const holder = document.createElement('div');
  holder.innerHTML = markup;
  const explorer = holder.querySelector('stakeholder-explorer')!;
  explorer.style.width = '1240px';
  explorer.data = data;
  before?.(explorer);
  const loaded = new Promise((resolve) => explorer.addEventListener('sg-load', resolve, { once: true }));
  parent.append(explorer);
  cleanup.push(() => explorer.remove());
  await loaded;
  await settle(explorer);
  return explorer;
}

const settle = settleExplorer;

const root = (explorer: StakeholderExplorer) => explorer.shadowRoot!;
const innerGraph = (explorer: StakeholderExplorer) => explorer.graphElement!;

/** Which of the explorer's parts are rendered. */
function partsShown(explorer: StakeholderExplorer) {
  const shadow = root(explorer);
  const label = (name: string) => [...shadow.querySelectorAll('.toolbar label')].some((element) => text(element).startsWith(name));
  return {
    search: shadow.querySelector('sg-search') !== null,
    layout: label('Layout'),
    focus: label('Focus'),
    zoom: shadow.querySelector('[role=group][aria-label=Zoom]') !== null,
    theme: label('Theme'),
    export: shadow.querySelector('[role=group][aria-label=Save]') !== null,
    legend: innerGraph(explorer).shadowRoot!.querySelector('[part=legend]') !== null,
    details: shadow.querySelector('[part=details]') !== null,
    paths: shadow.querySelector('[part=paths]') !== null,
    table: shadow.querySelector('[part=table]') !== null,
  };
}

/** The element focused, followed through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** What Tab reaches inside the explorer, starting from a button before it, until focus leaves it. */
async function tabStops(explorer: StakeholderExplorer): Promise<string[]> {
  const start = document.createElement('button');
  start.textContent = 'before';
  explorer.before(start);
  cleanup.push(() => start.remove());
  start.focus();
  const stops: string[] = [];
  for (let i = 0; i < 40; i++) {
    await userEvent.keyboard('{Tab}');
    const active = deepActive();
    if (!active || !explorer.contains(document.activeElement) || document.activeElement === start) break;
    stops.push(active.getAttribute('aria-label') ?? active.getAttribute('role') ?? (text(active) || active.localName));
  }
  return stops;
}

describe('controls: the parts of the UI a page shows', () => {
  it('shows only the parts named in the attribute, and Tab reaches only those', async () => {
    const explorer = await mount('<stakeholder-explorer controls="search details" label="Only search"></stakeholder-explorer>');

    expect(partsShown(explorer)).toEqual({
      search: true,
      layout: false,
      focus: false,
      zoom: false,
      theme: false,
      export: false,
      legend: false,
      details: true,
      paths: false,
      table: false,
    });
    // Search's combobox, then the canvas; no toolbar button, no legend toggle, no table.
    expect(await tabStops(explorer)).toEqual(['combobox', 'Only search']);
    await expect.element(page.getByRole('button', { name: 'Zoom in' })).not.toBeInTheDocument();
    await expect.element(page.getByRole('region', { name: 'Relationships as text' })).not.toBeInTheDocument();
    // Without the legend the graph's "hints" still show: the explorer passes only those on.
    expect(innerGraph(explorer).getAttribute('controls')).toBe('hints');
  });

  it('follows the attribute changed at runtime, and removing it shows everything', async () => {
    const explorer = await mount('<stakeholder-explorer controls="search"></stakeholder-explorer>');

    explorer.setAttribute('controls', 'zoom legend table');
    await settle(explorer);
    expect(partsShown(explorer)).toEqual({
      search: false,
      layout: false,
      focus: false,
      zoom: true,
      theme: false,
      export: false,
      legend: true,
      details: false,
      paths: false,
      table: true,
    });
    // The graph takes the whole row when the details panel is not shown.
    expect(innerGraph(explorer).offsetWidth).toBeGreaterThan(1200);
    const zoom = innerGraph(explorer).cy!.zoom();
    await userEvent.click(page.getByRole('button', { name: 'Zoom in' }));
    expect(innerGraph(explorer).cy!.zoom()).toBeGreaterThan(zoom);

    explorer.removeAttribute('controls');
    await settle(explorer);
    expect(Object.values(partsShown(explorer)).every(Boolean)).toBe(true);
    expect(explorer.controls).toBeNull();
    expect(innerGraph(explorer).hasAttribute('controls')).toBe(false);
  });

  it('reflects the property, and controls="" leaves the graph alone', async () => {
    const explorer = await mount('<stakeholder-explorer></stakeholder-explorer>');
    explorer.controls = '';
    await settle(explorer);
    expect(explorer.getAttribute('controls')).toBe('');
    expect(Object.values(partsShown(explorer)).some(Boolean)).toBe(false);
    expect(root(explorer).querySelector('.toolbar')).toBeNull();
    // The canvas alone, named after the dataset.
    expect(await tabStops(explorer)).toEqual([innerGraph(explorer).graph!.getAttribute('title')]);
  });

  it('ignores an unknown token, naming it, the likely one and the valid ones in sg-error and a console warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    cleanup.push(() => warn.mockRestore());
    const errors: SgErrorDetail[] = [];
    const explorer = await mount('<stakeholder-explorer controls="serach table"></stakeholder-explorer>', {
      before: (element) => element.addEventListener('sg-error', (event) => errors.push(event.detail)),
    });

    expect(partsShown(explorer)).toMatchObject({ search: false, table: true, details: false });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toBe(
      'controls: unknown control "serach" ignored (did you mean "search"?); valid controls: search, layout, focus, zoom, theme, open, export, legend, details, paths, analysis, sources, story, table',
    );
    expect(errors[0]!.problems).toEqual([{ path: 'controls', message: expect.stringContaining('"serach"') as unknown }]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('<stakeholder-explorer> controls: unknown control "serach"');
    // The graph shows no error banner for it: nothing is wrong with the data.
    expect(innerGraph(explorer).shadowRoot!.querySelector('[part=error]')).toBeNull();
  });
});

/** Selects an actor as a keyboard user does: Tab to the canvas, an arrow key to the most connected actor, Enter. */
async function selectWithKeyboard(explorer: StakeholderExplorer): Promise<string> {
  innerGraph(explorer).shadowRoot!.querySelector<HTMLElement>('[part=canvas]')!.focus();
  await userEvent.keyboard('{ArrowRight}{Enter}');
  await settle(explorer);
  const selection = innerGraph(explorer).selection;
  expect(selection?.kind).toBe('node');
  return selection!.key;
}

const details = (explorer: StakeholderExplorer) => root(explorer).querySelector<HTMLElement>('[part=details]')!;
/** The details panel's own view: the built-in one, or the page's (`section.custom`). */
const panel = (explorer: StakeholderExplorer) => details(explorer).querySelector('sg-details')!.shadowRoot!.querySelector('section')!;

describe('a page’s own details panel', () => {
  it('renders detailsRenderer’s template for the selected actor, and its button moves the selection', async () => {
    const renderer: DetailsRenderer = (actor, context) =>
      html`<h3 class="mine">${actor.label}</h3>
        <p class="kind">${actor.kind}: ${typeof actor.attributes.description === 'string' ? actor.attributes.description : ''}</p>
        <button type="button" @click=${() => context.select('Ukraine')}>Show Ukraine</button>`;
    const explorer = await mount('<stakeholder-explorer controls="details"></stakeholder-explorer>', {
      before: (element) => (element.detailsRenderer = renderer),
    });
    // Nothing selected: the built-in panel's prompt.
    expect(text(panel(explorer).querySelector('#heading'))).toBe('Details');

    const key = await selectWithKeyboard(explorer);
    const graph = innerGraph(explorer).graph!;
    expect(text(panel(explorer).querySelector('.mine'))).toBe(graph.getNodeAttribute(key, 'label'));
    expect(text(panel(explorer).querySelector('.kind'))).toContain('state:');
    expect(panel(explorer).querySelector('#heading'), 'the built-in view is gone').toBeNull();
    await expect.element(page.getByRole('region', { name: 'Details' })).toBeInTheDocument();

    await userEvent.click(page.getByRole('button', { name: 'Show Ukraine' }));
    await settle(explorer);
    expect(innerGraph(explorer).selected).toBe('Ukraine');
    expect(text(panel(explorer).querySelector('.mine'))).toBe('Ukraine');
  });

  it('keeps the built-in panel where the renderer returns null, and for relationships', async () => {
    const explorer = await mount('<stakeholder-explorer controls="details"></stakeholder-explorer>', {
      before: (element) => (element.detailsRenderer = (actor) => (actor.key === 'UN' ? 'The UN, by the page' : null)),
    });
    innerGraph(explorer).select('UN');
    await settle(explorer);
    expect(text(panel(explorer))).toBe('The UN, by the page');
    innerGraph(explorer).select('Russia');
    await settle(explorer);
    expect(text(panel(explorer).querySelector('#heading'))).toBe('Russia');
    innerGraph(explorer).select('DPRK-pact-Russia');
    await settle(explorer);
    expect(panel(explorer).querySelector('#heading')).not.toBeNull();
  });

  it.each(MARKUP_PAYLOADS.slice(0, 4))('shows hostile actor data as text, through a template, a string and a Node: %s', async (payload) => {
    const shapes: DetailsRenderer[] = [
      (actor) => html`<h3 class="mine">${actor.label}</h3>`,
      (actor) => actor.label,
      (actor) => Object.assign(document.createElement('h3'), { className: 'mine', textContent: actor.label }),
    ];
    for (const renderer of shapes) {
      const explorer = await mount('<stakeholder-explorer controls="details"></stakeholder-explorer>', {
        data: hostileDataset(payload),
        before: (element) => (element.detailsRenderer = renderer),
      });
      innerGraph(explorer).select('A');
      await settle(explorer);
      expect(panel(explorer).textContent.trim()).toBe(payload);
      expect(injected(explorer)).toEqual([]);
      explorer.remove();
    }
  });

  it('shows the page’s slotted content instead of the built-in panel, kept up to date from sg-select', async () => {
    const explorer = await mount(
      '<stakeholder-explorer controls="details"><div slot="details" id="page-details">Pick an actor</div></stakeholder-explorer>',
    );
    const own = explorer.querySelector<HTMLElement>('#page-details')!;
    // What a page writes: follow sg-select, read the actor from the graph, set text (never HTML).
    explorer.addEventListener('sg-select', (event) => {
      const key = event.detail?.kind === 'node' ? event.detail.key : null;
      own.textContent = key ? `Page panel: ${innerGraph(explorer).graph!.getNodeAttribute(key, 'label')}` : 'Pick an actor';
    });
    const builtIn = details(explorer).querySelector('sg-details')!;
    expect(builtIn.getClientRects().length, 'the built-in panel is not rendered').toBe(0);
    expect(own.getClientRects().length).toBeGreaterThan(0);
    expect(details(explorer).querySelector('slot')!.assignedElements()).toEqual([own]);

    const key = await selectWithKeyboard(explorer);
    expect(own.textContent).toBe(`Page panel: ${innerGraph(explorer).graph!.getNodeAttribute(key, 'label')}`);
    await expect.element(page.getByText(/^Page panel: /)).toBeVisible();
  });
});

describe('custom properties from the page reach the graph inside', () => {
  it('takes --sg-background and --sg-text from a wrapping element, and from the explorer itself', async () => {
    const wrapper = document.createElement('div');
    wrapper.style.setProperty('--sg-background', 'rgb(1, 2, 3)');
    wrapper.style.setProperty('--sg-text', 'rgb(250, 240, 230)');
    document.body.append(wrapper);
    cleanup.push(() => wrapper.remove());
    const explorer = await mount('<stakeholder-explorer></stakeholder-explorer>', { parent: wrapper });
    const graph = innerGraph(explorer);
    expect(getComputedStyle(graph).backgroundColor).toBe('rgb(1, 2, 3)');
    expect(getComputedStyle(graph.shadowRoot!.querySelector('[part=legend]')!).color).toBe('rgb(250, 240, 230)');
    expect(getComputedStyle(explorer).backgroundColor).toBe('rgb(1, 2, 3)');

    explorer.style.setProperty('--sg-background', '#102030');
    expect(getComputedStyle(graph).backgroundColor).toBe('rgb(16, 32, 48)');
  });

  it('keeps the dark defaults where the page sets nothing', async () => {
    const explorer = await mount('<stakeholder-explorer theme="dark"></stakeholder-explorer>');
    expect(getComputedStyle(innerGraph(explorer)).backgroundColor).toBe('rgb(15, 23, 42)');
    expect(getComputedStyle(explorer).backgroundColor).toBe('rgb(15, 23, 42)');
  });
});

describe('state attributes on the explorer, mirrored with its graph', () => {
  const microtasks = () => new Promise((resolve) => setTimeout(resolve));

  it('applies selected and edge-types from the markup, and follows the user’s clicks back', async () => {
    const explorer = await mount('<stakeholder-explorer selected="Russia" edge-types="supplies,pact"></stakeholder-explorer>');
    const graph = innerGraph(explorer);
    expect(graph.selection).toEqual({ kind: 'node', key: 'Russia' });
    expect(graph.cy!.getElementById('US-condemns-DPRK').hasClass('sg-hidden')).toBe(true);

    // A click on the legend shows "condemns" again: the explorer's attribute follows.
    await userEvent.click(graph.shadowRoot!.querySelector<HTMLElement>('button[data-facet=edgeTypes][data-key=condemns]')!);
    await microtasks();
    expect(explorer.getAttribute('edge-types')).toBe('supplies,pact,condemns');
    // Escape on the canvas clears the selection: the attribute goes.
    graph.shadowRoot!.querySelector<HTMLElement>('[part=canvas]')!.focus();
    await userEvent.keyboard('{Escape}');
    await settle(explorer);
    await microtasks();
    expect(explorer.hasAttribute('selected')).toBe(false);
  });

  it('highlights the path the page names with path-from and path-to, and clears it when they go', async () => {
    const explorer = await mount('<stakeholder-explorer></stakeholder-explorer>');
    explorer.setAttribute('path-from', 'US');
    explorer.setAttribute('path-to', 'Ukraine');
    await microtasks();
    await settle(explorer);
    expect(innerGraph(explorer).activePath?.nodes).toEqual(['US', 'DPRK', 'Ukraine']);
    expect(innerGraph(explorer).cy!.getElementById('DPRK').hasClass('sg-path')).toBe(true);

    explorer.removeAttribute('path-from');
    explorer.removeAttribute('path-to');
    await microtasks();
    await settle(explorer);
    expect(innerGraph(explorer).activePath).toBeNull();
  });
});
