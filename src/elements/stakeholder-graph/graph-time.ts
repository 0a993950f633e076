/**
 * Time on `<stakeholder-graph>`, loaded on demand (only graphs with dated claims need it): the
 * graph shown as of a date or comparing two dates, the timeline strip below the drawing (a slider
 * with a step per dated event, play and pause, compare mode with two handles, the undated
 * toggle), and what the live region says at each step.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type Graph from 'graphology';
import { asOfGraph, compareAsOf, timelineEvents, type CompareResult, type TimelineEvent } from '../../graph/as-of';
import { formatDate, parseDate } from '../../graph/dates';
import { STATUS_LABELS } from '../../graph/legend';
import { nodeLabel, type Registry } from '../../graph/registry';

export { compareAsOf, timelineEvents };
export type { CompareResult, TimelineEvent };

export interface TimeSettings {
  /** The date the graph is shown as of, or null for every claim whatever its date. */
  asOf: string | null;
  /** Compare mode: the two dates, or null. */
  compare: { from: string; to: string } | null;
  undated: 'show' | 'hide';
  ended: 'show' | 'hide';
}

/**
 * The graph shown for the settings: the model itself when no date is set; as of the date; or, in
 * compare mode, as of `to` with the claims that ended since `from` kept (marked `ended`), each
 * claim that appeared, ended or changed status marked with `change`.
 */
export function shownGraphFor(model: Graph, settings: TimeSettings): Graph {
  const { compare } = settings;
  if (compare) {
    const from = parseDate(compare.from);
    const to = parseDate(compare.to);
    if (!from || !to) return model;
    const shown = asOfGraph(model, to.start, { undated: settings.undated, ended: 'hide' });
    const result = compareAsOf(model, from.start, to.start);
    for (const key of result.appeared) shown.setEdgeAttribute(key, 'change', 'appeared');
    for (const key of result.changed) shown.setEdgeAttribute(key, 'change', 'changed');
    const before = asOfGraph(model, from.start, { ended: 'hide' });
    for (const key of result.ended) {
      const attributes = { ...before.getEdgeAttributes(key), ended: true, change: 'ended' };
      const [source, target] = [model.source(key), model.target(key)];
      if (model.isUndirected(key)) shown.addUndirectedEdgeWithKey(key, source, target, attributes);
      else shown.addDirectedEdgeWithKey(key, source, target, attributes);
    }
    return shown;
  }
  const day = settings.asOf === null ? null : parseDate(settings.asOf);
  return day ? asOfGraph(model, day.start, { undated: settings.undated, ended: settings.ended }) : model;
}

/** A claim named for a sentence: "mutual defence pact (North Korea – Russia)". */
function claimName(graph: Graph, registry: Registry, key: string): string {
  const attributes = graph.getEdgeAttributes(key);
  const type = registry.edgeTypes.get(String(attributes.type));
  const what =
    typeof attributes.label === 'string' && attributes.label !== '' ? attributes.label : (type?.label ?? String(attributes.type));
  return `${what} (${nodeLabel(graph, graph.source(key))} – ${nodeLabel(graph, graph.target(key))})`;
}

/** "As of June 2024: 5 claims; the mutual defence pact (North Korea – Russia) is now in force." */
export function stepAnnouncement(model: Graph, shown: Graph, registry: Registry, event: TimelineEvent | null): string {
  const inForce = shown.filterEdges((_key, attributes) => attributes.ended !== true).length;
  if (!event) return `All dates: ${inForce} claims.`;
  const parts: string[] = [];
  const name = (key: string) => claimName(model, registry, key);
  for (const key of event.made.slice(0, 3)) parts.push(`${name(key)} is now in force`);
  for (const { key, status } of event.changed.slice(0, 3)) parts.push(`${name(key)} is now ${STATUS_LABELS[status].toLowerCase()}`);
  for (const key of event.ended.slice(0, 3)) parts.push(`${name(key)} has ended`);
  const more = event.made.length + event.changed.length + event.ended.length - parts.length;
  if (more > 0) parts.push(`${more} more changes`);
  return `As of ${formatDate(event.date)}: ${inForce} claim${inForce === 1 ? '' : 's'}${parts.length ? `; ${parts.join('; ')}` : ''}.`;
}

/** The dates shown, in words: "June 2024", "February 2023 → October 2024", or "All dates". */
export function settingsLabel(settings: TimeSettings): string {
  if (settings.compare) return `${formatDate(settings.compare.from)} → ${formatDate(settings.compare.to)}`;
  return settings.asOf ? formatDate(settings.asOf) : 'All dates';
}

/** The compare result as text: one list per kind of change. */
export function compareLists(model: Graph, registry: Registry, result: CompareResult): Array<{ title: string; items: string[] }> {
  const name = (key: string) => claimName(model, registry, key);
  return [
    { title: 'Appeared', items: result.appeared.map(name) },
    { title: 'Ended', items: result.ended.map(name) },
    { title: 'Changed status', items: result.changed.map(name) },
  ];
}

export interface TimelineState {
  events: readonly TimelineEvent[];
  /** The step the as-of handle is on: an event index, or `events.length` for all dates. */
  step: number;
  /** In compare mode, the step of the "from" handle; else null. */
  fromStep: number | null;
  playing: boolean;
  undated: 'show' | 'hide';
  compareLists: Array<{ title: string; items: string[] }> | null;
  /** What is shown, in words: "June 2024", "February 2023 → October 2024", "All dates" (the dates asked for, between events or not). */
  label: string;
}

export interface TimelineActions {
  /** Move the as-of handle (or, with `from`, the compare handle) to a step. */
  setStep(step: number, from?: boolean): void;
  togglePlay(): void;
  toggleUndated(): void;
  toggleCompare(): void;
}

/**
 * Places an element along the track through the CSSOM: a `style` attribute (which Lit's
 * styleMap writes on first render) is refused by a strict CSP's `style-src-attr`.
 */
function placeAt(percent: number) {
  return ref((element) => {
    if (element instanceof HTMLElement) element.style.left = `${percent}%`;
  });
}

/** Where a step sits along the track, in percent (all dates at the right end). */
function stepPosition(events: readonly TimelineEvent[], step: number): number {
  if (events.length < 2) return step >= events.length ? 100 : 0;
  if (step >= events.length) return 100;
  const first = events[0]!.day;
  const last = events[events.length - 1]!.day;
  return ((events[step]!.day - first) / (last - first)) * 92;
}

function stepLabel(events: readonly TimelineEvent[], step: number): string {
  return step >= events.length ? 'All dates' : formatDate(events[step]!.date);
}

/** The slider's keys: a step per event, Home and End, Page keys by three. */
function sliderKey(event: KeyboardEvent, state: TimelineState, actions: TimelineActions, from: boolean): void {
  const last = state.events.length;
  const current = from ? (state.fromStep ?? 0) : state.step;
  const moves: Record<string, number> = {
    ArrowLeft: current - 1,
    ArrowDown: current - 1,
    ArrowRight: current + 1,
    ArrowUp: current + 1,
    PageDown: current - 3,
    PageUp: current + 3,
    Home: 0,
    End: last,
  };
  const next = moves[event.key];
  if (next === undefined) return;
  event.preventDefault();
  actions.setStep(Math.max(0, Math.min(from ? last - 1 : last, next)), from);
}

function handle(state: TimelineState, actions: TimelineActions, from: boolean): TemplateResult {
  const step = from ? (state.fromStep ?? 0) : state.step;
  const label = from ? 'Compare from' : state.fromStep !== null ? 'Compare to' : 'As of';
  return html`<div
    class="handle ${from ? 'from' : ''}"
    role="slider"
    tabindex="0"
    aria-label=${label}
    aria-valuemin="0"
    aria-valuemax=${from ? state.events.length - 1 : state.events.length}
    aria-valuenow=${step}
    aria-valuetext=${stepLabel(state.events, step)}
    ${placeAt(stepPosition(state.events, step))}
    @keydown=${(event: KeyboardEvent) => sliderKey(event, state, actions, from)}
  ></div>`;
}

export function renderTimeline(state: TimelineState, actions: TimelineActions): TemplateResult {
  const { events } = state;
  const comparing = state.fromStep !== null;
  return html`<div class="timeline" part="timeline" role="group" aria-label="Timeline">
    <button type="button" class="play" aria-pressed=${state.playing ? 'true' : 'false'} @click=${() => actions.togglePlay()}>
      ${state.playing ? 'Pause' : 'Play'}
    </button>
    <div class="track">
      ${events.map(
        (event, i) =>
          html`<button
            type="button"
            class="tick"
            tabindex="-1"
            aria-hidden="true"
            title=${formatDate(event.date)}
            ${placeAt(stepPosition(events, i))}
            @click=${() => actions.setStep(i)}
          ></button>`,
      )}
      ${comparing ? handle(state, actions, true) : nothing} ${handle(state, actions, false)}
    </div>
    <span class="as-of" aria-hidden="true">${state.label}</span>
    <label class="option"
      ><input type="checkbox" .checked=${state.undated === 'show'} @change=${() => actions.toggleUndated()} /> Undated claims</label
    >
    <label class="option"><input type="checkbox" .checked=${comparing} @change=${() => actions.toggleCompare()} /> Compare</label>
    ${state.compareLists ? compareView(state.compareLists) : nothing}
  </div>`;
}

function compareView(lists: Array<{ title: string; items: string[] }>): TemplateResult {
  const total = lists.reduce((sum, list) => sum + list.items.length, 0);
  return html`<details class="changes">
    <summary>${total === 0 ? 'No changes' : `${total} change${total === 1 ? '' : 's'}`}</summary>
    ${lists
      .filter((list) => list.items.length > 0)
      .map(
        (list) =>
          html`<h4>${list.title}</h4>
            <ul>
              ${list.items.map((item) => html`<li>${item}</li>`)}
            </ul>`,
      )}
  </details>`;
}

/** The timeline's styles, adopted by the shadow root when the timeline first shows. */
export const timelineStyles = css`
  .canvas.with-timeline {
    height: calc(100% - 44px);
  }
  /* The legend, drawn at the bottom of the drawing, sits above the timeline. */
  .timeline ~ .legend {
    bottom: 52px;
    max-height: calc(100% - 92px);
  }
  .timeline {
    container-type: inline-size;
    position: absolute;
    left: 0;
    right: 0;
    bottom: 0;
    height: 44px;
    box-sizing: border-box;
    display: flex;
    align-items: center;
    gap: 10px;
    padding: 0 10px;
    border-top: 1px solid var(--_border);
    background: var(--_panel);
    font-size: 12px;
  }
  .timeline .track {
    position: relative;
    flex: 1;
    height: 22px;
    margin: 0 8px;
    border-bottom: 2px solid var(--_border);
  }
  .timeline .tick {
    position: absolute;
    bottom: -6px;
    width: 10px;
    height: 10px;
    margin-left: -5px;
    padding: 0;
    border: 2px solid var(--_muted);
    border-radius: 50%;
    background: var(--_bg);
    cursor: pointer;
  }
  .timeline .handle {
    position: absolute;
    bottom: -9px;
    width: 16px;
    height: 16px;
    margin-left: -8px;
    border-radius: 50%;
    background: var(--_accent);
    border: 2px solid var(--_bg);
    box-shadow: 0 0 0 1px var(--_accent);
    cursor: grab;
    transition: left 0.25s ease;
  }
  .timeline .handle.from {
    background: var(--_muted);
    box-shadow: 0 0 0 1px var(--_muted);
  }
  .timeline .handle:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .timeline .as-of {
    min-width: 8em;
    font-weight: 600;
  }
  .timeline button.play {
    font: inherit;
    padding: 3px 10px;
    border: 1px solid var(--_border);
    border-radius: 4px;
    background: var(--_bg);
    color: var(--_text);
  }
  .timeline .option {
    white-space: nowrap;
  }
  .timeline .changes {
    position: absolute;
    right: 8px;
    bottom: 100%;
    max-height: 220px;
    overflow-y: auto;
    padding: 4px 10px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_panel);
  }
  .timeline .changes h4 {
    margin: 6px 0 2px;
    font-size: 12px;
  }
  .timeline .changes ul {
    margin: 0;
    padding-left: 1.2em;
  }
  /* A narrow embed keeps the slider, Play and the date; the options need room. */
  @container (max-width: 520px) {
    .timeline .option {
      display: none;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .timeline .handle {
      transition: none;
    }
  }
`;

export { TimelineStrip } from './timeline-strip';
