/**
 * `<sg-analysis-panel>`: the analysis as text (issue #13). The camps with their members, how well
 * the split fits and whether it is proved the best, the ties that go against it, a sortable
 * centrality table, the communities, what changes when only confirmed claims count, and the
 * Colour by / Size by menus that put the analysis on the drawing. Everything a person can act on
 * is a button or a menu; what they ask for goes up as `sg-request` events, which the explorer
 * runs on its graph (alone, the page listens for them).
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import type Graph from 'graphology';
import type { Analysis } from '../../analysis/types';
import { describeEdgeText } from '../../graph/describe';
import { nodeLabel, resolveRegistry, type Registry } from '../../graph/registry';
import type { Selection } from '../../graph/state-types';
import type { ColorBy, SizeBy } from '../../state/analysis-looks';
import { commonStyles, panelTextStyles } from '../sg-details/common.styles';
import { followExplorer, requestFromExplorer, type ExplorerRequest } from '../stakeholder-explorer/explorer-context';
import { balanceSentence, campLists, optimalSentence, sentence, summaryLine, type Member } from './analysis-text';
import { renderCentrality, type CentralityView } from './centrality-table';
import { analysisPanelStyles } from './sg-analysis-panel.styles';

const COLOR_CHOICES: ReadonlyArray<[ColorBy, string]> = [
  ['kind', 'Actor kind'],
  ['camp', 'Camp'],
  ['community', 'Community'],
];
const SIZE_CHOICES: ReadonlyArray<[SizeBy, string]> = [
  ['none', 'Same size'],
  ['degree', 'Degree'],
  ['betweenness', 'Betweenness'],
  ['pagerank', 'PageRank'],
];

let instances = 0;

/**
 * @summary The analysis as text: camps, frustrated ties, centrality, communities, sensitivity,
 * and the Colour by / Size by menus.
 *
 * @event sg-request - A button or menu asks for something: `{type: 'analyze'}`, `{type: 'color-by', value}`, `{type: 'size-by', value}`, `{type: 'select', key}`.
 *
 * @csspart panel - The panel.
 *
 * @cssproperty --sg-text - Text colour. Default `#1e293b`.
 * @cssproperty --sg-muted - Secondary text. Default `#475569`.
 * @cssproperty --sg-border - Borders and row separators. Default `#cbd5e1`.
 * @cssproperty --sg-accent - Buttons and the focus ring. Default `#1d4ed8`.
 * @cssproperty --sg-panel - Background. Default `--sg-background`, else `#fff`.
 */
export class SgAnalysisPanel extends LitElement {
  static override styles = [commonStyles, panelTextStyles, analysisPanelStyles];

  static override properties = {
    graph: { attribute: false },
    registry: { attribute: false },
    analysis: { attribute: false },
    colorBy: { attribute: false },
    sizeBy: { attribute: false },
    selection: { attribute: false },
    analyzing: { attribute: false },
    view: { state: true },
  };

  declare graph: Graph | undefined;
  /** Relationship labels; resolved from the graph when not given. */
  declare registry: Registry | undefined;
  /** The last analysis of what the filter shows, or null before any ran. */
  declare analysis: Analysis | null;
  declare colorBy: ColorBy;
  declare sizeBy: SizeBy;
  /** The selected actor or relationship, marked among the members and ties. */
  declare selection: Selection;
  /** Whether an analysis asked for is still running. */
  declare analyzing: boolean;
  /** The centrality table's sort and whether it shows every row. */
  declare protected view: CentralityView;

  private readonly uid = `sg-analysis-${++instances}`;
  /** The registry that words the ties: the one given, else the graph's own. */
  private resolved: Registry | undefined;

  constructor() {
    super();
    this.analysis = null;
    this.colorBy = 'kind';
    this.sizeBy = 'none';
    this.selection = null;
    this.analyzing = false;
    this.view = { sort: { key: 'pagerank', descending: true }, all: false };
    // Inside an explorer its state arrives by context; on its own, through these properties.
    followExplorer(this, (state) =>
      Object.assign(this, {
        graph: state.graph,
        registry: state.registry,
        analysis: state.analysis,
        colorBy: state.colorBy,
        sizeBy: state.sizeBy,
        selection: state.selection,
        analyzing: state.analyzing,
      }),
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new graph's table starts short again; a new analysis of the same graph keeps the view.
    if (changed.has('graph') && changed.get('graph') !== undefined) this.view = { ...this.view, all: false };
    if (changed.has('graph') || changed.has('registry'))
      this.resolved = this.registry ?? (this.graph ? resolveRegistry(this.graph) : undefined);
  }

  protected override render() {
    const analysis = this.analysis;
    return html`<div part="panel" class="panel">
      <h2>Analysis</h2>
      <p class="summary" role="status">${this.statusText()}</p>
      ${this.renderMenus()}
      ${
        analysis
          ? this.renderAnalysis(analysis)
          : html`<p class="muted">
                Who sides with whom (camps from friendly and hostile ties), who matters (centrality) and which actors cluster (communities),
                for what the filter shows.
              </p>
              <button type="button" class="run" ?disabled=${this.analyzing || !this.graph} @click=${() => this.send({ type: 'analyze' })}>
                Run analysis
              </button>`
      }
    </div>`;
  }

  private statusText(): string {
    if (this.analyzing) return 'Analysing…';
    return this.analysis ? summaryLine(this.analysis, this.label) : '';
  }

  /**
   * The menus show what the graph applies: `live` sets the value whenever it differs from the
   * menu's, since a menu a person has used no longer follows its options' `selected` attributes
   * (the first render still needs them: the options do not exist yet when `value` is set).
   */
  private renderMenus() {
    return html`<div class="menus">
      <label
        >Colour by
        <select
          .value=${live(this.colorBy)}
          @change=${(event: Event) => this.send({ type: 'color-by', value: (event.target as HTMLSelectElement).value as ColorBy })}
        >
          ${COLOR_CHOICES.map(([value, label]) => html`<option value=${value} ?selected=${this.colorBy === value}>${label}</option>`)}
        </select>
      </label>
      <label
        >Size by
        <select
          .value=${live(this.sizeBy)}
          @change=${(event: Event) => this.send({ type: 'size-by', value: (event.target as HTMLSelectElement).value as SizeBy })}
        >
          ${SIZE_CHOICES.map(([value, label]) => html`<option value=${value} ?selected=${this.sizeBy === value}>${label}</option>`)}
        </select>
      </label>
    </div>`;
  }

  private renderAnalysis(analysis: Analysis) {
    return html`
      ${this.renderCamps(analysis)} ${this.renderFrustrated(analysis)}
      ${renderCentrality(analysis.centrality, this.view, {
        label: this.label,
        member: (member) => this.memberButton(member),
        change: (view) => (this.view = view),
      })}
      ${this.renderCommunities(analysis)} ${this.renderSensitivity(analysis)}
      ${
        analysis.warnings.length
          ? html`<ul class="warnings">
              ${analysis.warnings.map((warning) => html`<li>${sentence(warning)}</li>`)}
            </ul>`
          : nothing
      }
    `;
  }

  private renderCamps(analysis: Analysis) {
    const { camps } = analysis;
    const { camps: lists, unaligned } = campLists(camps, this.label);
    return html`<section>
      <h3>Camps</h3>
      ${camps.balance !== null ? html`<p class="balance">${balanceSentence(camps.balance)}</p>` : nothing}
      ${camps.message ? html`<p class="message">${sentence(camps.message)}</p>` : nothing}
      ${camps.balance !== null ? html`<p>${optimalSentence(camps)}</p>` : nothing}
      ${camps.reason ? html`<p class="muted reason">${sentence(camps.reason)}</p>` : nothing}
      ${
        lists.length
          ? html`<div class="camps">
              ${lists.map(
                (camp) =>
                  html`<div class="camp" data-camp=${camp.index}>
                    <h4 id="${this.uid}-camp-${camp.index}">${camp.name} <span class="muted">(${camp.members.length})</span></h4>
                    ${this.memberList(camp.members, `${this.uid}-camp-${camp.index}`)}
                  </div>`,
              )}
            </div>`
          : nothing
      }
      ${
        unaligned.length && lists.length
          ? html`<div class="unaligned">
              <h4 id="${this.uid}-unaligned">
                Unaligned <span class="muted">(${unaligned.length}: no friendly or hostile tie that counts)</span>
              </h4>
              ${this.memberList(unaligned, `${this.uid}-unaligned`)}
            </div>`
          : nothing
      }
    </section>`;
  }

  private memberList(members: Member[], labelledBy: string) {
    return html`<ul class="members" aria-labelledby=${labelledBy}>
      ${members.map((member) => html`<li>${this.memberButton(member)}</li>`)}
    </ul>`;
  }

  private memberButton(member: Member) {
    const selection = this.selection;
    const selected = selection?.kind === 'node' && selection.key === member.key;
    return html`<button
      type="button"
      class="actor"
      data-key=${member.key}
      aria-current=${selected ? 'true' : nothing}
      @click=${() => this.send({ type: 'select', key: member.key })}
    >
      ${member.label}
    </button>`;
  }

  private renderFrustrated(analysis: Analysis) {
    const { camps } = analysis;
    if (camps.balance === null || camps.used < 2) return nothing;
    const edges = camps.frustrated;
    const selection = this.selection;
    return html`<section>
      <h3>Ties against the split <span class="muted">(${edges.length})</span></h3>
      ${
        edges.length
          ? html`<p class="muted">Friendly ties between camps and hostile ties within one. Choose one to see its evidence.</p>
              <ul class="ties">
                ${edges.map(
                  (edge) =>
                    html`<li>
                      <button
                        type="button"
                        class="tie"
                        data-edge=${edge}
                        aria-current=${selection?.kind === 'edge' && selection.key === edge ? 'true' : nothing}
                        @click=${() => this.send({ type: 'select', key: edge })}
                      >
                        ${this.edgeText(edge)}
                      </button>
                    </li>`,
                )}
              </ul>`
          : html`<p>None: every friendly tie is within a camp and every hostile tie between camps.</p>`
      }
    </section>`;
  }

  private renderCommunities(analysis: Analysis) {
    const { communities } = analysis;
    const count = `${communities.count} ${communities.count === 1 ? 'community' : 'communities'}`;
    const modularity = communities.modularity === null ? '' : `, modularity ${communities.modularity.toFixed(2)}`;
    return html`<section>
      <h3>Communities</h3>
      <p class="communities">${count}${modularity} <span class="muted">(Louvain: actors more tied to each other than to the rest)</span></p>
      ${communities.message ? html`<p class="message">${sentence(communities.message)}</p>` : nothing}
    </section>`;
  }

  private renderSensitivity(analysis: Analysis) {
    const sentences = analysis.sensitivity.sentences;
    if (!sentences.length) return nothing;
    return html`<section>
      <h3>How sure is this?</h3>
      <ul class="sensitivity">
        ${sentences.map((line) => html`<li>${line}</li>`)}
      </ul>
    </section>`;
  }

  private readonly label = (key: string): string => (this.graph?.hasNode(key) ? nodeLabel(this.graph, key) : key);

  /** The relationship's sentence, or its key when it is not in the graph shown. */
  private edgeText(edge: string): string {
    const graph = this.graph;
    return graph?.hasEdge(edge) && this.resolved ? describeEdgeText(graph, this.resolved, edge) : edge;
  }

  private send(request: ExplorerRequest): void {
    requestFromExplorer(this, request);
  }
}

/**
 * Registers `<sg-analysis-panel>`. The explorer's parts call this rather than importing the
 * registration module for its side effect: package.json's `sideEffects` names the modules a
 * bundler must keep, and a call inside one of them cannot be shaken out.
 */
export function defineAnalysisPanel(): void {
  if (!customElements.get('sg-analysis-panel')) customElements.define('sg-analysis-panel', SgAnalysisPanel);
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-analysis-panel': SgAnalysisPanel;
  }
}
