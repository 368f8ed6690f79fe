import { isoOfPeriod, Precision } from '../date-span';
import { formatDate } from '../style';
import { Bin, Histogram } from './bins';

const events = (n: number) => `${n.toLocaleString('en-US')} event${n === 1 ? '' : 's'}`;

/** A period as people write it: "15 Jun 2022", "Jun 2022", "2022". */
export function periodName(start: number, precision: Precision): string {
  return formatDate(isoOfPeriod(start, precision));
}

/** What hovering a bar tells: how many events, when, and how many of them the date filter hides. */
export function describeBin(bin: Bin, unit: Precision): string[] {
  const when = periodName(bin.start, bin.precision);
  const lines = [
    bin.precision === unit ? `${events(bin.count)} · ${when}` : `${events(bin.count)} dated only to ${when}`,
  ];
  if (bin.kept < bin.count) lines.push(`${bin.count - bin.kept} hidden by the date filter`);
  return lines;
}

/** A brushed stretch: "3 Jun 2022 – 9 Jun 2022", or one period's name when it covers one. */
export function describeRange(from: string, to: string): string {
  return from === to ? formatDate(from) : `${formatDate(from)} – ${formatDate(to)}`;
}

/** The strip's one-line summary: "12 dated events, by day", "1,204 dated events in the graph, by month". */
export function summarise(h: Histogram, scope: 'canvas' | 'graph'): string {
  const dated = h.bins.reduce((n, b) => n + b.count, 0);
  if (dated === 0) return scope === 'graph' ? 'No dated events in the graph' : 'No dated events on the canvas';
  return `${dated.toLocaleString('en-US')} dated event${dated === 1 ? '' : 's'}${scope === 'graph' ? ' in the graph' : ''}, by ${h.unit}`;
}

const nodes = (n: number, label: string) => `${n.toLocaleString('en-US')} ${label} node${n === 1 ? '' : 's'}`;

/** Hovering a bar of another property than events' date: "3 Movie nodes · 1999", and how many the range hides. */
export function describeSliceBin(bin: { count: number; kept: number }, period: string, label: string): string[] {
  const lines = [`${nodes(bin.count, label)} · ${period}`];
  if (bin.kept < bin.count) lines.push(`${bin.count - bin.kept} hidden by the range`);
  return lines;
}

/**
 * The strip's summary for another property than events' date: "38 Movie nodes by released, 1 per bar · 20 hidden
 * by the range". `per` is the bars' width in words ("1 per bar", "by month").
 */
export function summariseSlice(placed: number, label: string, property: string, per: string, hidden: number): string {
  if (placed === 0) return `No ${label} node on the canvas has a ${property}`;
  const head = `${nodes(placed, label)} by ${property}, ${per}`;
  return hidden > 0 ? `${head} · ${hidden.toLocaleString('en-US')} hidden by the range` : head;
}
