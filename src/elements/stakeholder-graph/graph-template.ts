/**
 * The parts of `<stakeholder-graph>`'s shadow DOM besides the canvas: the error banner and the
 * live region. Pure template functions over what the element passes in.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '../../graph/problems';
import type Graph from 'graphology';
import type { PathAnnouncement } from '../../state/announcements';
import { describeEdgeText } from '../../graph/describe';
import type { Registry } from '../../graph/registry';
import type { Selection } from '../../graph/state-types';
import type { GraphView } from '../../view/graph-view';

export interface ShownError {
  /** What failed, in one line above the message. */
  title: string;
  message: string;
  problems: Problem[];
  /** Loading `src` failed: the banner offers Retry. */
  retry?: boolean;
}

export function renderError(error: ShownError, onDismiss: () => void, onRetry: () => void): TemplateResult {
  return html`<div class="error" part="error" role="alert">
    <p>${error.title}</p>
    <div class="message">${error.message}</div>
    ${
      error.problems.length > 1
        ? html`<ul>
            ${error.problems.map((problem) => html`<li><code>${problem.path}</code>: ${problem.message}</li>`)}
          </ul>`
        : nothing
    }
    <button type="button" aria-label="Dismiss error" @click=${onDismiss}>×</button>
    ${error.retry ? html`<button type="button" class="retry" @click=${onRetry}>Retry</button>` : nothing}
  </div>`;
}

/** A sentence, or a path read as a line and an ordered list of hops. */
export function renderLiveRegion(announcement: string | PathAnnouncement): TemplateResult {
  return html`<div class="visually-hidden" aria-live="polite" aria-atomic="true">
    ${
      typeof announcement === 'string'
        ? announcement
        : html`<p>${announcement.intro}</p>
            <ol>
              ${announcement.hops.map((hop) => html`<li>${hop}</li>`)}
            </ol>`
    }
  </div>`;
}

/**
 * A relationship's tooltip: its sentence, status and date, next to the pointer (or, for the
 * selected relationship, at its middle). Positioned through the CSS object model, which a
 * strict CSP allows, never through a style attribute.
 */
export function renderTieTip(tip: { text: string; x: number; y: number } | null): TemplateResult | typeof nothing {
  if (!tip) return nothing;
  // Placed by placeTieTip after each render: Lit's styleMap would write a style attribute, which style-src-attr refuses.
  return html`<div id="tie-tip" class="tie-tip" role="tooltip">${tip.text}</div>`;
}

/** Moves the rendered tooltip to its place through the CSS object model. */
export function placeTieTip(root: ParentNode, tip: { x: number; y: number } | null): void {
  const element = root.querySelector<HTMLElement>('.tie-tip');
  if (!element || !tip) return;
  element.style.left = `${tip.x}px`;
  element.style.top = `${tip.y}px`;
}

/** The tooltip shown: the relationship under the pointer, else the selected one (reached by keyboard too), at its middle. */
export function tieTipFor(
  graph: Graph,
  registry: Registry,
  view: GraphView,
  hovered: { key: string; x: number; y: number } | null,
  selection: Selection,
): { text: string; x: number; y: number } | null {
  const key = hovered?.key ?? (selection?.kind === 'edge' ? selection.key : null);
  if (!key || !graph.hasEdge(key)) return null;
  const at = hovered ?? view.edgeMidpoint(key);
  return at ? { text: describeEdgeText(graph, registry, key), x: at.x, y: at.y } : null;
}
