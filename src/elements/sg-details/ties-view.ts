/**
 * The ties behind an aggregated edge of a collapsed group in `<sg-details>`: how many claims of
 * which type, then each claim as a button (its sentence and status) with its evidence, so a
 * reader can check every claim the thick line stands for. Long lists show the first
 * TIES_SHOWN claims and say how many more there are.
 */
import { html, nothing } from 'lit';
import { STATUS_LABELS } from '../../graph/legend';
import { describeEdge } from '../../graph/relationships';
import { compactEvidence } from './evidence-view';
import type { ViewContext } from './view-context';

/** Claims listed in full; the rest are counted. */
export const TIES_SHOWN = 50;

export function tiesView(ctx: ViewContext, edges: readonly string[]) {
  const present = edges.filter((edge) => ctx.graph.hasEdge(edge));
  const described = present.slice(0, TIES_SHOWN).map((edge) => ({ key: edge, ...describeEdge(ctx.graph, ctx.registry, edge) }));
  const type = described[0]?.typeLabel ?? '';
  const heading = `${present.length.toLocaleString('en')} ${type} claim${present.length === 1 ? '' : 's'}`;
  return html`
    <h2 id="heading" tabindex="-1">${heading}</h2>
    <p class="muted">One line of a collapsed group stands for these claims. Open the group to see its actors.</p>
    <ol class="ties">
      ${described.map(
        (edge) =>
          html`<li>
            <button class="other" @click=${() => ctx.navigate({ kind: 'edge', key: edge.key })}>${edge.sentence}</button>
            <span class="badge ${edge.status}">${STATUS_LABELS[edge.status]}</span>
            ${compactEvidence(edge.evidence, ctx.sources)}
          </li>`,
      )}
    </ol>
    ${present.length > TIES_SHOWN ? html`<p class="muted">And ${(present.length - TIES_SHOWN).toLocaleString('en')} more.</p>` : nothing}
  `;
}
