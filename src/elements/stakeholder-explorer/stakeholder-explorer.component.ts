/**
 * `<stakeholder-explorer>`: the full explorer around `<stakeholder-graph>`: search, layout and
 * zoom controls, a details panel with evidence, the path panel, the analysis panel (camps,
 * centrality, communities; explorer-analysis.ts), the source panel (the texts evidence cites,
 * which "Show source" in the details opens), and the relationships table with a summary as
 * the text alternative to the canvas, and "bring your own map": Open…, a drop or a paste loads
 * files into the graph (explorer-import.ts). It owns no graph state: the inner graph
 * element holds selection, filters, focus, layout and path. The explorer's state attributes are
 * bound to the graph's, and on each of the graph's events the explorer reads the graph's state
 * once and hands it to its parts through Lit context (explorer-context.ts); the parts send
 * requests back up as events.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import { isFiltered, type VisibleSet } from '../../graph/filter';
import type { Direction } from '../../graph/paths';
import type { Hops, Theme } from '../../graph/state-types';
import { resolveColorBy, resolveSizeBy, type ColorBy, type SizeBy } from '../../state/analysis-looks';
import { emit, type SgEventMap } from '../events';
import type { StakeholderGraph } from '../stakeholder-graph/stakeholder-graph.component';
import '../stakeholder-graph/stakeholder-graph';
import type { PathQueryDetail } from '../sg-path-panel/sg-path-panel.component';
import { stakeholderExplorerStyles } from './stakeholder-explorer.styles';
import { hostReset } from '../host-reset.styles';
import { EXPLORER_CONTROLS, TOOLBAR_CONTROLS, readControls, type ExplorerControl } from '../controls';
import type { DetailsRenderer } from '../sg-details/details-hook';
import { safeUrl } from '../../graph/safe-url';
import { explorerContext, type ExplorerRequest, type ExplorerState } from './explorer-context';
import { ExplorerImport } from './explorer-import';
import { ExplorerAnalysis } from './explorer-analysis';

/** The graph's events the explorer follows (they bubble out to the page as they are). */
const GRAPH_EVENTS: ReadonlyArray<keyof SgEventMap> = [
  'sg-load',
  'sg-select',
  'sg-filter',
  'sg-focus',
  'sg-layout',
  'sg-path',
  'sg-analysis',
  'sg-group',
  'sg-time',
  'sg-step',
];

/**
 * @summary The full explorer: search, filters (legend), layouts, details with evidence, focus,
 * and a relationships table, around a `<stakeholder-graph>`.
 *
 * @event sg-load - From the inner graph. `detail: {graph, format, mapping, warnings}`.
 * @event sg-error - From the inner graph. `detail: {message, problems}`.
 * @event sg-select - From the inner graph. `detail: {kind, key} | null`.
 * @event sg-filter - From the inner graph. `detail: {edgeTypes, statuses, nodeKinds}`.
 * @event sg-focus - From the inner graph. `detail: {key, hops} | null`.
 * @event sg-layout - From the inner graph. `detail: {layout}`.
 * @event sg-layout-settled - From the inner graph. `detail: {layout, stopped}`.
 * @event sg-path - From the inner graph. `detail: {from, to, paths, active}`.
 * @event sg-analysis - From the inner graph. `detail: {analysis, colorBy, sizeBy}`.
 * @event sg-group - From the inner graph. `detail: {groupBy, groups, expanded, collapsed}`.
 * @event sg-time - From the inner graph. `detail: {asOf, compare, undated, result}`.
 * @event sg-step - From the inner graph. `detail: {index, id}` (nulls when the story is left).
 * @event sg-show-source - From the details' "Show source": the Sources panel opens at those lines. `detail: {source, lines}`.
 *
 * @slot details - Content shown in place of the built-in details panel (listen to `sg-select` to follow the selection; `explorer.graphElement.graph` holds the data).
 *
 * @csspart toolbar - The search and controls row.
 * @csspart import-banner - After Open…, a drop or a paste: what was loaded and understood, with Undo and Dismiss.
 * @csspart drop-target - Over the graph while files are dragged over the explorer.
 * @csspart graph - The inner `<stakeholder-graph>`.
 * @csspart details - The details panel (the built-in one, `detailsRenderer`'s content or the `details` slot).
 * @csspart paths - The path panel section.
 * @csspart analysis - The analysis panel section.
 * @csspart sources - The source panel section: the sources' texts, the lines claims cite, provenance.
 * @csspart story - The story editor section: the steps, "Add this view as a step", Save story, Open story….
 * @csspart table - The relationships table section.
 *
 * @cssproperty --sg-graph-height - Height of the graph and details row. Default `560px`.
 * @cssproperty --sg-background - Background colour, here and in the graph. Default `#ffffff` (dark: `#0f172a`).
 * @cssproperty --sg-text - Text colour. Default `#1e293b` (dark: `#e2e8f0`).
 * @cssproperty --sg-muted - Secondary text colour. Default `#475569` (dark: `#94a3b8`).
 * @cssproperty --sg-panel - Background of the panels. Default `#f8fafc` (dark: `#1e293b`).
 * @cssproperty --sg-border - Borders. Default `#cbd5e1` (dark: `#334155`).
 * @cssproperty --sg-accent - Focus ring, buttons and links. Default `#1d4ed8` (dark: `#93c5fd`).
 * @cssproperty --sg-font - Font family. Default `system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif`.
 *
 * Custom properties set on the explorer or an ancestor also reach the graph inside (with
 * `--sg-edge-color-<type>` and the others of `<stakeholder-graph>`).
 *
 * @attr nonce - The global attribute, passed on to the inner graph (see `<stakeholder-graph>`).
 */
export class StakeholderExplorer extends LitElement {
  static override styles = [hostReset, stakeholderExplorerStyles];

  static override properties = {
    src: { type: String, reflect: true },
    data: { attribute: false },
    label: { type: String, reflect: true },
    theme: { type: String, reflect: true },
    controls: { type: String, reflect: true },
    detailsRenderer: { attribute: false },
    selected: { type: String, reflect: true },
    layout: { type: String, reflect: true },
    edgeTypes: { type: String, attribute: 'edge-types', reflect: true },
    statuses: { type: String, reflect: true },
    nodeKinds: { type: String, attribute: 'node-kinds', reflect: true },
    pathFrom: { type: String, attribute: 'path-from', reflect: true },
    pathTo: { type: String, attribute: 'path-to', reflect: true },
    pathTypes: { type: String, attribute: 'path-types', reflect: true },
    pathDirection: { type: String, attribute: 'path-direction', reflect: true },
    pathIndex: { type: Number, attribute: 'path-index', reflect: true },
    colorBy: { type: String, attribute: 'color-by', reflect: true },
    groupBy: { type: String, attribute: 'group-by', reflect: true },
    overviewThreshold: { type: Number, attribute: 'overview-threshold', reflect: true },
    sizeBy: { type: String, attribute: 'size-by', reflect: true },
    step: { reflect: true },
    hops: { state: true },
  };

  /** URL of the dataset to explore. */
  declare src: string | undefined;
  /** A dataset object, JSON text or graphology Graph, passed to the inner graph. */
  declare data: unknown;
  /** Accessible name of the graph. */
  declare label: string | undefined;
  /** `auto`, `light` or `dark`. */
  declare theme: Theme;
  /**
   * Space-separated parts of the UI to show: `search`, `layout`, `focus`, `zoom`, `theme`,
   * `open`, `export` (the toolbar's controls; `open` is Open… and Template, and loading files
   * dropped on the explorer or text pasted into it; `export` is Save data and Save image),
   * `legend` (on the graph, with its timeline), `details`, `paths`, `analysis`, `sources`,
   * `story` (the story editor, and the graph's Story button and step card), `table`. Absent shows
   * all; `""` shows the graph alone. Unknown tokens are ignored and reported with `sg-error`.
   */
  declare controls: string | null;
  /**
   * Renders the details of the selected actor in place of the built-in panel:
   * `(actor, {graph, registry, select}) => TemplateResult | Node | string | null`. Lit escapes
   * what it returns (strings are text); null keeps the built-in panel for that actor.
   */
  declare detailsRenderer: DetailsRenderer | null;
  /** As on `<stakeholder-graph>`: the same on the explorer and its graph, both ways (a click in the graph updates it). */
  declare selected: string | null;
  /** As on `<stakeholder-graph>`, both ways. */
  declare layout: string | null;
  /** As on `<stakeholder-graph>`, both ways. */
  declare edgeTypes: string | null;
  /** As on `<stakeholder-graph>`, both ways. */
  declare statuses: string | null;
  /** As on `<stakeholder-graph>`, both ways. */
  declare nodeKinds: string | null;
  /** As on `<stakeholder-graph>`, both ways. */
  declare pathFrom: string | null;
  /** As on `<stakeholder-graph>`, both ways. */
  declare pathTo: string | null;
  /** As on `<stakeholder-graph>`, both ways. */
  declare pathTypes: string | null;
  /** As on `<stakeholder-graph>`, both ways. */
  declare pathDirection: Direction | null;
  /** As on `<stakeholder-graph>`, both ways. */
  declare pathIndex: number | null;
  /** As on `<stakeholder-graph>` (`kind`, `camp`, `community`), both ways; null is `kind`. */
  declare colorBy: ColorBy | null;
  /** The inner graph's `group-by`: `none`, `data`, `kind`, `camp` or `community`; unset lets the graph decide (the overview above its threshold). */
  declare groupBy: string | null;
  /** The inner graph's `overview-threshold` (default 3,000 actors). */
  declare overviewThreshold: number | null;
  /** As on `<stakeholder-graph>` (`none`, `degree`, `betweenness`, `pagerank`), both ways; null is `none`. */
  declare sizeBy: SizeBy | null;
  /** As on `<stakeholder-graph>` (the story step shown, by id or index), both ways. */
  declare step: string | number | null;
  /** Hops the focus covers: the Focus control's value. */
  declare protected hops: Hops;

  private shown: ReadonlySet<ExplorerControl> = new Set(EXPLORER_CONTROLS);
  private readonly provider = new ContextProvider(this, { context: explorerContext });
  private readonly importer = new ExplorerImport(this, {
    enabled: () => this.shown.has('open'),
    changed: () => {
      this.requestUpdate();
      this.publish();
    },
  });
  private readonly analyses = new ExplorerAnalysis(
    () => this.publish(),
    (message) => emit(this, 'sg-error', { message, problems: [] }),
  );

  constructor() {
    super();
    this.theme = 'auto';
    this.controls = null;
    this.detailsRenderer = null;
    this.selected = null;
    this.layout = null;
    this.edgeTypes = null;
    this.statuses = null;
    this.nodeKinds = null;
    this.pathFrom = null;
    this.pathTo = null;
    this.pathTypes = null;
    this.pathDirection = null;
    this.pathIndex = null;
    this.colorBy = null;
    this.groupBy = null;
    this.overviewThreshold = null;
    this.sizeBy = null;
    this.step = null;
    this.hops = 1;
    for (const type of GRAPH_EVENTS) this.addEventListener(type, this.onGraphChange);
    this.addEventListener('sg-request', (event) => this.onRequest(event.detail));
  }

  /** The inner `<stakeholder-graph>`, for the full element API. */
  get graphElement(): StakeholderGraph | null {
    return this.renderRoot?.querySelector('stakeholder-graph') ?? null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('controls')) this.shown = readControls(this, this.controls, EXPLORER_CONTROLS);
    // Keep `data` flowing to the inner element even before the first render.
    if (changed.has('data') && this.graphElement && this.data !== undefined) this.graphElement.data = this.data as object;
  }

  protected override updated(changed: PropertyValues): void {
    // The explorer's own settings are part of what the parts are given.
    if (changed.has('controls') || changed.has('theme') || changed.has('hops') || !this.provider.value) this.publish();
  }

  protected override render() {
    const shown = this.shown;
    return html`
      ${TOOLBAR_CONTROLS.some((control) => shown.has(control)) ? html`<sg-toolbar></sg-toolbar>` : nothing}
      ${shown.has('open') ? html`<sg-import-banner></sg-import-banner>` : nothing}
      <div class="main ${shown.has('details') ? '' : 'alone'}">
        <stakeholder-graph
          part="graph"
          src=${this.src ?? ''}
          label=${this.label || nothing}
          focus-hops=${this.hops}
          theme=${this.theme}
          controls=${graphControls(shown)}
          selected=${this.selected ?? nothing}
          layout=${this.layout ?? nothing}
          edge-types=${this.edgeTypes ?? nothing}
          statuses=${this.statuses ?? nothing}
          node-kinds=${this.nodeKinds ?? nothing}
          path-from=${this.pathFrom ?? nothing}
          path-to=${this.pathTo ?? nothing}
          path-types=${this.pathTypes ?? nothing}
          path-direction=${this.pathDirection ?? nothing}
          path-index=${this.pathIndex ?? nothing}
          color-by=${this.colorBy ?? 'kind'}
          size-by=${this.sizeBy ?? 'none'}
          group-by=${this.groupBy ?? nothing}
          overview-threshold=${this.overviewThreshold ?? nothing}
          step=${this.step ?? nothing}
          .nonce=${this.nonce}
        ></stakeholder-graph>
        ${shown.has('details') ? this.renderDetails() : nothing}
        ${this.importer.dragging ? html`<sg-drop-target part="drop-target"></sg-drop-target>` : nothing}
      </div>
      ${
        shown.has('paths')
          ? html`<section class="paths" part="paths" aria-label="Paths">
              <sg-path-panel @sg-path-query=${this.onPathQuery} @sg-path-preview=${this.onPathPreview}></sg-path-panel>
            </section>`
          : nothing
      }
      ${
        shown.has('analysis')
          ? html`<section class="analysis" part="analysis" aria-label="Analysis"><sg-analysis-panel></sg-analysis-panel></section>`
          : nothing
      }
      ${
        shown.has('sources')
          ? html`<section class="sources" part="sources" aria-label="Sources">
              <sg-source-panel @sg-navigate=${this.onNavigate}></sg-source-panel>
            </section>`
          : nothing
      }
      ${shown.has('story') ? html`<section class="story" part="story" aria-label="Story"><sg-story-editor></sg-story-editor></section>` : nothing}
      ${
        shown.has('table')
          ? html`<section class="text-alternative" part="table" aria-label="Relationships as text">
              <sg-relationships @sg-navigate=${this.onNavigate}></sg-relationships>
            </section>`
          : nothing
      }
    `;
  }

  /** The details panel: the `details` slot's content, else the built-in one (with `detailsRenderer`). */
  private renderDetails() {
    return html`<aside part="details" aria-label="Details">
      <slot name="details">
        <sg-details .renderer=${this.detailsRenderer} @sg-navigate=${this.onNavigate}></sg-details>
      </slot>
    </aside>`;
  }

  protected override firstUpdated(): void {
    // The panels load on demand (see explorer-parts.ts); the registration module imports all but
    // the path panel up front, so only the embed bundle, which imports this class alone, defers them.
    void import('./explorer-parts');
    if (this.data !== undefined) this.graphElement!.data = this.data as object;
  }

  /**
   * The graph changed: its state attributes become the explorer's, and its state goes to the
   * parts. Its events fire once its update is done, but for `sg-load`, which fires as the data
   * arrives: wait for that update.
   */
  private readonly onGraphChange = (event: Event): void => {
    const graph = this.graphElement;
    // Seen on the host, the event's target is the host itself: the graph is where it started.
    if (!graph || event.composedPath()[0] !== graph) return;
    this.analyses.follow(event, graph);
    if (event.type === 'sg-load') void graph.updateComplete.then(() => this.followGraph(graph));
    else this.followGraph(graph);
  };

  private followGraph(graph: StakeholderGraph): void {
    this.selected = graph.selected;
    this.layout = graph.layout;
    this.edgeTypes = graph.edgeTypes;
    this.statuses = graph.statuses;
    this.nodeKinds = graph.nodeKinds;
    this.pathFrom = graph.pathFrom;
    this.pathTo = graph.pathTo;
    this.pathTypes = graph.pathTypes;
    this.pathDirection = graph.pathDirection;
    this.pathIndex = graph.pathFrom || graph.pathTo ? graph.pathIndex : null;
    // The defaults stay off the explorer's attributes, as the other state attributes' do.
    this.colorBy = resolveColorBy(graph.colorBy) === 'kind' ? null : graph.colorBy;
    this.sizeBy = resolveSizeBy(graph.sizeBy) === 'none' ? null : graph.sizeBy;
    this.groupBy = graph.groupBy || null;
    this.step = graph.step;
    if (graph.focused) this.hops = graph.focused.hops;
    this.publish();
  }

  /** Hands the graph's state and the explorer's settings to the parts. */
  private publish(): void {
    const graph = this.graphElement;
    const state: ExplorerState = {
      // The graph as of the date shown (the model when none is), so the panels honour the date.
      graph: graph?.shownGraph,
      registry: graph?.types,
      selection: graph?.selection ?? null,
      visible: this.visibleOf(graph),
      focus: graph?.focused ?? null,
      layout: graph?.currentLayout ?? '',
      pathQuery: graph?.pathQuery,
      pathResult: graph?.paths ?? null,
      shown: this.shown,
      hops: this.hops,
      theme: this.theme,
      imported: this.importer.report,
      analysis: this.analyses.analysis,
      analyzing: this.analyses.analyzing,
      colorBy: graph ? resolveColorBy(graph.colorBy) : 'kind',
      sizeBy: graph ? resolveSizeBy(graph.sizeBy) : 'none',
      groupBy: graph?.groupedBy ?? 'none',
      pathGroups: graph?.pathGroups.length ?? 0,
      // The dataset's URL when it came from `src`: not the page's `data`, nor what Open…, a drop or a paste loaded.
      sourceBase: (!graph?.data && !this.importer.report && safeUrl(this.src, document.baseURI)?.href) || document.baseURI,
      graphElement: graph,
    };
    this.provider.setValue(state);
  }

  /** What the filter shows, or null when it shows everything (so the summary reads "6 actors", not "6 of 6"). */
  private visibleOf(element: StakeholderGraph | null): VisibleSet | null {
    return element?.graph && isFiltered(element.filter) ? element.visibleElements : null;
  }

  private onRequest(request: ExplorerRequest): void {
    const graph = this.graphElement;
    if (!graph) return;
    switch (request.type) {
      case 'select':
        return graph.select(request.key);
      case 'focus':
        return graph.focusActor(request.key, request.hops);
      case 'clear-focus':
        return graph.clearFocus();
      case 'hops':
        return this.setHops(request.hops);
      case 'layout':
        graph.layout = request.id;
        return;
      case 'theme':
        this.theme = request.theme;
        return;
      case 'zoom':
        return request.to === 'in' ? graph.zoomIn() : request.to === 'out' ? graph.zoomOut() : graph.fit();
      case 'save':
      case 'template':
        return void this.save(request);
      case 'open':
        return void this.importer.load(request.files);
      case 'undo-import':
        void this.importer.undo();
        return this.focusOpen();
      case 'dismiss-import':
        this.importer.dismiss();
        return this.focusOpen();
      case 'analyze':
        return void this.analyses.run(graph);
      case 'color-by':
        graph.colorBy = request.value;
        return;
      case 'size-by':
        graph.sizeBy = request.value;
        return;
      case 'group-by':
        graph.groupBy = request.value;
        return;
      case 'open-path-groups':
        return graph.expandPathGroups();
      case 'set-story':
        graph.story = request.story;
        return;
      case 'step':
        graph.step = request.step;
        // "Show" in the Story panel, far below: the graph comes into view to show the step.
        if (request.step !== null) graph.scrollIntoView({ block: 'nearest' });
        return;
    }
  }

  /** The banner's button that had focus is gone: focus goes where the next import starts. */
  private focusOpen(): void {
    this.renderRoot.querySelector<HTMLElement>('sg-toolbar button.open')?.focus();
  }

  private readonly onNavigate = (event: CustomEvent<{ kind: 'node' | 'edge'; key: string }>): void => {
    this.graphElement?.select(event.detail.key);
  };

  private readonly onPathQuery = (event: CustomEvent<PathQueryDetail>): void => {
    this.graphElement?.setPathQuery(event.detail);
  };

  private readonly onPathPreview = (event: CustomEvent<{ index: number | null }>): void => {
    this.graphElement?.previewPath(event.detail.index);
  };

  /** Downloads (explorer-save.ts, loaded on first use); a failure is reported with `sg-error`. */
  private async save(request: Extract<ExplorerRequest, { type: 'save' | 'template' }>): Promise<void> {
    const element = this.graphElement;
    const root = this.renderRoot as ShadowRoot;
    const what = request.type === 'template' ? 'the template' : request.what === 'image' ? 'the image' : 'the data';
    try {
      const saving = await import('./explorer-save');
      if (request.type === 'template') await saving.saveTemplate(root);
      else if (!element) return;
      else if (request.what === 'data') await saving.saveData(element, request.format, root);
      else await saving.saveImage(element, request.format, this.shown.has('legend'), root);
    } catch (error) {
      const message = `Could not save ${what}: ${error instanceof Error ? error.message : String(error)}`;
      emit(this, 'sg-error', { message, problems: [] });
    }
  }

  private setHops(hops: Hops): void {
    this.hops = hops;
    const focus = this.graphElement?.focused;
    if (focus) this.graphElement?.focusActor(focus.key, hops);
  }
}

/** The inner graph's `controls`: its hints always, its legend and timeline with `legend`, its Story button and card with `story`. */
function graphControls(shown: ReadonlySet<ExplorerControl>): string | typeof nothing {
  if (shown.has('legend') && shown.has('story')) return nothing;
  return ['hints', ...(shown.has('legend') ? ['legend', 'timeline'] : []), ...(shown.has('story') ? ['story'] : [])].join(' ');
}

/** The graph's `color-by` and `size-by` as it applies them: an unknown value is the default. */
