import { css } from 'lit';

/**
 * Layout of the relationships table. The selected row is bold with a "▶" marker and a thick
 * left edge; rows of the selected actor have a thick left edge too: shape and weight, not hue.
 */
export const relationshipsStyles = css`
  .panel {
    padding: 8px 12px;
    line-height: 1.45;
  }
  .summary {
    margin: 0 0 8px;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px 12px;
    margin: 6px 0;
  }
  .count {
    margin: 0;
  }
  button[aria-pressed='true'] {
    font-weight: 600;
    border-width: 2px;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: 4px 0;
  }
  th,
  td {
    padding: 4px 6px;
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid var(--sg-border, #cbd5e1);
  }
  th {
    font-weight: 600;
    border-bottom-width: 2px;
  }
  td:first-child {
    border-left: 4px solid transparent;
  }
  tr.involved td:first-child {
    border-left-color: var(--sg-muted, #475569);
  }
  tr.selected td {
    font-weight: 700;
  }
  tr.selected td:first-child {
    border-left: 4px double var(--sg-text, #1e293b);
  }
  .marker {
    display: inline-block;
    width: 1.2em;
  }
  .edge-label,
  .more-evidence {
    display: block;
    font-size: 0.9em;
  }
  .empty {
    margin: 8px 0;
  }
  .show-more {
    margin-top: 8px;
  }
`;
