/**
 * For tests of code that refuses bad input: runs `run`, checks it throws a DatasetError, and
 * gives its problems (or fails the test when nothing is thrown). Test code only.
 */
import { expect } from 'vitest';
import { DatasetError, type Problem } from '../graph/problems';

export function problemsOf(run: () => unknown): readonly Problem[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return (error as DatasetError).problems;
  }
  throw new Error('expected a DatasetError');
}

/** The first problem of the DatasetError `run` throws. */
export function problemOf(run: () => unknown): Problem {
  return problemsOf(run)[0]!;
}
