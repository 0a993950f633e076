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
import { LAYOUTS } from '../../layout/layouts';
import type { SgSelectDetail, SgFocusDetail } from '../events';
import type { StakeholderGraph, Theme } from '../stakeholder-graph/stakeholder-graph.component';
import '../stakeholder-graph/stakeholder-graph';
import type { PathQuery } from '../stakeholder-graph/stakeholder-graph.component';
import type { PathQueryDetail } from '../sg-path-panel/sg-path-panel.component';
import type { PathResult } from '../../graph/paths';
import { stakeholderExplorerStyles } from './stakeholder-explorer.styles';
import { hostReset } from '../host-reset.styles';

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
 * @csspart toolbar - The search and controls row.
 * @csspart graph - The inner `<stakeholder-graph>`.
 * @csspart details - The details panel.
 * @csspart table - The relationships table section.
 *
 * @cssproperty --sg-graph-height - Height of the graph and details row. Default `560px`.
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
    graph: { state: true },
    registry: { state: true },
    selection: { state: true },
    visible: { state: true },
    focusState: { state: true },
    layout: { state: true },
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
  declare protected graph: Graph | undefined;
  declare protected registry: Registry | undefined;
  declare protected selection: SgSelectDetail;
  declare protected visible: VisibleSet | null;
  declare protected focusState: SgFocusDetail;
  declare protected layout: string;
  declare protected pathQuery: PathQuery | undefined;
  declare protected pathResult: PathResult | null;
  /** Hops the focus covers: the Focus control's value. */
  declare protected hops: 1 | 2;

  constructor() {
    super();
    this.theme = 'auto';
    this.selection = null;
    this.visible = null;
    this.focusState = null;
    this.layout = '';
    this.hops = 1;
    this.pathResult = null;
  }

  /** The inner `<stakeholder-graph>`, for the full element API. */
  get graphElement(): StakeholderGraph | null {
    return this.renderRoot?.querySelector('stakeholder-graph') ?? null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Keep `data` flowing to the inner element even before the first render.
    if (changed.has('data') && this.graphElement && this.data !== undefined) this.graphElement.data = this.data as object;
  }

  protected override render() {
    const graph = this.graph;
    const hops = this.hops;
    const selectedNode = this.selection?.kind === 'node' ? this.selection.key : null;
    return html`
      <div class="toolbar" part="toolbar">
        <sg-search .graph=${graph} @sg-pick=${(event: CustomEvent<{ key: string }>) => this.graphElement?.select(event.detail.key)}></sg-search>
        <label class="control">
          Layout
          <select @change=${(event: Event) => this.setLayout((event.target as HTMLSelectElement).value)} .value=${this.layout}>
            ${LAYOUTS.filter((layout) => !graph || layout.available(graph)).map(
              (layout) => html`<option value=${layout.id} title=${layout.description} ?selected=${layout.id === this.layout}>${layout.label}</option>`,
            )}
          </select>
        </label>
        <label class="control">
          Focus
          <select @change=${(event: Event) => this.setHops(Number((event.target as HTMLSelectElement).value) as 1 | 2)}>
            <option value="1" ?selected=${hops === 1}>1 hop</option>
            <option value="2" ?selected=${hops === 2}>2 hops</option>
          </select>
        </label>
        <div class="buttons">
          <button type="button" ?disabled=${!selectedNode} @click=${() => selectedNode && this.graphElement?.focus(selectedNode, hops)}>Focus</button>
          <button type="button" ?disabled=${!this.focusState} @click=${() => this.graphElement?.clearFocus()}>Clear focus</button>
        </div>
        <div class="buttons" role="group" aria-label="Zoom">
          <button type="button" aria-label="Zoom in" title="Zoom in" @click=${() => this.graphElement?.zoomIn()}>+</button>
          <button type="button" aria-label="Zoom out" title="Zoom out" @click=${() => this.graphElement?.zoomOut()}>−</button>
          <button type="button" @click=${() => this.graphElement?.fit()}>Fit</button>
        </div>
        <label class="control">
          Theme
          <select @change=${(event: Event) => (this.theme = (event.target as HTMLSelectElement).value as Theme)}>
            <option value="auto" ?selected=${this.theme === 'auto'}>System</option>
            <option value="light" ?selected=${this.theme === 'light'}>Light</option>
            <option value="dark" ?selected=${this.theme === 'dark'}>Dark</option>
          </select>
        </label>
      </div>
      <div class="main">
        <stakeholder-graph
          part="graph"
          src=${this.src ?? ''}
          label=${this.label || nothing}
          focus-hops=${this.hops}
          theme=${this.theme}
          .nonce=${this.nonce}
          @sg-load=${this.onLoad}
          @sg-select=${(event: CustomEvent<SgSelectDetail>) => (this.selection = event.detail)}
          @sg-filter=${() => (this.visible = this.visibleOf(this.graphElement, true))}
          @sg-focus=${this.onFocus}
          @sg-layout=${(event: CustomEvent<{ layout: string }>) => (this.layout = event.detail.layout)}
          @sg-path=${this.syncPath}
        ></stakeholder-graph>
        <aside part="details" aria-label="Details">
          <sg-details
            .graph=${graph}
            .registry=${this.registry}
            .selection=${this.selection}
            .visible=${this.visible}
            @sg-navigate=${this.onNavigate}
          ></sg-details>
        </aside>
      </div>
      <section class="paths" part="paths" aria-label="Paths">
        <sg-path-panel
          .graph=${graph}
          .registry=${this.registry}
          .query=${this.pathQuery}
          .result=${this.pathResult}
          @sg-path-query=${this.onPathQuery}
          @sg-path-preview=${(event: CustomEvent<{ index: number | null }>) => this.graphElement?.previewPath(event.detail.index)}
        ></sg-path-panel>
      </section>
      <section class="text-alternative" part="table" aria-label="Relationships as text">
        <sg-relationships
          .graph=${graph}
          .registry=${this.registry}
          .selection=${this.selection}
          .visible=${this.visible}
          @sg-navigate=${this.onNavigate}
        ></sg-relationships>
      </section>
    `;
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
    this.layout = element.currentLayout ?? '';
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

  private setHops(hops: 1 | 2): void {
    this.hops = hops;
    const focus = this.focusState;
    if (focus) this.graphElement?.focus(focus.key, hops);
  }
}
