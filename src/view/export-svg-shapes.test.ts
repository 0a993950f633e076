/**
 * The SVG export's text and shapes in Node: escaping that no label can break out of, and an
 * outline for every node shape a dataset may name, inside the node's box and touching its sides.
 */
import { describe, expect, it } from 'vitest';
import { NODE_SHAPES } from '../graph/dataset-schema';
import { attrs, escapeXml, num } from './export-svg-markup';
import { nodeOutline } from './export-svg-shapes';

describe('escapeXml', () => {
  it('escapes markup and quotes and replaces what XML cannot hold', () => {
    expect(escapeXml(`<b a="1" b='2'>&amp;</b>`)).toBe('&lt;b a=&quot;1&quot; b=&#39;2&#39;&gt;&amp;amp;&lt;/b&gt;');
    expect(escapeXml('a\u0000b\u0008c\u001Fd\uFFFEe\uD800f')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf');
    // Tabs, line breaks and characters outside the basic plane are kept.
    expect(escapeXml('a\tb\nc\r😀 Корея')).toBe('a\tb\nc\r😀 Корея');
  });

  it('writes attributes escaped, numbers rounded, and leaves out absent ones', () => {
    expect(attrs({ fill: 'red" onload="x', x: 1.23456, y: -0.001, gone: undefined, off: false, none: null })).toBe(
      ' fill="red&quot; onload=&quot;x" x="1.23" y="0"',
    );
    expect(num(-0.004)).toBe('0');
  });
});

describe('nodeOutline', () => {
  const coordinates = (markup: string) =>
    [...(/ d="([^"]*)"/.exec(markup)?.[1] ?? '').replace(/A[\d.]+,[\d.]+ 0 0 [01] /g, '').matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => ({
      x: Number(m[1]),
      y: Number(m[2]),
    }));

  it.each(NODE_SHAPES.filter((shape) => shape !== 'ellipse'))('draws %s as a path within its box', (shape) => {
    const markup = nodeOutline(shape, 100, 50, 40, 30, 'auto', ' fill="#000"');
    expect(markup).toMatch(/^<path d="M[^"]+ Z" fill="#000"\/>$/);
    const points = coordinates(markup);
    expect(points.length).toBeGreaterThanOrEqual(3);
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    for (const x of xs) expect(x).toBeGreaterThanOrEqual(80 - 0.01);
    for (const x of xs) expect(x).toBeLessThanOrEqual(120 + 0.01);
    for (const y of ys) expect(y).toBeGreaterThanOrEqual(35 - 0.01);
    for (const y of ys) expect(y).toBeLessThanOrEqual(65 + 0.01);
    // It spans the box's height, as in Cytoscape, but for the concave hexagon (95%) and the
    // rounding of sharp corners.
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(shape.startsWith('round-') ? 24 : 28);
  });

  it('draws an ellipse, and any shape it does not know as one', () => {
    expect(nodeOutline('ellipse', 1, 2, 10, 20, 'auto', '')).toBe('<ellipse cx="1" cy="2" rx="5" ry="10"/>');
    expect(nodeOutline('polygon', 1, 2, 10, 20, 'auto', '')).toBe('<ellipse cx="1" cy="2" rx="5" ry="10"/>');
  });

  it('rounds a rectangle with arcs of the given radius, or Cytoscape’s automatic one', () => {
    expect(nodeOutline('round-rectangle', 0, 0, 28, 28, 'auto', '')).toContain('A7,7 0 0 ');
    expect(nodeOutline('round-rectangle', 0, 0, 100, 100, 'auto', '')).toContain('A8,8 0 0 ');
    expect(nodeOutline('round-rectangle', 0, 0, 100, 100, 3, '')).toContain('A3,3 0 0 ');
  });
});
