/**
 * The analysis options checked and filled in. A value out of range never throws: it is replaced
 * by the default and a warning says so, because the options may come from a form or a URL.
 */
import type { StatusKey } from '../graph/legend';
import { DEFAULT_SEED } from './prng';
import type { AnalysisOptions } from './types';

export interface ResolvedOptions {
  camps: number | 'auto';
  /** Sign overrides by type, each -1, 0 or 1. */
  signs: Map<string, -1 | 0 | 1>;
  statusWeights: Map<string, number>;
  /** null: every status counts. */
  statuses: Set<string> | null;
  /** null: every type counts. */
  types: Set<string> | null;
  direction: 'ignore' | 'follow';
  betweenness: 'exact' | 'sampled' | 'default';
  samples: number;
  seed: number;
  warnings: string[];
}

export const MAX_CAMPS = 6;
export const DEFAULT_SAMPLES = 500;

export function resolveOptions(options: AnalysisOptions = {}): ResolvedOptions {
  const warnings: string[] = [];
  let camps: number | 'auto' = 2;
  if (options.camps === 'auto') camps = 'auto';
  else if (options.camps !== undefined) {
    if (Number.isInteger(options.camps) && options.camps >= 2 && options.camps <= MAX_CAMPS) camps = options.camps;
    else warnings.push(`camps must be 'auto' or a whole number from 2 to ${MAX_CAMPS} (got ${String(options.camps)}): 2 used`);
  }

  const signs = new Map<string, -1 | 0 | 1>();
  for (const [type, sign] of Object.entries(options.signs ?? {})) {
    if (sign === -1 || sign === 0 || sign === 1) signs.set(type, sign);
    else warnings.push(`signs.${type} must be -1, 0 or 1 (got ${String(sign)}): the registry's sign used`);
  }

  const statusWeights = new Map<string, number>();
  for (const [status, weight] of Object.entries(options.statusWeights ?? {})) {
    if (typeof weight === 'number' && Number.isFinite(weight) && weight >= 0) statusWeights.set(status, weight);
    else warnings.push(`statusWeights.${status} must be a finite number, 0 or more (got ${String(weight)}): 1 used`);
  }

  let seed = DEFAULT_SEED;
  if (options.seed !== undefined) {
    if (Number.isFinite(options.seed)) seed = Math.trunc(options.seed);
    else warnings.push(`seed must be a finite number (got ${String(options.seed)}): ${DEFAULT_SEED} used`);
  }

  let samples = DEFAULT_SAMPLES;
  if (options.samples !== undefined) {
    if (Number.isInteger(options.samples) && options.samples >= 1) samples = options.samples;
    else warnings.push(`samples must be a whole number, 1 or more (got ${String(options.samples)}): ${DEFAULT_SAMPLES} used`);
  }

  return {
    camps,
    signs,
    statusWeights,
    statuses: options.statuses ? new Set<string>(options.statuses) : null,
    types: options.types ? new Set(options.types) : null,
    direction: options.direction === 'follow' ? 'follow' : 'ignore',
    betweenness: options.betweenness === 'exact' || options.betweenness === 'sampled' ? options.betweenness : 'default',
    samples,
    seed,
    warnings,
  };
}

/** The same options with only confirmed claims counting: what the sensitivity analysis compares against. */
export function confirmedOnly(options: ResolvedOptions): ResolvedOptions {
  const confirmed: StatusKey = 'confirmed';
  return { ...options, statuses: new Set([confirmed]) };
}
