/**
 * The contract shared by the importers and exporters in `src/io/`: every format is read into the
 * project's own data format (graphology's serialization plus the registries in its attributes),
 * which then goes through the usual validation (`loadDataset`). Pure code: no DOM, except the XML
 * formats, which take a `DOMParser` (the browser's, or `@xmldom/xmldom` in a worker or in Node).
 */
import type { SerializedGraph } from 'graphology-types';
import type { Limits } from '../graph/limits';

/** The formats the importers read. `tsv` is CSV with tabs; detection tells them apart. */
export type ImportFormat = 'json' | 'csv' | 'tsv' | 'gexf' | 'graphml';

/** One input file: its text, and its name and content type when known (for detection and messages). */
export interface ImportText {
  text: string;
  /** File name, e.g. `relationships.csv`: named in error messages and used for detection. */
  name?: string;
  /** Content type, e.g. `text/csv`. */
  type?: string;
}

/** Header name → field, overriding the automatic header matching (`{"Quelle": "source"}`). */
export type ColumnMapping = Record<string, string>;

export interface ImportOptions {
  /** Overrides detection. */
  format?: ImportFormat;
  /** The dataset's title when the input has none. */
  name?: string;
  /** Header name → field, over the synonyms (CSV only). */
  columns?: ColumnMapping;
  /** Registries to put in the dataset over the inferred ones (`edgeTypes`, `nodeKinds`). */
  edgeTypes?: Record<string, unknown>;
  nodeKinds?: Record<string, unknown>;
  limits?: Partial<Limits>;
}

export interface ImportResult {
  /** The dataset in the project's data format, ready for `loadDataset`. */
  data: SerializedGraph;
  format: ImportFormat;
  /**
   * What was understood, in one or two sentences for a person: "187 actors, 684 relationships
   * (undirected); Source → source, Target → target, weight → weight; ignored: book".
   */
  mapping: string;
  /** Things that loaded but deserve a look (a column kept as text, a duplicate merged, …). */
  warnings: string[];
}

/** The minimal DOMParser the XML importers need (the browser's or @xmldom/xmldom's). */
export interface XmlParser {
  parseFromString(text: string, type: 'application/xml' | 'text/xml'): Document;
}
