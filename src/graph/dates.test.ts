import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, isoDay, parseDate } from './dates';

describe('dates', () => {
  it('reads years, months and days as periods', () => {
    expect(parseDate('2024')).toEqual({ start: parseDate('2024-01-01')!.start, end: parseDate('2024-12-31')!.end, precision: 'year' });
    expect(parseDate('2024-02')).toEqual({
      start: parseDate('2024-02-01')!.start,
      end: parseDate('2024-02-29')!.start,
      precision: 'month',
    });
    expect(parseDate('2023-02')!.end).toBe(parseDate('2023-02-28')!.start);
    expect(parseDate('2024-06-19')!.start).toBe(19_893);
  });

  it('refuses what is not a date', () => {
    for (const bad of ['', '24', '2024-13', '2024-00', '2024-02-30', '2024-6', '2024/06', 'June 2024', '2024-06-19T00:00', 2024, null]) {
      expect(parseDate(bad)).toBeNull();
    }
  });

  it('agrees with the platform calendar on every day, and formats for people', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        const period = parseDate(iso)!;
        expect(isoDay(period.start)).toBe(iso);
        expect(parseDate(iso.slice(0, 7))!.start).toBeLessThanOrEqual(period.start);
        expect(parseDate(iso.slice(0, 7))!.end).toBeGreaterThanOrEqual(period.end);
      }),
    );
    expect(formatDate('2024-06')).toBe('June 2024');
    expect(formatDate('2024-06-09')).toBe('9 June 2024');
    expect(formatDate('2024')).toBe('2024');
    expect(formatDate('soon')).toBe('soon');
  });
});
