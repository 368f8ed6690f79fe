import type { Page } from 'playwright-core';

/** Resolves after the page has drawn two more frames: what a redraw scheduled by the last action needed. */
export const nextFrames = (page: Page) =>
  page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );

/** The timeline's bars as drawn: each one's count, how many of them the range keeps, its period and its box. */
export async function timelineBars(page: Page) {
  await nextFrames(page);
  return page.getByTestId('timeline-bar').evaluateAll((gs) =>
    gs.map((g) => ({
      count: Number(g.getAttribute('data-count')),
      kept: Number(g.getAttribute('data-kept')),
      period: g.getAttribute('data-period')!,
      box: g.getBoundingClientRect().toJSON() as DOMRect,
    })),
  );
}
