/**
 * Checks a story against the graph it tells: its shape, its sizes (STORY_LIMITS), unique step ids,
 * and every actor, claim, type, status, kind, date, layout and grouping a step names, each problem
 * with its JSON path and a "did you mean" where a near key exists. A story with any problem is
 * not shown (none of it): the element reports the problems with `sg-error` and the dataset stays.
 */
import type Graph from 'graphology';
import { ProblemList, quote, type PathSegment, type Problem } from '../graph/problems';
import { hint } from '../graph/suggest';
import { STATUSES } from '../graph/dataset-schema';
import { parseDate } from '../graph/dates';
import { LAYOUTS } from '../layout/layouts';
import { GROUP_BYS } from '../graph/groups';
import type { Registry } from '../graph/registry';
import { STORY_LIMITS, type StepFilter, type StepPath, type StepView, type Story, type StoryStep } from './story-types';

export interface StoryCheck {
  /** The story, when it has no problem; else null. */
  story: Story | null;
  problems: Problem[];
  /** Problems past the reported ones. */
  omitted: number;
}

const STEP_FIELDS = ['id', 'title', 'text', 'cite', 'view'];
const VIEW_FIELDS = ['select', 'focus', 'path', 'filter', 'asOf', 'layout', 'fit', 'groupBy'];
const PATH_FIELDS = ['from', 'to', 'types', 'direction', 'index'];
const FILTER_FIELDS = ['edgeTypes', 'statuses', 'nodeKinds'];
const FOCUS_FIELDS = ['key', 'hops'];
const STATUS_KEYS = [...STATUSES, 'unspecified'];

type Json = Record<string, unknown>;

/** What the story may name in this graph. */
interface Names {
  graph: Graph;
  edgeTypes: string[];
  nodeKinds: string[];
}

/**
 * Validates `raw` (a parsed story) against `graph` and its types and kinds (`registry`). `at` is
 * where the story sits in what was read: `['story']` in a dataset's attributes, `[]` for a story
 * file of its own.
 */
export function validateStory(raw: unknown, graph: Graph, registry: Registry, at: readonly PathSegment[] = ['story']): StoryCheck {
  const problems = new ProblemList();
  const names: Names = { graph, edgeTypes: [...registry.edgeTypes.keys()], nodeKinds: [...registry.nodeKinds.keys()] };
  const story = readStory(raw, [...at], names, problems);
  return { story: problems.empty ? story : null, problems: problems.problems, omitted: problems.omitted };
}

function readStory(raw: unknown, at: PathSegment[], names: Names, problems: ProblemList): Story {
  if (!isObject(raw)) {
    problems.add(at, 'must be an object {title, steps}; see "Stories" in the README');
    return { title: '', steps: [] };
  }
  unknownFields(raw, ['title', 'steps'], at, problems);
  const title = raw.title === undefined ? 'Story' : text(raw.title, [...at, 'title'], STORY_LIMITS.maxTitleLength, problems, false);
  const steps = raw.steps;
  if (!Array.isArray(steps)) {
    problems.add([...at, 'steps'], 'must be a list of steps [{id, title, text, view}]');
    return { title, steps: [] };
  }
  if (steps.length === 0) problems.add([...at, 'steps'], 'the story has no steps; add at least one');
  if (steps.length > STORY_LIMITS.maxSteps) {
    problems.add([...at, 'steps'], `has ${steps.length} steps, more than the ${STORY_LIMITS.maxSteps} a story may have; split it`);
    return { title, steps: [] };
  }
  const ids = new Map<string, number>();
  const read: StoryStep[] = [];
  steps.forEach((step: unknown, i) => {
    if (problems.full) return;
    const path = [...at, 'steps', i];
    const parsed = readStep(step, path, names, problems);
    if (!parsed) return;
    const first = ids.get(parsed.id);
    if (first !== undefined) {
      problems.add([...path, 'id'], `duplicate step id ${quote(parsed.id)} (also steps[${first}].id); give each step its own id`);
    } else ids.set(parsed.id, i);
    read.push(parsed);
  });
  return { title, steps: read };
}

function readStep(raw: unknown, at: PathSegment[], names: Names, problems: ProblemList): StoryStep | null {
  if (!isObject(raw)) {
    problems.add(at, 'must be a step {id, title, text, view}');
    return null;
  }
  unknownFields(raw, STEP_FIELDS, at, problems);
  const id = text(raw.id, [...at, 'id'], STORY_LIMITS.maxIdLength, problems, false);
  const title = text(raw.title, [...at, 'title'], STORY_LIMITS.maxTitleLength, problems, false);
  const body = raw.text === undefined ? '' : text(raw.text, [...at, 'text'], STORY_LIMITS.maxTextLength, problems, true);
  const step: StoryStep = { id, title, text: body, view: {} };
  if (raw.cite !== undefined) step.cite = keys(raw.cite, [...at, 'cite'], STORY_LIMITS.maxCites, 'claim', names, problems);
  if (raw.view !== undefined) step.view = readView(raw.view, [...at, 'view'], names, problems);
  return step;
}

function readView(raw: unknown, at: PathSegment[], names: Names, problems: ProblemList): StepView {
  if (!isObject(raw)) {
    problems.add(at, 'must be an object such as {"select": "DPRK"}');
    return {};
  }
  unknownFields(raw, VIEW_FIELDS, at, problems);
  const view: StepView = {};
  const { graph } = names;
  if (raw.select !== undefined) {
    const key = string(raw.select, [...at, 'select'], problems);
    if (key !== null && !graph.hasNode(key) && !graph.hasEdge(key)) {
      problems.add([...at, 'select'], `no actor or claim has the key ${quote(key)}${hint(key, [...graph.nodes(), ...graph.edges()])}`);
    } else if (key !== null) view.select = key;
  }
  if (raw.focus !== undefined) {
    const focus = readFocus(raw.focus, [...at, 'focus'], names, problems);
    if (focus) view.focus = focus;
  }
  if (raw.path !== undefined) {
    const path = readPath(raw.path, [...at, 'path'], names, problems);
    if (path) view.path = path;
  }
  if (raw.filter !== undefined) view.filter = readFilter(raw.filter, [...at, 'filter'], names, problems);
  if (raw.asOf !== undefined) {
    const date = string(raw.asOf, [...at, 'asOf'], problems);
    if (date !== null && !parseDate(date)) problems.add([...at, 'asOf'], `${quote(date)} is not a date; write 2024, 2024-06 or 2024-06-19`);
    else if (date !== null) view.asOf = date;
  }
  if (raw.layout !== undefined) {
    const layout = string(raw.layout, [...at, 'layout'], problems);
    const ids = LAYOUTS.map((known) => known.id);
    if (layout !== null && !ids.includes(layout)) {
      problems.add([...at, 'layout'], `unknown layout ${quote(layout)}${hint(layout, ids)}; use one of ${ids.join(', ')}`);
    } else if (layout !== null) view.layout = layout;
  }
  if (raw.fit !== undefined) view.fit = keys(raw.fit, [...at, 'fit'], STORY_LIMITS.maxFit, 'actor', names, problems);
  if (raw.groupBy !== undefined) {
    const groupBy = string(raw.groupBy, [...at, 'groupBy'], problems);
    if (groupBy !== null && !(GROUP_BYS as readonly string[]).includes(groupBy)) {
      problems.add([...at, 'groupBy'], `unknown grouping ${quote(groupBy)}${hint(groupBy, GROUP_BYS)}; use one of ${GROUP_BYS.join(', ')}`);
    } else if (groupBy !== null) view.groupBy = groupBy;
  }
  return view;
}

function readFocus(raw: unknown, at: PathSegment[], names: Names, problems: ProblemList): StepView['focus'] | null {
  if (!isObject(raw)) {
    problems.add(at, 'must be {key, hops} such as {"key": "DPRK", "hops": 1}');
    return null;
  }
  unknownFields(raw, FOCUS_FIELDS, at, problems);
  const key = actor(raw.key, [...at, 'key'], names, problems);
  if (raw.hops !== undefined && raw.hops !== 1 && raw.hops !== 2) problems.add([...at, 'hops'], 'must be 1 or 2');
  return key === null ? null : { key, hops: raw.hops === 2 ? 2 : 1 };
}

function readPath(raw: unknown, at: PathSegment[], names: Names, problems: ProblemList): StepPath | null {
  if (!isObject(raw)) {
    problems.add(at, 'must be {from, to} such as {"from": "US", "to": "Russia"}');
    return null;
  }
  unknownFields(raw, PATH_FIELDS, at, problems);
  const from = actor(raw.from, [...at, 'from'], names, problems);
  const to = actor(raw.to, [...at, 'to'], names, problems);
  const path: StepPath = { from: from ?? '', to: to ?? '' };
  if (raw.types !== undefined) path.types = known(raw.types, [...at, 'types'], 'relationship type', names.edgeTypes, problems);
  if (raw.direction !== undefined) {
    if (raw.direction !== 'follow' && raw.direction !== 'ignore') problems.add([...at, 'direction'], 'must be "follow" or "ignore"');
    else path.direction = raw.direction;
  }
  if (raw.index !== undefined) {
    if (!Number.isSafeInteger(raw.index) || (raw.index as number) < 0)
      problems.add([...at, 'index'], 'must be 0 (the shortest path) or a higher whole number');
    else path.index = raw.index as number;
  }
  return from === null || to === null ? null : path;
}

function readFilter(raw: unknown, at: PathSegment[], names: Names, problems: ProblemList): StepFilter {
  if (!isObject(raw)) {
    problems.add(at, 'must be an object such as {"edgeTypes": ["supplies"]}');
    return {};
  }
  unknownFields(raw, FILTER_FIELDS, at, problems);
  const filter: StepFilter = {};
  if (raw.edgeTypes !== undefined)
    filter.edgeTypes = known(raw.edgeTypes, [...at, 'edgeTypes'], 'relationship type', names.edgeTypes, problems);
  if (raw.statuses !== undefined) filter.statuses = known(raw.statuses, [...at, 'statuses'], 'status', STATUS_KEYS, problems);
  if (raw.nodeKinds !== undefined) filter.nodeKinds = known(raw.nodeKinds, [...at, 'nodeKinds'], 'actor kind', names.nodeKinds, problems);
  return filter;
}

// ---- the pieces --------------------------------------------------------------------------------

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unknownFields(raw: Json, fields: readonly string[], at: PathSegment[], problems: ProblemList): void {
  for (const field of Object.keys(raw)) {
    if (!fields.includes(field))
      problems.add([...at, field], `unknown field${hint(field, fields)}; the fields here are ${fields.join(', ')}`);
  }
}

function string(value: unknown, at: PathSegment[], problems: ProblemList): string | null {
  if (typeof value === 'string' && value !== '') return value;
  problems.add(at, typeof value === 'string' ? 'must not be empty' : `must be a string, not ${quote(value)}`);
  return null;
}

/** Text within `max` characters; `empty` allows ''. */
function text(value: unknown, at: PathSegment[], max: number, problems: ProblemList, empty: boolean): string {
  if (typeof value !== 'string') {
    problems.add(at, value === undefined ? 'is missing; every step needs one' : `must be a string, not ${quote(value)}`);
    return '';
  }
  if (!empty && value.trim() === '') problems.add(at, 'must not be empty');
  if (value.length > max)
    problems.add(at, `is ${value.length.toLocaleString('en')} characters long, more than ${max.toLocaleString('en')}; shorten it`);
  return value;
}

function actor(value: unknown, at: PathSegment[], names: Names, problems: ProblemList): string | null {
  const key = string(value, at, problems);
  if (key === null) return null;
  if (names.graph.hasNode(key)) return key;
  problems.add(at, `no actor has the key ${quote(key)}${hint(key, names.graph.nodes())}`);
  return null;
}

/** A list of actor or claim keys, each in the graph. */
function keys(value: unknown, at: PathSegment[], max: number, what: 'actor' | 'claim', names: Names, problems: ProblemList): string[] {
  if (!Array.isArray(value)) {
    problems.add(at, `must be a list of ${what} keys`);
    return [];
  }
  if (value.length > max) problems.add(at, `lists ${value.length} ${what}s, more than ${max}`);
  const graph = names.graph;
  const out: string[] = [];
  value.slice(0, max).forEach((item: unknown, i) => {
    const key = string(item, [...at, i], problems);
    if (key === null) return;
    const found = what === 'actor' ? graph.hasNode(key) : graph.hasEdge(key);
    if (found) out.push(key);
    else problems.add([...at, i], `no ${what} has the key ${quote(key)}${hint(key, what === 'actor' ? graph.nodes() : graph.edges())}`);
  });
  return out;
}

/** A list of names from `valid` (types, statuses, kinds). */
function known(value: unknown, at: PathSegment[], what: string, valid: readonly string[], problems: ProblemList): string[] {
  if (!Array.isArray(value)) {
    problems.add(at, `must be a list of ${what}s`);
    return [];
  }
  const out: string[] = [];
  value.forEach((item: unknown, i) => {
    if (typeof item !== 'string') problems.add([...at, i], `must be a string, not ${quote(item)}`);
    else if (!valid.includes(item))
      problems.add([...at, i], `unknown ${what} ${quote(item)}${hint(item, valid)}; this graph has ${valid.join(', ')}`);
    else out.push(item);
  });
  return out;
}
