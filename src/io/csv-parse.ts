/**
 * One CSV or TSV file to rows of cells, with papaparse doing all the reading: the delimiter
 * (comma, semicolon or tab), the line endings (CRLF, LF or old-Mac CR), quoted fields with
 * delimiters and newlines inside, and the byte order mark. What is added here is what papaparse
 * leaves to its caller: spreadsheet row numbers for messages, the size limits, and the
 * exporter's formula apostrophe taken off again.
 */
import Papa from 'papaparse';
import { quote, type Problem } from '../graph/problems';
import { unescapeCell } from './csv-escape';
import type { ImportText } from './types';

export type Delimiter = ',' | ';' | '\t';

export interface SheetRow {
  /** The row number a spreadsheet shows: the header is row 1 (or later, after blank rows). */
  row: number;
  /** Cells as read, the formula apostrophe removed; not trimmed. */
  cells: string[];
  /** Cells as written, for telling escaped text ('-3) from a number (-3). */
  raw: string[];
}

export interface Sheet {
  /** How messages name the file: its name, or "sheet 2" when it has none. */
  name: string;
  delimiter: Delimiter;
  headerRow: number;
  headers: string[];
  rows: SheetRow[];
  /** Things papaparse read but that deserve a look (a stray quote). */
  warnings: string[];
}

/** The most data rows a sheet may have, decided from its header (actors or relationships). */
export type RowLimit = (headers: string[]) => { max: number; noun: string; option: string };

export interface ReadSheetOptions {
  maxBytes: number;
  rowLimit: RowLimit;
}

export type ReadSheetResult = { ok: true; sheet: Sheet } | { ok: false; problem: Problem };

const DELIMITERS: Delimiter[] = [',', ';', '\t'];

/** The file as a spreadsheet shows it, or the one problem that stops it being read. */
export function readSheet(input: ImportText, name: string, options: ReadSheetOptions): ReadSheetResult {
  const fail = (path: string, message: string): ReadSheetResult => ({ ok: false, problem: { path, message } });
  const text = input.text.charCodeAt(0) === 0xfeff ? input.text.slice(1) : input.text;
  if (text.length > options.maxBytes) {
    return fail(name, `${text.length} bytes is more than the limit of ${options.maxBytes}; raise limits.maxBytes if this is intended`);
  }
  if (text.trim() === '') return fail(name, 'the file is empty; expected a header row such as "source,target,type"');

  // Detection first, on the first rows only, with blank lines skipped so they do not blur the
  // guess. The full read below keeps blank lines, because papaparse's skipEmptyLines would drop
  // them before they could be counted, and a spreadsheet counts them as rows.
  const guess = Papa.parse<string[]>(text, { preview: 10, skipEmptyLines: 'greedy', delimitersToGuess: DELIMITERS });
  const delimiter = (DELIMITERS as string[]).includes(guess.meta.delimiter) ? (guess.meta.delimiter as Delimiter) : ',';

  const rows: SheetRow[] = [];
  const warnings: string[] = [];
  let headers: string[] | undefined;
  let headerRow = 0;
  let limit: ReturnType<RowLimit> | undefined;
  let row = 0;
  let problem: Problem | undefined;

  Papa.parse<string[]>(text, {
    delimiter,
    newline: guess.meta.linebreak as '\r\n' | '\n' | '\r',
    skipEmptyLines: false,
    step: (result, parser) => {
      row += 1;
      for (const error of result.errors) {
        if (error.code === 'MissingQuotes') {
          problem = {
            path: `${name} row ${row}`,
            message: 'a quoted field is never closed, so the rest of the file would be read as one cell; add the closing quote (")',
          };
          parser.abort();
          return;
        }
        if (error.code === 'InvalidQuotes') {
          warnings.push(`${name} row ${row}: a quoted field has text after its closing quote; check the quotes on that row`);
        }
      }
      const raw = result.data;
      // The same rule as papaparse's skipEmptyLines 'greedy': a row of blank cells is no row.
      if (raw.every((cell) => cell.trim() === '')) return;
      const cells = raw.map(unescapeCell);
      if (!headers) {
        headers = cells;
        headerRow = row;
        limit = options.rowLimit(headers);
        return;
      }
      rows.push({ row, cells, raw });
      if (limit && rows.length > limit.max) {
        problem = {
          path: name,
          message: `more than ${limit.max} ${limit.noun} (the limit); raise ${limit.option} if this is intended`,
        };
        parser.abort();
      }
    },
  });

  if (problem) return { ok: false, problem };
  if (!headers) return fail(name, 'the file has no header row');
  return { ok: true, sheet: { name, delimiter, headerRow, headers, rows, warnings } };
}

/** A file name as messages show it: printable, short, with no markup. */
export function sheetName(input: ImportText, index: number): string {
  const raw = (input.name ?? '').replace(/\p{Cc}/gu, '').trim();
  if (raw === '') return `sheet ${index + 1}`;
  const cut = raw.length > 60 ? `${raw.slice(0, 59)}…` : raw;
  return cut.replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
}

/** `relationships.csv row 14, column "target"`: where a cell is, for a problem's path. */
export function cellPath(sheet: Pick<Sheet, 'name'>, row: number, header?: string): string {
  return header === undefined ? `${sheet.name} row ${row}` : `${sheet.name} row ${row}, column ${quote(header)}`;
}
