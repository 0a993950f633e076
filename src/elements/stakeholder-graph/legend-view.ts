/**
 * The legend: edge types (colour and arrow), statuses (line pattern) and node kinds present in
 * the graph, with counts. Pure template functions; every string from the data goes through Lit's
 * escaping.
 */
import { html, svg, nothing, type TemplateResult } from 'lit';
import type { Legend } from '../../graph/legend';
import type { Registry } from '../../graph/registry';
import { STATUS_LINE_STYLE } from '../../view/cy-elements';

const DASH: Record<'solid' | 'dashed' | 'dotted', string> = { solid: '', dashed: '6 4', dotted: '2 3' };

function lineSwatch(color: string, pattern: 'solid' | 'dashed' | 'dotted', arrow: boolean): TemplateResult {
  return html`<svg width="34" height="10" viewBox="0 0 34 10" aria-hidden="true">
    ${svg`<line x1="1" y1="5" x2=${arrow ? 26 : 33} y2="5" stroke=${color} stroke-width="2.5" stroke-dasharray=${DASH[pattern]} />`}
    ${arrow ? svg`<path d="M25 1 L33 5 L25 9 Z" fill=${color} />` : nothing}
  </svg>`;
}

export function renderLegend(legend: Legend, registry: Registry): TemplateResult | typeof nothing {
  if (legend.edgeTypes.length === 0 && legend.nodeKinds.length === 0) return nothing;
  return html`<section class="legend" part="legend" aria-label="Legend">
    ${legend.edgeTypes.length
      ? html`<h3>Relationships</h3>
          <ul>
            ${legend.edgeTypes.map((entry) => {
              const type = registry.edgeTypes.get(entry.key);
              return html`<li data-type=${entry.key}>
                ${lineSwatch(type?.color ?? '#475569', 'solid', type?.directed ?? true)}
                <span>${entry.label}${type?.directed === false ? ' (both ways)' : ''}</span>
                <span class="count">${entry.count}</span>
              </li>`;
            })}
          </ul>`
      : nothing}
    ${legend.statuses.length
      ? html`<h3>Status</h3>
          <ul>
            ${legend.statuses.map(
              (entry) => html`<li data-status=${entry.key}>
                ${lineSwatch('currentColor', STATUS_LINE_STYLE[entry.key as keyof typeof STATUS_LINE_STYLE] ?? 'solid', false)}
                <span>${entry.label}</span>
                <span class="count">${entry.count}</span>
              </li>`,
            )}
          </ul>`
      : nothing}
    ${legend.nodeKinds.length > 1 || legend.nodeKinds.some((kind) => registry.nodeKinds.get(kind.key)?.declared)
      ? html`<h3>Actors</h3>
          <ul>
            ${legend.nodeKinds.map((entry) => {
              const kind = registry.nodeKinds.get(entry.key);
              return html`<li data-kind=${entry.key}>
                <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
                  ${kind?.shape === 'ellipse'
                    ? svg`<circle cx="6" cy="6" r="5" fill=${kind.color} />`
                    : svg`<rect x="1" y="1" width="10" height="10" rx="2" fill=${kind?.color ?? '#475569'} />`}
                </svg>
                <span>${entry.label}</span>
                <span class="count">${entry.count}</span>
              </li>`;
            })}
          </ul>`
      : nothing}
  </section>`;
}
