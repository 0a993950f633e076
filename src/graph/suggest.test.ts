/**
 * Did-you-mean suggestions: edit distance with a cut-off, and the closest plausible candidate.
 */
import { describe, it, expect } from 'vitest';
import { didYouMean, editDistance, hint } from './suggest';

const ACTORS = ['DPRK', 'Russia', 'ROK', 'US', 'Ukraine', 'UN'];

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('is 0 for equal strings and the length for an empty one', () => {
    expect([editDistance('pact', 'pact'), editDistance('', 'pact')]).toEqual([0, 4]);
  });

  it('stops at max + 1 once the distance is out of reach', () => {
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
  });

  it('stops at max + 1 when the lengths alone differ by more than max', () => {
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('didYouMean', () => {
  it('finds a one-letter typo', () => {
    expect(didYouMean('Rusia', ACTORS)).toBe('Russia');
  });

  it('compares case-insensitively but returns the candidate as written', () => {
    expect(didYouMean('ukraine', ACTORS)).toBe('Ukraine');
  });

  it('prefers the closest candidate', () => {
    expect(didYouMean('supplie', ['suppliers', 'supplies'])).toBe('supplies');
  });

  it('suggests nothing when no candidate is close', () => {
    expect(didYouMean('China', ACTORS)).toBeUndefined();
  });

  it('allows one edit for short words, not two', () => {
    expect([didYouMean('UX', ['UN']), didYouMean('XY', ['UN'])]).toEqual(['UN', undefined]);
  });

  it('allows at most three edits, however long the word', () => {
    const wanted = 'international-organisation';
    expect([didYouMean(wanted, ['international-organizationXX']), didYouMean(wanted, ['international-organizationXYZ'])]).toEqual([
      'international-organizationXX',
      undefined,
    ]);
  });

  it('looks only at the first `limit` candidates', () => {
    const candidates = [...Array.from({ length: 10 }, (_, i) => `node-${i}-far-away`), 'Russia'];
    expect([didYouMean('Rusia', candidates, 10), didYouMean('Rusia', candidates, 11)]).toEqual([undefined, 'Russia']);
  });

  it('accepts any iterable, such as map keys', () => {
    expect(didYouMean('Rusia', new Map(ACTORS.map((key, i) => [key, i])).keys())).toBe('Russia');
  });
});

describe('hint', () => {
  it('formats the suggestion as a parenthesis', () => {
    expect(hint('Rusia', ACTORS)).toBe(' (did you mean "Russia"?)');
  });

  it('is empty when there is nothing to suggest', () => {
    expect(hint('China', ACTORS)).toBe('');
  });

  it('quotes a hostile suggestion short and without markup', () => {
    const key = `<b>${'x'.repeat(300)}</b>`;
    const text = hint(`<b>${'x'.repeat(299)}</b>`, [key]);
    expect(text).toMatch(/^ \(did you mean "\\u003cb\\u003ex+…"\?\)$/);
    expect(text).not.toMatch(/[<>]/);
  });
});
