/**
 * The closing line of `npm test` counts a test file that failed outside its tests (it ran no
 * test, so Vitest's `numFailedTests` misses it) as a failure.
 */
import { describe, expect, it } from 'vitest';
import { summarize } from './test-summary.mjs';

const root = '/repo';
const passingFile = { name: '/repo/src/a.test.ts', status: 'passed', assertionResults: [{ status: 'passed' }, { status: 'passed' }] };

describe('summarize', () => {
  it('says how many passed and failed, and nothing more when all files ran', () => {
    const report = { numPassedTests: 2, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0, testResults: [passingFile] };
    expect(summarize(report, root)).toEqual({ failed: 0, lines: ['Tests: 2 passed, 0 failed'] });
  });

  it('counts a file that failed to load, with no failed test, as failed and names it on its own line', () => {
    const report = {
      numPassedTests: 2,
      numFailedTests: 0,
      numPendingTests: 0,
      numTodoTests: 0,
      testResults: [passingFile, { name: '/repo/graph-data/x.test.ts', status: 'failed', assertionResults: [] }],
    };
    const { failed, lines } = summarize(report, root);
    expect(failed).toBe(1);
    expect(lines[0]).toBe('Tests: 2 passed, 1 failed');
    expect(lines[0]).toMatch(/^Tests: \d+ passed, \d+ failed$/);
    expect(lines[1]).toBe('1 test file failed outside any test (an import, load or hook error): graph-data/x.test.ts');
  });

  it('does not count a file twice when its failure is a failed test', () => {
    const report = {
      numPassedTests: 1,
      numFailedTests: 1,
      numPendingTests: 1,
      numTodoTests: 1,
      testResults: [{ name: '/repo/src/b.test.ts', status: 'failed', assertionResults: [{ status: 'passed' }, { status: 'failed' }] }],
    };
    expect(summarize(report, root)).toEqual({ failed: 1, lines: ['Tests: 1 passed, 1 failed, 2 skipped'] });
  });

  it('lists every broken file', () => {
    const broken = (name: string) => ({ name: `/repo/${name}`, status: 'failed', assertionResults: [] });
    const report = {
      numPassedTests: 0,
      numFailedTests: 0,
      numPendingTests: 0,
      numTodoTests: 0,
      testResults: [broken('a.test.ts'), broken('b.test.ts')],
    };
    const { failed, lines } = summarize(report, root);
    expect(failed).toBe(2);
    expect(lines).toEqual([
      'Tests: 0 passed, 2 failed',
      '2 test files failed outside any test (an import, load or hook error): a.test.ts, b.test.ts',
    ]);
  });
});
