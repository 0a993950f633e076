/**
 * Writing SVG markup as text, for the SVG export: escaping, numbers, colours and attribute lists.
 * Labels, type names and colours come from whoever wrote the dataset, so every value that goes
 * into the file passes through `escapeXml`, attribute values included.
 */
import type { EdgeSingular, NodeSingular } from 'cytoscape';

export type Element = NodeSingular | EdgeSingular;

/**
 * Code points XML 1.0 does not allow in a document at all (control characters other than tab
 * and line breaks, lone surrogates, U+FFFE and U+FFFF): escaping cannot save them, and one
 * would make the whole file unreadable, so each becomes U+FFFD.
 */
const NOT_XML = /[^\t\n\r\u{20}-\u{D7FF}\u{E000}-\u{FFFD}\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `text` as it may stand in XML character data or in a quoted attribute value. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/** A coordinate or length: two decimals at most (a hundredth of a pixel is below what shows). */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** A list of points as SVG path or `points` text. */
export const pointList = (points: Array<{ x: number; y: number }>) => points.map((p) => `${num(p.x)},${num(p.y)}`).join(' ');

/** Attribute text (` name="value"` each); attributes whose value is undefined, null or false are left out. */
export function attrs(values: Record<string, string | number | undefined | null | false>): string {
  let text = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === false) continue;
    text += ` ${name}="${escapeXml(typeof value === 'number' ? num(value) : value)}"`;
  }
  return text;
}

/** An opacity, or undefined when fully opaque (the attribute is then left out). */
export const opacity = (value: number) => (value >= 1 ? undefined : Math.max(0, value));

/** Cytoscape's parsed colour (`[r, g, b]`) as `#rrggbb`; strings pass through. */
export function colorText(value: unknown): string {
  if (Array.isArray(value))
    return `#${value
      .slice(0, 3)
      .map((c) => Math.round(Number(c)).toString(16).padStart(2, '0'))
      .join('')}`;
  return typeof value === 'string' ? value : '#000000';
}

/**
 * Cytoscape's parsed value of a style property, through its public `numericStyle` (numbers in
 * model pixels, colours as `[r, g, b]`, lists as arrays).
 */
export const styleOf = (ele: Element, name: string): unknown => ele.numericStyle(name) as unknown;
export const numberStyle = (ele: Element, name: string): number => Number(styleOf(ele, name)) || 0;
/** A keyword or text property as Cytoscape writes it (`style`: the font family as one string, not its parts). */
export const stringStyle = (ele: Element, name: string): string => {
  const value = ele.style(name) as unknown;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
};
export const colorStyle = (ele: Element, name: string): string => colorText(styleOf(ele, name));
