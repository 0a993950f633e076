/**
 * Size limits for untrusted datasets: generous enough for 100,000-actor graphs, small enough
 * that a hostile file cannot freeze the page. Every field can be overridden per element.
 */
export interface Limits {
  /** Largest JSON text accepted, in bytes (UTF-16 code units as a proxy). */
  maxBytes: number;
  /** Most nodes in one dataset. */
  maxNodes: number;
  /** Most edges in one dataset. */
  maxEdges: number;
  /** Longest node or edge label, in characters. */
  maxLabelLength: number;
  /** Longest of any other string (descriptions, summaries), in characters. */
  maxStringLength: number;
  /** Deepest nesting of arrays and objects. */
  maxDepth: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxBytes: 64 * 1024 * 1024,
  maxNodes: 200_000,
  maxEdges: 1_000_000,
  maxLabelLength: 500,
  maxStringLength: 100_000,
  maxDepth: 32,
};

/** Fills the fields a caller left out with the defaults and rejects nonsense values. */
export function resolveLimits(partial: Partial<Limits> = {}): Limits {
  const limits = { ...DEFAULT_LIMITS, ...partial };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isFinite(value) || value <= 0) {
      throw new RangeError(`limits.${name} must be a positive number (got ${String(value)})`);
    }
  }
  return limits;
}
