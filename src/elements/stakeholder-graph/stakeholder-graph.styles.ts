import { css } from 'lit';

/** Light by default; dark when `theme="dark"`, or `theme="auto"` (default) on a dark system. */
export const stakeholderGraphStyles = css`
  :host {
    --sg-background: #ffffff;
    --sg-text: #1e293b;
    --sg-muted: #475569;
    --sg-panel: rgb(255 255 255 / 0.94);
    --sg-border: #cbd5e1;
    --sg-accent: #1d4ed8;
    --sg-error-bg: #fef2f2;
    --sg-error-text: #7f1d1d;
    --sg-error-border: #b91c1c;
    --sg-font: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    display: block;
    position: relative;
    height: 480px;
    min-height: 200px;
    box-sizing: border-box;
    overflow: hidden;
    background: var(--sg-background);
    color: var(--sg-text);
    font-family: var(--sg-font);
    font-size: 14px;
    contain: content;
  }
  :host([theme='dark']) {
    --sg-background: #0f172a;
    --sg-text: #e2e8f0;
    --sg-muted: #94a3b8;
    --sg-panel: rgb(15 23 42 / 0.94);
    --sg-border: #334155;
    --sg-accent: #93c5fd;
    --sg-error-bg: #450a0a;
    --sg-error-text: #fecaca;
    --sg-error-border: #f87171;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --sg-background: #0f172a;
      --sg-text: #e2e8f0;
      --sg-muted: #94a3b8;
      --sg-panel: rgb(15 23 42 / 0.94);
      --sg-border: #334155;
      --sg-accent: #93c5fd;
      --sg-error-bg: #450a0a;
      --sg-error-text: #fecaca;
      --sg-error-border: #f87171;
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
    box-shadow: inset 0 0 0 3px var(--sg-accent);
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
    max-width: calc(100% - 16px);
    max-height: calc(100% - 16px);
    overflow: auto;
    padding: 6px 8px;
    background: var(--sg-panel);
    border: 1px solid var(--sg-border);
    border-radius: 6px;
    font-size: 12px;
    line-height: 1.4;
  }
  .legend.filtered {
    border-color: var(--sg-accent);
  }
  .legend h3 {
    margin: 4px 0 2px;
    font-size: 11px;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--sg-muted);
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
    border-color: var(--sg-border);
  }
  .toggle:focus-visible,
  .reset:focus-visible,
  .error button:focus-visible {
    outline: 2px solid var(--sg-accent);
    outline-offset: 1px;
  }
  .toggle[aria-pressed='false'] .name {
    text-decoration: line-through;
    color: var(--sg-muted);
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
    color: var(--sg-muted);
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
    color: var(--sg-accent);
  }
  .reset {
    padding: 1px 8px;
    border: 1px solid var(--sg-border);
    border-radius: 4px;
    background: var(--sg-background);
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .hint {
    position: absolute;
    left: 50%;
    top: 12px;
    transform: translateX(-50%);
    padding: 6px 12px;
    background: var(--sg-text);
    color: var(--sg-background);
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
    background: var(--sg-error-bg);
    color: var(--sg-error-text);
    border: 1px solid var(--sg-error-border);
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
    background: var(--sg-panel);
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
