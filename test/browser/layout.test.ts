import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../../server/config';
import { startTestNeo4j, TestNeo4j } from '../support/neo4j';
import { firstOverlap, onNode, visibleNodeBoxes } from '../support/page-graph';
import { PageRig } from '../support/page-rig';

const SHOTS = path.join(REPO_ROOT, 'test-artifacts/screenshots/layout');
const DOTS = 1000;
const SPOKES = 50;

/**
 * The layout's budgets on these machines (issue 15): 1,000 nodes laid out in under 2 s, an expansion of 50 nodes
 * placed in under 500 ms beside 300 already shown, and no two nodes overlapping either way. The time is the
 * page's own measure of its layout (`data-layout-ms`: from the elements added to the positions set).
 */
describe('layout budgets (Chromium)', function () {
  this.timeout(300_000);
  let neo4j: TestNeo4j;
  let rig: PageRig;
  let page: Page;
  const figures: string[] = [];

  before(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    neo4j = await startTestNeo4j('layout-budget', { readoutSchema: false });
    // A sparse connected graph of dots (a ring with chords), and a hub with 50 spokes tied into it.
    await neo4j.executor.write((tx) =>
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
    await neo4j.executor.write((tx) =>
      tx.run(
        `CREATE (h:Hub {id: 'hub', title: 'The hub'})
         WITH h UNWIND range(0, $spokes - 1) AS i
         CREATE (h)-[:HAS]->(:Spoke {id: 's' + i, title: 'Spoke ' + i})
         WITH h MATCH (d:Dot) WHERE d.id IN ['d0', 'd1', 'd2'] MERGE (h)-[:NEAR]->(d)`,
        { spokes: SPOKES },
      ),
    );
    rig = await PageRig.start(neo4j);
  });
  beforeEach(async () => ({ page } = await rig.newPage()));
  afterEach(async () => page?.close());
  after(async () => {
    fs.writeFileSync(path.join(SHOTS, 'figures.txt'), `${figures.join('\n')}\n`);
    await rig?.stop();
    await neo4j?.stop();
  });

  const open = (ids: string[]) => rig.open(page, `#ids=${encodeURIComponent(ids.join('|'))}`);
  const layoutMs = async () => Number(await page.evaluate(() => document.body.dataset.layoutMs));

  it(`lays out ${DOTS.toLocaleString('en-US')} nodes in under 2 s, none overlapping`, async () => {
    await open(Array.from({ length: DOTS }, (_, i) => `Dot:d${i}`));
    expect(
      await page.evaluate(() => (window as unknown as { cy: import('cytoscape').Core }).cy.nodes().length),
    ).to.equal(DOTS);
    const ms = await layoutMs();
    figures.push(
      `${DOTS} nodes, first view: ${ms} ms (${await page.evaluate(() => document.body.dataset.layoutName)})`,
    );
    await page.screenshot({ path: path.join(SHOTS, '01-thousand.png') });
    expect(ms).to.be.below(2000);
    expect(firstOverlap(await visibleNodeBoxes(page))).to.equal(null);
  });

  it(`places an expansion of ${SPOKES} nodes beside 300 shown in under 500 ms, none overlapping, nothing moved`, async () => {
    await open(['Hub:hub', ...Array.from({ length: 300 }, (_, i) => `Dot:d${i}`)]);
    const before = await page.evaluate(() => document.body.dataset.layoutDone ?? '');
    const placed = await visibleNodeBoxes(page);
    await onNode(page, 'Hub:hub', 'dbltap');
    await page.waitForFunction((p) => (document.body.dataset.layoutDone ?? '') !== p, before);
    const after = await visibleNodeBoxes(page);
    expect(after.length - placed.length).to.equal(SPOKES);
    const ms = await layoutMs();
    figures.push(`${SPOKES}-node expansion beside ${placed.length}: ${ms} ms`);
    await page.screenshot({ path: path.join(SHOTS, '02-expansion.png') });
    expect(ms).to.be.below(500);
    expect(firstOverlap(after)).to.equal(null);
    // The previous version ran fcose over everything visible (what was placed locked) on each expansion: timed on
    // the same view in the same run, for the ratio (not asserted: it is the old way).
    const fcoseMs = await page.evaluate(() => {
      const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
      const spokes = cy.nodes('[label = "Spoke"]');
      const locked = cy.nodes().difference(spokes).lock();
      const started = performance.now();
      cy.nodes(':visible')
        .union(cy.edges(':visible'))
        .layout({
          name: 'fcose',
          randomize: false,
          animate: false,
          quality: 'default',
          fit: false,
          nodeRepulsion: () => 9000,
          idealEdgeLength: () => 90,
        } as import('cytoscape').LayoutOptions)
        .run();
      locked.unlock();
      return Math.round(performance.now() - started);
    });
    figures.push(`the same expansion laid out by fcose over the view (the previous way): ${fcoseMs} ms`);
    const moved = placed.filter((p) => {
      const q = after.find((a) => a.id === p.id)!;
      return Math.abs(q.x1 - p.x1) > 0.5 || Math.abs(q.y1 - p.y1) > 0.5;
    });
    expect(moved.map((m) => m.id)).to.deep.equal([]);
  });
});
