import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { onNode, PageWindow } from '../support/page-graph';
import { PageRig } from '../support/page-rig';

const TOKEN = 'page-corrections-token-0123456789';
const XI = 'person:xi-jinping';

/** Correcting the graph from the side panel, in real Chromium against a real Neo4j, with the edit token. */
describe('corrections from the side panel (Chromium)', function () {
  this.timeout(240_000);
  let rig: PageRig;
  let page: Page;
  let problems: string[];
  const nameOnCanvas = (id: string) =>
    page.evaluate((nodeId) => String((window as unknown as PageWindow).cy.getElementById(nodeId).data('name')), id);

  before(async () => {
    rig = await PageRig.seeded({ editToken: TOKEN });
  });
  beforeEach(async () => ({ page, problems } = await rig.newPage()));
  afterEach(async () => {
    await page?.close();
    expect(problems, 'errors in the page').to.deep.equal([]);
  });
  after(async () => rig?.stop());

  const showXi = async (on: Page) => {
    await rig.open(on);
    await on.keyboard.press('/');
    await on.keyboard.type('Xi');
    await on.getByTestId('search-results').locator('li', { hasText: 'Xi Jinping' }).first().click();
    await on.waitForFunction((id) => (window as unknown as PageWindow).cy.getElementById(id).nonempty(), XI);
  };
  const named = (on: Page, name: string) =>
    on.waitForFunction(
      ([id, expected]) => (window as unknown as PageWindow).cy.getElementById(id).data('name') === expected,
      [XI, name],
    );

  it('renames a person, shows the correction with who and why, and undoes it; another open page follows', async () => {
    const other = await rig.newPage();
    await showXi(other.page);
    await showXi(page);
    await onNode(page, XI, 'select');

    await page.getByTestId('correct-rename').click();
    const form = page.getByTestId('correction-form');
    await form.getByTestId('correction-name').fill('Xi Jinping (President)');
    await form.getByTestId('correction-why').fill('house style for heads of state');
    await form.getByTestId('correction-who').fill('Desk');
    await form.getByTestId('correction-token').fill(TOKEN);
    await form.getByTestId('correction-apply').click();
    await named(page, 'Xi Jinping (President)');
    // The other page was told (GET /api/changes) and redrew the node without a reload.
    await named(other.page, 'Xi Jinping (President)');
    const record = page.getByTestId('correction').first();
    await record.waitFor();
    expect(await record.textContent())
      .to.include('Desk')
      .and.include('house style for heads of state');

    await record.getByTestId('undo-correction').click();
    await named(page, 'Xi Jinping');
    await named(other.page, 'Xi Jinping');
    expect(await nameOnCanvas(XI)).to.equal('Xi Jinping');
    await page.getByTestId('correction').locator('text=undone by').first().waitFor();
    await other.page.close();
    expect(other.problems, 'errors in the other page').to.deep.equal([]);
  });

  it('offers no editing on a read-only server, and a wrong token is refused with the reason', async () => {
    const readOnly = await PageRig.seeded();
    try {
      await readOnly.open(page);
      await page.keyboard.press('/');
      await page.keyboard.type('Xi');
      await page.getByTestId('search-results').locator('li', { hasText: 'Xi Jinping' }).first().click();
      await page.waitForFunction((id) => (window as unknown as PageWindow).cy.getElementById(id).nonempty(), XI);
      await onNode(page, XI, 'select');
      await page.getByTestId('evidence-sentence').first().waitFor();
      expect(await page.getByTestId('correct-rename').count()).to.equal(0);
    } finally {
      await page.goto('about:blank');
      await readOnly.stop();
    }
    await rig.open(page);
    await page.evaluate(() => sessionStorage.clear());
    await page.keyboard.press('/');
    await page.keyboard.type('Xi');
    await page.getByTestId('search-results').locator('li', { hasText: 'Xi Jinping' }).first().click();
    await page.waitForFunction((id) => (window as unknown as PageWindow).cy.getElementById(id).nonempty(), XI);
    await onNode(page, XI, 'select');
    await page.getByTestId('correct-rename').click();
    const form = page.getByTestId('correction-form');
    await form.getByTestId('correction-name').fill('Someone else');
    await form.getByTestId('correction-why').fill('testing a wrong token');
    await form.getByTestId('correction-who').fill('Desk');
    await form.getByTestId('correction-token').fill('not-the-token-at-all-000');
    await form.getByTestId('correction-apply').click();
    await page.getByText('The edit token is wrong.').waitFor();
    expect(await nameOnCanvas(XI)).to.equal('Xi Jinping');
    // The refused request is the test's point, not a page problem.
    problems.splice(0, problems.length, ...problems.filter((p) => !p.includes('401')));
  });
});
