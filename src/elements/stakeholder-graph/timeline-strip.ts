/**
 * The timeline strip's behaviour, loaded with the rest of the time code (graph-time.ts): which
 * step each handle is on, moving a handle (it sets `as-of`, or one end of `compare-range`), play
 * and pause, compare mode and the undated toggle, the strip's template and the sentence the live
 * region reads at each step. The element keeps the settings (time-model.ts); this reads and sets
 * them through `TimeHost`.
 */
import type { TemplateResult } from 'lit';
import type Graph from 'graphology';
import { parseDate } from '../../graph/dates';
import type { Registry } from '../../graph/registry';
import type { CompareResult, TimelineEvent } from '../../graph/as-of';
import { compareLists, renderTimeline, settingsLabel, stepAnnouncement, type TimeSettings } from './graph-time';

/** How long each step of Play shows. */
const PLAY_STEP_MS = 1600;

/** What the strip reads from the element and sets on it. */
export interface TimeHost {
  events(): readonly TimelineEvent[];
  settings(): TimeSettings;
  model(): Graph | undefined;
  shown(): Graph | undefined;
  registry(): Registry | undefined;
  compareOf(range: { from: string; to: string }): CompareResult;
  set(change: { asOf?: string | null; compareRange?: string | null; undated?: 'show' | 'hide' }): void;
  changed(): void;
}

export class TimelineStrip {
  private player?: ReturnType<typeof setInterval>;

  constructor(private readonly host: TimeHost) {}

  /** The step of the as-of handle (an event index, or the number of events for all dates). */
  private get step(): number {
    const settings = this.host.settings();
    const date = settings.compare?.to ?? settings.asOf;
    return date === null ? this.host.events().length : this.stepAt(date);
  }

  /** In compare mode, the step of the "from" handle; else null. */
  private get fromStep(): number | null {
    const from = this.host.settings().compare?.from;
    return from ? this.stepAt(from) : null;
  }

  /** The last event at or before a (valid) date, or the first event when the date is earlier. */
  private stepAt(date: string): number {
    const day = parseDate(date)!.start;
    let step = 0;
    this.host.events().forEach((event, i) => {
      if (event.day <= day) step = i;
    });
    return step;
  }

  /** Moves a handle: sets `as-of` (or the compare range's end or start) to that step's date. */
  private setStep(step: number, from = false): void {
    const events = this.host.events();
    const date = step >= events.length ? null : events[step]!.date;
    const compare = this.host.settings().compare;
    if (compare) {
      const last = events[events.length - 1]?.date ?? compare.to;
      if (from) this.host.set({ compareRange: `${date ?? compare.from}/${compare.to}` });
      else this.host.set({ compareRange: `${compare.from}/${date ?? last}` });
      return;
    }
    this.host.set({ asOf: date });
  }

  /** The live region's sentence for the step now shown. */
  announcement(): string {
    const { model, shown, registry } = { model: this.host.model(), shown: this.host.shown(), registry: this.host.registry() };
    if (!model || !shown || !registry) return '';
    return stepAnnouncement(model, shown, registry, this.host.events()[this.step] ?? null);
  }

  stop(): void {
    clearInterval(this.player);
    this.player = undefined;
  }

  private togglePlay(): void {
    if (this.player !== undefined) {
      this.stop();
      this.host.changed();
      return;
    }
    if (this.step >= this.host.events().length - 1) this.setStep(0);
    // Under prefers-reduced-motion the steps still advance, without the handle's slide.
    this.player = setInterval(() => {
      const next = this.step + 1;
      if (next >= this.host.events().length) {
        this.stop();
        this.host.changed();
        return;
      }
      this.setStep(next);
    }, PLAY_STEP_MS);
    this.host.changed();
  }

  /** The strip, for a graph with dated events. */
  render(): TemplateResult | null {
    const host = this.host;
    const model = host.model();
    const registry = host.registry();
    const events = host.events();
    if (!model || events.length === 0 || !registry) return null;
    const settings = host.settings();
    const compare = settings.compare;
    const lists = compare ? compareLists(model, registry, host.compareOf(compare)) : null;
    return renderTimeline(
      {
        events,
        step: this.step,
        fromStep: this.fromStep,
        playing: this.player !== undefined,
        undated: settings.undated,
        compareLists: lists,
        label: settingsLabel(settings),
      },
      {
        setStep: (step, from) => this.setStep(step, from),
        togglePlay: () => this.togglePlay(),
        toggleUndated: () => host.set({ undated: settings.undated === 'show' ? 'hide' : 'show' }),
        toggleCompare: () => {
          if (compare) {
            host.set({ asOf: compare.to, compareRange: null });
            return;
          }
          const first = events[0]?.date;
          const to = settings.asOf ?? events[events.length - 1]?.date;
          if (first && to) host.set({ compareRange: `${first}/${to}` });
        },
      },
    );
  }
}
