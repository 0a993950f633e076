/**
 * What `load()` and `src` accept, read into the data format before the element validates and
 * builds it: a dataset object or a graphology Graph as it is, JSON text as it is (the loader
 * parses it and reports line and column), and anything else (CSV/TSV sheets, GEXF, GraphML, as
 * text, Blobs or Files, one or several) through the importers, which load on demand and parse
 * big files in a worker.
 */
import type Graph from 'graphology';
import { DatasetError } from '../../graph/problems';
import type { Limits } from '../../graph/limits';
import { isGraph } from '../../graph/load';
import type { Plan } from '../../graph/check-structure';
import type { ImportFormat, ImportOptions, ImportText } from '../../io/types';
import { detectFormat } from '../../io/detect';
import { readsInWorker } from './source-format';
import { buildGraphSliced } from '../../graph/load-sliced';

/** One input of `load()`: text, a Blob or File, a dataset object, or a graphology Graph. */
export type LoadInput = string | Blob | object | Graph;

/** Options of `load()`: the importers' options (src/io/types.ts); the limits are the element's. */
export type LoadOptions = Omit<ImportOptions, 'limits'>;

/** What was read, ready for `loadDataset`, and what to report in `sg-load`. */
export interface ReadInput {
  data: object | string;
  /** The data already validated (by the import worker): the graph is built from it directly. */
  plan?: Plan;
  /** The graph already built from the plan (in slices, for big data). */
  graph?: Graph;
  format: ImportFormat;
  /** What the importer understood ("187 actors, 684 relationships; Source → source, …"); empty for JSON. */
  mapping: string;
  warnings: string[];
}

/** Reads `inputs` into the data format; rejects with a DatasetError that says what and where. */
export async function readInputs(inputs: readonly LoadInput[], options: LoadOptions, limits?: Partial<Limits>): Promise<ReadInput> {
  if (inputs.length === 0) throw new DatasetError([{ path: '$', message: 'nothing to load; pass a dataset, a text or a file' }]);
  const [first] = inputs;
  if (inputs.length === 1 && first !== undefined && (isGraph(first) || !isTextLike(first))) {
    return { data: first, format: 'json', mapping: '', warnings: [] };
  }
  const texts = await Promise.all(inputs.map((input, i) => asText(input, i)));
  const only = texts.length === 1 ? texts[0]! : null;
  if (only && (options.format ?? detectFormat(only)) === 'json') {
    if (readsInWorker(only.text)) return readBigJson(only.text, limits);
    return { data: only.text, format: 'json', mapping: '', warnings: [] };
  }
  const { importInBackground } = await import('../../io/import-client');
  const result = await importInBackground(texts, { ...options, limits });
  return { data: result.data, plan: result.plan, format: result.format, mapping: result.mapping, warnings: result.warnings };
}

/**
 * A big dataset (JSON text, a dataset object or a Graph) parsed and validated in the import
 * worker; the answer carries the checked plan, so the main thread only builds the graph.
 */
export async function readBigJson(data: string | object, limits?: Partial<Limits>): Promise<ReadInput> {
  let text: string;
  try {
    text = typeof data === 'string' ? data : JSON.stringify(isGraph(data) ? data.export() : data);
  } catch {
    throw new DatasetError([
      { path: '$', message: 'contains values that are not plain data (functions, cycles, …); pass JSON-like objects only' },
    ]);
  }
  const { importInBackground } = await import('../../io/import-client');
  const result = await importInBackground([{ text }], { format: 'json', limits });
  // Built in slices, so the page keeps answering while a big graph is put together.
  const graph = result.plan ? await buildGraphSliced(result.plan) : undefined;
  return { data: result.data, plan: result.plan, graph, format: 'json', mapping: '', warnings: result.warnings };
}

function isTextLike(input: LoadInput): input is string | Blob {
  return typeof input === 'string' || (typeof Blob !== 'undefined' && input instanceof Blob);
}

async function asText(input: LoadInput, index: number): Promise<ImportText> {
  if (typeof input === 'string') return { text: input };
  if (typeof Blob !== 'undefined' && input instanceof Blob) {
    const name = typeof File !== 'undefined' && input instanceof File ? input.name : undefined;
    return { text: await input.text(), name, type: input.type || undefined };
  }
  throw new DatasetError([
    { path: `inputs[${index}]`, message: 'a dataset object or Graph cannot be combined with other inputs; load it on its own' },
  ]);
}
