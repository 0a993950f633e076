/**
 * Evidence templates for `<sg-details>`: a compact line per item under an actor's
 * relationships, and the full list (linked title, date, lines, summary, quote) for one claim,
 * where an item whose source gives its text can open the cited lines (excerpt-view.ts).
 * Everything from the data goes through Lit's text escaping; a source title becomes a link
 * only when `safeUrl` accepts its URL (http or https).
 */
import { html, nothing } from 'lit';
import type { Evidence, Source } from '../../graph/dataset-schema';
import { safeUrl } from '../../graph/safe-url';
import { formatLines } from './evidence-format';
import { readingView, type EvidenceReading } from './excerpt-view';

/** "North Korean troops head to Russia…, lines 3, 8: summary", one per item. */
export function compactEvidence(evidence: readonly Evidence[], sources: Map<string, Source>) {
  if (evidence.length === 0) return html`<p class="no-evidence muted">No evidence given.</p>`;
  return html`<ul class="evidence compact" aria-label="Evidence">
    ${evidence.map((item) => {
      const lines = formatLines(item.lines);
      return html`<li>
        <cite>${sourceTitle(item, sources)}</cite>${lines ? html`, <span class="lines">${lines}</span>` : nothing}: ${item.summary}
      </li>`;
    })}
  </ul>`;
}

/**
 * Every item in full; the quote, if any, in a blockquote with quotation marks; with `reading`,
 * the buttons that open the cited lines and the source.
 */
export function fullEvidence(evidence: readonly Evidence[], sources: Map<string, Source>, reading?: EvidenceReading) {
  if (evidence.length === 0) return html`<p class="no-evidence muted">No evidence given for this claim.</p>`;
  return html`<ol class="evidence full">
    ${evidence.map((item, index) => {
      const source = sources.get(item.source);
      const url = safeUrl(source?.url);
      const title = sourceTitle(item, sources);
      const lines = formatLines(item.lines);
      return html`<li>
        <p class="source">
          ${
            url
              ? html`<a href=${url.href} rel="noopener noreferrer" target="_blank"
                  ><cite>${title}</cite><span class="vh"> (opens in a new tab)</span></a
                >`
              : html`<cite>${title}</cite>`
          }${source?.published ? html`, <span class="published">published ${source.published}</span>` : nothing}${
            lines ? html`, <span class="lines">${lines}</span>` : nothing
          }
        </p>
        <p class="summary">${item.summary}</p>
        ${item.quote ? html`<blockquote>“${item.quote}”</blockquote>` : nothing} ${readingView(item, index, source, reading)}
      </li>`;
    })}
  </ol>`;
}

/** The source's title, or its id when the graph does not declare it. */
function sourceTitle(item: Evidence, sources: Map<string, Source>): string {
  return sources.get(item.source)?.title ?? item.source;
}
