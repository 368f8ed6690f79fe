import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../../server/config';
import { loadMoviesGraph } from '../support/foreign-graphs/movies';
import { startTestNeo4j, TestNeo4j } from '../support/neo4j';
import { addressView, PageWindow, settledAddress } from '../support/page-graph';
import { PageRig } from '../support/page-rig';
import { nextFrames, timelineBars } from '../support/timeline-bars';

const SHOTS = path.join(REPO_ROOT, 'test-artifacts/screenshots/slicer');
const CALL = 'event:call:2022-06-15:vladimir-putin-xi-jinping';

/** The strip redraws on the next animation frame after a change: wait for it before reading it. */

/** A read-only query through the app's own console API, on the same Neo4j the page shows. */
async function cypherRows<T>(page: Page, query: string): Promise<T[]> {
  return page.evaluate(async (q) => {
    const res = await fetch('/api/cypher', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: q }),
    });
    if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
    return ((await res.json()) as { rows: T[] }).rows;
  }, query);
}

/** Issue 22: the timeline slices any graph by a date or number property, as Bloom's slicer does. */
describe('timeline slicer (Chromium)', function () {
  this.timeout(300_000);

  describe('on the Movies graph', () => {
    let neo4j: TestNeo4j;
    let rig: PageRig;
    let page: Page;
    let problems: string[];
    const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });

    before(async () => {
      fs.mkdirSync(SHOTS, { recursive: true });
      neo4j = await startTestNeo4j('slicer-page', { readoutSchema: false });
      await loadMoviesGraph(neo4j.executor);
      rig = await PageRig.start(neo4j);
    });
    beforeEach(async () => ({ page, problems } = await rig.newPage()));
    afterEach(async function () {
      await page?.close();
      if (this.currentTest?.state === 'passed') expect(problems, 'errors on the page').to.deep.equal([]);
    });
    after(async () => {
      await rig?.stop();
      await neo4j?.stop();
    });

    /** Every movie with its actors on the canvas, through the page's Cypher console. */
    async function showAllMovies(): Promise<number> {
      const [{ n }] = await cypherRows<{ n: number }>(page, 'MATCH (m:Movie) RETURN count(m) AS n');
      await page
        .getByTestId('cypher-input')
        .fill('MATCH (m:Movie) OPTIONAL MATCH (p:Person)-[r:ACTED_IN]->(m) RETURN m, r, p');
      await page.getByTestId('cypher-run').click();
      await page.waitForFunction(
        (count) => (window as unknown as PageWindow).cy.nodes('[label = "Movie"]').length === count,
        n,
      );
      await page.waitForFunction(() => document.querySelectorAll('[data-testid=timeline-bar]').length > 0);
      return n;
    }

    const movies = () =>
      page.evaluate(() =>
        (window as unknown as PageWindow).cy.nodes('[label = "Movie"]').map((m) => ({
          title: String(m.data('title')),
          shown: m.style('display') !== 'none',
        })),
      );

    it('offers Movie.released and Person.born, bins years as years, and a brush hides exactly the movies outside', async () => {
      await rig.open(page);
      const total = await showAllMovies();
      const picker = page.getByTestId('timeline-property');
      const offered = await picker.locator('option').allTextContents();
      expect(offered).to.include.members(['Movie.released', 'Person.born']);
      expect(offered).to.not.include('Movie.title');
      await picker.selectOption('Person.born');
      await nextFrames(page);
      expect(await page.getByTestId('timeline-summary').textContent()).to.match(/Person nodes by born/);
      await picker.selectOption('Movie.released');
      await nextFrames(page);
      expect(await page.locator('#timeline-svg').getAttribute('data-unit')).to.equal('number');
      let drawn = await timelineBars(page);
      expect(drawn.reduce((n, b) => n + b.count, 0)).to.equal(total);
      // Years stay whole: one bar a year at this width, each named by its year.
      for (const b of drawn) expect(b.period).to.match(/^\d{4}$/);
      const axis = await page.locator('.timeline-axis text').allTextContents();
      for (const label of axis) expect(label).to.match(/^\d{4}$/);
      await shot('01-movies-by-released');

      // Brush from inside 1999's bar to inside 2003's.
      const first = drawn.find((b) => b.period === '1999')!;
      const last = drawn.find((b) => b.period === '2003')!;
      const y = first.box.y + first.box.height / 2;
      await page.mouse.move(first.box.x + 2, y);
      await page.mouse.down();
      await page.mouse.move((first.box.x + last.box.x) / 2, y, { steps: 4 });
      await page.mouse.move(last.box.x + last.box.width - 2, y, { steps: 4 });
      await shot('02-brushing');
      await page.mouse.up();
      await page.waitForFunction(
        () => (document.querySelector('[data-testid=date-to]') as HTMLInputElement).value === '2003',
      );
      expect(await page.getByTestId('date-from').inputValue()).to.equal('1999');

      const outside = await cypherRows<{ title: string }>(
        page,
        'MATCH (m:Movie) WHERE NOT (1999 <= m.released <= 2003) RETURN m.title AS title ORDER BY title',
      );
      expect(outside.length).to.be.greaterThan(0).and.lessThan(total);
      const onCanvas = await movies();
      expect(
        onCanvas
          .filter((m) => !m.shown)
          .map((m) => m.title)
          .sort(),
      ).to.deep.equal(outside.map((r) => r.title).sort());
      expect(onCanvas.filter((m) => m.shown).length).to.equal(total - outside.length);
      expect(await page.getByTestId('timeline-summary').textContent()).to.contain(
        `${outside.length} hidden by the range`,
      );
      // Actors of hidden movies alone are hidden with them, and the page says how many.
      const stranded = await page.evaluate(() => (window as unknown as PageWindow).cy.nodes('.stranded').length);
      expect(stranded).to.be.greaterThan(0);
      expect(await page.getByTestId('stranded-note').textContent()).to.contain(String(stranded));
      drawn = await timelineBars(page);
      for (const b of drawn) expect(b.kept, b.period).to.equal(b.period >= '1999' && b.period <= '2003' ? b.count : 0);
      await shot('03-brushed-1999-2003');

      // The share link keeps the property and the range.
      const view = await addressView(page);
      expect([view.slice, view.from, view.to]).to.deep.equal(['Movie.released', '1999', '2003']);
      const again = (await rig.newPage()).page;
      try {
        await again.goto(await settledAddress(page));
        await again.waitForFunction(() => document.body.dataset.ready === 'true');
        await nextFrames(again);
        expect(await again.getByTestId('timeline-property').inputValue()).to.equal('Movie.released');
        const hidden = await again.evaluate(() =>
          (window as unknown as PageWindow).cy
            .nodes('[label = "Movie"]')
            .filter((m) => m.style('display') === 'none')
            .map((m) => String(m.data('title')))
            .sort(),
        );
        expect(hidden).to.deep.equal(outside.map((r) => r.title).sort());
      } finally {
        await again.close();
      }

      // Clearing the range brings every movie back.
      await page.getByTestId('timeline-clear').click();
      await page.waitForFunction(() =>
        (window as unknown as PageWindow).cy.nodes('[label = "Movie"]').every((m) => m.style('display') !== 'none'),
      );
    });

    it('counts the nodes without the property apart, as "no value", and takes typed numbers', async () => {
      await rig.open(page);
      await showAllMovies();
      const [{ n: unborn }] = await cypherRows<{ n: number }>(
        page,
        'MATCH (p:Person)-[:ACTED_IN]->() WHERE p.born IS NULL RETURN count(DISTINCT p) AS n',
      );
      await page.getByTestId('timeline-property').selectOption('Person.born');
      await nextFrames(page);
      const missing = page.getByTestId('timeline-undated');
      if (unborn > 0) expect(await missing.textContent()).to.equal(`${unborn} no value`);
      else expect(await missing.isHidden()).to.equal(true);
      await page.getByTestId('date-from').fill('1960.5');
      await page.getByTestId('date-to').fill('abc');
      await page.getByTestId('date-to').press('Enter');
      expect(await page.getByTestId('date-error').textContent()).to.match(/not a number/);
      await page.getByTestId('date-to').fill('1970');
      await page.getByTestId('date-to').press('Enter');
      const [{ n: outside }] = await cypherRows<{ n: number }>(
        page,
        'MATCH (p:Person)-[:ACTED_IN]->() WHERE NOT coalesce(1960.5 <= p.born <= 1970, false) RETURN count(DISTINCT p) AS n',
      );
      await page.waitForFunction(
        (count) => (window as unknown as PageWindow).cy.nodes('[label = "Person"].slice-hidden').length === count,
        outside,
      );
      await shot('04-people-born-1961-1970');
    });
  });

  describe('on a news graph', () => {
    let rig: PageRig;
    let page: Page;

    before(async () => {
      fs.mkdirSync(SHOTS, { recursive: true });
      rig = await PageRig.seeded();
    });
    beforeEach(async () => ({ page } = await rig.newPage()));
    afterEach(async () => page?.close());
    after(async () => rig?.stop());

    it('slices by the events’ date by default, and offers other properties beside it', async () => {
      await rig.open(page);
      await page.keyboard.press('/');
      await page.keyboard.type('Xi');
      await page.getByTestId('search-results').locator('li', { hasText: 'Xi Jinping' }).first().click();
      await page.waitForFunction((id) => (window as unknown as PageWindow).cy.getElementById(id).nonempty(), CALL);
      await page.waitForFunction(() => document.querySelectorAll('[data-testid=timeline-bar]').length > 0);
      const picker = page.getByTestId('timeline-property');
      expect(await picker.inputValue()).to.equal('Event.date');
      expect((await picker.locator('option').allTextContents())[0]).to.equal('Event.date');
      expect(await page.locator('#timeline-svg').getAttribute('data-unit')).to.not.equal('number');
      expect(await page.getByTestId('timeline-summary').textContent()).to.match(/dated events?, by (day|month|year)/);
      expect(await page.getByTestId('timeline-source').isVisible()).to.equal(true);
      await page.screenshot({ path: path.join(SHOTS, '05-news-default.png') });
    });
  });
});
