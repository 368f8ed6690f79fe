import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { FAMILY_COLOURS } from '../../client/src/event-families';
import { REPO_ROOT } from '../../server/config';
import { addressView, onNode, PageWindow, settledAddress } from '../support/page-graph';
import { PageRig } from '../support/page-rig';

const SHOTS = path.join(REPO_ROOT, 'test-artifacts/screenshots/event-families');
/** In Xi's neighbourhood on the seed graph: a call (Consult, CAMEO 04) and an invasion (Fight, CAMEO 19). */
const CALL = 'event:call:2022-06-15:vladimir-putin-xi-jinping';
const INVASION = 'event:invasion:undated:ua-xi-jinping';
const XI = 'person:xi-jinping';
const PUTIN = 'person:vladimir-putin';
const UKRAINE = 'country:ua';
const INVASION_OF_UKRAINE = 'event:invasion:2022-02-24:ua-vladimir-putin';
const CONSULT = '04';
const FIGHT = '19';

interface CanvasEvent {
  id: string;
  kind: string;
  family: string | null;
  /** The fill Cytoscape draws it with, as [r, g, b]. */
  fill: number[];
  visible: boolean;
}

/** "#0067a5", "rgb(0,103,165)" or "rgb(0, 103, 165)" as [r, g, b]. */
function rgb(colour: string): number[] {
  if (colour.startsWith('#')) {
    const n = parseInt(colour.slice(1), 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  }
  return (colour.match(/\d+/g) ?? []).slice(0, 3).map(Number);
}

const familyRgb = (code: string) => rgb(FAMILY_COLOURS.get(code)!);

/** Events coloured and filtered by family in real Chromium, on the seed graph in a real Neo4j. */
describe('event families on the canvas (Chromium)', function () {
  this.timeout(180_000);
  let rig: PageRig;
  let page: Page;
  let problems: string[];
  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });

  before(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    rig = await PageRig.seeded();
  });
  beforeEach(async () => ({ page, problems } = await rig.newPage()));
  afterEach(async function () {
    await page?.close();
    if (this.currentTest?.state === 'passed') expect(problems, 'errors on the page').to.deep.equal([]);
  });
  after(async () => rig?.stop());

  /** Search "Xi", pick Xi Jinping: he is added and expanded, his events with him. */
  async function showXi(): Promise<void> {
    await rig.open(page);
    await page.keyboard.press('/');
    await page.keyboard.type('Xi');
    await page.getByTestId('search-results').locator('li', { hasText: 'Xi Jinping' }).first().click();
    await page.waitForFunction(
      (ids) =>
        ids.every((id) => (window as unknown as PageWindow).cy.getElementById(id).nonempty()) &&
        document.body.dataset.layoutDone,
      [CALL, INVASION],
    );
    await page.waitForFunction(() => !document.querySelector('[data-testid=status]')?.textContent?.includes('…'));
  }

  const canvasEvents = (): Promise<CanvasEvent[]> =>
    page.evaluate(() =>
      (window as unknown as PageWindow).cy.nodes('[label = "Event"]').map((n) => ({
        id: n.id(),
        kind: String(n.data('kind')),
        family: (n.data('family') as string | undefined) ?? null,
        fill: (String(n.style('background-color')).match(/\d+/g) ?? []).slice(0, 3).map(Number),
        visible: n.visible(),
      })),
    );

  /** The legend's family entries as a person sees them. */
  const legendFamilies = () =>
    page.getByTestId('legend-family').evaluateAll((items) =>
      items.map((item) => ({
        code: (item as HTMLElement).dataset.family!,
        name: item.querySelector('.legend-label')!.textContent,
        count: Number(item.querySelector('.count')!.textContent),
        pressed: item.getAttribute('aria-pressed'),
        swatch: getComputedStyle(item.querySelector('.swatch')!).backgroundColor,
      })),
    );

  /** The colour of the canvas's pixel at the centre of a node, as drawn (Cytoscape's own picture of the view). */
  const drawnCentre = (id: string): Promise<number[]> =>
    page.evaluate(async (nodeId) => {
      const cy = (window as unknown as PageWindow).cy;
      const at = cy.getElementById(nodeId).renderedPosition();
      const picture = cy.png({ output: 'blob', scale: 1, full: false, bg: '#ffffff' }) as unknown as Blob;
      const bitmap = await createImageBitmap(picture);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const g = canvas.getContext('2d')!;
      g.drawImage(bitmap, 0, 0);
      return [...g.getImageData(Math.round(at.x), Math.round(at.y), 1, 1).data.slice(0, 3)];
    }, id);

  it('colours each event by its family, lists the families under Event, and hides exactly the one toggled off', async () => {
    await showXi();
    const events = await canvasEvents();
    // Every event on the seed graph has a family (the server sends it with the kind).
    expect(events.filter((e) => e.family === null)).to.deep.equal([]);
    const families = [...new Set(events.map((e) => e.family!))];
    expect(families).to.include.members([CONSULT, FIGHT]);
    // Every event is filled with its family's colour, whatever its precise kind (a call, talks, an invasion…).
    for (const e of events) expect(e.fill, `${e.id} (${e.kind})`).to.deep.equal(familyRgb(e.family!));
    expect(familyRgb(CONSULT)).to.not.deep.equal(familyRgb(FIGHT));
    // And it is drawn so: the pixel at the centre of the call and of the invasion.
    expect(await drawnCentre(CALL)).to.deep.equal(familyRgb(CONSULT));
    expect(await drawnCentre(INVASION)).to.deep.equal(familyRgb(FIGHT));
    // The caption keeps the precise kind.
    expect(
      await page.evaluate((id) => (window as unknown as PageWindow).cy.getElementById(id).style('label'), CALL),
    ).to.equal('Call · 15 Jun 2022');

    // Under Event, one entry per family on the canvas, counted, with the swatch the canvas uses.
    expect(await page.locator('[data-testid=legend] > li[data-kind="Event"] + li.legend-families').count()).to.equal(1);
    const entries = await legendFamilies();
    const countOf = (code: string) => events.filter((e) => e.family === code).length;
    const taxonomyOrder = [...FAMILY_COLOURS.keys()];
    expect(entries.map((e) => e.code)).to.deep.equal(
      [...families].sort((a, b) => taxonomyOrder.indexOf(a) - taxonomyOrder.indexOf(b)),
    );
    for (const entry of entries) {
      expect(entry.count, entry.code).to.equal(countOf(entry.code));
      expect(entry.pressed, entry.code).to.equal('true');
      expect(rgb(entry.swatch), entry.code).to.deep.equal(familyRgb(entry.code));
    }
    expect(entries.find((e) => e.code === CONSULT)?.name).to.equal('Consult');
    expect(entries.find((e) => e.code === FIGHT)?.name).to.equal('Fight');
    await shot('01-coloured-by-family');

    // The side panel names the precise kind and its family.
    await onNode(page, INVASION, 'select');
    expect(await page.getByTestId('event-kind').textContent()).to.equal('invasion — Fight (CAMEO 19)');

    // A click on Fight hides the Fight events, and only those.
    const visibleBefore = new Map(events.map((e) => [e.id, e.visible]));
    const fight = page.locator(`[data-testid=legend-family][data-family="${FIGHT}"]`);
    await fight.click();
    const afterClick = await canvasEvents();
    for (const e of afterClick)
      expect(e.visible, `${e.id} (${e.family})`).to.equal(e.family === FIGHT ? false : visibleBefore.get(e.id));
    expect(await fight.getAttribute('aria-pressed')).to.equal('false');
    expect((await addressView(page)).hiddenFamilies).to.deep.equal([FIGHT]);
    expect(await page.getByTestId('undo').getAttribute('title')).to.match(/^Undo hide Fight events/);
    await shot('02-fight-hidden');

    // By keyboard: Space hides Consult, Enter shows it again; the focus stays on the entry.
    const consult = page.locator(`[data-testid=legend-family][data-family="${CONSULT}"]`);
    await consult.focus();
    await page.keyboard.press(' ');
    expect((await canvasEvents()).filter((e) => e.family === CONSULT && e.visible)).to.deep.equal([]);
    expect(await consult.getAttribute('aria-pressed')).to.equal('false');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.family)).to.equal(CONSULT);
    await page.keyboard.press('Enter');
    expect(await consult.getAttribute('aria-pressed')).to.equal('true');

    // Undo brings the Fight events back; redo hides them again.
    await page.getByTestId('undo').click(); // Consult shown → hidden
    await page.getByTestId('undo').click(); // Consult hidden → shown
    await page.getByTestId('undo').click(); // Fight hidden → shown
    expect((await canvasEvents()).map((e) => [e.id, e.visible])).to.deep.equal(events.map((e) => [e.id, e.visible]));
    await page.getByTestId('redo').click();
    expect((await canvasEvents()).filter((e) => e.visible && e.family === FIGHT)).to.deep.equal([]);

    // The link keeps it: the same view opened afresh has Fight hidden and its entry off.
    const link = await settledAddress(page);
    const again = await rig.browser.newPage({ viewport: { width: 1440, height: 900 } });
    try {
      await again.goto(link);
      await again.waitForFunction(() => document.body.dataset.ready === 'true');
      const hiddenThere = await again.evaluate(() =>
        (window as unknown as PageWindow).cy
          .nodes('[label = "Event"]')
          .filter((n) => !n.visible())
          .map((n) => String(n.data('family'))),
      );
      expect(new Set(hiddenThere)).to.deep.equal(new Set([FIGHT]));
      expect(
        await again.locator(`[data-testid=legend-family][data-family="${FIGHT}"]`).getAttribute('aria-pressed'),
      ).to.equal('false');
    } finally {
      await again.close();
    }
  });

  it('colours an event drawn as an edge by its family, and hides it with its family', async () => {
    // Two-party events on this canvas: the call between Xi and Putin, Russia's invasion between Putin and Ukraine.
    await rig.open(page, `#ids=${[XI, PUTIN, UKRAINE, CALL, INVASION_OF_UKRAINE].join('|')}&edges=1`);
    const edges = () =>
      page.evaluate(() =>
        (window as unknown as PageWindow).cy.edges('.event-edge').map((e) => ({
          event: String(e.data('event')),
          family: String(e.data('family')),
          caption: String(e.data('caption')),
          line: String(e.style('line-color')),
          visible: e.visible(),
        })),
      );
    const drawn = await edges();
    expect(drawn.map((e) => [e.event, e.family, e.caption]).sort()).to.deep.equal([
      [CALL, CONSULT, 'called · 15 Jun 2022'],
      [INVASION_OF_UKRAINE, FIGHT, 'invaded · 24 Feb 2022'],
    ]);
    for (const e of drawn) expect(rgb(e.line), e.event).to.deep.equal(familyRgb(e.family));
    // Laid out afresh without the event nodes between the parties, the edges are long enough to see.
    const laidOut = await page.evaluate(() => document.body.dataset.layoutDone ?? '');
    await page.getByTestId('relayout').click();
    await page.waitForFunction((before) => (document.body.dataset.layoutDone ?? '') !== before, laidOut);
    await shot('03-events-as-edges');
    await page.locator(`[data-testid=legend-family][data-family="${CONSULT}"]`).click();
    for (const e of await edges()) expect(e.visible, e.event).to.equal(e.family !== CONSULT);
    await shot('04-events-as-edges-consult-hidden');
  });
});
