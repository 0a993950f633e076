/**
 * Size limits: defaults, per-field overrides and rejection of nonsense values. The limits
 * themselves are enforced by the loader (see validate.test.ts).
 */
import { describe, it, expect } from 'vitest';
import { DEFAULT_LIMITS, resolveLimits } from './limits';

describe('resolveLimits', () => {
  it('gives the defaults when nothing is overridden', () => {
    expect(resolveLimits()).toEqual(DEFAULT_LIMITS);
  });

  it('overrides one field and keeps the others', () => {
    expect(resolveLimits({ maxNodes: 10 })).toEqual({ ...DEFAULT_LIMITS, maxNodes: 10 });
  });

  it('does not change the defaults', () => {
    const before = { ...DEFAULT_LIMITS };
    resolveLimits({ maxDepth: 3 });
    expect(DEFAULT_LIMITS).toEqual(before);
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('rejects %s with the field named', (value) => {
    expect(() => resolveLimits({ maxEdges: value })).toThrow(new RangeError(`limits.maxEdges must be a positive number (got ${value})`));
  });

  it('rejects a non-number smuggled in from JavaScript', () => {
    expect(() => resolveLimits({ maxBytes: '100' as unknown as number })).toThrow(/limits\.maxBytes must be a positive number \(got 100\)/);
  });
});
