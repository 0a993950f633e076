/**
 * `npm test`: every test, unit (Node) and browser (Chromium), in one Vitest run.
 * Type-checks and lints first, fails early with one line when no Chromium is installed, and ends with a plain
 * "Tests: N passed, N failed" line that any CI log reader understands (scripts/test-summary.mjs).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium, INSTALL_HINT } from './find-chromium.mjs';
import { summarize } from './test-summary.mjs';

if (!findChromium()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

// Types first: a type error fails fast, before a browser starts.
const typecheck = spawnSync('npx', ['tsc', '--noEmit', '-p', '.'], { stdio: 'inherit' });
if (typecheck.status !== 0) {
  console.error('Type check failed (npx tsc --noEmit -p .); fix the errors above.');
  process.exit(typecheck.status ?? 1);
}

// Then lint (ESLint and Prettier), still before a browser starts.
const lint = spawnSync('npm', ['run', '--silent', 'lint'], { stdio: 'inherit' });
if (lint.status !== 0) {
  console.error('Lint failed (npm run lint); fix the problems above, or run npx prettier --write <file> for formatting.');
  process.exit(lint.status ?? 1);
}

const report = join(mkdtempSync(join(tmpdir(), 'sg-test-')), 'report.json');
const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)];
const run = spawnSync('npx', args, { stdio: 'inherit' });

if (!existsSync(report)) {
  console.error('Vitest wrote no report (it stopped before the end); see the output above.');
  process.exit(run.status || 1);
}
const { failed, lines } = summarize(JSON.parse(readFileSync(report, 'utf8')), process.cwd());
for (const line of lines) console.log(line);
// A failure the closing line counts fails the run, whatever Vitest's own exit code.
process.exit(failed > 0 ? run.status || 1 : (run.status ?? 1));
