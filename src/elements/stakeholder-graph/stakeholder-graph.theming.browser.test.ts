/**
 * `<stakeholder-graph>` styled and sized by a page: colours per relationship type and actor kind
 * from CSS custom properties (drawing and legend alike), the private-variable defaults that let
 * inherited page values win, the legend on a small embed, and `controls`.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import seed from '../../../graph-data/dprk-russia-2024.json';
import type { StakeholderGraph } from './stakeholder-graph.component';
import type { SgErrorDetail } from '../events';
import { mountGraph, settleGraph } from '../../test-support/graph';
import { box, onCleanup, pageStyle, undoPageChanges } from '../../test-support/page';

afterEach(() => {
  undoPageChanges();
});

/** A graph from page markup, filling `parent`, loaded and drawn. */
const mount = (parent: HTMLElement, markup = '<stakeholder-graph></stakeholder-graph>') =>
  mountGraph({ parent, markup, style: { height: '100%' } });

const SUPPLIES = 'DPRK-supplies-Russia-munitions';
const lineColor = (element: StakeholderGraph, key = SUPPLIES) => element.cy!.getElementById(key).style('line-color') as string;
const shadow = (element: StakeholderGraph) => element.shadowRoot!;
/** The stroke of the legend swatch of relationship type `type`. */
const swatch = (element: StakeholderGraph, type: string) =>
  shadow(element).querySelector(`button[data-facet=edgeTypes][data-key="${type}"] svg line`)!.getAttribute('stroke');

describe('colours per relationship type and actor kind, from custom properties', () => {
  it('draws a type in the colour a wrapping element sets, and the legend swatch matches', async () => {
    const parent = box({ width: '800px', height: '500px' });
    parent.style.setProperty('--sg-edge-color-supplies', 'rebeccapurple');
    parent.style.setProperty('--sg-node-color-organization', 'rgb(0 200 0)');
    const element = await mount(parent);

    expect(lineColor(element)).toBe('rgb(102,51,153)');
    expect(swatch(element, 'supplies')).toBe('#663399');
    expect(element.cy!.getElementById('UN').style('background-color')).toBe('rgb(0,200,0)');
    // The others keep the dataset's colours.
    expect(lineColor(element, 'DPRK-pact-Russia')).not.toBe('rgb(102,51,153)');
    expect(swatch(element, 'pact')).toBe(seed.attributes.edgeTypes.pact.color);
  });

  it('follows a change the page makes, on refreshTheme()', async () => {
    const element = await mount(box({ width: '800px', height: '500px' }));
    const before = lineColor(element);
    element.style.setProperty('--sg-edge-color-supplies', '#ff8800');
    element.refreshTheme();
    await settleGraph(element, 2);
    expect(lineColor(element)).toBe('rgb(255,136,0)');
    expect(swatch(element, 'supplies')).toBe('#ff8800');

    element.style.removeProperty('--sg-edge-color-supplies');
    element.refreshTheme();
    await settleGraph(element, 2);
    expect(lineColor(element)).toBe(before);
  });

  it('reads them again when the theme switches, so a page can give dark colours', async () => {
    pageStyle('.themed stakeholder-graph[theme=dark] { --sg-edge-color-supplies: #00ffff; }');
    const parent = box({ width: '800px', height: '500px' });
    parent.className = 'themed';
    const element = await mount(parent, '<stakeholder-graph theme="light"></stakeholder-graph>');
    expect(lineColor(element)).toBe('rgb(31,111,178)');

    element.setAttribute('theme', 'dark');
    await settleGraph(element, 2);
    expect(lineColor(element)).toBe('rgb(0,255,255)');
    expect(swatch(element, 'supplies')).toBe('#00ffff');
  });

  it('ignores a value that is not a colour', async () => {
    const parent = box({ width: '800px', height: '500px' });
    parent.style.setProperty('--sg-edge-color-supplies', 'url(javascript:alert(1))');
    const element = await mount(parent);
    expect(lineColor(element)).toBe('rgb(31,111,178)');
  });
});

describe('page values win over the defaults', () => {
  it('takes --sg-background and --sg-panel from an ancestor, in light and dark', async () => {
    const parent = box({ width: '800px', height: '500px' });
    parent.style.setProperty('--sg-background', 'rgb(1, 2, 3)');
    parent.style.setProperty('--sg-panel', 'rgb(4, 5, 6)');
    const element = await mount(parent, '<stakeholder-graph theme="dark"></stakeholder-graph>');
    expect(getComputedStyle(element).backgroundColor).toBe('rgb(1, 2, 3)');
    expect(getComputedStyle(shadow(element).querySelector('[part=legend]')!).backgroundColor).toBe('rgb(4, 5, 6)');
    element.setAttribute('theme', 'light');
    await settleGraph(element, 2);
    expect(getComputedStyle(element).backgroundColor).toBe('rgb(1, 2, 3)');
    parent.style.removeProperty('--sg-background');
    expect(getComputedStyle(element).backgroundColor).toBe('rgb(255, 255, 255)');
  });
});

describe('the legend on a small embed', () => {
  const toggle = (element: StakeholderGraph) => shadow(element).querySelector<HTMLButtonElement>('[part=legend-toggle]')!;
  const legend = (element: StakeholderGraph) => shadow(element).querySelector<HTMLElement>('[part=legend]')!;
  const facetButtons = (element: StakeholderGraph) =>
    [...shadow(element).querySelectorAll<HTMLElement>('button[data-facet]')].filter((button) => button.checkVisibility());

  it('starts collapsed at 320x240, opens with a click without covering the whole drawing, and filters', async () => {
    const element = await mount(box({ width: '320px', height: '240px' }));
    expect(toggle(element).getAttribute('aria-expanded')).toBe('false');
    expect(facetButtons(element)).toEqual([]);
    expect(legend(element).offsetHeight).toBeLessThan(40);

    await userEvent.click(toggle(element));
    await settleGraph(element, 2);
    expect(toggle(element).getAttribute('aria-expanded')).toBe('true');
    expect(facetButtons(element).length).toBeGreaterThan(5);
    // A strip of the drawing stays uncovered above and beside the open legend.
    expect(legend(element).offsetHeight).toBeLessThanOrEqual(240 - 48);
    expect(legend(element).offsetWidth).toBeLessThanOrEqual(320 - 48);

    await userEvent.click(shadow(element).querySelector<HTMLElement>('button[data-facet=edgeTypes][data-key=condemns]')!);
    expect(element.getAttribute('edge-types')).toBe('supplies,pact,targets');
  });

  it('closes and opens from the keyboard, and stays as the user left it when the element grows', async () => {
    const parent = box({ width: '320px', height: '240px' });
    const element = await mount(parent);
    toggle(element).focus();
    await userEvent.keyboard('{Enter}');
    await settleGraph(element, 2);
    expect(toggle(element).getAttribute('aria-expanded')).toBe('true');
    await userEvent.keyboard('{Enter}');
    await settleGraph(element, 2);
    expect(toggle(element).getAttribute('aria-expanded')).toBe('false');

    parent.style.width = '900px';
    parent.style.height = '600px';
    await settleGraph(element, 2);
    expect(toggle(element).getAttribute('aria-expanded')).toBe('false');
  });

  it('is open on a large element, and collapses when the element shrinks before the user chose', async () => {
    const parent = box({ width: '800px', height: '500px' });
    const element = await mount(parent);
    expect(toggle(element).getAttribute('aria-expanded')).toBe('true');
    expect(facetButtons(element).length).toBeGreaterThan(5);

    parent.style.width = '300px';
    await settleGraph(element, 2);
    expect(toggle(element).getAttribute('aria-expanded')).toBe('false');
  });
});

describe('controls on <stakeholder-graph>', () => {
  it('hides the legend without "legend", and reports an unknown token without an error banner', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    onCleanup(() => warn.mockRestore());
    const parent = box({ width: '800px', height: '500px' });
    const errors: SgErrorDetail[] = [];
    parent.addEventListener('sg-error', (event) => errors.push(event.detail));
    const element = await mount(parent, '<stakeholder-graph controls="hints legnd"></stakeholder-graph>');

    expect(shadow(element).querySelector('[part=legend]')).toBeNull();
    expect(errors.map((error) => error.message)).toEqual([
      'controls: unknown control "legnd" ignored (did you mean "legend"?); valid controls: legend, hints, timeline, story',
    ]);
    expect(shadow(element).querySelector('[part=error]')).toBeNull();

    element.setAttribute('controls', 'legend');
    await settleGraph(element, 2);
    expect(shadow(element).querySelector('[part=legend]')).not.toBeNull();
  });
});
