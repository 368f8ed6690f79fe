import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../../server/config';
import { onNode, PageWindow } from '../support/page-graph';
import { PageRig } from '../support/page-rig';

const SHOTS = path.join(REPO_ROOT, 'test-artifacts/screenshots');
const CALL = 'event:call:2022-06-15:vladimir-putin-xi-jinping';
/** The seed's 24 February 2025 call: three sentences of one article, one source. */
const SINGLE = 'event:call:2025-02-24:vladimir-putin-xi-jinping';
/** Chips the stem-overlap "only here" showed for the 2022 call: words each column used once. */
const NOISE = ['created', 'forces', 'section', 'side', 'national', 'mention'];

/** Issue 22, finding 5: readouts a journalist steers, in real Chromium against the seed graph. */
describe('readouts compared: columns to choose and pin, fitted to the window (Chromium)', function () {
  this.timeout(240_000);
  let rig: PageRig;
  let page: Page;
  let problems: string[];
  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `readouts-${name}.png`) });
  const compared = () => page.getByTestId('readouts-compared');
  const shownSources = () =>
    compared()
      .getByTestId('readout-column')
      .evaluateAll((cs) => cs.map((c) => c.getAttribute('data-source')!));

  /** Opens the event alone on the canvas, selects it, and opens its readouts. */
  async function compare(event: string): Promise<void> {
    await rig.open(page, `#ids=${event}`);
    await page.waitForFunction((id) => (window as unknown as PageWindow).cy.getElementById(id).nonempty(), event);
    await onNode(page, event, 'select');
    await page.getByTestId('compare-readouts').click();
    await compared().getByTestId('readout-column').first().waitFor();
  }

  before(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    rig = await PageRig.seeded();
  });
  beforeEach(async () => ({ page, problems } = await rig.newPage({ width: 1440, height: 900 })));
  afterEach(async () => {
    await page?.close();
    expect(problems, 'errors in the page').to.deep.equal([]);
  });
  after(async () => rig?.stop());

  it('fits the columns to the window, official readouts first, and names no word said once as "only here"', async () => {
    await compare(CALL);
    await shot('01-call-fitted');
    const body = compared().locator('.overlay-body');
    const fits = await body.evaluate((b) => b.scrollWidth <= b.clientWidth + 1);
    expect(fits, 'no column runs off the window').to.equal(true);
    const groups = await compared()
      .getByTestId('readout-column')
      .evaluateAll((cs) => cs.map((c) => c.getAttribute('data-group')));
    expect(groups.length).to.be.at.least(2);
    expect(groups.every((g) => g === 'official')).to.equal(true);
    expect(await shownSources()).to.include.members(['Kremlin', 'Xinhua', 'CCTV']);
    const chips = (await compared().locator('.only-here-list .chip').allTextContents()).map((c) => c.toLowerCase());
    for (const noise of NOISE) expect(chips, `"${noise}" is no difference`).to.not.include(noise);
  });

  it('shows a column the journalist ticks, and leads with the one they pin, in every comparison after', async () => {
    await compare(CALL);
    const picker = compared().getByTestId('column-picker');
    const before = await shownSources();
    const hidden = picker.locator('.column-choice', { has: page.locator('input:not(:checked)') }).first();
    const name = (await hidden.getAttribute('data-source'))!;
    expect(before).to.not.include(name);
    const choice = picker.locator(`.column-choice[data-source="${name}"]`);
    await choice.getByTestId('column-shown').check();
    expect(await shownSources()).to.include(name);
    await shot('02-call-ticked');

    await choice.getByTestId('column-pin').click();
    expect((await shownSources())[0]).to.equal(name);
    // Pinned sticks: closed and opened again, the pinned source leads.
    await page.keyboard.press('Escape');
    await compared().waitFor({ state: 'hidden' });
    await page.getByTestId('compare-readouts').click();
    await page.waitForFunction(
      (pinned) => document.querySelector('[data-testid=readout-column]')?.getAttribute('data-source') === pinned,
      name,
    );
    await shot('03-call-pinned');
  });

  it('says a single-source event plainly: one source, nothing to compare, no "only here" on everything', async () => {
    await compare(SINGLE);
    await shot('04-single-source');
    const summary = (await compared().getByTestId('readouts-summary').textContent())!;
    expect(summary).to.include('one source only');
    expect(summary).to.not.match(/\b1 (sentences|articles)\b/);
    expect(await compared().getByTestId('only-here').count()).to.equal(0);
    expect(await compared().getByTestId('column-picker').count()).to.equal(0);
  });
});
