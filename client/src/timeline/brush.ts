import { DrawnChart } from './timeline-chart';

export interface BrushHooks {
  /** The chart as last drawn (its scale), or null when nothing is drawn. */
  chart(): DrawnChart | null;
  /** While dragging: the stretch so far, in days, either way round. */
  dragging(a: number, b: number): void;
  /** A drag ended: the stretch it covered, in days, either way round. */
  brushed(a: number, b: number): void;
  /** A drag the browser took away (a touch turned into a scroll): draw the range as it was. */
  abandoned(): void;
  /** A double-click: remove the range. */
  cleared(): void;
  /** A click (no drag) on a bar, by its index among the histogram's bins. */
  barClicked(index: number): void;
  /** The pointer is over a bar (its index), or over none (null). */
  hovered(index: number | null, event: PointerEvent): void;
}

/** A press that moves less than this is a click, not a drag. */
const DRAG_THRESHOLD_PX = 3;

function barIndexAt(target: EventTarget | null): number | null {
  const bar = target instanceof Element ? target.closest<SVGGElement>('[data-testid="timeline-bar"]') : null;
  return bar ? Number(bar.dataset.index) : null;
}

/**
 * Mouse (or pen, or touch) on the chart: drag across it to pick a stretch of time, click a bar to pick its events,
 * double-click to let go of the range. The pointer is captured while pressed, so a drag may end outside the strip.
 */
export function attachBrush(svg: SVGSVGElement, hooks: BrushHooks): void {
  let press: { x: number; pointer: number; bar: number | null; moved: boolean } | null = null;
  const localX = (e: PointerEvent) => e.clientX - svg.getBoundingClientRect().left;
  const clampedDay = (chart: DrawnChart, x: number) =>
    chart.scale.day(Math.min(chart.plot.right, Math.max(chart.plot.left, x)));

  svg.addEventListener('pointerdown', (e) => {
    const chart = hooks.chart();
    if (!chart || e.button !== 0) return;
    press = { x: localX(e), pointer: e.pointerId, bar: barIndexAt(e.target), moved: false };
    svg.setPointerCapture(e.pointerId);
    e.preventDefault(); // no text selection while dragging
  });
  svg.addEventListener('pointermove', (e) => {
    const chart = hooks.chart();
    if (!press || !chart) {
      hooks.hovered(barIndexAt(e.target), e);
      return;
    }
    if (!press.moved && Math.abs(localX(e) - press.x) < DRAG_THRESHOLD_PX) return;
    press.moved = true;
    hooks.hovered(null, e);
    hooks.dragging(clampedDay(chart, press.x), clampedDay(chart, localX(e)));
  });
  svg.addEventListener('pointerup', (e) => {
    const chart = hooks.chart();
    const done = press;
    press = null;
    if (!done || !chart || e.pointerId !== done.pointer) return;
    svg.releasePointerCapture(e.pointerId);
    if (done.moved) hooks.brushed(clampedDay(chart, done.x), clampedDay(chart, localX(e)));
    else if (done.bar !== null) hooks.barClicked(done.bar);
  });
  svg.addEventListener('pointercancel', () => {
    if (press?.moved) hooks.abandoned();
    press = null;
  });
  svg.addEventListener('pointerleave', (e) => {
    if (!press) hooks.hovered(null, e);
  });
  svg.addEventListener('dblclick', () => hooks.cleared());
}
