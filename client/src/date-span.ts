/**
 * Dates as the graph keeps them — a day ('2022-06-15'), a month ('2022-06') or a year ('2022') — each read as the
 * span of days it covers, so a month-precise event occupies its whole month rather than its first day. Days are
 * counted from 1970-01-01 (UTC), which makes spans plain integer ranges, end exclusive.
 */
export type Precision = 'day' | 'month' | 'year';

export interface DateSpan {
  precision: Precision;
  /** First day covered. */
  start: number;
  /** Day after the last day covered. */
  end: number;
}

const DAY_MS = 86_400_000;
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Day number of a calendar date; months and days past their end roll over (month 13 is next January). */
export function dayNumber(year: number, month = 1, day = 1): number {
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime() / DAY_MS;
}

export function calendarOf(day: number): { year: number; month: number; day: number } {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** A date as typed or stored, strictly: YYYY, YYYY-MM or YYYY-MM-DD naming a real day; null otherwise. */
export function parsePartialDate(text: string): DateSpan | null {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { precision: 'year', start: dayNumber(year), end: dayNumber(year + 1) };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined)
    return { precision: 'month', start: dayNumber(year, month), end: dayNumber(year, month + 1) };
  const start = dayNumber(year, month, Number(match[3]));
  // Date.UTC rolls 30 February over into March: such a day does not exist.
  if (calendarOf(start).day !== Number(match[3])) return null;
  return { precision: 'day', start, end: start + 1 };
}

/**
 * An event's `date` property as a span, or null when it has none the timeline can place. Another graph may
 * store a date-time ('2022-06-15T10:00:00Z'): its day is what counts.
 */
export function spanOfEventDate(value: unknown): DateSpan | null {
  if (typeof value !== 'string') return null;
  return parsePartialDate(value.trim().replace(/T.*$/, ''));
}

/** A from/to filter as days: from the first day `from` covers to the last day `to` covers; open ends unbounded. */
export interface DayRange {
  start: number;
  end: number;
}

export function rangeOf(from: string | null, to: string | null): DayRange {
  return {
    start: (from ? parsePartialDate(from)?.start : undefined) ?? -Infinity,
    end: (to ? parsePartialDate(to)?.end : undefined) ?? Infinity,
  };
}

export function overlaps(span: DateSpan, range: DayRange): boolean {
  return span.start < range.end && span.end > range.start;
}

/**
 * Whether a date filter keeps an event: with no filter every event stays; with one, an event stays when its span
 * overlaps the range (a June-only event is kept by a filter from 10 June), and an undated event is hidden, since
 * nothing says it happened inside the range.
 */
export function keptByDateFilter(date: unknown, from: string | null, to: string | null): boolean {
  if (!from && !to) return true;
  const span = spanOfEventDate(date);
  return span !== null && overlaps(span, rangeOf(from, to));
}

/** The period of `unit` that contains `day`: its first day. */
export function periodStart(day: number, unit: Precision): number {
  const c = calendarOf(day);
  if (unit === 'day') return day;
  return unit === 'month' ? dayNumber(c.year, c.month) : dayNumber(c.year);
}

/** The first day of the period `steps` periods of `unit` after the one starting on `start`. */
export function addPeriods(start: number, unit: Precision, steps = 1): number {
  if (unit === 'day') return start + steps;
  const c = calendarOf(start);
  return unit === 'month' ? dayNumber(c.year, c.month + steps) : dayNumber(c.year + steps);
}

/** The period of `unit` starting on `start`, written the way the graph and the date boxes write dates. */
export function isoOfPeriod(start: number, unit: Precision): string {
  const c = calendarOf(start);
  const yyyy = String(c.year).padStart(4, '0');
  const mm = String(c.month).padStart(2, '0');
  if (unit === 'year') return yyyy;
  if (unit === 'month') return `${yyyy}-${mm}`;
  return `${yyyy}-${mm}-${String(c.day).padStart(2, '0')}`;
}

/** Finer first: a day is finer than a month, a month than a year. */
export function finer(a: Precision, b: Precision): boolean {
  const order: Precision[] = ['day', 'month', 'year'];
  return order.indexOf(a) < order.indexOf(b);
}
