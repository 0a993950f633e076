/**
 * A dataset as two spreadsheets the importer reads back: `actors.csv` and `relationships.csv`.
 * Comma-separated, CRLF after every row (RFC 4180, what spreadsheets write), no byte order mark,
 * quoted where papaparse's `unparse` quotes. One row per piece of evidence: an edge with three
 * pieces makes three rows sharing its `id` (every other cell repeated, so sorting the sheet keeps
 * each row whole); an edge with none makes one row. Text a spreadsheet would run as a formula
 * gets a leading apostrophe (csv-escape.ts); numbers are written as numbers.
 *
 * Not carried: the registries' labels, colours and shapes, source titles and links, and fields
 * inside evidence other than source, lines, summary and quote (CSV has no place for them).
 */
import Papa from 'papaparse';
import type { SerializedEdge, SerializedGraph } from 'graphology-types';
import { escapeCell } from './csv-escape';
import { ACTOR_FIELDS } from './csv-columns';

export interface CsvExport {
  actors: string;
  relationships: string;
}

type Cell = string | number | boolean;

const RELATIONSHIP_HEADERS = ['id', 'source', 'target', 'type', 'directed', 'status', 'since', 'until', 'label', 'weight', 'items'];
const EVIDENCE_HEADERS = ['evidence_source', 'lines', 'summary', 'quote'];
/** Edge attributes written in their own columns; any other becomes an extra column. */
const EDGE_FIELDS = new Set(['type', 'status', 'since', 'until', 'label', 'weight', 'items', 'evidence']);

export function exportCsv(data: SerializedGraph): CsvExport {
  return { actors: actorsCsv(data), relationships: relationshipsCsv(data) };
}

function actorsCsv(data: SerializedGraph): string {
  const known = new Set<string>(ACTOR_FIELDS);
  const extras = extraNames(
    data.nodes.map((node) => node.attributes),
    known,
  );
  const rows = data.nodes.map((node) => {
    const attributes = node.attributes ?? {};
    return [
      escapeCell(String(node.key)),
      ...ACTOR_FIELDS.slice(1).map((field) => cell(attributes[field])),
      ...extras.map((name) => cell(attributes[name])),
    ];
  });
  return unparse([...ACTOR_FIELDS, ...extras], rows);
}

function relationshipsCsv(data: SerializedGraph): string {
  const graph = data.attributes ?? {};
  const edgeTypes = isRecord(graph.edgeTypes) ? graph.edgeTypes : {};
  const signOf = (type: unknown): unknown => (typeof type === 'string' && isRecord(edgeTypes[type]) ? edgeTypes[type].sign : undefined);
  const withSigns = Object.values(edgeTypes).some((spec) => isRecord(spec) && typeof spec.sign === 'number');
  const extras = extraNames(
    data.edges.map((edge) => edge.attributes),
    EDGE_FIELDS,
  );
  const headers = [
    ...RELATIONSHIP_HEADERS.slice(0, 5),
    ...(withSigns ? ['sign'] : []),
    ...RELATIONSHIP_HEADERS.slice(5),
    ...EVIDENCE_HEADERS,
    ...extras,
  ];
  const newKey = keyMaker(data);

  const rows: Cell[][] = [];
  for (const edge of data.edges) {
    const attributes = edge.attributes ?? {};
    const evidence = Array.isArray(attributes.evidence) ? (attributes.evidence as unknown[]).filter(isRecord) : [];
    // Rows of one edge are joined by their id, so an edge without a key needs one when it has several.
    const key = edge.key !== undefined && edge.key !== null ? String(edge.key) : evidence.length > 1 ? newKey() : '';
    const shared: Cell[] = [
      escapeCell(key),
      escapeCell(String(edge.source)),
      escapeCell(String(edge.target)),
      cell(attributes.type),
      !isUndirected(edge, data, edgeTypes),
      ...(withSigns ? [cell(signOf(attributes.type))] : []),
      ...RELATIONSHIP_HEADERS.slice(5).map((field) => cell(attributes[field])),
    ];
    const extraCells = extras.map((name) => cell(attributes[name]));
    for (const item of evidence.length > 0 ? evidence : [undefined]) {
      const lines = Array.isArray(item?.lines) ? (item.lines as unknown[]).join(', ') : '';
      rows.push([...shared, cell(item?.source), lines, cell(item?.summary), cell(item?.quote), ...extraCells]);
    }
  }
  return unparse(headers, rows);
}

/** The direction the loader would give the edge: its own flag, else the graph's or its type's. */
function isUndirected(edge: SerializedEdge, data: SerializedGraph, edgeTypes: Record<string, unknown>): boolean {
  if (typeof edge.undirected === 'boolean') return edge.undirected;
  if (data.options?.type === 'undirected') return true;
  const type = edge.attributes?.type as unknown;
  const spec = typeof type === 'string' ? edgeTypes[type] : undefined;
  return isRecord(spec) && spec.directed === false;
}

/**
 * A value as a cell: numbers and booleans as themselves, lists joined with `; ` (the importer's
 * separator), other objects as JSON text, text escaped against formulas.
 */
function cell(value: unknown): Cell {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return escapeCell(value.join('; '));
  if (typeof value === 'string') return escapeCell(value);
  if (typeof value === 'object') return escapeCell(JSON.stringify(value));
  // Left: bigints (written as digits), and functions and symbols, which a dataset cannot hold.
  return typeof value === 'bigint' ? String(value) : '';
}

/** Attribute names outside `known`, in the order first met. */
function extraNames(list: ReadonlyArray<Record<string, unknown> | undefined>, known: ReadonlySet<string>): string[] {
  const names = new Set<string>();
  for (const attributes of list) for (const name of Object.keys(attributes ?? {})) if (!known.has(name)) names.add(name);
  return [...names];
}

/** `e0`, `e1`, … skipping every key the dataset already uses. */
function keyMaker(data: SerializedGraph): () => string {
  const used = new Set([...data.nodes.map((node) => String(node.key)), ...data.edges.map((edge) => String(edge.key))]);
  let next = 0;
  return () => {
    let key: string;
    do key = `e${next++}`;
    while (used.has(key));
    used.add(key);
    return key;
  };
}

/** Every row ends with CRLF, the last one too (unparse ends a header-only sheet with one, a longer one without). */
function unparse(headers: string[], rows: Cell[][]): string {
  const text = Papa.unparse({ fields: headers.map(escapeCell), data: rows }, { newline: '\r\n' });
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
