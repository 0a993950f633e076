/**
 * `<sg-drop-target>`: what the explorer shows over its graph while files are dragged over it,
 * saying what dropping does. A status, so a screen reader says it too. It arrives with the
 * explorer's lazy panels, long before anyone drags a file.
 */
import { LitElement, css, html } from 'lit';

/** @summary The explorer's drop target (internal to `<stakeholder-explorer>`). */
export class SgDropTarget extends LitElement {
  static override styles = css`
    :host {
      position: absolute;
      inset: 0;
      z-index: 10;
      display: grid;
      place-items: center;
      padding: 16px;
      border: 3px dashed var(--sg-accent, #1d4ed8);
      border-radius: 8px;
      /* The graph shows faintly through, where color-mix() is known; elsewhere the panel colour. */
      background: var(--sg-panel, #f8fafc);
      background: color-mix(in srgb, var(--sg-background, #ffffff) 88%, transparent);
      color: var(--sg-text, #1e293b);
      font-family: var(--sg-font, system-ui, sans-serif);
      font-size: 18px;
      font-weight: 600;
      text-align: center;
    }
    p {
      margin: 0;
      padding: 12px 16px;
      border-radius: 8px;
      background: var(--sg-background, #ffffff);
    }
  `;

  protected override render() {
    return html`<p role="status">Drop files to load them: JSON, CSV/TSV, GEXF, GraphML</p>`;
  }
}

/** Registers `<sg-drop-target>` (a call, like defineImportBanner, so no bundler shakes it out). */
export function defineDropTarget(): void {
  if (!customElements.get('sg-drop-target')) customElements.define('sg-drop-target', SgDropTarget);
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-drop-target': SgDropTarget;
  }
}
