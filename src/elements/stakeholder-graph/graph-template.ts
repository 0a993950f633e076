/**
 * The parts of `<stakeholder-graph>`'s shadow DOM besides the canvas: the error banner and the
 * live region. Pure template functions over what the element passes in.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '../../graph/problems';
import type { PathAnnouncement } from '../../state/announcements';

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
