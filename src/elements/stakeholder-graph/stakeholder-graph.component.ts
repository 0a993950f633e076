/**
 * `<stakeholder-graph>`: loads a dataset (from `src` or `data`), validates it, and draws it with
 * Cytoscape inside its shadow root. Selection, focus, filters, layout and theme are element
 * state: attributes, properties and methods all change the same state, and an event reports
 * every change whoever made it.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type Graph from 'graphology';
import type { Core } from 'cytoscape';
import type { SerializedGraph } from 'graphology-types';
import { loadDataset, type DatasetInput } from '../../graph/load';
import { DatasetError, type Problem } from '../../graph/problems';
import type { Limits } from '../../graph/limits';
import { resolveRegistry, nodeLabel, type Registry } from '../../graph/registry';
import { computeLegend, type Legend } from '../../graph/legend';
import { ALL, filterCounts, formatList, parseList, sameFilter, toggle, visibleSet, type Filter, type VisibleSet } from '../../graph/filter';
import { neighbourhood } from '../../graph/neighbourhood';
import { exportDataset } from '../../graph/export-dataset';
import { describeActor, describeEdgeText } from '../../graph/describe';
import type { Direction, Path, PathOptions, PathResult } from '../../graph/paths';
import { PathController, type HighlightOptions, type PathQuery } from './path-controller';
import { defaultLayoutId, findLayout } from '../../layout/layouts';
import {
  initialPositions,
  forcePositions,
  presetPositions,
  hasPresetPositions,
  spiralPositions,
  type Positions,
} from '../../layout/initial-positions';
import { startProgressiveLayout, type ProgressiveLayout } from '../../layout/progressive-layout';
import { GraphView, type ElementSet } from '../../view/graph-view';
import { DARK_CANVAS, LIGHT_CANVAS } from '../../view/cy-style';
import { emit, type SgSelectDetail, type SgFocusDetail } from '../events';
import { SourceLoader } from '../controllers/source-loader';
import { ResizeController } from '../controllers/resize-controller';
import { MediaController } from '../controllers/media-controller';
import { renderLegend, type Facet } from './legend-view';
import { isArrowKey, pickInDirection } from './spatial-neighbour';
import { stakeholderGraphStyles } from './stakeholder-graph.styles';
import { PageColors } from './page-colors';
import { LegendCollapse } from './legend-collapse';
import { recolor } from '../../view/recolor';
import { GRAPH_CONTROLS, readControls, type GraphControl } from '../controls';
import { hostReset } from '../host-reset.styles';

interface ShownError {
  /** What failed, in one line above the message. */
  title: string;
  message: string;
  problems: Problem[];
  /** Loading `src` failed: the banner offers Retry. */
  retry?: boolean;
}

export type { PathQuery, HighlightOptions } from './path-controller';

export type Theme = 'auto' | 'light' | 'dark';

/**
 * Above this many actors the force layout runs progressively in a worker instead of before the
 * first frame. A synchronous ForceAtlas2 costs about 0.1 s at 300 actors here and 0.8-1 s at
 * 1,000 (the generated benchmark graphs, in Node): above 300 the actors appear at once on a
 * spiral and move into place.
 */
export const SYNC_FORCE_LIMIT = 300;
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
    controls: { type: String, reflect: true },
    pathFrom: { type: String, attribute: 'path-from', reflect: true },
    pathTo: { type: String, attribute: 'path-to', reflect: true },
    pathTypes: { type: String, attribute: 'path-types', reflect: true },
    pathDirection: { type: String, attribute: 'path-direction', reflect: true },
    pathIndex: { type: Number, attribute: 'path-index', reflect: true },
    focusState: { state: true },
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
  /** Space-separated parts of the element's own UI to show: `legend`, `hints`. Absent shows both; unknown tokens are ignored and reported with `sg-error`. */
  declare controls: string | null;
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
  private readonly pageColors = new PageColors(this);
  private readonly legendCollapse = new LegendCollapse(this);
  private readonly pathState = new PathController(this, {
    fail: (message, problems, title) => this.fail(message, problems, title),
    say: (text) => (this.announcement = text),
    hint: (text) => this.showHint(text),
  });
  private shownControls: ReadonlySet<GraphControl> = new Set(GRAPH_CONTROLS);

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
    this.controls = null;
    this.pathFrom = null;
    this.pathTo = null;
    this.pathTypes = null;
    this.pathDirection = null;
    this.pathIndex = 0;
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
   * Focuses an actor: it and its neighbours within `hops` stay bright, the rest dims. (`focus()`
   * stays HTMLElement's own, moving keyboard focus.)
   */
  focusActor(key: string, hops: Hops = this.hops === 2 ? 2 : 1): void {
    this.focusState = { key, hops };
    this.selected = key;
  }

  /**
   * Reads the page's colour custom properties (`--sg-edge-color-<type>`, `--sg-node-color-<kind>`)
   * again and redraws with them. The element reads them itself when a dataset loads and when its
   * theme switches; call this after changing them at any other time.
   */
  refreshTheme(): void {
    const registry = this.pageColors.refresh();
    if (!registry) return;
    this.registry = registry;
    if (this.view) recolor(this.view.cy, registry);
    this.requestUpdate();
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

  /**
   * The graph shown, in the data format, to save and load again (see `exportFileName` for a file
   * name): only what the filter shows unless `all`, with each actor's position on screen as its
   * `x`/`y` unless `positions: false` (loaded again, "From the data" restores the arrangement).
   * Null before a load.
   */
  exportData(options: { all?: boolean; positions?: boolean } = {}): SerializedGraph | null {
    if (!this._graph) return null;
    return exportDataset(this._graph, {
      only: options.all ? null : this.visible,
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
    const background = getComputedStyle(this).backgroundColor;
    return exportPng(cy, { ...options, ...(isOpaque(background) ? { background } : {}) });
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
    return this.pathState.find(from, to, options).paths;
  }

  /**
   * Highlights the shortest path from `from` to `to` (or the one at `options.index`) and returns
   * it, or null when none exists; the attributes `path-from`, `path-to`, `path-types`,
   * `path-direction` and `path-index` follow.
   */
  highlightPath(from: string, to: string, options: HighlightOptions = {}): Path | null {
    return this.pathState.highlight(from, to, options);
  }

  /**
   * Sets the whole path query at once (as the path panel does): ends may be null while the user
   * is still picking. Unknown keys are reported with `sg-error`, not thrown.
   */
  setPathQuery(query: Partial<PathQuery>): void {
    this.pathState.setQuery(query);
  }

  /** Removes the path highlight. */
  clearHighlight(): void {
    this.pathState.clear();
  }

  /** Shows path `index` of the current result without making it the highlighted one (null ends the preview). */
  previewPath(index: number | null): void {
    this.pathState.setPreview(index);
  }

  /** The path query in effect: the path attributes plus the options given to `highlightPath`. */
  get pathQuery(): PathQuery {
    return this.pathState.query;
  }

  /** The paths found for the current `path-from` / `path-to`, or null when none is set. */
  get paths(): PathResult | null {
    return this.pathState.result;
  }

  /** The path shown: the preview, else the highlighted one. */
  get activePath(): Path | null {
    return this.pathState.shown;
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
    if (changed.has('controls')) this.shownControls = readControls(this, this.controls, GRAPH_CONTROLS);
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
    this.pathState.update(this.loadedNewGraph || this.filterChanged);
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
    if (this.pageColors.themeSwitched(this.isDark())) this.refreshTheme();
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
        Arrow keys move between an actor and its neighbours; Enter selects, Enter again focuses; Shift+Enter on two actors shows the paths
        between them; Escape clears; plus and minus zoom; 0 fits.
      </p>
      ${this.legend && this.registry && this.shownControls.has('legend') ? this.renderLegendPanel() : nothing}
      ${this.hint && this.shownControls.has('hints') ? html`<div class="hint" role="note">${this.hint}</div>` : nothing}
      ${this.loading ? html`<div class="status" role="status">Loading…</div>` : nothing}
      ${this.error ? this.renderError(this.error) : nothing}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">
        ${
          this.pathState.announcement
            ? html`<p>${this.pathState.announcement.intro}</p>
                <ol>
                  ${this.pathState.announcement.hops.map((hop) => html`<li>${hop}</li>`)}
                </ol>`
            : this.announcement
        }
      </div>
    `;
  }

  private renderLegendPanel() {
    const graph = this._graph!;
    const counts = filterCounts(graph, this.filter);
    const visibleOf = (map: Map<string, { visible: number; total: number }>) =>
      new Map([...map].map(([key, value]) => [key, value.visible]));
    return renderLegend({
      legend: this.legend!,
      registry: this.registry!,
      shown: this.filter,
      visibleCounts: {
        edgeTypes: visibleOf(counts.edgeTypes),
        statuses: visibleOf(counts.statuses),
        nodeKinds: visibleOf(counts.nodeKinds),
      },
      onToggle: (facet, key) => this.toggleFilter(facet, key),
      onReset: () => this.resetFilter(),
      collapsed: this.legendCollapse.collapsed,
      onCollapse: () => this.legendCollapse.toggle(),
    });
  }

  private renderError(error: ShownError) {
    return html`<div class="error" part="error" role="alert">
      <p>${error.title}</p>
      <div class="message">${error.message}</div>
      ${
        error.problems.length > 1
          ? html`<ul>
              ${error.problems.map((problem) => html`<li><code>${problem.path}</code>: ${problem.message}</li>`)}
            </ul>`
          : nothing
      }
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
    const registry = this.pageColors.load(resolveRegistry(graph));
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
      onDoubleTap: (key, { shiftKey }) => !shiftKey && this.focusActor(key),
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
    this.pathState.emitChange();
  }

  private announce(selection: SgSelectDetail): void {
    this.pathState.announcement = null;
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
      this.pathState.pickEnd(target.key);
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
      if (event.shiftKey) this.pathState.pickEnd(key);
      else if (this.selected === key) this.focusActor(key);
      else this.select(key);
    } else if (event.key === 'Escape') {
      if (this.pathState.active) this.clearHighlight();
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

/** False for `transparent` and colours with zero alpha (a computed background nobody set). */
function isOpaque(colour: string): boolean {
  return colour !== '' && colour !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(colour);
}
