/**
 * The timeline over a number property (a movie's `released`, a person's `born`): equal bins of a round width
 * (1, 2 or 5 times a power of ten), never narrower than 1 when every value is a whole number, so years stay years.
 */
export interface ValuedItem {
  id: string;
  value: unknown;
}

/** A range of values, both ends included; an open end is infinite. */
export interface NumberRange {
  min: number;
  max: number;
}

export interface NumericBin {
  /** First value of the bin, and the first of the next one. */
  start: number;
  end: number;
  count: number;
  /** How many of its nodes the range keeps. */
  kept: number;
  ids: string[];
}

export interface NumericHistogram {
  /** The bins' width. */
  step: number;
  /** Every value is a whole number: bins and the range's ends are too. */
  integers: boolean;
  /** The values the axis spans (whole bins, one spare each side); null when no node has a value. */
  domain: { start: number; end: number } | null;
  bins: NumericBin[];
  /** Nodes with no number in the property, counted apart. */
  missing: { count: number; ids: string[] };
  max: number;
}

/** Rounds away the binary noise of multiplying by a step (0.1 × 3 = 0.30000000000000004). */
export const tidy = (n: number): number => Number(n.toPrecision(12));

/** The smallest of 1, 2, 5 × 10^k at least `wanted` (and at least 1 for whole numbers). */
export function roundStep(wanted: number, integers: boolean): number {
  const floor = integers ? 1 : 0;
  if (!(wanted > floor)) return integers ? 1 : tidy(10 ** Math.floor(Math.log10(Math.max(wanted, 1e-12))));
  for (let power = 10 ** Math.floor(Math.log10(wanted)); ; power *= 10)
    for (const m of [1, 2, 5]) if (tidy(m * power) >= wanted) return tidy(m * power);
}

/** Whether a range (its ends as the boxes write them, either open) keeps a value: no range keeps everything. */
export function keptByNumberRange(value: unknown, from: string | null, to: string | null): boolean {
  if (!from && !to) return true;
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  return (!from || value >= Number(from)) && (!to || value <= Number(to));
}

export function numberRangeOf(from: string | null, to: string | null): NumberRange {
  const end = (text: string | null, open: number) => (text && Number.isFinite(Number(text)) ? Number(text) : open);
  return { min: end(from, -Infinity), max: end(to, Infinity) };
}

export function numericHistogram(
  items: ValuedItem[],
  options: { maxBins: number; range?: NumberRange; minBins?: number },
): NumericHistogram {
  const range = options.range ?? { min: -Infinity, max: Infinity };
  const missing = { count: 0, ids: [] as string[] };
  const valued: { id: string; value: number }[] = [];
  for (const item of items)
    if (typeof item.value === 'number' && Number.isFinite(item.value)) valued.push({ id: item.id, value: item.value });
    else {
      missing.count++;
      missing.ids.push(item.id);
    }
  const integers = valued.every((v) => Number.isInteger(v.value));
  if (valued.length === 0) return { step: 1, integers, domain: null, bins: [], missing, max: 0 };

  let low = Infinity;
  let high = -Infinity;
  for (const { value } of valued) {
    if (value < low) low = value;
    if (value > high) high = value;
  }
  // One bin more than the span needs, so the highest value has a bin of its own.
  const step = roundStep((high - low) / Math.max(1, options.maxBins - 1), integers);
  const byIndex = new Map<number, NumericBin>();
  for (const { id, value } of valued) {
    const index = Math.floor(tidy(value / step));
    let bin = byIndex.get(index);
    if (!bin) {
      bin = { start: tidy(index * step), end: tidy((index + 1) * step), count: 0, kept: 0, ids: [] };
      byIndex.set(index, bin);
    }
    bin.count++;
    if (value >= range.min && value <= range.max) bin.kept++;
    bin.ids.push(id);
  }
  const indexes = [...byIndex.keys()].sort((a, b) => a - b);
  let first = indexes[0] - 1;
  let last = indexes[indexes.length - 1] + 1;
  for (let widenEnd = true; last - first + 1 < (options.minBins ?? 7); widenEnd = !widenEnd)
    if (widenEnd) last++;
    else first--;
  return {
    step,
    integers,
    domain: { start: tidy(first * step), end: tidy((last + 1) * step) },
    bins: indexes.map((i) => byIndex.get(i)!),
    missing,
    max: Math.max(...indexes.map((i) => byIndex.get(i)!.count)),
  };
}
