/**
 * The analysis panel's centrality table: actor, degree, betweenness and PageRank, sorted by the
 * buttons in the column headers (the sorted column carries `aria-sort`), the top rows first with
 * "Show all" for the rest. A template function; the panel keeps the sort and passes it in.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CentralityResult } from '../../analysis/types';
import { centralityRows, score, sortRows, type CentralityRow, type Member, type Sort, type SortKey } from './analysis-text';

/** Rows shown before "Show all". */
export const TOP_ROWS = 20;

export interface CentralityView {
  sort: Sort;
  /** Whether every row is shown, not only the top ones. */
  all: boolean;
}

interface TableHooks {
  label: (key: string) => string;
  /** The actor's button (it selects the actor). */
  member: (member: Member) => TemplateResult;
  change: (view: CentralityView) => void;
}

const COLUMNS: ReadonlyArray<[SortKey, string]> = [
  ['actor', 'Actor'],
  ['degree', 'Degree'],
  ['betweenness', 'Betweenness'],
  ['pagerank', 'PageRank'],
];

const NAMES: Record<SortKey, string> = { actor: 'name', degree: 'degree', betweenness: 'betweenness', pagerank: 'PageRank' };

export function renderCentrality(centrality: CentralityResult, view: CentralityView, hooks: TableHooks): TemplateResult {
  const rows = sortRows(centralityRows(centrality, hooks.label), view.sort);
  const shown = view.all ? rows : rows.slice(0, TOP_ROWS);
  const order =
    view.sort.key === 'actor' ? `by ${NAMES.actor}` : `by ${NAMES[view.sort.key]}, ${view.sort.descending ? 'highest' : 'lowest'} first`;
  return html`<section>
    <h3>Who matters</h3>
    <p class="muted">
      Degree: how many claims touch the actor. Betweenness: how often it lies on the shortest paths between others. PageRank: ties to actors
      that are themselves well tied.
      ${centrality.approximate ? html`<strong class="approximate">Betweenness is approximate: estimated from ${centrality.samples ?? 'sampled'} sources.</strong>` : nothing}
    </p>
    <table class="centrality">
      <caption>
        Centrality: ${shown.length === rows.length ? `all ${rows.length} actors` : `top ${shown.length} of ${rows.length} actors`}, ${order}
      </caption>
      <thead>
        <tr>
          ${COLUMNS.map(([key, name]) => header(key, name, view, hooks.change))}
        </tr>
      </thead>
      <tbody>
        ${shown.map((row) => rowOf(row, hooks))}
      </tbody>
    </table>
    ${
      rows.length > TOP_ROWS
        ? html`<button type="button" class="show-all" @click=${() => hooks.change({ ...view, all: !view.all })}>
            ${view.all ? `Show the top ${TOP_ROWS}` : `Show all ${rows.length}`}
          </button>`
        : nothing
    }
  </section>`;
}

function header(key: SortKey, name: string, view: CentralityView, change: (view: CentralityView) => void): TemplateResult {
  const sorted = view.sort.key === key;
  const ariaSort = sorted ? (view.sort.descending ? 'descending' : 'ascending') : nothing;
  // A new column sorts the way a person expects first: names A to Z, scores highest first.
  const next: Sort = sorted ? { key, descending: !view.sort.descending } : { key, descending: key !== 'actor' };
  return html`<th scope="col" aria-sort=${ariaSort} class=${key === 'actor' ? '' : 'number'}>
    <button type="button" class="sort" data-sort=${key} @click=${() => change({ ...view, sort: next })}>
      ${name}<span class="arrow" aria-hidden="true">${sorted ? (view.sort.descending ? ' ▼' : ' ▲') : ''}</span>
    </button>
  </th>`;
}

function rowOf(row: CentralityRow, hooks: TableHooks): TemplateResult {
  const io =
    row.inDegree !== undefined && row.outDegree !== undefined
      ? html` <span class="muted io">(${row.inDegree} in, ${row.outDegree} out)</span>`
      : nothing;
  return html`<tr data-key=${row.key}>
    <th scope="row">${hooks.member(row)}</th>
    <td class="number">${row.degree}${io}</td>
    <td class="number">${score(row.betweenness)}</td>
    <td class="number">${score(row.pagerank)}</td>
  </tr>`;
}
