/**
 * Time on `<stakeholder-graph>` (issue #15): `as-of`, `compare-range`, `undated` and `ended`
 * choose the graph shown (graph-time.ts, loaded when a graph has dated claims), `compare()`
 * reports what changed between two dates, and the timeline strip drives them with the mouse and
 * the keyboard, play and pause. Everything the element derives (filters, paths, focus, exports,
 * analyses) reads the graph shown, so it honours the date.
 */
import { nothing, type TemplateResult } from 'lit';
import type Graph from 'graphology';
import { parseDate } from '../../graph/dates';
import { emit } from '../events';
import { GroupModel } from './group-model';
import type { CompareResult, TimeSettings, TimelineEvent } from './graph-time';

type TimeModule = typeof import('./graph-time');

/** Whether a graph has any dated claim (cheap: the timeline's code loads only then). */
export function mayHaveDates(graph: Graph): boolean {
  return graph.someEdge(
    (_key, attributes) => attributes.since !== undefined || attributes.until !== undefined || attributes.history !== undefined,
  );
}

export abstract class TimeModel extends GroupModel {
  private time?: TimeModule;
  /** Whether the model has dated claims (read once per model: a scan of every edge when it has none). */
  private dated?: { model: Graph; dated: boolean };
  private events: readonly TimelineEvent[] = [];
  private shownFor?: { model: Graph; key: string; shown: Graph };
  private strip?: InstanceType<TimeModule['TimelineStrip']>;

  /** The graph shown: the loaded one, or a copy as of `as-of` (or comparing two dates). */
  get shownGraph(): Graph | undefined {
    return this._graph;
  }

  /** The dates of the timeline's steps (each `since`, `until` and status change), oldest first. */
  get timelineDates(): string[] {
    return this.events.map((event) => event.date);
  }

  /**
   * What changed between two dates: the claims that appeared, that ended, and that changed
   * status. Shows the comparison too (`compare-range`), until `compare-range` is removed.
   * Throws for a date that does not parse. Needs the timeline's code: await `timeReady()` first
   * when the graph just loaded.
   */
  compare(from: string, to: string): CompareResult {
    const [start, end] = [parseDate(from), parseDate(to)];
    if (!start || !end) throw new Error(`compare(): "${!start ? from : to}" is not a date (use 2024, 2024-06 or 2024-06-19)`);
    if (!this._model || !this.time) throw new Error('compare(): no dated graph is shown yet; wait for sg-load and timeReady()');
    const [earlier, later] = start.start <= end.start ? [from, to] : [to, from];
    this.compareRange = `${earlier}/${later}`;
    return this.time.compareAsOf(this._model, parseDate(earlier)!.start, parseDate(later)!.start);
  }

  /** Resolves once the timeline's code is loaded for the graph shown (at once when it has no dates). */
  async timeReady(): Promise<void> {
    if (this._model && this.isDated(this._model)) await this.loadTime();
  }

  /** The time settings the attributes give. */
  protected get timeSettings(): TimeSettings {
    const range = this.compareRange?.split('/');
    const compare = range?.length === 2 && parseDate(range[0]) && parseDate(range[1]) ? { from: range[0]!, to: range[1]! } : null;
    return {
      asOf: parseDate(this.asOf) ? this.asOf : null,
      compare,
      undated: this.undated === 'hide' ? 'hide' : 'show',
      ended: this.ended === 'hide' ? 'hide' : 'show',
    };
  }

  /** The graph to show for `model` under the time settings (the model until the timeline's code is here). */
  protected shownGraphOf(model: Graph): Graph {
    const time = this.time;
    if (!time || !this.isDated(model)) return model;
    const settings = this.timeSettings;
    const key = JSON.stringify(settings);
    const cached = this.shownFor;
    if (cached?.model === model && cached.key === key) return cached.shown;
    const shown = time.shownGraphFor(model, settings);
    this.shownFor = { model, key, shown };
    return shown;
  }

  /** A new model: its timeline's events, and the code to show it as of a date when it has dates. */
  protected takeModel(model: Graph): void {
    this.stopPlaying();
    this.events = this.time ? this.time.timelineEvents(model) : [];
    if (this.isDated(model) && !this.time) void this.loadTime();
  }

  private isDated(model: Graph): boolean {
    if (this.dated?.model !== model) this.dated = { model, dated: mayHaveDates(model) };
    return this.dated.dated;
  }

  private async loadTime(): Promise<void> {
    if (this.time) return;
    const time = await import('./graph-time');
    this.time = time;
    this.strip = new time.TimelineStrip({
      events: () => this.events,
      settings: () => this.timeSettings,
      model: () => this._model,
      shown: () => this._graph,
      registry: () => this.registry,
      compareOf: (range) => this.compareOf(range),
      set: (change) => Object.assign(this, change),
      changed: () => this.requestUpdate(),
    });
    const root = this.renderRoot as ShadowRoot;
    if (root.adoptedStyleSheets && time.timelineStyles.styleSheet)
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, time.timelineStyles.styleSheet];
    if (this._model) this.events = time.timelineEvents(this._model);
    this.requestUpdate();
  }

  /** The live region's sentence for the step now shown. */
  protected timeAnnouncement(): string {
    return this.strip?.announcement() ?? '';
  }

  /** Reports a change of the time settings with `sg-time`. */
  protected emitTime(): void {
    const settings = this.timeSettings;
    const result = settings.compare && this.time && this._model ? this.compareOf(settings.compare) : null;
    emit(this, 'sg-time', { asOf: settings.asOf, compare: settings.compare, undated: settings.undated, result });
  }

  private compareOf(range: { from: string; to: string }): CompareResult {
    return this.time!.compareAsOf(this._model!, parseDate(range.from)!.start, parseDate(range.to)!.start);
  }

  protected stopPlaying(): void {
    this.strip?.stop();
  }

  /** The timeline strip, when the graph shown has dated claims and its code is here. */
  protected renderTime(shown: boolean): TemplateResult | typeof nothing {
    return shown ? (this.strip?.render() ?? nothing) : nothing;
  }

  /** Whether the timeline strip shows (the canvas leaves room for it). */
  protected get timelineShown(): boolean {
    return Boolean(this.time && this.events.length > 0);
  }
}
