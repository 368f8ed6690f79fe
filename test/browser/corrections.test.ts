import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../../server/config';
import { getTestNeo4j } from '../support/neo4j';
import { onNode, PageWindow } from '../support/page-graph';
import { PageRig } from '../support/page-rig';

const TOKEN = 'page-corrections-token-0123456789';
const XI = 'person:xi-jinping';
const SHOTS = path.join(REPO_ROOT, 'test-artifacts/screenshots');

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

  const showXi = async (on: Page, served = rig) => {
    await served.open(on);
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

  it('merges a duplicate picked by search into the selected person, and the undo brings it back on the canvas', async () => {
    const PUTIN = 'person:vladimir-putin';
    await showXi(page);
    await onNode(page, XI, 'select');
    await page.getByTestId('correct-merge').click();
    const form = page.getByTestId('correction-form');
    await form.getByTestId('correction-other').fill('Putin');
    await form.locator('li', { hasText: 'Vladimir Putin' }).first().click();
    await form.getByTestId('correction-why').fill('testing the merge form');
    await form.getByTestId('correction-who').fill('Desk');
    await form.getByTestId('correction-token').fill(TOKEN);
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'corrections-merge-form.png') });
    await form.getByTestId('correction-apply').click();
    await page.waitForFunction(
      ([id, absorbed]) => {
        const node = (window as unknown as PageWindow).cy.getElementById(id);
        return ((node.data('aliases') as string[] | undefined) ?? []).includes(absorbed);
      },
      [XI, 'Vladimir Putin'],
    );
    const gone = await (
      await getTestNeo4j()
    ).executor.readText(`MATCH (n:Entity {id: $id}) RETURN count(n) AS n`, { id: PUTIN });
    expect(gone[0].n, 'the duplicate is folded in').to.equal(0);
    expect(
      await page.evaluate((id) => (window as unknown as PageWindow).cy.getElementById(id).empty(), PUTIN),
    ).to.equal(true);

    await page.getByTestId('correction').first().waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'corrections-merged.png') });
    await page.getByTestId('correction').first().getByTestId('undo-correction').click();
    await page.waitForFunction((id) => (window as unknown as PageWindow).cy.getElementById(id).nonempty(), PUTIN);
    const back = await (
      await getTestNeo4j()
    ).executor.readText(`MATCH (n:Entity {id: $id}) RETURN n.name AS name`, { id: PUTIN });
    expect(back[0].name).to.equal('Vladimir Putin');
  });

  it('offers no editing on a read-only server, and a wrong token is refused with the reason', async () => {
    const readOnly = await PageRig.seeded();
    try {
      await showXi(page, readOnly);
      await onNode(page, XI, 'select');
      await page.getByTestId('evidence-sentence').first().waitFor();
      expect(await page.getByTestId('correct-rename').count()).to.equal(0);
    } finally {
      await page.goto('about:blank');
      await readOnly.stop();
    }
    await showXi(page);
    await page.evaluate(() => sessionStorage.clear());
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
