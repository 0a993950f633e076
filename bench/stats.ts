/** Small statistics over run samples: medians with "did not finish" as +Infinity, percentiles. */

/** Median of the values; null entries (did not finish) count as +Infinity, so a majority of them gives null. */
export function medianOrDnf(values: ReadonlyArray<number | null>): number | null {
  if (values.length === 0) return null;
  const sorted = values.map((value) => value ?? Infinity).sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median = sorted.length % 2 === 1 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Number.isFinite(median) ? median : null;
}

/** Median of the values that exist; null when none does. */
export function median(values: ReadonlyArray<number | null | undefined>): number | null {
  const present = values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value));
  return present.length === 0 ? null : medianOrDnf(present);
}

/** The p-th percentile (0-100), nearest-rank; null for no samples. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}
