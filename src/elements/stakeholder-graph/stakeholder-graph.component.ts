/**
 * `<stakeholder-graph>`: loads a dataset (from `src` or `data`), validates it, and draws it with
 * Cytoscape inside its shadow root. Selection, focus, filters, layout and theme are element
 * state: attributes, properties and methods all change the same state, and an event reports
 * every change whoever made it.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type Graph from 'graphology';
import type { Core } from 'cytoscape';
import { loadDataset, type DatasetInput } from '../../graph/load';
import { DatasetError, type Problem } from '../../graph/problems';
import type { Limits } from '../../graph/limits';
import { resolveRegistry, nodeLabel, type Registry } from '../../graph/registry';
import { computeLegend, type Legend } from '../../graph/legend';
import { ALL, filterCounts, formatList, parseList, sameFilter, toggle, visibleSet, type Filter, type VisibleSet } from '../../graph/filter';
import { neighbourhood } from '../../graph/neighbourhood';
import { describeActor, describeEdgeText } from '../../graph/describe';
import { findPaths, UnknownActorError, type Direction, type Path, type PathOptions, type PathResult } from '../../graph/paths';
import { describeHop } from '../../graph/path-narrative';
import { defaultLayoutId, findLayout } from '../../layout/layouts';
import { initialPositions, forcePositions, presetPositions, hasPresetPositions, spiralPositions, type Positions } from '../../layout/initial-positions';
import { startProgressiveLayout, type ProgressiveLayout } from '../../layout/progressive-layout';
import { GraphView, type ElementSet } from '../../view/graph-view';
import { DARK_CANVAS, LIGHT_CANVAS } from '../../view/cy-style';
import { emit, type SgSelectDetail, type SgFocusDetail, type SgPathDetail } from '../events';
import { SourceLoader } from '../controllers/source-loader';
import { ResizeController } from '../controllers/resize-controller';
import { MediaController } from '../controllers/media-controller';
import { renderLegend, type Facet } from './legend-view';
import { isArrowKey, pickInDirection } from './spatial-neighbour';
import { stakeholderGraphStyles } from './stakeholder-graph.styles';
import { hostReset } from '../host-reset.styles';

interface ShownError {
  /** What failed, in one line above the message. */
  title: string;
  message: string;
  problems: Problem[];
  /** Loading `src` failed: the banner offers Retry. */
  retry?: boolean;
}

/** The path query as the path panel and the URL state see it. */
export interface PathQuery {
  from: string | null;
  to: string | null;
  types: string[] | null;
  direction: Direction;
  statuses: string[] | null;
  maxHops: number;
  index: number;
}

/** Options of `highlightPath`: the path query, and which of the paths found to show. */
export interface HighlightOptions extends PathOptions {
  /** Index into the paths found (shortest first); default 0. */
  index?: number;
}

export type Theme = 'auto' | 'light' | 'dark';

/**
 * Above this many actors the force layout runs progressively in a worker instead of before the
 * first frame (a synchronous ForceAtlas2 costs about 0.5 s at 1,000 actors here, 2 s at 5,000).
 */
export const SYNC_FORCE_LIMIT = 1000;
export type Hops = 1 | 2;

/**
 * @summary An interactive graph of actors and typed relationships, drawn with Cytoscape from a
 * graphology dataset, with a legend that filters, selection, focus and keyboard navigation.
 *
 * @event sg-load - A dataset was loaded and is shown. `detail: {graph}`.
 * @event sg-error - Loading failed; the graph shown before stays. `detail: {message, problems}`.
 * @event sg-select - The selection changed. `detail: {kind: 'node'|'edge', key} | null`.
 * @event sg-filter - The filter changed. `detail: {edgeTypes, statuses, nodeKinds}`, each a list of the keys shown or null for all.
 * @event sg-focus - The focus changed. `detail: {key, hops} | null`.
 * @event sg-layout - The layout shown changed. `detail: {layout}`.
 * @event sg-layout-settled - The layout finished moving the actors (for big graphs, when the progressive ForceAtlas2 is done), or `stopLayout()` stopped it. `detail: {layout, stopped}`.
 * @event sg-path - The highlighted path changed. `detail: {from, to, paths, active}` (`paths` empty when none exists, `active` the path shown or null).
 *
 * @csspart canvas - The Cytoscape container (focusable; arrow keys move between actors).
 * @csspart legend - The legend of relationship types, statuses and actor kinds, which filters.
 * @csspart error - The error banner.
 *
 * @cssproperty --sg-background - Background colour. Default `#ffffff` (dark: `#0f172a`).
 * @cssproperty --sg-text - Text colour. Default `#1e293b` (dark: `#e2e8f0`).
 * @cssproperty --sg-muted - Secondary text colour. Default `#475569` (dark: `#94a3b8`).
 * @cssproperty --sg-panel - Background of the legend and hints.
 * @cssproperty --sg-border - Border colour of panels.
 * @cssproperty --sg-accent - Focus ring and selection colour.
 * @cssproperty --sg-font - Font family. Default the system UI font.
 *
 * @attr nonce - The global attribute: a CSP nonce for the one `<style>` the element adds to the page's `<head>` (Cytoscape's container rule, for any Cytoscape outside a shadow root). Without it the element adds an inert `<meta>` instead.
 */
export class StakeholderGraph extends LitElement {
  static override styles = [hostReset, stakeholderGraphStyles];

  static override properties = {
    src: { type: String, reflect: true },
    data: { attribute: false },
    limits: { attribute: false },
    label: { type: String, reflect: true },
    timeout: { type: Number },
    selected: { type: String, reflect: true },
    layout: { type: String, reflect: true },
    edgeTypes: { type: String, attribute: 'edge-types', reflect: true },
    statuses: { type: String, reflect: true },
    nodeKinds: { type: String, attribute: 'node-kinds', reflect: true },
    theme: { type: String, reflect: true },
    hops: { type: Number, attribute: 'focus-hops', reflect: true },
    renderer: { type: String, reflect: true },
    pathFrom: { type: String, attribute: 'path-from', reflect: true },
    pathTo: { type: String, attribute: 'path-to', reflect: true },
    pathTypes: { type: String, attribute: 'path-types', reflect: true },
    pathDirection: { type: String, attribute: 'path-direction', reflect: true },
    pathIndex: { type: Number, attribute: 'path-index', reflect: true },
    focusState: { state: true },
    preview: { state: true },
    error: { state: true },
    loading: { state: true },
    hint: { state: true },
    announcement: { state: true },
  };

  /** URL of a dataset (JSON) to load; `http(s):` or relative. */
  declare src: string | undefined;
  /** A dataset as an object, JSON text, or a graphology Graph; copied, never mutated. */
  declare data: DatasetInput | undefined;
  /** Size limits for loaded datasets (see `Limits`); generous defaults. */
  declare limits: Partial<Limits> | undefined;
  /** Accessible name of the graph; defaults to the dataset's title. */
  declare label: string | undefined;
  /** Milliseconds before loading `src` gives up. Default 20,000. */
  declare timeout: number;
  /** Key of the selected actor or relationship (nodes and edges share one key space). */
  declare selected: string | null;
  /** Layout id: `force`, `concentric`, `circle`, `grid`, `breadthfirst`, `preset`. */
  declare layout: string | null;
  /** Comma-separated edge types to show; empty or absent shows all. */
  declare edgeTypes: string | null;
  /** Comma-separated statuses to show (`confirmed,reported,potential,unspecified`). */
  declare statuses: string | null;
  /** Comma-separated actor kinds to show. */
  declare nodeKinds: string | null;
  /** `auto` (follows the system), `light` or `dark`. */
  declare theme: Theme;
  /**
   * `canvas` (default) or `webgl`: Cytoscape's WebGL renderer, opt-in. It could not be judged on
   * our GPU-less machines (software GL was 2-15x slower than canvas), so canvas stays the default.
   */
  declare renderer: 'canvas' | 'webgl';
  /** Hops a focus covers when started by double-click or Enter (1 or 2). Default 1. */
  declare hops: Hops;
  /** Key of the actor a highlighted path starts from (with `path-to`). */
  declare pathFrom: string | null;
  /** Key of the actor a highlighted path leads to. */
  declare pathTo: string | null;
  /** Comma-separated edge types a path may use; empty allows all. */
  declare pathTypes: string | null;
  /** `follow` (along arrows; undirected ties both ways, the default) or `ignore` (any direction). */
  declare pathDirection: Direction | null;
  /** Which path to show, 0 for the shortest. */
  declare pathIndex: number;
  declare protected preview: number | null;
  declare protected focusState: SgFocusDetail;
  declare protected error: ShownError | undefined;
  declare protected loading: boolean;
  declare protected hint: string | undefined;
  declare protected announcement: string;

  private _graph?: Graph;
  private registry?: Registry;
  private legend?: Legend;
  private view?: GraphView;
  private visible: VisibleSet | null = null;
  private cursor: string | null = null;
  private shownLayout: string | null = null;
  private lastSelect: SgSelectDetail = null;
  private lastFilter: Filter = ALL;
  private lastFocus: SgFocusDetail = null;
  private lastLayout: string | null = null;
  /** The filter: the attributes parsed, or what was set through the `filter` property. */
  private _filter: Filter = ALL;
  /** The filter `visible` was computed for. */
  private appliedFilter: Filter | null = null;
  private reflectingFilter = false;
  /** Path options beyond the attributes (statuses, maxHops, …) given to `highlightPath`. */
  private pathExtra: PathOptions = {};
  private pathResult: PathResult | null = null;
  private pathQueryKey = '';
  private lastPathKey = '';
  /** The first actor picked with Shift-click or Shift+Enter, waiting for the second. */
  private pendingFrom: string | null = null;
  private pathAnnouncement: { intro: string; hops: string[] } | null = null;
  private filterChanged = false;
  private loadedNewGraph = false;

  /** The progressive ForceAtlas2 refining a big graph, while it runs. */
  private layoutRun?: ProgressiveLayout;

  private readonly loader = new SourceLoader(this, {
    onText: (text) => this.apply(text, true),
    onError: (error) => this.fail(error.message, [{ path: 'src', message: error.message }], undefined, true),
    onLoading: (loading) => (this.loading = loading),
  });
  private readonly resizer = new ResizeController(this, () => this.view?.resize());
  private readonly darkScheme = new MediaController(this, '(prefers-color-scheme: dark)');
  private readonly reducedMotion = new MediaController(this, '(prefers-reduced-motion: reduce)');

  constructor() {
    super();
    this.timeout = 20_000;
    this.selected = null;
    this.layout = null;
    this.edgeTypes = null;
    this.statuses = null;
    this.nodeKinds = null;
    this.theme = 'auto';
    this.hops = 1;
    this.renderer = 'canvas';
    this.pathFrom = null;
    this.pathTo = null;
    this.pathTypes = null;
    this.pathDirection = null;
    this.pathIndex = 0;
    this.preview = null;
    this.focusState = null;
    this.loading = false;
    this.announcement = '';
  }

  // ---- public API -------------------------------------------------------------------------

  /** The graphology Graph shown, the single source of truth (read-only; undefined before a load). */
  get graph(): Graph | undefined {
    return this._graph;
  }

  /** The Cytoscape core drawing the graph, for power users (undefined while disconnected). */
  get cy(): Core | undefined {
    return this.view?.cy;
  }

  /** The edge-type and actor-kind registry of the graph shown (declared or inferred). */
  get types(): Registry | undefined {
    return this.registry;
  }

  /** The active filter: per facet the keys shown, or null for all. */
  get filter(): Filter {
    return this._filter;
  }

  /**
   * Sets the filter; the attributes follow. (An empty list hides every key of its facet; in the
   * attributes it reads as an empty value, which set by hand means "all".)
   */
  set filter(filter: Filter) {
    this._filter = { edgeTypes: filter.edgeTypes, statuses: filter.statuses, nodeKinds: filter.nodeKinds };
    this.reflectingFilter = true;
    this.edgeTypes = formatList(filter.edgeTypes);
    this.statuses = formatList(filter.statuses);
    this.nodeKinds = formatList(filter.nodeKinds);
    this.requestUpdate();
  }

  /** The actors and relationships visible under the filter (null before a load). */
  get visibleElements(): VisibleSet | null {
    return this.visible;
  }

  /** The current selection, as reported by `sg-select`. */
  get selection(): SgSelectDetail {
    return this.resolveSelection();
  }

  /** The layout shown (the `layout` attribute, or the default for the data when unset or unavailable). */
  get currentLayout(): string | null {
    return this._graph ? this.layoutFor(this._graph) : null;
  }

  /** The current focus, as reported by `sg-focus`. */
  get focused(): SgFocusDetail {
    return this.focusState;
  }

  /** Selects an actor or relationship by key (null clears) and brings it into view. */
  select(key: string | null): void {
    this.selected = key;
    if (key !== null) void this.updateComplete.then(() => this.view?.centerOn(key));
  }

  /**
   * Focuses an actor: it and its neighbours within `hops` stay bright, the rest dims.
   * Without a string argument this is HTMLElement's own `focus()`.
   */
  override focus(keyOrOptions?: string | FocusOptions, hops: Hops = this.hops === 2 ? 2 : 1): void {
    if (typeof keyOrOptions !== 'string') {
      super.focus(keyOrOptions);
      return;
    }
    this.focusState = { key: keyOrOptions, hops };
    this.selected = keyOrOptions;
  }

  /** Removes the focus emphasis. */
  clearFocus(): void {
    this.focusState = null;
  }

  /** Fits the visible graph into view. */
  fit(): void {
    this.view?.fit();
  }

  zoomIn(): void {
    this.view?.zoomBy(1.25);
  }

  zoomOut(): void {
    this.view?.zoomBy(0.8);
  }

  /** Shows a facet's key again if hidden, or hides it if shown. */
  toggleFilter(facet: Facet, key: string): void {
    const all = this.facetKeys(facet);
    this.filter = toggle(this.filter, facet, key, all);
  }

  resetFilter(): void {
    this.filter = ALL;
  }

  /**
   * All simple paths from one actor to another (up to `maxHops`, default 4; at most `maxPaths`,
   * default 50), shortest first, within the current filters. Throws (and fires `sg-error`) for
   * a key that is not in the graph.
   */
  findPaths(from: string, to: string, options: PathOptions = {}): Path[] {
    return this.queryPaths(from, to, options).paths;
  }

  /**
   * Highlights the shortest path from `from` to `to` (or the one at `options.index`) and returns
   * it, or null when none exists; the attributes `path-from`, `path-to`, `path-types`,
   * `path-direction` and `path-index` follow.
   */
  highlightPath(from: string, to: string, options: HighlightOptions = {}): Path | null {
    const { index = 0, ...query } = options;
    const result = this.queryPaths(from, to, query);
    this.pathExtra = { statuses: query.statuses, maxHops: query.maxHops, maxPaths: query.maxPaths, weight: query.weight };
    this.pathFrom = from;
    this.pathTo = to;
    this.pathTypes = formatList(query.types ?? null);
    this.pathDirection = query.direction ?? 'follow';
    this.pathIndex = index;
    this.preview = null;
    return result.paths[index] ?? null;
  }

  /**
   * Sets the whole path query at once (as the path panel does): ends may be null while the user
   * is still picking. Unknown keys are reported with `sg-error`, not thrown.
   */
  setPathQuery(query: Partial<PathQuery>): void {
    const current = this.pathQuery;
    const next = { ...current, ...query };
    this.pathExtra = { ...this.pathExtra, statuses: next.statuses, maxHops: next.maxHops };
    this.pathFrom = next.from;
    this.pathTo = next.to;
    this.pathTypes = formatList(next.types);
    this.pathDirection = next.direction;
    this.pathIndex = next.index;
    this.preview = null;
    this.requestUpdate();
  }

  /** Removes the path highlight. */
  clearHighlight(): void {
    this.pathFrom = null;
    this.pathTo = null;
    this.pathIndex = 0;
    this.preview = null;
    this.pendingFrom = null;
  }

  /** Shows path `index` of the current result without making it the highlighted one (null ends the preview). */
  previewPath(index: number | null): void {
    this.preview = index;
  }

  /** The path query in effect: the path attributes plus the options given to `highlightPath`. */
  get pathQuery(): PathQuery {
    return {
      from: this.pathFrom || null,
      to: this.pathTo || null,
      types: parseList(this.pathTypes),
      direction: this.pathDirection === 'ignore' ? 'ignore' : 'follow',
      statuses: this.pathExtra.statuses ?? null,
      maxHops: this.pathExtra.maxHops ?? 4,
      index: this.pathIndex,
    };
  }

  /** The paths found for the current `path-from` / `path-to`, or null when none is set. */
  get paths(): PathResult | null {
    return this.pathResult;
  }

  /** The path shown: the preview, else the highlighted one. */
  get activePath(): Path | null {
    const result = this.pathResult;
    if (!result) return null;
    return result.paths[this.preview ?? this.pathIndex] ?? null;
  }

  // ---- lifecycle --------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved or re-attached: the view was destroyed on disconnect; build it again once rendered.
    if (this.hasUpdated) void this.updateComplete.then(() => this.ensureView());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A move (append elsewhere, moveBefore) disconnects and reconnects in one go: keep the view
    // (zoom, pan, positions, a running layout) unless still out of the page a microtask later.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.stopLayoutRun();
      this.view?.destroy();
      this.view = undefined;
      this.shownLayout = null;
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') && this.data !== undefined) {
      this.loader.cancel();
      this.apply(this.data);
    } else if (changed.has('src') && this.src) {
      void this.loader.load(this.src, this.timeout, this.limits?.maxBytes);
    }
    const attributesChanged = changed.has('edgeTypes') || changed.has('statuses') || changed.has('nodeKinds');
    if (attributesChanged && !this.reflectingFilter) {
      this._filter = { edgeTypes: parseList(this.edgeTypes), statuses: parseList(this.statuses), nodeKinds: parseList(this.nodeKinds) };
    }
    this.reflectingFilter = false;
    this.filterChanged = this.loadedNewGraph || this.appliedFilter === null || !sameFilter(this._filter, this.appliedFilter);
    if (this._graph && this.filterChanged) {
      this.visible = visibleSet(this._graph, this._filter);
      this.appliedFilter = this._filter;
    }
    if (this.focusState && this._graph && !this._graph.hasNode(this.focusState.key)) this.focusState = null;
    this.updatePaths();
    if (changed.has('preview' as keyof StakeholderGraph) || changed.has('pathIndex')) this.announcePath();
    const selection = this.resolveSelection();
    if (!sameSelection(selection, this.lastSelect)) this.announce(selection);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('renderer') && changed.get('renderer') !== undefined && this.view) {
      // The renderer is chosen when Cytoscape starts: start it again.
      this.stopLayoutRun();
      this.view.destroy();
      this.view = undefined;
    }
    const newGraph = this.loadedNewGraph;
    this.loadedNewGraph = false;
    if (this.view) this.syncView(newGraph ? null : changed);
    else this.ensureView();
    this.emitChanges();
  }

  /** Brings the view in line with the element's state; `changed` null means everything. */
  private syncView(changed: PropertyValues<this> | null): void {
    const view = this.view;
    if (!view || !this._graph) return;
    if (!changed || this.filterChanged) view.setVisible(this.visible);
    if (!changed || changed.has('layout')) this.applyLayout();
    view.setSelected(this.resolveSelection()?.key ?? null);
    const path = this.activePath;
    view.setPath(path);
    view.setEmphasis(path ? { nodes: new Set(path.nodes), edges: new Set(path.edges) } : this.emphasis());
    view.setTheme(this.isDark() ? DARK_CANVAS : LIGHT_CANVAS);
    view.animate = !this.reducedMotion.matches;
  }

  // ---- rendering --------------------------------------------------------------------------

  protected override render() {
    const name = this.label ?? (this._graph?.getAttribute('title') as string | undefined) ?? 'Stakeholder graph';
    return html`
      <div
        class="canvas"
        part="canvas"
        tabindex="0"
        role="application"
        aria-roledescription="graph"
        aria-label=${name}
        aria-describedby="keys"
        aria-busy=${this.loading ? 'true' : 'false'}
        @keydown=${this.onKeyDown}
      ></div>
      <p id="keys" class="visually-hidden">
        Arrow keys move between an actor and its neighbours; Enter selects, Enter again focuses; Shift+Enter on two actors shows the paths between them; Escape clears; plus and minus zoom; 0 fits.
      </p>
      ${this.legend && this.registry ? this.renderLegendPanel() : nothing}
      ${this.hint ? html`<div class="hint" role="note">${this.hint}</div>` : nothing}
      ${this.loading ? html`<div class="status" role="status">Loading…</div>` : nothing}
      ${this.error ? this.renderError(this.error) : nothing}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">
        ${this.pathAnnouncement
          ? html`<p>${this.pathAnnouncement.intro}</p>
              <ol>
                ${this.pathAnnouncement.hops.map((hop) => html`<li>${hop}</li>`)}
              </ol>`
          : this.announcement}
      </div>
    `;
  }

  private renderLegendPanel() {
    const graph = this._graph!;
    const counts = filterCounts(graph, this.filter);
    const visibleOf = (map: Map<string, { visible: number; total: number }>) => new Map([...map].map(([key, value]) => [key, value.visible]));
    return renderLegend({
      legend: this.legend!,
      registry: this.registry!,
      shown: this.filter,
      visibleCounts: { edgeTypes: visibleOf(counts.edgeTypes), statuses: visibleOf(counts.statuses), nodeKinds: visibleOf(counts.nodeKinds) },
      onToggle: (facet, key) => this.toggleFilter(facet, key),
      onReset: () => this.resetFilter(),
    });
  }

  private renderError(error: ShownError) {
    return html`<div class="error" part="error" role="alert">
      <p>${error.title}</p>
      <div class="message">${error.message}</div>
      ${error.problems.length > 1
        ? html`<ul>
            ${error.problems.map((problem) => html`<li><code>${problem.path}</code>: ${problem.message}</li>`)}
          </ul>`
        : nothing}
      <button type="button" aria-label="Dismiss error" @click=${() => (this.error = undefined)}>×</button>
      ${error.retry ? html`<button type="button" class="retry" @click=${() => this.retry()}>Retry</button>` : nothing}
    </div>`;
  }

  /** Loads `src` again (what the error banner's Retry button does after a failed load). */
  retry(): void {
    if (this.src) void this.loader.load(this.src, this.timeout, this.limits?.maxBytes);
  }

  // ---- loading ----------------------------------------------------------------------------

  /** Validates and builds a new graph; swaps it in only when everything succeeded. */
  private apply(input: DatasetInput, fromSrc = false): void {
    let graph: Graph;
    try {
      graph = loadDataset(input, { limits: this.limits });
    } catch (error) {
      if (error instanceof DatasetError) this.fail(error.message, [...error.problems], undefined, fromSrc);
      else this.fail(`Could not load the data: ${error instanceof Error ? error.message : String(error)}`, [], undefined, fromSrc);
      return;
    }
    const registry = resolveRegistry(graph);
    if (this.view) {
      try {
        this.drawGraph(graph, registry);
      } catch (error) {
        this.fail(`Could not draw the data: ${error instanceof Error ? error.message : String(error)}`, [], undefined, fromSrc);
        return;
      }
    }
    this._graph = graph;
    this.registry = registry;
    this.legend = computeLegend(graph, registry);
    this.error = undefined;
    this.cursor = null;
    this.loadedNewGraph = true;
    this.requestUpdate();
    emit(this, 'sg-load', { graph });
  }

  private fail(message: string, problems: Problem[], title?: string, retry = false): void {
    const heading = title ?? (this._graph ? 'Could not load the new data; the graph shown is unchanged.' : 'Could not load the data.');
    this.error = { title: heading, message, problems, retry };
    emit(this, 'sg-error', { message, problems });
  }

  /** Creates the Cytoscape view once the container exists and the element is in a document. */
  private ensureView(): void {
    if (this.view || !this.isConnected) return;
    const container = this.renderRoot.querySelector<HTMLElement>('.canvas');
    if (!container) return;
    this.view = new GraphView(container, {
      theme: this.isDark() ? DARK_CANVAS : LIGHT_CANVAS,
      // The global `nonce` attribute: read through the property, which browsers keep after hiding the attribute.
      nonce: this.nonce || undefined,
      renderer: this.renderer === 'webgl' ? 'webgl' : 'canvas',
      onTap: (target, { shiftKey }) => this.onTap(target, shiftKey),
      // Two quick Shift-clicks pick a path's ends; they are not a double-click.
      onDoubleTap: (key, { shiftKey }) => !shiftKey && this.focus(key),
      onWheelHint: () => this.showHint('To zoom, hold Ctrl (⌘ on Mac) while scrolling, or click the graph first.'),
    });
    this.view.animate = !this.reducedMotion.matches;
    this.resizer.observe(container);
    if (this._graph && this.registry) {
      this.drawGraph(this._graph, this.registry);
      this.syncView(null);
    }
  }

  /**
   * Draws a graph at its first positions: the data's, a synchronous ForceAtlas2 for small graphs,
   * or (above SYNC_FORCE_LIMIT actors) an instant spiral that a ForceAtlas2 in a worker refines
   * progressively, so the graph is interactive at once.
   */
  private drawGraph(graph: Graph, registry: Registry): void {
    this.stopLayoutRun();
    const progressive = this.layoutFor(graph) === 'force' && graph.order > SYNC_FORCE_LIMIT;
    const positions = progressive ? spiralPositions(graph) : this.positionsFor(graph);
    this.view!.show(graph, registry, positions);
    this.shownLayout = this.drawnLayout(graph);
    if (progressive) this.startLayoutRun(graph, positions);
    else if (this.shownLayout) this.settled(this.shownLayout);
  }

  private startLayoutRun(graph: Graph, start: Positions): void {
    this.stopLayoutRun();
    const run = startProgressiveLayout(graph, start, {
      onPositions: (positions) => {
        if (this.layoutRun === run) this.view?.setPositions(positions);
      },
      onSettled: () => {
        if (this.layoutRun === run) this.settled('force');
      },
    });
    this.layoutRun = run;
  }

  private stopLayoutRun(): void {
    this.layoutRun?.stop();
    this.layoutRun = undefined;
  }

  /** Whether a progressive layout is still refining the positions. */
  get layoutRunning(): boolean {
    return this.layoutRun?.running ?? false;
  }

  /**
   * Stops a layout that is still moving the actors (the progressive ForceAtlas2 of a big graph,
   * or an animated layout), leaving every actor where it is now. Fires `sg-layout-settled` with
   * `stopped: true` when it stopped one; does nothing when no layout runs.
   */
  stopLayout(): void {
    if (this.layoutRun?.running) {
      this.stopLayoutRun();
      this.settled('force', true);
      return;
    }
    // A Cytoscape layout ends through its own layoutstop, which fires sg-layout-settled.
    this.view?.stopLayout();
  }

  /** Fires sg-layout-settled once the current update is done. */
  private settled(layout: string, stopped = false): void {
    void this.updateComplete.then(() => emit(this, 'sg-layout-settled', { layout, stopped }));
  }

  /** The layout the initial positions already realise (force or preset), or null when another must run. */
  private drawnLayout(graph: Graph): string | null {
    const id = this.layoutFor(graph);
    return id === 'force' || id === 'preset' ? id : null;
  }

  // ---- layout -----------------------------------------------------------------------------

  private layoutFor(graph: Graph): string {
    const layout = findLayout(this.layout);
    return layout && layout.available(graph) ? layout.id : defaultLayoutId(graph);
  }

  /** Positions to create elements at: the chosen layout's when it computes them on the model. */
  private positionsFor(graph: Graph) {
    const id = this.layoutFor(graph);
    if (id === 'preset' && hasPresetPositions(graph)) return presetPositions(graph);
    if (id === 'force') return forcePositions(graph);
    return initialPositions(graph);
  }

  private applyLayout(): void {
    const graph = this._graph!;
    const id = this.layoutFor(graph);
    if (id === this.shownLayout) return;
    this.stopLayoutRun();
    this.shownLayout = id;
    if (id === 'force' && graph.order > SYNC_FORCE_LIMIT) {
      this.startLayoutRun(graph, this.view!.currentPositions());
      return;
    }
    const layout = findLayout(id)!;
    void this.view!.runLayout(layout, graph, this.resolveSelection()?.kind === 'node' ? this.selected! : undefined).then((stopped) => {
      if (this.shownLayout === id) this.settled(id, stopped);
    });
  }

  /** Fires sg-layout when the layout shown changed. */
  private emitLayout(): void {
    const layout = this.shownLayout;
    if (layout === null || layout === this.lastLayout) return;
    this.lastLayout = layout;
    emit(this, 'sg-layout', { layout });
  }

  /** Runs the current layout again (e.g. breadth-first after the selection moved). */
  relayout(): void {
    this.shownLayout = null;
    if (this.view && this._graph) this.applyLayout();
  }

  // ---- state ------------------------------------------------------------------------------

  private resolveSelection(): SgSelectDetail {
    const graph = this._graph;
    const key = this.selected;
    if (!graph || key === null || key === undefined || key === '') return null;
    if (graph.hasNode(key)) return { kind: 'node', key };
    if (graph.hasEdge(key)) return { kind: 'edge', key };
    return null;
  }

  /** What stays bright: the focused neighbourhood, else nothing is dimmed. */
  private emphasis(): ElementSet | null {
    const graph = this._graph;
    if (!graph || !this.focusState) return null;
    return neighbourhood(graph, this.focusState.key, this.focusState.hops, this.visible ?? undefined);
  }

  private facetKeys(facet: Facet): string[] {
    const legend = this.legend;
    return legend ? legend[facet].map((entry) => entry.key) : [];
  }

  private isDark(): boolean {
    return this.theme === 'dark' || (this.theme !== 'light' && this.darkScheme.matches);
  }

  /** Fires sg-select / sg-filter / sg-focus for whatever changed since they last fired. */
  private emitChanges(): void {
    const selection = this.resolveSelection();
    if (!sameSelection(selection, this.lastSelect)) {
      this.lastSelect = selection;
      emit(this, 'sg-select', selection);
    }
    const filter = this.filter;
    if (!sameFilter(filter, this.lastFilter)) {
      this.lastFilter = filter;
      emit(this, 'sg-filter', filter);
    }
    const focus = this.focusState;
    if (focus?.key !== this.lastFocus?.key || focus?.hops !== this.lastFocus?.hops) {
      this.lastFocus = focus;
      emit(this, 'sg-focus', focus);
    }
    this.emitLayout();
    this.emitPath();
  }

  /** Fires sg-path when the query or the highlighted path changed. */
  private emitPath(): void {
    const result = this.pathResult;
    const active = result ? (result.paths[this.pathIndex] ?? null) : null;
    const key = result ? `${this.pathFrom}\u0000${this.pathTo}\u0000${result.paths.length}\u0000${active?.edges.join('\u0000') ?? ''}` : '';
    if (key === this.lastPathKey) return;
    this.lastPathKey = key;
    const detail: SgPathDetail = { from: this.pathFrom ?? null, to: this.pathTo ?? null, paths: result?.paths ?? [], active };
    emit(this, 'sg-path', detail);
  }

  /** Recomputes the paths when the query, the filter or the graph changed (cached per query). */
  private updatePaths(): void {
    const graph = this._graph;
    if (!graph || !this.registry || !this.pathFrom || !this.pathTo) {
      this.pathResult = null;
      this.pathQueryKey = '';
      return;
    }
    const options = this.pathOptions();
    const key = this.queryKey(this.pathFrom, this.pathTo, options);
    if (key === this.pathQueryKey && !this.loadedNewGraph && !this.filterChanged) {
      this.announcePath();
      return;
    }
    this.preview = null;
    try {
      this.pathResult = findPaths(graph, this.registry, this.pathFrom, this.pathTo, options);
      this.pathQueryKey = key;
    } catch (error) {
      this.pathResult = null;
      this.pathQueryKey = key;
      if (error instanceof UnknownActorError) {
        const field = graph.hasNode(this.pathFrom) ? 'path-to' : 'path-from';
        this.fail(`Path not shown: ${error.message}`, [{ path: field, message: error.message }], 'Could not find paths.');
      } else throw error;
    }
    this.announcePath();
  }

  private pathOptions(): PathOptions {
    return { ...this.pathExtra, types: parseList(this.pathTypes), direction: this.pathDirection === 'ignore' ? 'ignore' : 'follow', visible: this.visible };
  }

  private queryKey(from: string, to: string, options: PathOptions): string {
    const { visible: _visible, ...rest } = options;
    return JSON.stringify([from, to, rest]);
  }

  /** Runs a path query for the API, reporting unknown actors through sg-error too. */
  private queryPaths(from: string, to: string, options: PathOptions): PathResult {
    const graph = this._graph;
    if (!graph || !this.registry) throw new Error('No graph loaded yet: wait for the sg-load event.');
    try {
      return findPaths(graph, this.registry, from, to, { visible: this.visible, ...options });
    } catch (error) {
      if (error instanceof UnknownActorError) this.fail(`Path not shown: ${error.message}`, [{ path: graph.hasNode(from) ? 'to' : 'from', message: error.message }], 'Could not find paths.');
      throw error;
    }
  }

  private announcePath(): void {
    const graph = this._graph!;
    const result = this.pathResult;
    const from = this.pathFrom && graph.hasNode(this.pathFrom) ? nodeLabel(graph, this.pathFrom) : this.pathFrom;
    const to = this.pathTo && graph.hasNode(this.pathTo) ? nodeLabel(graph, this.pathTo) : this.pathTo;
    if (!result) {
      this.pathAnnouncement = null;
      return;
    }
    const index = this.preview ?? this.pathIndex;
    const path = result.paths[index];
    if (!path) {
      this.pathAnnouncement = { intro: `No path from ${from} to ${to}. ${result.explanation ?? ''}`.trim(), hops: [] };
      return;
    }
    const count = `${result.paths.length}${result.capped ? '+' : ''}`;
    this.pathAnnouncement = {
      intro: `Path ${index + 1} of ${count} from ${from} to ${to}, ${path.hops} hop${path.hops === 1 ? '' : 's'}:`,
      hops: path.steps.map((hop) => describeHop(graph, this.registry!, hop)),
    };
  }

  /** Shift-click or Shift+Enter: the first actor becomes the start, the second the end. */
  private pickPathEnd(key: string): void {
    const graph = this._graph!;
    if (!this.pendingFrom || this.pendingFrom === key) {
      this.pendingFrom = key;
      this.pathAnnouncement = null;
      this.announcement = `Path from ${nodeLabel(graph, key)}: Shift-click or Shift+Enter a second actor.`;
      this.showHint(`Path from ${nodeLabel(graph, key)}: Shift-click a second actor.`);
      return;
    }
    const from = this.pendingFrom;
    this.pendingFrom = null;
    this.highlightPath(from, key, { types: parseList(this.pathTypes), direction: this.pathDirection ?? 'follow', ...this.pathExtra });
  }

  private announce(selection: SgSelectDetail): void {
    this.pathAnnouncement = null;
    const graph = this._graph;
    if (!graph || !this.registry) return;
    if (!selection) this.announcement = 'Selection cleared.';
    else if (selection.kind === 'node') this.announcement = describeActor(graph, this.registry, selection.key);
    else this.announcement = describeEdgeText(graph, this.registry, selection.key);
  }

  private showHint(text: string): void {
    this.hint = text;
    setTimeout(() => {
      if (this.hint === text) this.hint = undefined;
    }, 4000);
  }

  // ---- gestures and keys ------------------------------------------------------------------

  private onTap(target: { kind: 'node' | 'edge'; key: string } | null, shiftKey: boolean): void {
    if (shiftKey && target?.kind === 'node') {
      this.pickPathEnd(target.key);
      return;
    }
    this.selected = target?.key ?? null;
    if (target?.kind === 'node') this.cursor = target.key;
    this.view?.setCursor(null);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const graph = this._graph;
    const view = this.view;
    if (!graph || !view) return;
    if (isArrowKey(event.key)) {
      event.preventDefault();
      this.moveCursor(event.key);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const key = this.cursor ?? (this.resolveSelection()?.kind === 'node' ? this.selected : null);
      if (!key) return;
      if (event.shiftKey) this.pickPathEnd(key);
      else if (this.selected === key) this.focus(key);
      else this.select(key);
    } else if (event.key === 'Escape') {
      if (this.pathFrom || this.pathTo || this.pendingFrom) this.clearHighlight();
      else if (this.focusState) this.clearFocus();
      else if (this.selected) this.selected = null;
      else {
        this.cursor = null;
        view.setCursor(null);
        return;
      }
      event.preventDefault();
    } else if (event.key === '+' || event.key === '=') {
      this.zoomIn();
    } else if (event.key === '-') {
      this.zoomOut();
    } else if (event.key === '0') {
      this.fit();
    }
  };

  private moveCursor(arrow: Parameters<typeof pickInDirection>[2]): void {
    const graph = this._graph!;
    const view = this.view!;
    const visibleNodes = this.visible?.nodes;
    const isVisible = (key: string) => !visibleNodes || visibleNodes.has(key);
    const selectedNode = this.resolveSelection()?.kind === 'node' ? this.selected : null;
    let from = this.cursor && graph.hasNode(this.cursor) && isVisible(this.cursor) ? this.cursor : selectedNode;
    let next: string | undefined;
    if (!from) {
      // Start on the most connected visible actor.
      let best = -1;
      graph.forEachNode((key) => {
        const degree = graph.degree(key);
        if (isVisible(key) && degree > best) [best, next] = [degree, key];
      });
    } else {
      const origin = view.renderedPosition(from);
      const candidates: Array<{ key: string; x: number; y: number }> = [];
      graph.forEachNeighbor(from, (neighbour) => {
        const position = view.renderedPosition(neighbour);
        if (position && isVisible(neighbour)) candidates.push({ key: neighbour, ...position });
      });
      next = origin ? pickInDirection(origin, candidates, arrow) : undefined;
      if (!next) {
        this.announcement = `${nodeLabel(graph, from)} has no visible neighbours.`;
        return;
      }
    }
    from = next ?? null;
    if (!from) return;
    this.cursor = from;
    view.setCursor(from);
    view.centerOn(from);
    this.announcement = `${nodeLabel(graph, from)}, ${graph.degree(from)} relationships. Enter selects.`;
  }
}

function sameSelection(a: SgSelectDetail, b: SgSelectDetail): boolean {
  return a?.key === b?.key && a?.kind === b?.kind;
}
