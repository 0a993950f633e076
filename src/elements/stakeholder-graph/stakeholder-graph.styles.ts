import { css } from 'lit';

export const stakeholderGraphStyles = css`
  :host {
    --sg-background: #ffffff;
    --sg-text: #1e293b;
    --sg-muted: #475569;
    --sg-panel: rgb(255 255 255 / 0.92);
    --sg-border: #cbd5e1;
    --sg-error: #b91c1c;
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
  :host([hidden]) {
    display: none;
  }
  .canvas {
    /* Cytoscape's own head rule cannot reach a shadow root: the container positions itself. */
    position: relative;
    width: 100%;
    height: 100%;
  }
  .legend {
    position: absolute;
    left: 8px;
    bottom: 8px;
    max-width: calc(100% - 16px);
    max-height: 45%;
    overflow: auto;
    padding: 6px 10px;
    background: var(--sg-panel);
    border: 1px solid var(--sg-border);
    border-radius: 6px;
    font-size: 12px;
    line-height: 1.5;
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
  .legend li {
    display: flex;
    align-items: center;
    gap: 6px;
  }
  .legend svg {
    flex: none;
  }
  .count {
    color: var(--sg-muted);
    font-variant-numeric: tabular-nums;
  }
  .error {
    position: absolute;
    top: 8px;
    left: 8px;
    right: 8px;
    max-height: 60%;
    overflow: auto;
    padding: 8px 36px 8px 12px;
    background: #fef2f2;
    color: #7f1d1d;
    border: 1px solid var(--sg-error);
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
  .status {
    position: absolute;
    top: 8px;
    right: 8px;
    padding: 2px 8px;
    background: var(--sg-panel);
    border-radius: 4px;
    font-size: 12px;
  }
`;
