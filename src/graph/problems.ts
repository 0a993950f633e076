/**
 * How a bad dataset is reported: a list of problems, each with the JSON path where it was found
 * (`edges[7].target`) and a message that says what to do. Values from the data are quoted short
 * and with `<`/`>` escaped, so a message can never carry markup from a hostile file.
 */

export interface Problem {
  /** Where: a JSON path such as `edges[7].target`, or `$` for the whole document. */
  path: string;
  /** What is wrong and what to do about it. */
  message: string;
}

/** At most this many problems are reported; the rest are counted. */
export const MAX_PROBLEMS = 20;
/** The longest `DatasetError.message`, so it fits in an error banner. */
export const MAX_MESSAGE_LENGTH = 300;

export type PathSegment = string | number;

/** `['edges', 7, 'target']` → `edges[7].target`; keys that are not identifiers are quoted. */
export function formatPath(segments: readonly PathSegment[]): string {
  if (segments.length === 0) return '$';
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${quote(segment)}]`;
  }
  return out;
}

/** A value from the data as it may appear in a message: JSON-quoted, cut at 40 characters, no markup. */
export function quote(value: unknown): string {
  let json: string;
  try {
    json = typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value) ?? String(value));
  } catch {
    json = Object.prototype.toString.call(value);
  }
  if (json.length > 42) json = `${json.slice(0, 39)}…${json.startsWith('"') ? '"' : ''}`;
  return json.replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
}

/** Collects problems up to MAX_PROBLEMS and counts the ones past it. */
export class ProblemList {
  readonly problems: Problem[] = [];
  omitted = 0;

  add(path: string | readonly PathSegment[], message: string): void {
    if (this.problems.length >= MAX_PROBLEMS) {
      this.omitted += 1;
      return;
    }
    this.problems.push({ path: typeof path === 'string' ? path : formatPath(path), message });
  }

  get full(): boolean {
    return this.problems.length >= MAX_PROBLEMS;
  }

  get empty(): boolean {
    return this.problems.length === 0;
  }
}

/** Thrown by the loader; `problems` holds every problem found (up to MAX_PROBLEMS). */
export class DatasetError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[], omitted = 0) {
    super(summarizeProblems('Invalid dataset: ', problems, omitted));
    this.name = 'DatasetError';
    this.problems = problems;
  }
}

/** `<prefix><first path>: <first message> (and N more problems)`, cut to fit MAX_MESSAGE_LENGTH. */
export function summarizeProblems(prefix: string, problems: readonly Problem[], omitted = 0): string {
  const total = problems.length + omitted;
  const first = problems[0];
  const head = first ? `${first.path}: ${first.message}` : 'unknown problem';
  const more = total > 1 ? ` (and ${total - 1} more problem${total > 2 ? 's' : ''})` : '';
  const room = MAX_MESSAGE_LENGTH - prefix.length - more.length;
  const body = head.length > room ? `${head.slice(0, room - 1)}…` : head;
  return `${prefix}${body}${more}`;
}
