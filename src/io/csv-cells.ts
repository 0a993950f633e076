/**
 * Reading one sheet's cells by field rather than by position, and reporting a bad cell with its
 * file, row and column. Also the typing of attribute columns (numbers when every filled cell of
 * the column is a number, booleans when every one is true/false, text otherwise).
 */
import type { ProblemList } from '../graph/problems';
import { quote } from '../graph/problems';
import type { Column, Field } from './csv-columns';
import { cellPath, type Sheet, type SheetRow } from './csv-parse';
import { isBooleanCell, isNumberCell, type Parsed } from './csv-values';

type AttributeType = 'number' | 'boolean' | 'text';

interface AttributeColumn {
  index: number;
  header: string;
  name: string;
  type: AttributeType;
}

export class SheetCells {
  private readonly byField = new Map<string, Column>();
  readonly attributeColumns: AttributeColumn[];
  readonly direction: Column | undefined;

  constructor(
    readonly sheet: Sheet,
    readonly columns: readonly Column[],
    private readonly problems: ProblemList,
    private readonly warnings: string[],
  ) {
    for (const column of columns) if (column.role.kind === 'field') this.byField.set(column.role.field, column);
    this.direction = columns.find((column) => column.role.kind === 'direction');
    this.attributeColumns = columns
      .filter((column) => column.role.kind === 'attribute')
      .map((column) => ({ index: column.index, header: column.header, name: column.header.trim(), type: this.typeOf(column) }));
    for (const column of columns) {
      if (column.header.trim() !== '') continue;
      const filled = sheet.rows.find((row) => (row.cells[column.index] ?? '').trim() !== '');
      if (filled) {
        warnings.push(
          `${cellPath(sheet, sheet.headerRow)}: column ${column.index + 1} has no header, so its values (such as row ${filled.row}) were left out; give it a header to keep them`,
        );
      }
    }
  }

  has(field: Field): boolean {
    return this.byField.has(field);
  }

  /** The header of a field's column, for messages; the field's own name when the sheet has none. */
  header(field: Field): string {
    return this.byField.get(field)?.header ?? field;
  }

  /** A cell exactly as written (apostrophe removed), or undefined when empty or absent. */
  text(row: SheetRow, field: Field): string | undefined {
    const column = this.byField.get(field);
    const cell = column === undefined ? undefined : row.cells[column.index];
    return cell === undefined || cell === '' ? undefined : cell;
  }

  /** A key-like cell (an id, a type, a date): trimmed, undefined when blank. */
  key(row: SheetRow, field: Field): string | undefined {
    const cell = this.text(row, field)?.trim();
    return cell === '' ? undefined : cell;
  }

  /** A key-like cell read through a parser; a bad value is reported and gives undefined. */
  parse<T>(row: SheetRow, field: Field, parser: (cell: string) => Parsed<T>): T | undefined {
    const cell = this.key(row, field);
    if (cell === undefined) return undefined;
    const parsed = parser(cell);
    if (parsed.ok) return parsed.value;
    this.report(row, this.header(field), parsed.message);
    return undefined;
  }

  report(row: SheetRow | number, header: string | undefined, message: string): void {
    this.problems.add(this.path(typeof row === 'number' ? row : row.row, header), message);
  }

  /** `relationships.csv row 14, column "target"`. */
  path(row: number, header?: string): string {
    return cellPath(this.sheet, row, header);
  }

  /** The row's attribute columns, typed; empty cells are left out. */
  attributes(row: SheetRow): Record<string, unknown> {
    const attributes: Record<string, unknown> = {};
    for (const column of this.attributeColumns) {
      const cell = row.cells[column.index];
      if (cell === undefined || cell === '') continue;
      if (column.type === 'number') attributes[column.name] = Number(cell.trim());
      else if (column.type === 'boolean') attributes[column.name] = cell.trim().toLowerCase() === 'true';
      else attributes[column.name] = cell;
    }
    return attributes;
  }

  /** Cells past the header's columns that hold something: data with no column to go in. */
  checkWidth(row: SheetRow): void {
    for (let i = this.columns.length; i < row.cells.length; i++) {
      if (row.cells[i]!.trim() !== '') {
        this.report(
          row,
          undefined,
          `${row.cells.length} cells but the header has ${this.columns.length} columns (cell ${i + 1} is ${quote(row.cells[i])}); quote cells that contain the delimiter`,
        );
        return;
      }
    }
  }

  private typeOf(column: Column): AttributeType {
    let filled = 0;
    let numbers = 0;
    let booleans = 0;
    let firstText: SheetRow | undefined;
    for (const row of this.sheet.rows) {
      const raw = row.raw[column.index];
      if (raw === undefined || raw.trim() === '') continue;
      filled += 1;
      if (isNumberCell(raw)) numbers += 1;
      else if (isBooleanCell(raw)) booleans += 1;
      else firstText ??= row;
    }
    if (filled > 0 && numbers === filled) return 'number';
    if (filled > 0 && booleans === filled) return 'boolean';
    if (firstText && numbers >= filled / 2) {
      this.warnings.push(
        `${cellPath(this.sheet, firstText.row, column.header)}: ${quote(firstText.raw[column.index])} is not a number, so the whole column is kept as text`,
      );
    }
    return 'text';
  }
}
