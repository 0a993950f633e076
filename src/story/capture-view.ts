/**
 * "Add this view as a step" (issue #16): the state `<stakeholder-graph>` shows, as a step's view.
 * `viewOfSnapshot` is the pure part: it turns a plain snapshot of the element's public state into
 * a `StepView`, leaving out whatever is at its default (nothing selected, no focus, no path,
 * every facet shown, every date, the layout and grouping unset), so a step names only what it
 * changes. `captureView` reads that snapshot from the element.
 *
 * The viewport becomes `fit`: the visible actors inside it, but only when the view is narrower
 * than the whole graph (when every visible actor is in view, the step fits what it brings
 * forward, as a step without `fit` does).
 */
import type { Filter } from '../graph/filter';
import type { Focus, PathQuery, Selection } from '../graph/state-types';
import type { StakeholderGraph } from '../elements/stakeholder-graph/stakeholder-graph.component';
import { STORY_LIMITS, type StepFilter, type StepView } from './story-types';

/** A rectangle in the drawing's model coordinates (Cytoscape's `extent()`). */
export interface Extent {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** What `captureView` reads from the element: its public state, as plain values. */
export interface ViewSnapshot {
  selection: Selection;
  focus: Focus;
  path: Pick<PathQuery, 'from' | 'to' | 'types' | 'direction'> & { index?: number };
  filter: Filter;
  asOf: string | null;
  layout: string | null;
  groupBy: string | null;
  /** The actors the filter shows, with their positions in model coordinates. */
  actors: ReadonlyArray<{ key: string; x: number; y: number }>;
  /** The part of the drawing in view, or null when nothing is drawn. */
  extent: Extent | null;
}

const FACETS = ['edgeTypes', 'statuses', 'nodeKinds'] as const;

/** The step view of `snapshot`: only what differs from the defaults. */
export function viewOfSnapshot(snapshot: ViewSnapshot): StepView {
  const view: StepView = {};
  const { selection, focus, path } = snapshot;
  // The ties behind an aggregated edge are a passing selection of the drawing, not a place to return to.
  if (selection && selection.kind !== 'ties') view.select = selection.key;
  if (focus) view.focus = { key: focus.key, hops: focus.hops };
  if (path.from && path.to) {
    view.path = { from: path.from, to: path.to };
    if (path.types) view.path.types = [...path.types];
    if (path.direction === 'ignore') view.path.direction = 'ignore';
    if (path.index) view.path.index = path.index;
  }
  const filter: StepFilter = {};
  for (const facet of FACETS) {
    const shown = snapshot.filter[facet];
    if (shown) filter[facet] = [...shown];
  }
  if (Object.keys(filter).length > 0) view.filter = filter;
  if (snapshot.asOf) view.asOf = snapshot.asOf;
  if (snapshot.layout) view.layout = snapshot.layout;
  if (snapshot.groupBy) view.groupBy = snapshot.groupBy;
  const fit = actorsInView(snapshot.actors, snapshot.extent);
  if (fit) view.fit = fit;
  return view;
}

/**
 * The keys of the actors whose centre is inside `extent`, when some visible actor is outside it;
 * else undefined (the whole graph is in view, or none of it, or more actors than a step may fit).
 */
export function actorsInView(actors: ViewSnapshot['actors'], extent: Extent | null): string[] | undefined {
  if (!extent) return undefined;
  const inside = actors.filter(({ x, y }) => x >= extent.x1 && x <= extent.x2 && y >= extent.y1 && y <= extent.y2).map(({ key }) => key);
  if (inside.length === 0 || inside.length === actors.length || inside.length > STORY_LIMITS.maxFit) return undefined;
  return inside;
}

/** The element's public state as a snapshot: what it selects, focuses, filters and shows in view. */
export function readSnapshot(element: StakeholderGraph): ViewSnapshot {
  const graph = element.graph;
  const cy = element.cy;
  const actors: Array<{ key: string; x: number; y: number }> = [];
  if (graph && cy) {
    // Only actors: a collapsed group's node and an open group's frame are drawn, but are no actor.
    cy.nodes()
      .not('.sg-hidden')
      .forEach((node) => {
        if (!graph.hasNode(node.id())) return;
        const { x, y } = node.position();
        actors.push({ key: node.id(), x, y });
      });
  }
  const extent = cy ? cy.extent() : null;
  return {
    selection: element.selection,
    focus: element.focused,
    path: element.pathQuery,
    filter: element.filter,
    asOf: element.asOf || null,
    layout: element.layout || null,
    groupBy: element.groupBy || null,
    actors,
    extent: extent && [extent.x1, extent.y1, extent.x2, extent.y2].every(Number.isFinite) ? extent : null,
  };
}

/** The view `element` shows now, as a step's view. */
export function captureView(element: StakeholderGraph): StepView {
  return viewOfSnapshot(readSnapshot(element));
}
