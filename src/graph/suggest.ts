/**
 * "Did you mean …?" for typos in keys and type names: the closest candidate by edit distance,
 * compared case-insensitively, when it is close enough to be a plausible typo.
 */
import { quote } from './problems';

/** Levenshtein distance with a cut-off: stops early once the distance exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate closest to `wanted`, or undefined when none is within a third of its length
 * (at least 1, at most 3 edits). Only the first `limit` candidates are compared, so a typo in a
 * 100,000-node file stays cheap.
 */
export function didYouMean(wanted: string, candidates: Iterable<string>, limit = 5000): string | undefined {
  const needle = wanted.toLowerCase();
  const max = Math.min(3, Math.max(1, Math.floor(needle.length / 3)));
  let best: string | undefined;
  let bestDistance = max + 1;
  let seen = 0;
  for (const candidate of candidates) {
    if (seen++ >= limit) break;
    const distance = editDistance(needle, candidate.toLowerCase(), bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      if (distance === 0) break;
    }
  }
  return best;
}

/** ` (did you mean "Russia"?)` or an empty string. */
export function hint(wanted: string, candidates: Iterable<string>): string {
  const match = didYouMean(wanted, candidates);
  return match === undefined ? '' : ` (did you mean ${quote(match)}?)`;
}
