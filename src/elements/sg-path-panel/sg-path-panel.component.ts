/**
 * `<sg-path-panel>`: ask how one actor is connected to another. From/to pickers with search
 * (aliases too), the options (relationship types, direction, statuses, length), and the list
 * of paths with their narratives. Hovering or arrowing through the list previews a path;
 * clicking or Enter highlights it. It is controlled: it shows the query and result it is given
 * and asks for changes with events; the host runs them on `<stakeholder-graph>`.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type Graph from 'graphology';
import { nodeLabel, type Registry } from '../../graph/registry';
import { STATUS_LABELS, type StatusKey } from '../../graph/legend';
import { STATUSES } from '../../graph/dataset-schema';
import type { PathResult } from '../../graph/paths';
import { DEFAULT_PATH_QUERY, type PathQuery } from '../../graph/state-types';
import '../sg-search/sg-search';
import type { SgSearch } from '../sg-search/sg-search.component';
import { sgPathPanelStyles } from './sg-path-panel.styles';
import { followExplorer, requestFromExplorer } from '../stakeholder-explorer/explorer-context';

/** The path query the panel shows and asks for: the same shape as the graph's `pathQuery`. */
export type PathQueryDetail = PathQuery;

/** The query shown before any is given: nothing picked, every option open. */
export const EMPTY_QUERY: PathQueryDetail = DEFAULT_PATH_QUERY;

let instances = 0;

/**
 * @summary Find and highlight paths between two actors.
 * @event sg-path-query - The user changed the query. `detail: PathQueryDetail`.
 * @event sg-path-preview - The user is looking at a path in the list. `detail: {index: number | null}`.
 * @csspart panel - The panel.
 */
export class SgPathPanel extends LitElement {
  static override styles = sgPathPanelStyles;

  static override properties = {
    graph: { attribute: false },
    registry: { attribute: false },
    query: { attribute: false },
    result: { attribute: false },
    active: { state: true },
    pathGroups: { state: true },
  };

  declare graph: Graph | undefined;
  declare registry: Registry | undefined;
  /** In an explorer: how many collapsed groups the path shown runs through (a button opens them). */
  declare pathGroups: number;
  /** The query shown (from the graph element's path attributes). */
  declare query: PathQueryDetail;
  /** The paths found for it, or null when from and to are not both set. */
  declare result: PathResult | null;
  /** The list entry under the keyboard cursor (previewed). */
  declare protected active: number;

  private readonly uid = `sg-path-${++instances}`;

  constructor() {
    super();
    this.query = EMPTY_QUERY;
    this.result = null;
    this.active = -1;
    this.pathGroups = 0;
    // Inside an explorer its state arrives by context; on its own, through these properties.
    followExplorer(this, (state) => {
      Object.assign(this, { graph: state.graph, registry: state.registry, result: state.pathResult, pathGroups: state.pathGroups });
      if (state.pathQuery) this.query = state.pathQuery;
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.query ??= EMPTY_QUERY;
    if (changed.has('result')) this.active = -1;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('query') || changed.has('graph')) {
      const searches = this.renderRoot.querySelectorAll<SgSearch>('sg-search');
      searches[0]?.setText(this.labelOf(this.query.from));
      searches[1]?.setText(this.labelOf(this.query.to));
    }
  }

  protected override render() {
    const { query, registry } = this;
    const types = registry ? [...registry.edgeTypes.values()] : [];
    return html`<section part="panel" aria-labelledby="${this.uid}-title">
      <h2 id="${this.uid}-title">Paths between two actors</h2>
      <div class="ends">
        <sg-search
          label="From"
          placeholder="Start actor…"
          .graph=${this.graph}
          @sg-pick=${(e: CustomEvent<{ key: string }>) => this.change({ from: e.detail.key })}
        ></sg-search>
        <button
          type="button"
          aria-label="Swap from and to"
          title="Swap"
          ?disabled=${!query.from && !query.to}
          @click=${() => this.change({ from: query.to, to: query.from })}
        >
          ⇄
        </button>
        <sg-search
          label="To"
          placeholder="End actor…"
          .graph=${this.graph}
          @sg-pick=${(e: CustomEvent<{ key: string }>) => this.change({ to: e.detail.key })}
        ></sg-search>
      </div>
      <fieldset>
        <legend>Relationship types</legend>
        <div class="choices">
          ${types.map(
            (type) =>
              html`<label class="choice"
                ><input
                  type="checkbox"
                  data-type=${type.key}
                  .checked=${query.types === null || query.types.includes(type.key)}
                  @change=${(e: Event) => this.toggleType(type.key, (e.target as HTMLInputElement).checked)}
                />${type.label}</label
              >`,
          )}
        </div>
      </fieldset>
      <fieldset>
        <legend>Direction</legend>
        <div class="choices">
          <label class="choice"
            ><input
              type="radio"
              name="${this.uid}-dir"
              value="follow"
              .checked=${query.direction === 'follow'}
              @change=${() => this.change({ direction: 'follow' })}
            />Along the arrows</label
          >
          <label class="choice"
            ><input
              type="radio"
              name="${this.uid}-dir"
              value="ignore"
              .checked=${query.direction === 'ignore'}
              @change=${() => this.change({ direction: 'ignore' })}
            />Either way</label
          >
        </div>
      </fieldset>
      <fieldset>
        <legend>Status</legend>
        <div class="choices">
          ${STATUSES.map(
            (status) =>
              html`<label class="choice"
                ><input
                  type="checkbox"
                  data-status=${status}
                  .checked=${query.statuses === null || query.statuses.includes(status)}
                  @change=${(e: Event) => this.toggleStatus(status, (e.target as HTMLInputElement).checked)}
                />${STATUS_LABELS[status as StatusKey]}</label
              >`,
          )}
        </div>
      </fieldset>
      <div class="actions">
        <label class="choice">
          Up to
          <select @change=${(e: Event) => this.change({ maxHops: Number((e.target as HTMLSelectElement).value) })}>
            ${[2, 3, 4, 5, 6].map((n) => html`<option value=${n} ?selected=${query.maxHops === n}>${n} hops</option>`)}
          </select>
        </label>
        <button type="button" ?disabled=${!query.from && !query.to} @click=${() => this.change({ from: null, to: null, index: 0 })}>
          Clear path
        </button>
      </div>
      ${this.renderResult()}
    </section>`;
  }

  private renderResult() {
    const result = this.result;
    if (!result) {
      return html`<p class="note">Pick two actors, or Shift-click two actors in the graph.</p>`;
    }
    if (result.paths.length === 0) return html`<p class="explanation" role="status">${result.explanation ?? 'No path.'}</p>`;
    const activeId = this.active >= 0 ? `${this.uid}-path-${this.active}` : nothing;
    return html`
      <p class="note" role="status">${summary(result)}</p>
      ${
        this.pathGroups > 0
          ? html`<p class="note">
              The path runs through ${this.pathGroups === 1 ? 'a collapsed group' : `${this.pathGroups} collapsed groups`}, drawn as one
              node each.
              <button type="button" class="open-groups" @click=${() => requestFromExplorer(this, { type: 'open-path-groups' })}>
                Open ${this.pathGroups === 1 ? 'it' : 'them'}
              </button>
            </p>`
          : nothing
      }
      <ol
        role="listbox"
        tabindex="0"
        aria-label="Paths found"
        aria-activedescendant=${activeId}
        @keydown=${this.onKeyDown}
        @mouseleave=${() => this.preview(null)}
        @blur=${() => this.preview(null)}
      >
        ${result.paths.map(
          (path, i) =>
            html`<li
              id="${this.uid}-path-${i}"
              role="option"
              class=${i === this.active ? 'active' : ''}
              aria-selected=${i === this.query.index ? 'true' : 'false'}
              @mouseenter=${() => this.preview(i)}
              @click=${() => this.change({ index: i })}
            >
              <span class="hops">${i + 1}. ${path.hops} hop${path.hops === 1 ? '' : 's'}:</span> ${path.narrative}
            </li>`,
        )}
      </ol>
    `;
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const count = this.result?.paths.length ?? 0;
    if (!count) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const start = this.active >= 0 ? this.active : this.query.index;
      const next = (start + (event.key === 'ArrowDown' ? 1 : -1) + count) % count;
      this.active = next;
      this.preview(next);
      void this.updateComplete.then(() => this.renderRoot.querySelector(`#${this.uid}-path-${next}`)?.scrollIntoView({ block: 'nearest' }));
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (this.active >= 0) this.change({ index: this.active });
    } else if (event.key === 'Escape') {
      this.preview(null);
      this.active = -1;
    }
  };

  private toggleType(key: string, on: boolean): void {
    const all = this.registry ? [...this.registry.edgeTypes.keys()] : [];
    this.change({ types: toggleIn(this.query.types, key, on, all), index: 0 });
  }

  private toggleStatus(key: string, on: boolean): void {
    this.change({ statuses: toggleIn(this.query.statuses, key, on, [...STATUSES]), index: 0 });
  }

  private change(patch: Partial<PathQueryDetail>): void {
    const next: PathQueryDetail = { ...this.query, ...patch };
    if (!('index' in patch)) next.index = 0;
    this.dispatchEvent(new CustomEvent('sg-path-query', { detail: next, bubbles: true, composed: true }));
  }

  private preview(index: number | null): void {
    this.dispatchEvent(new CustomEvent('sg-path-preview', { detail: { index }, bubbles: true, composed: true }));
  }

  private labelOf(key: string | null): string {
    return key && this.graph?.hasNode(key) ? nodeLabel(this.graph, key) : (key ?? '');
  }
}

const hopsText = (n: number) => `${n} hop${n === 1 ? '' : 's'}`;

/** The sentence above the list: how many paths it holds, and why it may not hold them all. */
function summary(result: PathResult): string {
  const count = result.paths.length;
  // Only the shortest path is listed when it is longer than the hop limit: say so, naming the control that sets the limit.
  if (result.beyondMaxHops) {
    return `The shortest path has ${hopsText(result.paths[0]!.hops)}; other paths are listed only up to ${hopsText(result.maxHops)} (the “Up to” setting above).`;
  }
  if (result.capped) return `The first ${count} paths (more exist; narrow the options):`;
  return `${count} path${count === 1 ? '' : 's'}, shortest first:`;
}

/** A list of allowed keys with `key` switched on or off; null when all are allowed. */
function toggleIn(list: string[] | null, key: string, on: boolean, all: string[]): string[] | null {
  const current = new Set(list ?? all);
  if (on) current.add(key);
  else current.delete(key);
  return all.every((k) => current.has(k)) ? null : all.filter((k) => current.has(k));
}
