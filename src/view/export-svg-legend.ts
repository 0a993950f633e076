/**
 * The legend of an exported SVG drawing: a box with a sample per entry (a tie's line, its dash
 * pattern or arrow, an actor kind's dot) and its label, drawn with the same dash patterns and
 * arrow proportions as the graph, so that a reader matches them by eye.
 */
import { attrs, escapeXml, num } from './export-svg-markup';

export interface SvgLegendItem {
  label: string;
  color: string;
  /** `line`, `dashed`, `dotted`: a tie's line; `arrow`: a directed tie; `node`: an actor kind. */
  kind: 'line' | 'dashed' | 'dotted' | 'arrow' | 'node';
}

export interface SvgLegend {
  title?: string;
  items: SvgLegendItem[];
}

export interface LegendLook {
  font: string;
  /** Text and frame colour. */
  text: string;
  /** Box fill. */
  background: string;
}

export interface LegendLayout {
  width: number;
  height: number;
  /** The legend with its top left corner at (x, y). */
  markup(x: number, y: number): string;
}

const FONT_SIZE = 12;
const TITLE_SIZE = 13;
const ROW = 20;
const PAD = 10;
const SAMPLE = 30;
const GAP = 8;
/** The drawing's own patterns (Cytoscape's default `line-dash-pattern` and its dotted line). */
const DASHES: Partial<Record<SvgLegendItem['kind'], string>> = { dashed: '6 3', dotted: '1 1' };

export function layoutLegend(legend: SvgLegend, look: LegendLook): LegendLayout {
  const title = legend.title?.trim() ? legend.title : undefined;
  const titleHeight = title === undefined ? 0 : ROW + 2;
  const textWidth = Math.max(
    title === undefined ? 0 : measure(title, TITLE_SIZE, look.font, 'bold') - SAMPLE - GAP,
    ...legend.items.map((item) => measure(item.label, FONT_SIZE, look.font)),
  );
  const width = Math.ceil(2 * PAD + SAMPLE + GAP + textWidth);
  const height = Math.ceil(2 * PAD + titleHeight + legend.items.length * ROW);
  return {
    width,
    height,
    markup: (x, y) => {
      const parts = [`<rect${attrs({ x, y, width, height, rx: 4, fill: look.background, stroke: look.text, 'stroke-opacity': 0.3 })}/>`];
      const text = (content: string, tx: number, ty: number, size: number, bold = false) =>
        `<text${attrs({ x: tx, y: ty, 'font-family': look.font, 'font-size': size, 'font-weight': bold && 'bold', fill: look.text })}>${escapeXml(content)}</text>`;
      if (title !== undefined) parts.push(text(title, x + PAD, y + PAD + TITLE_SIZE, TITLE_SIZE, true));
      legend.items.forEach((item, i) => {
        const middle = y + PAD + titleHeight + i * ROW + ROW / 2;
        parts.push(
          `<g class="legend-item">${sample(item, x + PAD, middle)}${text(item.label, x + PAD + SAMPLE + GAP, middle + 0.35 * FONT_SIZE, FONT_SIZE)}</g>`,
        );
      });
      return `<g class="legend">${parts.join('')}</g>`;
    },
  };
}

/** The sample drawn left of an entry's label, `SAMPLE` wide, centred on `y`. */
function sample(item: SvgLegendItem, x: number, y: number): string {
  if (item.kind === 'node') return `<circle${attrs({ cx: x + SAMPLE / 2, cy: y, r: 7, fill: item.color })}/>`;
  const arrow = item.kind === 'arrow';
  // The graph's arrow at its default edge width (2.5) and scale (1.2): 0.3 of 34.8 long and as wide.
  const length = 10.4;
  const end = arrow ? x + SAMPLE - 2 * 2.5 * 1.2 : x + SAMPLE;
  const line = `<line${attrs({ x1: x, y1: y, x2: end, y2: y, stroke: item.color, 'stroke-width': 2.5, 'stroke-dasharray': DASHES[item.kind] })}/>`;
  if (!arrow) return line;
  const tip = x + SAMPLE;
  const points = `${num(tip)},${num(y)} ${num(tip - length)},${num(y - length / 2)} ${num(tip - length)},${num(y + length / 2)}`;
  return `${line}<polygon${attrs({ points, fill: item.color })}/>`;
}

let context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null | undefined;

/** The width of `text` in the legend's font: measured on a canvas where there is one, else estimated. */
function measure(text: string, size: number, font: string, weight = 'normal'): number {
  if (context === undefined) {
    context = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : null;
  }
  if (!context) return 0.6 * size * [...text].length;
  context.font = `${weight} ${size}px ${font}`;
  return context.measureText(text).width;
}
