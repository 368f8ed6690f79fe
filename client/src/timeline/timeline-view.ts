import { api } from '../api';
import { isNewsGraph } from '../appearance';
import { rangeOf } from '../date-span';
import { byId, el } from '../dom';
import type { GraphView } from '../graph-view';
import type { ViewFilters, ViewStore } from '../view-store';
import { withStatus } from '../status';
import { DatedItem, histogram } from './bins';
import { attachBrush } from './brush';
import { canvasItems, canvasValues, eventIdsWithin, selectEvents, undatedOnCanvas } from './canvas-events';
import { calendarChart, numericChart } from './chart-data';
import { DateInputs } from './date-inputs';
import { numberRangeOf, numericHistogram } from './numeric-bins';
import { formatNumber, snapToBins } from './numeric-scale';
import { EVENT_DATE, shownProperty, SliceProperty, sliceProperties } from './slice-property';
import { drawBrush, drawChart, DrawnChart } from './timeline-chart';
import { describeBin, describeRange, describeSliceBin, summarise, summariseSlice } from './timeline-text';
import { snapToPeriods } from './time-scale';
import { UndatedList } from './undated-list';

/** Pixels per bin at the least: the width decides how fine the bins can be. */
const MIN_BIN_PX = 7;

type Source = 'canvas' | 'graph';

/** The strip as last drawn: its scale, and what its bars and brush mean in the property's terms. */
interface Drawn {
  chart: DrawnChart | null;
  /** A stretch of the axis as the range it sets, in whole bars. */
  snap(a: number, b: number): { from: string; to: string };
  /** The range on the axis, for drawing the brush. */
  axisRange(from: string | null, to: string | null): { start: number; end: number };
  /** What hovering bar `index` tells; null for no such bar. */
  describe(index: number): string[] | null;
  /** The nodes bar `index` stands for on the canvas; null for no such bar. */
  idsOf(index: number): string[] | null;
  /** A range as the tooltip says it while brushing. */
  name(from: string, to: string): string;
}

/**
 * The strip along the bottom of the canvas: a histogram of the events' dates (those on the canvas, or the whole
 * graph's), a brush that sets the date filter, the From/To boxes kept in step with it, and the undated events
 * counted apart. Redraws when the canvas or its filters change (refresh) and when its width changes.
 */
export class Timeline {
  private readonly svg = byId('timeline-svg') as unknown as SVGSVGElement;
  private readonly plot = byId('timeline-plot');
  private readonly tooltip = byId('timeline-tooltip');
  private readonly inputs: DateInputs;
  private readonly undated: UndatedList;
  private source: Source = 'canvas';
  /** The whole graph's counts per date, fetched when that source is chosen. */
  private graphCounts: DatedItem[] = [];
  private drawn: Drawn | null = null;
  private readonly picker = byId<HTMLSelectElement>('timeline-property');
  /** The properties the canvas's nodes offer, as last listed in the picker. */
  private offered: SliceProperty[] = [];
  private pending = 0;
  private width = 0;

  constructor(
    private readonly view: GraphView,
    private readonly store: ViewStore,
    /** Applies a change of filters as a step of history (undoable), the way every control does. */
    private readonly changeFilters: (name: string, patch: Partial<ViewFilters>) => void,
  ) {
    this.inputs = new DateInputs(
      byId<HTMLInputElement>('date-from'),
      byId<HTMLInputElement>('date-to'),
      byId('date-error'),
      (from, to) => this.applyRange(from, to),
    );
    // Before the canvas is drawn the property's kind is unknown: a range that reads as numbers is one.
    this.inputs.setKind(this.sliced().kind);
    this.inputs.show(store.state.from, store.state.to);
    // A link whose dates were mangled on the way: the boxes say what is wrong, and the canvas is not filtered by it.
    if (!this.inputs.check()) store.update({ from: null, to: null });
    // Filters changed anywhere (undo, redo, a link): the boxes and the strip follow.
    store.subscribe((now, before) => {
      if (now.from !== before.from || now.to !== before.to) this.inputs.show(now.from, now.to);
      this.refresh();
    });
    this.undated = new UndatedList(byId<HTMLButtonElement>('timeline-undated'), byId('timeline-undated-list'), (id) =>
      selectEvents(view.cy, [id]),
    );
    byId('timeline-clear').addEventListener('click', () => this.setRange(null, null));
    this.setupCollapse();
    this.setupSource();
    this.picker.addEventListener('change', () => this.choose(this.picker.value));
    attachBrush(this.svg, {
      chart: () => this.drawn?.chart ?? null,
      dragging: (a, b) => this.showDrag(a, b),
      brushed: (a, b) => {
        const snapped = this.drawn!.snap(a, b);
        this.setRange(snapped.from, snapped.to);
      },
      abandoned: () => this.render(),
      cleared: () => this.setRange(null, null),
      barClicked: (index) => this.selectBar(index),
      hovered: (index, e) => this.hover(index, e),
    });
    view.cy.on('add remove', () => this.refresh());
    new ResizeObserver(() => this.refresh()).observe(this.plot);
    this.refresh();
  }

  /** Redraws once the current burst of changes is over (an expansion adds elements one batch at a time). */
  refresh(): void {
    cancelAnimationFrame(this.pending);
    this.pending = requestAnimationFrame(() => this.render());
  }

  /** A range chosen on the strip: the boxes say it, the canvas applies it. */
  private setRange(from: string | null, to: string | null): void {
    this.inputs.show(from, to);
    this.applyRange(from, to);
  }

  private applyRange(from: string | null, to: string | null): void {
    const slice = this.sliced().key;
    const events = slice === EVENT_DATE;
    // The range is over the property on show: a brush on a default other than events' date names it.
    const name =
      from || to ? `${events ? 'dates' : slice} ${from ?? '…'} – ${to ?? '…'}` : `no ${events ? 'date' : slice} filter`;
    this.changeFilters(name, {
      from,
      to,
      slice: slice === EVENT_DATE ? null : slice,
    });
    this.refresh();
  }

  /** Another property chosen: the range, which was over the old one, goes. */
  private choose(key: string): void {
    this.inputs.show(null, null);
    this.changeFilters(`timeline by ${key}`, { slice: key === EVENT_DATE ? null : key, from: null, to: null });
    this.refresh();
  }

  /** The property on show (slice-property.ts says which). */
  private sliced(): SliceProperty {
    const { slice, from, to } = this.store.state;
    return shownProperty(this.offered, { chosen: slice, news: isNewsGraph(), from, to });
  }

  /** The picker lists what the canvas offers, and the property on show (even one no node has any more). */
  private listProperties(): SliceProperty {
    this.offered = sliceProperties(this.view.cy.nodes().map((n) => n.data() as Record<string, unknown>));
    const shown = this.sliced();
    const listed = this.offered.some((p) => p.key === shown.key) ? this.offered : [shown, ...this.offered];
    const keys = listed.map((p) => p.key).join('\n');
    if (this.picker.dataset.keys !== keys) {
      this.picker.replaceChildren(...listed.map((p) => el('option', { value: p.key }, p.key)));
      this.picker.dataset.keys = keys;
    }
    this.picker.value = shown.key;
    return shown;
  }

  private render(): void {
    const { from, to } = this.store.state;
    // A collapsed strip keeps the width it had, so its summary names the unit it will draw.
    if (!this.plot.hidden) this.width = this.plot.clientWidth;
    const slice = this.listProperties();
    this.inputs.setKind(slice.kind);
    // The whole graph's counts are of events' dates only.
    const source: Source = slice.key === EVENT_DATE ? this.source : 'canvas';
    byId('timeline-source').hidden = slice.key !== EVENT_DATE;
    const drawn =
      slice.kind === 'number' ? this.renderNumbers(slice, from, to) : this.renderDates(slice, source, from, to);
    this.drawn = drawn;
    if (drawn.chart && (from || to)) drawBrush(this.svg, drawn.chart, drawn.axisRange(from, to));
    byId('timeline-clear').hidden = !from && !to;
    this.hideTooltip();
  }

  /** Nothing to draw: events' date asks for an expansion, another property says none has it. */
  private sayEmpty(empty: boolean, slice: SliceProperty): void {
    const note = byId('timeline-empty');
    note.hidden = !empty;
    note.textContent =
      slice.key === EVENT_DATE
        ? 'No dated events yet: expand a node to bring some.'
        : `No ${slice.label} node on the canvas has a ${slice.property}.`;
  }

  private maxBins(): number {
    return Math.max(4, Math.floor(this.width / MIN_BIN_PX));
  }

  private draw(data: Parameters<typeof drawChart>[1]): DrawnChart | null {
    return this.plot.hidden ? null : drawChart(this.svg, data, this.width, this.plot.clientHeight);
  }

  private renderDates(slice: SliceProperty, source: Source, from: string | null, to: string | null): Drawn {
    const cy = this.view.cy;
    const events = slice.key === EVENT_DATE;
    const range = rangeOf(from, to);
    const items = source === 'graph' ? this.graphCounts : canvasItems(cy, slice.key);
    const h = histogram(items, { maxBins: this.maxBins(), range });
    const data = calendarChart(h);
    const chart = this.draw(data);
    this.svg.dataset.unit = h.unit;
    const dated = h.bins.reduce((n, b) => n + b.count, 0);
    const hidden = h.bins.reduce((n, b) => n + b.count - b.kept, 0) + (from || to ? h.undated.count : 0);
    byId('timeline-summary').textContent = events
      ? summarise(h, source)
      : summariseSlice(dated, slice.label, slice.property, `by ${h.unit}`, hidden);
    this.sayEmpty(h.domain === null, slice);
    this.undated.render(h.undated.count, undatedOnCanvas(cy, slice.key), source, events ? undefined : slice);
    return {
      chart,
      snap: (a, b) => snapToPeriods(a, b, h.unit),
      axisRange: rangeOf,
      name: describeRange,
      describe: (index) => {
        const bin = h.bins[index];
        if (!bin) return null;
        if (!events) return describeSliceBin(bin, data.bins[index].period, slice.label);
        const lines = describeBin(bin, h.unit);
        lines.push(source === 'graph' ? 'Click: select those on the canvas' : 'Click: select them on the canvas');
        return lines;
      },
      idsOf: (index) => {
        const bin = h.bins[index];
        if (!bin) return null;
        return source === 'graph' ? eventIdsWithin(cy, bin) : bin.ids;
      },
    };
  }

  private renderNumbers(slice: SliceProperty, from: string | null, to: string | null): Drawn {
    const cy = this.view.cy;
    const h = numericHistogram(canvasValues(cy, slice.key), {
      maxBins: this.maxBins(),
      range: numberRangeOf(from, to),
    });
    const data = numericChart(h);
    const chart = this.draw(data);
    this.svg.dataset.unit = 'number';
    const placed = h.bins.reduce((n, b) => n + b.count, 0);
    const hidden = h.bins.reduce((n, b) => n + b.count - b.kept, 0) + (from || to ? h.missing.count : 0);
    const per = `bars of ${formatNumber(h.step)}`;
    byId('timeline-summary').textContent = summariseSlice(placed, slice.label, slice.property, per, hidden);
    this.sayEmpty(h.domain === null, slice);
    this.undated.render(h.missing.count, undatedOnCanvas(cy, slice.key, 'number'), 'canvas', slice);
    return {
      chart,
      snap: (a, b) => snapToBins(a, b, h.step, h.integers),
      axisRange: (f, t) => {
        const r = numberRangeOf(f, t);
        // Whole numbers: the range's last value fills its bar, to the next whole number.
        return { start: r.min, end: h.integers ? r.max + 1 : r.max };
      },
      describe: (index) => {
        const bin = data.bins[index];
        return bin ? [...describeSliceBin(bin, bin.period, slice.label), 'Click: select them on the canvas'] : null;
      },
      idsOf: (index) => h.bins[index]?.ids ?? null,
      name: (f, t) => (f === t ? f : `${f} – ${t}`),
    };
  }

  private showDrag(a: number, b: number): void {
    const chart = this.drawn?.chart;
    if (!chart) return;
    const snapped = this.drawn!.snap(a, b);
    drawBrush(this.svg, chart, this.drawn!.axisRange(snapped.from, snapped.to));
    this.showTooltip([this.drawn!.name(snapped.from, snapped.to)], chart.scale.x((a + b) / 2));
  }

  private selectBar(index: number): void {
    const ids = this.drawn?.idsOf(index);
    if (ids) selectEvents(this.view.cy, ids);
  }

  private hover(index: number | null, e: PointerEvent): void {
    const lines = index === null ? null : (this.drawn?.describe(index) ?? null);
    if (!lines) return this.hideTooltip();
    this.showTooltip(lines, e.clientX - this.svg.getBoundingClientRect().left);
  }

  private showTooltip(lines: string[], x: number): void {
    this.tooltip.replaceChildren(...lines.map((line) => el('div', {}, line)));
    this.tooltip.hidden = false;
    // Beside the pointer, kept inside the strip.
    const left = Math.min(x + 12, this.plot.clientWidth - this.tooltip.offsetWidth - 4);
    this.tooltip.style.left = `${Math.max(4, left)}px`;
  }

  private hideTooltip(): void {
    this.tooltip.hidden = true;
  }

  private setupCollapse(): void {
    const toggle = byId<HTMLButtonElement>('timeline-toggle');
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      this.plot.hidden = !open;
      this.refresh();
    });
  }

  /** On canvas, or the whole graph (counted by the server each time it is chosen, so it follows new articles). */
  private setupSource(): void {
    const buttons = Array.from(byId('timeline-source').querySelectorAll<HTMLButtonElement>('button[data-source]'));
    for (const button of buttons)
      button.addEventListener('click', async () => {
        const source = button.dataset.source as Source;
        if (source === 'graph') {
          const counts = await withStatus('Counting the events in the graph', () => api.eventDates());
          if (!counts) return;
          this.graphCounts = counts.dates.map((d) => ({ date: d.date, count: d.events }));
        }
        this.source = source;
        for (const b of buttons) b.setAttribute('aria-pressed', String(b === button));
        this.refresh();
      });
  }
}
