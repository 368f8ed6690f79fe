import { roundStep, tidy } from './numeric-bins';

/**
 * A number as the axis and the range boxes write it: years as "1999", not "1,999"; large numbers grouped
 * ("120,000"); no binary noise ("0.3", not "0.30000000000000004").
 */
export function formatNumber(n: number): string {
  const clean = tidy(n);
  return Math.abs(clean) < 10_000 ? String(clean) : clean.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/** A number typed in a range box, as `String` writes it back (no grouping, so it parses again). */
const plain = (n: number) => String(tidy(n));

export interface NumberTick {
  value: number;
  label: string;
}

/** Ticks at round values at least `minSpacing` pixels apart, never finer than the bins (no tick inside a bar). */
export function numberTicks(
  domain: { start: number; end: number },
  step: number,
  width: number,
  minSpacing = 48,
): NumberTick[] {
  const span = domain.end - domain.start;
  const every = Math.max(step, roundStep((span * minSpacing) / Math.max(1, width), false));
  // A tick step the bins divide evenly: whole multiples of the bin width.
  const tickStep = tidy(Math.ceil(tidy(every / step)) * step);
  const ticks: NumberTick[] = [];
  for (let i = Math.ceil(tidy(domain.start / tickStep)); tidy(i * tickStep) <= domain.end; i++)
    ticks.push({ value: tidy(i * tickStep), label: formatNumber(i * tickStep) });
  return ticks;
}

/**
 * A brushed stretch of the axis as whole bins: the range it sets, as the boxes write it. Whole numbers end at the
 * last bin's last whole value (bins of 5 from 1995 give 1995–1999); others at the last bin's end.
 */
export function snapToBins(a: number, b: number, step: number, integers: boolean): { from: string; to: string } {
  const first = Math.floor(tidy(Math.min(a, b) / step));
  const last = Math.max(first, Math.ceil(tidy(Math.max(a, b) / step)) - 1);
  const end = tidy((last + 1) * step);
  return { from: plain(first * step), to: plain(integers ? end - 1 : end) };
}

export type NumberRangeInput =
  { ok: true; from: string | null; to: string | null } | { ok: false; field: 'from' | 'to'; message: string };

/** What the two boxes say for a number property: a range (either end may be open), or what is wrong with it. */
export function readNumberRange(fromText: string, toText: string): NumberRangeInput {
  const from = fromText.trim() || null;
  const to = toText.trim() || null;
  const isNumber = (t: string) => /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t) && Number.isFinite(Number(t));
  if (from && !isNumber(from)) return { ok: false, field: 'from', message: `From “${from}” is not a number` };
  if (to && !isNumber(to)) return { ok: false, field: 'to', message: `To “${to}” is not a number` };
  if (from && to && Number(from) > Number(to))
    return { ok: false, field: 'to', message: `To (${to}) is less than From (${from})` };
  return { ok: true, from, to };
}
