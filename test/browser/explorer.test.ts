import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../../server/config';
import { PageRig } from '../support/page-rig';
import { getTestNeo4j } from '../support/neo4j';
import { addressView, settledAddress, PageWindow } from '../support/page-graph';
import { loadSeedGraph } from '../support/seed-graph';

const SHOTS = path.join(REPO_ROOT, 'test-artifacts/screenshots');

/** The explorer in real Chromium against a real Neo4j holding the seed graph. */
describe('explorer page (Chromium)', function () {
  this.timeout(180_000);
  let rig: PageRig;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });

  before(async function () {
    fs.mkdirSync(SHOTS, { recursive: true });
    const neo4j = await getTestNeo4j();
    await loadSeedGraph(neo4j.executor);
    // A node whose name is markup: it must show as text.
    await neo4j.executor.write((tx) =>
      tx.run(
        `MERGE (n:Entity:Person {id: 'person:xss-probe'}) SET n.name = '<img src=x onerror=alert(1)>', n.aliases = ['<img src=x onerror=alert(1)>'], n.aliasText = 'img onerror probe'`,
      ),
    );
    rig = await PageRig.start(neo4j);
  });
  beforeEach(async () => {
    ({ page } = await rig.newPage());
    page.on('dialog', () => {
      throw new Error('a dialog opened: data was run as code');
    });
  });
  afterEach(async () => page?.close());
  after(async () => {
    await rig?.stop();
  });

  const open = (hash = '') => rig.open(page, hash);

  it('walks the card: "Xi" → Xi Jinping → expand → the 15 Jun 2022 call with Putin → Xinhua among its reporters', async () => {
    await open();
    await shot('01-empty');
    await page.keyboard.press('/');
    await page.keyboard.type('Xi');
    const hit = page.getByTestId('search-results').locator('li', { hasText: 'Xi Jinping' }).first();
    await hit.waitFor();
    await shot('02-suggestions');
    const started = Date.now();
    await hit.click();
    await page.waitForFunction(() => {
      const cy = (window as unknown as PageWindow).cy;
      return (
        cy.getElementById('event:call:2022-06-15:vladimir-putin-xi-jinping').nonempty() &&
        document.body.dataset.layoutDone
      );
    });
    const firstViewMs = Date.now() - started;
    fs.writeFileSync(path.join(SHOTS, 'first-view-ms.txt'), `${firstViewMs}\n`);
    await shot('03-xi-neighbourhood');
    // The call leads on to Putin.
    await page.evaluate(() => {
      (window as unknown as PageWindow).cy
        .getElementById('event:call:2022-06-15:vladimir-putin-xi-jinping')
        .emit('dbltap');
    });
    await page.waitForFunction(() =>
      (window as unknown as PageWindow).cy.getElementById('person:vladimir-putin').nonempty(),
    );
    await page.evaluate(() => {
      const cy = (window as unknown as PageWindow).cy;
      cy.elements().unselect();
      cy.getElementById('event:call:2022-06-15:vladimir-putin-xi-jinping').select();
    });
    await page.getByTestId('compare-readouts').click();
    const columns = page.getByTestId('readouts-compared').getByTestId('readout-column');
    await columns.first().waitFor();
    expect(await columns.evaluateAll((cs) => cs.map((c) => c.getAttribute('data-source')))).to.include.members([
      'Xinhua',
      'CCTV',
      'Kremlin',
    ]);
    const xinhua = page.locator('[data-testid=readout-column][data-source="Xinhua"]');
    expect(await xinhua.locator('.card-text').first().textContent()).to.include('Xinhua reported');
    // What Xinhua reported is marked, not Xinhua's name.
    const claim = await xinhua.getByTestId('claim').first().textContent();
    expect(claim).to.include('was willing to work with the Russian side').and.not.include('Xinhua');
    await shot('04-call-readouts');
    expect(firstViewMs).to.be.below(10_000);
  });

  it('collapses events into labelled edges between their two parties', async () => {
    await open('#ids=person:xi-jinping|person:vladimir-putin|event:call:2022-06-15:vladimir-putin-xi-jinping');
    await page.getByTestId('events-as-edges').check();
    const caption = await page.evaluate(() =>
      (window as unknown as PageWindow).cy
        .getElementById('collapsed:event:call:2022-06-15:vladimir-putin-xi-jinping')
        .data('caption'),
    );
    expect(caption).to.equal('called · 15 Jun 2022');
    expect((await addressView(page)).eventsAsEdges).to.equal(true);
    await shot('05-events-as-edges');
  });

  it('runs read-only Cypher onto the canvas and as a table, and shows a refusal plainly', async () => {
    await open();
    await page
      .getByTestId('cypher-input')
      .fill('MATCH (p:Person)-[r:HOLDS_ROLE]->(c:Country) RETURN p.name AS person, r, c LIMIT 5');
    await page.getByTestId('cypher-run').click();
    await page.waitForFunction(
      () => Number(document.querySelector<HTMLElement>('[data-testid=cypher-table]')?.dataset.rows) > 0,
    );
    expect(await page.getByTestId('cypher-table').locator('th').allTextContents()).to.deep.equal(['person', 'r', 'c']);
    expect(
      await page.evaluate(() => (window as unknown as PageWindow).cy.edges('[type = "HOLDS_ROLE"]').length),
    ).to.be.greaterThan(0);
    await shot('06-cypher');
    await page.getByTestId('cypher-input').fill('MATCH (n) DETACH DELETE n');
    await page.getByTestId('cypher-run').click();
    await page.getByTestId('cypher-error').waitFor();
    expect(await page.getByTestId('cypher-error').textContent()).to.match(/read-only/i);
    await shot('07-cypher-refused');
  });

  it('shows console cells as captions, exports the table as CSV, and says when nothing matched', async () => {
    await open();
    await page.getByTestId('cypher-input').fill("MATCH (p:Person {name: 'Xi Jinping'}) RETURN p, p.name AS name");
    await page.getByTestId('cypher-run').click();
    await page.waitForFunction(
      () => Number(document.querySelector<HTMLElement>('[data-testid=cypher-table]')?.dataset.rows) > 0,
    );
    const cells = await page.getByTestId('cypher-table').locator('tbody td').allTextContents();
    expect(cells).to.deep.equal(['Xi Jinping · Person', 'Xi Jinping']);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('cypher-csv').click()]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv).to.equal('\uFEFFp,name\r\nXi Jinping · Person,Xi Jinping\r\n');
    await page.getByTestId('cypher-input').fill("MATCH (p:Person {name: 'Nobody At All'}) RETURN p");
    await page.getByTestId('cypher-run').click();
    await page.getByTestId('cypher-empty').waitFor();
    expect(await page.getByTestId('cypher-csv').isDisabled()).to.equal(true);
    await shot('08-cypher-empty');
  });

  it('finds the path from Xi Jinping to Xinhua, hop by hop with its sentences, path nodes drawn full size', async () => {
    await open();
    await page.getByTestId('path-from').fill('Xi Jinping');
    await page.getByTestId('path-to').fill('Xinhua');
    await page.getByTestId('path-hops-max').selectOption('3');
    await page.getByTestId('path-run').click();
    const hops = page.getByTestId('path-hops').locator('li');
    await hops.first().waitFor();
    const texts = await hops.allTextContents();
    expect(texts[0]).to.contain('Xi Jinping');
    expect(texts.join(' ')).to.contain('REPORTED_BY');
    const sizes = await page.evaluate(() =>
      (window as unknown as PageWindow).cy
        .nodes('.path')
        .map((n) => n.renderedWidth() / (window as unknown as PageWindow).cy.zoom()),
    );
    expect(sizes.length).to.be.at.least(2);
    for (const width of sizes) expect(width).to.be.at.least(14);
    await shot('09-path-xi-xinhua');
  });

  it('keeps the canvas its size at 1024×768 when a query draws on it; its table opens on demand', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await open();
    const canvasHeight = async () => (await page.getByTestId('canvas').boundingBox())!.height;
    const before = await canvasHeight();
    await page.getByTestId('cypher-input').fill('MATCH (p:Person) RETURN p, p.name AS name LIMIT 40');
    await page.getByTestId('cypher-run').click();
    const toggle = page.getByTestId('cypher-table-toggle');
    await toggle.filter({ hasText: /Table · \d+ rows/ }).waitFor();
    expect(await page.getByTestId('cypher-table').isVisible()).to.equal(false);
    expect(await canvasHeight()).to.be.at.least(before - 40);
    await toggle.click();
    await page.getByTestId('cypher-table').locator('tbody tr').first().waitFor();
    expect(await toggle.getAttribute('aria-expanded')).to.equal('true');
    const withTable = await canvasHeight();
    expect(withTable, 'the table takes at most a fifth of the window').to.be.at.least(before - 0.2 * 768 - 40);
    await shot('08b-console-table-1024');
    // Values only: the table is the answer, and opens by itself.
    await toggle.click();
    await page.getByTestId('cypher-input').fill('MATCH (p:Person) RETURN count(p) AS people');
    await page.getByTestId('cypher-run').click();
    await page.getByTestId('cypher-table').locator('th', { hasText: 'people' }).waitFor();
    expect(await page.getByTestId('cypher-table').isVisible()).to.equal(true);
  });

  /** An end of the path chosen as a person does: typed, then picked from the suggestions. */
  const chooseEnd = async (field: 'path-from' | 'path-to', name: string) => {
    await page.getByTestId(field).fill(name);
    const hit = page
      .getByTestId(`${field}-results`)
      .locator('li')
      .filter({ has: page.locator('.hit-name', { hasText: new RegExp(`^${name}$`) }) })
      .first();
    await hit.click();
    await page.getByTestId(`${field}-results`).waitFor({ state: 'hidden' });
  };

  it('steps through every shortest path, each lit alone on the canvas and listed hop by hop', async () => {
    await open();
    await chooseEnd('path-from', 'Xi Jinping');
    await chooseEnd('path-to', 'Vladimir Putin');
    await page.getByTestId('path-hops-max').selectOption('2');
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/paths')),
      page.getByTestId('path-run').click(),
    ]);
    const { paths } = (await answer.json()) as { paths: { nodes: string[]; edges: string[] }[] };
    expect(paths.length, 'the seeds tell Xi and Putin together more than once').to.be.at.least(2);
    const lit = () =>
      page.evaluate(() =>
        (window as unknown as PageWindow).cy
          .elements('.path')
          .map((e) => e.id())
          .sort(),
      );
    const hopTexts = () => page.getByTestId('path-hops').locator('li .hop').allTextContents();
    const seen = new Set<string>();
    for (let i = 0; i < paths.length; i++) {
      await page
        .getByTestId('path-count')
        .filter({ hasText: `Path ${i + 1} of ${paths.length}` })
        .waitFor();
      expect(await lit()).to.deep.equal([...paths[i].nodes, ...paths[i].edges].sort());
      const hops = await hopTexts();
      expect(hops).to.have.length(paths[i].edges.length);
      seen.add(hops.join(' | '));
      if (i === 1) await shot('09b-path-2-of-n');
      expect(await page.getByTestId('path-next').isDisabled()).to.equal(i === paths.length - 1);
      if (i < paths.length - 1) await page.getByTestId('path-next').click();
    }
    expect(seen.size, 'each path lists its own hops').to.equal(paths.length);
    await page.getByTestId('path-prev').click();
    await page
      .getByTestId('path-count')
      .filter({ hasText: `Path ${paths.length - 1} of ${paths.length}` })
      .waitFor();
  });

  it('shares the path on show: a link opens the same path, lit and listed', async () => {
    await open();
    await chooseEnd('path-from', 'Xi Jinping');
    await chooseEnd('path-to', 'Vladimir Putin');
    await page.getByTestId('path-hops-max').selectOption('2');
    await page.getByTestId('path-run').click();
    await page
      .getByTestId('path-count')
      .filter({ hasText: /^Path 1 of/ })
      .waitFor();
    await page.getByTestId('path-next').click();
    const count = await page
      .getByTestId('path-count')
      .filter({ hasText: /^Path 2 of/ })
      .textContent();
    const lit = (p: Page) =>
      p.evaluate(() =>
        (window as unknown as PageWindow).cy
          .elements('.path')
          .map((e) => e.id())
          .sort(),
      );
    const litHere = await lit(page);
    const hopsHere = await page.getByTestId('path-hops').locator('li').allTextContents();
    const shared = await settledAddress(page);
    const again = await rig.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await again.goto(shared);
    await again.waitForFunction(() => document.body.dataset.ready === 'true');
    expect(await again.getByTestId('path-count').textContent()).to.equal(count);
    expect(await lit(again)).to.deep.equal(litHere);
    expect(await again.getByTestId('path-hops').locator('li').allTextContents()).to.deep.equal(hopsHere);
    expect(await again.getByTestId('path-from').inputValue()).to.equal('Xi Jinping');
    await again.screenshot({ path: path.join(SHOTS, '09c-shared-path.png') });
    await again.close();
  });

  it('keeps a field’s late suggestions closed once the person moved on to the next field', async () => {
    await open();
    // The server answers suggestions slowly, as under load: the answer for "from" arrives after focus left it.
    await page.route('**/api/search**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      await route.continue();
    });
    await page.getByTestId('path-from').fill('Xi Jinping');
    await page.waitForTimeout(200); // past the typing debounce: the request is on its way
    await page.getByTestId('path-hops-max').focus();
    await page.waitForTimeout(1200);
    expect(await page.locator('#path-from-results').isHidden()).to.equal(true);
    await page.getByTestId('path-run').click({ timeout: 5000 });
    await page.unroute('**/api/search**');
  });

  it('rebuilds a shared view from its address', async () => {
    await open();
    await page.getByTestId('search-input').fill('Lavrov');
    await page.getByTestId('search-results').locator('li', { hasText: 'Sergey Lavrov' }).first().click();
    await page.waitForFunction(
      () => (window as unknown as PageWindow).cy.nodes().length > 2 && document.body.dataset.layoutDone,
    );
    await page.getByTestId('date-from').fill('2025');
    await page.getByTestId('date-from').dispatchEvent('change');
    const shared = await settledAddress(page);
    const before = await page.evaluate(() =>
      (window as unknown as PageWindow).cy
        .nodes()
        .map((n) => n.id())
        .sort(),
    );
    const again = await rig.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await again.goto(shared);
    await again.waitForFunction(() => document.body.dataset.ready === 'true');
    const after = await again.evaluate(() =>
      (window as unknown as PageWindow).cy
        .nodes()
        .map((n) => n.id())
        .sort(),
    );
    expect(after).to.deep.equal(before);
    expect(await again.getByTestId('date-from').inputValue()).to.equal('2025');
    await again.screenshot({ path: path.join(SHOTS, '08-shared-view.png') });
    await again.close();
  });

  it('shows a name made of markup as text, never as HTML', async () => {
    await open();
    await page.getByTestId('search-input').fill('onerror');
    const hit = page.getByTestId('search-results').locator('li').first();
    await hit.waitFor();
    expect(await hit.textContent()).to.include('<img src=x onerror=alert(1)>');
    await hit.click();
    await page.waitForFunction(() =>
      (window as unknown as PageWindow).cy.getElementById('person:xss-probe').nonempty(),
    );
    // Braces: an arrow returning the collection would have Playwright serialise all of Cytoscape (seconds, GBs).
    await page.evaluate(() => {
      (window as unknown as PageWindow).cy.getElementById('person:xss-probe').select();
    });
    await page.getByTestId('details-panel').locator('h2.title').waitFor();
    expect(await page.getByTestId('details-panel').locator('h2.title').textContent()).to.equal(
      '<img src=x onerror=alert(1)>',
    );
    expect(await page.locator('img').count()).to.equal(0);
    await shot('09-xss-as-text');
  });
});
