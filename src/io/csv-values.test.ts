import { describe, expect, it } from 'vitest';
import { escapeCell, unescapeCell } from './csv-escape';
import { isNumberCell, parseDate, parseDirected, parseLines, parseList, parseNumber, parseSign } from './csv-values';

describe('formula escaping', () => {
  it.each(['=SUM(A1)', '+1', '-3', '@cmd', '\tx', '\rx'])('escapes %j with one apostrophe and reads it back', (text) => {
    expect(escapeCell(text)).toBe(`'${text}`);
    expect(unescapeCell(escapeCell(text))).toBe(text);
  });

  it('leaves other text alone, apostrophes included', () => {
    for (const text of ['plain', "'quoted", "don't", '', ' =x', "'", '1+1']) {
      expect(escapeCell(text)).toBe(text);
      expect(unescapeCell(text)).toBe(text);
    }
  });

  it('round-trips text that already starts with apostrophes before a formula character', () => {
    for (const text of ["'=x", "''-1", "'@a"]) {
      expect(escapeCell(text)).toBe(`'${text}`);
      expect(unescapeCell(escapeCell(text))).toBe(text);
    }
  });
});

describe('cell values', () => {
  it('lines: lists, ranges and both', () => {
    expect(parseLines('3,8')).toEqual({ ok: true, value: [3, 8] });
    expect(parseLines('9-10')).toEqual({ ok: true, value: [9, 10] });
    expect(parseLines('3, 8; 12-14')).toEqual({ ok: true, value: [3, 8, 12, 13, 14] });
    expect(parseLines(' 5 ')).toEqual({ ok: true, value: [5] });
  });

  it('lines: refuses what is not a line number or range', () => {
    for (const cell of ['a', '0', '3.5', '10-9', '-2', '3,x']) expect(parseLines(cell).ok).toBe(false);
    expect(parseLines('1-100000')).toMatchObject({ ok: false, message: expect.stringContaining('spans more than') as unknown });
  });

  it('numbers: plain decimals only', () => {
    for (const cell of ['-3', '0.5', '.5', '1e-7', '1e+21', '5e-324', '+2', ' 7 ']) expect(isNumberCell(cell)).toBe(true);
    for (const cell of ['', '0x10', 'Infinity', 'NaN', '1,5', '007', '1.', "'-3", 'e5', '-']) expect(isNumberCell(cell)).toBe(false);
    expect(parseNumber('1,5')).toMatchObject({ ok: false, message: expect.stringContaining('decimal separator') as unknown });
  });

  it('directions', () => {
    for (const cell of ['true', 'TRUE', 'yes', '1', 'Directed']) expect(parseDirected(cell)).toEqual({ ok: true, value: true });
    for (const cell of ['false', 'No', '0', 'undirected']) expect(parseDirected(cell)).toEqual({ ok: true, value: false });
    expect(parseDirected('sometimes').ok).toBe(false);
  });

  it('signs', () => {
    const signs = Object.fromEntries(['+', '-', '1', '-1', 'ally', 'Adversary', '0', 'neutral'].map((cell) => [cell, parseSign(cell)]));
    expect(signs).toEqual({
      '+': { ok: true, value: 1 },
      '-': { ok: true, value: -1 },
      '1': { ok: true, value: 1 },
      '-1': { ok: true, value: -1 },
      ally: { ok: true, value: 1 },
      Adversary: { ok: true, value: -1 },
      '0': { ok: true, value: 0 },
      neutral: { ok: true, value: 0 },
    });
    expect(parseSign('friend').ok).toBe(false);
  });

  it('dates and lists', () => {
    expect(parseDate('2024-06')).toEqual({ ok: true, value: '2024-06' });
    expect(parseDate('2024-06-19')).toEqual({ ok: true, value: '2024-06-19' });
    expect(parseDate(' 2024 ')).toEqual({ ok: true, value: '2024' });
    expect(parseDate('19/06/2024').ok).toBe(false);
    // A day that does not exist is refused, as the loader refuses it.
    expect(parseDate('2024-02-30').ok).toBe(false);
    expect(parseList(' a; b ;;c ')).toEqual(['a', 'b', 'c']);
  });
});
