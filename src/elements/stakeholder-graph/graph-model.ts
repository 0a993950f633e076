/**
 * The model side of `<stakeholder-graph>`: the graph shown and its registry, the view state
 * derived from the attributes (src/state/view-state.ts), what the public API reads from them,
 * and the methods that change the state by setting attributes. The drawing, loading and
 * lifecycle are in stakeholder-graph.component.ts.
 */
import type Graph from 'graphology';
import type { Problem } from '../../graph/problems';
import { nodeLabel, type Registry } from '../../graph/registry';
import type { Legend } from '../../graph/legend';
import { ALL, toggle, type VisibleSet } from '../../graph/filter';
import { findPaths, UnknownActorError, type Path, type PathOptions, type PathResult } from '../../graph/paths';
import type { Focus, HighlightOptions, Hops, PathQuery, Selection } from '../../graph/state-types';
import { createDeriver, resolveLayout, resolveSelection, type ViewState } from '../../state/view-state';
import { emit } from '../events';
import type { Facet } from './legend-view';
import { GraphAttributes } from './graph-attributes';

export class GraphModel extends GraphAttributes {
  /** The graph as loaded. */
  protected _model?: Graph;
  /** The graph shown: the loaded one, or a copy as of a date (time-model.ts). */
  protected _graph?: Graph;
  protected registry?: Registry;
  protected legend?: Legend;
  protected readonly derive = createDeriver();
  /** The state derived for the current update. */
  protected state: ViewState;

  constructor() {
    super();
    this.state = this.derive(this.stateInputs(undefined, undefined));
  }

  /** The graphology Graph loaded, the single source of truth (read-only; undefined before a load). `shownGraph` is the graph as of `as-of`. */
  get graph(): Graph | undefined {
    return this._model;
  }

  /** The edge-type and actor-kind registry of the graph shown (declared or inferred). */
  get types(): Registry | undefined {
    return this.registry;
  }

  /** The actors and relationships visible under the filter (null before a load). */
  get visibleElements(): VisibleSet | null {
    return this.state.visible;
  }

  /** The current selection, as reported by `sg-select`. */
  get selection(): Selection {
    return resolveSelection(this._graph, this.selected, this.state.groups);
  }

  /** The current focus, as reported by `sg-focus`. */
  get focused(): Focus {
    return this.state.focus;
  }

  /** The layout shown (the `layout` attribute, or the default for the data when unset or unavailable). */
  get currentLayout(): string | null {
    return this._graph ? resolveLayout(this._graph, this.layout) : null;
  }

  /** The paths found for the current `path-from` / `path-to`, or null when none is set. */
  get paths(): PathResult | null {
    return this.state.path.result;
  }

  /** The path shown: the preview, else the highlighted one. */
  get activePath(): Path | null {
    return this.state.path.shown;
  }

  /**
   * Focuses an actor: it and its neighbours within `hops` stay bright, the rest dims. (`focus()`
   * stays HTMLElement's own, moving keyboard focus.)
   */
  focusActor(key: string, hops: Hops = this.hops === 2 ? 2 : 1): void {
    this.focusState = { key, hops };
    this.selected = key;
  }

  /** Removes the focus emphasis. */
  clearFocus(): void {
    this.focusState = null;
  }

  /** Shows a facet's key again if hidden, or hides it if shown. */
  toggleFilter(facet: Facet, key: string): void {
    const legend = this.legend;
    this.filter = toggle(this.filter, facet, key, legend ? legend[facet].map((entry) => entry.key) : []);
  }

  resetFilter(): void {
    this.filter = ALL;
  }

  /**
   * All simple paths from one actor to another (up to `maxHops`, default 4; at most `maxPaths`,
   * default 50), shortest first, within the current filters; when none is that short, the
   * shortest path whatever its length. Throws (and fires `sg-error`) for a key that is not in
   * the graph.
   */
  findPaths(from: string, to: string, options: PathOptions = {}): Path[] {
    return this.findPathsOrFail(from, to, options).paths;
  }

  /**
   * Highlights the shortest path from `from` to `to` (or the one at `options.index`) and returns
   * it, or null when none exists; the attributes `path-from`, `path-to`, `path-types`,
   * `path-direction` and `path-index` follow.
   */
  highlightPath(from: string, to: string, options: HighlightOptions = {}): Path | null {
    const { index = 0, ...query } = options;
    const result = this.findPathsOrFail(from, to, query);
    this.pathExtra = { statuses: query.statuses, maxHops: query.maxHops, maxPaths: query.maxPaths, weight: query.weight };
    this.setPathAttributes({ from, to, types: query.types ?? null, direction: query.direction ?? 'follow', index });
    return result.paths[index] ?? null;
  }

  /**
   * Sets the whole path query at once (as the path panel does): ends may be null while the user
   * is still picking. Unknown keys are reported with `sg-error`, not thrown.
   */
  setPathQuery(query: Partial<PathQuery>): void {
    const next = { ...this.pathQuery, ...query };
    this.pathExtra = { ...this.pathExtra, statuses: next.statuses, maxHops: next.maxHops };
    this.setPathAttributes(next);
  }

  /** Removes the path highlight. */
  clearHighlight(): void {
    this.setPathAttributes({ from: null, to: null, index: 0 });
    this.pendingPathStart = null;
  }

  /** Shows path `index` of the current result without making it the highlighted one (null ends the preview). */
  previewPath(index: number | null): void {
    this.preview = index;
  }

  protected fail(message: string, problems: Problem[], title?: string, retry = false): void {
    const heading = title ?? (this._graph ? 'Could not load the new data; the graph shown is unchanged.' : 'Could not load the data.');
    this.error = { title: heading, message, problems, retry };
    emit(this, 'sg-error', { message, problems });
  }

  protected findPathsOrFail(from: string, to: string, options: PathOptions): PathResult {
    const { _graph: graph, registry } = this;
    if (!graph || !registry) throw new Error('No graph loaded yet: wait for the sg-load event.');
    try {
      return findPaths(graph, registry, from, to, { visible: this.state.visible, ...options });
    } catch (error) {
      if (error instanceof UnknownActorError) {
        const field = graph.hasNode(from) ? 'to' : 'from';
        this.fail(`Path not shown: ${error.message}`, [{ path: field, message: error.message }], 'Could not find paths.');
      }
      throw error;
    }
  }

  /** Shift-click or Shift+Enter: the first actor becomes the start, the second the end. */
  protected pickPathEnd(key: string): void {
    const graph = this._graph!;
    const start = this.pendingPathStart;
    if (!start || start === key) {
      this.pendingPathStart = key;
      this.announcement = `Path from ${nodeLabel(graph, key)}: Shift-click or Shift+Enter a second actor.`;
      this.showHint(`Path from ${nodeLabel(graph, key)}: Shift-click a second actor.`);
      return;
    }
    this.pendingPathStart = null;
    const query = this.pathQuery;
    this.highlightPath(start, key, { ...this.pathExtra, types: query.types, direction: query.direction });
  }

  protected showHint(text: string): void {
    this.hint = text;
    setTimeout(() => {
      if (this.hint === text) this.hint = undefined;
    }, 4000);
  }
}
