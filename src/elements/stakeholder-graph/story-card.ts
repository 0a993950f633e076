/**
 * The story's card on the graph: the step's title and text, the claims it cites with the lines
 * of their sources (fetched on demand like the details panel's), "2 / 6", Previous, Next and
 * Close; ←/→ move and Escape leaves while the card has the keyboard. With no step shown, the
 * Story button that starts it. Everything from the data is Lit-escaped text; paragraphs are split
 * on blank lines, never parsed as HTML.
 */
import { css, html, nothing } from 'lit';
import type Graph from 'graphology';
import type { Evidence, Source } from '../../graph/dataset-schema';
import { nodeLabel, type Registry } from '../../graph/registry';

import type { Story } from '../../story/story-types';
import { formatLines } from '../sg-details/evidence-format';
import type { SourceTexts } from '../sg-details/source-texts';

export interface StoryCardProps {
  story: Story;
  /** The step shown, or null (the Story button). */
  index: number | null;
  /** A narrow graph: the card lies along the bottom. */
  compact: boolean;
  graph: Graph;
  registry: Registry;
  texts: SourceTexts;
  base: string;
  onStart(): void;
  onMove(delta: 1 | -1): void;
  onExit(): void;
  onClaim(key: string): void;
}

export function renderStoryCard(props: StoryCardProps | null) {
  if (!props) return nothing;
  const { story, index } = props;
  if (index === null) {
    return html`<button type="button" class="story-start" part="story-start" @click=${props.onStart}>
      <span aria-hidden="true">▶</span> Story: ${story.title}
      <span class="story-length">(${story.steps.length} ${story.steps.length === 1 ? 'step' : 'steps'})</span>
    </button>`;
  }
  const step = story.steps[index]!;
  const last = story.steps.length - 1;
  const onKey = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const action =
      event.key === 'ArrowRight'
        ? () => props.onMove(1)
        : event.key === 'ArrowLeft'
          ? () => props.onMove(-1)
          : event.key === 'Escape'
            ? props.onExit
            : null;
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    action();
  };
  return html`<section
    class="story-card ${props.compact ? 'compact' : ''}"
    part="story"
    tabindex="-1"
    aria-labelledby="story-title"
    aria-describedby="story-keys"
    aria-roledescription="story step"
    @keydown=${onKey}
  >
    <p class="story-meta">
      <span class="story-name">${story.title}</span>
      <span class="story-count" aria-label="Step ${index + 1} of ${story.steps.length}">${index + 1} / ${story.steps.length}</span>
    </p>
    <h2 id="story-title" class="story-title">${step.title}</h2>
    ${paragraphs(step.text).map((text) => html`<p class="story-text">${text}</p>`)} ${cites(props, step.cite ?? [])}
    <p id="story-keys" class="visually-hidden">Left and right arrow keys move between steps; Escape leaves the story.</p>
    <div class="story-nav">
      <button type="button" class="story-prev" aria-disabled=${index === 0 ? 'true' : 'false'} @click=${() => props.onMove(-1)}>
        ← Previous
      </button>
      <button type="button" class="story-next" aria-disabled=${index === last ? 'true' : 'false'} @click=${() => props.onMove(1)}>
        Next →
      </button>
      <button type="button" class="story-exit" @click=${props.onExit}>Close story</button>
    </div>
  </section>`;
}

/** Plain text split on blank lines. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}

function cites(props: StoryCardProps, keys: readonly string[]) {
  const { graph, registry } = props;
  const shown = keys.filter((key) => graph.hasEdge(key));
  if (shown.length === 0) return nothing;
  const sources = new Map<string, Source>();
  for (const source of (graph.getAttribute('sources') as Source[] | undefined) ?? []) sources.set(source.id, source);
  return html`<ul class="story-cites" aria-label="Claims this step cites">
    ${shown.map((key) => {
      const evidence = (graph.getEdgeAttribute(key, 'evidence') as Evidence[] | undefined) ?? [];
      return html`<li>
        <button type="button" class="story-claim" @click=${() => props.onClaim(key)}>${claimText(graph, registry, key)}</button>
        ${evidence.map((item) => evidenceItem(props, item, sources.get(item.source)))}
      </li>`;
    })}
  </ul>`;
}

/**
 * "North Korea supplies Russia: munitions". Not describeEdgeText (graph/describe.ts): importing it
 * from this lazy chunk made the bundler split shared modules out of the eager bundle, over its budget.
 */
function claimText(graph: Graph, registry: Registry, key: string): string {
  const type = graph.getEdgeAttribute(key, 'type') as string | undefined;
  const label = graph.getEdgeAttribute(key, 'label') as string | undefined;
  const verb = (type && registry.edgeTypes.get(type)?.label) ?? type ?? 'relates to';
  return `${nodeLabel(graph, graph.source(key))} ${verb} ${nodeLabel(graph, graph.target(key))}${label ? `: ${label}` : ''}`;
}

function evidenceItem(props: StoryCardProps, item: Evidence, source: Source | undefined) {
  const title = source?.title || item.source;
  const where = formatLines(item.lines);
  const text = props.texts.get(source, props.base);
  const quoted =
    text.status === 'ready' && item.lines.length > 0
      ? item.lines.map((line) => ({ line, text: text.lines[line - 1] })).filter((line) => line.text !== undefined)
      : [];
  return html`<figure class="story-evidence">
    ${
      quoted.length > 0
        ? html`<blockquote class="story-quote">
            ${quoted.map((line) => html`<p><span class="story-line" aria-label="line ${line.line}">${line.line}</span> ${line.text}</p>`)}
          </blockquote>`
        : html`<p class="story-summary">${item.summary}</p>`
    }
    <figcaption class="story-source">
      ${title}${where ? `, ${where}` : ''}${text.status === 'loading' ? ' (loading the text…)' : ''}${
        text.status === 'error' ? html` <span class="story-error">${text.message}</span>` : nothing
      }
    </figcaption>
  </figure>`;
}

export const storyStyles = css`
  .story-start,
  .story-card {
    position: absolute;
    top: 8px;
    right: 8px;
    z-index: 3;
    font: inherit;
    color: var(--_text);
    background: var(--_panel);
    border: 1px solid var(--_border);
    border-radius: 8px;
    box-shadow: 0 2px 10px rgb(0 0 0 / 0.12);
  }
  .story-start {
    max-width: calc(100% - 16px);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    padding: 6px 10px;
    cursor: pointer;
    font-size: 0.85rem;
  }
  /* The error banner stays above the story (its dismiss button included). */
  .error {
    z-index: 4;
  }
  .story-length {
    color: var(--_muted);
  }
  .story-card {
    box-sizing: border-box;
    width: min(22rem, calc(100% - 16px));
    max-height: calc(100% - 16px);
    overflow: auto;
    padding: 10px 12px 0;
    font-size: 0.85rem;
    line-height: 1.45;
  }
  /* Above the timeline strip, when the graph has one. */
  .canvas.with-timeline ~ .story-card {
    max-height: calc(100% - 68px);
  }
  /* A narrow graph: the card along the bottom, the step's actors framed above it. */
  .story-card.compact {
    top: auto;
    bottom: 8px;
    left: 8px;
    width: auto;
    max-height: 45%;
  }
  .canvas.with-timeline ~ .story-card.compact {
    bottom: 52px;
    max-height: calc(45% - 44px);
  }
  .story-card:focus-visible,
  .story-start:focus-visible,
  .story-card button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .story-meta {
    display: flex;
    justify-content: space-between;
    gap: 8px;
    margin: 0;
    color: var(--_muted);
    font-size: 0.75rem;
  }
  .story-count {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .story-title {
    margin: 4px 0 6px;
    font-size: 1rem;
  }
  .story-text {
    margin: 0 0 6px;
  }
  .story-cites {
    list-style: none;
    margin: 8px 0;
    padding: 0;
  }
  .story-cites > li + li {
    margin-top: 8px;
  }
  .story-claim {
    font: inherit;
    font-weight: 600;
    text-align: left;
    color: var(--_accent);
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
    text-decoration: underline;
  }
  .story-evidence {
    margin: 4px 0 0;
  }
  .story-quote {
    margin: 0;
    padding: 2px 0 2px 8px;
    border-left: 3px solid var(--_border);
  }
  .story-quote p,
  .story-summary {
    margin: 0;
  }
  .story-line {
    display: inline-block;
    min-width: 1.6em;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .story-source {
    color: var(--_muted);
    font-size: 0.75rem;
  }
  .story-error {
    color: var(--_error-text);
  }
  /* Previous, Next and Close stay in reach however long the step. */
  .story-nav {
    position: sticky;
    bottom: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin-top: 8px;
    padding: 6px 0 10px;
    background: var(--_panel);
  }
  .story-nav button {
    font: inherit;
    padding: 3px 10px;
    border-radius: 6px;
    border: 1px solid var(--_border);
    background: var(--_bg);
    color: var(--_text);
    cursor: pointer;
  }
  .story-nav button[aria-disabled='true'] {
    opacity: 0.5;
    cursor: default;
  }
  .story-exit {
    margin-left: auto;
  }
`;
