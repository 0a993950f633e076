/**
 * One entry point for "bring your own map": the files a user dropped or picked, in whatever
 * format, to one dataset. Each file's format is detected (detect.ts) unless `options.format`
 * says; one JSON, GEXF or GraphML file is read on its own, and several CSV/TSV sheets are read
 * together (relationships plus actors). Any other mix is refused with the files named, rather
 * than merged by guesswork.
 */
import type { SerializedGraph } from 'graphology-types';
import { parseDatasetText } from '../graph/load';
import { resolveLimits } from '../graph/limits';
import { DatasetError } from '../graph/problems';
import { importCsv } from './csv-import';
import { detectFormat } from './detect';
import { importGexf } from './gexf-import';
import { importGraphml } from './graphml-import';
import { plural } from './xml-dataset';
import type { ImportFormat, ImportOptions, ImportResult, ImportText, XmlParser } from './types';

const FORMAT_NAMES: Record<ImportFormat, string> = { json: 'JSON', csv: 'CSV', tsv: 'TSV', gexf: 'GEXF', graphml: 'GraphML' };

export function importData(inputs: readonly ImportText[], options: ImportOptions = {}, parser: XmlParser | null = null): ImportResult {
  if (inputs.length === 0)
    throw new DatasetError([{ path: '$', message: 'no file was given; choose a JSON, CSV, TSV, GEXF or GraphML file' }]);
  const formats = inputs.map((input) => options.format ?? detectFormat(input));
  const sheets = formats.every((format) => format === 'csv' || format === 'tsv');
  if (sheets) return importCsv([...inputs], options);
  if (inputs.length > 1) {
    const named = inputs.map((input, i) => `${input.name ?? `file ${i + 1}`} (${FORMAT_NAMES[formats[i]!]})`).join(', ');
    throw new DatasetError([
      {
        path: '$',
        message: `only CSV or TSV sheets can be read together (relationships and actors); got ${named}; load one JSON, GEXF or GraphML file at a time`,
      },
    ]);
  }
  const input = inputs[0]!;
  const format = formats[0]!;
  if (format === 'json') return importJson(input, options);
  if (!parser) {
    throw new DatasetError([
      { path: input.name ?? '$', message: `reading ${FORMAT_NAMES[format]} needs an XML parser (DOMParser), and none was given` },
    ]);
  }
  return format === 'gexf' ? importGexf(input, options, parser) : importGraphml(input, options, parser);
}

/** The project's own format: parsed here, validated by the loader like any dataset. */
function importJson(input: ImportText, options: ImportOptions): ImportResult {
  const parsed = parseDatasetText(input.text, resolveLimits(options.limits));
  const data = parsed as SerializedGraph;
  if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
    const attributes = isRecord(data.attributes) ? data.attributes : undefined;
    // The title and registries given by the caller fill in what the file leaves out; a file's
    // own registries are its author's and stay.
    if (options.name && typeof attributes?.title !== 'string') data.attributes = { ...attributes, title: options.name };
    if (options.edgeTypes && attributes?.edgeTypes === undefined) data.attributes = { ...data.attributes, edgeTypes: options.edgeTypes };
    if (options.nodeKinds && attributes?.nodeKinds === undefined) data.attributes = { ...data.attributes, nodeKinds: options.nodeKinds };
  }
  const nodes = Array.isArray(data.nodes) ? data.nodes.length : 0;
  const edges = Array.isArray(data.edges) ? data.edges.length : 0;
  return { data, format: 'json', mapping: `${plural(nodes, 'actor')}, ${plural(edges, 'relationship')} (JSON)`, warnings: [] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
