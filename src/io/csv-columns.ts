/**
 * Which column holds what: headers matched to fields by name, case-insensitively and ignoring
 * spaces, underscores and hyphens ("Evidence Source" = "evidence_source"), with synonyms
 * (`from` for `source`); `options.columns` overrides the match. A column that matches no field
 * is kept as an attribute under its own header.
 */
import { quote } from '../graph/problems';
import { hint } from '../graph/suggest';
import type { ColumnMapping } from './types';

export type SheetKind = 'actors' | 'relationships';

export const ACTOR_FIELDS = ['id', 'label', 'kind', 'aliases', 'description', 'x', 'y'] as const;
export const RELATIONSHIP_FIELDS = [
  'id',
  'source',
  'target',
  'type',
  'directed',
  'sign',
  'status',
  'since',
  'until',
  'label',
  'weight',
  'items',
  'evidence_source',
  'lines',
  'summary',
  'quote',
] as const;

export type ActorField = (typeof ACTOR_FIELDS)[number];
export type RelationshipField = (typeof RELATIONSHIP_FIELDS)[number];
export type Field = ActorField | RelationshipField;

/** The names each field answers to, besides its own. */
const SYNONYMS: Record<SheetKind, Partial<Record<Field, string[]>>> = {
  actors: { id: ['key'], label: ['name'] },
  relationships: {
    id: ['key'],
    source: ['from'],
    target: ['to'],
    type: ['relationship', 'relation'],
    since: ['date'],
  },
};

/** Attribute names that would reach Object.prototype, which the loader refuses (check-limits.ts). */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

/** What a column became. `direction` is Gephi's `Type` column (Directed/Undirected). */
export type ColumnRole = { kind: 'field'; field: Field } | { kind: 'direction' } | { kind: 'attribute' } | { kind: 'ignored' };

export interface Column {
  index: number;
  header: string;
  role: ColumnRole;
}

/** `Evidence Source`, `evidence-source` and `EVIDENCE_SOURCE` all become `evidencesource`. */
export function normalizeHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
}

/** The names a field answers to, as a person would type them: `source` or `from`. */
export function acceptedNames(kind: SheetKind, field: Field): string[] {
  return [field, ...(SYNONYMS[kind][field] ?? []).filter((name) => name !== normalizeHeader(field))];
}

function fieldsOf(kind: SheetKind): readonly Field[] {
  return kind === 'actors' ? ACTOR_FIELDS : RELATIONSHIP_FIELDS;
}

/** The field a header names by itself (without overrides), or undefined. */
function fieldFor(kind: SheetKind, header: string): Field | undefined {
  const name = normalizeHeader(header);
  return exactField(kind, name) ?? fieldsOf(kind).find((field) => SYNONYMS[kind][field]?.includes(name));
}

function exactField(kind: SheetKind, name: string): Field | undefined {
  return fieldsOf(kind).find((field) => normalizeHeader(field) === name);
}

/** The override for a header, matched like headers are (case and spacing ignored). */
function overrideFor(columns: ColumnMapping | undefined, header: string): string | undefined {
  if (!columns) return undefined;
  const name = normalizeHeader(header);
  const key = Object.keys(columns).find((candidate) => normalizeHeader(candidate) === name);
  return key === undefined ? undefined : columns[key];
}

/** The relationship fields the headers name, overrides included. */
function relationshipFields(headers: readonly string[], columns?: ColumnMapping): Set<Field | undefined> {
  return new Set(
    headers.map((header) => {
      const override = overrideFor(columns, header);
      return override === undefined ? fieldFor('relationships', header) : exactField('relationships', normalizeHeader(override));
    }),
  );
}

/** Relationships when the headers give both ends, actors otherwise. */
export function sheetKind(headers: readonly string[], columns?: ColumnMapping): SheetKind {
  const found = relationshipFields(headers, columns);
  return found.has('source') && found.has('target') ? 'relationships' : 'actors';
}

/** Whether a sheet looks like half a relationships sheet (one end only), for a clearer message. */
export function hasOneEnd(headers: readonly string[], columns?: ColumnMapping): boolean {
  const found = relationshipFields(headers, columns);
  return found.has('source') !== found.has('target');
}

export interface ColumnMatch {
  columns: Column[];
  /** Problems with the headers: the header (when one is to blame) and what is wrong. */
  problems: Array<{ header?: string; message: string }>;
}

/**
 * Each header's role. `typeIsDirection` says the `type` column holds only Directed/Undirected
 * (Gephi's convention), so it sets the direction instead of the relationship type.
 */
export function matchColumns(kind: SheetKind, headers: readonly string[], mapping?: ColumnMapping, typeIsDirection = false): ColumnMatch {
  const problems: ColumnMatch['problems'] = [];
  const fields = fieldsOf(kind);
  const taken = new Map<string, string>();
  const exact = new Set(headers.map((header) => exactField(kind, normalizeHeader(overrideFor(mapping, header) ?? header))));
  const columns = headers.map((header, index): Column => {
    const override = overrideFor(mapping, header);
    let role: ColumnRole;
    if (override !== undefined) {
      const wanted = normalizeHeader(override);
      const field = fields.find((candidate) => normalizeHeader(candidate) === wanted);
      if (wanted === '' || wanted === 'ignore') role = { kind: 'ignored' };
      else if (wanted === 'attribute') role = { kind: 'attribute' };
      else if (field) role = { kind: 'field', field };
      else {
        problems.push({
          header,
          message: `options.columns maps it to ${quote(override)}, which is not a ${kind === 'actors' ? 'actor' : 'relationship'} field${hint(override, fields)}; use one of ${fields.join(', ')}, "attribute" or "ignore"`,
        });
        role = { kind: 'ignored' };
      }
    } else if (header.trim() === '') {
      role = { kind: 'ignored' };
    } else {
      // A field's own name beats a synonym: with both `since` and `date` columns, `date` is an
      // attribute (the exporter writes every field's column, so an attribute called `date` survives).
      const field = fieldFor(kind, header);
      const ownedElsewhere = field !== undefined && exactField(kind, normalizeHeader(header)) !== field && exact.has(field);
      role = field && !ownedElsewhere ? { kind: 'field', field } : { kind: 'attribute' };
    }
    if (role.kind === 'field' && role.field === 'type' && typeIsDirection && override === undefined) role = { kind: 'direction' };
    if (role.kind === 'attribute' && RESERVED.has(header.trim())) {
      problems.push({ header, message: `${quote(header)} is reserved by JavaScript and cannot name an attribute; rename the column` });
      role = { kind: 'ignored' };
    }
    if (role.kind === 'attribute' && kind === 'relationships' && header.trim() === 'evidence') {
      problems.push({
        header,
        message:
          'a column named evidence would replace the evidence list built from evidence_source, lines, summary and quote; rename it, or map it to summary with options.columns',
      });
      role = { kind: 'ignored' };
    }

    const slot =
      role.kind === 'field' ? role.field : role.kind === 'direction' ? 'directed' : role.kind === 'attribute' ? `@${header.trim()}` : '';
    if (slot !== '') {
      const earlier = taken.get(slot);
      if (earlier !== undefined) {
        const what = role.kind === 'attribute' ? 'have the same header' : `both give the ${slot.replace('_', ' ')}`;
        problems.push({ header, message: `columns ${quote(earlier)} and ${quote(header)} ${what}; remove or rename one` });
      } else taken.set(slot, header);
    }
    return { index, header, role };
  });
  return { columns, problems };
}

/** The required fields of a sheet kind. */
export function requiredFields(kind: SheetKind): Field[] {
  return kind === 'actors' ? ['id'] : ['source', 'target'];
}

/** What the mapping line says a column became: `Source → source`, `book → kept as attribute`. */
export function describeColumn(column: Column): string {
  switch (column.role.kind) {
    case 'field':
      return `${column.header} → ${column.role.field}`;
    case 'direction':
      return `${column.header} → direction (Directed/Undirected)`;
    case 'attribute':
      return `${column.header} → kept as attribute`;
    case 'ignored':
      return '';
  }
}
