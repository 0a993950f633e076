/**
 * Loading is atomic: parse, validate, build a new graphology Graph, and only then hand it over.
 * A failure throws a DatasetError and leaves nothing half-built; the caller's object is never
 * mutated or shared with the graph (it is deep-copied first).
 */
import Graph from 'graphology';
import { validateDataset } from './validate';
import { resolveLimits, type Limits } from './limits';
import { DatasetError, ProblemList } from './problems';
import { checkLimits } from './check-limits';
import { jsonErrorOffset } from './json-position';
import type { Plan } from './check-structure';

/** What `loadDataset` accepts: JSON text, a parsed dataset object, or a graphology Graph. */
export type DatasetInput = string | object | Graph;

export interface LoadOptions {
  limits?: Partial<Limits>;
}

export function loadDataset(input: DatasetInput, options: LoadOptions = {}): Graph {
  const limits = resolveLimits(options.limits);
  const data = typeof input === 'string' ? parseDatasetText(input, limits) : copyInput(input, limits);
  const result = validateDataset(data, limits);
  if (!result.ok) throw new DatasetError(result.problems, result.omitted);
  return graphFromPlan(result.plan);
}

/** JSON text to a value, with errors that give line and column. */
export function parseDatasetText(text: string, limits: Limits = resolveLimits()): unknown {
  if (text.trim() === '') throw new DatasetError([{ path: '$', message: 'the file is empty; expected a JSON dataset' }]);
  if (text.length > limits.maxBytes) {
    throw new DatasetError([
      {
        path: '$',
        message: `${text.length} bytes is more than the limit of ${limits.maxBytes}; raise limits.maxBytes if this is intended`,
      },
    ]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DatasetError([
      { path: '$', message: `invalid JSON ${describeJsonError(text, error)}; check the file is complete, valid JSON` },
    ]);
  }
}

export function isGraph(value: unknown): value is Graph {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Graph).export === 'function' &&
    typeof (value as Graph).order === 'number'
  );
}

function copyInput(input: object, limits: Limits): unknown {
  const data = isGraph(input) ? input.export() : input;
  // structuredClone recurses, so hostile nesting would overflow the stack: check limits first.
  const problems = new ProblemList();
  checkLimits(data, limits, problems);
  if (!problems.empty) throw new DatasetError(problems.problems, problems.omitted);
  try {
    return structuredClone(data);
  } catch {
    throw new DatasetError([
      { path: '$', message: 'contains values that are not plain data (functions, DOM nodes, …); pass JSON-like objects only' },
    ]);
  }
}

/**
 * The graph of a validated plan (`validateDataset(…).plan`), with no further checks: for a plan
 * validated elsewhere (the import worker), so the main thread only builds.
 */
export function graphFromPlan(plan: Plan): Graph {
  const graph = new Graph(plan.options);
  graph.replaceAttributes({ ...plan.attributes });
  for (const node of plan.nodes) graph.addNode(node.key, { ...node.attributes });
  for (const edge of plan.edges) {
    if (edge.undirected) graph.addUndirectedEdgeWithKey(edge.key, edge.source, edge.target, { ...edge.attributes });
    else graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, { ...edge.attributes });
  }
  return graph;
}

/** "at line 3, column 7 (Unexpected token …)", from V8's "… in JSON at position 42 …" or a scan. */
function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const match = /position (\d+)/.exec(message);
  const detail = message
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .slice(0, 80)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e');
  const offset = match ? Number(match[1]) : jsonErrorOffset(text);
  if (offset < 0) return `(${detail})`;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `at line ${line}, column ${column} (${detail})`;
}
