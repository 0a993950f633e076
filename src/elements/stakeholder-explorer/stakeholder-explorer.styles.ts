import { css } from 'lit';

export const stakeholderExplorerStyles = css`
  :host {
    --sg-background: #ffffff;
    --sg-text: #1e293b;
    --sg-muted: #475569;
    --sg-panel: #f8fafc;
    --sg-border: #cbd5e1;
    --sg-accent: #1d4ed8;
    display: block;
    background: var(--sg-background);
    color: var(--sg-text);
    font-family: var(--sg-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: 14px;
  }
  :host([theme='dark']) {
    --sg-background: #0f172a;
    --sg-text: #e2e8f0;
    --sg-muted: #94a3b8;
    --sg-panel: #1e293b;
    --sg-border: #334155;
    --sg-accent: #93c5fd;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --sg-background: #0f172a;
      --sg-text: #e2e8f0;
      --sg-muted: #94a3b8;
      --sg-panel: #1e293b;
      --sg-border: #334155;
      --sg-accent: #93c5fd;
    }
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 8px 12px;
    padding: 8px 0;
  }
  .toolbar sg-search {
    flex: 1 1 220px;
    max-width: 360px;
  }
  .control {
    display: flex;
    flex-direction: column;
    gap: 2px;
    font-size: 12px;
    font-weight: 600;
  }
  select,
  button {
    padding: 5px 8px;
    border: 1px solid var(--sg-border);
    border-radius: 6px;
    background: var(--sg-background);
    color: var(--sg-text);
    font: inherit;
    font-size: 14px;
    font-weight: 400;
  }
  button {
    cursor: pointer;
  }
  button:focus-visible,
  select:focus-visible {
    outline: 2px solid var(--sg-accent);
    outline-offset: 1px;
  }
  .buttons {
    display: flex;
    gap: 4px;
  }
  .main {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(260px, 340px);
    gap: 12px;
    min-height: 0;
  }
  stakeholder-graph {
    height: var(--sg-graph-height, 560px);
    border: 1px solid var(--sg-border);
    border-radius: 8px;
  }
  aside {
    max-height: var(--sg-graph-height, 560px);
    overflow: auto;
    border: 1px solid var(--sg-border);
    border-radius: 8px;
    background: var(--sg-panel);
  }
  .paths,
  .text-alternative {
    margin-top: 12px;
  }
  .paths {
    padding: 10px 12px;
    border: 1px solid var(--sg-border);
    border-radius: 8px;
    background: var(--sg-panel);
  }
  @media (max-width: 760px) {
    .main {
      grid-template-columns: 1fr;
    }
    aside {
      max-height: none;
    }
  }
`;
