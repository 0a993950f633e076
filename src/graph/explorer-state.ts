/**
 * The explorer's shareable state (selection, focus, filter, layout, path query, the story step)
 * and its URL hash, so a view can be bookmarked or sent as a link. Encoding leaves defaults out;
 * decoding takes whatever a user pasted, ignores what it does not know and never throws.
 *
 * `#node=DPRK&focus=DPRK:2&types=supplies,pact&statuses=confirmed&kinds=state&layout=circle
 *  &from=US&to=Ukraine&ptypes=supplies&dir=ignore&path=1&color=camp&size=pagerank&group=community&asof=2024-06`
 *
 * While a story step is shown the hash names the step alone, `#step=pact`: the step says the rest.
 *
 * Values go through URLSearchParams, so any key survives. Inside a list, `%` and `,` in a key
 * are escaped as `%25` and `%2C` before joining with commas, and an empty key is written `%00`;
 * an empty list (show none) is the parameter with no value.
 */
import type { Filter } from './filter';
import type { Focus, PathQuery as FullPathQuery, Selection } from './state-types';

/** The part of the path query a link keeps: both ends set, the types, direction and which path. */
export type PathQuery = Pick<FullPathQuery, 'types' | 'direction' | 'index'> & { from: string; to: string };

export interface ExplorerState {
  selected: Selection;
  focus: Focus;
  filter: Filter;
  /** Layout name, or null for the default. */
  layout: string | null;
  /** Absent and null mean the same: no path query. Decoding always gives null or a query. */
  path?: PathQuery | null;
  /** `color-by` (`camp`, `community`), absent or null for the default (`kind`). */
  colorBy?: string | null;
  /** `size-by` (`degree`, `betweenness`, `pagerank`), absent or null for the default (`none`). */
  sizeBy?: string | null;
  /** `group-by` (`none`, `data`, `kind`, `camp`, `community`), absent or null when unset (the graph decides). */
  groupBy?: string | null;
  /** `as-of`: the date the graph is shown as of, absent or null for all dates. */
  asOf?: string | null;
  /** `compare-range`: `FROM/TO`, absent or null when not comparing. */
  compare?: string | null;
  /** The id of the story step shown, absent or null in free exploration; when set, the hash names it alone. */
  step?: string | null;
}

export const DEFAULT_STATE: ExplorerState = Object.freeze({
  selected: null,
  focus: null,
  filter: Object.freeze({ edgeTypes: null, statuses: null, nodeKinds: null }),
  layout: null,
  path: null,
  colorBy: null,
  sizeBy: null,
  groupBy: null,
  asOf: null,
  compare: null,
  step: null,
});

const LIST_PARAMS = [
  ['types', 'edgeTypes'],
  ['statuses', 'statuses'],
  ['kinds', 'nodeKinds'],
] as const;
const EMPTY_ITEM = '%00';

/** The state as a hash, `#…`, or '' when everything is at its default. */
export function encodeHash(state: ExplorerState): string {
  const params = new URLSearchParams();
  // A step is a whole view of its own: the rest of the state is the step's, not the reader's.
  if (state.step) params.set('step', state.step);
  else writeFree(state, params);
  const text = params.toString();
  // ",", ":" and "/" mean nothing to URLSearchParams and are legal in a fragment: keep them readable.
  return text === '' ? '' : `#${text.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%2F/g, '/')}`;
}

/** The free exploration's state (everything but the step) into `params`. */
function writeFree(state: ExplorerState, params: URLSearchParams): void {
  // The ties behind an aggregated edge are a passing selection of the drawing, not a place to link to.
  if (state.selected && state.selected.kind !== 'ties') params.set(state.selected.kind, state.selected.key);
  if (state.focus) params.set('focus', `${state.focus.key}:${state.focus.hops}`);
  for (const [param, facet] of LIST_PARAMS) {
    const list = state.filter[facet];
    if (list) params.set(param, encodeList(list));
  }
  if (state.layout !== null) params.set('layout', state.layout);
  if (state.colorBy && state.colorBy !== 'kind') params.set('color', state.colorBy);
  if (state.sizeBy && state.sizeBy !== 'none') params.set('size', state.sizeBy);
  if (state.groupBy) params.set('group', state.groupBy);
  if (state.asOf) params.set('asof', state.asOf);
  if (state.compare) params.set('compare', state.compare);
  const path = state.path;
  if (path) {
    params.set('from', path.from);
    params.set('to', path.to);
    if (path.types) params.set('ptypes', encodeList(path.types));
    if (path.direction !== 'follow') params.set('dir', path.direction);
    if (path.index !== 0) params.set('path', String(path.index));
  }
}

/** The state a hash (with or without its `#`) describes; defaults for anything missing or invalid. */
export function decodeHash(hash: string): ExplorerState {
  try {
    return decode(new URLSearchParams(typeof hash === 'string' ? hash.replace(/^#/, '') : ''));
  } catch {
    return decode(new URLSearchParams());
  }
}

function decode(params: URLSearchParams): ExplorerState {
  const node = params.get('node');
  const edge = params.get('edge');
  return {
    selected: node !== null ? { kind: 'node', key: node } : edge !== null ? { kind: 'edge', key: edge } : null,
    focus: decodeFocus(params.get('focus')),
    filter: {
      edgeTypes: decodeList(params.get('types')),
      statuses: decodeList(params.get('statuses')),
      nodeKinds: decodeList(params.get('kinds')),
    },
    layout: params.get('layout'),
    path: decodePath(params),
    colorBy: params.get('color'),
    sizeBy: params.get('size'),
    groupBy: params.get('group'),
    asOf: params.get('asof'),
    compare: params.get('compare'),
    step: params.get('step') || null,
  };
}

/** "KEY:2"; the key may itself contain colons. A step count other than 2 means one step. */
function decodeFocus(value: string | null): ExplorerState['focus'] {
  if (value === null) return null;
  const match = /^([^]*):(\d+)$/.exec(value);
  if (!match) return { key: value, hops: 1 };
  return { key: match[1]!, hops: match[2] === '2' ? 2 : 1 };
}

function decodePath(params: URLSearchParams): PathQuery | null {
  const from = params.get('from');
  const to = params.get('to');
  if (from === null || to === null) return null;
  const index = Number(params.get('path') ?? '0');
  return {
    from,
    to,
    types: decodeList(params.get('ptypes')),
    direction: params.get('dir') === 'ignore' ? 'ignore' : 'follow',
    index: Number.isSafeInteger(index) && index >= 0 ? index : 0,
  };
}

function encodeList(list: readonly string[]): string {
  return list.map((item) => (item === '' ? EMPTY_ITEM : item.replace(/%/g, '%25').replace(/,/g, '%2C'))).join(',');
}

function decodeList(value: string | null): string[] | null {
  if (value === null) return null;
  return value
    .split(',')
    .filter((item) => item !== '')
    .map((item) => (item === EMPTY_ITEM ? '' : item.replace(/%(25|2C)/gi, (_match, code: string) => (code === '25' ? '%' : ','))));
}
