/**
 * `<stakeholder-graph>`: shows a dataset (read from `src`, `data` or `load()`: graph-reading.ts),
 * validated, drawn with Cytoscape inside its shadow root. Its state is its attributes and a few properties; on every
 * update it derives the view state from them and the model (src/state/view-state.ts), brings
 * the view in line with what changed, and fires one event per changed part (state-events.ts).
 */
import { html, nothing, type PropertyValues } from 'lit';
import type Graph from 'graphology';
import type { Core } from 'cytoscape';
import { graphFromPlan, loadDataset } from '../../graph/load';
import { sameFilter } from '../../graph/filter';
import { resolveRegistry, type Registry } from '../../graph/registry';
import { computeLegend } from '../../graph/legend';
import { resolveLayout, changedParts, type ViewState } from '../../state/view-state';
import { pathAnnouncement, selectionAnnouncement } from '../../state/announcements';
import { GraphView } from '../../view/graph-view';
import { prepareWebgl, webglReady } from '../../view/webgl';
import { chooseRenderer, gpuRenderer, WEBGL_MIN_ELEMENTS } from '../../view/renderer-choice';
import { recolor } from '../../view/recolor';
import { emit } from '../events';
import { ResizeController } from '../controllers/resize-controller';
import { MediaController } from '../controllers/media-controller';
import { GRAPH_CONTROLS, readControls, type GraphControl } from '../controls';
import { hostReset } from '../host-reset.styles';
import { renderLegend, visibleCounts } from './legend-view';
import { stakeholderGraphStyles } from './stakeholder-graph.styles';
import { PageColors, readCanvasTheme } from './page-colors';
import { LegendCollapse } from './legend-collapse';
import { keepActorsClear } from './legend-clearance';
import { LayoutRunner } from './layout-runner';
import { handleGraphKey, type KeyHost } from './graph-keys';
import { emitStateEvents } from './state-events';
import { GraphReading, errorText } from './graph-reading';
import { GroupDrawing } from './group-drawing';
import { effectiveGroupBy, opensCollapsed } from './graph-groupings';
import { groupAnnouncement, overviewHint } from './group-announcements';
import type { ReadInput } from './graph-loading';
import { placeTieTip, renderError, renderLiveRegion, renderTieTip, tieTipFor } from './graph-template';

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
 * @event sg-analysis - An analysis ran (`analyze()`, or `color-by` / `size-by` asking for one), or what colours and sizes the actors changed. `detail: {analysis, colorBy, sizeBy}`.
 * @event sg-group - The grouping drawn changed (`group-by`, or groups opened or closed). `detail: {groupBy, groups, expanded, collapsed}`.
 * @event sg-step - The story's step shown changed (`step`, `next()`, `previous()`, the card, the page's sections under `story-scroll`). `detail: {index, id}`, both null when the story was left.
 * @event sg-path - The highlighted path changed. `detail: {from, to, paths, active}` (`paths` empty when none exists, `active` the path shown or null).
 *
 * @csspart canvas - The Cytoscape container (focusable; arrow keys move between actors).
 * @csspart legend - The legend of relationship types, statuses and actor kinds, which filters.
 * @csspart error - The error banner.
 * @csspart story - The story's step card: title, text, the claims it cites with their lines, "2 / 6", Previous, Next, Close.
 * @csspart story-start - The Story button that starts the story (shown while a story exists and no step is shown).
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
export class StakeholderGraph extends GraphReading {
  static override styles = [hostReset, stakeholderGraphStyles];

  /** The state the view draws and the events last reported; the next update is diffed against it. */
  private shown: ViewState | null = null;
  private shownControls: ReadonlySet<GraphControl> = new Set(GRAPH_CONTROLS);

  private readonly resizer = new ResizeController(this, () => this.view?.resize());
  private readonly darkScheme = new MediaController(this, '(prefers-color-scheme: dark)');
  private readonly reducedMotion = new MediaController(this, '(prefers-reduced-motion: reduce)');
  private readonly pageColors = new PageColors(this);
  private readonly legendCollapse = new LegendCollapse(this);
  private readonly layouts = new LayoutRunner((layout, stopped) => this.settled(layout, stopped));
  private readonly groupDrawing = new GroupDrawing(() => this.requestUpdate());
  /** A grouping is being computed (camps or communities): says so while the overview waits for it. */
  private groupingBusy = false;
  /** The graph the view draws (a new one as of another date is drawn by `updateGraph`). */
  private drawnGraph?: Graph;
  private countsFor?: { graph: Graph; filter: ViewState['filter']; counts: ReturnType<typeof visibleCounts> };
  /** The model whose first sight was arranged (revealActors). */
  private revealedModel?: Graph;

  // ---- public API: reading the state ------------------------------------------------------

  /** The Cytoscape core drawing the graph, for power users (undefined while disconnected). */
  get cy(): Core | undefined {
    return this.view?.cy;
  }

  /** Whether a progressive layout is still refining the positions. */
  get layoutRunning(): boolean {
    return this.layouts.running;
  }

  // ---- public API: changing the state -----------------------------------------------------

  /** Selects an actor or relationship by key (null clears) and brings it into view. */
  select(key: string | null): void {
    this.selected = key;
    if (key !== null) void this.updateComplete.then(() => this.view?.centerOn(key));
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
    // Camp and community colours have a value per theme too.
    if (this.groupLegend) this.refreshAnalysis();
    this.requestUpdate();
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
    this.readChanged(changed);
    // A story step sets the state this update derives, for the model just shown (story-model.ts).
    this.storyUpdated(changed);
    // The graph shown follows the time settings (time-model.ts); the groups, the model.
    if (this._model) this._graph = this.shownGraphOf(this._model);
    this.groupingBusy = this.askGrouping(this._model, this.registry);
    this.openGroupsInUse();
    const before = this.shown;
    const after = this.derive(this.stateInputs(this._graph, this.registry));
    this.state = after;
    if (!after.graph || !this.registry) return;
    // The live region: a new selection is described; a new path (or preview) is read hop by hop.
    const parts = changedParts(before, after);
    const groups = parts.has('group') && before?.graph === after.graph ? groupAnnouncement(before.groups, after.groups) : '';
    if (groups) this.announcement = groups;
    if (parts.has('select')) this.announcement = `${groups} ${selectionAnnouncement(after.graph, this.registry, after.selection)}`.trim();
    else if (parts.has('path') || before?.path.shown !== after.path.shown) {
      const path = pathAnnouncement(after.graph, this.registry, after.path, this.preview);
      if (path) this.announcement = path;
    }
    if (TIME_ATTRIBUTES.some((name) => changed.has(name)) && before?.graph !== after.graph) this.announcement = this.timeAnnouncement();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('renderer') && changed.get('renderer') !== undefined) this.dropView();
    const before = this.shown;
    const after = this.state;
    if (this.view) this.syncView(before, after);
    else this.ensureView();
    if (this.revealedModel !== this._model) {
      this.revealedModel = this._model;
      this.revealActors();
    }
    if (TIME_ATTRIBUTES.some((name) => changed.has(name)) && this._model) this.emitTime();
    if (this.pageColors.themeSwitched(this.isDark())) this.refreshTheme();
    this.shown = after;
    if (after.path.error && after.path.error.message !== before?.path.error?.message) {
      const { field, message } = after.path.error;
      this.fail(`Path not shown: ${message}`, [{ path: field, message }], 'Could not find paths.');
    }
    emitStateEvents(this, before, after);
    placeTieTip(this.renderRoot, this.tieTip());
    const analysisAsked =
      changed.has('colorBy') ||
      changed.has('sizeBy') ||
      !before ||
      before.graph !== after.graph ||
      !sameFilter(before.filter, after.filter);
    const shown = this.colorBy !== 'kind' || this.sizeBy !== 'none';
    if (analysisAsked && (shown || changed.get('colorBy') || changed.get('sizeBy'))) this.refreshAnalysis();
  }

  // ---- rendering --------------------------------------------------------------------------

  protected override render() {
    const name = this.label ?? (this._graph?.getAttribute('title') as string | undefined) ?? 'Stakeholder graph';
    return html`
      <div
        class="canvas ${this.timelineShown && this.shownControls.has('timeline') ? 'with-timeline' : ''}"
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
      ${this.renderTime(this.shownControls.has('timeline'))} ${this.renderStory(this.shownControls.has('story'))}
      ${
        this._graph && this.legend && this.registry && this.shownControls.has('legend')
          ? renderLegend({
              legend: this.legend,
              registry: this.registry,
              shown: this.state.filter,
              visibleCounts: this.legendCounts(this._graph),
              onToggle: (facet, key) => this.toggleFilter(facet, key),
              onReset: () => this.resetFilter(),
              collapsed: this.legendCollapse.collapsed,
              onCollapse: () => this.legendCollapse.toggle(),
              groups: this.groupLegend,
              grouping: this.grouping
                ? {
                    by: this.grouping.by,
                    actors: this._graph.order,
                    groups: this.groups,
                    onToggle: (key, collapsed) => (collapsed ? this.expandGroup(key) : this.collapseGroup(key)),
                    onAll: (collapse) => (collapse ? this.collapseAll() : this.expandAll()),
                  }
                : null,
            })
          : nothing
      }
      ${this.hint && this.shownControls.has('hints') ? html`<div class="hint" role="note">${this.hint}</div>` : nothing}
      ${this.loading ? html`<div class="status" role="status">Loading…</div>` : nothing}
      ${
        !this.loading && this.groupingBusy && this._graph && !this.grouping
          ? html`<div class="status" role="status">Grouping ${this._graph.order.toLocaleString('en')} actors…</div>`
          : nothing
      }
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

  // ---- loading (reading is graph-reading.ts's) --------------------------------------------

  /** Validates and builds a new graph; swaps it in only when everything succeeded. Throws what it reported. */
  protected show(read: ReadInput, fromSrc = false): Graph {
    let graph: Graph;
    try {
      graph = read.graph ?? (read.plan ? graphFromPlan(read.plan) : loadDataset(read.data, { limits: this.limits }));
    } catch (error) {
      throw this.failLoad(error, fromSrc);
    }
    const registry = this.pageColors.load(resolveRegistry(graph), this.isDark());
    this.takeModel(graph);
    const shown = this.shownGraphOf(graph);
    // `renderer="auto"`: a big graph on a hardware GPU is drawn by a WebGL view (built once it is shown).
    if (this.view && this.view.renderer !== this.rendererFor(graph)) this.dropView();
    if (this.view) {
      try {
        this.drawGraph(this.view, shown, registry);
      } catch (error) {
        throw this.failLoad(new Error(`Could not draw the data: ${errorText(error)}`), fromSrc);
      }
    }
    this._model = graph;
    this._graph = shown;
    this.registry = registry;
    this.legend = computeLegend(graph, registry);
    this.error = undefined;
    this.cursor = null;
    this.pendingPathStart = null;
    this.hoveredEdge = null;
    // Listeners of sg-load read the new graph's state (visibleElements, findPaths, exportData).
    this.state = this.derive(this.stateInputs(shown, registry));
    this.requestUpdate();
    const mapping = read.mapping || `${graph.order} actors, ${graph.size} relationships (${read.format.toUpperCase()})`;
    emit(this, 'sg-load', { graph, format: read.format, mapping, warnings: read.warnings });
    return graph;
  }

  // ---- the view ---------------------------------------------------------------------------

  /** Creates the Cytoscape view once the container exists and the element is in a document. */
  private ensureView(): void {
    if (this.view || !this.isConnected) return;
    const container = this.renderRoot.querySelector<HTMLElement>('.canvas');
    if (!container) return;
    const renderer = this.rendererFor(this._graph);
    if (renderer === 'webgl' && !webglReady()) {
      prepareWebgl().then(
        () => this.ensureView(),
        (error: unknown) => this.fail(`Could not start the WebGL renderer: ${errorText(error)}`, [], 'Drawing failed.'),
      );
      return;
    }
    this.view = new GraphView(container, {
      theme: readCanvasTheme(this, this.isDark()),
      // The global `nonce` attribute: read through the property, which browsers keep after hiding the attribute.
      nonce: this.nonce || undefined,
      renderer,
      onTap: (target, { shiftKey }) => this.onTap(target, shiftKey),
      onOpenGroup: (key) => this.expandGroup(key),
      onZoomIntoGroups: (keys) => {
        if (this.semanticZoom === 'off') return;
        for (const key of keys) this.expandGroup(key);
      },
      // Two quick Shift-clicks pick a path's ends; they are not a double-click.
      onDoubleTap: (key, { shiftKey }) => !shiftKey && this.focusActor(key),
      onWheelHint: () => this.showHint('To zoom, hold Ctrl (⌘ on Mac) while scrolling, or click the graph first.'),
      onHoverEdge: (hover) => (this.hoveredEdge = hover),
    });
    this.view.animate = !this.reducedMotion.matches;
    this.resizer.observe(container);
    if (this._graph && this.registry) {
      this.drawGraph(this.view, this._graph, this.registry);
      this.syncView(null, this.state);
      // A new view starts without the analysis looks the attributes ask for.
      if (this.colorBy !== 'kind' || this.sizeBy !== 'none') this.refreshAnalysis();
    }
  }

  /**
   * Draws a new graph: actor by actor with its layout, or (a big graph that opens grouped) nothing
   * until its grouping arrives, then the overview (group-drawing.ts).
   */
  private drawGraph(view: GraphView, graph: Graph, registry: Registry): void {
    if (effectiveGroupBy(graph, this.groupBy, this.threshold) !== 'none' && opensCollapsed(graph, this.threshold)) {
      this.layouts.stop(true);
      this.groupDrawing.wait(view);
      this.drawnGraph = graph;
      return;
    }
    this.groupDrawing.drawnFlat();
    this.layouts.draw(view, graph, registry, resolveLayout(graph, this.layout));
    this.drawnGraph = graph;
  }

  /** Brings the drawn groups in line with the state; a new overview settles its layout at once. */
  private syncGroups(view: GraphView, graph: Graph, registry: Registry, after: ViewState): void {
    const drawn = this.groupDrawing.sync(view, graph, registry, after.groups);
    if (drawn === 'flat') this.layouts.draw(view, graph, registry, resolveLayout(graph, this.layout));
    if (drawn === 'flat' || drawn === 'overview') this.drawnGraph = graph;
    if (drawn !== 'overview') return;
    const layout = resolveLayout(graph, this.layout);
    this.layouts.drawnAs(layout);
    this.settled(layout, false);
    this.showHint(overviewHint(graph, after.groups));
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
    if (!view || !after.graph || !this.registry) return;
    this.syncGroups(view, after.graph, this.registry, after);
    // The same actors as of another date: the claims that differ come and go, nothing moves.
    if (this.drawnGraph !== after.graph) {
      view.updateGraph(after.graph, this.registry);
      this.drawnGraph = after.graph;
    }
    if (before?.graph !== after.graph || before.visible !== after.visible) view.setVisible(after.visible);
    // A graph is drawn with the layout asked for when it loaded; the hash may ask for another since.
    if (after.layout && after.layout !== this.layouts.layout && this.layouts.layout !== null) this.runLayout(after.layout);
    view.setSelected(after.selection?.key ?? null);
    view.setCursor(this.cursor);
    view.setPath(after.path.shown);
    view.setEmphasis(after.emphasis);
    view.animate = !this.reducedMotion.matches;
    view.semanticZoom = this.semanticZoom !== 'off';
  }

  /** The legend's counts, computed again only when the graph shown or the filter changed (a pass over every element). */
  private legendCounts(graph: Graph): ReturnType<typeof visibleCounts> {
    const filter = this.state.filter;
    const cached = this.countsFor;
    if (cached?.graph === graph && sameFilter(cached.filter, filter)) return cached.counts;
    const counts = visibleCounts(graph, filter);
    this.countsFor = { graph, filter, counts };
    return counts;
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
    // The overview has no layout of every actor: its force layout lays the groups out again.
    if (layout === 'force' && this.groupDrawing.isOverview) {
      this.groupDrawing.relayout(this.view!, this._graph!, this.registry!);
      this.layouts.drawnAs(layout);
      this.settled(layout, false);
      return;
    }
    this.layouts.run(this.view!, this._graph!, layout, selection?.kind === 'node' ? selection.key : undefined);
  }

  /** Fires sg-layout-settled once the current update is done. */
  private settled(layout: string, stopped: boolean): void {
    void this.updateComplete.then(() => emit(this, 'sg-layout-settled', { layout, stopped }));
  }

  /** The renderer `renderer` asks for a graph (renderer-choice.ts); the GPU is read only when it matters. */
  private rendererFor(graph: Graph | undefined): 'canvas' | 'webgl' {
    const elements = graph ? graph.order + graph.size : 0;
    const asked = this.renderer === 'canvas' || this.renderer === 'webgl' ? this.renderer : 'auto';
    return chooseRenderer(asked, elements, asked === 'auto' && elements >= WEBGL_MIN_ELEMENTS ? gpuRenderer() : null);
  }

  protected isDark(): boolean {
    return this.theme === 'dark' || (this.theme !== 'light' && this.darkScheme.matches);
  }

  // ---- gestures and keys ------------------------------------------------------------------

  private onTap(target: { kind: 'node' | 'edge' | 'group'; key: string } | null, shiftKey: boolean): void {
    if (target?.kind === 'group') {
      this.groupCursor = target.key;
      const group = this.grouping?.groups.get(target.key);
      if (group) this.announcement = `${group.label}, ${group.members.length.toLocaleString('en')} actors. Enter or double-click opens it.`;
      return;
    }
    this.groupCursor = null;
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
    openGroupAtCursor: () => {
      const key = this.groupCursor;
      if (key === null || !this.collapsedGroups.has(key)) return false;
      this.expandGroup(key);
      this.groupCursor = null;
      return true;
    },
  };
}

/** The attributes that choose the date shown. */
const TIME_ATTRIBUTES = ['asOf', 'compareRange', 'undated', 'ended'] as const;
