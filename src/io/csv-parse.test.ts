/**
 * The file shapes people bring: every delimiter × quoting × line ending × byte order mark ×
 * trailing blank lines, generated here, must read as the same relationships.
 */
import { describe, expect, it } from 'vitest';
import { importCsv } from './csv-import';
import { readSheet, type Sheet } from './csv-parse';

const ROWS = [
  ['source', 'target', 'type', 'summary', 'evidence_source', 'lines'],
  ['DPRK', 'Russia', 'supplies', 'shells, missiles; and "more"', 'article', '3,8'],
  ['Russia', 'DPRK', 'pays', 'line one\nline two', 'article', '9-10'],
  ['ROK', 'DPRK', 'condemns', 'tab\tinside', 'article', '15'],
];

interface Shape {
  delimiter: ',' | ';' | '\t';
  quoting: 'minimal' | 'all';
  eol: '\r\n' | '\n' | '\r';
  bom: boolean;
  trailing: number;
}

function write(rows: string[][], shape: Shape): string {
  const field = (value: string) => {
    const needs = shape.quoting === 'all' || /["\r\n]/.test(value) || value.includes(shape.delimiter) || value.includes('\t');
    return needs ? `"${value.replace(/"/g, '""')}"` : value;
  };
  const blank = [shape.eol, `${shape.delimiter}${shape.delimiter}${shape.eol}`, `  ${shape.eol}`];
  const body = rows.map((row) => row.map(field).join(shape.delimiter)).join(shape.eol) + shape.eol;
  const tail = Array.from({ length: shape.trailing }, (_, i) => blank[i % blank.length]).join('');
  return `${shape.bom ? '\ufeff' : ''}${body}${tail}`;
}

const shapes: Shape[] = [];
for (const delimiter of [',', ';', '\t'] as const)
  for (const quoting of ['minimal', 'all'] as const)
    for (const eol of ['\r\n', '\n', '\r'] as const)
      for (const bom of [false, true]) for (const trailing of [0, 1, 3]) shapes.push({ delimiter, quoting, eol, bom, trailing });

const label = (shape: Shape) =>
  `${JSON.stringify(shape.delimiter)} ${shape.quoting} ${JSON.stringify(shape.eol)}${shape.bom ? ' BOM' : ''} +${shape.trailing} blank`;

describe('every file shape reads the same', () => {
  it.each(shapes.map((shape) => [label(shape), shape] as const))('%s', (_name, shape) => {
    const result = importCsv([{ text: write(ROWS, shape), name: 'relationships.csv' }]);
    expect(result.format).toBe(shape.delimiter === '\t' ? 'tsv' : 'csv');
    expect(result.data.nodes.map((node) => node.key)).toEqual(['DPRK', 'Russia', 'ROK']);
    expect(result.data.edges.map((edge) => [edge.source, edge.target, edge.attributes?.type as unknown])).toEqual([
      ['DPRK', 'Russia', 'supplies'],
      ['Russia', 'DPRK', 'pays'],
      ['ROK', 'DPRK', 'condemns'],
    ]);
    expect(result.data.edges.map((edge) => edge.attributes?.evidence as unknown)).toEqual([
      [{ source: 'article', lines: [3, 8], summary: 'shells, missiles; and "more"' }],
      [{ source: 'article', lines: [9, 10], summary: 'line one\nline two' }],
      [{ source: 'article', lines: [15], summary: 'tab\tinside' }],
    ]);
    expect(result.warnings).toEqual([]);
  });
});

function sheetOf(text: string, name = 'a.csv'): Sheet {
  const result = readSheet({ text, name }, name, { maxBytes: 1e6, rowLimit: () => ({ max: 100, noun: 'rows', option: 'x' }) });
  if (!result.ok) throw new Error(result.problem.message);
  return result.sheet;
}

describe('row numbers are the spreadsheet rows', () => {
  it('count blank rows and multi-line cells as a spreadsheet does', () => {
    const sheet = sheetOf('\nsource,target\n\nA,B\n"C\nD",E\n,\nF,G\n');
    expect(sheet.headerRow).toBe(2);
    // A quoted cell over two lines is still one spreadsheet row.
    expect(sheet.rows.map((row) => row.row)).toEqual([4, 5, 7]);
  });

  it('a semicolon file with commas in unquoted cells is read with semicolons', () => {
    const sheet = sheetOf('id;label\nA;Hello, world\nB;x, y, z');
    expect(sheet.delimiter).toBe(';');
    expect(sheet.rows.map((row) => row.cells)).toEqual([
      ['A', 'Hello, world'],
      ['B', 'x, y, z'],
    ]);
  });

  it('a one-column sheet reads (no delimiter to guess)', () => {
    expect(sheetOf('id\nA\nB').rows.map((row) => row.cells)).toEqual([['A'], ['B']]);
  });

  it('takes the formula apostrophe off but remembers it was there', () => {
    const sheet = sheetOf("id,score\n'-3,-3");
    expect(sheet.rows[0]).toMatchObject({ cells: ['-3', '-3'], raw: ["'-3", '-3'] });
  });

  it('stops at the row limit before reading the rest', () => {
    // Row 5 opens a quote it never closes: reaching it would be a different error.
    const text = 'source,target\nA,B\nB,C\nC,D\n"D,E\n';
    const result = readSheet({ text }, 'r.csv', {
      maxBytes: 1e6,
      rowLimit: () => ({ max: 2, noun: 'relationships', option: 'limits.maxEdges' }),
    });
    expect(result).toEqual({
      ok: false,
      problem: { path: 'r.csv', message: 'more than 2 relationships (the limit); raise limits.maxEdges if this is intended' },
    });
  });
});
