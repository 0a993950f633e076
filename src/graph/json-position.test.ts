/**
 * Locating JSON syntax errors without the engine's help: the scanner must accept all valid JSON
 * and agree with V8 wherever V8 does report a position.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { jsonErrorOffset } from './json-position';

/** V8's own offset, when its message gives one. */
function engineOffset(text: string): number | undefined {
  try {
    JSON.parse(text);
    return -1;
  } catch (error) {
    const match = /position (\d+)/.exec((error as Error).message);
    return match ? Number(match[1]) : undefined;
  }
}

describe('jsonErrorOffset', () => {
  it('finds nothing wrong with valid JSON', () => {
    expect(
      jsonErrorOffset('{"nodes": [{"key": "DPRK", "attributes": {"x": -1.5e+3, "aliases": ["\\u00e9\\n"], "ok": true, "no": null}}]}'),
    ).toBe(-1);
  });

  it.each([
    ['a trailing comma in an array', '{"nodes": [{"key": "DPRK"},\n]}', 28],
    ['a trailing comma in an object', '{"key": "DPRK",}', 15],
    ['an unquoted key', '{nodes: []}', 1],
    ['a missing colon', '{"nodes" []}', 9],
    ['a misspelt literal', '{"undirected": tru}', 18],
    ['a leading zero', '{"x": 01}', 7],
    ['a lone minus', '[-]', 2],
    ['a bare decimal point', '[1.]', 3],
    ['a bad escape', '["\\x"]', 3],
    ['a short unicode escape', '["\\u12g4"]', 6],
    ['a raw newline in a string', '["North\nKorea"]', 7],
    ['an unterminated string', '["DPRK', 6],
    ['an unclosed array', '[1, 2', 5],
    ['text after the value', '{"nodes": []} x', 14],
    ['empty text', '', 0],
    ['an HTML page', '<!doctype html>', 0],
  ])('points at %s', (_what, text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it('accepts JSON nested 100,000 deep without overflowing the stack', () => {
    expect(jsonErrorOffset(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toBe(-1);
  });

  it('accepts everything JSON.stringify writes', () => {
    fc.assert(fc.property(fc.json(), (text) => jsonErrorOffset(text) === -1));
  });

  it('agrees with V8 on broken JSON wherever V8 gives a position', () => {
    const broken = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', ']', '}', '"', ':', '-', '.', 'e', '\\', 'x', ' '))
      .map(([text, at, insert]) => {
        const i = at % (text.length + 1);
        return insert === '' ? text.slice(0, i) : text.slice(0, i) + insert + text.slice(i);
      });
    fc.assert(
      fc.property(broken, (text) => {
        const expected = engineOffset(text);
        return expected === undefined || jsonErrorOffset(text) === expected;
      }),
      { numRuns: 2000 },
    );
  });
});
