import { addPeriods, calendarOf, DayRange, finer, isoOfPeriod, periodStart, Precision } from '../date-span';

/** Days to pixels and back, linearly: a month is as wide as its days, so the axis is true to time. */
export interface TimeScale {
  x(day: number): number;
  day(x: number): number;
}

export function timeScale(domain: DayRange, left: number, width: number): TimeScale {
  const days = Math.max(1, domain.end - domain.start);
  return {
    x: (day) => left + ((day - domain.start) / days) * width,
    day: (x) => domain.start + ((x - left) / width) * days,
  };
}

export interface Tick {
  day: number;
  label: string;
  /** The year, under the label, where the axis starts or a new year begins (day and month ticks). */
  year: string | null;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Tick steps from fine to coarse; a day step counts days of the month from the 1st, as calendars are read. */
const STEPS: { unit: Precision; every: number }[] = [
  ...[1, 2, 7, 14].map((every) => ({ unit: 'day' as const, every })),
  ...[1, 3, 6].map((every) => ({ unit: 'month' as const, every })),
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map((every) => ({ unit: 'year' as const, every })),
];

function daysInMonth(day: number): number {
  const start = periodStart(day, 'month');
  return addPeriods(start, 'month') - start;
}

/** Whether a period start is on the step's grid; a day step skips a last tick too close to the next 1st. */
function onGrid(day: number, unit: Precision, every: number): boolean {
  const c = calendarOf(day);
  if (unit === 'year') return c.year % every === 0;
  if (unit === 'month') return (c.month - 1) % every === 0;
  return c.day === 1 || ((c.day - 1) % every === 0 && c.day - 1 + every <= daysInMonth(day));
}

function ticksOf(domain: DayRange, unit: Precision, every: number): number[] {
  const days: number[] = [];
  for (let p = periodStart(domain.start, unit); p < domain.end; p = addPeriods(p, unit))
    if (p >= domain.start && onGrid(p, unit, every)) days.push(p);
  return days;
}

/**
 * Labelled ticks at least `minSpacing` pixels apart on average: the finest calendar step that leaves room for its
 * labels, never finer than the histogram's unit (no day ticks under month bars).
 */
export function ticks(domain: DayRange, unit: Precision, width: number, minSpacing = 48): Tick[] {
  const allowed = STEPS.filter((s) => !finer(s.unit, unit));
  // Counting a step's ticks needs no list of them: the domain's days over the step's typical length.
  const typicalDays = { day: 1, month: 30.4, year: 365.25 };
  const step =
    allowed.find((s) => (width * typicalDays[s.unit] * s.every) / (domain.end - domain.start) >= minSpacing) ??
    allowed[allowed.length - 1];
  let previousYear: number | null = null;
  return ticksOf(domain, step.unit, step.every).map((day) => {
    const c = calendarOf(day);
    const label =
      step.unit === 'year'
        ? String(c.year)
        : step.unit === 'month'
          ? MONTHS[c.month - 1]
          : `${c.day} ${MONTHS[c.month - 1]}`;
    const year = step.unit !== 'year' && c.year !== previousYear ? String(c.year) : null;
    previousYear = c.year;
    return { day, label, year };
  });
}

/**
 * A brushed stretch of the axis as whole periods of the unit: the date filter it sets, written as the date boxes
 * write it ('2022-06' from June's first day to its last).
 */
export function snapToPeriods(a: number, b: number, unit: Precision): { from: string; to: string } {
  const first = Math.floor(Math.min(a, b));
  const last = Math.max(first, Math.ceil(Math.max(a, b)) - 1);
  return { from: isoOfPeriod(periodStart(first, unit), unit), to: isoOfPeriod(periodStart(last, unit), unit) };
}
