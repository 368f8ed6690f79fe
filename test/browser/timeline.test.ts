import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../../server/config';
import { addressView, PageWindow } from '../support/page-graph';
import { PageRig } from '../support/page-rig';
import { nextFrames, timelineBars } from '../support/timeline-bars';

const SHOTS = path.join(REPO_ROOT, 'test-artifacts/screenshots');
const CALL = 'event:call:2022-06-15:vladimir-putin-xi-jinping';

interface CanvasEvent {
  id: string;
  date: string | null;
  hidden: boolean;
  selected: boolean;
}

/**
 * Whether an event dated `date` (a day, month or year) meets the range [from, to] (each a day, month or year):
 * two calendar periods overlap when, cut to the coarser of the two precisions, neither ends before the other
 * starts. Written here apart from the page's own date code, as the test's oracle.
 */
function meets(date: string, from: string | null, to: string | null): boolean {
  const cut = (a: string, b: string) => a.slice(0, Math.min(a.length, b.length));
  return (!from || cut(date, from) >= cut(from, date)) && (!to || cut(date, to) <= cut(to, date));
}
const isDate = (d: unknown): d is string => typeof d === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(d);

/** The timeline in real Chromium on the seed graph: bars, brush, date boxes, undated events, whole graph. */
describe('timeline (Chromium)', function () {
  this.timeout(180_000);
  let rig: PageRig;
  let base: string;
  let page: Page;
  let problems: string[];
  let step = 0;
  const shot = (name: string) =>
    page.screenshot({ path: path.join(SHOTS, `timeline-${String(++step).padStart(2, '0')}-${name}.png`) });

  before(async function () {
    fs.mkdirSync(SHOTS, { recursive: true });
    rig = await PageRig.seeded();
    base = rig.base;
  });
  beforeEach(async () => ({ page, problems } = await rig.newPage()));
  afterEach(async function () {
    await page?.close();
    if (this.currentTest?.state === 'passed') expect(problems, 'errors on the page').to.deep.equal([]);
  });
  after(async () => rig?.stop());

  const open = () => rig.open(page);
  /** The strip redraws on the next animation frame after a change: wait for it before reading it. */
  /** Search "Xi", pick Xi Jinping: he is added and expanded, his events with him. */
  async function showXi(): Promise<void> {
    await page.keyboard.press('/');
    await page.keyboard.type('Xi');
    await page.getByTestId('search-results').locator('li', { hasText: 'Xi Jinping' }).first().click();
    await page.waitForFunction(
      (id) => (window as unknown as PageWindow).cy.getElementById(id).nonempty() && document.body.dataset.layoutDone,
      CALL,
    );
    // The strip redraws on the next frame after the canvas changed.
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=timeline-bar]').length > 0);
  }

  const canvasEvents = () =>
    page.evaluate(() =>
      (window as unknown as PageWindow).cy.nodes('[label = "Event"]').map((n) => ({
        id: n.id(),
        date: (n.data('date') as string | undefined) ?? null,
        hidden: n.hasClass('date-hidden'),
        selected: n.selected(),
      })),
    );
  const bars = () => timelineBars(page);
  const dates = async () => ({
    from: (await page.getByTestId('date-from').inputValue()) || null,
    to: (await page.getByTestId('date-to').inputValue()) || null,
  });

  /** Every event is hidden exactly when the range leaves it out; undated ones go whenever a range is set. */
  function expectFiltered(events: CanvasEvent[], from: string | null, to: string | null): void {
    for (const e of events) {
      const kept = !from && !to ? true : isDate(e.date) && meets(e.date, from, to);
      expect(e.hidden, `${e.id} (${e.date}) hidden`).to.equal(!kept);
    }
  }

  it('counts the dated events on the canvas in its bars, and the undated ones apart', async () => {
    await open();
    await expect(await page.getByTestId('timeline').isVisible()).to.equal(true);
    await shot('empty');
    await showXi();
    const events = await canvasEvents();
    const dated = events.filter((e) => isDate(e.date));
    expect(dated.length).to.be.at.least(2);
    const drawn = await bars();
    expect(drawn.reduce((n, b) => n + b.count, 0)).to.equal(dated.length);
    // Each event counted in the bar of its period.
    for (const e of dated)
      expect(drawn.some((b) => e.date!.startsWith(b.period) || b.period.startsWith(e.date!))).to.equal(true);
    const undated = events.length - dated.length;
    expect(undated).to.be.greaterThan(0);
    expect(await page.getByTestId('timeline-undated').textContent()).to.equal(`${undated} undated`);
    // Axis labels are there and readable: text, not clipped to nothing.
    const labels = await page.locator('.timeline-axis text').allTextContents();
    expect(labels.length).to.be.at.least(2);
    await shot('xi-events');

    // Hovering a bar tells its count and its period.
    const callBar = drawn.find((b) => meets('2022-06-15', b.period, b.period))!;
    await page.mouse.move(callBar.box.x + callBar.box.width / 2, callBar.box.y + callBar.box.height / 2);
    const tooltip = page.locator('#timeline-tooltip');
    await tooltip.waitFor();
    expect(await tooltip.textContent()).to.match(new RegExp(`^${callBar.count} events? · (15 )?Jun 2022`));
    await shot('hover');

    // Clicking it selects its events on the canvas.
    await page.mouse.click(callBar.box.x + callBar.box.width / 2, callBar.box.y + callBar.box.height / 2);
    const selected = (await canvasEvents()).filter((e) => e.selected);
    expect(selected.map((e) => e.id)).to.include(CALL);
    expect(selected).to.have.length(callBar.count);
    for (const e of selected) expect(meets(e.date!, callBar.period, callBar.period)).to.equal(true);
    await shot('bar-selected');

    // The undated ones, listed on click; one click selects one.
    await page.getByTestId('timeline-undated').click();
    const items = page.getByTestId('timeline-undated-item');
    expect(await items.count()).to.equal(undated);
    await shot('undated-list');
    const first = await items.first().getAttribute('data-id');
    await items.first().click();
    const nowSelected = (await canvasEvents()).filter((e) => e.selected).map((e) => e.id);
    expect(nowSelected).to.deep.equal([first]);
    await page.getByTestId('details-panel').locator('h2.title').waitFor();
  });

  it('brushes a range with the mouse: the canvas hides what lies outside (and the undated), the boxes say the range; clear brings all back', async () => {
    await open();
    await showXi();
    const drawn = await bars();
    const callBar = drawn.find((b) => meets('2022-06-15', b.period, b.period))!;
    const plot = (await page.locator('#timeline-svg').boundingBox())!;
    // From a little before the call's bar to a little after it.
    const y = callBar.box.y + callBar.box.height / 2;
    await page.mouse.move(callBar.box.x - 3, y);
    await page.mouse.down();
    await page.mouse.move(callBar.box.x + callBar.box.width / 2, y, { steps: 4 });
    await page.mouse.move(callBar.box.x + callBar.box.width + 3, y, { steps: 4 });
    await shot('brushing');
    await page.mouse.up();
    const range = await dates();
    expect(range.from).to.match(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    expect(range.to).to.match(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    expect(meets('2022-06-15', range.from, range.to)).to.equal(true);
    const events = await canvasEvents();
    expectFiltered(events, range.from, range.to);
    expect(events.find((e) => e.id === CALL)!.hidden).to.equal(false);
    expect(events.filter((e) => e.hidden).length).to.be.greaterThan(0);
    expect(events.filter((e) => !isDate(e.date)).every((e) => e.hidden)).to.equal(true);
    // The bars say the same: what the range keeps is what the canvas shows.
    await nextFrames(page);
    const kept = (await bars()).reduce((n, b) => n + b.kept, 0);
    expect(kept).to.equal(events.filter((e) => !e.hidden).length);
    expect(await page.getByTestId('timeline-brush').count()).to.equal(1);
    expect((await addressView(page)).from).to.equal(range.from);
    await shot('brushed');

    await page.getByTestId('timeline-clear').click();
    expect(await dates()).to.deep.equal({ from: null, to: null });
    expect((await canvasEvents()).every((e) => !e.hidden)).to.equal(true);
    await nextFrames(page);
    expect(await page.getByTestId('timeline-brush').count()).to.equal(0);
    await shot('cleared');

    // A double-click lets go of a range too.
    await page.mouse.move(plot.x + 40, y);
    await page.mouse.down();
    await page.mouse.move(plot.x + plot.width / 2, y, { steps: 5 });
    await page.mouse.up();
    expect((await dates()).from).to.not.equal(null);
    await page.mouse.dblclick(plot.x + plot.width / 3, y);
    expect(await dates()).to.deep.equal({ from: null, to: null });
    expect((await canvasEvents()).every((e) => !e.hidden)).to.equal(true);
  });

  it('takes typed dates, draws them as the brush, and names a wrong one until it is put right', async () => {
    await open();
    await showXi();
    const from = page.getByTestId('date-from');
    const to = page.getByTestId('date-to');
    const error = page.getByTestId('date-error');
    await from.fill('2022-13');
    await from.press('Enter');
    await error.waitFor();
    expect(await error.textContent()).to.contain('2022-13');
    expect(await from.getAttribute('aria-invalid')).to.equal('true');
    // A wrong date changes nothing on the canvas.
    expect((await canvasEvents()).every((e) => !e.hidden)).to.equal(true);
    await shot('bad-date');

    await from.fill('2022-06');
    await from.press('Enter');
    await error.waitFor({ state: 'hidden' });
    expect(await from.getAttribute('aria-invalid')).to.equal(null);
    expectFiltered(await canvasEvents(), '2022-06', null);
    await nextFrames(page);
    expect(await page.getByTestId('timeline-brush').count()).to.equal(1);
    await shot('typed-from');

    // A range the wrong way round is named too; fixing the other box clears it.
    await to.fill('2022-01');
    await to.press('Enter');
    await error.waitFor();
    expect(await error.textContent()).to.match(/before/);
    await to.fill('2022-12-31');
    await error.waitFor({ state: 'hidden' });
    await to.press('Enter');
    expectFiltered(await canvasEvents(), '2022-06', '2022-12-31');

    // An error also goes with the next valid action elsewhere: a brush sets both boxes.
    await from.fill('garbage');
    await from.press('Enter');
    await error.waitFor();
    const plot = (await page.locator('#timeline-svg').boundingBox())!;
    await page.mouse.move(plot.x + 50, plot.y + 40);
    await page.mouse.down();
    await page.mouse.move(plot.x + plot.width - 30, plot.y + 40, { steps: 5 });
    await page.mouse.up();
    await error.waitFor({ state: 'hidden' });
    const range = await dates();
    expect(range.from).to.not.equal('garbage');
    expectFiltered(await canvasEvents(), range.from, range.to);
  });

  it('names a mangled date in a shared link instead of filtering by it', async () => {
    await page.goto(`${base}/#ids=${CALL}&from=2022-13`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    await page.getByTestId('date-error').waitFor();
    expect(await page.getByTestId('date-error').textContent()).to.contain('2022-13');
    expect((await canvasEvents()).map((e) => e.hidden)).to.deep.equal([false]);
    expect((await addressView(page)).from).to.equal(null);
  });

  it('draws a month-precise event across its month, under the day bars within it', async () => {
    // The meeting is known to February 2022 only; the invasion to the day, 24 February: a short span, bins by day.
    const meeting = 'event:meeting:2022-02:vladimir-putin-xi-jinping';
    const invasion = 'event:invasion:2022-02-24:ru-ua';
    await page.goto(`${base}/#ids=${meeting}|${invasion}`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=timeline-bar]').length === 2);
    expect(await page.locator('#timeline-svg').getAttribute('data-unit')).to.equal('day');
    const [month, day] = await bars();
    expect([month.period, day.period]).to.deep.equal(['2022-02', '2022-02-24']);
    // February's bar spans its 28 days; the 24th's is one day wide and stands on it.
    expect(month.box.width / day.box.width).to.be.within(22, 34);
    expect(day.box.x).to.be.within(month.box.x, month.box.x + month.box.width);
    expect(day.box.y + day.box.height).to.be.closeTo(month.box.y, 1.5);
    await page.mouse.move(month.box.x + 8, month.box.y + month.box.height / 2);
    const tooltip = page.locator('#timeline-tooltip');
    await tooltip.waitFor();
    expect(await tooltip.textContent()).to.match(/^1 event dated only to Feb 2022/);
    await shot('month-under-days');
    // A range from 10 February keeps the February event: its month overlaps the range.
    await page.getByTestId('date-from').fill('2022-02-10');
    await page.getByTestId('date-to').fill('2022-02-20');
    await page.getByTestId('date-to').press('Enter');
    const hidden = Object.fromEntries((await canvasEvents()).map((e) => [e.id, e.hidden]));
    expect(hidden).to.deep.equal({ [meeting]: false, [invasion]: true });
    await shot('month-kept-by-overlap');
  });

  it('collapses to its header, counts the whole graph on request, and stays readable at 1024 px', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await open();
    await showXi();
    await shot('narrow');
    const box = (await page.getByTestId('timeline').boundingBox())!;
    const canvas = (await page.getByTestId('canvas').boundingBox())!;
    // Along the bottom of the canvas, as wide as it.
    expect(Math.abs(box.y - (canvas.y + canvas.height))).to.be.below(2);
    expect(Math.abs(box.width - canvas.width)).to.be.below(2);
    // Tick labels do not run into each other.
    const ticks = await page
      .locator('.timeline-axis text:not(.year)')
      .evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().toJSON() as DOMRect));
    for (let i = 1; i < ticks.length; i++) expect(ticks[i].x).to.be.above(ticks[i - 1].x + ticks[i - 1].width);

    await page.getByTestId('timeline-toggle').click();
    expect(await page.getByTestId('timeline-plot').isHidden()).to.equal(true);
    expect(await page.getByTestId('date-from').isVisible()).to.equal(true);
    await shot('collapsed');
    await page.getByTestId('timeline-toggle').click();
    await page.getByTestId('timeline-bar').first().waitFor();

    const whole = await (await page.request.get(`${base}/api/event-dates`)).json();
    const datedInGraph = (whole.dates as { date: string | null; events: number }[])
      .filter((d) => isDate(d.date))
      .reduce((n, d) => n + d.events, 0);
    await page.getByTestId('timeline-source').locator('button[data-source=graph]').click();
    await page.waitForFunction(
      (n) =>
        Array.from(document.querySelectorAll('[data-testid=timeline-bar]')).reduce(
          (sum, g) => sum + Number(g.getAttribute('data-count')),
          0,
        ) === n,
      datedInGraph,
    );
    expect(await page.getByTestId('timeline-summary').textContent()).to.contain('in the graph');
    await shot('whole-graph');
  });
});
