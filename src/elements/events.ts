/**
 * The events the elements fire: prefixed, bubbling, composed (they cross shadow roots), each
 * with a typed `detail`. The map is declared once here; `GlobalEventHandlersEventMap` is derived
 * from it, so `addEventListener('sg-select', …)` is typed wherever the package is imported.
 */
import type Graph from 'graphology';
import type { Problem } from '../graph/problems';
import type { Path } from '../graph/paths';
import type { Focus, Selection } from '../graph/state-types';
import type { ImportFormat } from '../io/types';
import type { Analysis } from '../analysis/analyze';
import type { ColorBy, SizeBy } from '../state/analysis-looks';
import type { GroupBy } from '../graph/groups';

export interface SgLoadDetail {
  graph: Graph;
  /** The format read: `json`, `csv`, `tsv`, `gexf` or `graphml`. */
  format: ImportFormat;
  /** What was understood, for a person: "187 actors, 684 relationships (undirected); Source → source, …". */
  mapping: string;
  /** What loaded but deserves a look (a column kept as text, a duplicate merged, …). */
  warnings: string[];
}

export interface SgErrorDetail {
  message: string;
  problems: Problem[];
}

/** The selected actor (`node`) or relationship (`edge`), or null. */
export type SgSelectDetail = Selection;

/** The focused actor and how many hops around it stay emphasised, or null. */
export type SgFocusDetail = Focus;

/** Per facet, the keys shown; null shows all. */
export interface SgFilterDetail {
  edgeTypes: string[] | null;
  statuses: string[] | null;
  nodeKinds: string[] | null;
}

/** The path query and its result: every path found (shortest first) and the one highlighted. */
export interface SgPathDetail {
  from: string | null;
  to: string | null;
  paths: Path[];
  active: Path | null;
}

export interface SgLayoutDetail {
  layout: string;
}

/** The layout that stopped moving the actors; `stopped` when `stopLayout()` ended it early. */
export interface SgLayoutSettledDetail {
  layout: string;
  stopped: boolean;
}

/** An analysis ran or its display changed: the result, and what colours and sizes the actors. */
export interface SgAnalysisDetail {
  /** Null when `color-by` and `size-by` went back to their defaults with no analysis run. */
  analysis: Analysis | null;
  colorBy: ColorBy;
  sizeBy: SizeBy;
}

/** A group as `groups` and `sg-group` list it. */
export interface GroupSummary {
  key: string;
  label: string;
  /** How many actors it holds. */
  size: number;
  collapsed: boolean;
  color?: string;
  description?: string;
}

/** The grouping drawn changed: another `group-by`, or groups opened or closed. */
export interface SgGroupDetail {
  /** What groups the actors now (`none` when nothing does). */
  groupBy: GroupBy;
  groups: GroupSummary[];
  /** The groups opened and closed by this change (empty when the grouping itself changed). */
  expanded: string[];
  collapsed: string[];
}

/** The date shown changed (`as-of`, `compare-range`, `undated`). */
export interface SgTimeDetail {
  /** The date the graph is shown as of, or null for all dates. */
  asOf: string | null;
  /** Compare mode's two dates, or null. */
  compare: { from: string; to: string } | null;
  undated: 'show' | 'hide';
  /** In compare mode, what appeared, ended and changed status between the two dates; else null. */
  result: { appeared: string[]; ended: string[]; changed: string[] } | null;
}

/** Every event of the elements and its detail. */
/** The story step shown (`{index, id}`), or nulls when the story was left. */
export interface SgStepDetail {
  index: number | null;
  id: string | null;
}

export interface SgEventMap {
  'sg-load': SgLoadDetail;
  'sg-error': SgErrorDetail;
  'sg-select': SgSelectDetail;
  'sg-filter': SgFilterDetail;
  'sg-focus': SgFocusDetail;
  'sg-layout': SgLayoutDetail;
  'sg-layout-settled': SgLayoutSettledDetail;
  'sg-path': SgPathDetail;
  'sg-analysis': SgAnalysisDetail;
  'sg-group': SgGroupDetail;
  'sg-time': SgTimeDetail;
  'sg-step': SgStepDetail;
}

/** The same map with each detail wrapped in its CustomEvent, as the DOM's event maps are. */
export type SgCustomEventMap = { [K in keyof SgEventMap]: CustomEvent<SgEventMap[K]> };

export function emit<K extends keyof SgEventMap>(target: EventTarget, type: K, detail: SgEventMap[K]): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- an interface merge is how the DOM's event map is extended
  interface GlobalEventHandlersEventMap extends SgCustomEventMap {}
}
