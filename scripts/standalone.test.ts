/**
 * The project stands alone: a fresh clone has no folder next to it, so no file of the project may
 * read or cite one (a test reading a sibling folder fails on every machine but the one it was
 * written on). Checks every file git tracks or would track, except the lockfile.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url);
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' })
  .split('\0')
  .filter((path) => path !== '' && path !== 'package-lock.json' && existsSync(new URL(path, root)));

// Written so that this file does not match itself: a relative path up into a sibling `shared` folder.
const SIBLING = new RegExp(String.raw`\.\./(?:\.\./)*` + 'shared\\b');
// Notes files that live only in that sibling folder; a reference to one is dangling in a clone.
const OUTSIDE_NOTES = ['NOTES', 'STYLE'].map((name) => `${name}.md`).filter((name) => !files.some((path) => path.endsWith(name)));

describe('the repository stands alone', () => {
  it('lists the files it checks', () => {
    expect(files).toContain('package.json');
    expect(files.length).toBeGreaterThan(100);
  });

  it('has no file that refers to a folder outside the project or to notes kept there', () => {
    const offenders: string[] = [];
    for (const path of files) {
      const lines = readFileSync(new URL(path, root), 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (SIBLING.test(line) || OUTSIDE_NOTES.some((name) => line.includes(name))) offenders.push(`${path}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});
