/**
 * Labels as SVG text, for the SVG export: an actor's name under it, a selected tie's type, a
 * path's step numbers on their boxes. The place and the text box are Cytoscape's own: the centre
 * of the element's label bounds (`boundingBox` with labels only), which already includes the
 * label's alignment and margins, and the bounds less the outline, border and padding Cytoscape
 * adds around the text. The halo is the text's own stroke painted first (`paint-order: stroke`),
 * as wide as Cytoscape's outline (twice `text-outline-width`, centred on the glyph edges).
 */
import type { Element } from './export-svg-markup';
import { attrs, colorStyle, numberStyle, opacity, stringStyle, escapeXml } from './export-svg-markup';

/** Where the alphabetic baseline sits below the middle of Cytoscape's text box (its em box), in ems. */
const BASELINE_BELOW_MIDDLE = 0.3;

/** Cytoscape's extra margin around label bounds (`marginOfError` in its `bounds.mjs`). */
const BOUNDS_MARGIN = 2;

/** The label of `ele` (text, halo and any background box), or '' when it has none. */
export function labelMarkup(ele: Element): string {
  const text = stringStyle(ele, 'label');
  const alpha = ele.effectiveOpacity();
  const textAlpha = alpha * numberStyle(ele, 'text-opacity');
  if (text === '' || textAlpha <= 0) return '';
  const size = numberStyle(ele, 'font-size') || 12;
  const outline = numberStyle(ele, 'text-outline-width');
  const borderWidth = numberStyle(ele, 'text-border-width');
  const padding = numberStyle(ele, 'text-background-padding');
  const box = textBox(ele, text, size, Math.max(outline, borderWidth / 2) + padding + BOUNDS_MARGIN);

  const backgroundAlpha = numberStyle(ele, 'text-background-opacity');
  const borderAlpha = borderWidth > 0 ? numberStyle(ele, 'text-border-opacity') : 0;
  let background = '';
  if (backgroundAlpha > 0 || borderAlpha > 0) {
    const shape = stringStyle(ele, 'text-background-shape');
    background = `<rect${attrs({
      x: box.x - box.w / 2 - padding,
      y: box.y - box.h / 2 - padding,
      width: box.w + 2 * padding,
      height: box.h + 2 * padding,
      rx: shape === 'round-rectangle' || shape === 'roundrectangle' ? 2 : undefined,
      fill: backgroundAlpha > 0 ? colorStyle(ele, 'text-background-color') : 'none',
      'fill-opacity': backgroundAlpha > 0 ? opacity(backgroundAlpha * alpha) : undefined,
      stroke: borderAlpha > 0 ? colorStyle(ele, 'text-border-color') : undefined,
      'stroke-width': borderAlpha > 0 ? borderWidth : undefined,
      'stroke-opacity': borderAlpha > 0 ? opacity(borderAlpha * alpha) : undefined,
    })}/>`;
  }

  const weight = stringStyle(ele, 'font-weight');
  const style = stringStyle(ele, 'font-style');
  const textAttributes = attrs({
    x: box.x,
    y: box.y + BASELINE_BELOW_MIDDLE * size,
    'text-anchor': 'middle',
    'font-family': stringStyle(ele, 'font-family'),
    'font-size': size,
    'font-weight': weight === 'normal' || weight === '' ? undefined : weight,
    'font-style': style === 'normal' || style === '' ? undefined : style,
    fill: colorStyle(ele, 'color'),
    'fill-opacity': opacity(textAlpha),
    stroke: outline > 0 ? colorStyle(ele, 'text-outline-color') : undefined,
    'stroke-width': outline > 0 ? 2 * outline : undefined,
    'stroke-opacity': outline > 0 ? opacity(textAlpha * numberStyle(ele, 'text-outline-opacity')) : undefined,
    'stroke-linejoin': outline > 0 ? 'round' : undefined,
    'paint-order': outline > 0 ? 'stroke' : undefined,
  });
  return `<g${attrs({ class: 'label', 'data-id': ele.id() })}>${background}<text${textAttributes}>${escapeXml(text)}</text></g>`;
}

/**
 * The middle of the label's text and the text's size: from Cytoscape's label bounds, shrunk by
 * the `inset` it adds around the text; estimated from the element when it has none (a renderer
 * that has not measured its labels yet).
 */
function textBox(ele: Element, text: string, size: number, inset: number): { x: number; y: number; w: number; h: number } {
  const bounds = ele.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
  if (Number.isFinite(bounds.x1) && Number.isFinite(bounds.x2) && bounds.w > 2 * inset) {
    return { x: (bounds.x1 + bounds.x2) / 2, y: (bounds.y1 + bounds.y2) / 2, w: bounds.w - 2 * inset, h: bounds.h - 2 * inset };
  }
  const w = 0.6 * size * [...text].length;
  if (ele.isEdge()) return { ...ele.midpoint(), w, h: size };
  const { x, y } = ele.position();
  const marginX = numberStyle(ele, 'text-margin-x');
  const marginY = numberStyle(ele, 'text-margin-y');
  const valign = stringStyle(ele, 'text-valign');
  const offset = valign === 'bottom' ? ele.height() / 2 + size / 2 : valign === 'top' ? -ele.height() / 2 - size / 2 : 0;
  return { x: x + marginX, y: y + offset + marginY, w, h: size };
}
