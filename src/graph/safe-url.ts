/**
 * Links from untrusted data: only `http:` and `https:` URLs (or relative ones, resolved against
 * a base) are ever used as links. `javascript:`, `data:`, `vbscript:` and friends are refused
 * after the URL parser has normalised case, whitespace and control characters.
 */

const SAFE_PROTOCOLS = new Set(['http:', 'https:']);

/** The parsed, absolute URL when it is safe to follow, else undefined. */
export function safeUrl(raw: unknown, base = 'https://invalid.example/'): URL | undefined {
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return undefined;
  }
  return SAFE_PROTOCOLS.has(url.protocol) ? url : undefined;
}

/** True for absolute `http(s):` URLs: what a dataset may store as a source link. */
export function isSafeAbsoluteUrl(raw: unknown): boolean {
  if (typeof raw !== 'string') return false;
  try {
    return SAFE_PROTOCOLS.has(new URL(raw).protocol);
  } catch {
    return false;
  }
}
