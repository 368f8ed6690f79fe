import { Executor } from '../server/db/executor';
import {
  expandHub,
  hubAndThreeHundred,
  idsHash,
  LAYOUT_BUDGETS,
  layoutMs,
  loadLayoutGraph,
  SPOKES,
  thousandDots,
} from '../test/support/layout-scenario';
import { launchBenchChromium } from './page';

export interface LayoutFigures {
  /** The page's own measure of each first view of 1,000 nodes, one per repeat. */
  thousandMs: number[];
  /** The same for an expansion of 50 beside 300 shown. */
  expansionMs: number[];
}

/**
 * The layout budgets of issue 15, measured where timing belongs (not in `npm test`): the scenario of
 * test/browser/layout.test.ts, each step `repeats` times in a fresh page, timed by the page itself (`data-layout-ms`).
 */
export async function benchLayout(options: {
  baseUrl: string;
  executor: Executor;
  repeats: number;
  log?: (s: string) => void;
}): Promise<LayoutFigures> {
  await loadLayoutGraph(options.executor);
  const browser = await launchBenchChromium();
  const figures: LayoutFigures = { thousandMs: [], expansionMs: [] };
  try {
    for (let i = 0; i < options.repeats; i++) {
      for (const step of ['thousand', 'expansion'] as const) {
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        try {
          const ids = step === 'thousand' ? thousandDots() : hubAndThreeHundred();
          await page.goto(`${options.baseUrl}/${idsHash(ids)}`);
          await page.waitForFunction(() => document.body.dataset.ready === 'true', undefined, { timeout: 120_000 });
          if (step === 'thousand') figures.thousandMs.push(await layoutMs(page));
          else figures.expansionMs.push((await expandHub(page)).ms);
        } finally {
          await page.close();
        }
      }
      options.log?.(
        `layout ${i + 1}/${options.repeats}: 1,000 nodes ${figures.thousandMs[i]} ms, ${SPOKES} more ${figures.expansionMs[i]} ms`,
      );
    }
  } finally {
    await browser.close();
  }
  return figures;
}

export { LAYOUT_BUDGETS };
