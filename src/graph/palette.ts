/**
 * Colours per theme for relationship types and actor kinds. Each default colour has a light and a
 * dark value, each with at least 3:1 contrast against its theme's default background (WCAG 2.2,
 * 1.4.11 Non-text Contrast: a line or a node is a graphical object). A colour a dataset declares
 * is its author's: it is drawn as given in the light theme, and in the dark theme lightened just
 * enough to reach 3:1, since a dark colour that reads well on white vanishes on a dark background.
 */

/** The themes' default backgrounds (`--sg-background`, stakeholder-graph.styles.ts). */
export const LIGHT_BACKGROUND = '#ffffff';
export const DARK_BACKGROUND = '#0f172a';

/** WCAG 1.4.11: graphical objects need 3:1 against what surrounds them. */
export const MIN_CONTRAST = 3;

/**
 * Distinct hues for the light theme, each at least 4.5:1 against white, so they stay readable as
 * text too.
 */
export const PALETTE = ['#1f6fb2', '#b91c1c', '#7b3fa0', '#b45309', '#047857', '#a21caf', '#4d7c0f', '#0e7490', '#9f1239', '#475569'];

/**
 * The same hues for the dark theme, in the same order (entry i stands for PALETTE[i] there), each
 * at least 4.5:1 against the dark background.
 */
export const DARK_PALETTE = ['#60a5fa', '#f87171', '#c084fc', '#fbbf24', '#34d399', '#f0abfc', '#a3e635', '#22d3ee', '#fda4af', '#94a3b8'];

/**
 * For an element whose type or kind the registry lacks: slate 500 has 3:1 against both themes'
 * backgrounds, so the drawing needs no theme to pick it.
 */
export const FALLBACK_COLOR = '#64748b';

export interface Rgba {
  /** 0–255 each. */
  r: number;
  g: number;
  b: number;
  /** 0–1. */
  a: number;
}

/**
 * Parses the colour syntaxes a dataset may use (dataset-schema.ts) and those a canvas serialises:
 * `#rgb`, `#rrggbb` (with or without alpha), `rgb()`/`rgba()` and `hsl()`/`hsla()`, comma or space
 * separated. Undefined for anything else, including colour names (resolving those needs a
 * browser, see page-colors.ts).
 */
export function parseColor(css: string): Rgba | undefined {
  const value = css.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(value)?.[1];
  if (hex) {
    const digits = hex.length <= 4 ? [...hex].map((d) => d + d) : hex.match(/../g)!;
    const [r, g, b, a = 255] = digits.map((pair) => parseInt(pair, 16));
    return { r: r!, g: g!, b: b!, a: a / 255 };
  }
  const fn = /^(rgb|hsl)a?\(([^()]*)\)$/.exec(value);
  if (!fn) return undefined;
  const parts = fn[2]!.trim().split(/[\s,/]+/);
  if (parts.length < 3 || parts.length > 4 || parts.some((part) => !/^-?(\d+\.?\d*|\.\d+)%?$/.test(part))) return undefined;
  const number = (part: string, scale: number) => (part.endsWith('%') ? (parseFloat(part) / 100) * scale : parseFloat(part));
  const a = parts[3] === undefined ? 1 : clamp(number(parts[3], 1), 0, 1);
  if (fn[1] === 'rgb') {
    const [r, g, b] = parts.slice(0, 3).map((part) => clamp(number(part, 255), 0, 255));
    return { r: r!, g: g!, b: b!, a };
  }
  return { ...hslToRgb(parseFloat(parts[0]!), clamp(number(parts[1]!, 1), 0, 1), clamp(number(parts[2]!, 1), 0, 1)), a };
}

function hslToRgb(hue: number, s: number, l: number): Omit<Rgba, 'a'> {
  const h = (((hue % 360) + 360) % 360) / 30;
  const k = (n: number) => (n + h) % 12;
  const f = (n: number) => 255 * (l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1)));
  return { r: f(0), g: f(8), b: f(4) };
}

const clamp = (x: number, low: number, high: number) => Math.min(high, Math.max(low, x));

/** WCAG 2.2 relative luminance of an sRGB colour (alpha ignored). */
export function relativeLuminance({ r, g, b }: Omit<Rgba, 'a'>): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2.2 contrast ratio (1–21) of two colours; undefined when either does not parse. */
export function contrastRatio(first: string, second: string): number | undefined {
  const a = parseColor(first);
  const b = parseColor(second);
  return a && b ? ratio(relativeLuminance(a), relativeLuminance(b)) : undefined;
}

function ratio(l1: number, l2: number): number {
  return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
}

/**
 * The colour to draw `color` with on the dark background: itself when it has 3:1 there, else
 * mixed towards white in steps of 5% until it does (the hue stays; white has 17.9:1). Alpha is
 * kept. A colour that does not parse (a name) is returned unchanged.
 */
export function darkVariant(color: string): string {
  const rgba = parseColor(color);
  if (!rgba) return color;
  const background = relativeLuminance(parseColor(DARK_BACKGROUND)!);
  if (ratio(relativeLuminance(rgba), background) >= MIN_CONTRAST) return color;
  for (let step = 1; step < 20; step++) {
    const mixed = towardsWhite(rgba, step / 20);
    if (ratio(relativeLuminance(mixed), background) >= MIN_CONTRAST) return formatColor(mixed);
  }
  return formatColor(towardsWhite(rgba, 1));
}

function towardsWhite(rgba: Rgba, t: number): Rgba {
  const mix = (channel: number) => Math.round(channel + (255 - channel) * t);
  return { r: mix(rgba.r), g: mix(rgba.g), b: mix(rgba.b), a: rgba.a };
}

/** `#rrggbb`, or `rgba(r, g, b, a)` when translucent. */
export function formatColor({ r, g, b, a }: Rgba): string {
  const channels = [r, g, b].map((c) => Math.round(c));
  if (a < 1) return `rgba(${channels.join(', ')}, ${a})`;
  return `#${channels.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}
