import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../../server/config';
import { getTestNeo4j, TestNeo4j } from '../support/neo4j';
import { onNode, PageWindow } from '../support/page-graph';
import { PageRig } from '../support/page-rig';

const SHOTS = path.join(REPO_ROOT, 'test-artifacts/screenshots');
const CALL = 'event:call:2022-06-15:vladimir-putin-xi-jinping';

/** The journalist's walk in real Chromium against a real Neo4j holding the seed graph: readouts, then the article. */
describe('the journalist’s explorer (Chromium)', function () {
  this.timeout(240_000);
  let neo4j: TestNeo4j;
  let rig: PageRig;
  let page: Page;
  let problems: string[];
  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `journalist-${name}.png`) });
  const canvasHas = (id: string) =>
    page.evaluate((nodeId) => (window as unknown as PageWindow).cy.getElementById(nodeId).nonempty(), id);
  const canvasIds = () =>
    page.evaluate(() =>
      (window as unknown as PageWindow).cy
        .nodes()
        .map((n) => n.id())
        .sort(),
    );

  before(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    neo4j = await getTestNeo4j();
    rig = await PageRig.seeded();
  });
  beforeEach(async () => ({ page, problems } = await rig.newPage()));
  afterEach(async () => {
    await page?.close();
    expect(problems, 'errors in the page').to.deep.equal([]);
  });
  after(async () => rig?.stop());

  const open = (hash = '') => rig.open(page, hash);

  /** Issue 22, finding 10: the extractor's words stay behind "Details". */
  it('speaks a journalist’s words in suggestions and the side panel, the extractor’s behind Details', async () => {
    await open();
    await page.keyboard.press('/');
    await page.keyboard.type('Xi');
    const hit = page.getByTestId('search-results').locator('li', { hasText: 'Xi Jinping' }).first();
    await hit.waitFor();
    expect(await page.getByTestId('search-results').textContent()).to.not.match(/\bid: /);
    await hit.click();
    await page.waitForFunction((call) => (window as unknown as PageWindow).cy.getElementById(call).nonempty(), CALL);
    await page.evaluate((call) => {
      const cy = (window as unknown as PageWindow).cy;
      cy.elements().unselect();
      cy.getElementById(call).select();
    }, CALL);
    const panel = page.getByTestId('details-panel');
    await panel.getByTestId('plain-properties').waitFor();
    await panel.getByTestId('evidence-sentence').first().waitFor();
    expect(await panel.getByTestId('plain-properties').innerText()).to.match(/Kind\s+call/);
    const seen = await panel.innerText();
    for (const word of ['dateRule', 'mergedFrom', 'found by', 'event-verb', 'ner-']) expect(seen).to.not.contain(word);
    expect(seen).to.contain('How it was found');
    await panel.getByTestId('developer-details').locator('summary').click();
    expect(await panel.innerText()).to.contain('dateRule');
    await shot('00-plain-words');
    // A fact reads as a phrase: "Vladimir Putin took part in …".
    await page.evaluate((call) => {
      const cy = (window as unknown as PageWindow).cy;
      cy.elements().unselect();
      cy.getElementById(call).incomers('edge[type = "PARTICIPATED_IN"]').first().select();
    }, CALL);
    await panel.locator('h2.title', { hasText: 'took part in' }).waitFor();
  });

  it('compares the readouts of the 15 June 2022 call, then reads one in its article and puts a name on the canvas', async () => {
    await open();
    // Search "Xi" → Xi Jinping → his neighbourhood, the call among it.
    await page.keyboard.press('/');
    await page.keyboard.type('Xi');
    const hit = page.getByTestId('search-results').locator('li', { hasText: 'Xi Jinping' }).first();
    await hit.waitFor();
    await shot('01-search');
    await hit.click();
    await page.waitForFunction(
      (call) =>
        (window as unknown as PageWindow).cy.getElementById(call).nonempty() && document.body.dataset.layoutDone,
      CALL,
    );
    await shot('02-xi-expanded');

    // Select the call by clicking it where it is drawn.
    const at = await page.evaluate((call) => {
      const cy = (window as unknown as PageWindow).cy;
      cy.elements().unselect();
      const node = cy.getElementById(call);
      cy.center(node);
      const box = cy.container()!.getBoundingClientRect();
      return { x: box.left + node.renderedPosition().x, y: box.top + node.renderedPosition().y };
    }, CALL);
    await page.mouse.click(at.x, at.y);
    const compare = page.getByTestId('compare-readouts');
    await compare.waitFor();
    expect(await page.getByTestId('details-panel').locator('h2.title').textContent()).to.include('Xi Jinping');
    await shot('03-call-selected');

    // The readouts side by side.
    const canvasBefore = await canvasIds();
    await compare.click();
    const compared = page.getByTestId('readouts-compared');
    const columns = compared.getByTestId('readout-column');
    await columns.first().waitFor();
    await shot('04-readouts-compared');
    const count = await columns.count();
    expect(count).to.be.at.least(2);
    const seen = new Map<string, string>();
    let withLinkOut = 0;
    for (let i = 0; i < count; i++) {
      const column = columns.nth(i);
      const source = (await column.getAttribute('data-source'))!;
      expect(await column.locator('h4').first().textContent()).to.equal(source);
      for (const text of await column.locator('.card-text').allTextContents()) {
        expect(seen.get(text), `"${text.slice(0, 60)}…" under ${source} and ${seen.get(text)}`).to.equal(undefined);
        seen.set(text, source);
      }
      const claims = (await column.getByTestId('claim').allTextContents()).map((c) => c.trim());
      expect(claims.length, `${source} has a highlighted claim`).to.be.greaterThan(0);
      // What was said is highlighted, not who said it.
      for (const claim of claims) expect(claim.length).to.be.greaterThan(source.length);
      // (A claim may name the source as its subject matter: Beijing's readout "… coordination with China".)
      const name = source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const saying = new RegExp(`^${name}\\b|${name}\\W+(said|says|reported|told)\\b`, 'i');
      for (const claim of claims) expect(claim).to.not.match(saying);
      expect(await column.getByTestId('open-article').count(), `${source} links its articles`).to.be.greaterThan(0);
      for (const href of await column
        .getByTestId('article-link')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
        expect(href).to.match(/^https?:\/\//);
      withLinkOut += await column.getByTestId('article-link').count();
    }
    expect(withLinkOut, 'the seed article with an address links out').to.be.greaterThan(0);

    // A card's article, opened in the reader at that sentence.
    const card = columns
      .nth(count - 1)
      .getByTestId('readout-card')
      .first();
    const sentenceId = (await card.getAttribute('data-sentence-id'))!;
    const sentenceText = (await card.locator('.card-text').textContent())!;
    await card.getByTestId('open-article').first().click();
    const reader = page.getByTestId('article-reader');
    const current = reader.locator('[data-testid=reader-sentence][data-current=true]');
    await current.waitFor();
    await page.waitForTimeout(200);
    await shot('05-article-reader');
    const articleId = sentenceId.slice(0, sentenceId.lastIndexOf(':'));
    const [stored] = await neo4j.executor.readText(
      'MATCH (a:Article {id: $id})-[:HAS_SENTENCE]->(s) RETURN a.title AS title, count(s) AS sentences',
      { id: articleId },
    );
    expect(await reader.getByTestId('reader-title').textContent()).to.equal(stored.title);
    expect(await reader.getByTestId('reader-sentence').count()).to.equal(stored.sentences);
    expect(await current.getAttribute('data-sentence-id')).to.equal(sentenceId);
    expect(await current.locator('.sentence-text').textContent()).to.equal(sentenceText);
    const visible = await current.evaluate((row) => {
      const body = row.closest('.overlay-body')!.getBoundingClientRect();
      const box = row.getBoundingClientRect();
      return box.top >= body.top && box.bottom <= body.bottom;
    });
    expect(visible, 'the sentence one came from is in view').to.equal(true);
    expect(await reader.getByTestId('entity-mention').count()).to.be.greaterThan(10);
    expect(await reader.getByTestId('article-fact').count()).to.be.greaterThan(0);

    // A name in the text onto the canvas.
    const mention = current.getByTestId('entity-mention').first();
    const entity = (await mention.getAttribute('data-entity'))!;
    await mention.click();
    await page.waitForFunction((id) => (window as unknown as PageWindow).cy.getElementById(id).nonempty(), entity);
    await page.getByTestId('reader-status').filter({ hasText: 'is on the canvas' }).waitFor();
    await shot('06-entity-on-canvas');

    // Back: the reader closes onto the readouts, the readouts onto the canvas, which kept its nodes.
    await reader.getByTestId('overlay-close').click();
    expect(await reader.isHidden()).to.equal(true);
    expect(await compared.isVisible()).to.equal(true);
    await page.keyboard.press('Escape');
    expect(await compared.isHidden()).to.equal(true);
    await shot('07-back-on-canvas');
    const canvasAfter = await canvasIds();
    expect(canvasAfter).to.include.members([...canvasBefore, entity]);
    expect(await canvasHas(CALL)).to.equal(true);
  });

  it('opens an article from a search hit and from an Article node, and shows a fact’s two ends on the canvas', async () => {
    await open();
    await page.getByTestId('search-input').fill('Xi tells Putin his Ukraine');
    const hit = page.getByTestId('search-results').locator('li', { hasText: 'Article' }).first();
    await hit.waitFor();
    const title = (await hit.locator('.hit-name').textContent())!;
    await hit.click();
    const reader = page.getByTestId('article-reader');
    await reader.getByTestId('reader-title').filter({ hasText: title }).waitFor();
    expect(await reader.locator('[data-current=true]').count(), 'no sentence to mark').to.equal(0);
    expect(await canvasIds()).to.deep.equal([]);

    const fact = reader.getByTestId('article-fact').first();
    await fact.click();
    await page.getByTestId('reader-status').filter({ hasText: 'is on the canvas' }).waitFor();
    const edges = await page.evaluate(() =>
      (window as unknown as PageWindow).cy.edges('.path').map((e) => [e.source().id(), e.target().id()]),
    );
    expect(edges).to.have.length(1);
    await shot('08-fact-on-canvas');
    await page.keyboard.press('Escape');
    expect(await reader.isHidden()).to.equal(true);
    for (const end of edges[0]) expect(await canvasHas(end)).to.equal(true);

    // An Article node's side panel reads it too.
    const [article] = await neo4j.executor.readText(
      'MATCH (a:Article) WHERE a.title IS NOT NULL RETURN a.id AS id, a.title AS title LIMIT 1',
    );
    await open(`#ids=${encodeURIComponent(String(article.id))}`);
    await onNode(page, String(article.id), 'select');
    await page.getByTestId('details-panel').getByTestId('open-article').click();
    await reader
      .getByTestId('reader-title')
      .filter({ hasText: String(article.title) })
      .waitFor();
    await shot('09-article-from-node');
  });
});
