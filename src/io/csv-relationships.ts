/**
 * The relationships sheet to dataset edges. A row is a relationship plus at most one piece of
 * evidence; rows that share an `id` are one relationship, whose evidence is the rows' evidence in
 * order (the exporter writes an edge with three pieces of evidence as three rows). Rows without
 * an id are separate relationships. Signs (`sign` column) are collected per type for the registry.
 */
import type { SerializedEdge } from 'graphology-types';
import { DEFAULT_EDGE_TYPE } from '../graph/check-structure';
import { quote } from '../graph/problems';
import type { SheetCells } from './csv-cells';
import type { Field } from './csv-columns';
import type { SheetRow } from './csv-parse';
import { parseDate, parseDirected, parseLines, parseList, parseNumber, parseSign } from './csv-values';

export interface EvidenceItem {
  source: string;
  lines: number[];
  summary: string;
  quote?: string;
}

export interface ReadEdge {
  key: string | undefined;
  source: string;
  target: string;
  /** What the row says about direction; undefined when it says nothing. */
  directed: boolean | undefined;
  type: string | undefined;
  attributes: Record<string, unknown>;
  evidence: EvidenceItem[];
  /** The row each piece of evidence came from. */
  evidenceRows: number[];
  /** The rows it came from, first row first. */
  rows: number[];
}

export interface RelationshipTable {
  edges: ReadEdge[];
  /** Sign per type, with the row that gave it. */
  signs: Map<string, { sign: 1 | -1 | 0; row: number }>;
  /** Evidence source ids in the order first cited. */
  sources: string[];
}

const STATUSES = ['confirmed', 'reported', 'potential'];

/** Attribute name → the field whose column holds it (unknown columns are their own). */
const ATTRIBUTE_FIELDS: Record<string, Field> = {
  label: 'label',
  status: 'status',
  since: 'since',
  until: 'until',
  weight: 'weight',
  items: 'items',
};

export function readRelationships(cells: SheetCells): RelationshipTable {
  const edges: ReadEdge[] = [];
  const byKey = new Map<string, ReadEdge>();
  const signs: RelationshipTable['signs'] = new Map();
  const sources = new Set<string>();

  for (const row of cells.sheet.rows) {
    cells.checkWidth(row);
    const edge = readRow(cells, row);
    if (!edge) continue;
    for (const item of edge.evidence) sources.add(item.source);
    const same = edge.key === undefined ? undefined : byKey.get(edge.key);
    if (same) mergeInto(cells, same, edge, row);
    else {
      edges.push(edge);
      if (edge.key !== undefined) byKey.set(edge.key, edge);
    }

    // After the merge, so a later row of a relationship signs the type its first row gave.
    const sign = cells.parse(row, 'sign', parseSign);
    if (sign !== undefined) {
      const type = (same ?? edge).type ?? DEFAULT_EDGE_TYPE;
      const earlier = signs.get(type);
      if (earlier && earlier.sign !== sign) {
        cells.report(
          row,
          cells.header('sign'),
          `type ${quote(type)} has sign ${sign} here but ${earlier.sign} in row ${earlier.row}; give each type one sign`,
        );
      } else if (!earlier) signs.set(type, { sign, row: row.row });
    }
  }
  return { edges, signs, sources: [...sources] };
}

function readRow(cells: SheetCells, row: SheetRow): ReadEdge | undefined {
  const source = cells.key(row, 'source');
  const target = cells.key(row, 'target');
  for (const [field, value] of [
    ['source', source],
    ['target', target],
  ] as const) {
    if (value === undefined) cells.report(row, cells.header(field), `empty; every relationship needs a ${field} actor`);
  }
  if (source === undefined || target === undefined) return undefined;

  let directed = cells.parse(row, 'directed', parseDirected);
  if (cells.direction) {
    const cell = row.cells[cells.direction.index]?.trim() ?? '';
    if (cell !== '') directed = cell.toLowerCase() === 'directed';
  }

  const attributes: Record<string, unknown> = {};
  const label = cells.text(row, 'label');
  if (label !== undefined) attributes.label = label;
  const status = cells.key(row, 'status')?.toLowerCase();
  if (status !== undefined) {
    if (STATUSES.includes(status)) attributes.status = status;
    else cells.report(row, cells.header('status'), `${quote(status)} is not a status; use ${STATUSES.join(', ')} or leave it empty`);
  }
  for (const field of ['since', 'until'] as const) {
    const date = cells.parse(row, field, parseDate);
    if (date !== undefined) attributes[field] = date;
  }
  const weight = cells.parse(row, 'weight', (cell) => {
    const parsed = parseNumber(cell, 'a number (a weight)');
    return parsed.ok && parsed.value < 0 ? { ok: false, message: `${quote(cell)} is negative; a weight is 0 or more` } : parsed;
  });
  if (weight !== undefined) attributes.weight = weight;
  const items = parseList(cells.text(row, 'items') ?? '');
  if (items.length > 0) attributes.items = items;
  for (const [name, value] of Object.entries(cells.attributes(row))) attributes[name] ??= value;

  const evidence = readEvidence(cells, row);
  return {
    key: cells.key(row, 'id'),
    source,
    target,
    directed,
    type: cells.key(row, 'type'),
    attributes,
    evidence,
    evidenceRows: evidence.map(() => row.row),
    rows: [row.row],
  };
}

/** The row's piece of evidence, if any of its cells is filled. */
function readEvidence(cells: SheetCells, row: SheetRow): EvidenceItem[] {
  const source = cells.key(row, 'evidence_source');
  const linesCell = cells.key(row, 'lines');
  const summary = cells.text(row, 'summary');
  const quoted = cells.text(row, 'quote');
  if (source === undefined && linesCell === undefined && summary === undefined && quoted === undefined) return [];
  const lines = cells.parse(row, 'lines', parseLines);
  if (source === undefined) {
    cells.report(
      row,
      cells.header('evidence_source'),
      'empty, but the row has evidence (lines, summary or quote); say which source it comes from',
    );
    return [];
  }
  if (linesCell !== undefined && lines === undefined) return [];
  const item: EvidenceItem = { source, lines: lines ?? [], summary: summary ?? '' };
  if (quoted !== undefined) item.quote = quoted;
  return [item];
}

/**
 * A later row of a relationship already read: its evidence is added; every other filled cell must
 * agree with the earlier rows (an empty one takes their value).
 */
function mergeInto(cells: SheetCells, edge: ReadEdge, next: ReadEdge, row: SheetRow): void {
  const first = edge.rows[0];
  const conflict = (header: string, what: string, was: unknown, now: unknown) =>
    cells.report(
      row,
      header,
      `relationship ${quote(edge.key)} has ${what} ${quote(now)} here but ${quote(was)} in row ${first}; rows with one id are one relationship (they only add evidence), so give other relationships other ids`,
    );
  if (next.source !== edge.source) conflict(cells.header('source'), 'source', edge.source, next.source);
  if (next.target !== edge.target) conflict(cells.header('target'), 'target', edge.target, next.target);
  if (next.type !== undefined) {
    if (edge.type === undefined) edge.type = next.type;
    else if (edge.type !== next.type) conflict(cells.header('type'), 'type', edge.type, next.type);
  }
  if (next.directed !== undefined) {
    if (edge.directed === undefined) edge.directed = next.directed;
    else if (edge.directed !== next.directed) {
      const header = cells.direction?.header ?? cells.header('directed');
      conflict(header, 'direction', edge.directed ? 'directed' : 'undirected', next.directed ? 'directed' : 'undirected');
    }
  }
  for (const [name, value] of Object.entries(next.attributes)) {
    const was = edge.attributes[name];
    if (was === undefined) edge.attributes[name] = value;
    else if (JSON.stringify(was) !== JSON.stringify(value)) {
      const field = ATTRIBUTE_FIELDS[name];
      conflict(field ? cells.header(field) : name, name, was, value);
    }
  }
  edge.evidence.push(...next.evidence);
  edge.evidenceRows.push(...next.evidenceRows);
  edge.rows.push(row.row);
}

/** A read edge in the dataset format; `undirected` is decided by the caller (registry rules). */
export function toSerializedEdge(edge: ReadEdge, undirected: boolean, type: string | undefined): SerializedEdge {
  const attributes: Record<string, unknown> = {};
  if (type !== undefined) attributes.type = type;
  Object.assign(attributes, edge.attributes);
  if (edge.evidence.length > 0) attributes.evidence = edge.evidence;
  const out: SerializedEdge = { source: edge.source, target: edge.target, undirected, attributes };
  if (edge.key !== undefined) out.key = edge.key;
  return out;
}
