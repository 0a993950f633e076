/**
 * Dates of claims and sources: an ISO date (`2024-06-19`), a month (`2024-06`) or a year
 * (`2024`). Each names a period; a date compares by the day it starts and the day it ends, in
 * whole days since 1970-01-01 (UTC), so "June 2024" contains June 19 and ends before July 1.
 * Pure and exact: no time zones, no clock.
 */

export interface DatePeriod {
  /** The first day, in days since 1970-01-01. */
  start: number;
  /** The last day (inclusive). */
  end: number;
  precision: 'year' | 'month' | 'day';
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** The period a date string names, or null when it is not a valid year, month or day. */
export function parseDate(value: unknown): DatePeriod | null {
  if (typeof value !== 'string') return null;
  const match = PATTERN.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { start: dayNumber(year, 1, 1), end: dayNumber(year, 12, 31), precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (match[3] === undefined) return { start: dayNumber(year, month, 1), end: dayNumber(year, month, last), precision: 'month' };
  const day = Number(match[3]);
  if (day < 1 || day > last) return null;
  const at = dayNumber(year, month, day);
  return { start: at, end: at, precision: 'day' };
}

/** "2024", "June 2024", "19 June 2024": a date string as a person reads it (the string itself when it does not parse). */
export function formatDate(value: string): string {
  const match = PATTERN.exec(value);
  if (!match || !parseDate(value)) return value;
  if (match[2] === undefined) return match[1]!;
  const month = MONTHS[Number(match[2]) - 1]!;
  return match[3] === undefined ? `${month} ${match[1]}` : `${Number(match[3])} ${month} ${match[1]}`;
}

/** The ISO day (`2024-06-19`) of a day number. */
export function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
