/**
 * `<stakeholder-graph>`: loads a dataset (from `src` or `data`), validates it, and draws it with
 * Cytoscape inside its shadow root. Its state is its attributes and a few properties; on every
 * update it derives the view state from them and the model (src/state/view-state.ts), brings
 * the view in line with what changed, and fires one event per changed part (state-events.ts).
 */
import { html, nothing, type PropertyValues } from 'lit';
import type Graph from 'graphology';
import type { Core } from 'cytoscape';
import type { SerializedGraph } from 'graphology-types';
import { loadDataset, type DatasetInput } from '../../graph/load';
import { DatasetError, type Problem } from '../../graph/problems';
import { resolveRegistry, nodeLabel, type Registry } from '../../graph/registry';
import { computeLegend, type Legend } from '../../graph/legend';
import { ALL, toggle, type VisibleSet } from '../../graph/filter';
import { exportDataset } from '../../graph/export-dataset';
import { findPaths, UnknownActorError, type Path, type PathOptions, type PathResult } from '../../graph/paths';
import type { Focus, HighlightOptions, Hops, PathQuery, Selection } from '../../graph/state-types';
import { createDeriver, resolveLayout, resolveSelection, changedParts, type ViewState } from '../../state/view-state';
import { pathAnnouncement, selectionAnnouncement } from '../../state/announcements';
import { GraphView } from '../../view/graph-view';
import { recolor } from '../../view/recolor';
import { emit } from '../events';
import { SourceLoader } from '../controllers/source-loader';
import { ResizeController } from '../controllers/resize-controller';
import { MediaController } from '../controllers/media-controller';
import { GRAPH_CONTROLS, readControls, type GraphControl } from '../controls';
import { hostReset } from '../host-reset.styles';
import { renderLegend, visibleCounts, type Facet } from './legend-view';
import { stakeholderGraphStyles } from './stakeholder-graph.styles';
import { PageColors, readCanvasTheme } from './page-colors';
import { LegendCollapse } from './legend-collapse';
import { keepActorsClear } from './legend-clearance';
import { LayoutRunner } from './layout-runner';
import { handleGraphKey, type KeyHost } from './graph-keys';
import { emitStateEvents } from './state-events';
import { GraphAttributes } from './graph-attributes';
import { renderError, renderLiveRegion, renderTieTip, tieTipFor } from './graph-template';

export type { HighlightOptions, Hops, PathQuery, Theme } from '../../graph/state-types';

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
 * @csspart legend-toggle - The legend's heading button, which collapses and opens it (`aria-expanded`). Small elements (under 400x280) start with the legend collapsed.
 *
 * @cssproperty --sg-background - Background colour. Default `#ffffff` (dark: `#0f172a`).
 * @cssproperty --sg-text - Text colour. Default `#1e293b` (dark: `#e2e8f0`).
 * @cssproperty --sg-muted - Secondary text colour. Default `#475569` (dark: `#94a3b8`).
 * @cssproperty --sg-panel - Background of the legend and hints. Default `rgb(255 255 255 / 0.94)` (dark: `rgb(15 23 42 / 0.94)`).
 * @cssproperty --sg-border - Border colour of panels. Default `#cbd5e1` (dark: `#334155`).
 * @cssproperty --sg-accent - Focus ring and selection colour. Default `#1d4ed8` (dark: `#93c5fd`).
 * @cssproperty --sg-error-bg - Background of the error banner. Default `#fef2f2` (dark: `#450a0a`).
 * @cssproperty --sg-error-text - Text of the error banner. Default `#7f1d1d` (dark: `#fecaca`).
 * @cssproperty --sg-error-border - Border of the error banner. Default `#b91c1c` (dark: `#f87171`).
 * @cssproperty --sg-font - Font family. Default `system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif`.
 * @cssproperty --sg-edge-color-<type> - Colour of relationship type `<type>` in the drawing and the legend, over the dataset's; `<type>` is the type key lower-cased, every character outside `a-z0-9-` replaced by `-` (`--sg-edge-color-supplies`). Any CSS colour. Read on load, on theme switch and by `refreshTheme()`.
 * @cssproperty --sg-node-color-<kind> - Colour of actor kind `<kind>`, named the same way (`--sg-node-color-state`).
 *
 * Every custom property may be set on the element or on any ancestor (they inherit); the defaults apply only where the page sets none.
 *
 * @attr nonce - The global attribute: a CSP nonce for the one `<style>` the element adds to the page's `<head>` (Cytoscape's container rule, for any Cytoscape outside a shadow root). Without it the element adds an inert `<meta>` instead.
 */
export class StakeholderGraph extends GraphAttributes {
  static override styles = [hostReset, stakeholderGraphStyles];

  private _graph?: Graph;
  private registry?: Registry;
  private legend?: Legend;
  private view?: GraphView;
  private readonly derive = createDeriver();
  /** The state derived for the current update. */
  private state: ViewState;
  /** The state the view draws and the events last reported; the next update is diffed against it. */
  private shown: ViewState | null = null;
  private shownControls: ReadonlySet<GraphControl> = new Set(GRAPH_CONTROLS);

  private readonly loader = new SourceLoader(this, {
    onText: (text) => this.apply(text, true),
    onError: (error) => this.fail(error.message, [{ path: 'src', message: error.message }], undefined, true),
    onLoading: (loading) => (this.loading = loading),
  });
  private readonly resizer = new ResizeController(this, () => this.view?.resize());
  private readonly darkScheme = new MediaController(this, '(prefers-color-scheme: dark)');
  private readonly reducedMotion = new MediaController(this, '(prefers-reduced-motion: reduce)');
  private readonly pageColors = new PageColors(this);
  private readonly legendCollapse = new LegendCollapse(this);
  private readonly layouts = new LayoutRunner((layout, stopped) => this.settled(layout, stopped));

  constructor() {
    super();
    this.state = this.derive(this.stateInputs(this._graph, this.registry));
  }

  // ---- public API: reading the state ------------------------------------------------------

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

  /** The actors and relationships visible under the filter (null before a load). */
  get visibleElements(): VisibleSet | null {
    return this.state.visible;
  }

  /** The current selection, as reported by `sg-select`. */
  get selection(): Selection {
    return resolveSelection(this._graph, this.selected);
  }

  /** The current focus, as reported by `sg-focus`. */
  get focused(): Focus {
    return this.state.focus;
  }

  /** The layout shown (the `layout` attribute, or the default for the data when unset or unavailable). */
  get currentLayout(): string | null {
    return this._graph ? resolveLayout(this._graph, this.layout) : null;
  }

  /** Whether a progressive layout is still refining the positions. */
  get layoutRunning(): boolean {
    return this.layouts.running;
  }

  /** The paths found for the current `path-from` / `path-to`, or null when none is set. */
  get paths(): PathResult | null {
    return this.state.path.result;
  }

  /** The path shown: the preview, else the highlighted one. */
  get activePath(): Path | null {
    return this.state.path.shown;
  }

  // ---- public API: changing the state -----------------------------------------------------

  /** Selects an actor or relationship by key (null clears) and brings it into view. */
  select(key: string | null): void {
    this.selected = key;
    if (key !== null) void this.updateComplete.then(() => this.view?.centerOn(key));
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

  /** Runs the current layout again (e.g. breadth-first after the selection moved). */
  relayout(): void {
    if (this.view && this._graph) this.runLayout(resolveLayout(this._graph, this.layout));
  }

  /**
   * Stops a layout that is still moving the actors (the progressive ForceAtlas2 of a big graph,
   * or an animated layout), leaving every actor where it is now. Fires `sg-layout-settled` with
   * `stopped: true` when it stopped one; does nothing when no layout runs.
   */
  stopLayout(): void {
    this.layouts.stopMoving(this.view);
  }

  /**
   * Reads the page's colour custom properties (`--sg-edge-color-<type>`, `--sg-node-color-<kind>`,
   * `--sg-text`, `--sg-background`, `--sg-accent`) again and redraws with them. The element reads
   * them itself when a dataset loads and when its theme switches; call this after changing them
   * at any other time.
   */
  refreshTheme(): void {
    this.view?.setTheme(readCanvasTheme(this, this.isDark()));
    const registry = this.pageColors.refresh();
    if (!registry) return;
    this.registry = registry;
    if (this.view) recolor(this.view.cy, registry);
    this.requestUpdate();
  }

  /** Loads `src` again (what the error banner's Retry button does after a failed load). */
  retry(): void {
    if (this.src) void this.loader.load(this.src, this.timeout, this.limits?.maxBytes);
  }

  /**
   * The graph shown, in the data format, to save and load again (see `exportFileName` for a file
   * name): only what the filter shows unless `all`, with each actor's position on screen as its
   * `x`/`y` unless `positions: false` (loaded again, "From the data" restores the arrangement).
   * Null before a load.
   */
  exportData(options: { all?: boolean; positions?: boolean } = {}): SerializedGraph | null {
    if (!this._graph) return null;
    return exportDataset(this._graph, {
      only: options.all ? null : this.state.visible,
      positions: options.positions === false ? null : this.view?.currentPositions(),
    });
  }

  /**
   * The whole drawing (not only the part in view) as a PNG on the widget's background, at most
   * 4096 pixels a side. Rejects before a load. Its code loads on first use.
   */
  async exportImage(options: { scale?: number } = {}): Promise<Blob> {
    const cy = this.view?.cy;
    if (!this._graph || !cy) throw new Error('exportImage(): nothing is shown yet; wait for sg-load');
    const { exportPng } = await import('../../view/export-image');
    return exportPng(cy, { ...options, background: getComputedStyle(this).backgroundColor });
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
      if (!this.isConnected) this.dropView();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('controls')) this.shownControls = readControls(this, this.controls, GRAPH_CONTROLS);
    if (changed.has('data') && this.data !== undefined) {
      this.loader.cancel();
      this.apply(this.data);
    } else if (changed.has('src') && this.src) {
      void this.loader.load(this.src, this.timeout, this.limits?.maxBytes);
    }
    const before = this.shown;
    const after = this.derive(this.stateInputs(this._graph, this.registry));
    this.state = after;
    if (!after.graph || !this.registry) return;
    // The live region: a new selection is described; a new path (or preview) is read hop by hop.
    const parts = changedParts(before, after);
    if (parts.has('select')) this.announcement = selectionAnnouncement(after.graph, this.registry, after.selection);
    else if (parts.has('path') || before?.path.shown !== after.path.shown) {
      const path = pathAnnouncement(after.graph, this.registry, after.path, this.preview);
      if (path) this.announcement = path;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('renderer') && changed.get('renderer') !== undefined) this.dropView();
    const before = this.shown;
    const after = this.state;
    if (this.view) this.syncView(before, after);
    else this.ensureView();
    if (before?.graph !== after.graph) this.revealActors();
    if (this.pageColors.themeSwitched(this.isDark())) this.refreshTheme();
    this.shown = after;
    if (after.path.error && after.path.error.message !== before?.path.error?.message) {
      const { field, message } = after.path.error;
      this.fail(`Path not shown: ${message}`, [{ path: field, message }], 'Could not find paths.');
    }
    emitStateEvents(this, before, after);
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
        aria-describedby=${this.tieTip() ? 'keys tie-tip' : 'keys'}
        aria-busy=${this.loading ? 'true' : 'false'}
        @keydown=${this.onKeyDown}
      ></div>
      <p id="keys" class="visually-hidden">
        Arrow keys move between an actor and its neighbours; Enter selects, Enter again focuses; Shift+Enter on two actors shows the paths
        between them; Escape clears; plus and minus zoom; 0 fits.
      </p>
      ${
        this._graph && this.legend && this.registry && this.shownControls.has('legend')
          ? renderLegend({
              legend: this.legend,
              registry: this.registry,
              shown: this.state.filter,
              visibleCounts: visibleCounts(this._graph, this.state.filter),
              onToggle: (facet, key) => this.toggleFilter(facet, key),
              onReset: () => this.resetFilter(),
              collapsed: this.legendCollapse.collapsed,
              onCollapse: () => this.legendCollapse.toggle(),
            })
          : nothing
      }
      ${this.hint && this.shownControls.has('hints') ? html`<div class="hint" role="note">${this.hint}</div>` : nothing}
      ${this.loading ? html`<div class="status" role="status">Loading…</div>` : nothing}
      ${
        this.error
          ? renderError(
              this.error,
              () => (this.error = undefined),
              () => this.retry(),
            )
          : nothing
      }
      ${renderTieTip(this.tieTip())} ${renderLiveRegion(this.announcement)}
    `;
  }

  // ---- loading ----------------------------------------------------------------------------

  /** Validates and builds a new graph; swaps it in only when everything succeeded. */
  private apply(input: DatasetInput, fromSrc = false): void {
    let graph: Graph;
    try {
      graph = loadDataset(input, { limits: this.limits });
    } catch (error) {
      if (error instanceof DatasetError) this.fail(error.message, [...error.problems], undefined, fromSrc);
      else this.fail(`Could not load the data: ${errorText(error)}`, [], undefined, fromSrc);
      return;
    }
    const registry = this.pageColors.load(resolveRegistry(graph), this.isDark());
    if (this.view) {
      try {
        this.layouts.draw(this.view, graph, registry, resolveLayout(graph, this.layout));
      } catch (error) {
        this.fail(`Could not draw the data: ${errorText(error)}`, [], undefined, fromSrc);
        return;
      }
    }
    this._graph = graph;
    this.registry = registry;
    this.legend = computeLegend(graph, registry);
    this.error = undefined;
    this.cursor = null;
    this.requestUpdate();
    emit(this, 'sg-load', { graph });
  }

  private fail(message: string, problems: Problem[], title?: string, retry = false): void {
    const heading = title ?? (this._graph ? 'Could not load the new data; the graph shown is unchanged.' : 'Could not load the data.');
    this.error = { title: heading, message, problems, retry };
    emit(this, 'sg-error', { message, problems });
  }

  private findPathsOrFail(from: string, to: string, options: PathOptions): PathResult {
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
  private pickPathEnd(key: string): void {
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

  // ---- the view ---------------------------------------------------------------------------

  /** Creates the Cytoscape view once the container exists and the element is in a document. */
  private ensureView(): void {
    if (this.view || !this.isConnected) return;
    const container = this.renderRoot.querySelector<HTMLElement>('.canvas');
    if (!container) return;
    this.view = new GraphView(container, {
      theme: readCanvasTheme(this, this.isDark()),
      // The global `nonce` attribute: read through the property, which browsers keep after hiding the attribute.
      nonce: this.nonce || undefined,
      renderer: this.renderer === 'webgl' ? 'webgl' : 'canvas',
      onTap: (target, { shiftKey }) => this.onTap(target, shiftKey),
      // Two quick Shift-clicks pick a path's ends; they are not a double-click.
      onDoubleTap: (key, { shiftKey }) => !shiftKey && this.focusActor(key),
      onWheelHint: () => this.showHint('To zoom, hold Ctrl (⌘ on Mac) while scrolling, or click the graph first.'),
      onHoverEdge: (hover) => (this.hoveredEdge = hover),
    });
    this.view.animate = !this.reducedMotion.matches;
    this.resizer.observe(container);
    if (this._graph && this.registry) {
      this.layouts.draw(this.view, this._graph, this.registry, resolveLayout(this._graph, this.layout));
      this.syncView(null, this.state);
    }
  }

  private dropView(): void {
    this.layouts.stop(true);
    this.view?.destroy();
    this.view = undefined;
  }

  /**
   * Brings the view in line with the state, touching what changed since `before` (everything
   * when `before` is null or showed another graph; a new graph is drawn by `apply`).
   */
  private syncView(before: ViewState | null, after: ViewState): void {
    const view = this.view;
    if (!view || !after.graph) return;
    if (before?.graph !== after.graph || before.visible !== after.visible) view.setVisible(after.visible);
    // A graph is drawn with the layout asked for when it loaded; the hash may ask for another since.
    if (after.layout && after.layout !== this.layouts.layout) this.runLayout(after.layout);
    view.setSelected(after.selection?.key ?? null);
    view.setCursor(this.cursor);
    view.setPath(after.path.shown);
    view.setEmphasis(after.emphasis);
    view.animate = !this.reducedMotion.matches;
  }

  private tieTip() {
    return this._graph && this.registry && this.view
      ? tieTipFor(this._graph, this.registry, this.view, this.hoveredEdge, this.selection)
      : null;
  }

  /** At first sight of a graph, no actor under the open legend (legend-clearance.ts). */
  private revealActors(): void {
    const legend = this.renderRoot.querySelector<HTMLElement>('.legend');
    const canvas = this.renderRoot.querySelector<HTMLElement>('.canvas');
    if (!this.view || !legend || !canvas || this.legendCollapse.collapsed) return;
    if (!keepActorsClear(this.view, canvas, legend)) this.legendCollapse.collapseToReveal();
  }

  private runLayout(layout: string): void {
    const selection = this.selection;
    this.layouts.run(this.view!, this._graph!, layout, selection?.kind === 'node' ? selection.key : undefined);
  }

  /** Fires sg-layout-settled once the current update is done. */
  private settled(layout: string, stopped: boolean): void {
    void this.updateComplete.then(() => emit(this, 'sg-layout-settled', { layout, stopped }));
  }

  private isDark(): boolean {
    return this.theme === 'dark' || (this.theme !== 'light' && this.darkScheme.matches);
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
    // The arrow keys go on from the actor clicked: it is the selection now.
    this.cursor = null;
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (this.view) handleGraphKey(event, this.keyHost, this.view);
  };

  /** What the keyboard reads and drives (graph-keys.ts). */
  private readonly keyHost: KeyHost = {
    graph: () => this._graph,
    selection: () => this.selection,
    cursor: () => this.cursor,
    setCursor: (key) => (this.cursor = key),
    visibleNodes: () => this.state.visible?.nodes ?? null,
    hasPathQuery: () => Boolean(this.pathFrom || this.pathTo || this.pendingPathStart),
    hasFocus: () => this.focusState !== null,
    select: (key) => this.select(key),
    focusActor: (key) => this.focusActor(key),
    pickPathEnd: (key) => this.pickPathEnd(key),
    clearHighlight: () => this.clearHighlight(),
    clearFocus: () => this.clearFocus(),
    zoomIn: () => this.zoomIn(),
    zoomOut: () => this.zoomOut(),
    fit: () => this.fit(),
    say: (text) => (this.announcement = text),
  };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
