import type { Page } from 'playwright-core';
import { Executor } from '../../server/db/executor';
import { NodeBox, onNode, visibleNodeBoxes } from './page-graph';

/** The layout scenario of issue 15, shared by its browser test (what must hold) and its bench (how long it takes). */
export const DOTS = 1000;
export const SPOKES = 50;
/** The budgets the bench reports against (bench/RESULTS.md); `npm test` asserts no wall-clock time. */
export const LAYOUT_BUDGETS = { thousandNodesMs: 2000, expansionMs: 500 } as const;

/** A sparse connected graph of dots (a ring with chords), and a hub with 50 spokes tied into it. */
export async function loadLayoutGraph(executor: Executor): Promise<void> {
  await executor.write((tx) =>
    tx.run(
      `UNWIND range(0, $n - 1) AS i CREATE (:Dot {id: 'd' + i, title: 'Dot number ' + i})
       WITH count(*) AS made
       MATCH (a:Dot), (b:Dot)
       WHERE toInteger(substring(b.id, 1)) = (toInteger(substring(a.id, 1)) + 1) % $n
          OR toInteger(substring(b.id, 1)) = (toInteger(substring(a.id, 1)) * 7 + 3) % $n
       MERGE (a)-[:LINKS]->(b)`,
      { n: DOTS },
    ),
  );
  await executor.write((tx) =>
    tx.run(
      `CREATE (h:Hub {id: 'hub', title: 'The hub'})
       WITH h UNWIND range(0, $spokes - 1) AS i
       CREATE (h)-[:HAS]->(:Spoke {id: 's' + i, title: 'Spoke ' + i})
       WITH h MATCH (d:Dot) WHERE d.id IN ['d0', 'd1', 'd2'] MERGE (h)-[:NEAR]->(d)`,
      { spokes: SPOKES },
    ),
  );
}

export const thousandDots = () => Array.from({ length: DOTS }, (_, i) => `Dot:d${i}`);
export const hubAndThreeHundred = () => ['Hub:hub', ...Array.from({ length: 300 }, (_, i) => `Dot:d${i}`)];
export const idsHash = (ids: string[]) => `#ids=${encodeURIComponent(ids.join('|'))}`;

/** The page's own measure of its last layout (`data-layout-ms`: from the elements added to the positions set). */
export async function layoutMs(page: Page): Promise<number> {
  return Number(await page.evaluate(() => document.body.dataset.layoutMs));
}

/** Expands the hub on a page showing it and 300 dots; the boxes before and after, and the layout's time. */
export async function expandHub(page: Page): Promise<{ placed: NodeBox[]; after: NodeBox[]; ms: number }> {
  const before = await page.evaluate(() => document.body.dataset.layoutDone ?? '');
  const placed = await visibleNodeBoxes(page);
  await onNode(page, 'Hub:hub', 'dbltap');
  await page.waitForFunction((p) => (document.body.dataset.layoutDone ?? '') !== p, before);
  return { placed, after: await visibleNodeBoxes(page), ms: await layoutMs(page) };
}
