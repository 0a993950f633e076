/**
 * The closing lines of `npm test`, from Vitest's JSON report. A test file that fails outside its
 * tests (an import that does not resolve, a throw at load time, a failing `beforeAll`) runs no
 * test and so adds nothing to `numFailedTests`; it is counted here as one failure, so the closing
 * line never reads "0 failed" for a run that failed.
 */
import { relative } from 'node:path';

/**
 * @typedef {object} VitestJsonReport The fields of Vitest's `--reporter=json` output read here.
 * @property {number} numPassedTests
 * @property {number} numFailedTests
 * @property {number} numPendingTests
 * @property {number} numTodoTests
 * @property {Array<{ name: string; status: string; assertionResults: Array<{ status: string }> }>} testResults
 */

/**
 * @param {VitestJsonReport} report
 * @param {string} root folder the file names are shown relative to
 * @returns {{ failed: number; lines: string[] }} `lines[0]` is always "Tests: N passed, N failed" (and ", N skipped" when
 *   some were); a second line names the files that failed outside their tests.
 */
export function summarize(report, root) {
  const broken = report.testResults
    .filter((file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'))
    .map((file) => relative(root, file.name));
  const failed = report.numFailedTests + broken.length;
  const skipped = report.numPendingTests + report.numTodoTests;
  const lines = [`Tests: ${report.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`];
  if (broken.length > 0) {
    const files = broken.length === 1 ? '1 test file' : `${broken.length} test files`;
    lines.push(`${files} failed outside any test (an import, load or hook error): ${broken.join(', ')}`);
  }
  return { failed, lines };
}
