/**
 * `<sg-relationships>`: the graph as text, the canvas's accessible alternative. A summary
 * sentence and a table of the relationships the filter shows, sorted by source, type and target,
 * rendered 200 rows at a time. Actor and relationship cells are buttons that fire `sg-navigate`;
 * the selected relationship's row and the selected actor's rows are marked.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { repeat } from 'lit/directives/repeat.js';
import type Graph from 'graphology';
import { summarizeGraph } from '../../graph/describe';
import type { VisibleSet } from '../../graph/filter';
import { STATUS_LABELS } from '../../graph/legend';
import { nodeLabel, resolveRegistry, type Registry } from '../../graph/registry';
import { describeEdge } from '../../graph/relationships';
import { commonStyles } from '../sg-details/common.styles';
import { evidenceBrief } from '../sg-details/evidence-format';
import { emitNavigate, type SgNavigateDetail, type SgSelection } from '../sg-details/navigate';
import { relationshipRows, rowsInvolving, type RelationshipRow } from './rows';
import { relationshipsStyles } from './sg-relationships.styles';
import { followExplorer } from '../stakeholder-explorer/explorer-context';

/** Rows rendered at first and added by each "Show more". */
export const PAGE_SIZE = 200;

const number = new Intl.NumberFormat('en');

/**
 * @summary The relationships as a summary and a table: the text alternative to the graph canvas.
 *
 * @event sg-navigate - An actor or relationship button was pressed. `detail: {kind: 'node'|'edge', key}`.
 *
 * @csspart panel - The wrapper of everything.
 * @csspart summary - The one-paragraph summary.
 * @csspart table - The table of relationships.
 *
 * @cssproperty --sg-text - Text colour. Default `#1e293b`.
 * @cssproperty --sg-muted - Secondary text and the marker of the selected actor's rows. Default `#475569`.
 * @cssproperty --sg-border - Row separators. Default `#cbd5e1`.
 * @cssproperty --sg-accent - Buttons and the focus ring. Default `#1d4ed8`.
 * @cssproperty --sg-panel - Background. Default `--sg-background`, else `#fff`.
 * @cssproperty --sg-font - Font family. Default inherited.
 */
export class SgRelationships extends LitElement {
  static override styles = [commonStyles, relationshipsStyles];

  static override properties = {
    graph: { attribute: false },
    registry: { attribute: false },
    visible: { attribute: false },
    selection: { attribute: false },
    limit: { state: true },
    onlySelected: { state: true },
  };

  /** The graph to list. Set a new graph (or call `requestUpdate()`) after changing it in place. */
  declare graph: Graph | undefined;
  /** Edge-type labels; resolved from the graph when not given. */
  declare registry: Registry | undefined;
  /** What the filter shows; only these relationships are listed. Null: all. */
  declare visible: VisibleSet | null;
  /** The selected actor or relationship, marked in the table. */
  declare selection: SgSelection;
  declare protected limit: number;
  declare protected onlySelected: boolean;

  /** Every visible row, sorted; rebuilt only when graph, registry or visible change. */
  private rows: RelationshipRow[] = [];
  private summary = '';
  private resolved: Registry | undefined;
  /** After "Show more", the index of the first new row, to move focus there. */
  private focusRow = -1;

  constructor() {
    super();
    this.visible = null;
    this.selection = null;
    this.limit = PAGE_SIZE;
    this.onlySelected = false;
    // Inside an explorer its state arrives by context; on its own, through these properties.
    followExplorer(this, (state) =>
      Object.assign(this, { graph: state.graph, registry: state.registry, selection: state.selection, visible: state.visible }),
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('graph') || changed.has('registry') || changed.has('visible')) {
      const graph = this.graph;
      const registry = (this.resolved = this.registry ?? (graph ? resolveRegistry(graph) : undefined));
      this.rows = graph && registry ? relationshipRows(graph, registry, this.visible) : [];
      this.summary = graph && registry ? summarizeGraph(graph, registry, this.visible ?? undefined) : '';
    }
    if (changed.has('graph')) this.limit = PAGE_SIZE;
  }

  protected override updated(): void {
    if (this.focusRow < 0) return;
    const row = this.shadowRoot?.querySelectorAll('tbody tr')[this.focusRow];
    this.focusRow = -1;
    row?.querySelector('button')?.focus();
  }

  protected override render() {
    if (!this.graph) return html`<div part="panel" class="panel"><p class="empty muted">No graph loaded.</p></div>`;
    const actor = this.selectedActor();
    const only = this.onlySelected && actor !== undefined;
    const rows = only ? rowsInvolving(this.rows, actor) : this.rows;
    const shown = rows.slice(0, this.limit);
    const whose = only ? ` of ${nodeLabel(this.graph, actor)}` : '';
    return html`<div part="panel" class="panel">
      <p class="summary" part="summary">${this.summary}</p>
      <div class="controls">
        ${
          actor !== undefined
            ? html`<button class="only" aria-pressed=${only ? 'true' : 'false'} @click=${this.toggleOnly}>
                Only relationships of ${nodeLabel(this.graph, actor)}
              </button>`
            : nothing
        }
        ${
          rows.length
            ? html`<p class="count">
                ${
                  shown.length === rows.length
                    ? `Showing all ${number.format(rows.length)} relationships${whose}`
                    : `Showing ${number.format(shown.length)} of ${number.format(rows.length)} relationships${whose}`
                }
              </p>`
            : nothing
        }
      </div>
      ${rows.length ? this.table(shown, actor) : html`<p class="empty">No relationships${whose} match the current filters.</p>`}
      ${
        rows.length > shown.length
          ? html`<button class="show-more" @click=${this.showMore}>
              Show ${number.format(Math.min(PAGE_SIZE, rows.length - shown.length))} more
            </button>`
          : nothing
      }
    </div>`;
  }

  private table(rows: RelationshipRow[], actor: string | undefined) {
    const selectedEdge = this.selection?.kind === 'edge' ? this.selection.key : undefined;
    return html`<table part="table">
      <caption>
        Relationships
      </caption>
      <thead>
        <tr>
          <th scope="col">Source</th>
          <th scope="col">Relationship</th>
          <th scope="col">Target</th>
          <th scope="col">Status</th>
          <th scope="col">Evidence</th>
        </tr>
      </thead>
      <tbody>
        ${repeat(
          rows,
          (row) => row.edge,
          (row) => this.row(row, row.edge === selectedEdge, actor !== undefined && (row.source === actor || row.target === actor)),
        )}
      </tbody>
    </table>`;
  }

  private row(row: RelationshipRow, selected: boolean, involved: boolean) {
    const brief = evidenceBrief(describeEdge(this.graph!, this.resolved!, row.edge).evidence);
    return html`<tr class=${classMap({ selected, involved })} aria-current=${selected ? 'true' : nothing} data-edge=${row.edge}>
      <td><span class="marker" aria-hidden="true">${selected ? '▶' : ''}</span>${this.nodeButton(row.source, row.sourceLabel)}</td>
      <td>
        <button class="edge" @click=${() => this.navigate({ kind: 'edge', key: row.edge })}>
          ${row.typeLabel}${row.bothWays ? ' (both ways)' : ''}
        </button>
        ${row.label ? html`<span class="edge-label">${row.label}</span>` : nothing}
      </td>
      <td>${this.nodeButton(row.target, row.targetLabel)}</td>
      <td><span class="badge ${row.status}">${STATUS_LABELS[row.status]}</span></td>
      <td>
        ${brief.text || html`<span class="muted">none given</span>`}
        ${brief.more > 0 ? html`<span class="more-evidence muted">+${brief.more} more</span>` : nothing}
      </td>
    </tr>`;
  }

  private nodeButton(key: string, label: string) {
    return html`<button class="node" @click=${() => this.navigate({ kind: 'node', key })}>${label}</button>`;
  }

  /** The selected actor's key, if an actor in this graph is selected. */
  private selectedActor(): string | undefined {
    const selection = this.selection;
    return selection?.kind === 'node' && this.graph?.hasNode(selection.key) ? selection.key : undefined;
  }

  private readonly toggleOnly = (): void => {
    this.onlySelected = !this.onlySelected;
    this.limit = PAGE_SIZE;
  };

  private readonly showMore = (): void => {
    this.focusRow = this.limit;
    this.limit += PAGE_SIZE;
  };

  private navigate(detail: SgNavigateDetail): void {
    emitNavigate(this, detail);
  }
}
