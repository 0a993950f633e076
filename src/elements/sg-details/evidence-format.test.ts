/** Line numbers and one-line evidence as the panels print them. */
import { describe, expect, it } from 'vitest';
import { evidenceBrief, formatLines } from './evidence-format';

describe('formatLines', () => {
  it('lists separate lines with commas', () => {
    expect(formatLines([3, 8])).toBe('lines 3, 8');
  });

  it('collapses consecutive runs to ranges with an en dash', () => {
    expect(formatLines([27, 28, 29])).toBe('lines 27–29');
    expect(formatLines([2, 9, 10])).toBe('lines 2, 9–10');
  });

  it('says "line" for a single line', () => {
    expect(formatLines([32])).toBe('line 32');
  });

  it('sorts and drops repeats', () => {
    expect(formatLines([10, 9, 9, 2])).toBe('lines 2, 9–10');
  });

  it('gives nothing for no lines', () => {
    expect(formatLines([])).toBe('');
  });
});

describe('evidenceBrief', () => {
  it('gives the first item and how many more', () => {
    const brief = evidenceBrief([
      { source: 'a', lines: [15], summary: 'First.' },
      { source: 'a', lines: [5], summary: 'Second.' },
    ]);
    expect(brief).toEqual({ text: 'line 15: First.', more: 1 });
  });

  it('gives the summary alone when no lines are cited', () => {
    expect(evidenceBrief([{ source: 'a', lines: [], summary: 'Only.' }])).toEqual({ text: 'Only.', more: 0 });
  });

  it('is empty without evidence', () => {
    expect(evidenceBrief([])).toEqual({ text: '', more: 0 });
  });
});
