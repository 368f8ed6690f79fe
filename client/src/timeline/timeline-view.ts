import { api } from '../api';
import { rangeOf } from '../date-span';
import { byId, el } from '../dom';
import type { GraphView } from '../graph-view';
import type { ViewFilters, ViewStore } from '../view-store';
import { withStatus } from '../status';
import { DatedItem, Histogram, histogram } from './bins';
import { attachBrush } from './brush';
import { canvasItems, eventIdsWithin, selectEvents, undatedOnCanvas } from './canvas-events';
import { DateInputs } from './date-inputs';
import { drawBrush, drawChart, DrawnChart } from './timeline-chart';
import { describeBin, describeRange, summarise } from './timeline-text';
import { snapToPeriods } from './time-scale';
import { UndatedList } from './undated-list';

/** Pixels per bin at the least: the width decides how fine the bins can be. */
const MIN_BIN_PX = 7;

type Source = 'canvas' | 'graph';

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
  private drawn: { chart: DrawnChart | null; histogram: Histogram } | null = null;
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
    attachBrush(this.svg, {
      chart: () => this.drawn?.chart ?? null,
      dragging: (a, b) => this.showDrag(a, b),
      brushed: (a, b) => {
        const snapped = snapToPeriods(a, b, this.drawn!.histogram.unit);
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
    this.changeFilters(from || to ? `dates ${from ?? '…'} – ${to ?? '…'}` : 'no date filter', { from, to });
    this.refresh();
  }

  private render(): void {
    const { from, to } = this.store.state;
    const range = rangeOf(from, to);
    // A collapsed strip keeps the width it had, so its summary names the unit it will draw.
    if (!this.plot.hidden) this.width = this.plot.clientWidth;
    const width = this.width;
    const items = this.source === 'graph' ? this.graphCounts : canvasItems(this.view.cy);
    const h = histogram(items, { maxBins: Math.max(4, Math.floor(width / MIN_BIN_PX)), range });
    const chart = this.plot.hidden ? null : drawChart(this.svg, h, width, this.plot.clientHeight);
    this.drawn = { chart, histogram: h };
    if (chart && (from || to)) drawBrush(this.svg, chart, range);
    this.svg.dataset.unit = h.unit;
    byId('timeline-summary').textContent = summarise(h, this.source);
    byId('timeline-empty').hidden = h.domain !== null;
    byId('timeline-clear').hidden = !from && !to;
    this.undated.render(h.undated.count, undatedOnCanvas(this.view.cy), this.source);
    this.hideTooltip();
  }

  private showDrag(a: number, b: number): void {
    const chart = this.drawn?.chart;
    if (!chart) return;
    const snapped = snapToPeriods(a, b, this.drawn!.histogram.unit);
    drawBrush(this.svg, chart, rangeOf(snapped.from, snapped.to));
    this.showTooltip([describeRange(snapped.from, snapped.to)], chart.scale.x((a + b) / 2));
  }

  private selectBar(index: number): void {
    const bin = this.drawn?.histogram.bins[index];
    if (!bin) return;
    selectEvents(this.view.cy, this.source === 'graph' ? eventIdsWithin(this.view.cy, bin) : bin.ids);
  }

  private hover(index: number | null, e: PointerEvent): void {
    const bin = index === null ? undefined : this.drawn?.histogram.bins[index];
    if (!bin || !this.drawn) return this.hideTooltip();
    const lines = describeBin(bin, this.drawn.histogram.unit);
    lines.push(this.source === 'graph' ? 'Click: select those on the canvas' : 'Click: select them on the canvas');
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
