/**
 * A relationship in `<sg-details>`: its sentence, type, status, date, label and items, the two
 * actors as buttons, and the full evidence behind the claim.
 */
import { html, nothing } from 'lit';
import { STATUS_LABELS } from '../../graph/legend';
import { describeEdge } from '../../graph/relationships';
import { fullEvidence } from './evidence-view';
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
      ${
        edge.since
          ? html`<div>
              <dt>Since</dt>
              <dd>${edge.since}</dd>
            </div>`
          : nothing
      }
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
