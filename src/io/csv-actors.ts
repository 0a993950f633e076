/**
 * The actors sheet to dataset nodes: one row per actor, keyed by its `id` column. Labels and
 * descriptions are kept exactly as written (spaces included); ids, kinds and numbers are trimmed.
 */
import type { SerializedNode } from 'graphology-types';
import { quote } from '../graph/problems';
import type { SheetCells } from './csv-cells';
import { parseList, parseNumber } from './csv-values';

export interface ActorTable {
  nodes: SerializedNode[];
  /** Each actor's row, for messages about it. */
  rowOf: Map<string, number>;
  /** Actor key by lower-cased label, for "did you mean" when a relationship names a label. */
  byLabel: Map<string, string>;
}

export function readActors(cells: SheetCells): ActorTable {
  const nodes: SerializedNode[] = [];
  const rowOf = new Map<string, number>();
  const byLabel = new Map<string, string>();

  for (const row of cells.sheet.rows) {
    cells.checkWidth(row);
    const key = cells.key(row, 'id');
    if (key === undefined) {
      cells.report(row, cells.header('id'), 'empty; every actor needs an id (the name relationships use for it)');
      continue;
    }
    const earlier = rowOf.get(key);
    if (earlier !== undefined) {
      cells.report(row, cells.header('id'), `actor ${quote(key)} is also in row ${earlier}; give each actor one row and its own id`);
      continue;
    }
    rowOf.set(key, row.row);

    const attributes: Record<string, unknown> = {};
    const label = cells.text(row, 'label');
    if (label !== undefined) attributes.label = label;
    const kind = cells.key(row, 'kind');
    if (kind !== undefined) attributes.kind = kind;
    const aliases = parseList(cells.text(row, 'aliases') ?? '');
    if (aliases.length > 0) attributes.aliases = aliases;
    const description = cells.text(row, 'description');
    if (description !== undefined) attributes.description = description;
    for (const axis of ['x', 'y'] as const) {
      const value = cells.parse(row, axis, (cell) => parseNumber(cell, 'a number (a position)'));
      if (value !== undefined) attributes[axis] = value;
    }
    for (const [name, value] of Object.entries(cells.attributes(row))) attributes[name] ??= value;

    nodes.push({ key, attributes });
    const name = (label ?? key).trim().toLowerCase();
    if (!byLabel.has(name)) byLabel.set(name, key);
  }
  return { nodes, rowOf, byLabel };
}
