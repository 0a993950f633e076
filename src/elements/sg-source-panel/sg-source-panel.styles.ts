import { css } from 'lit';

/**
 * Layout of the source panel (colours, buttons and focus rings come from commonStyles). Cited
 * lines are marked with a highlight and a bar at their side, the lines asked for with an outline:
 * shape as well as colour.
 */
export const sourcePanelStyles = css`
  h4 {
    margin: 8px 0 2px;
    font-size: 14px;
  }
  p {
    margin: 4px 0;
  }
  ul {
    margin: 0;
    padding-left: 18px;
  }
  .counts {
    font-weight: 600;
  }
  .unbacked li,
  .uncited li {
    margin: 2px 0;
  }
  .picker {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    margin: 4px 0;
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
  .scroller {
    max-height: 28em;
    overflow: auto;
    margin: 6px 0;
    border: 1px solid var(--sg-border, #cbd5e1);
    border-radius: 6px;
    background: var(--sg-background, #fff);
  }
  .scroller:focus-visible {
    outline: 2px solid var(--sg-accent, #1d4ed8);
    outline-offset: 1px;
  }
  .text {
    list-style: none;
    margin: 0;
    padding: 4px 0;
  }
  .line {
    display: grid;
    grid-template-columns: 3.5em minmax(0, 1fr);
    column-gap: 8px;
    padding: 1px 8px 1px 0;
    border-left: 4px solid transparent;
    scroll-margin: 2em;
  }
  .line.cited {
    border-left-color: var(--sg-accent, #1d4ed8);
  }
  .line.target {
    outline: 2px solid var(--sg-accent, #1d4ed8);
    outline-offset: -2px;
  }
  .n {
    color: var(--sg-muted, #475569);
    text-align: end;
    font-variant-numeric: tabular-nums;
    user-select: none;
  }
  .t {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  mark {
    background: #fde68a;
    color: #1e293b;
  }
  .cites {
    grid-column: 2;
    font-size: 0.9em;
  }
  .claims {
    margin: 2px 0 4px;
  }
  .claims li {
    margin: 2px 0;
  }
  .claim[aria-current='true'] {
    font-weight: 700;
    border-width: 2px;
  }
  .text-error {
    padding: 2px 8px;
    border-left: 4px solid var(--sg-error-border, #b91c1c);
  }
`;
