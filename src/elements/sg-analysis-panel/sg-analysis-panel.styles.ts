import { css } from 'lit';

/**
 * Layout of the analysis panel (colours, buttons and focus rings come from commonStyles). The
 * selected actor or tie is bold with a thick border: weight and shape, not hue.
 */
export const analysisPanelStyles = css`
  .panel {
    padding: 0;
  }
  h4 {
    margin: 0 0 4px;
    font-size: 14px;
  }
  p {
    margin: 4px 0;
  }
  .summary {
    font-weight: 600;
  }
  .menus {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 16px;
    margin: 8px 0;
  }
  .menus label {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  select {
    padding: 3px 6px;
    border: 1px solid var(--sg-border, #cbd5e1);
    border-radius: 6px;
    background: var(--sg-background, #fff);
    color: var(--sg-text, #1e293b);
    font: inherit;
  }
  select:focus-visible {
    outline: 2px solid var(--sg-accent, #1d4ed8);
    outline-offset: 1px;
  }
  .run {
    margin-top: 6px;
    padding: 4px 10px;
  }
  .camps {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 24px;
  }
  .camp,
  .unaligned {
    min-width: 160px;
    margin-top: 6px;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .members {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
  }
  .ties li,
  .sensitivity li,
  .warnings li {
    margin: 3px 0;
  }
  .sensitivity {
    padding-inline-start: 1.2em;
    list-style: disc;
  }
  button[aria-current='true'] {
    font-weight: 700;
    border-width: 2px;
    border-color: currentColor;
  }
  table {
    border-collapse: collapse;
    margin-top: 4px;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: 2px 0 4px;
  }
  th,
  td {
    padding: 3px 8px;
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid var(--sg-border, #cbd5e1);
  }
  thead th {
    border-bottom-width: 2px;
    white-space: nowrap;
  }
  th[scope='row'] {
    font-weight: 400;
  }
  .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .sort {
    border: none;
    padding: 1px 2px;
    font-weight: 600;
  }
  .io {
    font-size: 0.9em;
    white-space: nowrap;
  }
  .show-all {
    margin-top: 6px;
  }
`;
