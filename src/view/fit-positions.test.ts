/** The positions-only fit: everything inside the padded box, centred, zoom capped. */
import { describe, expect, it } from 'vitest';
import { viewportForPositions } from './fit-positions';

const box = { width: 800, height: 600, padding: 40, maxZoom: 1.6, nodeMargin: 10 };
const rendered = (viewport: { zoom: number; pan: { x: number; y: number } }, p: { x: number; y: number }) => ({
  x: p.x * viewport.zoom + viewport.pan.x,
  y: p.y * viewport.zoom + viewport.pan.y,
});

describe('viewportForPositions', () => {
  it('puts every position inside the padded box, the widest side touching its margin', () => {
    const positions = new Map([
      ['a', { x: -1000, y: -200 }],
      ['b', { x: 3000, y: 400 }],
      ['c', { x: 500, y: 0 }],
    ]);

    const viewport = viewportForPositions(positions, box)!;

    for (const p of positions.values()) {
      const r = rendered(viewport, p);
      expect(r.x).toBeGreaterThanOrEqual(40);
      expect(r.x).toBeLessThanOrEqual(760);
      expect(r.y).toBeGreaterThanOrEqual(40);
      expect(r.y).toBeLessThanOrEqual(560);
    }
    // Width decides: (4000 + 2 * 10) model units across 720 px.
    expect(viewport.zoom).toBeCloseTo(720 / 4020);
    // Centred: the middle of the box is the middle of the positions.
    expect(rendered(viewport, { x: 1000, y: 100 })).toEqual({ x: 400, y: 300 });
  });

  it('caps the zoom for a handful of close actors', () => {
    const viewport = viewportForPositions(new Map([['a', { x: 0, y: 0 }], ['b', { x: 5, y: 5 }]]), box)!;

    expect(viewport.zoom).toBe(1.6);
  });

  it('has nothing to fit without positions', () => {
    expect(viewportForPositions(new Map(), box)).toBeUndefined();
  });
});
