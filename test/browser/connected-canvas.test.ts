import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../../server/config';
import { loadMoviesGraph } from '../support/foreign-graphs/movies';
import type { AddedArticle } from '../../server/services/article-writer';
import { startTestNeo4j, TestNeo4j } from '../support/neo4j';
import { getTestNlp } from '../support/nlp';
import { onNode, PageWindow, settledAddress } from '../support/page-graph';
import { PageRig } from '../support/page-rig';
import { COCOA } from '../support/cocoa-article';

const SHOTS = path.join(REPO_ROOT, 'test-artifacts/screenshots/connected');
const PUTIN = 'person:vladimir-putin';
const CALL = 'event:call:2022-06-15:vladimir-putin-xi-jinping';
const TOKEN = 'connected-canvas-token-0123456789';

/** The canvas's relationships (not the labelled edges the page draws for two-party events), sorted. */
const canvasEdges = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as PageWindow).cy
      .edges()
      .not('.event-edge')
      .map((e) => e.id())
      .sort(),
  );

/** The relationships the graph holds among the canvas's nodes, as a shared view of them gets them. */
const graphEdges = (page: Page) =>
  page.evaluate(async () => {
    const ids = (window as unknown as PageWindow).cy.nodes().map((n) => n.id());
    const answer = await fetch('/api/nodes', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ids }),
    }).then((r) => r.json() as Promise<{ edges: { data: { id: string } }[] }>);
    return answer.edges.map((e) => e.data.id).sort();
  });

/**
 * Waits (a bounded number of looks, no clock asserted) until the canvas draws exactly what the graph holds among
 * its nodes; returns both for the assertion.
 */
async function settledEdges(page: Page): Promise<{ drawn: string[]; held: string[] }> {
  let drawn: string[] = [];
  let held: string[] = [];
  for (let look = 0; look < 40; look++) {
    [drawn, held] = [await canvasEdges(page), await graphEdges(page)];
    if (JSON.stringify(drawn) === JSON.stringify(held)) break;
    await page.waitForTimeout(250);
  }
  return { drawn, held };
}

/** How many of a node's relationships the canvas draws. */
const drawnDegree = (page: Page, id: string) =>
  page.evaluate((nodeId) => (window as unknown as PageWindow).cy.getElementById(nodeId).connectedEdges().length, id);

const layoutDone = (page: Page) => page.evaluate(() => document.body.dataset.layoutDone ?? '');

/** Double-clicks a node and waits for its expansion to be laid out. */
async function expand(page: Page, id: string): Promise<void> {
  const before = await layoutDone(page);
  await onNode(page, id, 'dbltap');
  await page.waitForFunction((p) => (document.body.dataset.layoutDone ?? '') !== p, before);
}

async function searchAndShow(page: Page, text: string, hitText: string): Promise<void> {
  const before = await layoutDone(page);
  await page.getByTestId('search-input').fill(text);
  await page.getByTestId('search-results').locator('li', { hasText: hitText }).first().click();
  await page.waitForFunction((p) => (document.body.dataset.layoutDone ?? '') !== p, before);
  await page.waitForFunction(() => !document.querySelector('[data-testid=status]')?.textContent?.includes('…'));
}

const nodeNamed = (page: Page, name: string) =>
  page.evaluate(
    (n) =>
      (window as unknown as PageWindow).cy
        .nodes()
        .filter((node) => node.data('name') === n)
        .map((node) => node.id())[0],
    name,
  );

/** Issue 22, finding 2: every node added brings its relationships to the nodes already drawn. */
describe('a canvas connects what it shows (Chromium)', function () {
  this.timeout(300_000);

  describe('on the Movies graph', () => {
    let neo4j: TestNeo4j;
    let rig: PageRig;
    let page: Page;

    before(async () => {
      fs.mkdirSync(SHOTS, { recursive: true });
      neo4j = await startTestNeo4j('movies-page', { readoutSchema: false });
      await loadMoviesGraph(neo4j.executor);
      rig = await PageRig.start(neo4j);
    });
    beforeEach(async () => ({ page } = await rig.newPage()));
    afterEach(async () => page?.close());
    after(async () => {
      await rig?.stop();
      await neo4j?.stop();
    });

    it('draws all three of Carrie-Anne Moss’s films once The Matrix is expanded beside them', async () => {
      await rig.open(page);
      // Keanu Reeves and his films: The Matrix, Reloaded and Revolutions among them.
      await searchAndShow(page, 'Keanu', 'Keanu Reeves');
      const matrix = await nodeNamed(page, 'The Matrix');
      expect(matrix, 'The Matrix on the canvas').to.be.a('string');
      await expand(page, matrix);
      await page.screenshot({ path: path.join(SHOTS, '01-movies-matrix-expanded.png') });
      const carrie = await nodeNamed(page, 'Carrie-Anne Moss');
      expect(carrie, 'Carrie-Anne Moss on the canvas').to.be.a('string');
      const films = await page.evaluate(
        (id) =>
          (window as unknown as PageWindow).cy
            .getElementById(id)
            .connectedEdges('[type = "ACTED_IN"]')
            .targets()
            .map((m) => String(m.data('name')))
            .sort(),
        carrie,
      );
      expect(films).to.deep.equal(['The Matrix', 'The Matrix Reloaded', 'The Matrix Revolutions']);
      expect(await canvasEdges(page)).to.deep.equal(await graphEdges(page));
    });
  });

  describe('on the seed graph', () => {
    let rig: PageRig;
    let page: Page;

    before(async () => {
      fs.mkdirSync(SHOTS, { recursive: true });
      rig = await PageRig.seeded({ editToken: TOKEN, nlp: getTestNlp() });
    });
    beforeEach(async () => ({ page } = await rig.newPage()));
    afterEach(async () => page?.close());
    after(async () => rig?.stop());
    /** Another client posts the cocoa article (again: its facts are stated afresh, as new relationships). */
    const post = async () => {
      const res = await fetch(`${rig.base}/api/articles`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: COCOA }),
      });
      expect(res.status).to.equal(201);
      return (await res.json()) as AddedArticle;
    };

    /** Posts the article, opens the page on one of its people expanded; what the canvas draws then. */
    const showPostedArticle = async () => {
      const added = await post();
      const mahama = added.entities.find((e) => e.name === 'John Mahama')!.id;
      await rig.open(page, `#ids=${encodeURIComponent(mahama)}`);
      await expand(page, mahama);
      const before = await canvasEdges(page);
      expect(before.length, 'facts of the article on the canvas').to.be.above(1);
      return { mahama, before };
    };

    it('draws after expansions what the same view opened from its share link draws', async () => {
      await rig.open(page);
      await searchAndShow(page, 'Xi', 'Xi Jinping');
      await expand(page, CALL);
      await page.screenshot({ path: path.join(SHOTS, '02-seed-call-expanded.png') });
      const drawn = await canvasEdges(page);
      expect(drawn).to.deep.equal(await graphEdges(page));
      // The same nodes rebuilt from a share link (POST /api/nodes): Putin has as many lines there as here.
      const here = await drawnDegree(page, PUTIN);
      await rig.open(page, new URL(await settledAddress(page)).hash);
      expect(await drawnDegree(page, PUTIN)).to.equal(here);
      expect(here).to.be.above(1);
    });

    /** Issue 22, finding 6: toggles and filters hide what they leave unconnected, and say so. */
    it('leaves no node floating when events are drawn as edges or a date filter hides them', async () => {
      /** Nodes drawn that have relationships on the canvas, none of them drawn. */
      const floating = () =>
        page.evaluate(() =>
          (window as unknown as PageWindow).cy
            .nodes(':visible')
            .filter((n) => n.connectedEdges().nonempty() && n.connectedEdges(':visible').empty())
            .map((n) => String(n.data('name'))),
        );
      const shown = (id: string) =>
        page.evaluate((nodeId) => (window as unknown as PageWindow).cy.getElementById(nodeId).visible(), id);
      await rig.open(page);
      await searchAndShow(page, 'Xi', 'Xi Jinping');
      await expand(page, CALL);
      expect(await floating()).to.deep.equal([]);
      expect(await shown('outlet:xinhua'), 'Xinhua reports the call').to.equal(true);
      const note = page.getByTestId('stranded-note');
      expect(await note.isHidden()).to.equal(true);

      await page.getByTestId('events-as-edges').check();
      await note.filter({ hasText: /nodes? hidden too/ }).waitFor();
      expect(await floating()).to.deep.equal([]);
      expect(await shown('outlet:xinhua'), 'Xinhua reports only events now drawn as edges').to.equal(false);
      expect(await shown(PUTIN)).to.equal(true);
      await page.screenshot({ path: path.join(SHOTS, '04-events-as-edges.png') });
      await page.getByTestId('events-as-edges').uncheck();
      await note.waitFor({ state: 'hidden' });
      expect(await shown('outlet:xinhua')).to.equal(true);

      await page.getByTestId('date-from').fill('2025');
      await page.getByTestId('date-from').dispatchEvent('change');
      await note.filter({ hasText: /nodes? hidden too/ }).waitFor();
      expect(await floating()).to.deep.equal([]);
      await page.screenshot({ path: path.join(SHOTS, '05-date-filter.png') });
    });

    /** Issue 22, finding 3: ghost edges. */
    it('drops what a re-ingest replaced, on a page that did not do it, so no fact is drawn twice', async () => {
      const { mahama, before } = await showPostedArticle();
      expect(before).to.deep.equal(await graphEdges(page));

      // Another client posts the same article again: its facts are stated afresh, as new relationships.
      await post();
      const { drawn, held } = await settledEdges(page);
      expect(held, 'the re-ingest made new relationships').to.not.deep.equal(before);
      expect(drawn).to.deep.equal(held);
      // Expanding again brings each fact once, not beside its ghost.
      // (It may add nothing, and so lay nothing out: its end is the status line's "Expanding …" going.)
      await onNode(page, mahama, 'dbltap');
      await page.waitForFunction(() => !document.querySelector('[data-testid=status]')?.textContent?.includes('…'));
      await page.screenshot({ path: path.join(SHOTS, '03-seed-after-reingest.png') });
      expect(await canvasEdges(page)).to.deep.equal(await graphEdges(page));
    });

    /** Issue 22: an older canvas step's undo brought back relationships a re-ingest had replaced. */
    it('undoes an older step without bringing back what the graph no longer holds', async () => {
      const { before } = await showPostedArticle();
      const nodesBefore = await page.evaluate(() => (window as unknown as PageWindow).cy.nodes().length);

      // The reader clears the canvas; meanwhile another client re-states the article's facts as new relationships.
      await page.getByTestId('clear').click();
      await post();
      await page.getByTestId('undo').click();
      const { drawn, held } = await settledEdges(page);
      await page.screenshot({ path: path.join(SHOTS, '07-undo-after-reingest.png') });
      expect(await page.evaluate(() => (window as unknown as PageWindow).cy.nodes().length)).to.equal(nodesBefore);
      expect(held, 'the re-ingest made new relationships').to.not.deep.equal(before);
      expect(drawn, 'drawn after the undo').to.deep.equal(held);
      // Redo and undo again: still only what the graph holds.
      await page.getByTestId('redo').click();
      await page.getByTestId('undo').click();
      const again = await settledEdges(page);
      expect(again.drawn).to.deep.equal(again.held);
    });
  });
});
