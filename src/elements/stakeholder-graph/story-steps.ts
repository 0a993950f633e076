/**
 * A story step as the element's state: what a step's view sets (everything it leaves out at its
 * default, the layout and grouping as they were before the story), the free state kept while a
 * story is told and given back after it, and the actors a step's viewport fits.
 */
import type Graph from 'graphology';
import type { Filter, VisibleSet } from '../../graph/filter';
import { neighbourhood } from '../../graph/neighbourhood';
import type { Focus, PathQuery } from '../../graph/state-types';
import type { StepView, StoryStep } from '../../story/story-types';
import type { StakeholderGraph } from './stakeholder-graph.component';

/** The state of free exploration, kept while a story is told. */
export interface FreeState {
  selected: string | null;
  focus: Focus;
  path: Pick<PathQuery, 'from' | 'to' | 'types' | 'direction' | 'index'> | null;
  filter: Filter;
  asOf: string | null;
  compareRange: string | null;
  layout: string | null;
  groupBy: string | null;
  viewport: { zoom: number; pan: { x: number; y: number } } | null;
}

export function takeFree(host: StakeholderGraph): FreeState {
  const query = host.pathQuery;
  const cy = host.cy;
  return {
    selected: host.selected,
    focus: host.focused,
    path:
      query.from && query.to
        ? { from: query.from, to: query.to, types: query.types, direction: query.direction, index: query.index }
        : null,
    filter: host.filter,
    asOf: host.asOf,
    compareRange: host.compareRange,
    layout: host.layout,
    groupBy: host.groupBy,
    viewport: cy ? { zoom: cy.zoom(), pan: { ...cy.pan() } } : null,
  };
}

/** Sets the element's state as `view` says. */
export function applyStep(host: StakeholderGraph, view: StepView, free: FreeState): void {
  // A focus selects its actor, as everywhere in the element, unless the step selects another.
  if (view.focus) host.focusActor(view.focus.key, view.focus.hops);
  else host.clearFocus();
  host.selected = view.select ?? view.focus?.key ?? null;
  const path = view.path;
  if (path)
    host.setPathQuery({
      from: path.from,
      to: path.to,
      types: path.types ?? null,
      direction: path.direction ?? 'follow',
      index: path.index ?? 0,
    });
  else host.clearHighlight();
  host.filter = {
    edgeTypes: view.filter?.edgeTypes ?? null,
    statuses: view.filter?.statuses ?? null,
    nodeKinds: view.filter?.nodeKinds ?? null,
  };
  host.asOf = view.asOf ?? null;
  host.compareRange = null;
  host.layout = view.layout ?? free.layout;
  host.groupBy = view.groupBy ?? free.groupBy;
}

/** Gives back the free state (the viewport is the caller's, once the update is drawn). */
export function restoreFree(host: StakeholderGraph, free: FreeState): void {
  if (free.focus) host.focusActor(free.focus.key, free.focus.hops);
  else host.clearFocus();
  host.selected = free.selected;
  if (free.path) host.setPathQuery(free.path);
  else host.clearHighlight();
  host.filter = free.filter;
  host.asOf = free.asOf;
  host.compareRange = free.compareRange;
  host.layout = free.layout;
  host.groupBy = free.groupBy;
}

/** The cited claims and their actors: what a step without a path or focus brings forward. */
export function citedEmphasis(graph: Graph, cite: readonly string[]): VisibleSet | null {
  const edges = new Set<string>();
  const nodes = new Set<string>();
  for (const key of cite) {
    if (!graph.hasEdge(key)) continue;
    edges.add(key);
    nodes.add(graph.source(key));
    nodes.add(graph.target(key));
  }
  return edges.size > 0 ? { nodes, edges } : null;
}

/** What the viewport fits at a step: `fit`, else the path, the focus, the cited claims, the selection with its neighbours; empty for everything. */
export function fitKeys(host: StakeholderGraph, step: StoryStep): string[] {
  const view = step.view;
  const graph = host.shownGraph;
  if (view.fit) return view.fit;
  if (!graph) return [];
  const path = host.activePath;
  if (view.path && path) return path.nodes;
  if (view.focus && graph.hasNode(view.focus.key)) return [...neighbourhood(graph, view.focus.key, view.focus.hops).nodes];
  const cited = citedEmphasis(graph, step.cite ?? []);
  if (cited) return [...cited.nodes];
  const key = view.select;
  if (key && graph.hasNode(key)) return [key, ...graph.neighbors(key)];
  if (key && graph.hasEdge(key)) return [graph.source(key), graph.target(key)];
  return [];
}
