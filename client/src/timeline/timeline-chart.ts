import { DayRange } from '../date-span';
import { ChartBin, ChartData } from './chart-data';
import { svgEl } from './svg';
import { TimeScale, timeScale } from './time-scale';

/** The plot inside the SVG: room on the left for counts, below for two lines of dates. */
const MARGIN = { left: 34, right: 14, top: 10, bottom: 34 };

/** About how wide a character of the 11 px axis labels is (digits and short month names). */
const LABEL_CHAR_PX = 6.5;

export interface DrawnChart {
  scale: TimeScale;
  plot: { left: number; right: number; top: number; bottom: number };
}

/** Count gridlines at 1, 2 or 5 times a power of ten, at most three above the baseline. */
export function countStep(max: number): number {
  for (let power = 1; ; power *= 10) for (const m of [1, 2, 5]) if (max / (m * power) <= 3) return m * power;
}

/**
 * Draws the histogram: count gridlines, one `timeline-bar` group per bin (its kept part and, above it, the part the
 * range hides), the axis (calendar or numbers). Returns the scale the brush reads pixels with; null for nothing to
 * draw. On a number property the scale's "days" are the property's values: both axes are linear.
 */
export function drawChart(svg: SVGSVGElement, h: ChartData, width: number, height: number): DrawnChart | null {
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.replaceChildren(hatchPattern());
  const plot = { left: MARGIN.left, right: width - MARGIN.right, top: MARGIN.top, bottom: height - MARGIN.bottom };
  if (!h.domain || plot.right - plot.left < 40) return null;
  const scale = timeScale(h.domain, plot.left, plot.right - plot.left);
  const step = countStep(h.max);
  const top = Math.ceil(h.max / step) * step;
  const y = (count: number) => plot.bottom - (count / top) * (plot.bottom - plot.top);

  const grid = svgEl('g', { class: 'timeline-grid' });
  for (let c = step; c <= top; c += step) {
    grid.append(svgEl('line', { x1: plot.left, x2: plot.right, y1: y(c), y2: y(c) }));
    grid.append(
      svgEl('text', { x: plot.left - 6, y: y(c), 'text-anchor': 'end', 'dominant-baseline': 'middle' }, String(c)),
    );
  }
  const bars = svgEl('g', { class: 'timeline-bars' });
  h.bins.forEach((bin, index) => bars.append(barOf(bin, index, scale, y)));
  svg.append(grid, bars, axisOf(h, scale, plot));
  return { scale, plot };
}

function barOf(bin: ChartBin, index: number, scale: TimeScale, y: (count: number) => number): SVGGElement {
  const x1 = scale.x(bin.start);
  const x2 = scale.x(bin.end);
  // A pixel's gap between neighbouring bars once they are wide enough to spare it; never thinner than 2 px.
  const gap = x2 - x1 > 5 ? 1 : 0;
  const x = x1 + gap / 2;
  const w = Math.max(2, x2 - x1 - gap);
  const g = svgEl('g', {
    class: `timeline-bar${bin.coarse ? ' coarse' : ''}${bin.kept === 0 ? ' left-out' : ''}`,
    'data-testid': 'timeline-bar',
    'data-index': index,
    'data-count': bin.count,
    'data-kept': bin.kept,
    ...(bin.precision ? { 'data-precision': bin.precision } : {}),
    'data-period': bin.period,
  });
  const keptTop = y(bin.base + bin.kept);
  g.append(svgEl('rect', { class: 'kept', x, width: w, y: keptTop, height: y(bin.base) - keptTop }));
  if (bin.kept < bin.count) {
    const restTop = y(bin.base + bin.count);
    g.append(svgEl('rect', { class: 'hidden-part', x, width: w, y: restTop, height: keptTop - restTop }));
  }
  return g;
}

function axisOf(h: ChartData, scale: TimeScale, plot: DrawnChart['plot']): SVGGElement {
  const axis = svgEl('g', { class: 'timeline-axis' });
  axis.append(svgEl('line', { class: 'baseline', x1: plot.left, x2: plot.right, y1: plot.bottom, y2: plot.bottom }));
  // Labels start just right of their tick; one that would run off the strip's right edge is left out.
  const fits = (x: number, text: string) => x + 3 + text.length * LABEL_CHAR_PX <= plot.right + MARGIN.right;
  for (const tick of h.ticks(plot.right - plot.left)) {
    const x = Math.round(scale.x(tick.at)) + 0.5;
    axis.append(svgEl('line', { x1: x, x2: x, y1: plot.bottom, y2: plot.bottom + 4 }));
    if (fits(x, tick.label)) axis.append(svgEl('text', { x: x + 3, y: plot.bottom + 15 }, tick.label));
    if (tick.year && fits(x, tick.year))
      axis.append(svgEl('text', { class: 'year', x: x + 3, y: plot.bottom + 28 }, tick.year));
  }
  return axis;
}

/** Diagonal stripes for bars of events known only to a coarser period than the bins. */
function hatchPattern(): SVGDefsElement {
  const pattern = svgEl('pattern', {
    id: 'timeline-hatch',
    width: 5,
    height: 5,
    patternUnits: 'userSpaceOnUse',
    patternTransform: 'rotate(45)',
  });
  pattern.append(svgEl('rect', { class: 'hatch-ground', width: 5, height: 5 }));
  pattern.append(svgEl('line', { class: 'hatch-line', x1: 0, y1: 0, x2: 0, y2: 5 }));
  const defs = svgEl('defs');
  defs.append(pattern);
  return defs;
}

/** The brushed stretch, drawn over the bars (or removed when there is none). */
export function drawBrush(svg: SVGSVGElement, chart: DrawnChart, days: DayRange | null): void {
  svg.querySelector('.timeline-brush')?.remove();
  if (!days) return;
  const x1 = Math.max(chart.plot.left, chart.scale.x(days.start));
  const x2 = Math.min(chart.plot.right, chart.scale.x(days.end));
  if (x2 <= x1) return;
  svg.append(
    svgEl('rect', {
      class: 'timeline-brush',
      'data-testid': 'timeline-brush',
      x: x1,
      width: x2 - x1,
      y: chart.plot.top - 4,
      height: chart.plot.bottom - chart.plot.top + 4,
    }),
  );
}
