/**
 * The explorer's downloads: the data in each format the graph writes (JSON; GEXF for Gephi; CSV
 * as two sheets), the drawing as PNG or SVG, and the CSV template to start a map from. The
 * explorer loads this module on first use, so none of it weighs on the eager bundle.
 */
import type { StakeholderGraph } from '../stakeholder-graph/stakeholder-graph.component';
import type { DataFormat, ImageFormat } from '../stakeholder-graph/graph-export';
import { exportFileName } from '../../graph/export-dataset';
import { downloadBlob } from '../download';

const CSV_TYPE = 'text/csv;charset=utf-8';

/** Downloads what the graph shows (the filter applied, with the positions on screen) as `format`. */
export async function saveData(element: StakeholderGraph, format: DataFormat, root: ShadowRoot): Promise<void> {
  const graph = element.graph;
  if (!graph) return;
  if (format === 'gexf') {
    const gexf = await element.exportData({ format: 'gexf' });
    downloadBlob(new Blob([gexf], { type: 'application/gexf+xml' }), exportFileName(graph, 'gexf'), root);
  } else if (format === 'csv') {
    const { actors, relationships } = await element.exportData({ format: 'csv' });
    // One name for both sheets, so they sort together in a downloads folder and load back as a pair.
    const base = exportFileName(graph, 'csv').replace(/\.csv$/, '');
    downloadBlob(new Blob([actors], { type: CSV_TYPE }), `${base}-actors.csv`, root);
    downloadBlob(new Blob([relationships], { type: CSV_TYPE }), `${base}-relationships.csv`, root);
  } else {
    const data = element.exportData();
    if (!data) return;
    const blob = new Blob([JSON.stringify(data, null, 2) + '\n'], { type: 'application/json' });
    downloadBlob(blob, exportFileName(graph, 'json'), root);
  }
}

/** Downloads the whole drawing; an SVG carries the legend when the explorer shows one. */
export async function saveImage(element: StakeholderGraph, format: ImageFormat, legend: boolean, root: ShadowRoot): Promise<void> {
  const graph = element.graph;
  if (!graph) return;
  const blob = await element.exportImage(format === 'svg' ? { format, legend } : { format });
  downloadBlob(blob, exportFileName(graph, format), root);
}

/** Downloads `actors.csv` and `relationships.csv`, the starter sheets (io/csv-template.ts). */
export async function saveTemplate(root: ShadowRoot): Promise<void> {
  const { csvTemplate } = await import('../../io/csv-template');
  const { actors, relationships } = csvTemplate();
  downloadBlob(new Blob([actors], { type: CSV_TYPE }), 'actors.csv', root);
  downloadBlob(new Blob([relationships], { type: CSV_TYPE }), 'relationships.csv', root);
}
