/**
 * The `controls` attribute: a space-separated list of the parts of an element's UI to show
 * (`controls="search details"`). Absent shows every part; present shows exactly the parts named,
 * so `controls=""` shows none. Unknown tokens are ignored and reported, with a "did you mean".
 */
import { hint } from '../graph/suggest';
import { quote, type Problem } from '../graph/problems';
import { emit } from './events';

export interface ParsedControls<T extends string> {
  /** The parts to show. */
  shown: ReadonlySet<T>;
  /** One problem per unknown token, naming it and the valid ones; empty when all are known. */
  problems: Problem[];
}

/** Parses a `controls` value against the element's `valid` parts, in their documented order. */
export function parseControls<T extends string>(value: string | null | undefined, valid: readonly T[]): ParsedControls<T> {
  if (value === null || value === undefined) return { shown: new Set(valid), problems: [] };
  const known = new Set<string>(valid);
  const shown = new Set<T>();
  const problems: Problem[] = [];
  for (const token of value.toLowerCase().split(/\s+/)) {
    if (token === '') continue;
    if (known.has(token)) shown.add(token as T);
    else {
      problems.push({
        path: 'controls',
        message: `unknown control ${quote(token)} ignored${hint(token, valid)}; valid controls: ${valid.join(', ')}`,
      });
    }
  }
  return { shown, problems };
}

/** The parts of `<stakeholder-graph>` that `controls` chooses: the legend, the passing hints, the timeline (shown when claims are dated) and the story's card and Story button (shown when there is a story). */
export const GRAPH_CONTROLS = ['legend', 'hints', 'timeline', 'story'] as const;
export type GraphControl = (typeof GRAPH_CONTROLS)[number];

/** The parts of `<stakeholder-explorer>`: toolbar controls, the graph's legend, and the panels. */
export const EXPLORER_CONTROLS = [
  'search',
  'layout',
  'focus',
  'zoom',
  'theme',
  'open',
  'export',
  'legend',
  'details',
  'paths',
  'analysis',
  'sources',
  'story',
  'table',
] as const;
export type ExplorerControl = (typeof EXPLORER_CONTROLS)[number];

/**
 * The explorer's controls that live in its toolbar. `open` is more than its buttons (Open…,
 * Template): without it, files dropped on the explorer and text pasted into it are not loaded
 * either, so a page that shows a map of its own can keep visitors from replacing it.
 */
export const TOOLBAR_CONTROLS: readonly ExplorerControl[] = ['search', 'layout', 'focus', 'zoom', 'theme', 'open', 'export'];

/**
 * The parts `host`'s `controls` value shows. Unknown tokens are reported once per value with
 * `sg-error` (nothing else changes: no banner, the graph stays) and a console warning, since a
 * page author mistyping an attribute looks in the console.
 */
export function readControls<T extends string>(host: EventTarget, value: string | null | undefined, valid: readonly T[]): ReadonlySet<T> {
  const { shown, problems } = parseControls(value, valid);
  if (problems.length > 0) {
    const message = problems.map((problem) => `controls: ${problem.message}`).join('; ');
    console.warn(`<${(host as Element).localName ?? 'element'}> ${message}`);
    emit(host, 'sg-error', { message, problems });
  }
  return shown;
}
