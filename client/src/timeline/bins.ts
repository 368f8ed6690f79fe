import {
  addPeriods,
  calendarOf,
  DateSpan,
  DayRange,
  finer,
  overlaps,
  periodStart,
  Precision,
  spanOfEventDate,
} from '../date-span';

/** What the timeline counts: an event on the canvas (count 1, its id), or a date and its count from the server. */
export interface DatedItem {
  date: unknown;
  count: number;
  id?: string;
}

/**
 * One bar. Events as precise as the histogram's unit (or more) share the unit's bins; an event known only to a
 * coarser period (a month-precise event among days) gets a bar as wide as that period, drawn beneath the finer
 * bars that fall inside it: `base` is how many events the coarser bars under it already stack up.
 */
export interface Bin {
  start: number;
  end: number;
  /** The bin's period: the histogram's unit, or the coarser precision its events are known to. */
  precision: Precision;
  count: number;
  /** How many of its events the date range keeps. */
  kept: number;
  ids: string[];
  base: number;
}

export interface Histogram {
  unit: Precision;
  /** The days the axis spans (whole periods of the unit, with room around the events); null when none is dated. */
  domain: DayRange | null;
  /** Coarser bins first, so that drawing in order puts finer bars on top. */
  bins: Bin[];
  undated: { count: number; ids: string[] };
  /** The tallest stack, for the vertical scale. */
  max: number;
}

export interface HistogramOptions {
  /** At most about this many bins of the unit across the axis: what the width can show. */
  maxBins: number;
  /** The date filter: bins count how many of their events it keeps. */
  range?: DayRange;
  /** The axis spans at least this many periods of its unit, so one event is a bar, not the whole strip. */
  minBins?: number;
}

const UNITS: Precision[] = ['day', 'month', 'year'];

/** How many periods of `unit` the days [start, end) touch. */
export function periodsBetween(start: number, end: number, unit: Precision): number {
  if (end <= start) return 0;
  if (unit === 'day') return end - start;
  const first = calendarOf(start);
  const last = calendarOf(end - 1);
  const years = last.year - first.year;
  return unit === 'year' ? years + 1 : years * 12 + last.month - first.month + 1;
}

/** The first day and the day after the last that the spans cover (a loop: spreading a long list overflows). */
function extentOf(spans: DateSpan[]): DayRange {
  let start = Infinity;
  let end = -Infinity;
  for (const s of spans) {
    if (s.start < start) start = s.start;
    if (s.end > end) end = s.end;
  }
  return { start, end };
}

/**
 * Days for a short span, months for years, years for decades: the finest unit that fits `maxBins` bins across
 * the span, and never finer than the finest date there is (events known only to the month are not binned by day).
 */
export function chooseUnit(spans: DateSpan[], maxBins: number): Precision {
  const { start, end } = extentOf(spans);
  const finest = spans.reduce<Precision>((f, s) => (finer(s.precision, f) ? s.precision : f), 'year');
  const fits = UNITS.find((u) => !finer(u, finest) && periodsBetween(start, end, u) <= maxBins);
  return fits ?? 'year';
}

/** Whole periods of the unit around the spans, one spare on each side, widened evenly to `minBins`. */
function domainOf(spans: DateSpan[], unit: Precision, minBins: number): DayRange {
  const extent = extentOf(spans);
  let start = addPeriods(periodStart(extent.start, unit), unit, -1);
  let end = addPeriods(periodStart(extent.end - 1, unit), unit, 2);
  for (let widenEnd = true; periodsBetween(start, end, unit) < minBins; widenEnd = !widenEnd) {
    if (widenEnd) end = addPeriods(end, unit);
    else start = addPeriods(start, unit, -1);
  }
  return { start, end };
}

/** Bins the dated items by the unit their span and the width call for; the undated ones are counted apart. */
export function histogram(items: DatedItem[], options: HistogramOptions): Histogram {
  const range = options.range ?? { start: -Infinity, end: Infinity };
  const undated = { count: 0, ids: [] as string[] };
  const dated: { span: DateSpan; item: DatedItem }[] = [];
  for (const item of items) {
    const span = spanOfEventDate(item.date);
    if (span) dated.push({ span, item });
    else {
      undated.count += item.count;
      if (item.id !== undefined) undated.ids.push(item.id);
    }
  }
  if (dated.length === 0) return { unit: 'day', domain: null, bins: [], undated, max: 0 };

  const spans = dated.map((d) => d.span);
  const unit = chooseUnit(spans, options.maxBins);
  const byKey = new Map<string, Bin>();
  for (const { span, item } of dated) {
    // An event as precise as the unit or more falls in the unit's bin; a coarser one keeps its own period.
    const precision = finer(span.precision, unit) ? unit : span.precision;
    const start = periodStart(span.start, precision);
    const key = `${precision}:${start}`;
    let bin = byKey.get(key);
    if (!bin) {
      bin = { start, end: addPeriods(start, precision), precision, count: 0, kept: 0, ids: [], base: 0 };
      byKey.set(key, bin);
    }
    bin.count += item.count;
    if (overlaps(span, range)) bin.kept += item.count;
    if (item.id !== undefined) bin.ids.push(item.id);
  }
  const bins = [...byKey.values()].sort(
    (a, b) => UNITS.indexOf(b.precision) - UNITS.indexOf(a.precision) || a.start - b.start,
  );
  // Periods nest (a day in one month, a month in one year), so a bar's base is the sum of the coarser bars
  // whose period contains it.
  for (const bin of bins)
    bin.base = bins
      .filter((c) => finer(bin.precision, c.precision) && c.start <= bin.start && bin.end <= c.end)
      .reduce((sum, c) => sum + c.count, 0);
  return {
    unit,
    domain: domainOf(spans, unit, options.minBins ?? 7),
    bins,
    undated,
    max: bins.reduce((m, b) => Math.max(m, b.base + b.count), 0),
  };
}
