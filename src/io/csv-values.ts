/**
 * Cell text to values: numbers, line lists (`3, 8; 12-14`), directions, signs, dates and
 * `;`-separated lists. Each parser returns the value, or a message saying what was expected;
 * the importer adds the file, row and column.
 */
import { parseDate as parsePeriod } from '../graph/dates';
import { quote } from '../graph/problems';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(message: string): Parsed<T> => ({ ok: false, message });

/**
 * A plain decimal number: `-3`, `0.5`, `.5`, `1e-7`. Not `0x10`, `Infinity` or `1,5`, and not
 * `007` (leading zeros mark codes such as postcodes, which must stay text).
 */
const NUMBER = /^[-+]?(0|[1-9]\d*)?(\.\d+)?([eE][-+]?\d+)?$/;

/** Whether a cell, as written in the file, is a number (an escaped `'-3` is text). */
export function isNumberCell(raw: string): boolean {
  const text = raw.trim();
  return text !== '' && /\d/.test(text) && NUMBER.test(text) && Number.isFinite(Number(text));
}

export function parseNumber(cell: string, what = 'a number'): Parsed<number> {
  const text = cell.trim();
  if (isNumberCell(text)) return ok(Number(text));
  const comma = /^[-+]?\d+,\d+$/.test(text) ? '; use a point as the decimal separator' : '';
  return bad(`${quote(cell)} is not ${what}${comma}`);
}

/** `3,8` → [3, 8]; `9-10` → [9, 10]; `3, 8; 12-14` → [3, 8, 12, 13, 14]. */
export function parseLines(cell: string, maxRange = 10_000): Parsed<number[]> {
  const lines: number[] = [];
  for (const part of cell.split(/[,;]/)) {
    const text = part.trim();
    if (text === '') continue;
    const range = /^(\d+)\s*[-–]\s*(\d+)$/.exec(text);
    if (range) {
      const from = Number(range[1]);
      const to = Number(range[2]);
      if (from < 1 || to < from) return bad(`${quote(text)} is not a range of line numbers; write the lower number first, as in 9-10`);
      if (to - from >= maxRange) return bad(`${quote(text)} spans more than ${maxRange} lines; cite fewer lines`);
      for (let line = from; line <= to; line++) lines.push(line);
    } else if (/^\d+$/.test(text) && Number(text) >= 1 && Number.isSafeInteger(Number(text))) {
      lines.push(Number(text));
    } else {
      return bad(`${quote(text)} is not a line number or range; write lines as 3, 8 or 9-10`);
    }
  }
  return ok(lines);
}

const DIRECTED = new Set(['true', 'yes', 'y', '1', 'directed']);
const UNDIRECTED = new Set(['false', 'no', 'n', '0', 'undirected']);

/** Whether a relationship is directed: true/false, yes/no, 1/0 or Directed/Undirected. */
export function parseDirected(cell: string): Parsed<boolean> {
  const text = cell.trim().toLowerCase();
  if (DIRECTED.has(text)) return ok(true);
  if (UNDIRECTED.has(text)) return ok(false);
  return bad(`${quote(cell)} is not a direction; use true or false (or directed, undirected)`);
}

/** Gephi's edge `Type` values. */
export function isGephiDirection(cell: string): boolean {
  const text = cell.trim().toLowerCase();
  return text === 'directed' || text === 'undirected';
}

const SIGNS: Record<string, 1 | -1 | 0> = {
  '+': 1,
  '1': 1,
  '+1': 1,
  ally: 1,
  '-': -1,
  '-1': -1,
  adversary: -1,
  '0': 0,
  neutral: 0,
};

/** A relationship type's sign: `+`, `1` or `ally` → 1; `-`, `-1` or `adversary` → -1; `0` or `neutral` → 0. */
export function parseSign(cell: string): Parsed<1 | -1 | 0> {
  const sign = SIGNS[cell.trim().toLowerCase()];
  return sign === undefined ? bad(`${quote(cell)} is not a sign; use +, - or 0 (or ally, adversary, neutral)`) : ok(sign);
}

/** `2024`, `2024-06` or `2024-06-19` (a day that exists), as the dataset format wants them. */
export function parseDate(cell: string): Parsed<string> {
  const text = cell.trim();
  return parsePeriod(text) ? ok(text) : bad(`${quote(cell)} is not a date; write it as 2024-06-19, 2024-06 or 2024`);
}

/** `artillery shells; other munitions` → two items; blanks between separators are dropped. */
export function parseList(cell: string): string[] {
  return cell
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** `true`/`false` in any case, for attribute columns that hold only those. */
export function isBooleanCell(raw: string): boolean {
  const text = raw.trim().toLowerCase();
  return text === 'true' || text === 'false';
}
