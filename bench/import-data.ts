/**
 * The import benchmark's files: the synthetic graph of each size (`generate.ts`, about two
 * relationships per actor) written by the project's own exporters as a CSV pair (actors.csv,
 * relationships.csv) and as GEXF 1.3, under `data/import/` for the import page to fetch.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportCsv } from '../src/io/csv-export';
import { exportGexf } from '../src/io/gexf-export';
import { generateDataset } from './generate';

export type ImportFileFormat = 'csv' | 'gexf';
export const IMPORT_FORMATS: readonly ImportFileFormat[] = ['csv', 'gexf'];

export interface ImportDataset {
  /** `n1000`, as the graph datasets. */
  id: string;
  actors: number;
  relationships: number;
  /** URLs (from the served root) of the files each format reads, and their size in bytes. */
  files: Record<ImportFileFormat, string[]>;
  bytes: Record<ImportFileFormat, number>;
}

export function writeImportDatasets(dir: string, sizes: readonly number[]): ImportDataset[] {
  const folder = join(dir, 'import');
  mkdirSync(folder, { recursive: true });
  return sizes.map((size) => {
    const id = `n${size}`;
    const data = generateDataset({ nodes: size });
    const sheets = exportCsv(data);
    const texts: Record<string, string> = {
      [`${id}-actors.csv`]: sheets.actors,
      [`${id}-relationships.csv`]: sheets.relationships,
      [`${id}.gexf`]: exportGexf(data),
    };
    for (const [name, text] of Object.entries(texts)) writeFileSync(join(folder, name), text);
    const files = { csv: [`${id}-actors.csv`, `${id}-relationships.csv`], gexf: [`${id}.gexf`] };
    const bytes = (names: string[]) => names.reduce((sum, name) => sum + Buffer.byteLength(texts[name]!), 0);
    return {
      id,
      actors: data.nodes.length,
      relationships: data.edges.length,
      files: { csv: files.csv.map((name) => `/data/import/${name}`), gexf: files.gexf.map((name) => `/data/import/${name}`) },
      bytes: { csv: bytes(files.csv), gexf: bytes(files.gexf) },
    };
  });
}
