import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../../server/config';
import { startTestNeo4j, TestNeo4j } from '../support/neo4j';
import {
  DOTS,
  expandHub,
  hubAndThreeHundred,
  idsHash,
  layoutMs,
  loadLayoutGraph,
  SPOKES,
  thousandDots,
} from '../support/layout-scenario';
import { firstOverlap, visibleNodeBoxes } from '../support/page-graph';
import { PageRig } from '../support/page-rig';

const SHOTS = path.join(REPO_ROOT, 'test-artifacts/screenshots/layout');

/**
 * The layout's promises (issue 15) as exact checks: 1,000 nodes laid out with none overlapping, an expansion of 50
 * placed beside 300 already shown with none overlapping and nothing moved. How long each takes is measured by
 * `npm run bench -- --only=layout` against its budgets (bench/RESULTS.md), not asserted here: a wall-clock budget
 * fails on a busy machine for reasons that are not the page's. The times are written to figures.txt for a look.
 */
describe('layout (Chromium)', function () {
  this.timeout(300_000);
  let neo4j: TestNeo4j;
  let rig: PageRig;
  let page: Page;
  const figures: string[] = [];

  before(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    neo4j = await startTestNeo4j('layout-budget', { readoutSchema: false });
    await loadLayoutGraph(neo4j.executor);
    rig = await PageRig.start(neo4j);
  });
  beforeEach(async () => ({ page } = await rig.newPage()));
  afterEach(async () => page?.close());
  after(async () => {
    fs.writeFileSync(path.join(SHOTS, 'figures.txt'), `${figures.join('\n')}\n`);
    await rig?.stop();
    await neo4j?.stop();
  });

  const open = (ids: string[]) => rig.open(page, idsHash(ids));

  it(`lays out ${DOTS.toLocaleString('en-US')} nodes, none overlapping`, async () => {
    await open(thousandDots());
    expect(
      await page.evaluate(() => (window as unknown as { cy: import('cytoscape').Core }).cy.nodes().length),
    ).to.equal(DOTS);
    figures.push(
      `${DOTS} nodes, first view: ${await layoutMs(page)} ms (${await page.evaluate(() => document.body.dataset.layoutName)})`,
    );
    await page.screenshot({ path: path.join(SHOTS, '01-thousand.png') });
    expect(firstOverlap(await visibleNodeBoxes(page))).to.equal(null);
  });

  it(`places an expansion of ${SPOKES} nodes beside 300 shown, none overlapping, nothing moved`, async () => {
    await open(hubAndThreeHundred());
    const { placed, after, ms } = await expandHub(page);
    expect(after.length - placed.length).to.equal(SPOKES);
    figures.push(`${SPOKES}-node expansion beside ${placed.length}: ${ms} ms`);
    await page.screenshot({ path: path.join(SHOTS, '02-expansion.png') });
    expect(firstOverlap(after)).to.equal(null);
    const moved = placed.filter((p) => {
      const q = after.find((a) => a.id === p.id)!;
      return Math.abs(q.x1 - p.x1) > 0.5 || Math.abs(q.y1 - p.y1) > 0.5;
    });
    expect(moved.map((m) => m.id)).to.deep.equal([]);
  });
});
