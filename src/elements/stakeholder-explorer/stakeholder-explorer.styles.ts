import { css } from 'lit';

export const stakeholderExplorerStyles = css`
  :host {
    /* Private copies: a value the page sets on the explorer or an ancestor wins over the default. */
    --_bg: var(--sg-background, #ffffff);
    --_text: var(--sg-text, #1e293b);
    --_muted: var(--sg-muted, #475569);
    --_panel: var(--sg-panel, #f8fafc);
    --_border: var(--sg-border, #cbd5e1);
    --_accent: var(--sg-accent, #1d4ed8);
    display: block;
    background: var(--_bg);
    color: var(--_text);
    font-family: var(--sg-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: 14px;
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
    --_panel: var(--sg-panel, #1e293b);
    --_border: var(--sg-border, #334155);
    --_accent: var(--sg-accent, #93c5fd);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_bg: var(--sg-background, #0f172a);
      --_text: var(--sg-text, #e2e8f0);
      --_muted: var(--sg-muted, #94a3b8);
      --_panel: var(--sg-panel, #1e293b);
      --_border: var(--sg-border, #334155);
      --_accent: var(--sg-accent, #93c5fd);
    }
  }
  /*
   * The panels read the public names: hand them the explorer's colours. (Not the inner graph: it
   * has its own defaults, and the page's values reach it by inheritance.)
   */
  sg-search,
  sg-details,
  sg-path-panel,
  sg-analysis-panel,
  sg-source-panel,
  sg-story-editor,
  sg-relationships,
  sg-import-banner,
  sg-drop-target {
    --sg-background: var(--_bg);
    --sg-text: var(--_text);
    --sg-muted: var(--_muted);
    --sg-panel: var(--_panel);
    --sg-border: var(--_border);
    --sg-accent: var(--_accent);
  }
  sg-toolbar {
    display: block;
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
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    font-size: 14px;
    font-weight: 400;
  }
  button {
    cursor: pointer;
  }
  button:focus-visible,
  select:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }
  .buttons {
    display: flex;
    gap: 4px;
  }
  /* Each format menu, labelled above, with its button beside it on the same line. */
  .buttons.save {
    align-items: flex-end;
  }
  .buttons.save .control + button {
    margin-inline-end: 6px;
  }
  .main {
    /* The drop target covers it. */
    position: relative;
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(260px, 340px);
    gap: 12px;
    min-height: 0;
  }
  .main.alone {
    grid-template-columns: minmax(0, 1fr);
  }
  stakeholder-graph {
    height: var(--sg-graph-height, 560px);
    border: 1px solid var(--_border);
    border-radius: 8px;
  }
  aside {
    max-height: var(--sg-graph-height, 560px);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: 8px;
    background: var(--_panel);
  }
  .paths,
  .analysis,
  .sources,
  .story,
  .text-alternative {
    margin-top: 12px;
  }
  .paths,
  .analysis,
  .sources,
  .story {
    padding: 10px 12px;
    border: 1px solid var(--_border);
    border-radius: 8px;
    background: var(--_panel);
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
