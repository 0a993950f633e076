/**
 * The first pass over untrusted input, before the schema: bounded nesting, bounded strings and
 * counts, and no `__proto__` keys (which `Object.assign` would turn into a prototype change), nor
 * `constructor` or `prototype` (which valibot drops from objects without a word, so the data
 * would lose them silently, or a declared type would read as undeclared).
 * Iterative, so a hostile, deeply nested file cannot overflow the stack.
 */
import type { Limits } from './limits';
import { ProblemList, type PathSegment } from './problems';

export const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function checkLimits(input: unknown, limits: Limits, problems: ProblemList): void {
  if (isObject(input)) {
    const { nodes, edges } = input as { nodes?: unknown; edges?: unknown };
    if (Array.isArray(nodes) && nodes.length > limits.maxNodes) {
      problems.add(
        'nodes',
        `${nodes.length} nodes is more than the limit of ${limits.maxNodes}; raise limits.maxNodes if this is intended`,
      );
    }
    if (Array.isArray(edges) && edges.length > limits.maxEdges) {
      problems.add(
        'edges',
        `${edges.length} edges is more than the limit of ${limits.maxEdges}; raise limits.maxEdges if this is intended`,
      );
    }
    if (!problems.empty) return;
  }

  const stack: Array<{ value: unknown; path: PathSegment[] }> = [{ value: input, path: [] }];
  while (stack.length > 0 && !problems.full) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const isLabel = path[path.length - 1] === 'label';
      const max = isLabel ? limits.maxLabelLength : limits.maxStringLength;
      if (value.length > max) {
        problems.add(path, `text of ${value.length} characters is longer than the limit of ${max}; shorten it`);
      }
      continue;
    }
    if (!isObject(value)) continue;
    if (path.length >= limits.maxDepth) {
      problems.add(path, `nested more than ${limits.maxDepth} levels deep; flatten the data`);
      continue;
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (RESERVED_KEYS.has(key)) {
        problems.add([...path, key], `"${key}" is reserved by JavaScript and cannot be used as a name; rename it`);
        continue;
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}
