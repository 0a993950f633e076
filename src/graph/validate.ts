/**
 * Validation of an untrusted dataset in three passes, each reporting every problem it finds
 * (up to MAX_PROBLEMS) with its JSON path: limits (size, depth, reserved names), the schema
 * (valibot, no code generation), then structure (keys, endpoints, registries, options).
 */
import * as v from 'valibot';
import { DatasetSchema } from './dataset-schema';
import { checkLimits } from './check-limits';
import { checkStructure, type Plan } from './check-structure';
import { resolveLimits, type Limits } from './limits';
import { ProblemList, quote, type PathSegment, type Problem } from './problems';

export type ValidationResult = { ok: true; plan: Plan } | { ok: false; problems: Problem[]; omitted: number };

export function validateDataset(input: unknown, limits: Limits = resolveLimits()): ValidationResult {
  const problems = new ProblemList();
  const shape = describeTopLevel(input);
  if (shape) {
    problems.add('$', shape);
    return fail(problems);
  }

  checkLimits(input, limits, problems);
  if (!problems.empty) return fail(problems);

  checkNoArrayBags(input as Record<string, unknown>, problems);
  const parsed = v.safeParse(DatasetSchema, input, { abortEarly: false });
  if (!parsed.success) {
    for (const issue of parsed.issues) problems.add(issuePath(issue), issueMessage(issue));
    return fail(problems);
  }

  const plan = checkStructure(parsed.output, problems);
  return problems.empty ? { ok: true, plan } : fail(problems);
}

function fail(problems: ProblemList): ValidationResult {
  return { ok: false, problems: problems.problems, omitted: problems.omitted };
}

/** A message when the top level is not a dataset object at all, else undefined. */
function describeTopLevel(input: unknown): string | undefined {
  const expected = 'a dataset is an object {"nodes": [...], "edges": [...]} in graphology\'s serialization format';
  if (input === null) return `got null; ${expected}`;
  if (Array.isArray(input)) return `got an array; ${expected}`;
  if (typeof input !== 'object') return `got ${typeof input === 'string' ? 'a string' : `a ${typeof input}`}; ${expected}`;
  return undefined;
}

/**
 * valibot's objects accept arrays, so `"attributes": ["x"]` would load as `{"0": "x"}`; the
 * published JSON Schema says "object" there. Checked where every field is optional (elsewhere a
 * missing required field already rejects an array).
 */
function checkNoArrayBags(input: Record<string, unknown>, problems: ProblemList): void {
  const check = (path: PathSegment[], value: unknown) => {
    if (Array.isArray(value)) problems.add(path, 'expected an object, got an array');
  };
  check(['attributes'], input.attributes);
  check(['options'], input.options);
  const attributes = input.attributes;
  if (typeof attributes === 'object' && attributes !== null && !Array.isArray(attributes)) {
    // A group entry requires a label, so an array there is rejected already; `groups` itself is not.
    check(['attributes', 'groups'], (attributes as { groups?: unknown }).groups);
  }
  for (const field of ['nodes', 'edges'] as const) {
    const list = input[field];
    if (!Array.isArray(list)) continue;
    list.forEach((item: unknown, i) => {
      if (Array.isArray(item)) check([field, i], item);
      else if (typeof item === 'object' && item !== null) check([field, i, 'attributes'], (item as { attributes?: unknown }).attributes);
    });
  }
}

type Issue = v.InferIssue<typeof DatasetSchema>;

function issuePath(issue: Issue): PathSegment[] {
  return (issue.path ?? []).map((item) => (typeof item.key === 'number' ? item.key : String(item.key)));
}

/** valibot's messages, reworded to say what to do; custom messages from the schema pass through. */
function issueMessage(issue: Issue): string {
  if (issue.kind === 'schema' && issue.received === 'undefined') {
    return `missing; add ${issue.expected === 'Array' ? 'an array' : `a value (${issue.expected})`}`;
  }
  if (issue.message.startsWith('Invalid type:')) {
    // valibot's `received` repeats a string input whole and unescaped; quote it short instead.
    const received = typeof issue.input === 'string' ? quote(issue.input) : issue.received;
    return `expected ${describeExpected(issue.expected)}, got ${received}`;
  }
  return issue.message;
}

function describeExpected(expected: string | null): string {
  switch (expected) {
    case 'Object':
      return 'an object';
    case 'Array':
      return 'an array';
    default:
      return expected ?? 'another value';
  }
}
