/**
 * The legend, which is also the filter: each edge type, status and actor kind present in the
 * graph is a toggle button with its swatch and "shown of total" count; a reset button appears
 * while anything is filtered. The heading is a button that collapses the legend to itself (its
 * `aria-expanded` says which). Pure template functions; every string from the data goes through
 * Lit's escaping. Swatches take the registry's `color`s, those of the theme shown, as the drawing does.
 */
import { html, svg, nothing, type TemplateResult } from 'lit';
import type { Legend, LegendEntry } from '../../graph/legend';
import { FALLBACK_COLOR } from '../../graph/palette';
import type Graph from 'graphology';
import type { Registry } from '../../graph/registry';
import { filterCounts, type Facet, type Filter } from '../../graph/filter';
import type { GroupEntry } from '../../state/analysis-looks';
import { STATUS_LINE_STYLE } from '../../view/cy-elements';
import { renderGroupControls, type GroupControls } from './legend-groups';

export type { Facet };

export interface LegendState {
  legend: Legend;
  registry: Registry;
  /** Per facet, the keys shown (null: all). */
  shown: Record<Facet, readonly string[] | null>;
  /** Per facet and key, how many elements are visible under the current filter. */
  visibleCounts: Record<Facet, ReadonlyMap<string, number>>;
  /** Only the heading button shows; it opens the legend again. */
  collapsed: boolean;
  /** Camps or communities while `color-by` shows them (not filters: a list with colour, ring and badge). */
  groups?: { kind: 'camp' | 'community'; entries: GroupEntry[] } | null;
  /** The groups drawn (`group-by` or the overview), with their open and collapse buttons. */
  grouping?: GroupControls | null;
  onToggle(facet: Facet, key: string): void;
  onReset(): void;
  onCollapse(): void;
}

const DASH: Record<'solid' | 'dashed' | 'dotted', string> = { solid: '', dashed: '6 4', dotted: '2 3' };

function lineSwatch(color: string, pattern: 'solid' | 'dashed' | 'dotted', arrow: boolean): TemplateResult {
  return html`<svg width="34" height="10" viewBox="0 0 34 10" aria-hidden="true">
    ${svg`<line x1="1" y1="5" x2=${arrow ? 26 : 33} y2="5" stroke=${color} stroke-width="2.5" stroke-dasharray=${DASH[pattern]} />`}
    ${arrow ? svg`<path d="M25 1 L33 5 L25 9 Z" fill=${color} />` : nothing}
  </svg>`;
}

function kindSwatch(color: string, round: boolean): TemplateResult {
  return html`<svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
    ${round ? svg`<circle cx="6" cy="6" r="5" fill=${color} />` : svg`<rect x="1" y="1" width="10" height="10" rx="2" fill=${color} />`}
  </svg>`;
}

function entryButton(state: LegendState, facet: Facet, entry: LegendEntry, swatch: TemplateResult, suffix = ''): TemplateResult {
  const shownKeys = state.shown[facet];
  const on = shownKeys === null || shownKeys.includes(entry.key);
  const visible = state.visibleCounts[facet].get(entry.key) ?? 0;
  const count = visible === entry.count ? `${entry.count}` : `${visible} of ${entry.count}`;
  return html`<li>
    <button
      type="button"
      class="toggle"
      data-facet=${facet}
      data-key=${entry.key}
      aria-pressed=${on ? 'true' : 'false'}
      title=${on ? `Hide ${entry.label}` : `Show ${entry.label}`}
      @click=${() => state.onToggle(facet, entry.key)}
    >
      <span class="check" aria-hidden="true">${on ? '✓' : ''}</span>
      ${swatch}
      <span class="name">${entry.label}${suffix}</span>
      <span class="count">${count}</span>
    </button>
  </li>`;
}

export function renderLegend(state: LegendState): TemplateResult | typeof nothing {
  const { legend, registry } = state;
  if (legend.edgeTypes.length === 0 && legend.nodeKinds.length === 0) return nothing;
  const filtered = Object.values(state.shown).some((keys) => keys !== null);
  const showKinds = legend.nodeKinds.length > 1 || legend.nodeKinds.some((kind) => registry.nodeKinds.get(kind.key)?.declared);
  return html`<section class="legend ${filtered ? 'filtered' : ''}" part="legend" aria-label="Legend and filters">
    <button
      type="button"
      class="legend-toggle"
      part="legend-toggle"
      aria-expanded=${state.collapsed ? 'false' : 'true'}
      aria-controls="legend-body"
      @click=${state.onCollapse}
    >
      <span aria-hidden="true">${state.collapsed ? '▸' : '▾'}</span>
      Legend${filtered && state.collapsed ? html` <span class="filter-note">(filtered)</span>` : nothing}
    </button>
    <div id="legend-body" ?hidden=${state.collapsed}>${legendBody(state, filtered, showKinds)}</div>
  </section>`;
}

function legendBody(state: LegendState, filtered: boolean, showKinds: boolean): TemplateResult {
  const { legend, registry } = state;
  return html`${
    filtered
      ? html`<div class="filter-bar">
          <span class="filter-note">Filtered</span>
          <button type="button" class="reset" @click=${state.onReset}>Show all</button>
        </div>`
      : nothing
  }
  ${
    legend.edgeTypes.length
      ? html`<h3 id="legend-types">Relationships</h3>
          <ul aria-labelledby="legend-types">
            ${legend.edgeTypes.map((entry) => {
              const type = registry.edgeTypes.get(entry.key);
              const swatch = lineSwatch(type?.color ?? FALLBACK_COLOR, 'solid', type?.directed ?? true);
              return entryButton(state, 'edgeTypes', entry, swatch, type?.directed === false ? ' (both ways)' : '');
            })}
          </ul>`
      : nothing
  }
  ${
    legend.statuses.length
      ? html`<h3 id="legend-statuses">Status</h3>
          <ul aria-labelledby="legend-statuses">
            ${legend.statuses.map((entry) => {
              const pattern = STATUS_LINE_STYLE[entry.key as keyof typeof STATUS_LINE_STYLE] ?? 'solid';
              return entryButton(state, 'statuses', entry, lineSwatch('currentColor', pattern, false));
            })}
          </ul>`
      : nothing
  }
  ${
    showKinds
      ? html`<h3 id="legend-kinds">Actors</h3>
          <ul aria-labelledby="legend-kinds">
            ${legend.nodeKinds.map((entry) => {
              const kind = registry.nodeKinds.get(entry.key);
              return entryButton(state, 'nodeKinds', entry, kindSwatch(kind?.color ?? FALLBACK_COLOR, kind?.shape === 'ellipse'));
            })}
          </ul>`
      : nothing
  }
  ${state.groups ? groupList(state.groups) : nothing} ${state.grouping ? renderGroupControls(state.grouping) : nothing}`;
}

const RING_DASH: Record<GroupEntry['ring'], string> = { solid: '', double: '', dashed: '3 2', dotted: '1 2' };

/** The camps or communities shown by `color-by`: colour, ring pattern and badge, as drawn. */
function groupList(groups: { kind: 'camp' | 'community'; entries: GroupEntry[] }): TemplateResult {
  const title = groups.kind === 'camp' ? 'Camps' : 'Communities';
  return html`<h3 id="legend-groups">${title}</h3>
    <ul aria-labelledby="legend-groups" class="groups">
      ${groups.entries.map(
        (entry) =>
          html`<li class="group">
            <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
              ${svg`<circle cx="7" cy="7" r="5" fill=${entry.color} stroke="currentColor" stroke-width=${entry.ring === 'double' ? 3 : 1.5} stroke-dasharray=${RING_DASH[entry.ring]} />`}
            </svg>
            <span class="badge">${entry.badge}</span>
            <span class="name">${entry.label}</span>
            <span class="count">${entry.members}</span>
          </li>`,
      )}
    </ul>`;
}

/** Per facet and key, how many elements the filter leaves visible (the legend's counts). */
export function visibleCounts(graph: Graph, filter: Filter): LegendState['visibleCounts'] {
  const counts = filterCounts(graph, filter);
  const visibleOf = (map: Map<string, { visible: number }>) => new Map([...map].map(([key, value]) => [key, value.visible]));
  return { edgeTypes: visibleOf(counts.edgeTypes), statuses: visibleOf(counts.statuses), nodeKinds: visibleOf(counts.nodeKinds) };
}
