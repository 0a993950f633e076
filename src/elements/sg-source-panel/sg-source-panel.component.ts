/**
 * `<sg-source-panel>`: the sources behind the claims, to read (issue #15). A source's full text
 * with line numbers; every line a claim cites is marked and has a button listing the claims that
 * cite it (the reverse index), each of which selects its claim (`sg-navigate`). `show(source,
 * lines)` scrolls to those lines and focuses the first; the panel calls it for every
 * `sg-show-source` (the details' "Show source") that reaches its root: the explorer's shadow
 * root inside an explorer, else the document. Above the text, the provenance: how many claims, cited lines and sources, the claims
 * with no evidence (buttons to them) and the sources nobody cites; a menu picks the source when
 * there are several.
 *
 * A text given by address (`textUrl`) is fetched once the panel is on screen or asked to show a
 * source (source-texts.ts: once per URL for the page, the limits of `src`); a failure is said in
 * place of the text. Long texts show MAX_ROWS lines at a time. Data is text: Lit escapes it (the
 * link to a source's original stays in the details, next to the evidence).
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type Graph from 'graphology';
import type { Source } from '../../graph/dataset-schema';
import { describeEdgeText } from '../../graph/describe';
import { resolveRegistry, type Registry } from '../../graph/registry';
import { evidenceSources } from '../../graph/relationships';
import { citations, provenance, type Citations, type Provenance } from '../../graph/source-text';
import type { Selection } from '../../graph/state-types';
import { commonStyles, panelTextStyles } from '../sg-details/common.styles';
import { emitNavigate } from '../sg-details/navigate';
import type { SgShowSourceDetail } from '../sg-details/sg-details.component';
import { SourceTexts, documentBase, hasText, textAddress, type SourceText } from '../sg-details/source-texts';
import { followExplorer } from '../stakeholder-explorer/explorer-context';
import { sourcePanelStyles } from './sg-source-panel.styles';

/** Lines of a text shown at once; longer texts show a window with buttons to move it. */
export const MAX_ROWS = 2000;
/** Claims without evidence listed by name; the rest are counted. */
export const UNBACKED_SHOWN = 50;

let instances = 0;

const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

/**
 * @summary The sources' texts with the lines claims cite, which claims cite each line, and the provenance of the claims.
 *
 * @event sg-navigate - A claim button asks to select that relationship. `detail: {kind: 'edge', key}`.
 *
 * @csspart panel - The panel.
 * @csspart text - The scrolling box holding a source's lines.
 *
 * @cssproperty --sg-text - Text colour. Default `#1e293b`.
 * @cssproperty --sg-muted - Line numbers and secondary text. Default `#475569`.
 * @cssproperty --sg-border - Borders. Default `#cbd5e1`.
 * @cssproperty --sg-accent - Buttons, links, the focus ring and the lines asked for. Default `#1d4ed8`.
 * @cssproperty --sg-panel - Background. Default `--sg-background`, else `#fff`.
 */
export class SgSourcePanel extends LitElement {
  static override styles = [commonStyles, panelTextStyles, sourcePanelStyles];

  static override properties = {
    graph: { attribute: false },
    registry: { attribute: false },
    selection: { attribute: false },
    sourceBase: { attribute: false },
    current: { state: true },
    target: { state: true },
    openLine: { state: true },
    start: { state: true },
    wantText: { state: true },
  };

  declare graph: Graph | undefined;
  /** Relationship labels for the claims' sentences; resolved from the graph when not given. */
  declare registry: Registry | undefined;
  /** The selected actor or relationship: a selected claim is marked among the claims of a line. */
  declare selection: Selection;
  /** The URL relative `textUrl`s resolve against: the dataset's. Default: the document's. */
  declare sourceBase: string;
  /** The id of the source shown. */
  declare protected current: string | null;
  /** The lines `show()` asked for, outlined. */
  declare protected target: ReadonlySet<number>;
  /** The cited line whose claims are listed. */
  declare protected openLine: number | null;
  /** The first line shown (texts longer than MAX_ROWS). */
  declare protected start: number;
  /** Whether a text given by address may be fetched: once the panel is seen or asked to show one. */
  declare protected wantText: boolean;

  private readonly uid = `sg-source-${++instances}`;
  private readonly texts = new SourceTexts(this);
  private sources = new Map<string, Source>();
  private index: Citations = new Map();
  private summary: Provenance | null = null;
  private resolved: Registry | undefined;
  private observer?: IntersectionObserver;
  /** Where `sg-show-source` is listened for: the root node the panel is in. */
  private listening?: Node;

  constructor() {
    super();
    this.selection = null;
    this.sourceBase = documentBase();
    this.current = null;
    this.target = new Set();
    this.openLine = null;
    this.start = 1;
    this.wantText = false;
    // Inside an explorer its state arrives by context; on its own, through these properties.
    followExplorer(this, (state) =>
      Object.assign(this, { graph: state.graph, registry: state.registry, selection: state.selection, sourceBase: state.sourceBase }),
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.listening = this.getRootNode();
    this.listening.addEventListener('sg-show-source', this.onShowSource);
    if (this.wantText) return;
    if (typeof IntersectionObserver === 'undefined') {
      this.wantText = true;
      return;
    }
    this.observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.wantText = true;
        this.stopObserving();
      },
      { rootMargin: '200px' },
    );
    this.observer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listening?.removeEventListener('sg-show-source', this.onShowSource);
    this.listening = undefined;
    this.stopObserving();
  }

  private readonly onShowSource = (event: Event): void => {
    const { source, lines } = (event as CustomEvent<SgShowSourceDetail>).detail;
    void this.show(source, lines);
  };

  /**
   * Shows `source` scrolled to `lines` (outlined), and focuses the first of them once its text is
   * here (or, when the text cannot be shown, what says so). Resolves when done.
   */
  async show(source: string, lines: readonly number[] = []): Promise<void> {
    const first = lines.length ? Math.min(...lines) : null;
    this.current = source;
    this.target = new Set(lines);
    this.openLine = null;
    this.wantText = true;
    this.stopObserving();
    if (first !== null) this.start = windowStart(first);
    await this.updateComplete;
    await this.texts.settle(this.sources.get(source), this.sourceBase);
    await this.updateComplete;
    const root = this.renderRoot;
    const line = first === null ? null : root.querySelector<HTMLElement>(`#${this.uid}-line-${first}`);
    const focus = line ?? root.querySelector<HTMLElement>('.text-error') ?? root.querySelector<HTMLElement>('.reader h3');
    focus?.scrollIntoView({ block: 'center' });
    focus?.focus({ preventScroll: true });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('graph')) {
      const graph = this.graph;
      this.sources = graph ? evidenceSources(graph) : new Map<string, Source>();
      this.index = graph ? citations(graph) : new Map<string, Map<number, string[]>>();
      this.summary = graph ? provenance(graph, this.index) : null;
      if (this.current === null || !this.sources.has(this.current)) {
        const all = [...this.sources.values()];
        this.current = (all.find((source) => hasText(source)) ?? all[0])?.id ?? null;
        this.target = new Set();
        this.openLine = null;
        this.start = 1;
      }
    }
    if (changed.has('graph') || changed.has('registry')) {
      this.resolved = this.registry ?? (this.graph ? resolveRegistry(this.graph) : undefined);
    }
  }

  protected override render() {
    return html`<section part="panel" class="panel" aria-labelledby="${this.uid}-title">
      <h2 id="${this.uid}-title">Sources</h2>
      ${this.renderProvenance()} ${this.renderReader()}
    </section>`;
  }

  private renderProvenance() {
    const summary = this.summary;
    if (!summary) return html`<p class="muted">No graph loaded.</p>`;
    const unbacked = summary.claimsWithoutEvidence;
    const uncited = summary.uncitedSources;
    return html`<section class="provenance" aria-labelledby="${this.uid}-provenance">
      <h3 id="${this.uid}-provenance">Provenance</h3>
      <p class="counts">
        ${plural(summary.claims, 'claim')}, ${plural(summary.citedLines, 'cited line')}, ${plural(summary.sources, 'source')}
      </p>
      ${
        unbacked.length
          ? html`<h4 id="${this.uid}-unbacked">
                Claims with no evidence <span class="muted">(${unbacked.length.toLocaleString('en')})</span>
              </h4>
              <ul class="unbacked" aria-labelledby="${this.uid}-unbacked">
                ${unbacked.slice(0, UNBACKED_SHOWN).map((edge) => html`<li>${this.claimButton(edge)}</li>`)}
              </ul>
              ${
                unbacked.length > UNBACKED_SHOWN
                  ? html`<p class="muted">And ${(unbacked.length - UNBACKED_SHOWN).toLocaleString('en')} more.</p>`
                  : nothing
              }`
          : summary.claims
            ? html`<p class="muted all-backed">Every claim cites evidence.</p>`
            : nothing
      }
      ${
        uncited.length
          ? html`<h4 id="${this.uid}-uncited">
                Sources no claim cites <span class="muted">(${uncited.length.toLocaleString('en')})</span>
              </h4>
              <ul class="uncited" aria-labelledby="${this.uid}-uncited">
                ${uncited.map((id) => html`<li><cite>${this.sources.get(id)?.title || id}</cite></li>`)}
              </ul>`
          : nothing
      }
    </section>`;
  }

  private renderReader() {
    const source = this.current === null ? undefined : this.sources.get(this.current);
    return html`<section class="reader" aria-labelledby="${this.uid}-reader">
      <h3 id="${this.uid}-reader" tabindex="-1">Text</h3>
      ${this.sources.size > 1 ? this.renderPicker() : nothing}
      ${source ? this.renderSource(source) : html`<p class="muted">The data declares no sources.</p>`}
    </section>`;
  }

  private renderPicker() {
    return html`<label class="picker"
      >Source
      <select @change=${(event: Event) => this.pick((event.target as HTMLSelectElement).value)}>
        ${[...this.sources.values()].map(
          (source) => html`<option value=${source.id} ?selected=${source.id === this.current}>${source.title || source.id}</option>`,
        )}
      </select></label
    >`;
  }

  /** The title and date; the link to the original stays with the evidence in the details. */
  private renderSource(source: Source) {
    return html`<p class="source">
        <cite>${source.title || source.id}</cite>${
          source.published ? html`, <span class="published">published ${source.published}</span>` : nothing
        }
      </p>
      ${this.renderText(source, this.textOf(source))}`;
  }

  /** The text, but a text given by address only once the panel may fetch it. */
  private textOf(source: Source): SourceText {
    if (!this.wantText && textAddress(source, this.sourceBase)) return { status: 'loading' };
    return this.texts.get(source, this.sourceBase);
  }

  private renderText(source: Source, text: SourceText) {
    switch (text.status) {
      case 'none':
        return html`<p class="muted">The data gives no text for this source (neither <code>text</code> nor <code>textUrl</code>).</p>`;
      case 'loading':
        return html`<p class="text-status muted">Loading the text…</p>`;
      case 'error':
        return html`<p class="text-error" role="alert" tabindex="-1">${text.message}</p>
          <button type="button" class="retry" @click=${() => this.texts.retry(source, this.sourceBase)}>Try again</button>`;
      case 'ready':
        return this.renderLines(source, text.lines);
    }
  }

  private renderLines(source: Source, lines: readonly string[]) {
    const cited = this.index.get(source.id) ?? new Map<number, string[]>();
    const count = lines.length;
    const start = Math.min(this.start, Math.max(1, count - MAX_ROWS + 1));
    const end = Math.min(count, start + MAX_ROWS - 1);
    const rows: unknown[] = [];
    for (let number = start; number <= end; number++) rows.push(this.renderLine(number, lines[number - 1]!, cited.get(number)));
    const citedHere = [...cited.keys()].filter((line) => line <= count).length;
    return html`<p class="muted hint">
        ${plural(count, 'line')}${citedHere ? html`, ${plural(citedHere, 'cited line')} marked: each lists the claims that cite it` : nothing}.
      </p>
      ${
        start > 1
          ? html`<button type="button" class="earlier" @click=${() => this.moveTo(Math.max(1, start - MAX_ROWS))}>
              Show lines ${Math.max(1, start - MAX_ROWS).toLocaleString('en')}–${(start - 1).toLocaleString('en')}
            </button>`
          : nothing
      }
      <div class="scroller" part="text" role="region" tabindex="0" aria-label=${`Text of “${source.title || source.id}”`}>
        <ol class="text">
          ${rows}
        </ol>
      </div>
      ${
        end < count
          ? html`<button type="button" class="later" @click=${() => this.moveTo(end + 1)}>
              Show lines ${(end + 1).toLocaleString('en')}–${Math.min(count, end + MAX_ROWS).toLocaleString('en')}
            </button>`
          : nothing
      }`;
  }

  private renderLine(number: number, text: string, claims: string[] | undefined) {
    const target = this.target.has(number);
    const id = `${this.uid}-line-${number}`;
    if (!claims) {
      return html`<li class="line ${target ? 'target' : ''}" id=${id} data-line=${number} tabindex="-1">
        <span class="n"><span class="vh">Line </span>${number}</span>
        <span class="t">${text}</span>
      </li>`;
    }
    const open = this.openLine === number;
    const list = `${this.uid}-claims-${number}`;
    return html`<li class="line cited ${target ? 'target' : ''}" id=${id} data-line=${number} tabindex="-1">
      <span class="n"><span class="vh">Line </span>${number}</span>
      <span class="t"><mark>${text}</mark></span>
      <span class="cites">
        <button
          type="button"
          class="claims-toggle"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${list}
          @click=${() => (this.openLine = open ? null : number)}
        >
          <span aria-hidden="true">${open ? '▾' : '▸'}</span> ${plural(claims.length, 'claim')}<span class="vh">
            citing line ${number}</span
          >
        </button>
        <ul class="claims" id=${list} ?hidden=${!open}>
          ${open ? claims.map((edge) => html`<li>${this.claimButton(edge)}</li>`) : nothing}
        </ul>
      </span>
    </li>`;
  }

  private claimButton(edge: string) {
    const selected = this.selection?.kind === 'edge' && this.selection.key === edge;
    return html`<button
      type="button"
      class="claim"
      data-edge=${edge}
      aria-current=${selected ? 'true' : nothing}
      @click=${() => emitNavigate(this, { kind: 'edge', key: edge })}
    >
      ${this.claimText(edge)}
    </button>`;
  }

  /** The claim's sentence, or its key when it is not in the graph. */
  private claimText(edge: string): string {
    const graph = this.graph;
    return graph?.hasEdge(edge) && this.resolved ? describeEdgeText(graph, this.resolved, edge) : edge;
  }

  private pick(source: string): void {
    this.current = source;
    this.target = new Set();
    this.openLine = null;
    this.start = 1;
    this.wantText = true;
  }

  private moveTo(start: number): void {
    this.start = start;
    this.openLine = null;
  }

  private stopObserving(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}

/** The window of MAX_ROWS lines that shows `line` with some lines before it. */
function windowStart(line: number): number {
  return line <= MAX_ROWS ? 1 : line - Math.floor(MAX_ROWS / 4);
}

/**
 * Registers `<sg-source-panel>`. The explorer's parts call this rather than importing the
 * registration module for its side effect (see `defineAnalysisPanel`).
 */
export function defineSourcePanel(): void {
  if (!customElements.get('sg-source-panel')) customElements.define('sg-source-panel', SgSourcePanel);
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-source-panel': SgSourcePanel;
  }
}
