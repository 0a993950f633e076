import { css } from 'lit';

export const sgPathPanelStyles = css`
  :host {
    display: block;
    color: var(--sg-text, #1e293b);
    font-family: var(--sg-font, system-ui, sans-serif);
    font-size: 14px;
  }
  h2 {
    margin: 0 0 6px;
    font-size: 16px;
  }
  .ends {
    display: grid;
    grid-template-columns: 1fr auto 1fr;
    gap: 6px;
    align-items: end;
  }
  fieldset {
    margin: 8px 0 0;
    padding: 4px 8px 6px;
    border: 1px solid var(--sg-border, #cbd5e1);
    border-radius: 6px;
  }
  legend {
    font-size: 12px;
    font-weight: 600;
    padding: 0 4px;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 12px;
  }
  label.choice {
    display: inline-flex;
    align-items: center;
    gap: 4px;
  }
  button,
  select {
    padding: 4px 8px;
    border: 1px solid var(--sg-border, #cbd5e1);
    border-radius: 6px;
    background: var(--sg-background, #fff);
    color: var(--sg-text, #1e293b);
    font: inherit;
    cursor: pointer;
  }
  button:focus-visible,
  select:focus-visible,
  input:focus-visible,
  [role='listbox']:focus-visible {
    outline: 2px solid var(--sg-accent, #1d4ed8);
    outline-offset: 1px;
  }
  .actions {
    display: flex;
    gap: 6px;
    align-items: center;
    margin-top: 8px;
  }
  .explanation,
  .note {
    margin: 8px 0 0;
    color: var(--sg-muted, #475569);
  }
  [role='listbox'] {
    list-style: none;
    margin: 8px 0 0;
    padding: 2px;
    max-height: 260px;
    overflow: auto;
    border: 1px solid var(--sg-border, #cbd5e1);
    border-radius: 6px;
  }
  [role='option'] {
    padding: 4px 6px;
    border-radius: 4px;
    cursor: pointer;
    border-left: 4px solid transparent;
  }
  [role='option'].active {
    background: color-mix(in srgb, var(--sg-accent, #1d4ed8) 14%, transparent);
  }
  [role='option'][aria-selected='true'] {
    border-left-color: var(--sg-accent, #1d4ed8);
    font-weight: 600;
  }
  .hops {
    color: var(--sg-muted, #475569);
    font-size: 12px;
  }
`;
