/**
 * The graph as of a date (issue #15): which claims had been made by then, which had ended, and
 * the status each had. A claim is made at its `since` (else at its first `history` entry), ends
 * after its `until`, and has, as of a day, the status of its last `history` entry at or before
 * that day (before the first entry, the first entry's status; with no history, its `status`).
 * Claims with no date at all are undated: shown or hidden as the reader chooses, never given a
 * made-up date. Pure: reads the graph, returns a new one.
 */
import Graph from 'graphology';
import { edgeStatusOf, type StatusKey } from './legend';
import { isoDay, parseDate, type DatePeriod } from './dates';

export interface AsOfOptions {
  /** Undated claims: `show` (default) keeps them whatever the date, `hide` leaves them out while a date is set. */
  undated?: 'show' | 'hide';
  /** Ended claims: `show` (default) keeps them drawn as ended (attribute `ended: true`), `hide` leaves them out. */
  ended?: 'show' | 'hide';
}

export type ClaimState = 'undated' | 'future' | 'current' | 'ended';

interface HistoryEntry {
  date: DatePeriod;
  status: StatusKey;
}

export interface ClaimTime {
  /** The day the claim was made, or null when nothing says. */
  start: number | null;
  /** The last day it held, or null when it has not ended. */
  end: number | null;
  history: HistoryEntry[];
}

/** What a claim's attributes say about its time. */
export function claimTime(attributes: Record<string, unknown>): ClaimTime {
  const history: HistoryEntry[] = [];
  if (Array.isArray(attributes.history)) {
    for (const entry of attributes.history as unknown[]) {
      if (typeof entry !== 'object' || entry === null) continue;
      const date = parseDate((entry as { date?: unknown }).date);
      if (date) history.push({ date, status: edgeStatusOf(entry as Record<string, unknown>) });
    }
  }
  const since = parseDate(attributes.since);
  const until = parseDate(attributes.until);
  return { start: since?.start ?? history[0]?.date.start ?? null, end: until?.end ?? null, history };
}

/** Whether a claim has any date. */
export function isDated(time: ClaimTime): boolean {
  return time.start !== null || time.end !== null;
}

/** Where a claim stands on `day`, and its status then. */
export function claimAsOf(attributes: Record<string, unknown>, day: number): { state: ClaimState; status: StatusKey } {
  const time = claimTime(attributes);
  const status = statusAsOf(time, day) ?? edgeStatusOf(attributes);
  if (!isDated(time)) return { state: 'undated', status };
  if (time.start !== null && day < time.start) return { state: 'future', status };
  if (time.end !== null && day > time.end) return { state: 'ended', status };
  return { state: 'current', status };
}

function statusAsOf(time: ClaimTime, day: number): StatusKey | null {
  if (time.history.length === 0) return null;
  let status = time.history[0]!.status;
  for (const entry of time.history) if (entry.date.start <= day) status = entry.status;
  return status;
}

/**
 * A copy of `graph` as of `day`: every actor; the claims made by then (ended ones marked
 * `ended: true`, or left out), each with its status then; undated claims kept or left out.
 */
export function asOfGraph(graph: Graph, day: number, options: AsOfOptions = {}): Graph {
  const shown = graph.emptyCopy();
  graph.forEachEdge((key, attributes, source, target, _sa, _ta, undirected) => {
    const { state, status } = claimAsOf(attributes, day);
    if (state === 'future') return;
    if (state === 'undated' && options.undated === 'hide') return;
    if (state === 'ended' && options.ended === 'hide') return;
    const copy: Record<string, unknown> = { ...attributes, status };
    if (state === 'ended') copy.ended = true;
    if (undirected) shown.addUndirectedEdgeWithKey(key, source, target, copy);
    else shown.addDirectedEdgeWithKey(key, source, target, copy);
  });
  return shown;
}

export interface CompareResult {
  /** Claims in force at `to` that were not at `from`. */
  appeared: string[];
  /** Claims in force at `from` that are not at `to` (ended, or not yet made at `to`). */
  ended: string[];
  /** Claims in force at both whose status differs. */
  changed: string[];
}

/** What changed between two days (`from` before `to`); undated claims never change. */
export function compareAsOf(graph: Graph, from: number, to: number): CompareResult {
  const result: CompareResult = { appeared: [], ended: [], changed: [] };
  graph.forEachEdge((key, attributes) => {
    const before = claimAsOf(attributes, from);
    const after = claimAsOf(attributes, to);
    if (before.state === 'undated') return;
    const was = before.state === 'current';
    const is = after.state === 'current';
    if (!was && is) result.appeared.push(key);
    else if (was && !is) result.ended.push(key);
    else if (was && is && before.status !== after.status) result.changed.push(key);
  });
  return result;
}

/** One date on the timeline and what happens on it. */
export interface TimelineEvent {
  /** The day it starts. */
  day: number;
  /** The date as the data gives it (the first spelling seen). */
  date: string;
  /** Claims made, ended (after this period), or whose status changes, on this date. */
  made: string[];
  ended: string[];
  changed: Array<{ key: string; status: StatusKey }>;
}

/** Every dated event of the graph, oldest first: each `since`, `until` and history entry. */
export function timelineEvents(graph: Graph): TimelineEvent[] {
  const byDay = new Map<number, TimelineEvent>();
  const parsed = new Map<unknown, DatePeriod | null>();
  const parse = (value: unknown) => {
    if (!parsed.has(value)) parsed.set(value, parseDate(value));
    return parsed.get(value)!;
  };
  const at = (value: unknown): TimelineEvent | null => {
    const period = parse(value);
    if (!period) return null;
    let event = byDay.get(period.start);
    if (!event) {
      event = { day: period.start, date: value as string, made: [], ended: [], changed: [] };
      byDay.set(period.start, event);
    }
    return event;
  };
  graph.forEachEdge((key, attributes) => {
    const time = claimTime(attributes);
    const since = at(attributes.since);
    if (since) since.made.push(key);
    // A claim `until` a period holds through it: it has ended from the next day on.
    const until = parseDate(attributes.until);
    if (until) at(isoDay(until.end + 1))!.ended.push(key);
    if (!Array.isArray(attributes.history)) return;
    (attributes.history as Array<{ date?: unknown; status?: unknown }>).forEach((entry, i) => {
      const event = at(entry.date);
      if (!event) return;
      // The first entry of a claim with no `since` is when it was made.
      if (i === 0 && time.start !== null && parseDate(attributes.since) === null) event.made.push(key);
      else event.changed.push({ key, status: edgeStatusOf(entry) });
    });
  });
  return [...byDay.values()].sort((a, b) => a.day - b.day);
}

/** Whether any claim of the graph carries a date. */
export function hasDatedClaims(graph: Graph): boolean {
  return graph.someEdge((_key, attributes) => isDated(claimTime(attributes)));
}
