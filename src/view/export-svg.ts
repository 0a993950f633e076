/**
 * The drawing as an SVG document: the whole graph (not only the viewport) as vector shapes, from
 * the positions, geometry and styles Cytoscape computed for what it shows, with an optional
 * legend. Loaded on demand, like the PNG export.
 *
 * Why a serializer of our own rather than the `cytoscape-svg` extension (0.4.0, read from its npm
 * tarball and run on a test page under the widget's CSP): it does produce vector output there,
 * but
 * - its licence is GPL-3.0, and the embed bundle ships what it imports: this MIT package cannot
 *   carry it;
 * - it registers `cy.svg()` on Cytoscape's core prototype (the widget adds nothing to Cytoscape's
 *   prototypes) and its UMD file reads `window` when imported;
 * - it replays Cytoscape's private canvas renderer (`renderer().drawElements`,
 *   `_private.rscratch`, `usePaths`) into a bundled fork of canvas2svg pinned to a git commit, so
 *   any Cytoscape release can break it, and it has no place for a title or a legend;
 * - it weighs 21 KB minified (7.4 KB gzipped); these files, 11 KB (4.9 KB gzipped).
 * This one reads only Cytoscape's public API (`numericStyle`, `effectiveOpacity`, `boundingBox`,
 * the edge-point methods), which the lean build keeps (`scripts/cytoscape-lean.mjs` leaves out
 * only algorithms and layouts), and uses no eval, no inline styles and no DOM (a canvas at most,
 * to measure the legend's text): it returns text.
 *
 * What it draws: every element Cytoscape shows (`:visible`: not `display: none`, not
 * `visibility: hidden`, not fully transparent), ties under actors as Cytoscape stacks them, each
 * with its label; fills, borders (solid, dashed, dotted, double), lines with their dash patterns,
 * arrowheads and opacities (dimmed elements stay faint). Not drawn: the keyboard cursor's
 * outline (a focus mark, not part of the picture).
 */
import type { Core, NodeSingular } from 'cytoscape';
import { edgeMarkup } from './export-svg-edges';
import { labelMarkup } from './export-svg-labels';
import { layoutLegend, type SvgLegend } from './export-svg-legend';
import { attrs, colorStyle, escapeXml, num, numberStyle, opacity, stringStyle, styleOf, type Element } from './export-svg-markup';
import { nodeOutline } from './export-svg-shapes';

export type { SvgLegend, SvgLegendItem } from './export-svg-legend';

export interface ExportSvgOptions {
  /** Background colour; the widget passes its own. Transparent when absent. */
  background?: string;
  /** A legend, drawn in a box at the top right, beside the graph. None when absent or null. */
  legend?: SvgLegend | null;
  /** The document's `<title>` (what screen readers and file viewers announce). */
  title?: string;
}

/** Space around the drawing, model pixels. */
export const SVG_MARGIN = 16;

const DEFAULT_TITLE = 'Stakeholder graph';
const DEFAULT_FONT = 'system-ui, sans-serif';

/** The graph as a standalone SVG document (UTF-8 text). */
export function exportSvg(cy: Core, options: ExportSvgOptions = {}): string {
  const shown = cy.elements(':visible').filter((ele) => ele.effectiveOpacity() > 0);
  const bounds = shown.boundingBox({});
  const box = Number.isFinite(bounds.x1) && Number.isFinite(bounds.y2) ? bounds : { x1: 0, y1: 0, x2: 0, y2: 0, w: 0, h: 0 };
  const sample: NodeSingular | undefined = shown.nodes()[0];
  const legend =
    options.legend && options.legend.items.length > 0
      ? layoutLegend(options.legend, {
          font: sample ? stringStyle(sample, 'font-family') : DEFAULT_FONT,
          // The labels' colours: the theme's text and halo, readable on its background.
          text: sample ? colorStyle(sample, 'color') : '#1e293b',
          background: options.background ?? (sample ? colorStyle(sample, 'text-outline-color') : '#ffffff'),
        })
      : null;

  const x = box.x1 - SVG_MARGIN;
  const y = box.y1 - SVG_MARGIN;
  const width = box.w + 2 * SVG_MARGIN + (legend ? legend.width + SVG_MARGIN : 0);
  const height = Math.max(box.h, legend?.height ?? 0) + 2 * SVG_MARGIN;
  const svg = attrs({
    xmlns: 'http://www.w3.org/2000/svg',
    width: Math.ceil(width),
    height: Math.ceil(height),
    viewBox: [x, y, width, height].map(num).join(' '),
    role: 'img',
    'aria-labelledby': 'sg-title',
  });
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg${svg}>`,
    `<title id="sg-title">${escapeXml(options.title ?? DEFAULT_TITLE)}</title>`,
  ];
  if (options.background) parts.push(`<rect${attrs({ class: 'background', x, y, width, height, fill: options.background })}/>`);
  parts.push(
    `<g class="edges">${byZIndex(shown.edges().toArray())
      .map((edge) => edgeMarkup(edge) + labelMarkup(edge))
      .join('')}</g>`,
  );
  parts.push(
    `<g class="nodes">${byZIndex(shown.nodes().toArray())
      .map((node) => nodeMarkup(node) + labelMarkup(node))
      .join('')}</g>`,
  );
  if (legend) parts.push(legend.markup(box.x2 + SVG_MARGIN, y + SVG_MARGIN));
  parts.push('</svg>');
  return parts.join('\n');
}

/** `exportSvg` as a file: a Blob of type `image/svg+xml`. */
export function exportSvgBlob(cy: Core, options: ExportSvgOptions = {}): Blob {
  return new Blob([exportSvg(cy, options)], { type: 'image/svg+xml' });
}

/** Elements in Cytoscape's stacking order within their group: by `z-index`, then as added. */
function byZIndex<T extends Element>(elements: T[]): T[] {
  return elements
    .map((ele, i) => ({ ele, i, z: numberStyle(ele, 'z-index') }))
    .sort((a, b) => a.z - b.z || a.i - b.i)
    .map(({ ele }) => ele);
}

/**
 * One actor: its outline filled and bordered as Cytoscape draws it. A double border is two lines
 * a third of the border's width each, at its inner and outer edges, with the fill ending at the
 * inner line's outer edge (Cytoscape erases the middle third of a full-width stroke).
 */
function nodeMarkup(node: NodeSingular): string {
  const { x, y } = node.position();
  const w = node.width();
  const h = node.height();
  const shape = stringStyle(node, 'shape');
  const radius = styleOf(node, 'corner-radius');
  const cornerRadius = typeof radius === 'number' ? radius : 'auto';
  const alpha = node.effectiveOpacity();
  const fill = attrs({
    fill: colorStyle(node, 'background-color'),
    'fill-opacity': opacity(alpha * numberStyle(node, 'background-opacity')),
  });
  const borderWidth = numberStyle(node, 'border-width');
  const borderAlpha = alpha * numberStyle(node, 'border-opacity');
  const borderStyle = stringStyle(node, 'border-style');
  const outline = (grow: number, paint: string) => nodeOutline(shape, x, y, w + 2 * grow, h + 2 * grow, cornerRadius, paint);
  const parts: string[] = [];
  if (borderWidth <= 0 || borderAlpha <= 0) parts.push(outline(0, fill));
  else if (borderStyle === 'double') {
    const third = borderWidth / 3;
    const line = attrs({
      fill: 'none',
      stroke: colorStyle(node, 'border-color'),
      'stroke-width': third,
      'stroke-opacity': opacity(borderAlpha),
    });
    parts.push(outline(-third / 2, fill), outline(third, line), outline(-third, line));
  } else {
    const dashes = borderStyle === 'dotted' ? '1 1' : borderStyle === 'dashed' ? dashPattern(node) : undefined;
    const border = attrs({
      stroke: colorStyle(node, 'border-color'),
      'stroke-width': borderWidth,
      'stroke-opacity': opacity(borderAlpha),
      'stroke-dasharray': dashes,
    });
    parts.push(outline(0, fill + border));
  }
  return `<g${attrs({ class: 'node', 'data-id': node.id() })}>${parts.join('')}</g>`;
}

function dashPattern(node: NodeSingular): string {
  const pattern = styleOf(node, 'border-dash-pattern');
  return Array.isArray(pattern) ? pattern.join(' ') : '4 2';
}
