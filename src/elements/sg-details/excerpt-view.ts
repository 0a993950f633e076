/**
 * Reading an evidence item in `<sg-details>`: a disclosure button ("Show lines 3, 8") that opens
 * the cited lines in context (two lines around each, runs merged), numbered, the cited ones in
 * `<mark>`; and "Show source", which asks the host (`sg-show-source`) to open the source panel
 * at those lines. While a text loads it says so; a text that cannot be loaded says why, beside
 * the evidence, with a button to try again. Everything from the data is Lit-escaped text.
 */
import { html, nothing } from 'lit';
import type { Evidence, Source } from '../../graph/dataset-schema';
import { excerpt, missingLines, type TextLine } from '../../graph/source-text';
import { formatLines } from './evidence-format';
import { hasText, type SourceText } from './source-texts';

/** What the full evidence of a claim needs to open its items' lines. */
export interface EvidenceReading {
  /** Whether item `index`'s lines are shown. */
  isOpen(index: number): boolean;
  toggle(index: number): void;
  /** The source's text (asks for it when not here yet). */
  text(source: Source): SourceText;
  /** Forgets a failed fetch and asks again. */
  retry(source: Source): void;
  /** Opens the source panel at these lines; absent when there is no panel to open. */
  showSource?: (source: string, lines: readonly number[]) => void;
}

/** The buttons and, when open, the excerpt for item `index`; nothing when the source gives no text or the item no lines. */
export function readingView(item: Evidence, index: number, source: Source | undefined, reading: EvidenceReading | undefined) {
  if (!reading || !hasText(source) || item.lines.length === 0) return nothing;
  const lines = formatLines(item.lines);
  const open = reading.isOpen(index);
  const id = `excerpt-${index}`;
  const title = source.title || source.id;
  return html`<div class="reading">
      <button
        type="button"
        class="lines-toggle"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${id}
        @click=${() => reading.toggle(index)}
      >
        <span aria-hidden="true">${open ? '▾' : '▸'}</span> Show ${lines}
      </button>
      ${
        reading.showSource
          ? html`<button type="button" class="show-source" @click=${() => reading.showSource!(source.id, item.lines)}>
              Show source<span class="vh">: ${title}, ${lines}</span>
            </button>`
          : nothing
      }
    </div>
    <div id=${id} class="excerpt" ?hidden=${!open}>${open ? textView(reading.text(source), item.lines, reading, source) : nothing}</div>`;
}

function textView(text: SourceText, cited: readonly number[], reading: EvidenceReading, source: Source) {
  switch (text.status) {
    case 'none':
      return nothing;
    case 'loading':
      return html`<p class="text-status muted">Loading the text…</p>`;
    case 'error':
      return html`<p class="text-error" role="alert">${text.message}</p>
        <button type="button" class="retry" @click=${() => reading.retry(source)}>Try again</button>`;
    case 'ready': {
      const missing = missingLines(text.lines.length, cited);
      const count = text.lines.length;
      return html`${excerpt(text.lines, cited).map(
        (run) =>
          html`<ol class="text-lines" aria-label=${`Lines ${run[0]!.number}–${run[run.length - 1]!.number}`}>
            ${run.map(lineView)}
          </ol>`,
      )}${
        missing.length
          ? html`<p class="note">
              ${formatLines(missing).replace(/^l/, 'L')} ${missing.length === 1 ? 'is' : 'are'} not in the text, which has
              ${count.toLocaleString('en')} line${count === 1 ? '' : 's'}.
            </p>`
          : nothing
      }`;
    }
  }
}

/** A numbered line; a cited one in `<mark>`. */
export function lineView(line: TextLine) {
  return html`<li class=${line.cited ? 'cited' : ''} data-line=${line.number}>
    <span class="n"><span class="vh">Line </span>${line.number}</span>
    <span class="t">${line.cited ? html`<mark>${line.text}</mark>` : line.text}</span>
  </li>`;
}
