/**
 * CSV and TSV spreadsheets to a dataset: a relationships sheet (one row per relationship, or per
 * piece of evidence), and optionally an actors sheet, in either order. Each sheet is recognised
 * by its headers. Every problem found is reported with its file, row and column, in one
 * DatasetError, and nothing is returned half-read.
 */
import { resolveLimits, type Limits } from '../graph/limits';
import { DatasetError, ProblemList, quote } from '../graph/problems';
import { readActors, type ActorTable } from './csv-actors';
import { SheetCells } from './csv-cells';
import {
  acceptedNames,
  hasOneEnd,
  matchColumns,
  normalizeHeader,
  requiredFields,
  sheetKind,
  type Column,
  type SheetKind,
} from './csv-columns';
import { assembleDataset } from './csv-dataset';
import { locateProblems } from './csv-locate';
import { describeImport } from './csv-mapping';
import { cellPath, readSheet, sheetName, type Sheet } from './csv-parse';
import { readRelationships, type RelationshipTable } from './csv-relationships';
import { isGephiDirection } from './csv-values';
import type { ImportOptions, ImportResult, ImportText } from './types';

interface ReadSheet {
  sheet: Sheet;
  input: ImportText;
  kind: SheetKind;
  columns: Column[];
}

export function importCsv(sheets: ImportText[], options: ImportOptions = {}): ImportResult {
  const limits = resolveLimits(options.limits);
  const problems = new ProblemList();
  const warnings: string[] = [];
  const check = () => {
    if (!problems.empty) throw new DatasetError(problems.problems, problems.omitted);
  };
  if (sheets.length === 0 || sheets.length > 2) {
    problems.add('$', `got ${sheets.length} files; give a relationships sheet, and an actors sheet if you have one`);
  }
  check();

  const read = readAll(sheets, options, limits, problems);
  check();
  const actorsSheet = read.find((item) => item.kind === 'actors');
  const relationshipsSheet = read.find((item) => item.kind === 'relationships');
  for (const item of read) warnings.push(...item.sheet.warnings);

  const actorCells = actorsSheet && new SheetCells(actorsSheet.sheet, actorsSheet.columns, problems, warnings);
  const relationshipCells = relationshipsSheet && new SheetCells(relationshipsSheet.sheet, relationshipsSheet.columns, problems, warnings);
  const actors: ActorTable | undefined = actorCells && readActors(actorCells);
  const relationships: RelationshipTable | undefined = relationshipCells && readRelationships(relationshipCells);
  check();

  const assembled = assembleDataset(
    {
      actors: actors && actorCells && { table: actors, cells: actorCells },
      relationships: relationships && relationshipCells && { table: relationships, cells: relationshipCells },
      options,
      maxNodes: limits.maxNodes,
      warnings,
      title: options.name ?? titleFrom(relationshipsSheet?.input ?? actorsSheet?.input),
    },
    problems,
  );
  check();

  const located = locateProblems(assembled.data, limits, {
    actors: actors && actorCells && { cells: actorCells, rowOf: actors.rowOf },
    relationships: relationships && relationshipCells && { cells: relationshipCells, edges: relationships.edges },
  });
  if (!located.empty) throw new DatasetError(located.problems, located.omitted);

  warnings.push(...unusedOverrides(options, read));
  const main = relationshipsSheet ?? actorsSheet!;
  return {
    data: assembled.data,
    format: main.sheet.delimiter === '\t' ? 'tsv' : 'csv',
    mapping: describeImport(assembled, read, !actorsSheet),
    warnings,
  };
}

/** Each file read, recognised as actors or relationships, and its columns matched. */
function readAll(sheets: ImportText[], options: ImportOptions, limits: Limits, problems: ProblemList): ReadSheet[] {
  const read: ReadSheet[] = [];
  sheets.forEach((input, i) => {
    const result = readSheet(input, sheetName(input, i), {
      maxBytes: limits.maxBytes,
      rowLimit: (headers) =>
        sheetKind(headers, options.columns) === 'relationships'
          ? { max: limits.maxEdges, noun: 'relationships', option: 'limits.maxEdges' }
          : { max: limits.maxNodes, noun: 'actors', option: 'limits.maxNodes' },
    });
    if (!result.ok) {
      problems.add(result.problem.path, result.problem.message);
      return;
    }
    const sheet = result.sheet;
    const kind = sheetKind(sheet.headers, options.columns);
    if (input.name === undefined || input.name.trim() === '') sheet.name = `${kind} sheet`;
    const other = read.find((item) => item.kind === kind);
    if (other) {
      problems.add(
        sheet.name,
        `both ${quote(other.sheet.name)} and ${quote(sheet.name)} look like ${kind} sheets (a sheet with source and target columns holds relationships, any other holds actors); give one relationships sheet and at most one actors sheet`,
      );
      return;
    }
    read.push({ sheet, input, kind, columns: matchSheet(sheet, kind, options, problems) });
  });
  for (const item of read) checkRequired(item, read, options, problems);
  return read;
}

function matchSheet(sheet: Sheet, kind: SheetKind, options: ImportOptions, problems: ProblemList): Column[] {
  let match = matchColumns(kind, sheet.headers, options.columns);
  const type = match.columns.find((column) => column.role.kind === 'field' && column.role.field === 'type');
  if (kind === 'relationships' && type) {
    // Gephi's edge CSV: `Type` holds Directed/Undirected, a direction rather than a relationship type.
    const values = sheet.rows.map((row) => row.cells[type.index] ?? '').filter((cell) => cell.trim() !== '');
    if (values.length > 0 && values.every(isGephiDirection)) match = matchColumns(kind, sheet.headers, options.columns, true);
  }
  for (const problem of match.problems) problems.add(cellPath(sheet, sheet.headerRow, problem.header), problem.message);

  return match.columns;
}

/** The columns a sheet cannot do without, or a message naming the headers found and the names accepted. */
function checkRequired(
  { sheet, kind, columns }: ReadSheet,
  read: readonly ReadSheet[],
  options: ImportOptions,
  problems: ProblemList,
): void {
  const headers = sheet.headers.filter((header) => header.trim() !== '').map((header) => quote(header));
  // A sheet with a source column but no target (or the reverse) is most likely a relationships
  // sheet missing a column, unless another sheet holds the relationships: then it is actors.
  if (kind === 'actors' && hasOneEnd(sheet.headers, options.columns) && !read.some((item) => item.kind === 'relationships')) {
    problems.add(
      cellPath(sheet, sheet.headerRow),
      `has one end of a relationship but not the other (found ${headers.join(', ')}); a relationships sheet needs a source column (or from) and a target column (or to)`,
    );
    return;
  }
  const found = new Set(columns.map((column) => (column.role.kind === 'field' ? column.role.field : '')));
  for (const field of requiredFields(kind)) {
    if (found.has(field)) continue;
    const names = acceptedNames(kind, field).map((name) => quote(name));
    problems.add(
      cellPath(sheet, sheet.headerRow),
      `no ${field} column in this ${kind} sheet (found ${headers.join(', ') || 'no headers'}); name one ${names.join(' or ')}, or map a header to ${quote(field)} with options.columns`,
    );
  }
}

/** `asoiaf-book2-edges.csv` → `asoiaf-book2-edges`. */
function titleFrom(input: ImportText | undefined): string | undefined {
  const name = input?.name
    ?.replace(/^.*[\\/]/, '')
    .replace(/\.(csv|tsv|txt)$/i, '')
    .trim();
  return name === undefined || name === '' ? undefined : name;
}

/** `options.columns` entries that name no header in any sheet: probably a typo. */
function unusedOverrides(options: ImportOptions, read: readonly ReadSheet[]): string[] {
  const headers = new Set(read.flatMap((item) => item.sheet.headers.map(normalizeHeader)));
  return Object.keys(options.columns ?? {})
    .filter((name) => !headers.has(normalizeHeader(name)))
    .map((name) => `options.columns names ${quote(name)}, but no sheet has a column of that name`);
}
