import { css } from 'lit';

/** Light by default; dark when `theme="dark"`, or `theme="auto"` (default) on a dark system. */
export const stakeholderGraphStyles = css`
  :host {
    /*
     * Private copies of the public properties: a value the page sets on the element or on any
     * ancestor (inherited, e.g. through <stakeholder-explorer>) wins over the default here.
     */
    --_bg: var(--sg-background, #ffffff);
    --_text: var(--sg-text, #1e293b);
    --_muted: var(--sg-muted, #475569);
    --_panel: var(--sg-panel, rgb(255 255 255 / 0.94));
    --_border: var(--sg-border, #cbd5e1);
    --_accent: var(--sg-accent, #1d4ed8);
    --_error-bg: var(--sg-error-bg, #fef2f2);
    --_error-text: var(--sg-error-text, #7f1d1d);
    --_error-border: var(--sg-error-border, #b91c1c);
    display: block;
    position: relative;
    height: 480px;
    min-height: 200px;
    box-sizing: border-box;
    overflow: hidden;
    background: var(--_bg);
    color: var(--_text);
    font-family: var(--sg-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: 14px;
    contain: content;
  }
  /*
   * The dark defaults stand twice, for theme="dark" and for theme="auto" on a dark system: CSS
   * cannot share one block between an attribute and a media query, and a Lit interpolation would
   * keep the embed build from minifying this template (scripts/minify-lit-css.mjs).
   */
  :host([theme='dark']) {
    --_bg: var(--sg-background, #0f172a);
    --_text: var(--sg-text, #e2e8f0);
    --_muted: var(--sg-muted, #94a3b8);
    --_panel: var(--sg-panel, rgb(15 23 42 / 0.94));
    --_border: var(--sg-border, #334155);
    --_accent: var(--sg-accent, #93c5fd);
    --_error-bg: var(--sg-error-bg, #450a0a);
    --_error-text: var(--sg-error-text, #fecaca);
    --_error-border: var(--sg-error-border, #f87171);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_bg: var(--sg-background, #0f172a);
      --_text: var(--sg-text, #e2e8f0);
      --_muted: var(--sg-muted, #94a3b8);
      --_panel: var(--sg-panel, rgb(15 23 42 / 0.94));
      --_border: var(--sg-border, #334155);
      --_accent: var(--sg-accent, #93c5fd);
      --_error-bg: var(--sg-error-bg, #450a0a);
      --_error-text: var(--sg-error-text, #fecaca);
      --_error-border: var(--sg-error-border, #f87171);
    }
  }
  :host([hidden]) {
    display: none;
  }
  .canvas {
    /* Cytoscape's own head rule cannot reach a shadow root: the container positions itself. */
    position: relative;
    width: 100%;
    height: 100%;
    outline: none;
  }
  .canvas:focus-visible {
    box-shadow: inset 0 0 0 3px var(--_accent);
  }
  .visually-hidden {
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
  .legend {
    position: absolute;
    left: 8px;
    bottom: 8px;
    /* Never the whole drawing: a strip above and beside the open legend stays clickable. */
    max-width: calc(100% - 48px);
    max-height: calc(100% - 48px);
    box-sizing: border-box;
    overflow: auto;
    padding: 4px 8px 6px;
    background: var(--_panel);
    border: 1px solid var(--_border);
    border-radius: 6px;
    font-size: 12px;
    line-height: 1.4;
  }
  .legend .group {
    display: flex;
    align-items: center;
    gap: 6px;
    padding: 2px 4px;
  }
  .legend .group .badge {
    font-weight: 600;
    min-width: 1.2em;
    text-align: center;
  }
  .legend .group .count {
    margin-left: auto;
    color: var(--_muted);
  }
  .legend .group-summary {
    margin: 0 0 4px;
    color: var(--_muted);
  }
  .legend .group-all {
    display: flex;
    gap: 6px;
  }
  .legend .group-toggles {
    max-height: 9.5em;
    overflow-y: auto;
  }
  .legend .group-toggle .chevron {
    width: 0.8em;
  }
  .legend-toggle {
    display: flex;
    align-items: center;
    gap: 4px;
    padding: 2px 4px;
    border: none;
    border-radius: 4px;
    background: transparent;
    color: var(--_muted);
    font: inherit;
    font-size: 11px;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    cursor: pointer;
  }
  .legend-toggle:hover {
    color: var(--_text);
  }
  .legend.filtered {
    border-color: var(--_accent);
  }
  .legend h3 {
    margin: 4px 0 2px;
    font-size: 11px;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
  }
  .legend ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .toggle {
    display: flex;
    align-items: center;
    gap: 6px;
    width: 100%;
    padding: 1px 4px;
    border: 1px solid transparent;
    border-radius: 4px;
    background: transparent;
    color: inherit;
    font: inherit;
    text-align: left;
    cursor: pointer;
  }
  .toggle:hover {
    border-color: var(--_border);
  }
  .toggle:focus-visible,
  .legend-toggle:focus-visible,
  .reset:focus-visible,
  .error button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }
  .toggle[aria-pressed='false'] .name {
    text-decoration: line-through;
    color: var(--_muted);
  }
  .toggle[aria-pressed='false'] svg {
    opacity: 0.35;
  }
  .check {
    width: 1em;
    font-weight: 700;
  }
  .name {
    flex: 1;
  }
  .count {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .filter-bar {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    margin-bottom: 2px;
  }
  .filter-note {
    font-weight: 600;
    color: var(--_accent);
  }
  .reset {
    padding: 1px 8px;
    border: 1px solid var(--_border);
    border-radius: 4px;
    background: var(--_bg);
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .tie-tip {
    position: absolute;
    transform: translate(12px, 12px);
    max-width: min(320px, calc(100% - 24px));
    padding: 4px 8px;
    background: var(--_panel);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: 4px;
    font-size: 12px;
    line-height: 1.35;
    pointer-events: none;
    z-index: 2;
  }
  .hint {
    position: absolute;
    left: 50%;
    top: 12px;
    transform: translateX(-50%);
    padding: 6px 12px;
    background: var(--_text);
    color: var(--_bg);
    border-radius: 6px;
    font-size: 13px;
    pointer-events: none;
  }
  .error {
    position: absolute;
    top: 8px;
    left: 8px;
    right: 8px;
    max-height: 60%;
    overflow: auto;
    padding: 8px 36px 8px 12px;
    background: var(--_error-bg);
    color: var(--_error-text);
    border: 1px solid var(--_error-border);
    border-radius: 6px;
    font-size: 13px;
  }
  .error p {
    margin: 0 0 4px;
    font-weight: 600;
  }
  .error ul {
    margin: 0;
    padding-left: 18px;
  }
  .error code {
    font-family: ui-monospace, monospace;
  }
  .error button {
    position: absolute;
    top: 4px;
    right: 4px;
    border: none;
    background: transparent;
    color: inherit;
    font-size: 18px;
    cursor: pointer;
  }
  /* Retry, after loading src failed: an ordinary button under the message. */
  .error button.retry {
    position: static;
    display: block;
    margin-top: 6px;
    padding: 2px 10px;
    border: 1px solid currentColor;
    border-radius: 4px;
    font-size: 13px;
  }
  .status {
    position: absolute;
    top: 8px;
    right: 8px;
    padding: 2px 8px;
    background: var(--_panel);
    border-radius: 4px;
    font-size: 12px;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
