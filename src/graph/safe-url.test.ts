/**
 * Links from untrusted data: only http(s) survives, however the scheme is disguised.
 */
import { describe, it, expect } from 'vitest';
import { isSafeAbsoluteUrl, safeUrl } from './safe-url';

const HOSTILE = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '  javascript:alert(1)',
  'java\tscript:alert(1)',
  '\u0000javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
];

describe('safeUrl', () => {
  it('returns an https URL parsed', () => {
    expect(safeUrl('https://www.example.org/news?id=1')?.href).toBe('https://www.example.org/news?id=1');
  });

  it('accepts plain http', () => {
    expect(safeUrl('http://example.org/')?.protocol).toBe('http:');
  });

  it('resolves a relative link against the base', () => {
    expect(safeUrl('../articles/1.html', 'https://example.org/data/set/')?.href).toBe('https://example.org/data/articles/1.html');
  });

  it.each(HOSTILE)('refuses %j', (raw) => {
    expect(safeUrl(raw)).toBeUndefined();
  });

  it.each(['', '   ', 'https://exa mple.org'])('refuses the unparseable or empty %j', (raw) => {
    expect(safeUrl(raw)).toBeUndefined();
  });

  it.each([42, null, undefined, { href: 'https://example.org/' }])('refuses the non-string %j', (raw) => {
    expect(safeUrl(raw)).toBeUndefined();
  });
});

describe('isSafeAbsoluteUrl', () => {
  it('accepts an absolute https URL', () => {
    expect(isSafeAbsoluteUrl('https://www.example.org/a')).toBe(true);
  });

  it('refuses a relative link, which a dataset cannot resolve on its own', () => {
    expect(isSafeAbsoluteUrl('/articles/1.html')).toBe(false);
  });

  it.each(HOSTILE)('refuses %j', (raw) => {
    expect(isSafeAbsoluteUrl(raw)).toBe(false);
  });

  it('refuses a non-string', () => {
    expect(isSafeAbsoluteUrl(new URL('https://example.org/'))).toBe(false);
  });
});
