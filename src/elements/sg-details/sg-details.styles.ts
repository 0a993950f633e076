import { css } from 'lit';

/** Layout of the details panel; colours come from the shared custom properties. */
export const detailsStyles = css`
  section {
    padding: 8px 12px;
    line-height: 1.45;
  }
  h2 {
    margin: 0;
    font-size: 1.2em;
  }
  h3 {
    margin: 14px 0 4px;
    font-size: 1em;
  }
  h4 {
    margin: 10px 0 2px;
    font-size: 0.95em;
  }
  p {
    margin: 4px 0;
  }
  .kind {
    margin-top: 0;
    font-size: 0.9em;
  }
  .note {
    padding: 2px 8px;
    border-left: 4px solid var(--sg-muted, #475569);
  }
  ul,
  ol {
    margin: 0;
    padding-left: 18px;
  }
  .relationships {
    list-style: none;
    padding: 0;
  }
  .relationship {
    padding: 6px 0;
    border-top: 1px solid var(--sg-border, #cbd5e1);
  }
  .line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 4px 8px;
  }
  .ties {
    padding-left: 1.2em;
  }
  .ties li {
    margin-bottom: 8px;
  }
  .items,
  .evidence.compact {
    font-size: 0.9em;
  }
  .evidence.compact {
    margin-top: 2px;
  }
  .hidden-toggle {
    margin-top: 10px;
    color: var(--sg-text, #1e293b);
  }
  .fields {
    display: grid;
    gap: 2px;
    margin: 8px 0;
  }
  .fields > div {
    display: grid;
    grid-template-columns: 6em 1fr;
    gap: 8px;
  }
  dt {
    color: var(--sg-muted, #475569);
  }
  dd {
    margin: 0;
  }
  .evidence.full > li {
    margin-bottom: 10px;
  }
  blockquote {
    margin: 4px 0 0;
    padding: 2px 10px;
    border-left: 3px solid var(--sg-border, #cbd5e1);
    font-style: italic;
  }
  /* The cited lines of an evidence item: numbered, the cited ones highlighted and barred. */
  .reading {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 8px;
    margin-top: 4px;
    font-size: 0.9em;
  }
  .lines-toggle {
    color: var(--sg-text, #1e293b);
  }
  .excerpt {
    margin-top: 4px;
    font-size: 0.9em;
  }
  .text-lines {
    list-style: none;
    margin: 0 0 6px;
    padding: 4px 0;
    border: 1px solid var(--sg-border, #cbd5e1);
    border-radius: 4px;
  }
  .text-lines li {
    display: grid;
    grid-template-columns: 2.8em minmax(0, 1fr);
    column-gap: 6px;
    padding-right: 6px;
    border-left: 3px solid transparent;
  }
  .text-lines li.cited {
    border-left-color: var(--sg-accent, #1d4ed8);
  }
  .text-lines .n {
    color: var(--sg-muted, #475569);
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .text-lines .t {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  mark {
    background: #fde68a;
    color: #1e293b;
  }
  .text-error {
    padding: 2px 8px;
    border-left: 4px solid var(--sg-error-border, #b91c1c);
  }
`;
