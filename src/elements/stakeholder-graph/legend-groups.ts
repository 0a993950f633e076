/**
 * The legend's groups section while something groups the actors: what the person sees ("20,000
 * actors in 38 groups, 38 collapsed"), one button per group that opens or collapses it (its
 * `aria-expanded` says which), and Open all / Collapse all. Pure template; labels escaped by Lit.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { GroupSummary } from '../events';

export interface GroupControls {
  /** What groups the actors, for the heading. */
  by: string;
  /** How many actors the graph has. */
  actors: number;
  groups: GroupSummary[];
  onToggle(key: string, collapsed: boolean): void;
  onAll(collapse: boolean): void;
}

const BY_TITLE: Record<string, string> = {
  data: 'Groups',
  kind: 'Groups by kind',
  camp: 'Groups by camp',
  community: 'Groups by community',
};

export function renderGroupControls(controls: GroupControls): TemplateResult {
  const groups = controls.groups.filter((group) => group.size > 0);
  const collapsed = groups.filter((group) => group.collapsed).length;
  const summary = `${controls.actors.toLocaleString('en')} actors in ${groups.length.toLocaleString('en')} groups${
    collapsed > 0 ? `, ${collapsed.toLocaleString('en')} collapsed` : ''
  }.`;
  return html`<h3 id="legend-grouping">${BY_TITLE[controls.by] ?? 'Groups'}</h3>
    <p class="group-summary">${summary}</p>
    <div class="group-all">
      ${collapsed > 0 ? html`<button type="button" class="reset" @click=${() => controls.onAll(false)}>Open all</button>` : nothing}
      ${collapsed < groups.length ? html`<button type="button" class="reset" @click=${() => controls.onAll(true)}>Collapse all</button>` : nothing}
    </div>
    <ul aria-labelledby="legend-grouping" class="group-toggles">
      ${groups.map(
        (group) =>
          html`<li>
            <button
              type="button"
              class="toggle group-toggle"
              data-group=${group.key}
              aria-expanded=${group.collapsed ? 'false' : 'true'}
              title=${group.description ?? nothing}
              @click=${() => controls.onToggle(group.key, group.collapsed)}
            >
              <span class="chevron" aria-hidden="true">${group.collapsed ? '▸' : '▾'}</span>
              <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
                ${svg`<circle cx="6" cy="6" r="5" fill=${group.color ?? 'none'} stroke="currentColor" stroke-width="1.5" stroke-dasharray="2 1.5" />`}
              </svg>
              <span class="name">${group.label}</span>
              <span class="count">${group.size.toLocaleString('en')}</span>
            </button>
          </li>`,
      )}
    </ul>`;
}
