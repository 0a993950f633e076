/**
 * `<stakeholder-explorer>`: the full explorer around `<stakeholder-graph>`: search, layout and
 * zoom controls, a details panel with evidence, and the relationships table with a summary as
 * the text alternative to the canvas. It owns no graph state of its own: the inner graph element
 * holds selection, filters, focus and layout, and the panels follow its events.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type Graph from 'graphology';
import type { Registry } from '../../graph/registry';
import { isFiltered, visibleSet, type VisibleSet } from '../../graph/filter';
import { emit, type SgSelectDetail, type SgFocusDetail } from '../events';
import { exportFileName } from '../../graph/export-dataset';
import { downloadBlob } from '../download';
import type { StakeholderGraph, Theme } from '../stakeholder-graph/stakeholder-graph.component';
import '../stakeholder-graph/stakeholder-graph';
import type { PathQuery } from '../stakeholder-graph/stakeholder-graph.component';
import type { PathQueryDetail } from '../sg-path-panel/sg-path-panel.component';
import type { PathResult } from '../../graph/paths';
import { stakeholderExplorerStyles } from './stakeholder-explorer.styles';
import { hostReset } from '../host-reset.styles';
import { EXPLORER_CONTROLS, TOOLBAR_CONTROLS, readControls, type ExplorerControl } from '../controls';
import type { DetailsRenderer } from '../sg-details/details-hook';
import { AttributeMirror } from './attribute-mirror';

/**
 * @summary The full explorer: search, filters (legend), layouts, details with evidence, focus,
 * and a relationships table, around a `<stakeholder-graph>`.
 *
 * @event sg-load - From the inner graph. `detail: {graph}`.
 * @event sg-error - From the inner graph. `detail: {message, problems}`.
 * @event sg-select - From the inner graph. `detail: {kind, key} | null`.
 * @event sg-filter - From the inner graph. `detail: {edgeTypes, statuses, nodeKinds}`.
 * @event sg-focus - From the inner graph. `detail: {key, hops} | null`.
 *
 * @slot details - Content shown in place of the built-in details panel (listen to `sg-select` to follow the selection; `explorer.graphElement.graph` holds the data).
 *
 * @csspart toolbar - The search and controls row.
 * @csspart graph - The inner `<stakeholder-graph>`.
 * @csspart details - The details panel (the built-in one, `detailsRenderer`'s content or the `details` slot).
 * @csspart paths - The path panel section.
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
 * @attr selected - As on `<stakeholder-graph>`: kept the same on the explorer and its graph, both ways (a click in the graph updates it).
 * @attr layout - As on `<stakeholder-graph>`, mirrored both ways.
 * @attr edge-types - As on `<stakeholder-graph>`, mirrored both ways.
 * @attr statuses - As on `<stakeholder-graph>`, mirrored both ways.
 * @attr node-kinds - As on `<stakeholder-graph>`, mirrored both ways.
 * @attr path-from - As on `<stakeholder-graph>`, mirrored both ways.
 * @attr path-to - As on `<stakeholder-graph>`, mirrored both ways.
 * @attr path-types - As on `<stakeholder-graph>`, mirrored both ways.
 * @attr path-direction - As on `<stakeholder-graph>`, mirrored both ways.
 * @attr path-index - As on `<stakeholder-graph>`, mirrored both ways.
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
    graph: { state: true },
    registry: { state: true },
    selection: { state: true },
    visible: { state: true },
    focusState: { state: true },
    layoutShown: { state: true },
    hops: { state: true },
    pathQuery: { state: true },
    pathResult: { state: true },
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
   * `export` (the toolbar's controls; `export` is Save image and Save data), `legend` (on the graph), `details`, `paths`, `table`. Absent shows all;
   * `""` shows the graph alone. Unknown tokens are ignored and reported with `sg-error`.
   */
  declare controls: string | null;
  /**
   * Renders the details of the selected actor in place of the built-in panel:
   * `(actor, {graph, registry, select}) => TemplateResult | Node | string | null`. Lit escapes
   * what it returns (strings are text); null keeps the built-in panel for that actor.
   */
  declare detailsRenderer: DetailsRenderer | null;
  declare protected graph: Graph | undefined;
  declare protected registry: Registry | undefined;
  declare protected selection: SgSelectDetail;
  declare protected visible: VisibleSet | null;
  declare protected focusState: SgFocusDetail;
  declare protected layoutShown: string;
  declare protected pathQuery: PathQuery | undefined;
  declare protected pathResult: PathResult | null;
  /** Hops the focus covers: the Focus control's value. */
  declare protected hops: 1 | 2;

  constructor() {
    super();
    this.theme = 'auto';
    this.controls = null;
    this.detailsRenderer = null;
    this.selection = null;
    this.visible = null;
    this.focusState = null;
    this.layoutShown = '';
    this.hops = 1;
    this.pathResult = null;
  }

  /** The inner `<stakeholder-graph>`, for the full element API. */
  get graphElement(): StakeholderGraph | null {
    return this.renderRoot?.querySelector('stakeholder-graph') ?? null;
  }

  private shown: ReadonlySet<ExplorerControl> = new Set(EXPLORER_CONTROLS);
  private readonly mirror = new AttributeMirror(this, () => this.graphElement);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('controls')) this.shown = readControls(this, this.controls, EXPLORER_CONTROLS);
    // Keep `data` flowing to the inner element even before the first render.
    if (changed.has('data') && this.graphElement && this.data !== undefined) this.graphElement.data = this.data as object;
  }

  protected override render() {
    const graph = this.graph;
    const shown = this.shown;
    return html`
      ${
        TOOLBAR_CONTROLS.some((control) => shown.has(control))
          ? html`<sg-toolbar
              .state=${{
                shown,
                graph,
                layout: this.layoutShown,
                hops: this.hops,
                theme: this.theme,
                selectedNode: this.selection?.kind === 'node' ? this.selection.key : null,
                focused: this.focusState !== null,
                graphElement: () => this.graphElement,
                setLayout: (id: string) => this.setLayout(id),
                setHops: (hops: 1 | 2) => this.setHops(hops),
                setTheme: (theme: Theme) => (this.theme = theme),
                saveImage: () => void this.saveImage(),
                saveData: () => this.saveData(),
              }}
            ></sg-toolbar>`
          : nothing
      }
      <div class="main ${shown.has('details') ? '' : 'alone'}">
        <stakeholder-graph
          part="graph"
          src=${this.src ?? ''}
          label=${this.label || nothing}
          focus-hops=${this.hops}
          theme=${this.theme}
          controls=${shown.has('legend') ? nothing : 'hints'}
          .nonce=${this.nonce}
          @sg-load=${this.onLoad}
          @sg-select=${(event: CustomEvent<SgSelectDetail>) => (this.selection = event.detail)}
          @sg-filter=${() => (this.visible = this.visibleOf(this.graphElement, true))}
          @sg-focus=${this.onFocus}
          @sg-layout=${(event: CustomEvent<{ layout: string }>) => (this.layoutShown = event.detail.layout)}
          @sg-path=${this.syncPath}
        ></stakeholder-graph>
        ${shown.has('details') ? this.renderDetails() : nothing}
      </div>
      ${
        shown.has('paths')
          ? html`<section class="paths" part="paths" aria-label="Paths">
              <sg-path-panel
                .graph=${graph}
                .registry=${this.registry}
                .query=${this.pathQuery}
                .result=${this.pathResult}
                @sg-path-query=${this.onPathQuery}
                @sg-path-preview=${(event: CustomEvent<{ index: number | null }>) => this.graphElement?.previewPath(event.detail.index)}
              ></sg-path-panel>
            </section>`
          : nothing
      }
      ${
        shown.has('table')
          ? html`<section class="text-alternative" part="table" aria-label="Relationships as text">
              <sg-relationships
                .graph=${graph}
                .registry=${this.registry}
                .selection=${this.selection}
                .visible=${this.visible}
                @sg-navigate=${this.onNavigate}
              ></sg-relationships>
            </section>`
          : nothing
      }
    `;
  }

  /** The details panel: the `details` slot's content, else the built-in one (with `detailsRenderer`). */
  private renderDetails() {
    return html`<aside part="details" aria-label="Details">
      <slot name="details">
        <sg-details
          .graph=${this.graph}
          .registry=${this.registry}
          .selection=${this.selection}
          .visible=${this.visible}
          .renderer=${this.detailsRenderer}
          @sg-navigate=${this.onNavigate}
        ></sg-details>
      </slot>
    </aside>`;
  }

  protected override firstUpdated(): void {
    // The panels load on demand (see explorer-parts.ts); the registration module imports all but
    // the path panel up front, so only the embed bundle, which imports this class alone, defers them.
    void import('./explorer-parts');
    if (this.data !== undefined) this.graphElement!.data = this.data as object;
  }

  private readonly onLoad = (): void => {
    const element = this.graphElement!;
    this.graph = element.graph;
    this.registry = element.types;
    this.visible = this.visibleOf(element);
    this.selection = element.selection;
    this.layoutShown = element.currentLayout ?? '';
    this.syncPath();
  };

  /**
   * What the filter shows, or null when it shows everything (so the summary reads "6 actors",
   * not "6 of 6"). On `sg-load` it is computed here: the element's own set still belongs to the
   * graph shown before. On `sg-filter` (`current`) the element's set is up to date.
   */
  private visibleOf(element: StakeholderGraph | null, current = false): VisibleSet | null {
    const graph = element?.graph;
    if (!element || !graph || !isFiltered(element.filter)) return null;
    return (current && element.visibleElements) || visibleSet(graph, element.filter);
  }

  private readonly onNavigate = (event: CustomEvent<{ kind: 'node' | 'edge'; key: string }>): void => {
    this.graphElement?.select(event.detail.key);
  };

  private setLayout(id: string): void {
    const element = this.graphElement;
    if (!element) return;
    element.layout = id;
  }

  /** Mirrors the graph's path query and result into the path panel. */
  private readonly syncPath = (): void => {
    const element = this.graphElement;
    if (!element) return;
    this.pathQuery = element.pathQuery;
    this.pathResult = element.paths;
  };

  private readonly onPathQuery = async (event: CustomEvent<PathQueryDetail>): Promise<void> => {
    const element = this.graphElement;
    if (!element) return;
    element.setPathQuery(event.detail);
    await element.updateComplete;
    this.syncPath();
  };

  private readonly onFocus = (event: CustomEvent<SgFocusDetail>): void => {
    this.focusState = event.detail;
    if (event.detail) this.hops = event.detail.hops;
  };

  private async saveImage(): Promise<void> {
    const element = this.graphElement;
    if (!element?.graph) return;
    try {
      downloadBlob(await element.exportImage(), exportFileName(element.graph, 'png'), this.renderRoot as ShadowRoot);
    } catch (error) {
      const message = `Could not save the image: ${error instanceof Error ? error.message : String(error)}`;
      emit(this, 'sg-error', { message, problems: [] });
    }
  }

  private saveData(): void {
    const element = this.graphElement;
    const data = element?.exportData();
    if (!element?.graph || !data) return;
    const blob = new Blob([JSON.stringify(data, null, 2) + '\n'], { type: 'application/json' });
    downloadBlob(blob, exportFileName(element.graph, 'json'), this.renderRoot as ShadowRoot);
  }

  private setHops(hops: 1 | 2): void {
    this.hops = hops;
    const focus = this.focusState;
    if (focus) this.graphElement?.focusActor(focus.key, hops);
  }
}
