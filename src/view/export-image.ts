/**
 * The drawing as a PNG file, through Cytoscape's own image export: the whole graph (not only the
 * viewport), on the widget's background colour (a transparent PNG of light labels is unreadable
 * on a white page), sharp on high-density screens and never wider or taller than MAX_SIDE pixels.
 */
import type { Core } from 'cytoscape';

/** The longest side of an exported image, pixels (large graphs are scaled down to fit). */
export const MAX_SIDE = 4096;

export interface ExportImageOptions {
  /** Background colour; the widget passes its own. Transparent when absent. */
  background?: string;
  /** Pixels per model unit, before the MAX_SIDE cap. Default 2. */
  scale?: number;
}

export async function exportPng(cy: Core, options: ExportImageOptions = {}): Promise<Blob> {
  const box = cy.elements(':visible').boundingBox({});
  const side = Math.max(box.w, box.h, 1);
  const scale = Math.min(options.scale ?? 2, MAX_SIDE / side);
  return cy.png({
    output: 'blob-promise',
    full: true,
    scale,
    ...(options.background && isOpaque(options.background) ? { bg: options.background } : {}),
  });
}

/** False for `transparent` and colours with zero alpha (a computed background nobody set). */
function isOpaque(colour: string): boolean {
  return colour !== '' && colour !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(colour);
}
