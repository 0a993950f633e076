/**
 * A relationship in `<sg-details>`: its sentence, type, status, date, label and items, the two
 * actors as buttons, and the full evidence behind the claim.
 */
import { html, nothing } from 'lit';
import { STATUS_LABELS, edgeStatusOf } from '../../graph/legend';
import { describeEdge } from '../../graph/relationships';
import { fullEvidence } from './evidence-view';
import { formatDate } from '../../graph/dates';
import type { ViewContext } from './view-context';

export function edgeView(ctx: ViewContext, key: string) {
  const edge = describeEdge(ctx.graph, ctx.registry, key);
  const actor = (node: string, label: string) =>
    html`<button class="other" @click=${() => ctx.navigate({ kind: 'node', key: node })}>${label}</button>`;

  return html`
    <h2 id="heading" tabindex="-1">${edge.sentence}</h2>
    ${ctx.visible && !ctx.visible.edges.has(key) ? html`<p class="note">This relationship is hidden by the current filters.</p>` : nothing}
    <dl class="fields">
      <div>
        <dt>Type</dt>
        <dd>${edge.typeLabel}${edge.directed ? html` <span aria-hidden="true">→</span>` : ' (both ways)'}</dd>
      </div>
      <div>
        <dt>Status</dt>
        <dd><span class="badge ${edge.status}">${STATUS_LABELS[edge.status]}</span></dd>
      </div>
      <div>
        <dt>When</dt>
        <dd class="when">${whenText(ctx.graph.getEdgeAttributes(key))}</dd>
      </div>
      ${historyView(ctx.graph.getEdgeAttributes(key).history)}
      ${
        edge.label
          ? html`<div>
              <dt>Label</dt>
              <dd>${edge.label}</dd>
            </div>`
          : nothing
      }
      ${
        edge.items?.length
          ? html`<div>
              <dt>Items</dt>
              <dd>
                <ul class="items">
                  ${edge.items.map((item) => html`<li>${item}</li>`)}
                </ul>
              </dd>
            </div>`
          : nothing
      }
      <div>
        <dt>${edge.directed ? 'From' : 'Between'}</dt>
        <dd>${actor(edge.source, edge.sourceLabel)}</dd>
      </div>
      <div>
        <dt>${edge.directed ? 'To' : 'And'}</dt>
        <dd>${actor(edge.target, edge.targetLabel)}</dd>
      </div>
    </dl>
    <h3>Evidence</h3>
    ${fullEvidence(edge.evidence, ctx.sources, ctx.reading)}
  `;
}

/**
 * "Since June 2024 (the article names no year; 2024 is assumed)", "June 2023 to March 2024",
 * or "undated": the dates the data gives, with its stated assumption, and never a made-up one.
 */
export function whenText(attributes: Record<string, unknown>): string {
  const since = typeof attributes.since === 'string' ? formatDate(attributes.since) : null;
  const until = typeof attributes.until === 'string' ? formatDate(attributes.until) : null;
  const span = since && until ? `${since} to ${until}` : since ? `Since ${since}` : until ? `Until ${until}` : 'undated';
  const note = typeof attributes.dateNote === 'string' && attributes.dateNote !== '' ? ` (${attributes.dateNote})` : '';
  return `${span}${note}`;
}

/** The status history, oldest first: "June 2024: Reported", "19 October 2024: Confirmed". */
function historyView(history: unknown) {
  if (!Array.isArray(history) || history.length === 0) return nothing;
  const entries = (history as Array<{ date?: unknown; status?: unknown }>).filter((entry) => typeof entry.date === 'string');
  return html`<div>
    <dt>History</dt>
    <dd>
      <ul class="history">
        ${entries.map(
          (entry) => html`<li>${formatDate(entry.date as string)}: ${STATUS_LABELS[edgeStatusOf(entry as Record<string, unknown>)]}</li>`,
        )}
      </ul>
    </dd>
  </div>`;
}
