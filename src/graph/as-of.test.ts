/**
 * The as-of view against a brute-force filter of the dated data: on random claims with random
 * `since`, `until`, status histories and undated ones, and random days, the claims kept, their
 * statuses and the "ended" marks equal what a plain reading of the dates (comparing ISO strings,
 * not day numbers) gives; compare() equals the difference of two brute-force views.
 */
import fc from 'fast-check';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { asOfGraph, compareAsOf, timelineEvents } from './as-of';
import { isoDay, parseDate } from './dates';

const STATUSES = ['confirmed', 'reported', 'potential'] as const;

/** A date among 2023-2025 as a year, a month or a day. */
const dateArb = fc
  .record({
    year: fc.integer({ min: 2023, max: 2025 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    form: fc.integer({ min: 0, max: 2 }),
  })
  .map(({ year, month, day, form }) => {
    const mm = String(month).padStart(2, '0');
    const dd = String(day).padStart(2, '0');
    return form === 0 ? `${year}` : form === 1 ? `${year}-${mm}` : `${year}-${mm}-${dd}`;
  });

interface RandomClaim {
  since: string | null;
  until: string | null;
  status: (typeof STATUSES)[number];
  history: Array<{ date: string; status: (typeof STATUSES)[number] }>;
}

const claimArb = fc.record<RandomClaim>({
  since: fc.option(dateArb, { nil: null }),
  until: fc.option(dateArb, { nil: null }),
  status: fc.constantFrom(...STATUSES),
  history: fc.array(fc.record({ date: dateArb, status: fc.constantFrom(...STATUSES) }), { maxLength: 3 }),
});

/** The first and last ISO day of a date string, by string arithmetic. */
function bounds(date: string): [string, string] {
  if (date.length === 4) return [`${date}-01-01`, `${date}-12-31`];
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return [`${date}-01`, `${date}-${String(last).padStart(2, '0')}`];
  }
  return [date, date];
}

/** The brute force: which claims hold on `day` (an ISO string), with which status. */
function bruteForce(claims: RandomClaim[], day: string, undated: 'show' | 'hide', ended: 'show' | 'hide') {
  const kept = new Map<string, { status: string; ended: boolean }>();
  claims.forEach((claim, i) => {
    const history = [...claim.history].sort((a, b) => bounds(a.date)[0].localeCompare(bounds(b.date)[0]));
    const start = claim.since ? bounds(claim.since)[0] : history[0] ? bounds(history[0].date)[0] : null;
    const end = claim.until ? bounds(claim.until)[1] : null;
    let status: string = claim.status;
    if (history.length > 0) {
      status = history[0]!.status;
      for (const entry of history) if (bounds(entry.date)[0] <= day) status = entry.status;
    }
    if (start === null && end === null) {
      if (undated === 'show') kept.set(`e${i}`, { status, ended: false });
      return;
    }
    if (start !== null && day < start) return;
    const isEnded = end !== null && day > end;
    if (isEnded && ended === 'hide') return;
    kept.set(`e${i}`, { status, ended: isEnded });
  });
  return kept;
}

function build(claims: RandomClaim[]): Graph {
  const graph = new Graph({ type: 'mixed', multi: true });
  graph.addNode('a');
  graph.addNode('b');
  claims.forEach((claim, i) => {
    const history = [...claim.history].sort((a, b) => bounds(a.date)[0].localeCompare(bounds(b.date)[0]));
    const attributes: Record<string, unknown> = { type: 'supplies', status: claim.status };
    if (claim.since) attributes.since = claim.since;
    if (claim.until) attributes.until = claim.until;
    if (history.length > 0) attributes.history = history;
    graph.addDirectedEdgeWithKey(`e${i}`, 'a', 'b', attributes);
  });
  return graph;
}

describe('asOfGraph', () => {
  it('equals a brute-force reading of the dates, histories and undated claims', () => {
    fc.assert(
      fc.property(
        fc.array(claimArb, { maxLength: 12 }),
        dateArb.map((date) => bounds(date)[0]),
        fc.constantFrom('show' as const, 'hide' as const),
        fc.constantFrom('show' as const, 'hide' as const),
        (claims, day, undated, ended) => {
          const graph = build(claims);
          const shown = asOfGraph(graph, parseDate(day)!.start, { undated, ended });
          const actual = new Map(
            shown.mapEdges((key, attributes) => [key, { status: attributes.status as string, ended: attributes.ended === true }]),
          );
          expect(actual).toEqual(bruteForce(claims, day, undated, ended));
          expect(shown.order).toBe(graph.order);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('compare() lists what appeared, ended and changed status between two days', () => {
    fc.assert(
      fc.property(fc.array(claimArb, { maxLength: 10 }), dateArb, dateArb, (claims, a, b) => {
        const [from, to] = [bounds(a)[0], bounds(b)[0]].sort() as [string, string];
        const graph = build(claims);
        const before = bruteForce(claims, from, 'hide', 'hide');
        const after = bruteForce(claims, to, 'hide', 'hide');
        const result = compareAsOf(graph, parseDate(from)!.start, parseDate(to)!.start);
        expect(result.appeared.sort()).toEqual([...after.keys()].filter((key) => !before.has(key)).sort());
        expect(result.ended.sort()).toEqual([...before.keys()].filter((key) => !after.has(key)).sort());
        expect(result.changed.sort()).toEqual(
          [...after.keys()].filter((key) => before.has(key) && before.get(key)!.status !== after.get(key)!.status).sort(),
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('timelineEvents', () => {
  it('lists each date once, oldest first, with what is made, ends and changes', () => {
    const graph = build([
      { since: '2024-06', until: '2024-08', status: 'confirmed', history: [] },
      {
        since: null,
        until: null,
        status: 'reported',
        history: [
          { date: '2024-06-19', status: 'reported' },
          { date: '2024-10', status: 'confirmed' },
        ],
      },
      { since: null, until: null, status: 'potential', history: [] },
    ]);
    const events = timelineEvents(graph);
    expect(events.map((event) => isoDay(event.day))).toEqual(['2024-06-01', '2024-06-19', '2024-09-01', '2024-10-01']);
    expect(events[0]!.made).toEqual(['e0']);
    expect(events[1]!.made).toEqual(['e1']);
    expect(events[2]!.ended).toEqual(['e0']);
    expect(events[3]!.changed).toEqual([{ key: 'e1', status: 'confirmed' }]);
  });
});
