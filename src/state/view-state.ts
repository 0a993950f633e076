/**
 * The view state of `<stakeholder-graph>` as a pure function of its inputs (attributes, the few
 * properties that are not attributes, and the model): what is visible, selected, focused,
 * emphasised, which layout and which paths are shown. The element derives it on every update and
 * compares it with the state it derived last time to know what to redraw and which events to
 * fire (`changedParts`), instead of keeping a "last emitted" field per event.
 *
 * `createDeriver()` returns a derive function that caches the two costly parts (the visible set
 * and the paths) on their inputs, so a selection change on a 20,000-actor graph recomputes
 * neither.
 */
import type Graph from 'graphology';
import { ALL, parseList, sameFilter, visibleSet, type Filter, type VisibleSet } from '../graph/filter';
import { neighbourhood } from '../graph/neighbourhood';
import { findPaths, UnknownActorError, type Path, type PathOptions, type PathResult } from '../graph/paths';
import type { Registry } from '../graph/registry';
import type { Focus, PathQuery, Selection } from '../graph/state-types';
import { defaultLayoutId, findLayout } from '../layout/layouts';
import type { Grouping } from '../graph/groups';
import { groupState, sameGroups, NO_GROUPS as NO_GROUP_STATE, type GroupState } from './group-state';

/** What the element's attributes and properties say. */
export interface StateInputs {
  graph: Graph | undefined;
  registry: Registry | undefined;
  /** The `selected` attribute. */
  selected: string | null;
  /** The `edge-types`, `statuses` and `node-kinds` attributes. */
  edgeTypes: string | null;
  statuses: string | null;
  nodeKinds: string | null;
  focus: Focus;
  /** The `layout` attribute. */
  layout: string | null;
  path: PathQuery;
  /** Path options that are not part of the query a person sees (`highlightPath`'s). */
  pathOptions: Pick<PathOptions, 'maxPaths' | 'weight'>;
  /** The path previewed (hovered in the panel), or null. */
  preview: number | null;
  /** The grouping in effect (`group-by`), or null. */
  grouping: Grouping | null;
  /** The keys of the collapsed groups. */
  collapsed: ReadonlySet<string>;
  /** What stays bright besides the path or focus (a story step's cited claims), or null. */
  emphasis?: VisibleSet | null;
}

export interface PathView {
  query: PathQuery;
  /** The paths found; null when an end is missing or unknown. */
  result: PathResult | null;
  /** Why no paths were computed for a complete query (an unknown actor), or null. */
  error: { field: 'path-from' | 'path-to'; message: string } | null;
  /** The highlighted path (`query.index`), or null. */
  active: Path | null;
  /** The path drawn: the preview, else the highlighted one. */
  shown: Path | null;
}

export interface ViewState {
  graph: Graph | undefined;
  filter: Filter;
  /** What the filter shows; null before a load. */
  visible: VisibleSet | null;
  selection: Selection;
  /** The focus, or null when there is none or its actor is not in the graph. */
  focus: Focus;
  /** What stays bright (the path shown, else the focused neighbourhood); null dims nothing. */
  emphasis: VisibleSet | null;
  /** The layout shown: the attribute's when available for the graph, else the default; null before a load. */
  layout: string | null;
  path: PathView;
  /** The groups drawn, and the aggregated edges of the collapsed ones. */
  groups: GroupState;
}

/** The parts of the state that fire an event each when they change. */
export type StatePart = 'select' | 'filter' | 'focus' | 'layout' | 'path' | 'group';

export type Derive = (inputs: StateInputs) => ViewState;

/** The filter the three attributes describe. */
export function filterFromAttributes(edgeTypes: string | null, statuses: string | null, nodeKinds: string | null): Filter {
  return { edgeTypes: parseList(edgeTypes), statuses: parseList(statuses), nodeKinds: parseList(nodeKinds) };
}

/** The selection a key names in a graph: an actor, a relationship, an aggregated edge drawn, or nothing. */
export function resolveSelection(graph: Graph | undefined, key: string | null | undefined, groups: GroupState = NO_GROUP_STATE): Selection {
  if (!graph || key === null || key === undefined || key === '') return null;
  if (graph.hasNode(key)) return { kind: 'node', key };
  if (graph.hasEdge(key)) return { kind: 'edge', key };
  const aggregated = groups.aggregateById.get(key);
  if (aggregated) return { kind: 'ties', key, edges: aggregated.edges };
  return null;
}

/** The layout shown for a graph: the one asked for when it applies, else the graph's default. */
export function resolveLayout(graph: Graph, asked: string | null): string {
  const layout = findLayout(asked);
  return layout?.available(graph) ? layout.id : defaultLayoutId(graph);
}

export function createDeriver(): Derive {
  const visibleFor = memo((graph: Graph, filter: Filter) => visibleSet(graph, filter), sameVisibleInputs);
  const pathsFor = memo(computePaths, samePathInputs);
  const groupsFor = memo(groupState, (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3]);

  return (inputs) => {
    const { graph } = inputs;
    const filter = filterFromAttributes(inputs.edgeTypes, inputs.statuses, inputs.nodeKinds);
    const visible = graph ? visibleFor(graph, filter) : null;
    const groups = groupsFor(graph, inputs.grouping, inputs.collapsed, visible);
    const selection = resolveSelection(graph, inputs.selected, groups);
    const focus = graph && inputs.focus && graph.hasNode(inputs.focus.key) ? inputs.focus : null;
    const paths = pathsFor(graph, inputs.registry, visible, inputs.path, inputs.pathOptions);
    const active = paths.result?.paths[inputs.path.index] ?? null;
    const shown = inputs.preview === null ? active : (paths.result?.paths[inputs.preview] ?? active);
    const path: PathView = { query: inputs.path, result: paths.result, error: paths.error, active, shown };
    const emphasis = withEmphasis(
      shown
        ? { nodes: new Set(shown.nodes), edges: new Set(shown.edges) }
        : graph && focus
          ? neighbourhood(graph, focus.key, focus.hops, visible ?? undefined)
          : null,
      inputs.emphasis ?? null,
    );
    return {
      graph,
      filter: graph ? filter : ALL,
      visible,
      selection,
      focus,
      emphasis,
      layout: graph ? resolveLayout(graph, inputs.layout) : null,
      path,
      groups,
    };
  };
}

/** The path's or focus's emphasis with what else stays bright (a story step's cited claims). */
function withEmphasis(base: VisibleSet | null, more: VisibleSet | null): VisibleSet | null {
  if (!base || !more) return base ?? more;
  return { nodes: new Set([...base.nodes, ...more.nodes]), edges: new Set([...base.edges, ...more.edges]) };
}

/** Which event-bearing parts differ between two states (a new graph counts as a change only where the value changed). */
export function changedParts(before: ViewState | null, after: ViewState): Set<StatePart> {
  const parts = new Set<StatePart>();
  if (!sameSelection(before?.selection ?? null, after.selection)) parts.add('select');
  if (!sameFilter(before?.filter ?? ALL, after.filter)) parts.add('filter');
  if (before?.focus?.key !== after.focus?.key || before?.focus?.hops !== after.focus?.hops) parts.add('focus');
  if (after.layout !== null && before?.layout !== after.layout) parts.add('layout');
  if (pathSignature(before?.path ?? null) !== pathSignature(after.path)) parts.add('path');
  if (!sameGroups(before?.groups ?? NO_GROUP_STATE, after.groups)) parts.add('group');
  return parts;
}

export function sameSelection(a: Selection, b: Selection): boolean {
  return a?.key === b?.key && a?.kind === b?.kind;
}

/** What `sg-path` reports: the ends (one may be set alone while the user picks), how many paths, and the highlighted one. */
function pathSignature(path: PathView | null): string {
  if (!path || (!path.query.from && !path.query.to)) return '';
  return [path.query.from, path.query.to, path.result?.paths.length ?? -1, ...(path.active?.edges ?? [])].join('\u0000');
}

interface PathsFound {
  result: PathResult | null;
  error: PathView['error'];
}

const NO_PATHS: PathsFound = Object.freeze({ result: null, error: null });

function computePaths(
  graph: Graph | undefined,
  registry: Registry | undefined,
  visible: VisibleSet | null,
  query: PathQuery,
  options: StateInputs['pathOptions'],
): PathsFound {
  const { from, to } = query;
  if (!graph || !registry || !from || !to) return NO_PATHS;
  try {
    const result = findPaths(graph, registry, from, to, {
      types: query.types,
      statuses: query.statuses,
      direction: query.direction,
      maxHops: query.maxHops,
      maxPaths: options.maxPaths,
      weight: options.weight,
      visible,
    });
    return { result, error: null };
  } catch (error) {
    if (!(error instanceof UnknownActorError)) throw error;
    return { result: null, error: { field: graph.hasNode(from) ? 'path-to' : 'path-from', message: error.message } };
  }
}

function sameVisibleInputs(a: [Graph, Filter], b: [Graph, Filter]): boolean {
  return a[0] === b[0] && sameFilter(a[1], b[1]);
}

function samePathInputs(a: Parameters<typeof computePaths>, b: Parameters<typeof computePaths>): boolean {
  const [graphA, registryA, visibleA, queryA, optionsA] = a;
  const [graphB, registryB, visibleB, queryB, optionsB] = b;
  return (
    graphA === graphB &&
    registryA === registryB &&
    visibleA === visibleB &&
    optionsA.maxPaths === optionsB.maxPaths &&
    optionsA.weight === optionsB.weight &&
    JSON.stringify({ ...queryA, index: 0 }) === JSON.stringify({ ...queryB, index: 0 })
  );
}

/** Remembers the last call: the same inputs (by `same`) give the same result object. */
function memo<Args extends unknown[], Result>(compute: (...args: Args) => Result, same: (a: Args, b: Args) => boolean) {
  let last: { args: Args; result: Result } | undefined;
  return (...args: Args): Result => {
    if (last && same(last.args, args)) return last.result;
    const result = compute(...args);
    last = { args, result };
    return result;
  };
}
