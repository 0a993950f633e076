/**
 * Problem reporting: JSON paths, short escaped quotes of hostile values, the 20-problem cap and
 * the one-line DatasetError message.
 */
import { describe, it, expect } from 'vitest';
import { DatasetError, formatPath, MAX_MESSAGE_LENGTH, MAX_PROBLEMS, ProblemList, quote, type Problem } from './problems';

describe('formatPath', () => {
  it('calls the whole document $', () => {
    expect(formatPath([])).toBe('$');
  });

  it('joins names with dots and indexes with brackets', () => {
    expect(formatPath(['edges', 7, 'attributes', 'evidence', 0, 'source'])).toBe('edges[7].attributes.evidence[0].source');
  });

  it('quotes names that are not identifiers', () => {
    expect(formatPath(['attributes', 'edgeTypes', 'pact with', 'label'])).toBe('attributes.edgeTypes["pact with"].label');
  });

  it('escapes markup in a hostile name', () => {
    expect(formatPath(['nodes', 0, 'attributes', '<img>'])).toBe('nodes[0].attributes["\\u003cimg\\u003e"]');
  });
});

describe('quote', () => {
  it('JSON-quotes a string', () => {
    expect(quote('Rusia')).toBe('"Rusia"');
  });

  it('shows numbers and null as JSON', () => {
    expect([quote(1), quote(null)]).toEqual(['1', 'null']);
  });

  it('cuts a long string to 40 characters and keeps the closing quote', () => {
    const quoted = quote('x'.repeat(500));
    expect(quoted).toBe(`"${'x'.repeat(38)}…"`);
    expect(quoted.length).toBe(41);
  });

  it('escapes < and > so no markup survives', () => {
    expect(quote('<script>alert(1)</script>')).toBe('"\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"');
  });

  it('describes a value JSON cannot represent', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(quote(circular)).toBe('[object Object]');
  });

  it('shows undefined by name', () => {
    expect(quote(undefined)).toBe('undefined');
  });
});

describe('ProblemList', () => {
  it('formats array paths as it adds them', () => {
    const list = new ProblemList();
    list.add(['edges', 0, 'target'], 'node "x" not found');
    expect(list.problems).toEqual([{ path: 'edges[0].target', message: 'node "x" not found' }]);
  });

  it(`keeps the first ${MAX_PROBLEMS} problems and counts the rest`, () => {
    const list = new ProblemList();
    for (let i = 0; i < MAX_PROBLEMS + 5; i++) list.add(['nodes', i, 'key'], 'missing');
    expect(list.problems).toHaveLength(MAX_PROBLEMS);
    expect(list.problems.at(-1)!.path).toBe(`nodes[${MAX_PROBLEMS - 1}].key`);
    expect(list.omitted).toBe(5);
  });

  it(`is full at ${MAX_PROBLEMS} problems and not before`, () => {
    const list = new ProblemList();
    for (let i = 0; i < MAX_PROBLEMS - 1; i++) list.add('$', 'x');
    const before = list.full;
    list.add('$', 'x');
    expect([before, list.full]).toEqual([false, true]);
  });

  it('is empty until a problem is added', () => {
    const list = new ProblemList();
    const before = list.empty;
    list.add('$', 'x');
    expect([before, list.empty]).toEqual([true, false]);
  });
});

describe('DatasetError', () => {
  const one: Problem[] = [{ path: 'edges[0].target', message: 'node "Rusia" not found (did you mean "Russia"?)' }];

  it('leads with the first problem, path and message', () => {
    expect(new DatasetError(one).message).toBe('Invalid dataset: edges[0].target: node "Rusia" not found (did you mean "Russia"?)');
  });

  it('keeps the problems and names itself', () => {
    const error = new DatasetError(one);
    expect(error.problems).toEqual(one);
    expect(error.name).toBe('DatasetError');
    expect(error).toBeInstanceOf(Error);
  });

  it('counts one further problem in the singular', () => {
    const two = [...one, { path: 'edges[1].target', message: 'x' }];
    expect(new DatasetError(two).message).toMatch(/ \(and 1 more problem\)$/);
  });

  it('counts reported and omitted problems past the first', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => ({ path: `nodes[${i}].key`, message: 'missing' }));
    expect(new DatasetError(twenty, 7).message).toMatch(/ \(and 26 more problems\)$/);
  });

  it(`cuts a long first problem so the message stays within ${MAX_MESSAGE_LENGTH} characters, keeping the count`, () => {
    const long = [
      { path: '$', message: 'y'.repeat(1000) },
      { path: '$', message: 'z' },
    ];
    const message = new DatasetError(long).message;
    expect(message).toHaveLength(MAX_MESSAGE_LENGTH);
    expect(message).toMatch(/y… \(and 1 more problem\)$/);
  });

  it('says something even with no problems', () => {
    expect(new DatasetError([]).message).toBe('Invalid dataset: unknown problem');
  });
});
