/**
 * The element's exports in other formats than its own JSON, each loaded on first use so the
 * eager bundle carries none of them: GEXF (for Gephi) and CSV sheets (for spreadsheets) of the
 * data, SVG and PNG of the drawing.
 */
import type { Core } from 'cytoscape';
import type { SerializedGraph } from 'graphology-types';
import type { Registry } from '../../graph/registry';
import { STATUS_LABELS } from '../../graph/legend';
import type { CsvExport } from '../../io/csv-export';
import type { SvgLegend } from '../../view/export-svg';

/** The data formats `exportData` writes. */
export type DataFormat = 'json' | 'gexf' | 'csv';
/** The image formats `exportImage` writes. */
export type ImageFormat = 'png' | 'svg';

export interface ExportImageOptions {
  /** `png` (default) or `svg`, a vector drawing. */
  format?: ImageFormat;
  /** PNG only: pixels per unit of the drawing, capped so no side passes 4096 px. */
  scale?: number;
  /** SVG only: draw the legend of relationship types, statuses and actor kinds in a corner. */
  legend?: boolean;
}

/** A dataset written as GEXF text, or as two CSV sheets. */
export async function writeData(data: SerializedGraph, format: 'gexf'): Promise<string>;
export async function writeData(data: SerializedGraph, format: 'csv'): Promise<CsvExport>;
export async function writeData(data: SerializedGraph, format: 'gexf' | 'csv'): Promise<string | CsvExport> {
  if (format === 'gexf') return (await import('../../io/gexf-export')).exportGexf(data);
  return (await import('../../io/csv-export')).exportCsv(data);
}

/** The drawing as a PNG or SVG Blob on `background`. */
export async function drawImage(
  cy: Core,
  registry: Registry | undefined,
  options: ExportImageOptions,
  background: string,
  title: string,
): Promise<Blob> {
  if (options.format === 'svg') {
    const { exportSvgBlob } = await import('../../view/export-svg');
    return exportSvgBlob(cy, { background, title, legend: options.legend && registry ? svgLegend(registry) : null });
  }
  const { exportPng } = await import('../../view/export-image');
  return exportPng(cy, { scale: options.scale, background });
}

/** The legend an SVG carries: each relationship type in its colour, the statuses as line patterns, each actor kind. */
function svgLegend(registry: Registry): SvgLegend {
  return {
    title: 'Legend',
    items: [
      ...[...registry.edgeTypes.values()].map(
        (type) => ({ label: type.label, color: type.color, kind: type.directed ? 'arrow' : 'line' }) as const,
      ),
      { label: STATUS_LABELS.confirmed, color: '#64748b', kind: 'line' as const },
      { label: STATUS_LABELS.reported, color: '#64748b', kind: 'dashed' as const },
      { label: STATUS_LABELS.potential, color: '#64748b', kind: 'dotted' as const },
      ...[...registry.nodeKinds.values()].map((kind) => ({ label: kind.label, color: kind.color, kind: 'node' }) as const),
    ],
  };
}
