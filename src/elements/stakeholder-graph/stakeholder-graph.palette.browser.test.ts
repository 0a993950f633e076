/**
 * `<stakeholder-graph>` colours per theme: every actor and tie drawn with 3:1 contrast against the
 * element's background in light and dark (WCAG 1.4.11), the legend swatches in the colours
 * drawn, page colours winning in both themes, and labels and halos in the page's `--sg-text` /
 * `--sg-background`.
 */
import { afterEach, describe, expect, it } from 'vitest';
import seed from '../../../graph-data/dprk-russia-2024.json';
import './stakeholder-graph';
import type { StakeholderGraph } from './stakeholder-graph.component';
import { contrastRatio, formatColor, MIN_CONTRAST, parseColor } from '../../graph/palette';
import { readCanvasTheme } from './page-colors';
import { DARK_CANVAS, LIGHT_CANVAS } from '../../view/cy-style';
import { box, undoPageChanges } from '../../test-support/page';

afterEach(() => {
  undoPageChanges();
});

/** A graph with `theme`, filling `parent`, loaded and drawn. */
async function mount(parent: HTMLElement, theme: 'light' | 'dark', data: unknown = seed): Promise<StakeholderGraph> {
  const element = document.createElement('stakeholder-graph');
  element.setAttribute('theme', theme);
  element.style.height = '100%';
  element.data = data as typeof seed;
  const loaded = new Promise((resolve) => element.addEventListener('sg-load', resolve, { once: true }));
  parent.append(element);
  await loaded;
  await settled(element);
  return element;
}

async function settled(element: StakeholderGraph): Promise<void> {
  await element.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await element.updateComplete;
}

/** Cytoscape's `rgb(r,g,b)` and the computed style's `rgb(r, g, b)`, both as `#rrggbb`. */
const hex = (css: string) => formatColor({ ...parseColor(css)!, a: 1 });
const background = (element: StakeholderGraph) => hex(getComputedStyle(element).backgroundColor);
const fills = (element: StakeholderGraph) => element.cy!.nodes().map((node) => [node.id(), hex(node.style('background-color') as string)]);
const lines = (element: StakeholderGraph) => element.cy!.edges().map((edge) => [edge.id(), hex(edge.style('line-color') as string)]);
const fill = (element: StakeholderGraph, key: string) => hex(element.cy!.getElementById(key).style('background-color') as string);
/** The fill of the legend swatch of actor kind `kind`. */
const kindSwatch = (element: StakeholderGraph, kind: string) =>
  element.shadowRoot!.querySelector(`button[data-facet=nodeKinds][data-key="${kind}"] svg :is(circle, rect)`)!.getAttribute('fill');

/** Every drawn actor and tie with its contrast against the element's background, those under 3:1 listed. */
function underContrast(element: StakeholderGraph): string[] {
  const behind = background(element);
  return [...fills(element), ...lines(element)]
    .filter(([, color]) => contrastRatio(color!, behind)! < MIN_CONTRAST)
    .map(([key, color]) => `${key} ${color} ${contrastRatio(color!, behind)!.toFixed(2)}:1`);
}

describe('actors and ties in the dark theme', () => {
  it('have 3:1 against the element’s background, State actors included (the reported bug)', async () => {
    const element = await mount(box({ width: '800px', height: '500px' }), 'dark');
    expect(background(element)).toBe('#0f172a');
    expect(element.cy!.nodes().length).toBeGreaterThan(5);
    expect(underContrast(element)).toEqual([]);
    // The declared slate (1.7:1 here) is drawn lightened; the legend shows the colour drawn.
    expect(fill(element, 'DPRK')).not.toBe(seed.attributes.nodeKinds.state.color);
    expect(kindSwatch(element, 'state')).toBe(fill(element, 'DPRK'));
    expect(element.types!.nodeKinds.get('state')!.color).toBe(fill(element, 'DPRK'));
  });

  it('keep 3:1 when the theme switches from light to dark and back, with the declared colours in light', async () => {
    const element = await mount(box({ width: '800px', height: '500px' }), 'light');
    expect(background(element)).toBe('#ffffff');
    expect(underContrast(element)).toEqual([]);
    expect(fill(element, 'DPRK')).toBe(seed.attributes.nodeKinds.state.color);

    element.setAttribute('theme', 'dark');
    await settled(element);
    expect(background(element)).toBe('#0f172a');
    expect(underContrast(element)).toEqual([]);
    expect(kindSwatch(element, 'state')).toBe(fill(element, 'DPRK'));

    element.setAttribute('theme', 'light');
    await settled(element);
    expect(fill(element, 'DPRK')).toBe(seed.attributes.nodeKinds.state.color);
    expect(kindSwatch(element, 'state')).toBe(seed.attributes.nodeKinds.state.color);
  });

  it('lighten a colour the dataset names (navy) too', async () => {
    const data = structuredClone(seed);
    data.attributes.nodeKinds.state.color = 'navy';
    const element = await mount(box({ width: '800px', height: '500px' }), 'dark');
    element.data = data;
    await settled(element);
    expect(underContrast(element)).toEqual([]);
    const drawn = parseColor(fill(element, 'DPRK'))!;
    // Navy mixed towards white: still more blue than red or green.
    expect(drawn.b).toBeGreaterThan(drawn.r);
    expect(drawn.r).toBe(drawn.g);
  });

  it('give way to a colour the page sets, in dark as in light', async () => {
    const parent = box({ width: '800px', height: '500px' });
    parent.style.setProperty('--sg-node-color-state', '#334155');
    const element = await mount(parent, 'dark');
    expect(fill(element, 'DPRK')).toBe('#334155');
    expect(kindSwatch(element, 'state')).toBe('#334155');
  });
});

describe('readCanvasTheme', () => {
  it('takes label text, halo and selection outline from the page’s --sg-text, --sg-background and --sg-accent', async () => {
    const parent = box({ width: '800px', height: '500px' });
    parent.style.setProperty('--sg-text', '#ff0000');
    parent.style.setProperty('--sg-background', 'rgb(255 255 0)');
    parent.style.setProperty('--sg-accent', 'green');
    const element = await mount(parent, 'dark');
    const theme = readCanvasTheme(element, true);
    expect(theme).toEqual({ ...DARK_CANVAS, text: '#ff0000', halo: '#ffff00', accent: '#008000' });
    // The same object while nothing changes: the view rebuilds its stylesheet for any other.
    expect(readCanvasTheme(element, true)).toBe(theme);
    parent.style.setProperty('--sg-text', '#00ff00');
    expect(readCanvasTheme(element, true)).toEqual({ ...theme, text: '#00ff00' });
  });

  it('keeps the theme’s defaults where the page sets nothing, not a colour, or transparent', async () => {
    const parent = box({ width: '800px', height: '500px' });
    const element = await mount(parent, 'light');
    expect(readCanvasTheme(element, false)).toBe(LIGHT_CANVAS);
    expect(readCanvasTheme(element, true)).toBe(DARK_CANVAS);
    parent.style.setProperty('--sg-text', 'url(javascript:alert(1))');
    parent.style.setProperty('--sg-background', 'transparent');
    expect(readCanvasTheme(element, false)).toBe(LIGHT_CANVAS);
  });
});

describe('labels on the canvas', () => {
  // Needs the element to draw with readCanvasTheme(this, this.isDark()) rather than the constants.
  it('are drawn in the page’s --sg-text with a halo of its --sg-background, and follow a theme switch', async () => {
    const parent = box({ width: '800px', height: '500px' });
    parent.style.setProperty('--sg-text', '#ff0000');
    parent.style.setProperty('--sg-background', '#ffff00');
    const element = await mount(parent, 'dark');
    const dprk = () => element.cy!.getElementById('DPRK');
    expect(hex(dprk().style('color') as string)).toBe('#ff0000');
    expect(hex(dprk().style('text-outline-color') as string)).toBe('#ffff00');

    parent.style.removeProperty('--sg-text');
    parent.style.removeProperty('--sg-background');
    element.setAttribute('theme', 'light');
    await settled(element);
    expect(hex(dprk().style('color') as string)).toBe(LIGHT_CANVAS.text);
    expect(hex(dprk().style('text-outline-color') as string)).toBe(LIGHT_CANVAS.halo);
  });
});
