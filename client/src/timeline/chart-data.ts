import { isoOfPeriod } from '../date-span';
import { Histogram } from './bins';
import { NumericHistogram } from './numeric-bins';
import { formatNumber, numberTicks } from './numeric-scale';
import { ticks } from './time-scale';

/** A bar as the chart draws it, whatever the property: its stretch of the axis, its counts and its name. */
export interface ChartBin {
  start: number;
  end: number;
  count: number;
  kept: number;
  /** How many the coarser bars beneath it already stack up (dates known only to a coarser period). */
  base: number;
  /** Drawn hatched: dates known only to a coarser period than the bins. */
  coarse: boolean;
  /** A date bar's period (day, month, year); none for numbers. */
  precision?: string;
  /** What the bar covers, as written: "2022-06", "1999", "1990–1994". */
  period: string;
}

export interface AxisTick {
  /** Where on the axis: a day for dates, a value for numbers. */
  at: number;
  label: string;
  /** The year under a day or month label, where one begins. */
  year: string | null;
}

export interface ChartData {
  domain: { start: number; end: number } | null;
  bins: ChartBin[];
  max: number;
  ticks(width: number): AxisTick[];
}

/** A histogram of dates: calendar bars and ticks. */
export function calendarChart(h: Histogram): ChartData {
  return {
    domain: h.domain,
    max: h.max,
    bins: h.bins.map((b) => ({
      ...b,
      coarse: b.precision !== h.unit,
      period: isoOfPeriod(b.start, b.precision),
    })),
    ticks: (width) => (h.domain ? ticks(h.domain, h.unit, width).map((t) => ({ ...t, at: t.day })) : []),
  };
}

/** What a numeric bin covers: "1999" for a bin of one whole number, "1990–1994" for five, "0.5–1" otherwise. */
export function numericPeriod(start: number, end: number, integers: boolean): string {
  if (integers) return end - start === 1 ? formatNumber(start) : `${formatNumber(start)}–${formatNumber(end - 1)}`;
  return `${formatNumber(start)}–${formatNumber(end)}`;
}

/** A histogram of numbers: equal bars, round ticks. */
export function numericChart(h: NumericHistogram): ChartData {
  return {
    domain: h.domain,
    max: h.max,
    bins: h.bins.map((b) => ({ ...b, base: 0, coarse: false, period: numericPeriod(b.start, b.end, h.integers) })),
    ticks: (width) =>
      h.domain ? numberTicks(h.domain, h.step, width).map((t) => ({ at: t.value, label: t.label, year: null })) : [],
  };
}
