/**
 * An actor in `<sg-details>`: name, kind, description, aliases, then its relationships grouped
 * by type and direction ("supplies →", "← supplied by", "↔ pact with"), each with buttons to
 * the other actor and to the claim, a status badge and its evidence in compact form.
 * Relationships the filter hides are kept out of the list and counted in a collapsed
 * "N hidden by filters" disclosure that lists them in the same form when opened.
 */
import { html, nothing } from 'lit';
import { STATUS_LABELS } from '../../graph/legend';
import { nodeKindOf, nodeLabel } from '../../graph/registry';
import { relationshipsOf, type Direction, type RelationshipGroup } from '../../graph/relationships';
import { compactEvidence } from './evidence-view';
import type { ViewContext } from './view-context';

const ARROWS: Record<Direction, { before: string; after: string }> = {
  out: { before: '', after: '→' },
  in: { before: '←', after: '' },
  both: { before: '↔', after: '' },
};

export interface HiddenDisclosure {
  open: boolean;
  toggle: () => void;
}

export function actorView(ctx: ViewContext, key: string, hidden: HiddenDisclosure) {
  const { graph, registry, visible } = ctx;
  const attributes = graph.getNodeAttributes(key);
  const label = nodeLabel(graph, key);
  const kind = nodeKindOf(attributes);
  const description = typeof attributes.description === 'string' ? attributes.description.trim() : '';
  const groups = relationshipsOf(graph, registry, key);
  const shown = visible ? pick(groups, (edge) => visible.edges.has(edge)) : groups;
  const hiddenGroups = visible ? pick(groups, (edge) => !visible.edges.has(edge)) : [];
  const hiddenCount = count(hiddenGroups);
  const aliases = aliasesOf(attributes.aliases, label);

  return html`
    <h2 id="heading" tabindex="-1">${label}</h2>
    <p class="kind muted">${registry.nodeKinds.get(kind)?.label ?? kind}</p>
    ${visible && !visible.nodes.has(key) ? html`<p class="note">This actor is hidden by the current filters.</p>` : nothing}
    ${description ? html`<p class="description">${description}</p>` : nothing}
    ${aliases.length ? html`<p class="aliases">Also known as: ${aliases.join(', ')}</p>` : nothing}
    <h3>Relationships</h3>
    ${
      shown.length
        ? groupsView(ctx, label, shown)
        : html`<p class="muted">${groups.length ? 'None shown with the current filters.' : 'No relationships.'}</p>`
    }
    ${
      hiddenCount
        ? html`<button
              class="hidden-toggle"
              aria-expanded=${hidden.open ? 'true' : 'false'}
              aria-controls="hidden-relationships"
              @click=${hidden.toggle}
            >
              <span aria-hidden="true">${hidden.open ? '▾' : '▸'}</span> ${hiddenCount} hidden by filters
            </button>
            <div id="hidden-relationships" class="hidden-relationships" ?hidden=${!hidden.open}>
              ${hidden.open ? groupsView(ctx, label, hiddenGroups) : nothing}
            </div>`
        : nothing
    }
  `;
}

function groupsView(ctx: ViewContext, selfLabel: string, groups: RelationshipGroup[]) {
  return groups.map((group) => {
    const arrow = ARROWS[group.direction];
    return html`<div class="group ${group.direction}">
      <h4>
        ${arrow.before ? html`<span aria-hidden="true">${arrow.before}</span> ` : nothing}${group.heading}${
          arrow.after ? html` <span aria-hidden="true">${arrow.after}</span>` : nothing
        }
      </h4>
      <ul class="relationships">
        ${group.items.map(
          (item) =>
            html`<li class="relationship">
              <div class="line">
                <button class="other" @click=${() => ctx.navigate({ kind: 'node', key: item.other })}>${item.otherLabel}</button>
                ${item.label ? html`<span class="edge-label">${item.label}</span>` : nothing}
                <span class="badge ${item.status}">${STATUS_LABELS[item.status]}</span>
                ${item.since ? html`<span class="since muted">since ${item.since}</span>` : nothing}
                <button class="claim" @click=${() => ctx.navigate({ kind: 'edge', key: item.edge })}>
                  Details<span class="vh">: ${selfLabel} ${group.heading} ${item.otherLabel}${item.label ? `, ${item.label}` : ''}</span>
                </button>
              </div>
              ${item.items?.length ? html`<p class="items">Items: ${item.items.join(', ')}</p>` : nothing}
              ${compactEvidence(item.evidence, ctx.sources)}
            </li>`,
        )}
      </ul>
    </div>`;
  });
}

/** The groups with only the items whose edge passes `keep`; groups left empty are dropped. */
function pick(groups: RelationshipGroup[], keep: (edge: string) => boolean): RelationshipGroup[] {
  return groups
    .map((group) => ({ ...group, items: group.items.filter((item) => keep(item.edge)) }))
    .filter((group) => group.items.length > 0);
}

function count(groups: RelationshipGroup[]): number {
  return groups.reduce((sum, group) => sum + group.items.length, 0);
}

/** Aliases other than the label itself, as given; anything not a non-empty string is skipped. */
function aliasesOf(raw: unknown, label: string): string[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set([label.trim().toLowerCase()]);
  const aliases: string[] = [];
  for (const alias of raw) {
    if (typeof alias !== 'string' || alias.trim() === '') continue;
    const id = alias.trim().toLowerCase();
    if (seen.has(id)) continue;
    seen.add(id);
    aliases.push(alias.trim());
  }
  return aliases;
}
