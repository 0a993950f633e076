/**
 * Colours per theme: every default colour, and the dark variant of any colour, has the 3:1
 * contrast WCAG 1.4.11 asks of graphical objects against its theme's background. The contrast is
 * computed here from the WCAG definition, independently of the code under test, and checked
 * against reference values.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stakeholderGraphStyles } from '../elements/stakeholder-graph/stakeholder-graph.styles';
import {
  contrastRatio,
  DARK_BACKGROUND,
  DARK_PALETTE,
  darkVariant,
  FALLBACK_COLOR,
  formatColor,
  LIGHT_BACKGROUND,
  MIN_CONTRAST,
  PALETTE,
  parseColor,
} from './palette';

/** `#rrggbb` → [r, g, b], 0–255. */
function channels(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not #rrggbb: ${hex}`);
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}

/** WCAG 2.2, "relative luminance": linearised sRGB channels weighted 0.2126, 0.7152, 0.0722. */
function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2.2, "contrast ratio": (L1 + 0.05) / (L2 + 0.05), L1 the lighter. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** CIE76 colour difference in CIELAB (D65), to tell whether two palette entries look alike. */
function deltaE(a: string, b: string): number {
  const lab = (hex: string) => {
    const [r, g, b] = channels(hex).map((c) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }) as [number, number, number];
    const xyz = [
      (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
      0.2126 * r + 0.7152 * g + 0.0722 * b,
      (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
    ];
    const [fx, fy, fz] = xyz.map((t) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t) / 116 + 16 / 116)) as [number, number, number];
    return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
  };
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!, p[2]! - q[2]!);
}

const toHex = (r: number, g: number, b: number) => formatColor({ r, g, b, a: 1 });
const anyHex = fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }));

describe('the contrast formula', () => {
  it('gives the WCAG reference values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
    expect(contrast('#0f172a', '#ffffff')).toBeCloseTo(17.85, 2);
  });

  it('is the one the code uses', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', 'rgb(255, 255, 255)')).toBeCloseTo(4.48, 2);
    fc.assert(
      fc.property(anyHex, anyHex, (a, b) => {
        expect(contrastRatio(toHex(...a), toHex(...b))).toBeCloseTo(contrast(toHex(...a), toHex(...b)), 9);
      }),
    );
  });
});

describe('the default palette', () => {
  it('matches the themes’ default backgrounds in the element’s styles', () => {
    const css = stakeholderGraphStyles.cssText;
    expect(css).toContain(`--sg-background, ${LIGHT_BACKGROUND})`);
    expect(css).toContain(`--sg-background, ${DARK_BACKGROUND})`);
  });

  it('has 3:1 against white in light and against the dark background in dark, for every colour and the fallback', () => {
    expect(DARK_PALETTE).toHaveLength(PALETTE.length);
    for (const color of [...PALETTE, FALLBACK_COLOR]) expect(contrast(color, LIGHT_BACKGROUND), color).toBeGreaterThanOrEqual(MIN_CONTRAST);
    for (const color of [...DARK_PALETTE, FALLBACK_COLOR])
      expect(contrast(color, DARK_BACKGROUND), color).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  it('reads as text too (4.5:1) in both themes', () => {
    for (const color of PALETTE) expect(contrast(color, LIGHT_BACKGROUND), color).toBeGreaterThanOrEqual(4.5);
    for (const color of DARK_PALETTE) expect(contrast(color, DARK_BACKGROUND), color).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps its colours apart in each theme', () => {
    for (const palette of [PALETTE, DARK_PALETTE]) {
      palette.forEach((a, i) => palette.slice(i + 1).forEach((b) => expect(deltaE(a, b), `${a} / ${b}`).toBeGreaterThanOrEqual(20)));
    }
  });
});

describe('dark variants of declared colours', () => {
  const seed = JSON.parse(readFileSync(new URL('../../graph-data/dprk-russia-2024.json', import.meta.url), 'utf8')) as {
    attributes: { edgeTypes: Record<string, { color: string }>; nodeKinds: Record<string, { color: string }> };
  };
  const declared = [...Object.values(seed.attributes.edgeTypes), ...Object.values(seed.attributes.nodeKinds)].map((spec) => spec.color);

  it('reach 3:1 for every colour the seed dataset declares, the State kind included', () => {
    expect(declared).toContain(seed.attributes.nodeKinds.state!.color);
    for (const color of declared) expect(contrast(darkVariant(color), DARK_BACKGROUND), color).toBeGreaterThanOrEqual(MIN_CONTRAST);
    // The reported bug: State's slate had 1.7:1 on the dark background.
    expect(contrast(seed.attributes.nodeKinds.state!.color, DARK_BACKGROUND)).toBeLessThan(MIN_CONTRAST);
  });

  it('reach 3:1 for any colour, and keep one that already has it', () => {
    fc.assert(
      fc.property(anyHex, (rgb) => {
        const color = toHex(...rgb);
        const variant = darkVariant(color);
        expect(contrast(variant, DARK_BACKGROUND)).toBeGreaterThanOrEqual(MIN_CONTRAST);
        if (contrast(color, DARK_BACKGROUND) >= MIN_CONTRAST) expect(variant).toBe(color);
      }),
      { numRuns: 2000 },
    );
  });

  it('keep the hue: mixed towards white, no channel drops and the channels keep their order', () => {
    fc.assert(
      fc.property(anyHex, (rgb) => {
        const variant = channels(darkVariant(toHex(...rgb)));
        variant.forEach((c, i) => expect(c).toBeGreaterThanOrEqual(rgb[i]!));
        for (const [i, j] of [
          [0, 1],
          [1, 2],
          [0, 2],
        ] as const) {
          if (rgb[i] > rgb[j]) expect(variant[i]).toBeGreaterThanOrEqual(variant[j]);
        }
      }),
    );
  });

  it('are lightened just enough: one 5% step less would not reach 3:1', () => {
    const variant = channels(darkVariant('#334155'));
    const original = channels('#334155');
    const step = (variant[0] - original[0]) / (255 - original[0]);
    const lessMixed = toHex(...(original.map((c) => Math.round(c + (255 - c) * (step - 0.05))) as [number, number, number]));
    expect(contrast(lessMixed, DARK_BACKGROUND)).toBeLessThan(MIN_CONTRAST);
  });

  it('work on every syntax a dataset may use, and leave names to the browser', () => {
    expect(darkVariant('#234')).toMatch(/^#[0-9a-f]{6}$/);
    expect(darkVariant('rgb(51, 65, 85)')).toBe(darkVariant('#334155'));
    expect(darkVariant('rgb(51 65 85)')).toBe(darkVariant('#334155'));
    expect(darkVariant('hsl(215, 25%, 27%)')).toMatch(/^#[0-9a-f]{6}$/);
    expect(darkVariant('rgba(51, 65, 85, 0.5)')).toMatch(/^rgba\(\d+, \d+, \d+, 0\.5\)$/);
    expect(darkVariant('navy')).toBe('navy');
  });
});

describe('parseColor', () => {
  it('reads hex, rgb() and hsl() in their comma and space forms', () => {
    expect(parseColor('#abc')).toEqual({ r: 170, g: 187, b: 204, a: 1 });
    expect(parseColor('#11223380')).toEqual({ r: 17, g: 34, b: 51, a: 128 / 255 });
    expect(parseColor('rgb(10 20 30 / 50%)')).toEqual({ r: 10, g: 20, b: 30, a: 0.5 });
    expect(parseColor('RGBA(10, 20, 30, 0.25)')).toEqual({ r: 10, g: 20, b: 30, a: 0.25 });
    expect(parseColor('hsl(120, 100%, 25%)')).toEqual({ r: 0, g: 127.5, b: 0, a: 1 });
    expect(parseColor('hsl(0 100% 50%)')).toEqual({ r: 255, g: 0, b: 0, a: 1 });
  });

  it('rejects anything else', () => {
    for (const value of ['', 'navy', '#12', 'rgb(1, 2)', 'rgb(a, b, c)', 'url(x)', 'rgb(1, 2, 3, 4, 5)'])
      expect(parseColor(value), value).toBeUndefined();
  });
});
