/**
 * Styles both text panels share: the host's colours, buttons with a visible focus ring, status
 * badges whose border pattern matches the canvas line (solid, dashed, dotted) so status never
 * rides on colour alone, and text hidden from sight but not from screen readers.
 */
import { css } from 'lit';

export const commonStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--sg-text, #1e293b);
    background: var(--sg-panel, var(--sg-background, #fff));
    font: inherit;
    font-family: var(--sg-font, inherit);
  }
  :host([hidden]) {
    display: none;
  }
  button {
    font: inherit;
    color: var(--sg-accent, #1d4ed8);
    background: transparent;
    border: 1px solid var(--sg-border, #cbd5e1);
    border-radius: 4px;
    padding: 1px 6px;
    cursor: pointer;
    text-align: start;
  }
  button:hover {
    text-decoration: underline;
  }
  button:focus-visible,
  a:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 2px solid var(--sg-accent, #1d4ed8);
    outline-offset: 1px;
  }
  a {
    color: var(--sg-accent, #1d4ed8);
  }
  .badge {
    display: inline-block;
    padding: 0 6px;
    border: 2px solid var(--sg-muted, #475569);
    border-radius: 999px;
    font-size: 0.85em;
    line-height: 1.4;
    white-space: nowrap;
  }
  .badge.confirmed {
    border-style: solid;
  }
  .badge.reported {
    border-style: dashed;
  }
  .badge.potential {
    border-style: dotted;
  }
  .badge.unspecified {
    border-style: double;
    border-width: 3px;
  }
  .muted {
    color: var(--sg-muted, #475569);
  }
  .vh {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;

/** The type scale of the explorer's side panels (analysis, sources, story): body text and headings. */
export const panelTextStyles = css`
  :host {
    font-size: 14px;
    line-height: 1.45;
  }
  h2 {
    margin: 0 0 4px;
    font-size: 16px;
  }
  h3 {
    margin: 14px 0 4px;
    font-size: 15px;
  }
`;
