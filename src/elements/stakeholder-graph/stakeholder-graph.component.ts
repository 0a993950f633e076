/**
 * `<stakeholder-graph>`: loads a dataset (from `src` or `data`), validates it, and draws it with
 * Cytoscape inside its shadow root, with a legend and an error display.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type Graph from 'graphology';
import type { Core } from 'cytoscape';
import { loadDataset, type DatasetInput } from '../../graph/load';
import { DatasetError, type Problem } from '../../graph/problems';
import type { Limits } from '../../graph/limits';
import { resolveRegistry, type Registry } from '../../graph/registry';
import { computeLegend, type Legend } from '../../graph/legend';
import { GraphView } from '../../view/graph-view';
import { emit } from '../events';
import { SourceLoader } from '../controllers/source-loader';
import { ResizeController } from '../controllers/resize-controller';
import { renderLegend } from './legend-view';
import { stakeholderGraphStyles } from './stakeholder-graph.styles';

interface ShownError {
  message: string;
  problems: Problem[];
}

/**
 * @summary An interactive graph of actors and typed relationships, drawn with Cytoscape from a
 * graphology dataset.
 *
 * @event sg-load - A dataset was loaded and is shown. `detail: {graph}`.
 * @event sg-error - Loading failed; the graph shown before stays. `detail: {message, problems}`.
 *
 * @csspart canvas - The Cytoscape container.
 * @csspart legend - The legend of relationship types, statuses and actor kinds.
 * @csspart error - The error banner.
 *
 * @cssproperty --sg-background - Background colour. Default `#ffffff`.
 * @cssproperty --sg-text - Text colour. Default `#1e293b`.
 * @cssproperty --sg-muted - Secondary text colour. Default `#475569`.
 * @cssproperty --sg-font - Font family. Default the system UI font.
 */
export class StakeholderGraph extends LitElement {
  static override styles = stakeholderGraphStyles;

  static override properties = {
    src: { type: String, reflect: true },
    data: { attribute: false },
    limits: { attribute: false },
    label: { type: String, reflect: true },
    timeout: { type: Number },
    error: { state: true },
    loading: { state: true },
  };

  /** URL of a dataset (JSON) to load; `http(s):` or relative. */
  declare src: string | undefined;
  /** A dataset as an object, JSON text, or a graphology Graph; wins over `src` when set after it. */
  declare data: DatasetInput | undefined;
  /** Size limits for loaded datasets (see `Limits`); generous defaults. */
  declare limits: Partial<Limits> | undefined;
  /** Accessible name of the graph; defaults to the dataset's title. */
  declare label: string | undefined;
  /** Milliseconds before loading `src` gives up. Default 20,000. */
  declare timeout: number;
  declare protected error: ShownError | undefined;
  declare protected loading: boolean;

  private _graph?: Graph;
  private registry?: Registry;
  private legend?: Legend;
  private view?: GraphView;

  private readonly loader = new SourceLoader(this, {
    onText: (text) => this.apply(text),
    onError: (error) => this.fail(error.message, [{ path: 'src', message: error.message }]),
    onLoading: (loading) => (this.loading = loading),
  });

  private readonly resizer = new ResizeController(this, () => this.view?.resize());

  constructor() {
    super();
    this.timeout = 20_000;
    this.loading = false;
  }

  /** The graphology Graph shown, the single source of truth (read-only; undefined before a load). */
  get graph(): Graph | undefined {
    return this._graph;
  }

  /** The Cytoscape core drawing the graph, for power users (undefined while disconnected). */
  get cy(): Core | undefined {
    return this.view?.cy;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved or re-attached: the view was destroyed on disconnect; build it again once rendered.
    if (this.hasUpdated) void this.updateComplete.then(() => this.ensureView());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.view?.destroy();
    this.view = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') && this.data !== undefined) {
      this.loader.cancel();
      this.apply(this.data);
    } else if (changed.has('src') && this.src) {
      void this.loader.load(this.src, this.timeout);
    }
  }

  protected override updated(): void {
    this.ensureView();
  }

  protected override render() {
    const name = this.label ?? (this._graph?.getAttribute('title') as string | undefined) ?? 'Stakeholder graph';
    return html`
      <div class="canvas" part="canvas" role="img" aria-label=${name} aria-busy=${this.loading ? 'true' : 'false'}></div>
      ${this.legend && this.registry ? renderLegend(this.legend, this.registry) : nothing}
      ${this.loading ? html`<div class="status" role="status">Loading…</div>` : nothing}
      ${this.error ? this.renderError(this.error) : nothing}
    `;
  }

  private renderError(error: ShownError) {
    return html`<div class="error" part="error" role="alert">
      <p>${this._graph ? 'Could not load the new data; the graph shown is unchanged.' : 'Could not load the data.'}</p>
      <div class="message">${error.message}</div>
      ${error.problems.length > 1
        ? html`<ul>
            ${error.problems.map((problem) => html`<li><code>${problem.path}</code>: ${problem.message}</li>`)}
          </ul>`
        : nothing}
      <button type="button" aria-label="Dismiss error" @click=${() => (this.error = undefined)}>×</button>
    </div>`;
  }

  /** Validates and builds a new graph; swaps it in only when everything succeeded. */
  private apply(input: DatasetInput): void {
    let graph: Graph;
    try {
      graph = loadDataset(input, { limits: this.limits });
    } catch (error) {
      if (error instanceof DatasetError) this.fail(error.message, [...error.problems]);
      else this.fail(`Could not load the data: ${error instanceof Error ? error.message : String(error)}`, []);
      return;
    }
    const registry = resolveRegistry(graph);
    if (this.view) {
      try {
        this.view.show(graph, registry);
      } catch (error) {
        this.fail(`Could not draw the data: ${error instanceof Error ? error.message : String(error)}`, []);
        return;
      }
    }
    this._graph = graph;
    this.registry = registry;
    this.legend = computeLegend(graph, registry);
    this.error = undefined;
    this.requestUpdate();
    emit(this, 'sg-load', { graph });
  }

  private fail(message: string, problems: Problem[]): void {
    this.error = { message, problems };
    emit(this, 'sg-error', { message, problems });
  }

  /** Creates the Cytoscape view once the container exists and the element is in a document. */
  private ensureView(): void {
    if (this.view || !this.isConnected) return;
    const container = this.renderRoot.querySelector<HTMLElement>('.canvas');
    if (!container) return;
    this.view = new GraphView(container);
    this.resizer.observe(container);
    if (this._graph && this.registry) this.view.show(this._graph, this.registry);
  }
}
