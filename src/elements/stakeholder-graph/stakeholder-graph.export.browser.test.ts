/**
 * Saving what is shown: `exportData()` after a user filters with the legend and drags an actor,
 * loaded again into another widget; `exportImage()` as a PNG a browser can decode.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { mountGraph } from '../../test-support/graph';
import type { StakeholderGraph } from './stakeholder-graph.component';
import { undoPageChanges } from '../../test-support/page';

afterEach(undoPageChanges);

const legendButton = (element: StakeholderGraph, facet: string, key: string) =>
  element.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-facet=${facet}][data-key="${key}"]`)!;

describe('exportData()', () => {
  it('saves what the legend leaves shown, where it is on screen, and loads back as it was', async () => {
    const element = await mountGraph();
    await userEvent.click(legendButton(element, 'edgeTypes', 'condemns'));
    await element.updateComplete;
    element.cy!.getElementById('UN').position({ x: 1234.56, y: -98.76 });

    const exported = element.exportData()!;
    const types = new Set(exported.edges.map((edge) => (edge.attributes as { type: string }).type));
    expect(types.has('condemns')).toBe(false);
    expect(exported.edges.length).toBe(element.cy!.edges().not('.sg-hidden').length);
    expect(exported.nodes.find((node) => node.key === 'UN')?.attributes).toMatchObject({ x: 1234.6, y: -98.8 });

    const all = element.exportData({ all: true, positions: false })!;
    expect(all.edges).toHaveLength(12);
    expect(all.nodes.every((node) => !('x' in (node.attributes ?? {})))).toBe(true);

    // Loaded into another widget, "From the data" puts every actor where it was.
    const again = await mountGraph({ data: JSON.parse(JSON.stringify(exported)) as object });
    expect(again.currentLayout).toBe('preset');
    expect(again.cy!.edges()).toHaveLength(exported.edges.length);
    for (const node of element.cy!.nodes().not('.sg-hidden')) {
      const there = again.cy!.getElementById(node.id()).position();
      expect(there.x).toBeCloseTo(node.position().x, 0);
      expect(there.y).toBeCloseTo(node.position().y, 0);
    }
  });

  it('returns null before anything is loaded', () => {
    const element = document.createElement('stakeholder-graph');
    expect(element.exportData()).toBeNull();
  });
});

describe('exportImage()', () => {
  it('draws the whole graph as a PNG on the theme background, whatever the zoom', async () => {
    const element = await mountGraph({ setup: (el) => (el.theme = 'dark') });
    element.cy!.zoom({ level: 4, position: element.cy!.getElementById('DPRK').position() });

    const blob = await element.exportImage();
    expect(blob.type).toBe('image/png');
    const image = await createImageBitmap(blob);
    const box = element.cy!.elements().boundingBox({});
    // The whole graph at scale 2, not the zoomed-in viewport.
    expect(image.width).toBeGreaterThanOrEqual(Math.floor(box.w * 2) - 2);
    expect(image.width).toBeLessThanOrEqual(4096);

    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
    // The dark theme's background (#0f172a), not transparent.
    expect([r, g, b, a]).toEqual([15, 23, 42, 255]);
  });

  it('rejects with a clear message before anything is loaded', async () => {
    const element = document.createElement('stakeholder-graph');
    await expect(element.exportImage()).rejects.toThrow(/nothing is shown yet/);
  });
});
