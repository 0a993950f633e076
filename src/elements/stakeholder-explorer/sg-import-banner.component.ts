/**
 * `<sg-import-banner>`: after Open, a drop or a paste loaded a map, says what the importer
 * understood (which columns became which fields, how many actors and relationships) and what
 * deserves a look, with Undo and Dismiss. It arrives with the explorer's lazy panels and reads
 * the report from the explorer's context.
 *
 * Its status region is there from the start, empty, so a screen reader announces the report
 * when it is written into it (a live region added together with its text is often missed).
 */
import { LitElement, css, html, nothing } from 'lit';
import { followExplorer, requestFromExplorer, type ImportReport } from './explorer-context';

/** Warnings listed in full; the rest are counted ("and 3 more"). */
const SHOWN_WARNINGS = 5;

/**
 * @summary The explorer's report of the last import (internal to `<stakeholder-explorer>`).
 *
 * @event sg-request - Undo or Dismiss. `detail: {type: 'undo-import'} | {type: 'dismiss-import'}`.
 */
export class SgImportBanner extends LitElement {
  static override styles = css`
    :host {
      display: block;
      color: var(--sg-text, #1e293b);
      font-family: var(--sg-font, system-ui, sans-serif);
      font-size: 14px;
    }
    .banner {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 8px 12px;
      margin: 0 0 8px;
      padding: 8px 12px;
      border: 1px solid var(--sg-border, #cbd5e1);
      border-inline-start: 4px solid var(--sg-accent, #1d4ed8);
      border-radius: 8px;
      background: var(--sg-panel, #f8fafc);
    }
    .report {
      flex: 1 1 320px;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    p {
      margin: 0;
    }
    ul {
      margin: 4px 0 0;
      padding-inline-start: 20px;
      color: var(--sg-muted, #475569);
    }
    .actions {
      display: flex;
      gap: 4px;
    }
    button {
      padding: 5px 8px;
      border: 1px solid var(--sg-border, #cbd5e1);
      border-radius: 6px;
      background: var(--sg-background, #ffffff);
      color: var(--sg-text, #1e293b);
      font: inherit;
      cursor: pointer;
    }
    button:focus-visible {
      outline: 2px solid var(--sg-accent, #1d4ed8);
      outline-offset: 1px;
    }
  `;

  static override properties = {
    report: { attribute: false },
  };

  /** The report shown, or null (from the explorer's context). */
  declare report: ImportReport | null;

  constructor() {
    super();
    this.report = null;
    followExplorer(this, (state) => (this.report = state.imported));
  }

  protected override render() {
    const report = this.report;
    return html`<div class=${report ? 'banner' : ''} part="import-banner">
      <div class="report" role="status" aria-atomic="true">${report ? renderReport(report) : nothing}</div>
      ${
        report
          ? html`<div class="actions">
              ${
                report.undoable
                  ? html`<button type="button" title="Show the map from before" @click=${() => this.send('undo-import')}>Undo</button>`
                  : nothing
              }
              <button type="button" @click=${() => this.send('dismiss-import')}>Dismiss</button>
            </div>`
          : nothing
      }
    </div>`;
  }

  private send(type: 'undo-import' | 'dismiss-import'): void {
    requestFromExplorer(this, { type });
  }
}

function renderReport(report: ImportReport) {
  const { warnings } = report;
  const more = warnings.length - SHOWN_WARNINGS;
  return html`<p>Loaded ${report.source}: ${report.mapping}</p>
    ${
      warnings.length > 0
        ? html`<ul aria-label="Warnings">
            ${warnings.slice(0, SHOWN_WARNINGS).map((warning) => html`<li>${warning}</li>`)}
            ${more > 0 ? html`<li>and ${more} more</li>` : nothing}
          </ul>`
        : nothing
    }`;
}

/**
 * Registers `<sg-import-banner>`. A function the registration modules call rather than a module
 * of its own imported for its side effect: package.json's `sideEffects` names the modules a
 * bundler must keep, and a call inside one of them cannot be shaken out.
 */
export function defineImportBanner(): void {
  if (!customElements.get('sg-import-banner')) customElements.define('sg-import-banner', SgImportBanner);
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-import-banner': SgImportBanner;
  }
}
