import { css } from 'lit';

/**
 * Layout of the story editor (colours, buttons and focus rings come from commonStyles). The step
 * shown is marked by weight and a bar at its side, not by colour alone.
 */
export const storyEditorStyles = css`
  p {
    margin: 4px 0;
  }
  .status {
    min-height: 1.45em;
    font-weight: 600;
  }
  label {
    display: flex;
    flex-direction: column;
    gap: 2px;
    margin: 6px 0;
    font-weight: 600;
    max-width: 40em;
  }
  input[type='text'],
  textarea {
    padding: 4px 6px;
    border: 1px solid var(--sg-border, #cbd5e1);
    border-radius: 6px;
    background: var(--sg-background, #fff);
    color: var(--sg-text, #1e293b);
    font: inherit;
    font-weight: 400;
  }
  textarea {
    resize: vertical;
  }
  input[type='text']:focus-visible,
  textarea:focus-visible {
    outline: 2px solid var(--sg-accent, #1d4ed8);
    outline-offset: 1px;
  }
  .steps {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .step {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 8px;
    padding: 4px 6px;
    border-inline-start: 4px solid transparent;
    border-bottom: 1px solid var(--sg-border, #cbd5e1);
  }
  .step.shown {
    border-inline-start-color: currentColor;
  }
  .step.shown .number,
  .step.shown .step-name {
    font-weight: 700;
  }
  .number {
    min-width: 1.6em;
    font-variant-numeric: tabular-nums;
    color: var(--sg-muted, #475569);
  }
  .step-name {
    flex: 1 1 12em;
    overflow-wrap: anywhere;
  }
  .actions,
  .files {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
  }
  .files {
    margin-top: 12px;
  }
  button {
    padding: 2px 8px;
  }
  button:disabled {
    cursor: default;
    opacity: 0.55;
    text-decoration: none;
  }
  .add-step {
    margin-top: 2px;
  }
`;
