import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../../server/config';
import {
  addressView,
  firstOverlap,
  onNode,
  PageWindow,
  positions,
  settledAddress,
  visibleNodeBoxes,
} from '../support/page-graph';
import { PageRig } from '../support/page-rig';

const SHOTS = path.join(REPO_ROOT, 'test-artifacts/screenshots/canvas');
const XI = 'person:xi-jinping';
const PUTIN = 'person:vladimir-putin';
/** On the canvas once Xi is shown; its expansion brings Putin. */
const CALL = 'event:call:2022-06-15:vladimir-putin-xi-jinping';

/** The canvas's own actions on the seed graph: menu, layout, undo/redo, links, keyboard, a clean console. */
describe('explorer canvas (Chromium)', function () {
  this.timeout(180_000);
  let rig: PageRig;
  let page: Page;
  let problems: string[];
  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });

  before(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    rig = await PageRig.seeded();
  });
  // Every error or warning the page logs, every uncaught error and failed request, is a finding.
  beforeEach(async () => ({ page, problems } = await rig.newPage()));
  afterEach(async () => page?.close());
  after(async () => rig?.stop());

  const open = (hash = '') => rig.open(page, hash);

  const ids = () =>
    page.evaluate(() =>
      (window as unknown as PageWindow).cy
        .nodes()
        .map((n) => n.id())
        .sort(),
    );
  const layoutDone = () => page.evaluate(() => document.body.dataset.layoutDone ?? '');
  async function waitForLayoutAfter(previous: string): Promise<void> {
    await page.waitForFunction((p) => (document.body.dataset.layoutDone ?? '') !== p, previous);
  }

  /** Where a node is drawn on the screen, for mouse actions. */
  async function screenPoint(id: string): Promise<{ x: number; y: number }> {
    const box = (await page.getByTestId('canvas').boundingBox())!;
    const at = await page.evaluate(
      (nodeId) => (window as unknown as PageWindow).cy.getElementById(nodeId).renderedPosition(),
      id,
    );
    return { x: box.x + at.x, y: box.y + at.y };
  }

  async function searchAndShow(text: string, hitText: string): Promise<void> {
    const before = await layoutDone();
    await page.getByTestId('search-input').fill(text);
    await page.getByTestId('search-results').locator('li', { hasText: hitText }).first().click();
    await page.waitForFunction(() => !document.querySelector('[data-testid=status]')?.textContent?.includes('…'));
    await waitForLayoutAfter(before);
  }

  it('loads, searches and expands with nothing in the browser console and no failed request', async () => {
    await open();
    await searchAndShow('Xi', 'Xi Jinping');
    await page.waitForTimeout(300);
    expect(problems).to.deep.equal([]);
  });

  it('opens an expansion menu on right-click with counts per type and kind, and expands just the one picked', async () => {
    await open(`#ids=${XI}`);
    expect(await ids()).to.deep.equal([XI]);
    const at = await screenPoint(XI);
    await page.mouse.click(at.x, at.y, { button: 'right' });
    const menu = page.getByTestId('expand-menu');
    await menu.getByTestId('expand-type').first().waitFor();
    const types = await menu.getByTestId('expand-type').evaluateAll((items) =>
      items.map((i) => ({
        type: (i as HTMLElement).dataset.type!,
        count: Number(i.textContent!.replace(/\D/g, '')),
      })),
    );
    expect(types.map((t) => t.type)).to.include('HOLDS_ROLE');
    for (const t of types) expect(t.count, t.type).to.be.above(0);
    expect(await menu.getByTestId('expand-label').count()).to.be.above(0);
    await shot('01-expansion-menu');
    const before = await layoutDone();
    await menu.locator('[data-testid=expand-type][data-type=HOLDS_ROLE]').click();
    await waitForLayoutAfter(before);
    const edgeTypes = await page.evaluate(() => [
      ...new Set((window as unknown as PageWindow).cy.edges().map((e) => String(e.data('type')))),
    ]);
    expect(edgeTypes).to.deep.equal(['HOLDS_ROLE']);
    expect(await menu.isHidden()).to.equal(true);
    // By keyboard: the selected node, E, down to the second choice, Enter.
    await onNode(page, XI, 'select');
    await page.getByTestId('canvas').focus();
    await page.keyboard.press('e');
    await menu.getByTestId('expand-all').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).to.equal('expand-all');
    const previous = await layoutDone();
    await page.keyboard.press('Enter');
    await waitForLayoutAfter(previous);
    expect((await ids()).length).to.be.above(5);
  });

  it('never leaves nodes overlapping after expansions, and keeps what was placed where it was', async () => {
    await open();
    await searchAndShow('Xi', 'Xi Jinping');
    const placed = await positions(page);
    const before = await layoutDone();
    await onNode(page, CALL, 'dbltap');
    await waitForLayoutAfter(before);
    await shot('02-after-second-expansion');
    const after = await positions(page);
    for (const [id, p] of Object.entries(placed)) expect(after[id], id).to.deep.equal(p);
    expect(Object.keys(after).length).to.be.above(Object.keys(placed).length);
    expect(firstOverlap(await visibleNodeBoxes(page))).to.equal(null);
    expect(Number(await page.evaluate(() => document.body.dataset.layoutMs))).to.be.below(500);
  });

  it('undoes and redoes every canvas action: expand, remove, drag, re-layout, hide a kind, clear', async () => {
    await open();
    await searchAndShow('Xi', 'Xi Jinping');
    type Snapshot = { ids: string[]; at: Record<string, [number, number]>; hidden: string[] };
    const snapshot = async (): Promise<Snapshot> => ({
      ids: await ids(),
      at: await positions(page),
      hidden: [...(await addressView(page)).hiddenKinds].sort(),
    });
    const states: Snapshot[] = [await snapshot()];
    // Expand Putin.
    let before = await layoutDone();
    await onNode(page, CALL, 'dbltap');
    await waitForLayoutAfter(before);
    states.push(await snapshot());
    // Remove Putin with the Delete key.
    await onNode(page, PUTIN, 'select');
    await page.getByTestId('canvas').focus();
    await page.keyboard.press('Delete');
    states.push(await snapshot());
    expect(states[2].ids).to.not.include(PUTIN);
    // Drag Xi by the mouse.
    const at = await screenPoint(XI);
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.move(at.x + 120, at.y + 60, { steps: 8 });
    await page.mouse.up();
    states.push(await snapshot());
    expect(states[3].at[XI]).to.not.deep.equal(states[2].at[XI]);
    // Re-layout.
    before = await layoutDone();
    await page.getByTestId('relayout').click();
    await waitForLayoutAfter(before);
    states.push(await snapshot());
    // Hide countries from the legend, by keyboard.
    await page.locator('[data-testid=legend] li[data-kind=Country]').focus();
    await page.keyboard.press('Enter');
    states.push(await snapshot());
    expect(states[5].hidden).to.include('Country');
    // Clear.
    await page.getByTestId('clear').click();
    states.push(await snapshot());
    expect(states[6].ids).to.deep.equal([]);
    await shot('03-cleared');

    for (let i = states.length - 2; i >= 0; i--) {
      await page.getByTestId('undo').click();
      expect(await snapshot(), `after undoing to step ${i}`).to.deep.equal(states[i]);
    }
    // Before these: showing Xi and expanding him, the next steps back.
    expect(await page.getByTestId('undo').getAttribute('title')).to.match(/^Undo expand Xi Jinping/);
    await shot('04-all-undone');
    for (let i = 1; i < states.length; i++) {
      await page.keyboard.press(i % 2 ? 'Control+Shift+Z' : 'Control+Y');
      expect(await snapshot(), `after redoing step ${i}`).to.deep.equal(states[i]);
    }
    expect(await page.getByTestId('redo').isDisabled()).to.equal(true);
  });

  it('shares a view compactly with its positions and selection, and rebuilds it exactly', async () => {
    await open();
    await searchAndShow('Xi', 'Xi Jinping');
    const before = await layoutDone();
    await onNode(page, CALL, 'dbltap');
    await waitForLayoutAfter(before);
    await onNode(page, PUTIN, 'select');
    const link = await settledAddress(page);
    const nodes = await ids();
    const hash = new URL(link).hash;
    fs.writeFileSync(path.join(SHOTS, 'link-bytes.txt'), `${nodes.length} nodes: ${hash.length} bytes\n`);
    // 21 nodes made a 1.6 kB address before (ids only); now with positions it must still be small.
    expect(hash.length).to.be.below(40 * nodes.length);
    const at = await positions(page);
    const again = await rig.browser.newPage({ viewport: { width: 1440, height: 900 } });
    try {
      await again.goto(link);
      await again.waitForFunction(() => document.body.dataset.ready === 'true');
      expect(await positions(again)).to.deep.equal(at);
      expect(
        await again.evaluate(() => (window as unknown as PageWindow).cy.nodes(':selected').map((n) => n.id())),
      ).to.deep.equal([PUTIN]);
      await again.screenshot({ path: path.join(SHOTS, '05-shared-with-positions.png') });
    } finally {
      await again.close();
    }
  });

  it('moves through the graph by keyboard and says what is selected', async () => {
    await open();
    await searchAndShow('Xi', 'Xi Jinping');
    await page.getByTestId('canvas').focus();
    await page.evaluate(() => (window as unknown as PageWindow).cy.elements().unselect().length);
    const seen = new Set<string>();
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'ArrowRight']) {
      await page.keyboard.press(key);
      const selected = await page.evaluate(() =>
        (window as unknown as PageWindow).cy.nodes(':selected').map((n) => n.id()),
      );
      expect(selected).to.have.length(1);
      seen.add(selected[0]);
      expect(await page.getByTestId('status').textContent()).to.not.equal('');
    }
    expect(seen.size).to.be.above(1);
    await shot('06-keyboard-selection');
  });

  it('exports a PNG at twice the size with the legend of kinds and the sources credited under it', async () => {
    await open();
    await searchAndShow('Xi', 'Xi Jinping');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    const png = fs.readFileSync((await download.path())!);
    fs.writeFileSync(path.join(SHOTS, '07-export.png'), png);
    expect(png.subarray(1, 4).toString()).to.equal('PNG');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    const graph = await page.evaluate(() => {
      const bb = (window as unknown as PageWindow).cy.elements().boundingBox({});
      return { w: bb.w, h: bb.h };
    });
    // Twice the graph's drawn size, and a band of 44 px (× 2) under it.
    expect(width).to.be.at.least(Math.floor(graph.w * 2) - 4);
    expect(height).to.be.at.least(Math.floor(graph.h * 2) + 88 - 4);
  });

  it('finds a path between ends chosen from suggestions', async () => {
    await open();
    await page.getByTestId('path-from').fill('Xi');
    await page.getByTestId('path-from-results').locator('li', { hasText: 'Xi Jinping' }).first().click();
    await page.getByTestId('path-to').fill('Kreml');
    const kremlin = page.getByTestId('path-to-results').locator('li', { hasText: 'Kremlin' }).first();
    await kremlin.waitFor();
    // The combobox tells screen readers what it offers.
    expect(await page.locator('#announcer').textContent()).to.match(/\d+ suggestions?/);
    expect(await page.getByTestId('path-to').getAttribute('aria-expanded')).to.equal('true');
    await kremlin.click();
    expect(await page.getByTestId('path-to').inputValue()).to.equal('Kremlin');
    await page.getByTestId('path-through').selectOption('sources');
    await page.getByTestId('path-run').click();
    await page.getByTestId('path-hops').locator('li').first().waitFor();
    const names = await page.evaluate(() =>
      (window as unknown as PageWindow).cy.nodes('.path').map((n) => String(n.data('name'))),
    );
    expect(names).to.include.members(['Xi Jinping', 'Kremlin']);
    await shot('08-path-from-suggestions');
  });

  it('folds the side panels away for the canvas, and is usable at 1024 × 700', async () => {
    await page.setViewportSize({ width: 1024, height: 700 });
    await open();
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    await searchAndShow('Xi', 'Xi Jinping');
    const canvasWidth = async () => (await page.getByTestId('canvas').boundingBox())!.width;
    // At this width the left panel starts folded; the canvas has well over half the page.
    expect(await page.getByTestId('toggle-left').getAttribute('aria-expanded')).to.equal('false');
    const narrow = await canvasWidth();
    expect(narrow).to.be.above(1024 * 0.6);
    await shot('09-1024');
    await page.getByTestId('toggle-right').click();
    expect(await page.getByTestId('details-panel').isHidden()).to.equal(true);
    expect(await canvasWidth()).to.be.above(narrow + 250);
    await page.getByTestId('toggle-left').click();
    expect(await page.getByTestId('legend').isVisible()).to.equal(true);
    await shot('10-1024-panels-toggled');
    expect(problems).to.deep.equal([]);
  });
});
